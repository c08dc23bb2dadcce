"""The ingest benchmark's own code at small scale: figures measured beside a raw insert of the same rows."""
from __future__ import annotations

from pathlib import Path

import pytest

from console.bench.ingest import ingest
from console.bench.registry import BenchContext, registered


def test_quick_ingest_bench_measures_service_beside_raw_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUNSHINE_BENCH_PG_URL", raising=False)
    assert registered()["ingest"].fn is ingest
    figures = list(ingest(BenchContext(tmp_path, "quick")))
    assert [f.name for f in figures] == ["ingest sqlite reads", "ingest sqlite rows"]
    reads, rows = figures
    assert reads.value > rows.value > 0 and reads.baseline == rows.baseline > 0
    assert "executemany" in reads.baseline_label and reads.unit == "reads/s"
