"""Dragging a planned bar sideways: a dashed preview and its new dates follow the pointer in whole days; the
chart reports the move on release and the composite view applies it (the caller may revert it later)."""
from __future__ import annotations

from datetime import timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from widgets.gantt.data import from_day_number
from widgets.gantt.layers import PLANNED_LANE
from widgets.gantt.palette import PLANNED_EDGE
from widgets.gantt.state import GanttState


class PlannedDrag:
    def __init__(self, view: pg.ViewBox, state: GanttState) -> None:
        self.state = state
        pen = pg.mkPen(PLANNED_EDGE, width=2, style=Qt.PenStyle.DashLine)
        fill = QColor(PLANNED_EDGE)
        fill.setAlpha(60)
        self.preview = pg.BarGraphItem(x0=[0.0], x1=[1.0], y0=[0.0], y1=[1.0], pen=pen, brush=QBrush(fill))
        self.label = pg.TextItem(anchor=(0, 1), color="#FFFFFF", fill=pg.mkBrush("#3C3C3CE0"))
        for item in (self.preview, self.label):
            item.setZValue(20)
            item.setVisible(False)
            view.addItem(item, ignoreBounds=True)
        self.active = False
        self.cancelled = False
        self.bar = -1
        self.days = 0
        self._x_start = 0.0

    def start(self, bar: int, x: float) -> None:
        self.bar, self._x_start, self.days = bar, x, 0
        self.active, self.cancelled = True, False
        self._draw()

    def move(self, x: float) -> None:
        if not self.active or self.cancelled:
            return
        days = int(np.round(x - self._x_start))
        if days != self.days:
            self.days = days
            self._draw()

    def finish(self) -> tuple[int, int]:
        moved = 0 if self.cancelled or not self.active else self.days
        self.active = False
        self._hide()
        return self.bar, moved

    def cancel(self) -> None:
        self.cancelled = True
        self._hide()

    def _hide(self) -> None:
        self.preview.setVisible(False)
        self.label.setVisible(False)

    def _draw(self) -> None:
        arrays = self.state.arrays
        line = int(self.state.layout.row_line[arrays.bar_row[self.bar]])
        x0 = float(arrays.planned_x0[self.bar]) + self.days
        x1 = float(arrays.planned_x1[self.bar]) + self.days
        self.preview.setOpts(x0=[x0], x1=[x1], y0=[line + PLANNED_LANE[0]], y1=[line + PLANNED_LANE[1]])
        start = from_day_number(x0)
        end = from_day_number(x1) - timedelta(days=1)
        sign = "+" if self.days >= 0 else "−"
        self.label.setText(f"{start.isoformat()} – {end.isoformat()}  ({sign}{abs(self.days)})")
        self.label.setPos(x0, line + PLANNED_LANE[0])
        self.preview.setVisible(True)
        self.label.setVisible(True)
