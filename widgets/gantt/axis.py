"""Two-band date header above the chart: the zoom's unit below (days, ISO weeks, months, quarters), the coarser
unit above (months or years). Labels of the top band stick to the left edge while their cell is in view."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from widgets.gantt.palette import GRID_MAJOR, HEADER_BG, HEADER_TEXT, TODAY
from widgets.gantt.timescale import DateLabels, Unit, unit_for_scale, unit_starts, upper_unit

LABEL_MARGIN = 4.0


class DateAxis(pg.AxisItem):
    def __init__(self, height: int, labels: DateLabels) -> None:
        super().__init__(orientation="top")
        self._labels = labels
        self.today_x: float | None = None
        self.setHeight(height)
        self.setZValue(10)
        self._font = QFont()
        self._font.setPixelSize(12)
        self._bold = QFont(self._font)
        self._bold.setBold(True)

    def set_labels(self, labels: DateLabels) -> None:
        self._labels = labels
        self.update()

    def paint(self, p: QPainter, opt: object, widget: object) -> None:
        view = self.linkedView()
        rect = QRectF(0, 0, self.geometry().width(), self.geometry().height())
        p.fillRect(rect, QColor(HEADER_BG))
        if view is None or view.width() <= 0:
            return
        x0, x1 = view.viewRange()[0]
        if x1 <= x0:
            return
        scale = rect.width() / (x1 - x0)
        half = rect.height() / 2
        lower = unit_for_scale(scale)
        top_band = QRectF(rect.left(), rect.top(), rect.width(), half)
        low_band = QRectF(rect.left(), rect.top() + half, rect.width(), half)
        upper = upper_unit(lower)
        if upper is not None:
            self._paint_band(p, top_band, upper, x0, x1, scale, sticky=True, font=self._bold)
        self._paint_band(p, low_band if upper is not None else rect, lower, x0, x1, scale, sticky=False, font=self._font)
        p.setPen(QPen(QColor(GRID_MAJOR), 0))
        p.drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5))
        if upper is not None:
            p.drawLine(QPointF(rect.left(), top_band.bottom()), QPointF(rect.right(), top_band.bottom()))
        self._paint_today(p, rect, x0, scale)

    def _paint_band(
        self, p: QPainter, band: QRectF, unit: Unit, x0: float, x1: float, scale: float, sticky: bool, font: QFont
    ) -> None:
        p.setFont(font)
        fm = QFontMetricsF(font)
        starts = unit_starts(unit, x0, x1)
        pen_line = QPen(QColor(GRID_MAJOR), 0)
        for a, b in zip(starts[:-1], starts[1:]):
            left = band.left() + (a - x0) * scale
            right = band.left() + (b - x0) * scale
            p.setPen(pen_line)
            if left >= band.left():
                p.drawLine(QPointF(left, band.top()), QPointF(left, band.bottom()))
            vis_left, vis_right = max(left, band.left()), min(right, band.right())
            cell = QRectF(vis_left, band.top(), vis_right - vis_left, band.height())
            if cell.width() <= 2 * LABEL_MARGIN:
                continue
            text = self._fitting(unit, a, fm, cell.width() - 2 * LABEL_MARGIN, upper=sticky)
            if not text:
                continue
            p.setPen(QPen(QColor(HEADER_TEXT)))
            # Labels stay inside the visible part of their cell: top-band ones at its left, the others centred.
            horizontal = Qt.AlignmentFlag.AlignLeft if sticky else Qt.AlignmentFlag.AlignHCenter
            text_rect = cell.adjusted(LABEL_MARGIN, 0, -LABEL_MARGIN, 0)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | horizontal, text)

    def _fitting(self, unit: Unit, start: int, fm: QFontMetricsF, room: float, upper: bool) -> str:
        for text in self._labels.candidates(unit, start, upper=upper):
            if fm.horizontalAdvance(text) <= room:
                return text
        return ""

    def _paint_today(self, p: QPainter, rect: QRectF, x0: float, scale: float) -> None:
        if self.today_x is None:
            return
        x = rect.left() + (self.today_x - x0) * scale
        if not rect.left() <= x <= rect.right():
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(TODAY))
        b = rect.bottom()
        p.drawPolygon(QPolygonF([QPointF(x - 6, b - 8), QPointF(x + 6, b - 8), QPointF(x, b)]))
