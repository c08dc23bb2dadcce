"""Engine and sessions for SQLite (embedded, WAL) and PostgreSQL (shared by several desks and kiosks).

``open_database`` is the one way in: it checks the URL, reaches the server or file, refuses a schema newer than
this program, applies pending migrations, and turns every failure into a :class:`ConsoleError` that says what to do.
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from console.core.config import DatabaseTarget
from console.core.errors import CorruptDatabase, DatabaseUnavailable, DataDirNotWritable, SchemaTooNew

SQLITE_BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    target: DatabaseTarget
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.target.dialect

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets desk readers and the one writer (RFID ingest, imports) work together; see engineering notes.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(target: DatabaseTarget) -> Engine:
    if target.dialect == "sqlite":
        engine = create_engine(
            target.url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(
        target.url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": "sunshine-console"},
    )


def _check_sqlite_file(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise DataDirNotWritable(path=str(folder)) from None
    if not os.access(folder, os.W_OK):
        raise DataDirNotWritable(path=str(folder))
    if path.exists():
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise CorruptDatabase(path=str(path))
        if head and not os.access(path, os.W_OK):
            raise DataDirNotWritable(path=str(path))


def open_database(target: DatabaseTarget, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database, or raise a ConsoleError a person can act on."""
    if target.sqlite_path is not None:
        _check_sqlite_file(target.sqlite_path)
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            if target.dialect == "sqlite":
                conn.execute(text("PRAGMA schema_version")).scalar()
                if conn.execute(text("PRAGMA quick_check")).scalar() != "ok":
                    raise CorruptDatabase(path=str(target.sqlite_path))
            else:
                conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        engine.dispose()
        if target.dialect == "sqlite":
            raise _classify_sqlite_error(exc, target) from None
        raise DatabaseUnavailable(url=target.display, reason=_first_line(exc.orig)) from None
    except SADatabaseError as exc:
        engine.dispose()
        if target.dialect == "sqlite" and isinstance(exc.orig, sqlite3.DatabaseError):
            raise CorruptDatabase(path=str(target.sqlite_path)) from None
        raise DatabaseUnavailable(url=target.display, reason=_first_line(exc.orig)) from None
    from console.core import migrations  # imported late: alembic costs start-up time

    try:
        if not migrations.is_current(engine):  # the usual start: already current, alembic not even imported
            migrations.check_not_newer(engine)
            if migrate:
                migrations.upgrade(engine)
    except (SchemaTooNew, CorruptDatabase):
        engine.dispose()
        raise
    except SADatabaseError as exc:
        engine.dispose()
        if target.dialect == "sqlite":
            raise _classify_sqlite_error(exc, target) from None
        raise DatabaseUnavailable(url=target.display, reason=_first_line(exc.orig)) from None
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(target, engine, factory)


def _classify_sqlite_error(exc: SADatabaseError, target: DatabaseTarget) -> Exception:
    msg = str(exc.orig).lower()
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg or "disk i/o" in msg:
        return DataDirNotWritable(path=str(target.sqlite_path))
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return CorruptDatabase(path=str(target.sqlite_path))
    return DatabaseUnavailable(url=target.display, reason=_first_line(exc.orig))


def _first_line(obj: object) -> str:
    return str(obj).strip().splitlines()[0] if str(obj).strip() else type(obj).__name__


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()
