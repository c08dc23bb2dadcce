"""pyqtgraph items of the chart: one BarGraphItem per kind and colour fed only the lines near the view, one
scatter per deadline status, and two painters (background, bar labels) that touch visible lines only."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from widgets.gantt.layers import ACTUAL_LANE, MARKER_Y, Span
from widgets.gantt.palette import (
    BAR_TEXT,
    GRID_MAJOR,
    GRID_MINOR,
    GROUP_BAND,
    NON_WORKING,
    PENDING_TEXT,
    SELECTED,
    ZEBRA,
)
from widgets.gantt.state import GanttState
from widgets.gantt.timescale import day_runs, unit_for_scale, unit_starts, upper_unit

_EMPTY = np.empty(0)


def visible_lines(view: pg.ViewBox, n_lines: int) -> tuple[int, int]:
    """First and end (exclusive) display line at least partly in view."""
    (_, _), (y0, y1) = view.viewRange()
    return max(0, math.floor(y0)), min(n_lines, math.ceil(y1))


class BarLayer(pg.BarGraphItem):
    """Bars of one kind in one lane; holds a whole :class:`Span` but draws only a window of lines."""

    _bounds = QRectF()  # until the first load (the base class asks for bounds while it initialises)

    def __init__(self, lane: tuple[float, float], pen: QPen, brush: QBrush, z: float) -> None:
        super().__init__(x0=_EMPTY, x1=_EMPTY, y0=_EMPTY, y1=_EMPTY, pen=pen, brush=brush)
        self.lane = lane
        self.setZValue(z)

    def load(self, span: Span, first_line: int, end_line: int) -> None:
        sl = span.window(first_line, end_line)
        line = span.line[sl]
        x0, x1 = span.x0[sl], span.x1[sl]
        if x0.size:
            # Padded in data units (2 days, a tenth of a line: more than the 1 px cosmetic pen at any zoom), so
            # the bounds are fixed per window; pyqtgraph's pixel padding recomputed them several times a frame.
            self._bounds = QRectF(float(x0.min()) - 2, float(line[0]) - 0.1,
                                  float(x1.max() - x0.min()) + 4, float(line[-1] - line[0]) + 1.2)
        else:
            self._bounds = QRectF()
        self.setOpts(x0=x0, x1=x1, y0=line + self.lane[0], y1=line + self.lane[1])

    def boundingRect(self) -> QRectF:
        return self._bounds


class MarkerLayer(pg.ScatterPlotItem):
    """Deadline diamonds of one status, windowed like :class:`BarLayer`."""

    def __init__(self, pen: QPen, brush: QBrush, size: float, z: float) -> None:
        super().__init__(x=[], y=[], pen=pen, brush=brush, symbol="d", size=size, pxMode=True)
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the view box

    def load(self, span: Span, first_line: int, end_line: int) -> None:
        sl = span.window(first_line, end_line)
        self.setData(x=span.x0[sl], y=span.line[sl] + MARKER_Y)


class _ViewPainter(pg.GraphicsObject):
    """Base of items painted in device pixels over the visible part of the view only."""

    def __init__(self, state: GanttState, z: float) -> None:
        super().__init__()
        self.state = state
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return view.viewRect() if view is not None else QRectF()

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def _frame(self, p: QPainter) -> tuple[pg.ViewBox, float, float, float, float, int, int] | None:
        """Switch ``p`` to device pixels; returns view, x0, scale, y_top, row_px, first and end line."""
        view = self.getViewBox()
        if view is None or view.width() <= 0 or view.height() <= 0:
            return None
        (x0, x1), (y0, y1) = view.viewRange()
        if x1 <= x0 or y1 <= y0:
            return None
        origin = p.transform().map(QPointF(x0, y0))
        p.resetTransform()
        p.translate(origin)
        first, end = visible_lines(view, self.state.layout.n_lines)
        return view, x0, view.width() / (x1 - x0), y0, view.height() / (y1 - y0), first, end


class BackgroundItem(_ViewPainter):
    """Zebra lines, group header bands, the selected line, non-working days and the calendar grid."""

    def __init__(self, state: GanttState) -> None:
        super().__init__(state, z=-10)
        self.selected_row = -1

    def paint(self, p: QPainter, *args: object) -> None:
        frame = self._frame(p)
        if frame is None:
            return
        view, x0, scale, y0, row_px, first, end = frame
        width, height = view.width(), view.height()
        layout = self.state.layout
        sel_line = int(layout.row_line[self.selected_row]) if 0 <= self.selected_row < layout.row_line.size else -1
        for line in range(first, end):
            top = (line - y0) * row_px
            color = None
            if line == sel_line:
                color = SELECTED
            elif line in layout.headers:
                color = GROUP_BAND
            elif line % 2:
                color = ZEBRA
            if color is not None:
                p.fillRect(QRectF(0, top, width, row_px), QColor(color))
        x1 = x0 + width / scale
        if scale >= 4:
            shade = QColor(NON_WORKING)
            shade.setAlpha(150)
            for start, end in day_runs(self.state.non_working_between(math.floor(x0), math.ceil(x1))):
                p.fillRect(QRectF((start - x0) * scale, 0, (end - start) * scale, height), shade)
        lower = unit_for_scale(scale)
        upper = upper_unit(lower)
        for unit, color in ((lower, GRID_MINOR), (upper, GRID_MAJOR)):
            if unit is None:
                continue
            p.setPen(QPen(QColor(color), 0))
            for start in unit_starts(unit, x0, x1):
                x = round((start - x0) * scale) + 0.5
                p.drawLine(QPointF(x, 0), QPointF(x, height))


class LabelOverlay(_ViewPainter):
    """Stage names inside bars wide enough to hold them (visible lines only)."""

    def __init__(self, state: GanttState) -> None:
        super().__init__(state, z=5)
        self.font = QFont()
        self.font.setPixelSize(11)

    def paint(self, p: QPainter, *args: object) -> None:
        frame = self._frame(p)
        if frame is None:
            return
        view, x0, scale, y0, row_px, first, end = frame
        if row_px < 18:
            return
        arrays, layout = self.state.arrays, self.state.layout
        p.setFont(self.font)
        text_pen, pending_pen = QPen(QColor(BAR_TEXT)), QPen(QColor(PENDING_TEXT))
        fm = QFontMetricsF(self.font)
        lane_px = (ACTUAL_LANE[1] - ACTUAL_LANE[0]) * row_px
        width = view.width()
        actual_x1 = arrays.actual_x1
        today_end = float(self.state.today_x + 1)
        for line in range(first, end):
            row = int(layout.line_row[line])
            if row < 0:
                continue
            top = (line - y0) * row_px
            for b in range(int(arrays.bar_off[row]), int(arrays.bar_off[row + 1])):
                a0 = arrays.actual_x0[b]
                started = not math.isnan(a0)
                bx0 = a0 if started else arrays.planned_x0[b]
                bx1 = (today_end if math.isnan(actual_x1[b]) else actual_x1[b]) if started else arrays.planned_x1[b]
                left, right = max((bx0 - x0) * scale, 0.0), min((bx1 - x0) * scale, width)
                text = arrays.rows[row].stages[b - int(arrays.bar_off[row])].label
                if right - left < fm.horizontalAdvance(text) + 6:
                    continue
                # A stage not started yet has an empty actual lane: its name goes there, in grey.
                p.setPen(text_pen if started else pending_pen)
                rect = QRectF(left + 3, top + ACTUAL_LANE[0] * row_px, right - left - 6, lane_px)
                p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
