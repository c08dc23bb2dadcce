"""Throwaway databases for tests: SQLite files, or PostgreSQL databases cloned from a template.

Every test gets its own database, so tests never depend on order and parallel runs never collide (other
runs may share the PostgreSQL server: names carry the process id).
"""
from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

from console.core.config import parse_database_url
from console.core.db import Database, open_database

DEMO_TODAY = date(2026, 11, 26)  # a Thursday in ISO week 2026-W48
DEMO_CUSTOMERS = 2000
DEMO_SEED = 7
PG_ADMIN_URL = os.environ.get("SUNSHINE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_counter = itertools.count()


def backend() -> str:
    return os.environ.get("SUNSHINE_TEST_BACKEND", "sqlite")


def _pg_admin():  # type: ignore[no-untyped-def]
    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")


def _pg_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


class DatabaseFactory:
    """Makes migrated databases: empty ones, and copies of a demo template built once per session."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.kind = backend()
        self._template: str | None = None
        self._created: list[str] = []

    def _new_name(self) -> str:
        return f"sunshine_t{os.getpid()}_{next(_counter)}"

    def empty(self) -> Database:
        name = self._new_name()
        if self.kind == "postgres":
            with _pg_admin().connect() as c:
                c.execute(text(f'CREATE DATABASE "{name}"'))
            self._created.append(name)
            return open_database(parse_database_url(_pg_url(name)))
        return open_database(parse_database_url(f"sqlite:///{self.workdir / (name + '.db')}"))

    def demo(self) -> Database:
        if self._template is None:
            self._template = self._build_template()
        name = self._new_name()
        if self.kind == "postgres":
            with _pg_admin().connect() as c:
                c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"'))
            self._created.append(name)
            return open_database(parse_database_url(_pg_url(name)))
        path = self.workdir / (name + ".db")
        shutil.copyfile(self._template, path)
        return open_database(parse_database_url(f"sqlite:///{path}"))

    def _build_template(self) -> str:
        from console.core.demo.build import DemoSpec, build_demo

        db = self.empty()
        build_demo(db, DemoSpec(customers=DEMO_CUSTOMERS, seed=DEMO_SEED, today=DEMO_TODAY))
        if self.kind == "postgres":
            name = db.engine.url.database
            db.dispose()
            assert name
            return name
        with db.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        assert db.target.sqlite_path
        return str(db.target.sqlite_path)

    def cleanup(self) -> None:
        if self.kind != "postgres" or not self._created:
            return
        with _pg_admin().connect() as c:
            for name in reversed(self._created):
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextmanager
def database_factory(workdir: Path) -> Iterator[DatabaseFactory]:
    factory = DatabaseFactory(workdir)
    try:
        yield factory
    finally:
        factory.cleanup()
