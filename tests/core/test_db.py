"""Opening databases: migrations, pragmas, and every kind of bad input turned into a message."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from console.core.config import parse_database_url, resolve_database
from console.core.db import open_database, table_names
from console.core.errors import (
    BadDatabaseUrl, CorruptDatabase, DatabaseUnavailable, DataDirNotWritable, SchemaTooNew, StaleEdit,
)
from console.core.migrations import current_revision, head_revision
from console.core.models import Base, Customer
from console.core.services.base import unit_of_work
from tests.support.databases import backend


def test_migrations_create_every_table(empty_db) -> None:  # type: ignore[no-untyped-def]
    assert set(Base.metadata.tables) <= set(table_names(empty_db.engine))
    assert current_revision(empty_db.engine) == head_revision()


@pytest.mark.skipif(backend() != "sqlite", reason="SQLite pragmas")
def test_sqlite_runs_in_wal_with_foreign_keys(empty_db) -> None:  # type: ignore[no-untyped-def]
    with empty_db.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA busy_timeout")).scalar() == 5000


@pytest.mark.parametrize("url", ["foo://bar", "sqlite://", "postgresql://host", "not a url at all"])
def test_malformed_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(BadDatabaseUrl) as info:
        parse_database_url(url)
    assert "sqlite:///" in info.value.message


def test_env_var_chooses_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SUNSHINE_DB_URL", f"sqlite:///{tmp_path / 'x.db'}")
    assert resolve_database(None).sqlite_path == tmp_path / "x.db"
    assert resolve_database(f"sqlite:///{tmp_path / 'y.db'}").sqlite_path == tmp_path / "y.db"


def test_unreachable_postgres_says_what_to_do() -> None:
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(parse_database_url("postgresql://postgres@127.0.0.1:1/nowhere"))
    assert "127.0.0.1:1" in info.value.message and "重试" in info.value.message
    assert info.value.exit_code == 3


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_data_directory(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataDirNotWritable):
            open_database(parse_database_url(f"sqlite:///{folder / 'x.db'}"))
    finally:
        folder.chmod(0o700)


def test_unwritable_location_even_as_root(tmp_path: Path) -> None:
    # A path below a regular file can never be created, whoever runs the test.
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirNotWritable):
        open_database(parse_database_url(f"sqlite:///{blocker / 'sub' / 'x.db'}"))


def test_corrupt_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    content = b"this is not a database" * 100
    path.write_bytes(content)
    with pytest.raises(CorruptDatabase) as info:
        open_database(parse_database_url(f"sqlite:///{path}"))
    assert str(path) in info.value.message
    assert path.read_bytes() == content


def test_newer_schema_is_refused_without_changes(empty_db) -> None:  # type: ignore[no-untyped-def]
    with empty_db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    empty_db.dispose()
    with pytest.raises(SchemaTooNew) as info:
        open_database(empty_db.target)
    assert "9999_future" in info.value.message
    with empty_db.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"


def test_stale_edit_is_refused_not_overwritten(demo_db) -> None:  # type: ignore[no-untyped-def]
    factory = demo_db.session_factory
    first, second = factory(), factory()
    a = first.get(Customer, 1)
    b = second.get(Customer, 1)
    assert a is not None and b is not None
    a.name = "甲的修改"
    first.commit()
    b.name = "乙的修改"
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(StaleDataError):
        second.commit()
    second.rollback()
    first.close()
    second.close()
    with factory() as s:
        assert s.get(Customer, 1).name == "甲的修改"  # type: ignore[union-attr]


def test_unit_of_work_turns_a_stale_edit_into_a_message(demo_db) -> None:  # type: ignore[no-untyped-def]
    factory = demo_db.session_factory
    with pytest.raises(StaleEdit) as info:
        with unit_of_work(factory, "客户") as s:
            c = s.get(Customer, 2)
            assert c is not None
            with factory.begin() as other:  # someone else saves first
                other.execute(update(Customer).where(Customer.id == 2).values(version=Customer.version + 1))
            c.name = "改名"
    assert "客户" in info.value.message and "重新加载" in info.value.message
    with factory() as s:
        assert s.scalar(select(Customer.name).where(Customer.id == 2)) != "改名"
