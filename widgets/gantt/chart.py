"""The time-chart half of the Gantt: a pyqtgraph plot whose x is day numbers and y display lines (row 0 on top).

The chart owns the horizontal view (left day, pixels per day); the vertical offset belongs to the composite view,
which keeps the table and the chart on the same line and asks the chart to follow (``set_y_offset``).
"""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPen
from PySide6.QtWidgets import QFrame, QGraphicsSceneWheelEvent, QWidget
from pyqtgraph.GraphicsScene.mouseEvents import HoverEvent, MouseClickEvent, MouseDragEvent

from widgets.gantt.axis import DateAxis
from widgets.gantt.data import Status
from widgets.gantt.dragging import PlannedDrag
from widgets.gantt.hittest import Hit, hit_test
from widgets.gantt.items import BackgroundItem, BarLayer, LabelOverlay, MarkerLayer
from widgets.gantt.layers import ACTUAL_LANE, PAUSED, PAUSED_LANE, PLANNED, PLANNED_LANE, actual_key, marker_key
from widgets.gantt.palette import (
    MARKER_EDGE,
    PAUSED_HATCH,
    PLANNED_EDGE,
    PLANNED_FILL,
    STATUS_EDGE,
    STATUS_FILL,
    TODAY,
)
from widgets.gantt.state import GanttState
from widgets.gantt.texts import date_labels, marker_tooltip, pause_tooltip, row_tooltip, stage_tooltip
from widgets.gantt.zoom import SCALE, ZoomLevel, step

WHEEL_NOTCH = 120
TODAY_AT = 0.3  # "today" puts the current day this far from the left edge


class GanttViewBox(pg.ViewBox):
    """Routes pointer input to the chart; pyqtgraph's own pan/zoom would move y, which the table must follow."""

    def __init__(self, chart: GanttChart) -> None:
        super().__init__(enableMenu=False, invertY=True, defaultPadding=0.0)
        self.setMouseEnabled(False, False)
        self._chart = chart

    def mouseClickEvent(self, ev: MouseClickEvent) -> None:
        self._chart.on_click(ev)

    def mouseDragEvent(self, ev: MouseDragEvent, axis: int | None = None) -> None:
        self._chart.on_drag(ev)

    def wheelEvent(self, ev: QGraphicsSceneWheelEvent, axis: int | None = None) -> None:
        self._chart.on_wheel(ev)

    def hoverEvent(self, ev: HoverEvent) -> None:
        self._chart.on_hover(ev)


