"""The portfolio benchmark's own code, at small scale on the test demo centre (both sides in fresh processes)."""
from __future__ import annotations

from pathlib import Path

import pytest

from console.bench.portfolio import portfolio
from console.bench.registry import BenchContext, registered
from tests.support.databases import backend


@pytest.mark.slow
@pytest.mark.skipif(backend() != "sqlite", reason="one backend is enough for the bench's own code")
def test_quick_bench_reports_every_figure_beside_a_baseline(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert registered()["portfolio"].fn is portfolio
    url = demo_db.engine.url.render_as_string(hide_password=False)
    demo_db.dispose()
    figures = list(portfolio(BenchContext(tmp_path, "quick", url)))
    names = [f.name for f in figures]
    assert any("first rows" in n for n in names) and any("keystroke" in n for n in names)
    assert sum("sort" in n for n in names) == 6 and any("peak RSS" in n for n in names)
    assert all(f.value > 0 and f.baseline > 0 for f in figures), figures
