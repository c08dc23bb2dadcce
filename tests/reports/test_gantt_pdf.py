"""Printed Gantt: tiling over pages, repeated headers, page numbers, embedded and extractable Chinese text."""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from reports.gantt_pdf import PageLine, _line_blocks, _time_tiles, build_gantt_pdf
from widgets.gantt.arrays import GanttArrays
from widgets.gantt.data import ProjectRow, StageBar, Status
from widgets.gantt.demo import DEMO_COLUMNS, demo_rows
from widgets.gantt.timescale import Unit

TODAY = date(2024, 6, 3)


def _text(pdf: Path, page: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def _short_row(pid: int, label: str) -> ProjectRow:
    start = TODAY - timedelta(days=10)
    return ProjectRow(
        id=pid, label=label, status=Status.AT_RISK, groups={"manager": "张伟"},
        stages=(StageBar("plan", "供电方案答复", start, start + timedelta(days=20), start, None, Status.AT_RISK),),
    )


def test_long_chart_tiles_rows_over_pages(tmp_path: Path) -> None:
    rows = [_short_row(1, "宁波港务局配电改造")] + demo_rows(300, TODAY)
    out = tmp_path / "gantt.pdf"
    pages = build_gantt_pdf(rows, out, columns=DEMO_COLUMNS, group_by="manager", today=TODAY)
    assert pages > 1
    assert len(PdfReader(str(out)).pages) == pages
    text = _text(out)
    assert "宁波港务局配电改造" in text
    assert "在途项目甘特图" in text
    assert f"第 1 页 / 共 {pages} 页" in text
    assert "（续）" in text  # a group cut by a page break repeats its header
    for page in (1, pages):
        page_text = _text(out, page)
        assert "项目" in page_text and "客户经理" in page_text  # the left columns' header on every page
        assert "2024年" in page_text  # the date header on every page
        assert f"第 {page} 页 / 共 {pages} 页" in page_text


def test_the_chinese_font_is_embedded(tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils not installed")
    out = tmp_path / "gantt.pdf"
    build_gantt_pdf(demo_rows(20, TODAY), out, today=TODAY)
    report = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    fonts = report.strip().splitlines()[2:]
    assert fonts, report
    for line in fonts:
        assert "WenQuanYi" in line, line
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_a_wide_time_span_is_split_across_pages(tmp_path: Path) -> None:
    out = tmp_path / "wide.pdf"
    rows = demo_rows(5, TODAY)
    pages = build_gantt_pdf(rows, out, today=TODAY, unit=Unit.DAY, first=date(2024, 1, 1), last=date(2024, 6, 30))
    assert pages >= 4  # 182 days at a legible day scale do not fit one page width
    first, second = _text(out, 1), _text(out, 2)
    assert "2024年1月" in first and "2024年1月" not in second  # each page has its own slice of time
    assert "项目" in second  # and still the left columns


def test_a3_holds_more_than_a4(tmp_path: Path) -> None:
    rows = demo_rows(200, TODAY)
    a4 = build_gantt_pdf(rows, tmp_path / "a4.pdf", today=TODAY, page_size="A4", unit=Unit.MONTH)
    a3 = build_gantt_pdf(rows, tmp_path / "a3.pdf", today=TODAY, page_size="A3", unit=Unit.MONTH)
    assert a3 < a4


def test_time_tiles_are_contiguous_whole_units() -> None:
    first, end = 19700, 19900
    tiles = _time_tiles(first, end, Unit.WEEK, 4.5, 400.0)
    assert tiles[0][0] <= first and tiles[-1][1] >= end
    assert all(a[1] == b[0] for a, b in zip(tiles, tiles[1:]))
    assert all((t1 - t0) * 4.5 <= 400.0 for t0, t1 in tiles)
    assert all((t1 - t0) % 7 == 0 for t0, t1 in tiles)


def test_a_group_header_never_ends_a_page() -> None:
    rows = [_short_row(i, f"项目{i}") for i in range(7)]
    rows = [ProjectRow(**{**r.__dict__, "groups": {"manager": "甲" if i < 4 else "乙"}}) for i, r in enumerate(rows)]
    blocks = _line_blocks(GanttArrays.from_rows(rows), "manager", None, per_page=5)
    for block in blocks:
        assert block[-1].header == ""
        assert len(block) <= 5
    assert blocks[1][0] == PageLine(header="乙", count=3)
    flat_rows = [line.row for block in blocks for line in block if line.row >= 0]
    assert flat_rows == list(range(7))


def test_builder_does_not_load_qt() -> None:
    code = (
        "import sys, io, datetime\n"
        "from reports.gantt_pdf import build_gantt_pdf\n"
        "from widgets.gantt.demo import demo_rows\n"
        "build_gantt_pdf(demo_rows(3, datetime.date(2024, 6, 3)), io.BytesIO())\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
