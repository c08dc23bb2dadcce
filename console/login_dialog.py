"""Sign-in dialog. It shows at once; the database opens in the background while the user types."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from console.core.security import Principal


class LoginDialog(QDialog):
    """Emits ``sig_logged_in(principal)``; the actual check runs through ``authenticate`` off the GUI thread."""

    sig_logged_in = Signal(object)

    def __init__(
        self,
        authenticate: Callable[[str, str, Callable[[Principal], None], Callable[[BaseException], None]], None],
        last_user: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self.setWindowTitle(self.tr("阳光服务控制台 — 登录"))
        self.setMinimumWidth(420)
        from console.resources_paths import apply_desk_style

        apply_desk_style(self)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("阳光服务控制台"))
        title.setObjectName("loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        form = QFormLayout()
        self.user_edit = QLineEdit(last_user)
        self.user_edit.setObjectName("username")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名(&U)："), self.user_edit)
        form.addRow(self.tr("密码(&P)："), self.password_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.on_submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter in either field signs in, whichever button currently has the default role.
        self.password_edit.returnPressed.connect(self.on_submit)
        self.user_edit.returnPressed.connect(self.password_edit.setFocus)
        (self.password_edit if last_user else self.user_edit).setFocus()
        self._ready = False
        self._busy = False
        self.principal: Principal | None = None
        self.set_ready(False, self.tr("正在打开数据库…"))

    def set_ready(self, ready: bool, note: str = "") -> None:
        self._ready = ready
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        self.message.setText(note)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.set_busy(False)  # re-enable first: focus cannot go to a disabled field
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        # Read-only, not disabled: disabling the focused field would move focus to 取消, which then becomes the
        # dialog's default button and the very same Enter press would cancel the sign-in.
        for w in (self.user_edit, self.password_edit):
            w.setReadOnly(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy and self._ready)

    def on_submit(self) -> None:
        if not self._ready or self._busy:
            return  # Enter reaches both the field and the dialog's default button: check once
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        if not user or not password:
            self.show_error(self.tr("请输入用户名和密码。"))
            return
        self.set_busy(True)
        self.message.setText(self.tr("正在验证…"))
        self._authenticate(user, password, self.on_success, self.on_failure)

    def on_success(self, principal: Principal) -> None:
        self.principal = principal
        self.password_edit.clear()
        self.sig_logged_in.emit(principal)
        self.accept()

    def on_failure(self, exc: BaseException) -> None:
        from console.i18n import translate_error

        self.show_error(translate_error(exc))
