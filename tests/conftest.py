"""Shared fixtures. Qt runs offscreen; each test that needs a database gets its own copy."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.support.databases import DEMO_TODAY, DatabaseFactory, database_factory  # noqa: E402


@pytest.fixture(scope="session")
def db_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseFactory]:
    with database_factory(tmp_path_factory.mktemp("dbs")) as factory:
        yield factory


@pytest.fixture
def demo_db(db_factory: DatabaseFactory):  # type: ignore[no-untyped-def]
    """A migrated database holding the deterministic demo centre (2,000 customers, 'today' = 2026-11-26)."""
    db = db_factory.demo()
    yield db
    db.dispose()


@pytest.fixture
def empty_db(db_factory: DatabaseFactory):  # type: ignore[no-untyped-def]
    db = db_factory.empty()
    yield db
    db.dispose()


@pytest.fixture
def demo_today():  # type: ignore[no-untyped-def]
    return DEMO_TODAY


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data directory or QSettings from a test."""
    monkeypatch.setenv("SUNSHINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("SUNSHINE_DB_URL", raising=False)


def principal_for(db, username: str):  # type: ignore[no-untyped-def]
    from console.commands.common import acting_user

    return acting_user(db, username)


@pytest.fixture
def ui_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from console.ui_settings import UiSettings

    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_context(qapp, ui_settings):  # type: ignore[no-untyped-def]
    """``make_context(db, username)`` → an AppContext for screen tests, signed in as that demo account."""
    from console.change_bus import ChangeBus
    from console.context import AppContext
    from console.tasks import TaskRunner

    made = []

    def make(db, username: str = "lead.east", lang: str = "zh"):  # type: ignore[no-untyped-def]
        ctx = AppContext(db, principal_for(db, username), TaskRunner(), ChangeBus(), ui_settings, lang)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        # Results still on their way must not reach widgets of a finished test (an error box there blocks).
        ctx.tasks.shutdown(10_000)


DB_FIXTURES = {"demo_db", "empty_db", "db_factory", "make_context"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``SUNSHINE_TEST_DB_ONLY=1`` keeps only tests that touch a database (the PostgreSQL pass of CI)."""
    if os.environ.get("SUNSHINE_TEST_DB_ONLY") != "1":
        return
    keep = [item for item in items if DB_FIXTURES & set(getattr(item, "fixturenames", ()))]
    config.hook.pytest_deselected(items=[item for item in items if item not in keep])
    items[:] = keep
