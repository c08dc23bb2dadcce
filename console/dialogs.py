"""Standard ways to tell the user something went wrong, or that long work is under way.

``show_error`` turns any exception into a message box in the UI language; a :class:`StaleEdit` offers
"重新加载" (reload) so an edit is never silently overwritten and the user sees the other person's version.
``run_with_progress`` runs work through the TaskRunner behind a modal progress dialog.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from console.core.errors import ConsoleError, StaleEdit
from console.i18n import translate_error
from console.tasks import TaskRunner


def show_error(parent: QWidget | None, exc: BaseException, on_reload: Callable[[], None] | None = None) -> QMessageBox:
    """Show ``exc`` in a window-modal message box and return at once (``open()``, not ``exec()``): a nested event
    loop would let further task results arrive underneath the box, and nothing waits on the answer except the
    reload, which is connected to the button."""
    text = translate_error(exc)
    if isinstance(exc, StaleEdit):
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("dialogs", "已被他人修改"), text, parent=parent)
        reload_button = box.addButton(QCoreApplication.translate("dialogs", "重新加载"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("dialogs", "关闭"), QMessageBox.ButtonRole.RejectRole)
        if on_reload is not None:
            box.buttonClicked.connect(lambda button: button is reload_button and on_reload())
    else:
        title = QCoreApplication.translate("dialogs", "操作未完成") if isinstance(exc, ConsoleError) else QCoreApplication.translate("dialogs", "发生错误")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run_with_progress(
    parent: QWidget | None,
    tasks: TaskRunner,
    label: str,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> QProgressDialog:
    """Show an indeterminate progress dialog (after 400 ms, so quick work does not flash) until ``fn`` ends."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(True)

    def done(value: Any) -> None:
        dialog.reset()
        on_done(value)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        (on_error or (lambda e: show_error(parent, e)))(exc)

    tasks.run(fn, done, failed)
    return dialog
