"""Legend strip: status colours, planned/paused/deadline/today marks and the flag badges, wrapped to the width."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from widgets.gantt.data import Flag, Status
from widgets.gantt.glyphs import badge_font, paint_badge
from widgets.gantt.palette import (
    MARKER_EDGE,
    PAUSED_HATCH,
    PLANNED_EDGE,
    PLANNED_FILL,
    STATUS_EDGE,
    STATUS_FILL,
    TODAY,
)
from widgets.gantt.texts import flag_name, status_name

SWATCH = 16.0
GAP = 6.0
ITEM_GAP = 16.0
LINE_H = 24.0
Painter = Callable[[QPainter, QRectF], None]


def _bar(fill: str, edge: str, style: Qt.BrushStyle = Qt.BrushStyle.SolidPattern, height: float = 0.6) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        h = r.height() * height
        p.setPen(QPen(QColor(edge), 1))
        p.setBrush(QBrush(QColor(fill), style))
        p.drawRect(QRectF(r.left(), r.center().y() - h / 2, r.width(), h))

    return paint


def _diamond(p: QPainter, r: QRectF) -> None:
    c, s = r.center(), r.height() * 0.42
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor(MARKER_EDGE), 1))
    p.setBrush(QColor(STATUS_FILL[Status.OVERDUE]))
    p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - s), QPointF(c.x() + s, c.y()), QPointF(c.x(), c.y() + s),
                             QPointF(c.x() - s, c.y())]))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def _today(p: QPainter, r: QRectF) -> None:
    pen = QPen(QColor(TODAY), 2)
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    x = r.center().x()
    p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))


def _flag(flag: Flag) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(badge_font(r.height()))
        paint_badge(p, r, flag)
        p.restore()

    return paint


class GanttLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font = QFont()
        self._font.setPixelSize(12)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self._entries: list[tuple[Painter, str]] = [
            (_bar(STATUS_FILL[s], STATUS_EDGE[s]), status_name(s)) for s in Status
        ]
        self._entries += [
            (_bar(PLANNED_FILL, PLANNED_EDGE, height=0.4), self.tr("计划（基线）")),
            (_bar(PAUSED_HATCH, PAUSED_HATCH, Qt.BrushStyle.BDiagPattern, height=0.9), self.tr("计时暂停")),
            (_diamond, self.tr("节点时限")),
            (_today, self.tr("今天")),
        ]
        self._entries += [(_flag(f), flag_name(f)) for f in Flag]
        self._fit_height(self.width())
        self.update()

    def _positions(self, width: float) -> list[QPointF]:
        fm = QFontMetricsF(self._font)
        x, y, out = GAP, 4.0, []
        for _, text in self._entries:
            w = SWATCH + GAP + fm.horizontalAdvance(text)
            if x > GAP and x + w > width - GAP:
                x, y = GAP, y + LINE_H
            out.append(QPointF(x, y))
            x += w + ITEM_GAP
        return out

    def needed_height(self, width: float) -> int:
        positions = self._positions(max(width, 200.0))
        return int(positions[-1].y() + LINE_H + 4) if positions else int(LINE_H)

    def _fit_height(self, width: float) -> None:
        h = self.needed_height(width)
        if h != self.height():
            self.setFixedHeight(h)

    def sizeHint(self) -> QSize:
        return QSize(900, self.needed_height(self.width() or 900))

    def resizeEvent(self, ev: QResizeEvent) -> None:
        super().resizeEvent(ev)
        self._fit_height(ev.size().width())

    def paintEvent(self, ev: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        p.setFont(self._font)
        for (paint, text), pos in zip(self._entries, self._positions(self.width())):
            swatch = QRectF(pos.x(), pos.y() + (LINE_H - SWATCH) / 2, SWATCH, SWATCH)
            p.save()
            paint(p, swatch)
            p.restore()
            p.setPen(QColor("#202020"))
            p.drawText(QRectF(swatch.right() + GAP, pos.y(), 400, LINE_H), Qt.AlignmentFlag.AlignVCenter, text)
        p.end()
