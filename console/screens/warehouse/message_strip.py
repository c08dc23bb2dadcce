"""A one-line message under a panel's toolbar: results and refusals, shown without a modal box."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_STYLES = {
    "info": "background:#E8F3EA; border:1px solid #4C9A5B; color:#17401F;",
    "warning": "background:#FFF4CE; border:1px solid #E0B400; color:#4A3B00;",
    "error": "background:#FDE7E9; border:1px solid #C42B1C; color:#5C0E08;",
}


class MessageStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warehouseMessage")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 3, 3)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row.addWidget(self.text, 1)
        row.addWidget(close)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setStyleSheet(f"#warehouseMessage {{ {_STYLES[kind]} border-radius:3px; }} QLabel {{ border:none; }}")
        self.text.setText(text)
        self.show()
