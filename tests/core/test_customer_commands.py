"""Headless ``import customers`` / ``import undo`` / ``export customers``: exit codes and readable reports."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

from sqlalchemy import func, select

from console.cli import main
from console.core.models import Customer, ImportBatch

SAMPLE = Path("/work/shared/samples/customers_export.csv")


def url(db) -> str:  # type: ignore[no-untyped-def]
    return db.engine.url.render_as_string(hide_password=False)


def customers(db) -> int:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(Customer)))


def test_dry_run_reports_rejects_and_exits_non_zero(demo_db, capsys) -> None:  # type: ignore[no-untyped-def]
    before = customers(demo_db)
    code = main(["import", "customers", str(SAMPLE), "--dry-run", "--db", url(demo_db)])
    out, err = capsys.readouterr()
    assert code == 1 and customers(demo_db) == before
    assert "新增 10" in out and "拒绝 2" in out
    assert "第6行 户号 3100010148：未知客户分类：大客户" in err and "第9行 户号 31000100：户号应为10位数字" in err


def test_rejects_block_the_commit_unless_skipped_and_undo(demo_db, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = customers(demo_db)
    assert main(["import", "customers", str(SAMPLE), "--db", url(demo_db)]) == 1
    assert customers(demo_db) == before
    rejects = tmp_path / "rejects.csv"
    code = main(["import", "customers", str(SAMPLE), "--db", url(demo_db), "--skip-rejects", "--rejects-out", str(rejects)])
    assert code == 1 and customers(demo_db) == before + 10
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert [r[0] for r in lines[1:]] == ["6", "9"] and lines[1][2] == "3100010148"
    assert main(["import", "undo", "--db", url(demo_db)]) == 0
    assert customers(demo_db) == before
    assert main(["import", "undo", "--db", url(demo_db)]) == 7
    capsys.readouterr()


def test_clean_file_imports_with_exit_zero(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    lines = SAMPLE.read_text(encoding="utf-8-sig").splitlines()
    clean = tmp_path / "clean.csv"
    clean.write_text("\n".join(l for i, l in enumerate(lines) if i not in (5, 8)) + "\n", encoding="gbk", errors="strict")
    assert main(["import", "customers", str(clean), "--db", url(demo_db), "--lang", "en"]) == 0
    out, _ = capsys.readouterr()
    assert "Imported (batch" in out
    with demo_db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 1


def test_unreadable_file_exits_two(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    assert main(["import", "customers", str(bad), "--db", url(demo_db)]) == 2
    assert "XLSX" in capsys.readouterr().err


def test_export_customers(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "key.csv"
    assert main(["export", "customers", "-o", str(out), "--db", url(demo_db), "--user", "lead.east",
                 "--segment", "key_account", "--sort", "capacity_kva", "--desc"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    assert rows and all(r[2] == "集团要客" for r in rows)
    capacities = [float(r[6]) for r in rows]
    assert capacities == sorted(capacities, reverse=True)
    assert all("****" in r[-1] for r in rows)
    shutil.rmtree(tmp_path, ignore_errors=True)
    capsys.readouterr()
