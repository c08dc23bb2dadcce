"""The 业扩项目 screen driven like a person would: load, filter, drag a planned bar (saved, Ctrl+Z undone, redone),
a stale edit shown as "changed by someone else", bus refresh, and export. Real widgets offscreen, real database."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.core.models import ProjectNode
from console.core.services.projects import ProjectService
from console.screens.projects.screen import ProjectsScreen
from tests.conftest import principal_for
from widgets.gantt import ZoomLevel
from widgets.gantt.layers import PLANNED_LANE


@pytest.fixture
def screen(qtbot, demo_db, demo_today, make_context):  # type: ignore[no-untyped-def]
    ctx = make_context(demo_db, "lead.east")
    s = ProjectsScreen(ctx, demo_today)
    qtbot.addWidget(s)
    s.resize(1400, 900)
    with qtbot.waitSignal(s.gantt.sig_board_loaded, timeout=20_000):
        s.show()
    qtbot.waitExposed(s)
    return s


def _planned(db, node_id: int) -> tuple[date, date]:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        row = s.get(ProjectNode, node_id)
        return row.planned_start, row.planned_end


def _drag_stage(qtbot, screen: ProjectsScreen, days: int) -> tuple[int, str, int]:  # type: ignore[no-untyped-def]
    """Drag the planned bar of a long stage on one of the first lines by ``days``; (project id, node, node id)."""
    view = screen.gantt.view
    view.set_group_by(None)
    view.set_zoom(ZoomLevel.DAY)
    a, layout = view.state.arrays, view.state.layout
    for line in range(min(layout.n_lines, 12)):
        row = int(layout.line_row[line])
        for bar in range(int(a.bar_off[row]), int(a.bar_off[row + 1])):
            if a.planned_x1[bar] - a.planned_x0[bar] >= 5:
                break
        else:
            continue
        break
    else:
        raise AssertionError("no long planned bar near the top")
    project = screen.gantt.projects()[row]
    node = project.nodes[bar - int(a.bar_off[row])]
    x = float(a.planned_x0[bar]) + 2.5
    view.chart.go_to_day(x)
    QApplication.processEvents()
    y = line + (PLANNED_LANE[0] + PLANNED_LANE[1]) / 2
    vp = view.chart.viewport()
    start, end = view.chart.viewport_pos(x, y), view.chart.viewport_pos(x + days, y)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(vp, start + (end - start) * (i / 5))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    return project.id, node.node, node.node_id


def test_gantt_shows_the_teams_live_projects_with_clocks(screen, demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    board = ProjectService(demo_db.session_factory, principal_for(demo_db, "lead.east")).board(demo_today)
    gantt = screen.gantt
    assert {r.id for r in gantt.view.rows()} == {p.id for p in board.projects}
    assert gantt.view.state.group_by == "manager"  # the default grouping
    assert gantt.view.model.rowCount() > len(board.projects)  # group header lines
    row = next(r for r in gantt.view.rows() if r.deadlines)
    assert any("承诺总时限" == m.label for m in row.deadlines)
    assert str(len(board.projects)) in gantt.count_label.text()
    assert gantt.editable and gantt.view.chart.editable


def test_filters_narrow_the_chart(screen) -> None:  # type: ignore[no-untyped-def]
    gantt = screen.gantt
    first = gantt.projects()[0]
    gantt.search.setText(first.application_no)
    assert gantt.view.state.mask is not None and int(gantt.view.state.mask.sum()) == 1
    gantt.search.clear()
    gantt.status_filter.setCurrentIndex(gantt.status_filter.findData("overdue"))
    mask = gantt.view.state.mask
    shown = [p for p, m in zip(gantt.projects(), mask) if m]
    assert shown and all(p.status.value == "overdue" for p in shown)
    gantt.status_filter.setCurrentIndex(0)
    assert gantt.view.state.mask is None


def test_drag_saves_then_ctrl_z_undoes_and_redo_reapplies(qtbot, screen, demo_db) -> None:  # type: ignore[no-untyped-def]
    gantt = screen.gantt
    with qtbot.waitSignal(gantt.sig_move_saved, timeout=10_000):
        pid, node, node_id = _drag_stage(qtbot, screen, 3)
    before = next(n for n in next(p for p in screen.gantt.projects() if p.id == pid).nodes if n.node == node)
    moved = _planned(demo_db, node_id)
    assert moved == (before.planned_start, before.planned_end)  # the page's copy follows the database
    assert gantt.undo_stack.count() == 1 and gantt.undo_action.isEnabled()
    original = (moved[0] - timedelta(days=3), moved[1] - timedelta(days=3))
    gantt.view.chart.setFocus()
    screen.activateWindow()
    with qtbot.waitSignal(gantt.sig_move_saved, timeout=10_000):
        qtbot.keyClick(gantt.view.chart, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _planned(demo_db, node_id) == original
    shown = next(r for r in gantt.view.rows() if r.id == pid)
    assert next(s for s in shown.stages if s.stage_key == node).planned_start == original[0]
    with qtbot.waitSignal(gantt.sig_move_saved, timeout=10_000):
        gantt.redo_action.trigger()
    assert _planned(demo_db, node_id) == moved
    detail = ProjectService(demo_db.session_factory, principal_for(demo_db, "lead.east")).detail(pid, date(2026, 11, 26))
    assert [h.action for h in detail.history] == ["reschedule"] * 3


def test_a_stale_edit_is_shown_as_changed_by_someone_else(qtbot, screen, demo_db) -> None:  # type: ignore[no-untyped-def]
    gantt = screen.gantt
    # Someone else moves every node of the first lines meanwhile (the screen still holds the old versions).
    other = ProjectService(demo_db.session_factory, principal_for(demo_db, "manager.east"))
    for p in gantt.projects():
        for n in p.nodes:
            if n.planned_start and n.planned_end:
                other.reschedule(p.id, n.node, n.planned_start + timedelta(days=1), n.planned_end + timedelta(days=1),
                                 n.version)
    with qtbot.waitSignal(gantt.sig_move_failed, timeout=10_000) as failed:
        pid, node, node_id = _drag_stage(qtbot, screen, 4)
    assert "已被他人修改" in failed.args[0]
    assert gantt.message_bar.isVisible() and "已被他人修改" in gantt.message_bar.text.text()
    assert gantt.message_bar.action.isVisible()  # 重新加载
    ours = next(n for n in next(p for p in gantt.projects() if p.id == pid).nodes if n.node == node)
    shown = next(s for s in next(r for r in gantt.view.rows() if r.id == pid).stages if s.stage_key == node)
    assert (shown.planned_start, shown.planned_end) == (ours.planned_start, ours.planned_end)  # drag reverted
    assert _planned(demo_db, node_id) == (ours.planned_start + timedelta(days=1), ours.planned_end + timedelta(days=1))
    assert gantt.undo_stack.count() == 0
    with qtbot.waitSignal(gantt.sig_board_loaded, timeout=10_000):
        gantt.message_bar.action.click()
    fresh = next(n for n in next(p for p in gantt.projects() if p.id == pid).nodes if n.node == node)
    assert fresh.planned_start == ours.planned_start + timedelta(days=1)


def test_another_desks_change_refreshes_the_chart(qtbot, screen, demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    gantt = screen.gantt
    p = gantt.projects()[0]
    n = next(x for x in p.nodes if x.planned_start and x.planned_end)
    ProjectService(demo_db.session_factory, principal_for(demo_db, "manager.east")).reschedule(
        p.id, n.node, n.planned_start + timedelta(days=7), n.planned_end + timedelta(days=7), n.version)
    with qtbot.waitSignal(gantt.sig_board_loaded, timeout=10_000):
        screen.gantt._ctx.bus.notify("projects", [p.id])
    stage = next(s for s in next(r for r in gantt.view.rows() if r.id == p.id).stages if s.stage_key == n.node)
    assert stage.planned_start == n.planned_start + timedelta(days=7)


def test_click_opens_the_detail_and_a_note_is_added(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    view = screen.gantt.view
    view.set_group_by(None)
    first = view.rows()[0]
    rect = view.table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = screen.details[first.id]
    assert screen.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=10_000)
    assert panel.title.text() == first.label
    assert panel.progress_tab.nodes.rowCount() == len(panel.detail.project.nodes) + 1  # + committed total
    assert [b.text() for b in panel.progress_tab.step_boxes][0].count("申请受理") == 1
    panel.tabs.setCurrentWidget(panel.decisions_tab)
    panel.decisions_tab.note_text.setPlainText("客户已缴费，约定下周三送电")
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        panel.decisions_tab.note_button.click()
    assert panel.decisions_tab.notes.item(0, 2).text() == "客户已缴费，约定下周三送电"
    assert panel.history_tab.table.item(0, 2).text() == "添加备注"
    screen.on_close_tab(screen.tabs.indexOf(panel))
    assert first.id not in screen.details


def test_screening_tab_filters_and_exports_what_is_shown(qtbot, screen, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    with qtbot.waitSignal(screen.screening.sig_loaded, timeout=10_000):
        screen.tabs.setCurrentIndex(1)
    page = screen.screening
    assert page.model.rowCount() == len(page.items) > 0
    page.reason.setCurrentIndex(page.reason.findData("overdue"))
    shown = page.shown_items()
    assert shown and all(any(r.value == "overdue" for r in i.reasons) for i in shown)
    page.on_sort("stalled", Qt.SortOrder.AscendingOrder)
    assert [i.days_stalled for i in page.shown_items()] == sorted(i.days_stalled for i in shown)
    path = tmp_path / "screening.xlsx"
    with qtbot.waitSignal(page.sig_exported, timeout=10_000):
        page.export_to(str(path))
    rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [i.application_no for i in page.shown_items()]


def test_export_png_and_tiled_pdf(qtbot, screen, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from PySide6.QtGui import QImage

    png = tmp_path / "gantt.png"
    assert screen.gantt.export_png_to(str(png))
    image = QImage(str(png))
    assert image.width() >= 1600 and image.height() > 32 * len(screen.gantt.projects())
    pdf = tmp_path / "gantt.pdf"
    with qtbot.waitSignal(screen.gantt.sig_exported, timeout=30_000):
        screen.gantt.export_pdf_to(str(pdf), "A3")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 1
    assert screen.gantt.projects()[0].title[:6] in "".join(page.extract_text() for page in reader.pages)


def test_roles_without_edit_rights_cannot_drag(qtbot, demo_db, demo_today, make_context) -> None:  # type: ignore[no-untyped-def]
    s = ProjectsScreen(make_context(demo_db, "facilitator"), demo_today)
    qtbot.addWidget(s)
    with qtbot.waitSignal(s.gantt.sig_board_loaded, timeout=20_000):
        s.show()
    assert not s.gantt.view.chart.editable and not s.gantt.undo_button.isVisibleTo(s)
    assert s.tabs.count() == 2  # no rule editor tab
    names = [p.customer_name for p in s.gantt.projects() if p.project_class == "residential"]
    assert names and all("*" in n for n in names)


def test_show_subview_detail_opens_a_busy_project(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    screen.show_subview("detail")
    assert len(screen.details) == 1
    panel = next(iter(screen.details.values()))
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=10_000)
    assert panel.detail.project.project_class.startswith("hv")
    assert screen.tabs.currentWidget() is panel
