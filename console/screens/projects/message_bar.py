"""An inline message strip above a page's content: warnings that must not block (no modal box), optionally with
one action such as "reload"."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

_STYLES = {
    "warning": "background:#FFF4CE; border:1px solid #E0B400; color:#4A3B00;",
    "error": "background:#FDE7E9; border:1px solid #C42B1C; color:#5C0E08;",
    "info": "background:#E5F1FB; border:1px solid #2B7FB0; color:#0B3A57;",
}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.text, 1)
        row.addWidget(self.action)
        row.addWidget(self.close_button)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._on_action)
        self.hide()

    def show_message(self, text: str, kind: str = "warning", action: str = "",
                     callback: Callable[[], None] | None = None, closable: bool = True) -> None:
        self.setStyleSheet(f"#messageBar {{ {_STYLES[kind]} border-radius:3px; }} QLabel {{ border:none; }}")
        self.text.setText(text)
        self._callback = callback
        self.action.setText(action)
        self.action.setVisible(bool(action and callback))
        self.close_button.setVisible(closable)
        self.show()

    def _on_action(self) -> None:
        self.hide()
        if self._callback is not None:
            self._callback()
