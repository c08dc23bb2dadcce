"""Stale edits offer a reload; long work shows progress and hands the result back."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from console.core.errors import StaleEdit
from console.dialogs import run_with_progress, show_error
from console.tasks import TaskRunner


def _click_when_shown(text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.buttons():
            if button.text() == text:
                button.click()

    QTimer.singleShot(0, click)


def test_stale_edit_offers_reload(qtbot) -> None:  # type: ignore[no-untyped-def]
    reloaded: list[bool] = []
    _click_when_shown("重新加载")
    show_error(None, StaleEdit(what="客户"), on_reload=lambda: reloaded.append(True))
    assert reloaded == [True]


def test_closing_a_stale_edit_message_does_not_reload(qtbot) -> None:  # type: ignore[no-untyped-def]
    reloaded: list[bool] = []
    _click_when_shown("关闭")
    show_error(None, StaleEdit(what="客户"), on_reload=lambda: reloaded.append(True))
    assert reloaded == []


def test_run_with_progress_delivers_the_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    got: list[int] = []
    with qtbot.waitSignal(tasks.sig_busy_changed, check_params_cb=lambda b: not b, timeout=5000):
        dialog = run_with_progress(None, tasks, "正在导出…", lambda: 7, got.append)
    assert got == [7]
    assert not dialog.isVisible()
