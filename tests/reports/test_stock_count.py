"""Stock-count report: figures, every discrepancy listed, outline, fonts, page numbers."""
from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from console.core.epc import giai96_for_asset
from reports.stock_count import AdjustmentRow, DiscrepancyRow, StockCountReport, build_stock_count_report
from reports.tag_labels import epc_lines
from tests.reports.pdf_tools import (
    PHONE_LIKE,
    needs_poppler,
    outline,
    overlapping_words,
    page_texts,
    pdffonts,
    pdftotext,
    qpdf_check,
    word_boxes,
)

pytestmark = needs_poppler
T0 = datetime(2026, 11, 20, 14, 0)
NAMES = ["绝缘手套（12kV）", "高压验电器 10kV", "携带型短路接地线 10kV 25mm² 三相", "安全帽（玻璃钢）", "智能电能表 三相四线 0.5S 级"]
SECTIONS = ["盘点概况", "缺失物品", "未预期标签", "错位物品", "盘点调整", "签字确认"]


def _epc(i: int) -> str:
    return giai96_for_asset("0614141", 30240000 + i).hex


def _report(n: int) -> StockCountReport:
    missing = [DiscrepancyRow(NAMES[i % 5], _epc(i), f"GJ-2024-{i:05d}", f"A区-0{i % 4 + 1}架-{i % 6 + 1}层", "",
                              T0 - timedelta(days=i + 3), "领用未归还？" if i % 2 else "") for i in range(n)]
    unexpected = [DiscrepancyRow("未登记标签", _epc(900 + i), "", "", "A区门禁读写器 天线2", T0 + timedelta(minutes=7))
                  for i in range(n // 3)]
    misplaced = [DiscrepancyRow(NAMES[(i + 2) % 5], _epc(500 + i), f"GJ-2023-{i:05d}", "B区-02架-3层",
                                f"A区-0{i % 4 + 1}架-2层", T0 + timedelta(minutes=12)) for i in range(n // 2)]
    adjustments = [AdjustmentRow(NAMES[i % 5], _epc(i), "盘亏待查", "班组领用后未办理归还，已通知领用人", "钱建国",
                                 T0 + timedelta(hours=2)) for i in range(min(n, 3))]
    return StockCountReport("A区 安全工器具库", T0, T0 + timedelta(minutes=38), "钱建国", 412,
                            412 - n + len(unexpected), missing, unexpected, misplaced, adjustments, reviewed_by="孙丽华")


@pytest.mark.parametrize("n", [0, 9, 60])
def test_report_lists_every_discrepancy_with_page_numbers_and_outline(tmp_path: Path, n: int) -> None:
    data = _report(n)
    path = tmp_path / f"count_{n}.pdf"
    info = build_stock_count_report(data, path)
    assert info.page_count == len(PdfReader(str(path)).pages)
    assert (info.page_count == 1) if n == 0 else (info.page_count > 1)
    assert info.outline_titles == SECTIONS == [t for t, _, _ in outline(path)]
    text = pdftotext(path)
    flat = " ".join(text.split())
    assert "A区 安全工器具库" in text
    assert f"第 1 页 / 共 {info.page_count} 页" in text
    for row in data.missing + data.unexpected + data.misplaced:
        assert all(line in flat for line in epc_lines(row.epc_hex)), row.epc_hex
    for row in data.missing + data.misplaced:
        assert row.serial in text
    assert not PHONE_LIKE.search(text)
    if n == 0:
        assert "无缺失物品" in text and "无盘点调整" in text and "100.0%" in text
    fonts = pdffonts(path)
    assert fonts and all(f.embedded for f in fonts) and not any("STSong" in f.name for f in fonts)
    assert qpdf_check(path).returncode == 0
    assert overlapping_words(path) == []


def test_summary_figures_and_match_rate(tmp_path: Path) -> None:
    data = _report(9)
    assert data.matched == 403 and data.match_rate == pytest.approx(403 / 412)
    path = tmp_path / "count.pdf"
    build_stock_count_report(data, path)
    first = page_texts(path)[0]
    assert "97.8%" in first and "412" in first and "406" in first
    assert StockCountReport("空区", T0, T0, "x", 0, 0).match_rate is None


def test_section_heading_never_left_alone_at_a_page_foot(tmp_path: Path) -> None:
    path = tmp_path / "count.pdf"
    build_stock_count_report(_report(60), path)
    texts = page_texts(path)
    for title, _, page in outline(path)[1:4]:
        # The heading's page also shows the start of its table (a column title), or its "none" line.
        assert title in texts[page]
        assert "物品名称" in texts[page].split(title, 1)[1] or "无" in texts[page].split(title, 1)[1]


def test_long_values_stay_on_the_page(tmp_path: Path) -> None:
    long = "某超长物品名称带规格型号" * 8
    data = StockCountReport("B区" * 20, T0, T0 + timedelta(minutes=5), "钱建国", 3, 2,
                            [DiscrepancyRow(long, _epc(1), "S" * 60, long, long, T0, long)], [], [],
                            [AdjustmentRow(long, _epc(1), long, long, long, T0)])
    buf = io.BytesIO()
    build_stock_count_report(data, buf)  # also covers writing to a binary stream
    path = tmp_path / "long.pdf"
    path.write_bytes(buf.getvalue())
    margin = 14 * 72 / 25.4
    for _, x0, _, x1, _, word in word_boxes(path):
        assert x0 >= margin - 1 and x1 <= 595.28 - margin + 1, word
