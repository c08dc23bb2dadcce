"""The meetings benchmark's own code, at small scale on the test demo centre."""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from console.bench.meetings import meetings
from console.bench.registry import BenchContext, registered


def test_quick_bench_times_the_database_path_beside_plain_tables(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert registered()["meetings"].fn is meetings
    figures = list(meetings(BenchContext(tmp_path, "quick", demo_db.target.url)))
    assert [f.name for f in figures] == ["meetings.pack_10_from_db", "meetings.pack_10_pages_per_s",
                                         "meetings.open_week"]
    assert all(f.value > 0 and f.baseline > 0 for f in figures), figures
    pack = PdfReader(str(tmp_path / "pack.pdf"))
    assert f"{len(pack.pages)} pages" in figures[0].baseline_label
    assert len(PdfReader(str(tmp_path / "plain.pdf")).pages) == len(pack.pages)
    assert sum(1 for o in pack.outline if isinstance(o, list) for _ in o) == 10  # ten project bookmarks
