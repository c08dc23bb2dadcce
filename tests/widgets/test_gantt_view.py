"""GanttView driven like a user would: real widget offscreen, clicks and keys through QTest."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from widgets.gantt import GanttView, ZoomLevel
from widgets.gantt.data import from_day_number
from widgets.gantt.demo import DEMO_COLUMNS, DEMO_GROUPS, demo_rows
from widgets.gantt.layers import PLANNED, PLANNED_LANE

TODAY = date(2024, 6, 3)
N = 300


@pytest.fixture
def rows():  # type: ignore[no-untyped-def]
    return demo_rows(N, TODAY, seed=11)


@pytest.fixture
def view(qtbot, rows):  # type: ignore[no-untyped-def]
    v = GanttView(columns=DEMO_COLUMNS, group_options=DEMO_GROUPS, today=TODAY)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.set_rows(rows)
    v.show()
    qtbot.waitExposed(v)
    return v


def _visible_started_stage(view: GanttView) -> tuple[int, int]:
    """(row index, stage bar index) of a started stage on one of the first visible lines."""
    a = view.state.arrays
    for line in range(2, 12):
        row = int(view.state.layout.line_row[line])
        if row < 0:
            continue
        for b in range(int(a.bar_off[row]), int(a.bar_off[row + 1])):
            if not np.isnan(a.actual_x0[b]) and a.planned_x1[b] - a.planned_x0[b] >= 5:
                return row, b
    raise AssertionError("no started stage near the top")


def _center_on(view: GanttView, x: float) -> None:
    view.chart.go_to_day(x)
    QApplication.processEvents()


def test_build_shows_every_line_but_draws_only_a_window(view: GanttView, rows) -> None:  # type: ignore[no-untyped-def]
    assert view.model.rowCount() == N
    assert view.model.columnCount() == len(DEMO_COLUMNS)
    planned = view.chart.layers[PLANNED]
    assert 0 < len(planned.opts["x0"]) < 6 * N  # only lines near the view are handed to pyqtgraph
    assert view.model.data(view.model.index(0, 0)) == rows[0].label


def test_grouping_inserts_header_lines_spanning_the_table(view: GanttView, rows) -> None:  # type: ignore[no-untyped-def]
    managers = {r.groups["manager"] for r in rows}
    view.set_group_by("manager")
    assert view.model.rowCount() == N + len(managers)
    header = view.model.data(view.model.index(0, 0))
    assert rows[0].groups["manager"] in header
    assert view.table.columnSpan(0, 0) == len(DEMO_COLUMNS)
    assert view.group_combo.currentData() == "manager"
    view.group_combo.setCurrentIndex(view.group_combo.findData("segment"))
    assert view.state.group_by == "segment"
    assert view.model.rowCount() == N + len({r.groups["segment"] for r in rows})


def test_filter_mask_hides_rows(view: GanttView) -> None:
    mask = np.zeros(N, bool)
    mask[::3] = True
    view.set_filter(mask)
    assert view.model.rowCount() == mask.sum()
    view.set_filter(None)
    assert view.model.rowCount() == N


def test_zoom_levels_change_the_visible_range(view: GanttView) -> None:
    spans = {}
    for level in ZoomLevel:
        view.set_zoom(level)
        first, last = view.visible_date_range()
        spans[level] = (last - first).days
        assert view.zoom_buttons[level].isChecked()
        assert first <= TODAY <= last  # zooming keeps today in view
    assert spans[ZoomLevel.DAY] < spans[ZoomLevel.WEEK] < spans[ZoomLevel.MONTH] < spans[ZoomLevel.QUARTER]
    assert 15 <= spans[ZoomLevel.DAY] <= 30
    assert spans[ZoomLevel.QUARTER] > 600


def test_ctrl_wheel_and_plus_minus_zoom_plain_wheel_scrolls(qtbot, view: GanttView) -> None:  # type: ignore[no-untyped-def]
    view.set_zoom(ZoomLevel.MONTH)
    chart = view.chart
    pos = QPointF(chart.viewport().width() / 2, 300)
    event = QWheelEvent(pos, QPointF(chart.viewport().mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(chart.viewport(), event)
    assert view.zoom_level() is ZoomLevel.WEEK
    plain = QWheelEvent(pos, QPointF(chart.viewport().mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(chart.viewport(), plain)
    assert view.vbar.value() == 3 * view.row_height  # a plain wheel notch scrolls three lines
    assert view.zoom_level() is ZoomLevel.WEEK
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert view.zoom_level() is ZoomLevel.MONTH
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    assert view.zoom_level() is ZoomLevel.WEEK


def test_keyboard_pans_time_and_pages_lines(qtbot, view: GanttView) -> None:  # type: ignore[no-untyped-def]
    chart = view.chart
    chart.setFocus()
    first, _ = view.visible_date_range()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert view.visible_date_range()[0] > first
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    x0, x1 = chart.visible_days()
    assert abs((chart.state.today_x + 0.5 - x0) / (x1 - x0) - 0.3) < 0.01
    qtbot.keyClick(chart, Qt.Key.Key_PageDown)
    assert view.vbar.value() > 0
    assert view.table.verticalScrollBar().value() == view.vbar.value()
    assert chart.getPlotItem().vb.viewRange()[1][0] == pytest.approx(view.vbar.value() / view.row_height)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_PageUp)
    assert view.vbar.value() == view.row_height
    before = view.visible_date_range()[0]
    qtbot.keyClick(chart, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert (view.visible_date_range()[0] - before).days >= 60  # a screen of weeks


def test_table_and_chart_lines_stay_aligned_when_scrolled(view: GanttView) -> None:
    view.set_group_by("manager")
    view.vbar.setValue(37 * view.row_height + 11)
    QApplication.processEvents()
    for line in (40, 45):
        rect = view.table.visualRect(view.model.index(line, 1))
        table_y = view.table.viewport().mapToGlobal(rect.center()).y()
        x = view.chart.visible_days()[0] + 1
        chart_y = view.chart.viewport().mapToGlobal(view.chart.viewport_pos(x, line + 0.5)).y()
        assert abs(table_y - chart_y) <= 1


def test_click_on_a_bar_emits_the_project_id(qtbot, view: GanttView) -> None:  # type: ignore[no-untyped-def]
    a = view.state.arrays
    row, bar = _visible_started_stage(view)
    x = float(a.actual_x0[bar]) + 0.5
    _center_on(view, x)
    line = int(view.state.layout.row_line[row])
    pos = view.chart.viewport_pos(x, line + 0.35)
    with qtbot.waitSignal(view.sig_project_activated, timeout=2000) as blocker:
        qtbot.mouseClick(view.chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [int(a.ids[row])]
    assert view.selected_project() == int(a.ids[row])
    assert view.table.selectionModel().isRowSelected(line)


def test_click_on_a_table_line_emits_the_project_id(qtbot, view: GanttView, rows) -> None:  # type: ignore[no-untyped-def]
    view.set_group_by("segment")
    line = 3
    row = int(view.state.layout.line_row[line])
    rect = view.table.visualRect(view.model.index(line, 0))
    with qtbot.waitSignal(view.sig_project_activated, timeout=2000) as blocker:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [rows[row].id]
    with qtbot.assertNotEmitted(view.sig_project_activated):
        header = view.table.visualRect(view.model.index(0, 0))
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=header.center())
    view.table.setCurrentIndex(view.model.index(line + 1, 0))
    with qtbot.waitSignal(view.sig_project_activated, timeout=2000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [rows[int(view.state.layout.line_row[line + 1])].id]


def test_drag_planned_bar_emits_new_dates_and_applies_them(qtbot, view: GanttView, rows) -> None:  # type: ignore[no-untyped-def]
    view.set_zoom(ZoomLevel.DAY)
    a = view.state.arrays
    row, bar = _visible_started_stage(view)
    stage = rows[row].stages[bar - int(a.bar_off[row])]
    x = float(a.planned_x0[bar]) + 2.5
    _center_on(view, x)
    line = int(view.state.layout.row_line[row])
    y = line + (PLANNED_LANE[0] + PLANNED_LANE[1]) / 2
    vp = view.chart.viewport()
    start = view.chart.viewport_pos(x, y)
    end = view.chart.viewport_pos(x + 3, y)
    with qtbot.waitSignal(view.sig_planned_moved, timeout=2000) as blocker:
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
        for i in range(1, 6):
            qtbot.mouseMove(vp, start + (end - start) * (i / 5))
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    new_start = stage.planned_start + timedelta(days=3)
    new_end = stage.planned_end + timedelta(days=3)
    assert blocker.args == [rows[row].id, stage.stage_key, new_start, new_end]
    shown = view.rows()[row].stages[bar - int(a.bar_off[row])]
    assert (shown.planned_start, shown.planned_end) == (new_start, new_end)
    assert from_day_number(view.state.arrays.planned_x0[bar]) == new_start
    view.update_row(rows[row].id, rows[row])  # the caller's save failed: revert
    assert view.rows()[row] == rows[row]
    assert from_day_number(view.state.arrays.planned_x0[bar]) == stage.planned_start


def test_drag_on_empty_space_pans_instead(qtbot, view: GanttView) -> None:  # type: ignore[no-untyped-def]
    vp = view.chart.viewport()
    a = view.state.arrays
    # Find an empty spot: a line and x with no bar, marker or pause within reach.
    x0, x1 = view.chart.visible_days()
    spot = None
    for line in range(1, 15):
        for x in np.linspace(x0 + 2, x1 - 2, 40):
            hit = view.chart.hit_at_scene(view.chart.mapToScene(view.chart.viewport_pos(x, line + 0.75)))
            if hit is not None and hit.kind == "row":
                spot = (x, line + 0.75)
                break
        if spot:
            break
    assert spot is not None
    start = view.chart.viewport_pos(*spot)
    before = view.chart.x_left
    with qtbot.assertNotEmitted(view.sig_planned_moved):
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
        for i in range(1, 6):
            qtbot.mouseMove(vp, start + QPoint(-20 * i, 0))
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(-100, 0))
    assert view.chart.x_left > before
    assert a is view.state.arrays


def test_hover_sets_the_bar_tooltip(qtbot, view: GanttView, rows) -> None:  # type: ignore[no-untyped-def]
    a = view.state.arrays
    row, bar = _visible_started_stage(view)
    stage = rows[row].stages[bar - int(a.bar_off[row])]
    x = float(a.actual_x0[bar]) + 0.5
    _center_on(view, x)
    line = int(view.state.layout.row_line[row])
    qtbot.mouseMove(view.chart.viewport(), view.chart.viewport_pos(x, line + 0.35))
    vb = view.chart.getPlotItem().vb
    qtbot.waitUntil(lambda: bool(vb.toolTip()), timeout=2000)
    tip = vb.toolTip()
    assert rows[row].label in tip and stage.label in tip
    assert f"计划：{stage.planned_start.isoformat()} 至 {stage.planned_end.isoformat()}" in tip


def test_update_row_patches_one_line(view: GanttView, rows) -> None:  # type: ignore[no-untyped-def]
    renamed = replace(rows[4], label="改名后的项目")
    view.update_row(rows[4].id, renamed)
    line = int(view.state.layout.row_line[4])
    assert view.model.data(view.model.index(line, 0)) == "改名后的项目"


def test_non_working_days_and_today_can_be_set(view: GanttView) -> None:
    view.set_non_working_days([date(2024, 6, 10)])
    view.set_today(TODAY + timedelta(days=7))
    assert view.today() == TODAY + timedelta(days=7)
    assert view.chart.today_line.value() == view.state.today_x + 0.5


def test_empty_rows_are_fine(qtbot, view: GanttView) -> None:  # type: ignore[no-untyped-def]
    view.set_rows([])
    assert view.model.rowCount() == 0
    assert view.vbar.maximum() == 0
    qtbot.mouseClick(view.chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    view.set_zoom(ZoomLevel.QUARTER)
    QApplication.processEvents()


def test_a_day_chosen_before_the_first_show_is_honoured(qtbot, rows) -> None:  # type: ignore[no-untyped-def]
    v = GanttView(today=TODAY)
    qtbot.addWidget(v)
    v.set_rows(rows)
    target = TODAY + timedelta(days=90)
    v.chart.go_to_day(v.state.today_x + 90.5)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    first, last = v.visible_date_range()
    assert first < target < last and not first <= TODAY <= last


def test_selection_follows_the_project_across_new_rows(qtbot, view: GanttView, rows) -> None:  # type: ignore[no-untyped-def]
    rect = view.table.visualRect(view.model.index(int(view.state.layout.row_line[5]), 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_project() == rows[5].id
    view.set_rows(list(reversed(rows)))
    assert view.selected_project() == rows[5].id
    assert view.chart.background.selected_row == N - 1 - 5
    view.set_rows(rows[:3])
    assert view.selected_project() is None
    assert view.chart.background.selected_row == -1
