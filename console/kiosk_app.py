"""``sunshine-console --kiosk [--screen N]``: the unattended hall screen, and its offscreen renderings.

The kiosk finds itself in the ``kiosks`` table by ``SUNSHINE_KIOSK_NAME`` (else the first kiosk registered for the
screen's orientation). On PostgreSQL point it at the kiosk role (``sunshine-console kiosk create-role``); it never
migrates a schema. If the database is unreachable at start it plays from its offline cache and keeps retrying.
"""
from __future__ import annotations

import argparse
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from console.core.config import DatabaseTarget
from console.core.errors import QT_TRANSLATE_NOOP, ConfigError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from console.core.db import Database
    from console.core.services.kiosk_lookup import ProgressView
    from console.screens.kiosk_mode.window import KioskWindow

log = logging.getLogger(__name__)
KIOSK_NAME_ENV = "SUNSHINE_KIOSK_NAME"
SAMPLE_APPLICATION_NO = "202611000002"  # shown typed on the ``kiosk:code`` screenshot


class NoSuchScreen(ConfigError):
    template = QT_TRANSLATE_NOOP("errors", "没有第 {screen} 块显示器（本机共 {count} 块，序号从 0 开始）。")


def language_switcher(app: QApplication) -> Callable[[str], None]:
    """Swap the installed translators at run time (the kiosk's 中文/English button)."""
    from console import i18n

    def switch(lang: str) -> None:
        for translator in getattr(app, "_translators", []):
            app.removeTranslator(translator)
        app._translators = i18n.install(app, lang)  # type: ignore[attr-defined]

    return switch


def _open(target: DatabaseTarget) -> Database:
    from console.core.db import open_database

    if target.dialect == "sqlite":
        from console.app import open_db_for_desk
        from console.core.services.kiosk_pin import ensure_pin

        db = open_db_for_desk(target)
        ensure_pin(db.session_factory)  # a kiosk on its own SQLite file may write; PostgreSQL's role may not
        return db
    return open_database(target, migrate=False)


def run_kiosk(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from PySide6.QtGui import QGuiApplication

    from console.app import make_application
    from console.core.services.kiosk_cache import KioskCache
    from console.screens.kiosk_mode.controller import KioskController
    from console.screens.kiosk_mode.window import KioskWindow

    app = make_application(args.lang)
    app.setStyleSheet("")  # the desk's sheet is for desks; the kiosk window styles itself
    screens = QGuiApplication.screens()
    index = args.screen if args.screen is not None else screens.index(QGuiApplication.primaryScreen())
    if not 0 <= index < len(screens):
        raise NoSuchScreen(screen=index, count=len(screens))
    screen = screens[index]
    geometry = screen.geometry()
    state: dict[str, Database] = {}

    def connect():  # type: ignore[no-untyped-def]
        if "db" not in state:
            state["db"] = _open(target)
        return state["db"].session_factory

    controller = KioskController(connect, KioskCache(), kiosk_name=os.environ.get(KIOSK_NAME_ENV) or None,
                                 orientation="portrait" if geometry.height() > geometry.width() else "landscape")
    window = KioskWindow(controller, lang=args.lang, guarded=True, switch_language=language_switcher(app))
    window.setScreen(screen)
    window.setGeometry(geometry)
    window.showFullScreen()
    controller.start()
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    controller.stop()
    controller.tasks.wait_all(5000)
    controller.final_report()
    if "db" in state:
        state["db"].dispose()
    return code


def make_kiosk_window(db: Database, lang: str = "zh", size: tuple[int, int] = (1920, 1080),
                      view: str = "kiosk") -> KioskWindow:
    """A kiosk window over ``db`` for screenshots: loaded synchronously, not locked.

    ``view``: ``kiosk`` (the loop), ``kiosk:lookup`` (number pad), ``kiosk:code`` (check-code pad),
    ``kiosk:result`` (a real project's progress), ``kiosk:pin`` (the way out), ``kiosk:offline`` (stale badge).
    """
    from PySide6.QtWidgets import QApplication

    from console.core.services.kiosk_cache import KioskCache
    from console.core.services.kiosk_pin import ensure_pin
    from console.screens.kiosk_mode.controller import KioskController
    from console.screens.kiosk_mode.window import KioskWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if db.dialect == "sqlite":
        ensure_pin(db.session_factory)
    width, height = size
    # Screenshots must neither read nor overwrite a real kiosk's cache.
    cache = KioskCache(Path(tempfile.mkdtemp(prefix="sunshine-kiosk-shot-")))
    controller = KioskController(lambda: db.session_factory, cache,
                                 orientation="portrait" if height > width else "landscape")
    window = KioskWindow(controller, lang=lang, guarded=False, switch_language=language_switcher(app))
    window.resize(width, height)
    controller.load_now()
    sub = view.partition(":")[2]
    if sub in ("lookup", "code", "result"):
        window.open_lookup()
    if sub == "code":
        window.lookup.number_pad.set_text(SAMPLE_APPLICATION_NO)
        window.lookup.on_number(SAMPLE_APPLICATION_NO)
        window.lookup.code_pad.set_text("12")
    elif sub == "result":
        progress = sample_progress(db)
        if progress is not None:
            window.lookup.show_progress(progress)
    elif sub == "pin":
        window.request_exit()
    elif sub == "offline":
        controller.go_offline()
    window.apply_playlist()
    return window


def sample_progress(db: Database) -> ProgressView | None:
    """A real in-progress high-voltage project's lookup, in a transaction rolled back (a screenshot writes nothing)."""
    from sqlalchemy import select

    from console.core.lookup_codes import check_code_for_phone
    from console.core.models import Customer, Project
    from console.core.models.base import utcnow
    from console.core.models.enums import ProjectStatus
    from console.core.services.kiosk_lookup import lookup

    with db.session_factory() as session:
        row = session.execute(select(Project.application_no, Customer.phone)
                              .join(Customer, Customer.id == Project.customer_id)
                              .where(Project.status == ProjectStatus.IN_PROGRESS,
                                     Project.project_class.in_(("hv-single", "hv-dual")))
                              .order_by(Project.accepted_on.desc()).limit(1)).first()
        if row is None:
            return None
        result = lookup(session, None, row[0], check_code_for_phone(row[1]), utcnow())
        session.rollback()
    return result.progress
