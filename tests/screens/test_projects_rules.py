"""The admin's rule-table editor on the 业扩项目 screen: a bad table is refused with every problem listed, a good
one becomes a new version, and a calendar day entered for an unknown year clears the Gantt's fallback warning."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTableWidgetItem

from console.core.rules.time_limits import NODE_ORDER, Node, ProjectClass
from console.screens.projects.rules_page import RulesPage
from console.screens.projects.screen import ProjectsScreen
from tests.conftest import principal_for
from tests.support.projects import add_project


def test_admin_edits_rule_versions_and_calendar_days(qtbot, demo_db, demo_today, make_context) -> None:  # type: ignore[no-untyped-def]
    team = principal_for(demo_db, "lead.east").team_id
    add_project(demo_db, team, "hv-dual", date(2026, 11, 20), [("supply_plan", None, None, date(2026, 11, 20), None)])
    screen = ProjectsScreen(make_context(demo_db, "admin"), demo_today)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.gantt.sig_board_loaded, timeout=20_000):
        screen.show()
    assert screen.gantt.coverage_bar.isVisible() and "2027" in screen.gantt.coverage_bar.text.text()
    screen.show_subview("rules")
    page = screen.tabs.currentWidget()
    assert isinstance(page, RulesPage)
    qtbot.waitUntil(lambda: len(page.versions) == 1 and page.coverage.text() != "", timeout=10_000)
    assert page.grid.item(0, NODE_ORDER.index(Node.SUPPLY_PLAN)).text() == "15"
    assert "2027" in page.coverage.text()

    hv = list(ProjectClass).index(ProjectClass.HV_SINGLE)
    page.grid.setItem(hv, NODE_ORDER.index(Node.SUPPLY_PLAN), QTableWidgetItem("0"))
    page.grid.setItem(hv, len(NODE_ORDER), QTableWidgetItem("两周"))
    page.effective.setDate(QDate(2026, 12, 1))
    page.on_save_version()
    qtbot.waitUntil(lambda: page.message_bar.isVisible(), timeout=10_000)
    text = page.message_bar.text.text()
    assert "供电方案答复" in text and "承诺总时限" in text and len(page.versions) == 1

    page.grid.setItem(hv, NODE_ORDER.index(Node.SUPPLY_PLAN), QTableWidgetItem("12"))
    page.grid.setItem(hv, len(NODE_ORDER), QTableWidgetItem("20"))
    page.note.setText("2026 年新承诺")
    with qtbot.waitSignal(page.sig_saved, timeout=10_000):
        page.on_save_version()
    qtbot.waitUntil(lambda: len(page.versions) == 2, timeout=10_000)
    newest = page.versions[0]
    assert newest.effective_from == date(2026, 12, 1) and newest.note == "2026 年新承诺"
    assert newest.table.limits[ProjectClass.HV_SINGLE].limit_of(Node.SUPPLY_PLAN) == 12
    assert newest.table.limits[ProjectClass.HV_SINGLE].committed_total_days == 20

    page.day.setDate(QDate(2027, 1, 1))
    page.kind.setCurrentIndex(page.kind.findData(False))
    page.day_note.setText("元旦")
    page.on_set_override()
    qtbot.waitUntil(lambda: len(page.override_days) == 1, timeout=10_000)
    assert page.override_table.item(0, 2).text() == "元旦"
    # The Gantt hears the change and reloads (a reload from the version save may still land first, so wait for
    # the state rather than for the next signal); hidden by the page itself, not just by the tab.
    qtbot.waitUntil(lambda: screen.gantt.coverage_bar.isHidden(), timeout=10_000)
    assert date(2027, 1, 1) in screen.gantt.board.non_working_days
