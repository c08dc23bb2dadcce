"""Child process for the start-up benchmark: shows a window and prints ``painted`` on its first paint.

Modes: ``bare`` (a bare PySide6 window: the baseline), ``login`` (the console's first window) and
``main URL`` (the main window of a signed-in team lead on an existing database).
"""
from __future__ import annotations

import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer

    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication(sys.argv[:1])
        window = QLabel("阳光服务控制台")
        window.resize(1280, 800)
    elif mode == "login":
        from console.app import make_application
        from console.login_dialog import LoginDialog

        app = make_application("zh")
        window = LoginDialog(lambda *a: None, "")
    else:
        from console.app import make_application, team_name
        from console.change_bus import ChangeBus
        from console.commands.common import acting_user
        from console.context import AppContext
        from console.core.config import parse_database_url
        from console.core.db import open_database
        from console.main_window import MainWindow
        from console.tasks import TaskRunner
        from console.ui_settings import UiSettings

        app = make_application("zh")
        db = open_database(parse_database_url(sys.argv[2]))
        principal = acting_user(db, "lead.east")
        ctx = AppContext(db, principal, TaskRunner(app), ChangeBus(app), UiSettings(), "zh")
        window = MainWindow(ctx, team_name(db, principal))

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    watch = PaintWatch()
    window.installEventFilter(watch)
    window.show()
    app.exec()
    os._exit(0)  # skip teardown: we measure start-up, not shutdown


if __name__ == "__main__":
    raise SystemExit(main())
