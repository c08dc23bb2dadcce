"""The Gantt benchmark's own code runs (small scale) and reports every figure beside its baseline."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from console.bench.gantt import gantt
from console.bench.registry import BenchContext, registered


def test_quick_bench_returns_figures_with_baselines(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert registered()["gantt"].fn is gantt
    figures = list(gantt(BenchContext(tmp_path, "quick")))
    names = [f.name for f in figures]
    assert names == [
        "gantt.build_first_paint", "gantt.pan_frame", "gantt.scroll_frame", "gantt.zoom_frame", "gantt.update_row"
    ]
    for f in figures:
        assert f.value > 0 and f.baseline > 0, f
        assert f.unit == "ms" and "BarGraphItem" in f.baseline_label
