"""The report benchmark's own code runs at small scale, with a baseline of the same page count."""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from console.bench.registry import BenchContext, registered
from console.bench.report import plain_table_pdf, report
from reports.service_day import build_service_day_pack
from reports.service_day_sample import sample_pack


def test_quick_bench_reports_pack_beside_plain_table(tmp_path: Path) -> None:
    assert registered()["report"].fn is report
    figures = list(report(BenchContext(tmp_path, "quick")))
    assert [f.name for f in figures] == ["report.pack_10_projects", "report.pack_10_projects_cpu",
                                         "report.pack_10_pages_per_s"]
    for f in figures:
        assert f.value > 0 and f.baseline > 0, f
        assert "plain Table" in f.baseline_label
    pages = len(PdfReader(str(tmp_path / "pack.pdf")).pages)
    assert f"{pages} pages" in figures[0].baseline_label  # the baseline drew as many pages as the pack


def test_baseline_matches_the_pack_page_count(tmp_path: Path) -> None:
    pack = sample_pack(4)
    info = build_service_day_pack(pack, tmp_path / "pack.pdf")
    assert plain_table_pdf(pack, info.page_count, tmp_path / "plain.pdf") == info.page_count
    assert len(PdfReader(str(tmp_path / "plain.pdf")).pages) == info.page_count
