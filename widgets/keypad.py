"""On-screen keypad for the unattended hall kiosk (application number, check code, PIN).

Big, high-contrast keys that a finger hits first time: every key is at least 48 px and grows with the
screen (``key_px``). Works by touch, mouse and a physical keyboard (digits, letters in alphanumeric mode,
Backspace, Escape/Delete to clear, Enter to submit); the keys themselves never take focus, so typing keeps
going to the keypad.
"""
from __future__ import annotations

import string
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

KeypadMode = Literal["numeric", "alphanumeric"]

MIN_TOUCH_PX = 48  # smallest comfortable touch target (Material / Apple HIG guidance)
_LETTER_COLUMNS = 7
_MASK_CHAR = "●"

_STYLE = """
QWidget#keypad { background: #ffffff; }
QLabel#keypad_display {
    background: #ffffff; color: #0b0b0b; border: 3px solid #1f2d3d; border-radius: 10px; padding: 0 16px;
}
QLabel#keypad_display[empty="true"] { color: #5b6470; }
QPushButton {
    background: #eef1f4; color: #0b0b0b; border: 2px solid #4a5866; border-radius: 10px;
}
QPushButton:pressed { background: #c9d3de; }
QPushButton[role="function"] { background: #dde3e9; }
QPushButton[role="submit"] { background: #00665e; color: #ffffff; border-color: #00443f; }
QPushButton[role="submit"]:pressed { background: #00443f; }
QPushButton[role="submit"]:disabled { background: #9aa5ae; color: #ffffff; border-color: #7d8891; }
"""


def default_key_px() -> int:
    """Key size for the primary screen: 7.5 % of its short side, never below the 48 px touch minimum."""
    screen = QGuiApplication.primaryScreen()
    short_side = min(screen.size().width(), screen.size().height()) if screen else 0
    return max(MIN_TOUCH_PX, round(short_side * 0.075))


