"""GanttView: the reusable Gantt of in-progress projects (toolbar, frozen left table, time chart, legend).

Fed plain :class:`~widgets.gantt.data.ProjectRow` values; reports what the user did by signal and never saves
anything itself. A planned bar dragged to new dates is applied on screen at once and reported with
``sig_planned_moved``; the caller saves it and, if saving fails, puts the old row back with :meth:`update_row`.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from widgets.gantt.chart import GanttChart
from widgets.gantt.data import FLAGS_COLUMN, LABEL_COLUMN, STATUS_COLUMN, GanttColumn, ProjectRow, from_day_number
from widgets.gantt.legend import GanttLegend
from widgets.gantt.state import GanttState
from widgets.gantt.table import GanttTable, GanttTableModel
from widgets.gantt.texts import date_labels
from widgets.gantt.zoom import ORDER, SCALE, ZoomLevel, level_of

TOUCH_BUTTON = (44, 34)  # minimum size of toolbar buttons, in pixels, so a finger can hit them


class GanttView(QWidget):
    sig_project_activated = Signal(int)  # project id, on a click on its line or bar (or Enter in the table)
    sig_planned_moved = Signal(int, str, object, object)  # project id, stage key, new start, new end (dates)
    sig_zoom_changed = Signal(object)  # ZoomLevel, or None for a scale between levels

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        columns: Sequence[GanttColumn] | None = None,
        group_options: Sequence[tuple[str, str]] = (),
        today: date | None = None,
        row_height: int = 32,
        header_height: int = 48,
        editable: bool = True,
        show_toolbar: bool = True,
    ) -> None:
        super().__init__(parent)
        self.state = GanttState(today or date.today())
        self.row_height = row_height
        self.header_height = header_height
        self._selected_id: int | None = None
        self._group_options = list(group_options)
        self.model = GanttTableModel(self.state, columns or self.default_columns())
        self.table = GanttTable(self.model, row_height, header_height)
        self.chart = GanttChart(self.state, row_height, header_height)
        self.chart.editable = editable
        self.vbar = QScrollBar(Qt.Orientation.Vertical)
        self.legend = GanttLegend()
        self.toolbar = self._build_toolbar()
        self.toolbar.setVisible(show_toolbar)
        self._build_layout(header_height)
        self._connect()
        self.retranslate()
        self._sync_zoom_buttons(self.chart.scale)

    def default_columns(self) -> list[GanttColumn]:
        return [
            GanttColumn(LABEL_COLUMN, self.tr("项目"), 220),
            GanttColumn(STATUS_COLUMN, self.tr("状态"), 76),
            GanttColumn(FLAGS_COLUMN, self.tr("标记"), 72),
        ]

    # --- construction -----------------------------------------------------------------------------------------

    def _build_toolbar(self) -> QWidget:
        bar = QWidget()
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(6, 4, 6, 4)
        self._zoom_label = QLabel()
        lay.addWidget(self._zoom_label)
        self.zoom_buttons: dict[ZoomLevel, QToolButton] = {}
        self._zoom_group = QButtonGroup(self)
        self._zoom_group.setExclusive(False)  # a scale between levels leaves every button up
        for level in ORDER:
            button = QToolButton()
            button.setCheckable(True)
            button.setMinimumSize(*TOUCH_BUTTON)
            button.clicked.connect(lambda _=False, lv=level: self.set_zoom(lv))
            self._zoom_group.addButton(button)
            self.zoom_buttons[level] = button
            lay.addWidget(button)
        self.today_button = QToolButton()
        self.today_button.setMinimumSize(*TOUCH_BUTTON)
        self.today_button.clicked.connect(self.go_to_today)
        lay.addSpacing(12)
        lay.addWidget(self.today_button)
        lay.addStretch(1)
        self._group_label = QLabel()
        self.group_combo = QComboBox()
        self.group_combo.setMinimumHeight(TOUCH_BUTTON[1])
        self.group_combo.currentIndexChanged.connect(self._on_group_combo)
        lay.addWidget(self._group_label)
        lay.addWidget(self.group_combo)
        has_groups = bool(self._group_options)
        self._group_label.setVisible(has_groups)
        self.group_combo.setVisible(has_groups)
        return bar

    def _build_layout(self, header_height: int) -> None:
        chart_box = QWidget()
        row = QHBoxLayout(chart_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.chart, 1)
        bar_column = QVBoxLayout()
        bar_column.setContentsMargins(0, 0, 0, 0)
        bar_column.addSpacing(header_height)  # the scroll bar runs beside the lines, not the date header
        bar_column.addWidget(self.vbar, 1)
        row.addLayout(bar_column)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.table.columns_width(), 800])
        main = QVBoxLayout(self)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        main.addWidget(self.toolbar)
        main.addWidget(self.splitter, 1)
        main.addWidget(self.legend)

    def _connect(self) -> None:
        self.vbar.valueChanged.connect(self._on_vscroll)
        self.table.verticalScrollBar().valueChanged.connect(self.vbar.setValue)
        self.chart.sig_scroll_by.connect(lambda d: self.vbar.setValue(self.vbar.value() + round(d)))
        self.chart.sig_row_clicked.connect(self._activate_row)
        self.chart.sig_planned_dragged.connect(self._on_planned_dragged)
        self.chart.sig_scale_changed.connect(self._sync_zoom_buttons)
        self.chart.getPlotItem().vb.sigResized.connect(self._update_vbar_range)
        self.table.sig_line_activated.connect(self._on_table_line)

    def retranslate(self) -> None:
        self._zoom_label.setText(self.tr("缩放"))
        names = {ZoomLevel.DAY: self.tr("日"), ZoomLevel.WEEK: self.tr("周"), ZoomLevel.MONTH: self.tr("月"),
                 ZoomLevel.QUARTER: self.tr("季")}
        tips = {ZoomLevel.DAY: self.tr("按日显示"), ZoomLevel.WEEK: self.tr("按周显示"),
                ZoomLevel.MONTH: self.tr("按月显示"), ZoomLevel.QUARTER: self.tr("按季度显示")}
        for level, button in self.zoom_buttons.items():
            button.setText(names[level])
            button.setToolTip(tips[level] + self.tr("（Ctrl+滚轮 或 +/- 缩放）"))
        self.today_button.setText(self.tr("今天"))
        self.today_button.setToolTip(self.tr("回到今天（Home）"))
        self._group_label.setText(self.tr("分组"))
        current = self.group_combo.currentIndex()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("不分组"), None)
        for key, title in self._group_options:
            self.group_combo.addItem(title, key)
        self.group_combo.setCurrentIndex(max(current, 0))
        self.group_combo.blockSignals(False)
        self.chart.axis.set_labels(date_labels())
        self.legend.retranslate()

    def changeEvent(self, ev: QEvent) -> None:
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(ev)

    # --- data -------------------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ProjectRow], mask: np.ndarray | None = None) -> None:
        """Show ``rows`` (optionally filtered by a boolean ``mask`` over them); ids must be unique."""
        self.state.set_rows(rows, mask)
        self._layout_changed()

    def update_row(self, project_id: int, row: ProjectRow) -> None:
        """Replace one project's row (apply or revert a save): patches that line unless its group or the kinds of
        its marks changed."""
        if self.state.update_row(project_id, row):
            self._layout_changed()
            return
        self.model.line_changed(int(self.state.layout.row_line[self.state.arrays.index_of[row.id]]))
        self.chart.reload()

    def rows(self) -> list[ProjectRow]:
        return list(self.state.rows)

    def set_filter(self, mask: np.ndarray | None) -> None:
        """Hide the rows where ``mask`` (one bool per row, in ``set_rows`` order) is False; None shows all."""
        self.state.set_mask(mask)
        self._layout_changed()

    def set_group_by(self, key: str | None) -> None:
        """Group lines under headers by ``row.groups[key]``; None for no grouping."""
        self.state.set_group_by(key)
        index = self.group_combo.findData(key) if key else 0
        if index >= 0 and index != self.group_combo.currentIndex():
            self.group_combo.blockSignals(True)
            self.group_combo.setCurrentIndex(index)
            self.group_combo.blockSignals(False)
        self._layout_changed()

    def set_columns(self, columns: Sequence[GanttColumn]) -> None:
        self.model.set_columns(columns)
        self.splitter.setSizes([self.table.columns_width(), max(self.width() - self.table.columns_width(), 200)])

    def set_today(self, today: date) -> None:
        self.state.set_today(today)
        self.chart.reload()

    def today(self) -> date:
        return from_day_number(self.state.today_x)

    def set_non_working_days(self, days: Iterable[date] | None) -> None:
        """Days shaded as non-working (statutory holidays, weekends not made workdays); None shades weekends."""
        self.state.set_non_working_days(days)
        self.chart.background.update()

    def set_editable(self, editable: bool) -> None:
        self.chart.editable = editable

    def _layout_changed(self) -> None:
        self.model.reset()
        # Row indices may mean other projects now: the selection is kept by project id.
        self._select_row(self.state.arrays.index_of.get(self._selected_id, -1) if self._selected_id is not None else -1)
        self._update_vbar_range()
        self.chart.reload()
        self.chart.apply_range()

    # --- view -------------------------------------------------------------------------------------------------

    def set_zoom(self, level: ZoomLevel | str) -> None:
        self.chart.set_scale(SCALE[ZoomLevel(level)])

    def zoom_level(self) -> ZoomLevel | None:
        return level_of(self.chart.scale)

    def zoom_in(self) -> None:
        self.chart.zoom_steps(1)

    def zoom_out(self) -> None:
        self.chart.zoom_steps(-1)

    def go_to_today(self) -> None:
        self.chart.go_to_day(self.state.today_x + 0.5)

    def go_to_project(self, project_id: int) -> None:
        """Scroll so the project's line is in view (near the top)."""
        row = self.state.arrays.index_of.get(project_id, -1)
        line = int(self.state.layout.row_line[row]) if row >= 0 else -1
        if line >= 0:
            self.vbar.setValue(max(0, (line - 2) * self.row_height))

    def visible_date_range(self) -> tuple[date, date]:
        """First and last day (inclusive) at least partly in view."""
        x0, x1 = self.chart.visible_days()
        return from_day_number(np.floor(x0)), from_day_number(np.ceil(x1) - 1)

    def selected_project(self) -> int | None:
        """Id of the project last activated, while it is still in the rows."""
        return self._selected_id if self._selected_id in self.state.arrays.index_of else None

    def _update_vbar_range(self) -> None:
        h = int(self.chart.view_height())
        total = self.state.layout.n_lines * self.row_height
        self.vbar.setRange(0, max(0, total - h))
        self.vbar.setPageStep(max(h, self.row_height))
        self.vbar.setSingleStep(self.row_height)

    def _on_vscroll(self, value: int) -> None:
        self.chart.set_y_offset(value)
        self.table.verticalScrollBar().setValue(value)

    def _sync_zoom_buttons(self, scale: float) -> None:
        level = level_of(scale)
        for lv, button in self.zoom_buttons.items():
            button.setChecked(lv == level)
        self.sig_zoom_changed.emit(level)

    def _on_group_combo(self, index: int) -> None:
        self.set_group_by(self.group_combo.itemData(index))

    # --- activation and editing -------------------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        if row >= 0:
            self._selected_id = int(self.state.arrays.ids[row])
        self.chart.background.selected_row = row
        self.chart.background.update()
        line = int(self.state.layout.row_line[row]) if row >= 0 else -1
        if line >= 0:
            self.table.selectRow(line)
        else:
            self.table.clearSelection()

    def _activate_row(self, row: int) -> None:
        self._select_row(row)
        self.sig_project_activated.emit(int(self.state.arrays.ids[row]))

    def _on_table_line(self, line: int) -> None:
        row = int(self.state.layout.line_row[line]) if 0 <= line < self.state.layout.n_lines else -1
        if row >= 0:
            self._activate_row(row)

    def _on_planned_dragged(self, bar: int, days: int) -> None:
        arrays = self.state.arrays
        row_index = int(arrays.bar_row[bar])
        row = arrays.rows[row_index]
        k = bar - int(arrays.bar_off[row_index])
        stage = row.stages[k]
        moved = replace(
            stage,
            planned_start=stage.planned_start + timedelta(days=days),
            planned_end=stage.planned_end + timedelta(days=days),
        )
        self.update_row(row.id, replace(row, stages=row.stages[:k] + (moved,) + row.stages[k + 1:]))
        self.sig_planned_moved.emit(row.id, stage.stage_key, moved.planned_start, moved.planned_end)
