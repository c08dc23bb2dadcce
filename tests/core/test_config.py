from __future__ import annotations

from pathlib import Path

import pytest

from console.core.config import data_dir, default_sqlite_url, parse_database_url


def test_default_database_lives_in_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUNSHINE_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path
    assert default_sqlite_url() == f"sqlite:///{tmp_path / 'sunshine.db'}"


def test_postgres_urls_use_psycopg_and_hide_passwords() -> None:
    target = parse_database_url("postgresql://clerk:s3cret@db.local:5432/centre")
    assert target.url.startswith("postgresql+psycopg://")
    assert "s3cret" not in target.display and "db.local:5432/centre" in target.display
    assert parse_database_url("postgres://x@h/d").dialect == "postgresql"
