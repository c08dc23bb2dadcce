"""Headless commands: clear messages and exit codes, never a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest

from console.cli import main


def test_db_upgrade_and_current(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert main(["db", "upgrade", "--db", url]) == 0
    assert main(["--db", url, "db", "current"]) == 0
    from console.core.migrations import head_revision

    out = capsys.readouterr().out
    assert f"当前版本：{head_revision()}" in out


def test_bad_url_is_exit_2_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade", "--db", "mysql+nothing://x"]) == 2
    err = capsys.readouterr().err
    assert "数据库地址无法识别" in err and "Traceback" not in err


def test_unreachable_postgres_is_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade", "--db", "postgresql://postgres@127.0.0.1:1/x"]) == 3
    assert "无法连接数据库" in capsys.readouterr().err


def test_corrupt_file_is_exit_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 64)
    assert main(["demo", "--db", f"sqlite:///{bad}", "--customers", "100"]) == 4
    assert "已损坏" in capsys.readouterr().err


def test_demo_builds_and_refuses_a_second_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["demo", "--db", url, "--customers", "150", "--seed", "3", "--today", "2026-11-26"]) == 0
    assert "客户 150" in capsys.readouterr().out
    assert main(["demo", "--db", url, "--customers", "150"]) == 2
    assert "已有数据" in capsys.readouterr().err


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "db", "shot", "bench"):
        assert command in out
