"""Stale edits offer a reload; long work shows progress and hands the result back."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from console.core.errors import StaleEdit
from console.dialogs import run_with_progress, show_error
from console.tasks import TaskRunner


def _button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if b.text() == text)


def test_stale_edit_offers_reload_without_blocking(qtbot) -> None:  # type: ignore[no-untyped-def]
    reloaded: list[bool] = []
    box = show_error(None, StaleEdit(what="客户"), on_reload=lambda: reloaded.append(True))
    assert box.isVisible() and reloaded == []  # returned at once: no nested event loop
    _button(box, "重新加载").click()
    assert reloaded == [True]


def test_closing_a_stale_edit_message_does_not_reload(qtbot) -> None:  # type: ignore[no-untyped-def]
    reloaded: list[bool] = []
    box = show_error(None, StaleEdit(what="客户"), on_reload=lambda: reloaded.append(True))
    _button(box, "关闭").click()
    assert reloaded == []


def test_other_errors_show_their_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    from console.core.errors import NotFound

    box = show_error(None, NotFound(what="客户", key="3100000001"))
    assert "3100000001" in box.text() and box.isVisible()
    box.close()


def test_run_with_progress_delivers_the_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    got: list[int] = []
    with qtbot.waitSignal(tasks.sig_busy_changed, check_params_cb=lambda b: not b, timeout=5000):
        dialog = run_with_progress(None, tasks, "正在导出…", lambda: 7, got.append)
    assert got == [7]
    assert not dialog.isVisible()
