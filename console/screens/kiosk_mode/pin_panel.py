"""The admin PIN pad that stands between a visitor and the desktop behind the kiosk."""
from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.core.services.kiosk_pin import PIN_MAX, PIN_MIN
from console.screens.kiosk_mode.style import sizes
from widgets.keypad import Keypad


class PinPanel(QWidget):
    sig_pin_entered = Signal(str)
    sig_cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setObjectName("kioskTitle")
        self.hint = QLabel()
        self.hint.setObjectName("kioskHint")
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("kioskError")
        self.message.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("kioskSecondary")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(lambda: self.sig_cancel.emit())
        self.pad = Keypad(masked=True, max_length=PIN_MAX, min_length=PIN_MIN)
        self.pad.sig_submitted.connect(self._on_submitted)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.cancel_button)
        self.column = QVBoxLayout()
        self.column.addWidget(self.hint)
        self.column.addWidget(self.message)
        self.column.addWidget(self.pad, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        self.row.addLayout(self.column, 3)
        self.row.addStretch(1)
        outer.addLayout(self.row, 1)
        self._message_key: tuple[str, int] | None = None
        self.retranslate()

    def reset(self) -> None:
        self.pad.clear()
        self.show_message(None)
        self.pad.setFocus()

    def _on_submitted(self, pin: str) -> None:
        self.pad.clear()  # never leave a PIN on the pad, right or wrong
        self.sig_pin_entered.emit(pin)

    def show_wrong(self) -> None:
        self.show_message(("wrong", 0))

    def show_locked(self, wait: timedelta) -> None:
        self.show_message(("locked", max(1, math.ceil(wait.total_seconds() / 60))))

    def show_message(self, key: tuple[str, int] | None) -> None:
        self._message_key = key
        self._retranslate_message()

    def message_text(self) -> str:
        return self.message.text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("退出自助终端"))
        self.hint.setText(self.tr("仅限工作人员：请输入管理员 PIN。"))
        self.cancel_button.setText(self.tr("取消"))
        self.pad.set_prompt(self.tr("管理员 PIN"))
        self.pad.key_button("ok").setText(QCoreApplication.translate("Keypad", "确定"))
        self.pad.key_button("clear").setText(QCoreApplication.translate("Keypad", "清除"))
        self.pad.key_button("backspace").setText(QCoreApplication.translate("Keypad", "退格"))
        self._retranslate_message()

    def _retranslate_message(self) -> None:
        key = self._message_key
        if key is None:
            self.message.clear()
        elif key[0] == "wrong":
            self.message.setText(self.tr("PIN 不正确。"))
        else:
            self.message.setText(self.tr("错误次数过多，请 %1 分钟后再试。").replace("%1", str(key[1])))
        self.message.setVisible(key is not None)

    def apply_size(self, width: int, height: int) -> None:
        s = sizes(width, height)
        self.pad.set_key_size(s["key"])
        side = 1 if width > height else 0  # centred column in landscape, the full width in portrait
        self.row.setStretch(0, side)
        self.row.setStretch(2, side)
        self.layout().setContentsMargins(s["margin"], s["margin"] // 2, s["margin"], s["margin"] // 2)
