"""Where the console keeps its data and which database it opens.

Resolution order for the database URL: ``--db URL`` → ``SUNSHINE_DB_URL`` → SQLite in the user's data directory.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from console.core.errors import BadDatabaseUrl

APP_NAME = "SunshineConsole"
APP_ORG = "SunshineService"
DB_URL_ENV = "SUNSHINE_DB_URL"
DATA_DIR_ENV = "SUNSHINE_DATA_DIR"


def data_dir() -> Path:
    """The user's data directory (overridable with ``SUNSHINE_DATA_DIR`` for tests and portable installs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir  # small, but only needed here

    return Path(user_data_dir(APP_NAME, APP_ORG))


def cache_dir() -> Path:
    return data_dir() / "cache"


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'sunshine.db'}"


@dataclass(frozen=True)
class DatabaseTarget:
    url: str
    dialect: str  # "sqlite" or "postgresql"
    sqlite_path: Path | None

    @property
    def display(self) -> str:
        """A URL safe to show on screen and in logs: the password is never printed."""
        if self.sqlite_path is not None:
            return f"SQLite · {self.sqlite_path}"
        from sqlalchemy.engine import make_url

        return "PostgreSQL · " + make_url(self.url).render_as_string(hide_password=True).split("://", 1)[1]


def resolve_database(cli_url: str | None = None) -> DatabaseTarget:
    url = cli_url or os.environ.get(DB_URL_ENV) or default_sqlite_url()
    return parse_database_url(url)


def parse_database_url(url: str) -> DatabaseTarget:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise BadDatabaseUrl(url=url) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise BadDatabaseUrl(url=url)
        return DatabaseTarget(str(parsed.set(drivername="sqlite")), "sqlite", Path(parsed.database).expanduser())
    if backend in ("postgresql", "postgres"):
        if not parsed.database:
            raise BadDatabaseUrl(url=url)
        # psycopg 3 is the driver we ship; normalise "postgresql://" and "postgres://" to it.
        fixed = parsed.set(drivername="postgresql+psycopg")
        return DatabaseTarget(fixed.render_as_string(hide_password=False), "postgresql", None)
    raise BadDatabaseUrl(url=url)
