"""The desk's start-up path as a user meets it: login first, database behind it, errors as dialogs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from console.app import sign_in
from console.core.config import parse_database_url
from console.core.demo.org_gen import DEMO_PASSWORD
from console.login_dialog import LoginDialog
from console.tasks import TaskRunner


def _drive_login(username: str, password: str) -> None:
    """Fill the login window once it is ready and press Enter (polls the UI, no fixed sleeps)."""

    def step() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()), None)
        if dialog is None or not dialog.buttons.buttons()[0].isEnabled():
            QTimer.singleShot(20, step)
            return
        dialog.user_edit.setText(username)
        dialog.password_edit.setText(password)
        dialog.password_edit.returnPressed.emit()

    QTimer.singleShot(0, step)


def test_sign_in_returns_the_database_and_user(qapp, demo_db, ui_settings) -> None:  # type: ignore[no-untyped-def]
    demo_db.dispose()
    _drive_login("lead.west", DEMO_PASSWORD)
    outcome = sign_in(demo_db.target, ui_settings, TaskRunner())
    assert not isinstance(outcome, int)
    db, principal = outcome
    assert principal.username == "lead.west"
    db.dispose()


def test_unopenable_database_shows_a_dialog_and_exits_non_zero(qapp, tmp_path: Path, ui_settings) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite" * 50)
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(0, close_box)
    code = sign_in(parse_database_url(f"sqlite:///{bad}"), ui_settings, TaskRunner())
    assert code == 4
    assert seen and "已损坏" in seen[0]