class Keypad(QWidget):
    """Digits 0–9 (plus A–Z in ``alphanumeric`` mode), 清除, 退格 and 确定.

    ``masked`` shows dots instead of the characters (PINs, check codes). ``max_length`` stops input at that
    many characters; 确定 is enabled from ``min_length`` characters on. Emits ``sig_text_changed(text)``
    after every change and ``sig_submitted(text)`` on 确定/Enter; the caller decides whether to clear.
    """

    sig_text_changed = Signal(str)
    sig_submitted = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        mode: KeypadMode = "numeric",
        masked: bool = False,
        max_length: int | None = None,
        min_length: int = 1,
        prompt: str = "",
        key_px: int | None = None,
    ) -> None:
        super().__init__(parent)
        if mode not in ("numeric", "alphanumeric"):
            raise ValueError(f"mode must be 'numeric' or 'alphanumeric', got {mode!r}")
        self._mode: KeypadMode = mode
        self._masked = masked
        self._max_length = max_length
        self._min_length = max(0, min_length)
        self._prompt = prompt or self.tr("请输入")
        self._text = ""
        self._allowed = set(string.digits) | (set(string.ascii_uppercase) if mode == "alphanumeric" else set())
        self.setObjectName("keypad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_STYLE)

        self._display = QLabel(self)
        self._display.setObjectName("keypad_display")
        self._display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._keys: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._display)
        # Stretch by rows so spare height goes to every key row alike, not all to 确定.
        if mode == "alphanumeric":
            layout.addLayout(self._letter_grid(), 4)
        layout.addLayout(self._digit_grid(), 4)
        self._ok = self._button(self.tr("确定"), "submit", self.submit)
        layout.addWidget(self._ok, 1)
        self.set_key_size(key_px or default_key_px())
        self._refresh()

    # --- public API ---------------------------------------------------------------------------------------

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Replace the text (characters the mode does not allow are dropped, the rest cut to max_length)."""
        cleaned = "".join(c for c in text.upper() if c in self._allowed)
        self._set(cleaned[: self._max_length] if self._max_length is not None else cleaned)

    def clear(self) -> None:
        self._set("")

    def submit(self) -> None:
        if len(self._text) >= max(1, self._min_length):
            self.sig_submitted.emit(self._text)

    def mode(self) -> KeypadMode:
        return self._mode

    def set_masked(self, masked: bool) -> None:
        self._masked = masked
        self._refresh()

    def is_masked(self) -> bool:
        return self._masked

    def set_prompt(self, prompt: str) -> None:
        self._prompt = prompt
        self._refresh()

    def display_text(self) -> str:
        """What the display shows now (the prompt, dots, or the text)."""
        return self._display.text()

    def key_button(self, key: str) -> QPushButton:
        """The button for a character, or for "clear", "backspace", "ok" (for tests and accessibility)."""
        return self._ok if key == "ok" else self._keys[key]

    def set_key_size(self, px: int) -> None:
        """Minimum key edge in pixels (clamped to ≥ 48); type scales with it."""
        px = max(MIN_TOUCH_PX, px)
        self._key_px = px
        key_font = QFont(self.font())
        key_font.setPixelSize(round(px * 0.45))
        key_font.setBold(True)
        for button in (*self._keys.values(), self._ok):
            button.setMinimumSize(px, px)
            button.setFont(key_font)
        display_font = QFont(self.font())
        display_font.setPixelSize(round(px * 0.5))
        display_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self._display.setFont(display_font)
        self._display.setMinimumHeight(round(px * 1.1))
        gap = max(8, px // 8)
        for grid in self.findChildren(QGridLayout):
            grid.setSpacing(gap)
        self.layout().setSpacing(gap)
        self.layout().setContentsMargins(gap, gap, gap, gap)

    def key_size(self) -> int:
        return self._key_px

    # --- input --------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete):
            self.clear()
        elif event.text() and event.text().upper() in self._allowed:
            self.press(event.text().upper())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def press(self, char: str) -> None:
        """Type one character (as a key tap does)."""
        if char in self._allowed and (self._max_length is None or len(self._text) < self._max_length):
            self._set(self._text + char)

    def backspace(self) -> None:
        if self._text:
            self._set(self._text[:-1])

    # --- internals ----------------------------------------------------------------------------------------

    def _set(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._refresh()
            self.sig_text_changed.emit(text)

    def _refresh(self) -> None:
        empty = not self._text
        shown = self._prompt if empty else (_MASK_CHAR * len(self._text) if self._masked else self._text)
        self._display.setText(shown)
        self._display.setProperty("empty", empty)
        self._display.style().unpolish(self._display)
        self._display.style().polish(self._display)
        self._ok.setEnabled(len(self._text) >= max(1, self._min_length))
        for name in ("clear", "backspace"):
            self._keys[name].setEnabled(not empty)

    def _digit_grid(self) -> QGridLayout:
        grid = QGridLayout()
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._char_button(digit), i // 3, i % 3)
        self._keys["clear"] = self._button(self.tr("清除"), "function", self.clear)
        self._keys["backspace"] = self._button(self.tr("退格"), "function", self.backspace)
        self._keys["backspace"].setAutoRepeat(True)
        grid.addWidget(self._keys["clear"], 3, 0)
        grid.addWidget(self._char_button("0"), 3, 1)
        grid.addWidget(self._keys["backspace"], 3, 2)
        return grid

    def _letter_grid(self) -> QGridLayout:
        grid = QGridLayout()
        for i, letter in enumerate(string.ascii_uppercase):
            grid.addWidget(self._char_button(letter), i // _LETTER_COLUMNS, i % _LETTER_COLUMNS)
        return grid

    def _char_button(self, char: str) -> QPushButton:
        button = self._button(char, "char", lambda: self.press(char))
        self._keys[char] = button
        return button

    def _button(self, label: str, role: str, on_click: object) -> QPushButton:
        button = QPushButton(label, self)
        button.setProperty("role", role)
        button.setAccessibleName(label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard input keeps going to the keypad
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(on_click)
        return button
