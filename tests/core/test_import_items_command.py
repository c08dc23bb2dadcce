"""`sunshine-console import items FILE`: all-or-nothing bulk registration, headless."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from console.cli import main
from console.core.epc import giai96_for_asset
from console.core.models import Item

HEADER = "EPC,物资类别,出厂编号,货架,数量,上次试验日期,下次试验日期"


def _items(db) -> int:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Item)) or 0


def _write(path: Path, *rows: str) -> Path:
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def test_a_clean_file_registers_every_row(demo_db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a, b = giai96_for_asset("6901234", 30_000_001), giai96_for_asset("6901234", 30_000_002)
    f = _write(tmp_path / "in.csv", f"{a.hex},gloves_10kv,G-1,WH01-Z1-S01,,2026-10-01,", f"{b.tag_uri},gloves_10kv,G-2,WH01-Z1-S02,,,")
    before = _items(demo_db)
    assert main(["import", "items", str(f), "--db", demo_db.target.url, "--dry-run"]) == 0
    assert _items(demo_db) == before
    assert main(["import", "items", str(f), "--db", demo_db.target.url]) == 0
    assert _items(demo_db) == before + 2
    assert "新增 2" in capsys.readouterr().out


def test_a_rejected_row_means_nothing_is_written(demo_db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    good = giai96_for_asset("6901234", 30_000_003)
    f = _write(tmp_path / "bad.csv", f"{good.hex},gloves_10kv,G-3,WH01-Z1-S01,,,", "not-an-epc,扳手,Y,WH01,,,")
    before = _items(demo_db)
    assert main(["import", "items", str(f), "--db", demo_db.target.url]) == 1
    err = capsys.readouterr().err
    assert "第 3 行" in err and "未写入任何数据" in err
    assert _items(demo_db) == before
    assert main(["import", "items", str(f), "--db", demo_db.target.url, "--skip-rejects"]) == 1
    assert _items(demo_db) == before + 1
