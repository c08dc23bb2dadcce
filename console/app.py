"""Desk start-up: the login window paints first; the database opens behind it."""
from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from console import i18n
from console.change_bus import ChangeBus
from console.core.config import DatabaseTarget, default_sqlite_url
from console.core.security import Principal
from console.resources_paths import font_path
from console.tasks import TaskRunner
from console.ui_settings import LAST_USER, UiSettings

if TYPE_CHECKING:
    from console.core.db import Database

log = logging.getLogger(__name__)


def make_application(lang: str, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SunshineConsole")
    app.setOrganizationName("SunshineService")
    app.setApplicationDisplayName("阳光服务控制台" if lang == "zh" else "Sunshine Service Console")
    ensure_cjk_font()
    app._translators = i18n.install(app, lang)  # type: ignore[attr-defined]
    return app


_font_loaded = False


def ensure_cjk_font() -> None:
    """Chinese must render even on a machine without CJK fonts: register the shipped font as a fallback."""
    global _font_loaded
    if _font_loaded:
        return
    _font_loaded = True
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    if font_id < 0:
        return
    families = QFontDatabase.applicationFontFamilies(font_id)
    font = QGuiApplication.font()
    # Keep the platform's Latin font first, fall back to the shipped CJK family for Chinese glyphs.
    font.setFamilies([font.family(), *families])
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    QGuiApplication.setFont(font)


def open_db_for_desk(target: DatabaseTarget) -> Database:
    """Open the database; the embedded default gets a modest demo centre on first run."""
    from console.core.db import open_database
    from console.core.demo.build import DemoSpec, build_demo, has_data

    db = open_database(target)
    if not has_data(db) and target.url == default_sqlite_url():
        build_demo(db, DemoSpec())
    return db


def team_name(db: Database, principal: Principal) -> str:
    from console.core.models import Team

    if principal.team_id is None:
        return ""
    with db.session_factory() as s:
        team = s.get(Team, principal.team_id)
        return team.name if team else ""


def run_desk(args: argparse.Namespace, target: DatabaseTarget) -> int:
    app = make_application(args.lang)
    settings = UiSettings()
    tasks = TaskRunner(app)
    # The login window closing must not end the program before the main window opens.
    app.setQuitOnLastWindowClosed(False)
    outcome = sign_in(target, settings, tasks)
    if isinstance(outcome, int):
        return outcome
    db, principal = outcome
    return _run_main_window(app, args, db, settings, tasks, principal)


def sign_in(target: DatabaseTarget, settings: UiSettings, tasks: TaskRunner) -> tuple[Database, Principal] | int:
    """Show the login window at once, open the database behind it; the signed-in user, or an exit code."""
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from console.login_dialog import LoginDialog

    state: dict[str, object] = {}

    def authenticate(user: str, password: str, ok, fail) -> None:  # type: ignore[no-untyped-def]
        from console.core.services.auth import AuthService

        db = state.get("db")
        if db is None:
            return
        tasks.run(lambda: AuthService(db.session_factory).login(user, password), ok, fail)  # type: ignore[attr-defined]

    dialog = LoginDialog(authenticate, settings.get(LAST_USER))
    dialog.setObjectName("loginDialog")
    dialog.show()
    progress = QProgressDialog(QCoreApplication.translate("app", "正在准备数据库（首次运行时会生成演示数据）…"), "", 0, 0, dialog)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(800)

    def on_db(db: Database) -> None:
        progress.reset()
        state["db"] = db
        dialog.set_ready(True, "")

    def on_db_error(exc: BaseException) -> None:
        progress.reset()
        QMessageBox.critical(dialog, QCoreApplication.translate("app", "无法打开数据库"), i18n.translate_error(exc))
        state["exit"] = getattr(exc, "exit_code", 1)
        dialog.reject()

    tasks.run(lambda: open_db_for_desk(target), on_db, on_db_error)
    # exec() returns a plain int; PySide6's DialogCode is an enum that never equals it.
    accepted = dialog.exec() == LoginDialog.DialogCode.Accepted.value
    progress.deleteLater()
    if not accepted or dialog.principal is None:
        tasks.wait_all(5000)
        db = state.get("db")
        if db is not None:
            db.dispose()  # type: ignore[attr-defined]
        return int(state.get("exit", 0))  # type: ignore[call-overload]
    return state["db"], dialog.principal  # type: ignore[return-value]


def _run_main_window(
    app: QApplication, args: argparse.Namespace, db: Database, settings: UiSettings, tasks: TaskRunner, principal: Principal
) -> int:
    from console.context import AppContext
    from console.main_window import MainWindow

    settings.set(LAST_USER, principal.username)
    ctx = AppContext(db, principal, tasks, ChangeBus(app), settings, args.lang)
    window = MainWindow(ctx, team_name(db, principal))
    window.show()
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    tasks.wait_all(10_000)
    db.dispose()
    return code
