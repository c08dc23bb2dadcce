"""Watches every input the kiosk application receives: idle time, the pointer, and ways out.

Installed on the QApplication so no widget can swallow an event before the guard sees it:

* any touch, click, key or wheel restarts the idle clock; after ``idle_ms`` without one, ``sig_idle`` fires (the
  window wipes what a visitor typed and goes back to the loop);
* the pointer is hidden after ``cursor_ms`` without mouse movement and comes back when the mouse moves;
* Esc, Alt+F4, Ctrl+W and Ctrl+Q are swallowed and turned into ``sig_exit_requested`` (the window asks for the
  PIN), and so are five taps in the top-left corner within three seconds — the staff's way out on a touch screen
  with no keyboard.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPointerEvent
from PySide6.QtWidgets import QWidget

IDLE_MS = 60_000
CURSOR_MS = 5_000
CORNER_TAPS = 5
CORNER_WINDOW_S = 3.0

_ACTIVITY = frozenset((QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchBegin,
                       QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.MouseMove))
_PRESS = frozenset((QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin))


def _is_exit_key(event: QKeyEvent) -> bool:
    key, mods = event.key(), event.modifiers()
    if key == Qt.Key.Key_Escape:
        return True
    if key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier:
        return True
    return key in (Qt.Key.Key_W, Qt.Key.Key_Q) and bool(mods & Qt.KeyboardModifier.ControlModifier)


class KioskGuard(QObject):
    sig_idle = Signal()
    sig_exit_requested = Signal()

    def __init__(self, window: QWidget, idle_ms: int = IDLE_MS, cursor_ms: int = CURSOR_MS,
                 hide_cursor: bool = True) -> None:
        super().__init__(window)
        self._window = window
        self._hide_cursor = hide_cursor
        self.cursor_hidden = False
        self._taps: list[float] = []
        self._last_press: tuple[int, int, int] | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms)
        self.idle_timer.timeout.connect(lambda: self.sig_idle.emit())
        self.cursor_timer = QTimer(self)
        self.cursor_timer.setSingleShot(True)
        self.cursor_timer.setInterval(cursor_ms)
        self.cursor_timer.timeout.connect(self.hide_pointer)
        self.idle_timer.start()
        self.cursor_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _ACTIVITY:
            self.idle_timer.start()
            if kind == QEvent.Type.MouseMove:
                self.show_pointer()
                self.cursor_timer.start()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and _is_exit_key(event):
            if not event.isAutoRepeat():
                self.sig_exit_requested.emit()
            return True  # never reaches a widget: Esc must not close a dialog or clear a field behind the PIN
        if kind in _PRESS and isinstance(event, QPointerEvent) and event.points():
            # One press reaches the QWindow and then each widget that passes it on: count it once.
            point = event.points()[0].globalPosition().toPoint()
            stamp = (event.timestamp(), point.x(), point.y())
            if stamp != self._last_press:
                self._last_press = stamp
                self.press_at(self._window.mapFromGlobal(point))
        return False

    def press_at(self, local: QPoint) -> None:
        """A press at ``local`` window coordinates; five in the top-left corner within 3 s ask for the PIN."""
        corner = max(80, min(self._window.width(), self._window.height()) // 12)
        if not (0 <= local.x() < corner and 0 <= local.y() < corner):
            self._taps.clear()
            return
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t < CORNER_WINDOW_S] + [now]
        if len(self._taps) >= CORNER_TAPS:
            self._taps.clear()
            self.sig_exit_requested.emit()

    def hide_pointer(self) -> None:
        if self._hide_cursor and not self.cursor_hidden:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
            self.cursor_hidden = True

    def show_pointer(self) -> None:
        if self.cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self.cursor_hidden = False

    def stop(self) -> None:
        self.idle_timer.stop()
        self.cursor_timer.stop()
        self.show_pointer()