class GanttChart(pg.PlotWidget):
    sig_scroll_by = Signal(float)  # vertical pixels the user asked to scroll (wheel, drag, keys)
    sig_row_clicked = Signal(int)  # row index
    sig_planned_dragged = Signal(int, int)  # stage bar index, days moved
    sig_scale_changed = Signal(float)

    def __init__(self, state: GanttState, row_height: int, header_height: int, parent: QWidget | None = None) -> None:
        self._vb = GanttViewBox(self)
        self.axis = DateAxis(header_height, date_labels())
        super().__init__(parent, background="w", viewBox=self._vb, axisItems={"top": self.axis})
        self.state = state
        self.row_height = row_height
        self.editable = True
        self.x_left = float(state.today_x) - 14.0
        self.scale = SCALE[ZoomLevel.WEEK]
        self.y_offset = 0.0
        # Day to put at TODAY_AT once the view has a width (it has none before it is first laid out).
        self._pending_day: float | None = state.today_x + 0.5
        self._window = (0, 0)
        self._wheel_zoom = 0
        self._panning = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.showAxis("top")
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.layout.setContentsMargins(0, 0, 0, 0)
        self._vb.disableAutoRange()
        self._build_items()
        self.drag = PlannedDrag(self._vb, state)
        self._vb.sigResized.connect(self.apply_range)

    def _build_items(self) -> None:
        def pen(color: str, width: float = 1.0) -> QPen:
            p = pg.mkPen(color, width=width)
            p.setCosmetic(True)
            return p

        self.layers: dict[str, BarLayer | MarkerLayer] = {
            PLANNED: BarLayer(PLANNED_LANE, pen(PLANNED_EDGE), QBrush(QColor(PLANNED_FILL)), z=1),
            PAUSED: BarLayer(PAUSED_LANE, pen(PAUSED_HATCH), QBrush(QColor(PAUSED_HATCH), Qt.BrushStyle.BDiagPattern), z=3),
        }
        for status in Status:
            self.layers[actual_key(status)] = BarLayer(
                ACTUAL_LANE, pen(STATUS_EDGE[status]), QBrush(QColor(STATUS_FILL[status])), z=2
            )
            self.layers[marker_key(status)] = MarkerLayer(
                pen(MARKER_EDGE), QBrush(QColor(STATUS_FILL[status])), size=12, z=4
            )
        self.background = BackgroundItem(self.state)
        self.labels = LabelOverlay(self.state)
        dash = pen(TODAY, 2)
        dash.setStyle(Qt.PenStyle.DashLine)
        self.today_line = pg.InfiniteLine(pos=self.state.today_x + 0.5, angle=90, pen=dash, movable=False)
        self.today_line.setZValue(6)
        self.today_line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        for item in [*self.layers.values(), self.background, self.labels, self.today_line]:
            self._vb.addItem(item, ignoreBounds=True)

    # --- view state -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Take the state's new layers (after rows, grouping, filter or today changed)."""
        self.today_line.setPos(self.state.today_x + 0.5)
        self.axis.today_x = self.state.today_x + 0.5
        self._load_window(force=True)
        self.background.update()
        self.labels.update()
        self.axis.update()

    def apply_range(self) -> None:
        w, h = self._vb.width(), self._vb.height()
        if w <= 0 or h <= 0:
            return
        if self._pending_day is not None:
            self.x_left = self._pending_day - TODAY_AT * w / self.scale
            self._pending_day = None
        y0 = self.y_offset / self.row_height
        self._vb.setRange(
            xRange=(self.x_left, self.x_left + w / self.scale),
            yRange=(y0, y0 + h / self.row_height),
            padding=0.0,
        )
        self._load_window()

    def _load_window(self, force: bool = False) -> None:
        h = max(self._vb.height(), 1.0)
        first = int(self.y_offset // self.row_height)
        end = first + int(math.ceil(h / self.row_height)) + 1
        w0, w1 = self._window
        if not force and w0 <= first and end <= w1:
            return
        margin = max(end - first, 20)
        self._window = (max(0, first - margin), end + margin)
        for key, item in self.layers.items():
            item.load(self.state.layers[key], *self._window)

    def set_y_offset(self, pixels: float) -> None:
        self.y_offset = float(pixels)
        self.apply_range()

    def set_scale(self, scale: float, anchor_x: float | None = None) -> None:
        """Zoom to ``scale`` px/day keeping ``anchor_x`` (a day number) where it is on screen."""
        w = self._vb.width()
        if w > 0 and self._pending_day is None:
            if anchor_x is None:
                anchor_x = self._default_anchor()
            frac = (anchor_x - self.x_left) * self.scale / w
            self.x_left = anchor_x - frac * w / scale
        self.scale = scale
        self.apply_range()
        self.sig_scale_changed.emit(scale)

    def _default_anchor(self) -> float:
        """Buttons and keys zoom around today while it is in view, else around the centre."""
        first, last = self.visible_days()
        today = self.state.today_x + 0.5
        return today if first <= today <= last else (first + last) / 2

    def zoom_steps(self, steps: int, anchor_x: float | None = None) -> None:
        self.set_scale(step(self.scale, steps), anchor_x)

    def pan_days(self, days: float) -> None:
        self.x_left += days
        self.apply_range()

    def go_to_day(self, x: float) -> None:
        """Put day number ``x`` at the "today" position of the view."""
        self._pending_day = x
        self.apply_range()

    def show_days(self, first: float, last: float) -> None:
        """Fit ``[first, last)`` to the width (used by export)."""
        self._pending_day = None
        w = max(self._vb.width(), 1.0)
        self.scale = w / max(last - first, 1.0)
        self.x_left = first
        self.apply_range()

    def visible_days(self) -> tuple[float, float]:
        return self.x_left, self.x_left + self._vb.width() / self.scale

    def page_days(self) -> float:
        return self._vb.width() / self.scale

    def view_height(self) -> float:
        return self._vb.height()

    # --- geometry helpers (tests and the composite view use them) ---------------------------------------------

    def viewport_pos(self, x: float, y: float) -> QPoint:
        """Viewport pixel of view coordinates (day number, line)."""
        scene = self._vb.mapViewToScene(QPointF(x, y))
        return self.mapFromScene(scene)

    def hit_at_scene(self, scene_pos: QPointF) -> Hit | None:
        p = self._vb.mapSceneToView(scene_pos)
        return hit_test(self.state.arrays, self.state.layout, p.x(), p.y(), self.scale, self.state.today_x)

    def tooltip_for(self, hit: Hit | None) -> str:
        if hit is None or hit.row < 0:
            return ""
        arrays = self.state.arrays
        row = arrays.rows[hit.row]
        if hit.kind == "stage":
            text = stage_tooltip(row, row.stages[hit.index - int(arrays.bar_off[hit.row])])
        elif hit.kind == "marker":
            text = marker_tooltip(row, row.deadlines[hit.index - int(arrays.mark_off[hit.row])])
        else:
            text = row_tooltip(row)
        if hit.pause >= 0:
            text += "\n" + pause_tooltip(row.paused[hit.pause - int(arrays.pause_off[hit.row])])
        return text

    # --- input ------------------------------------------------------------------------------------------------

    def on_click(self, ev: MouseClickEvent) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        ev.accept()
        self.setFocus()
        hit = self.hit_at_scene(ev.scenePos())
        if hit is not None and hit.row >= 0:
            self.sig_row_clicked.emit(hit.row)

    def on_drag(self, ev: MouseDragEvent) -> None:
        ev.accept()
        if ev.isStart():
            self.setFocus()
            hit = self.hit_at_scene(ev.buttonDownScenePos())
            grab = (
                self.editable
                and ev.button() == Qt.MouseButton.LeftButton
                and hit is not None
                and hit.kind == "stage"
                and hit.planned_zone
            )
            self._panning = not grab
            if grab:
                self.drag.start(hit.index, self._vb.mapSceneToView(ev.buttonDownScenePos()).x())
        if self._panning:
            d = ev.scenePos() - ev.lastScenePos()
            if d.x():
                self.pan_days(-d.x() / self.scale)
            if d.y():
                self.sig_scroll_by.emit(-d.y())
            if ev.isFinish():
                self._panning = False
            return
        self.drag.move(self._vb.mapSceneToView(ev.scenePos()).x())
        if ev.isFinish():
            bar, days = self.drag.finish()
            if days:
                self.sig_planned_dragged.emit(bar, days)

    def on_wheel(self, ev: QGraphicsSceneWheelEvent) -> None:
        ev.accept()
        delta = ev.delta()
        mods = ev.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            self._wheel_zoom += delta
            steps = int(self._wheel_zoom / WHEEL_NOTCH)
            if steps:
                self._wheel_zoom -= steps * WHEEL_NOTCH
                anchor = self._vb.mapSceneToView(ev.scenePos()).x()
                self.zoom_steps(steps, anchor)
        elif ev.orientation() == Qt.Orientation.Horizontal or mods & Qt.KeyboardModifier.ShiftModifier:
            self.pan_days(-delta / WHEEL_NOTCH * self.page_days() / 8)
        else:
            self.sig_scroll_by.emit(-delta / WHEEL_NOTCH * 3 * self.row_height)

    def on_hover(self, ev: HoverEvent) -> None:
        if ev.isExit():
            self._vb.setToolTip("")
            self._vb.unsetCursor()
            return
        hit = self.hit_at_scene(ev.scenePos())
        self._vb.setToolTip(self.tooltip_for(hit))
        if self.editable and hit is not None and hit.kind == "stage" and hit.planned_zone:
            self._vb.setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self._vb.unsetCursor()

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        key, mods = ev.key(), ev.modifiers()
        page = self.page_days()
        K = Qt.Key
        if key in (K.Key_Plus, K.Key_Equal):
            self.zoom_steps(1)
        elif key in (K.Key_Minus, K.Key_Underscore):
            self.zoom_steps(-1)
        elif key == K.Key_Left:
            self.pan_days(-page / 8)
        elif key == K.Key_Right:
            self.pan_days(page / 8)
        elif key == K.Key_Up:
            self.sig_scroll_by.emit(-self.row_height)
        elif key == K.Key_Down:
            self.sig_scroll_by.emit(self.row_height)
        elif key in (K.Key_PageUp, K.Key_PageDown):
            sign = -1 if key == K.Key_PageUp else 1
            if mods & Qt.KeyboardModifier.AltModifier:
                self.pan_days(sign * page)
            else:
                self.sig_scroll_by.emit(sign * max(self.view_height() - self.row_height, self.row_height))
        elif key == K.Key_Home:
            self.go_to_day(self.state.today_x + 0.5)
        elif key == K.Key_Escape and self.drag.active:
            self.drag.cancel()
        else:
            super().keyPressEvent(ev)
            return
        ev.accept()
