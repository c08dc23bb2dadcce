"""The four customer steps as a strip of numbered circles: done (filled, ✓), current (ring, bold), to come (grey).

Across in landscape, down in portrait; every label sits under (or beside) its circle with its date.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.screens.kiosk_mode.style import ACCENT, INK, MUTED

_GREY = QColor("#b8c1ca")


@dataclass(frozen=True)
class StepMark:
    label: str
    state: str  # "done" | "current" | "pending"
    detail: str  # a date line: "已完成 2026年1月20日" / "预计 …"


class StepsStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[StepMark, ...] = ()
        self._vertical = False
        self._px = 32
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_steps(self, steps: Sequence[StepMark]) -> None:
        self._steps = tuple(steps)
        self.updateGeometry()
        self.update()

    def steps(self) -> tuple[StepMark, ...]:
        return self._steps

    def set_layout(self, vertical: bool, px: int) -> None:
        self._vertical, self._px = vertical, px
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        row = round(self._px * 4.2)
        if self._vertical:
            return QSize(self._px * 12, row * max(1, len(self._steps)))
        return QSize(self._px * 20, round(self._px * 5.2))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._steps:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        n = len(self._steps)
        radius = self._px * 0.75
        if self._vertical:
            pitch = self.height() / n
            centres = [QPointF(radius + 4, pitch * i + radius + 4) for i in range(n)]
        else:
            pitch = self.width() / n
            centres = [QPointF(pitch * (i + 0.5), radius + 4) for i in range(n)]
        for i in range(n - 1):  # connectors first, circles on top
            done = self._steps[i + 1].state != "pending"
            painter.setPen(QPen(QColor(ACCENT) if done else _GREY, max(3, self._px // 6)))
            painter.drawLine(centres[i], centres[i + 1])
        for i, (step, centre) in enumerate(zip(self._steps, centres, strict=True)):
            self._circle(painter, centre, radius, i + 1, step.state)
            self._labels(painter, centre, radius, pitch, step)
        painter.end()

    def _circle(self, painter: QPainter, centre: QPointF, radius: float, number: int, state: str) -> None:
        accent = QColor(ACCENT)
        if state == "done":
            painter.setPen(QPen(accent, 3))
            painter.setBrush(accent)
        elif state == "current":
            painter.setPen(QPen(accent, max(4, self._px // 5)))
            painter.setBrush(QColor("#ffffff"))
        else:
            painter.setPen(QPen(_GREY, 3))
            painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(centre, radius, radius)
        font = QFont(self.font())
        font.setPixelSize(round(self._px * 0.8))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff") if state == "done" else (accent if state == "current" else QColor(MUTED)))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "✓" if state == "done" else str(number))

    def _labels(self, painter: QPainter, centre: QPointF, radius: float, pitch: float, step: StepMark) -> None:
        label_font = QFont(self.font())
        label_font.setPixelSize(self._px)
        label_font.setBold(step.state == "current")
        detail_font = QFont(self.font())
        detail_font.setPixelSize(round(self._px * 0.72))
        line = QFontMetrics(label_font).height()
        if self._vertical:
            left = centre.x() + radius + self._px * 0.6
            box = QRectF(left, centre.y() - radius, self.width() - left, line)
        else:
            box = QRectF(centre.x() - pitch / 2 + 4, centre.y() + radius + self._px * 0.35, pitch - 8, line * 2.2)
        flags = (Qt.AlignmentFlag.AlignLeft if self._vertical else Qt.AlignmentFlag.AlignHCenter) | Qt.TextFlag.TextWordWrap
        painter.setFont(label_font)
        painter.setPen(QColor(INK) if step.state != "pending" else QColor(MUTED))
        used = painter.boundingRect(box, flags, step.label).height()
        painter.drawText(box, flags, step.label)
        painter.setFont(detail_font)
        painter.setPen(QColor(ACCENT) if step.state == "current" else QColor(MUTED))
        painter.drawText(QRectF(box.left(), box.top() + used + 2, box.width(), line * 1.6), flags, step.detail)
