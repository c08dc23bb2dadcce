"""The meetings screen driven like a facilitator would: agenda edits, attendees, decisions, preview, save, print."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from console.core.errors import StaleEdit
from console.core.models import AgendaItem, AuditEntry, Project
from console.core.rules.iso_week import IsoWeek
from console.core.services.meetings import MeetingService
from console.screens.meetings import screen as screen_module
from console.screens.meetings.agenda_model import COL_INCLUDED, COL_TOPIC
from console.screens.meetings.screen import MeetingsScreen
from tests.support.databases import DEMO_TODAY

W48 = IsoWeek(2026, 48)


def settle(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=20_000)


def open_screen(qtbot, make_context, db, user: str = "facilitator", lang: str = "zh"):  # type: ignore[no-untyped-def]
    ctx = make_context(db, user, lang)
    screen = MeetingsScreen(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    settle(qtbot, ctx)
    return ctx, screen


def service_view(db, screen, user: str = "facilitator"):  # type: ignore[no-untyped-def]
    from tests.conftest import principal_for

    return MeetingService(db.session_factory, principal_for(db, user)).view(screen.view_data.meeting.id, DEMO_TODAY)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the screen would show in a message box (modal boxes would block an offscreen test)."""
    seen: list[BaseException] = []

    def fake(parent, exc, on_reload=None):  # type: ignore[no-untyped-def]
        seen.append(exc)
        if on_reload is not None:
            on_reload()

    monkeypatch.setattr(screen_module, "show_error", fake)
    return seen


def test_the_screen_opens_the_teams_meeting_for_this_week(qtbot, qtmodeltester, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    ctx, screen = open_screen(qtbot, make_context, demo_db)
    assert "2026-W48" in screen.week_bar.week_label.text()
    assert "城东服务团队" in screen.week_bar.team.currentText() and not screen.week_bar.team.isEnabled()
    expected = service_view(demo_db, screen)
    assert screen.model.rowCount() == len(expected.agenda) > 0
    assert screen.model.index(0, COL_TOPIC).data() == expected.agenda[0].topic()
    assert f"共 {len(expected.agenda)} 项议程" in screen.summary.text()
    assert screen.attendees.table.rowCount() == len(expected.attendees)
    assert screen.generate_button.isEnabled() and screen.held_button.isEnabled()
    qtmodeltester.check(screen.model)


def test_ticking_moving_and_dragging_items_is_saved(qtbot, demo_db, make_context, errors) -> None:  # type: ignore[no-untyped-def]
    ctx, screen = open_screen(qtbot, make_context, demo_db)
    ids = screen.model.item_ids()
    screen.model.setData(screen.model.index(0, COL_INCLUDED), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    settle(qtbot, ctx)
    assert screen.model.index(0, COL_INCLUDED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not service_view(demo_db, screen).agenda[0].included
    screen.table.selectRow(1)
    qtbot.mouseClick(screen.down_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert screen.model.item_ids()[:3] == [ids[0], ids[2], ids[1]]
    # Drag the first row to sit before the fourth.
    data = screen.model.mimeData([screen.model.index(0, 0)])
    assert not screen.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    settle(qtbot, ctx)
    assert screen.model.item_ids()[:4] == [ids[2], ids[1], ids[0], ids[3]]
    assert [r.item_id for r in service_view(demo_db, screen).agenda] == screen.model.item_ids()
    assert errors == []


def test_items_added_by_hand_can_be_removed_automatic_ones_cannot(qtbot, demo_db, make_context, errors,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    class FakeDialog:
        DialogCode = screen_module.AddItemDialog.DialogCode

        def __init__(self, parent) -> None:  # type: ignore[no-untyped-def]
            pass

        def exec(self) -> object:
            return self.DialogCode.Accepted

        def values(self) -> tuple[str, str]:
            return "上周决议落实情况通报", ""

    monkeypatch.setattr(screen_module, "AddItemDialog", FakeDialog)
    ctx, screen = open_screen(qtbot, make_context, demo_db)
    n = screen.model.rowCount()
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert screen.model.rowCount() == n + 1
    assert screen.model.index(n, COL_TOPIC).data() == "上周决议落实情况通报"
    screen.table.selectRow(0)
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [type(e).__name__ for e in errors] == ["AutomaticItem"] and screen.model.rowCount() == n + 1
    screen.table.selectRow(n)
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert screen.model.rowCount() == n


def test_attendees_are_added_and_customer_names_masked(qtbot, demo_db, make_context, errors) -> None:  # type: ignore[no-untyped-def]
    ctx, screen = open_screen(qtbot, make_context, demo_db)
    panel = screen.attendees
    before = panel.table.rowCount()
    panel.name.setText("徐建国")
    panel.organisation.setText("天堂纺织")
    panel.role.setText("电气负责人")
    panel.customer.setChecked(True)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert panel.table.rowCount() == before + 1
    last = [panel.table.item(before, c).text() for c in range(4)]
    assert last == ["徐**", "天堂纺织", "电气负责人", "客户代表"]  # the facilitator may not see it unmasked
    assert panel.name.text() == ""
    panel.table.selectRow(before)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert panel.table.rowCount() == before and errors == []


def test_a_decision_with_a_confirmed_date_flows_back_into_the_project(qtbot, demo_db, make_context, errors) -> None:  # type: ignore[no-untyped-def]
    ctx, screen = open_screen(qtbot, make_context, demo_db)
    panel = screen.decisions
    screen.show_subview("decisions")
    assert screen.tabs.currentWidget() is panel
    row = next(i for i in range(panel.table.rowCount()) if panel._rows[i].power_on_plan_date)
    target = panel._rows[row]
    panel.table.selectRow(row)
    assert panel.save_button.isEnabled() and panel.confirm.isEnabled()
    panel.decision.setPlainText("同意按计划送电，提前 7 天发布停电公告")
    panel.confirm.setChecked(True)
    new_date = target.power_on_plan_date + dt.timedelta(days=2)
    panel.date.setDate(new_date)
    with qtbot.waitSignal(ctx.bus.sig_changed, timeout=20_000,
                          check_params_cb=lambda entity, ids: entity == "projects" and ids == [target.project_id]):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    with demo_db.session_factory() as s:
        p = s.get(Project, target.project_id)
        assert (p.power_on_plan_date, p.power_on_plan_confirmed) == (new_date, True)
    again = next(r for r in panel._rows if r.item_id == target.item_id)
    assert (again.decision, again.confirmed_date) == ("同意按计划送电，提前 7 天发布停电公告", new_date)
    assert panel.table.item(row, 3).text() == new_date.isoformat() and errors == []


def test_the_pack_is_previewed_saved_and_printed(qtbot, demo_db, make_context, errors, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ctx, screen = open_screen(qtbot, make_context, demo_db)
    qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pack is not None, timeout=30_000)
    doc = screen.preview.document
    assert screen.tabs.currentWidget() is screen.preview
    assert doc.pageCount() == screen.pack.pages == len(PdfReader(str(screen.pack.path)).pages)
    outline = screen.preview.outline.model()
    titles = [outline.index(r, 0).data() for r in range(outline.rowCount())]
    assert titles == ["封面", "会议议程", "项目资料", "验收送电计划", "会议决议", "签到表"]
    assert screen.preview.page_label.text() == f"第 1 页 / 共 {doc.pageCount()} 页"
    # Save as: the file dialog answers with a name without the extension.
    monkeypatch.setattr(screen, "choose_save_path", lambda suggested: str(tmp_path / "pack"))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    saved = tmp_path / "pack.pdf"
    assert saved.read_bytes() == screen.pack.path.read_bytes()

    # Print to a PDF file instead of a printer: every page, each in its own orientation.
    def to_file(printer) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(screen, "confirm_print", to_file)
    assert screen.print_pack(screen.pack) == doc.pageCount()
    settle(qtbot, ctx)
    printed = PdfReader(str(tmp_path / "printed.pdf")).pages
    source = PdfReader(str(screen.pack.path)).pages
    assert len(printed) == len(source)
    shape = lambda p: float(p.mediabox.width) > float(p.mediabox.height)  # noqa: E731
    assert [shape(p) for p in printed] == [shape(p) for p in source] and any(shape(p) for p in source)
    with demo_db.session_factory() as s:
        targets = list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")
                                 .order_by(AuditEntry.id)))
    assert [t["target"] for t in targets] == ["pack.pdf", "打印：printed.pdf"]
    assert errors == []


def test_a_held_meeting_locks_the_agenda(qtbot, demo_db, make_context, errors) -> None:  # type: ignore[no-untyped-def]
    ctx, screen = open_screen(qtbot, make_context, demo_db)
    qtbot.mouseClick(screen.held_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert screen.view_data.meeting.held and "已召开" in screen.week_bar.status.text()
    for b in (screen.up_button, screen.add_button, screen.refresh_button, screen.held_button):
        assert not b.isEnabled()
    assert screen.generate_button.isEnabled() and screen.decisions.isEnabled()
    assert not screen.model.flags(screen.model.index(0, COL_INCLUDED)) & Qt.ItemFlag.ItemIsUserCheckable
    assert errors == []


def test_weeks_and_teams_are_picked(qtbot, demo_db, make_context, errors) -> None:  # type: ignore[no-untyped-def]
    ctx, screen = open_screen(qtbot, make_context, demo_db)
    qtbot.mouseClick(screen.week_bar.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert screen.view_data.meeting.week == "2026-W49" and "2026-W49" in screen.week_bar.week_label.text()
    assert screen.week_bar.held_on.date().toPython() == dt.date(2026, 12, 3)
    qtbot.mouseClick(screen.week_bar.this_week_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert screen.view_data.meeting.week == "2026-W48"
    ctx2, west = open_screen(qtbot, make_context, demo_db, "lead.west")
    assert west.view_data.meeting.team_name == "城西服务团队"
    admin_ctx, admin = open_screen(qtbot, make_context, demo_db, "admin")
    assert admin.week_bar.team.count() == 4 and admin.week_bar.team.isEnabled()
    admin.week_bar.team.setCurrentIndex(2)
    admin.week_bar.team.activated.emit(2)
    settle(qtbot, admin_ctx)
    assert admin.view_data.meeting.team_name == "城南服务团队" and errors == []


def test_an_edit_someone_else_overtook_offers_a_reload(qtbot, demo_db, make_context, errors) -> None:  # type: ignore[no-untyped-def]
    ctx, screen = open_screen(qtbot, make_context, demo_db)
    first = screen.model.row_at(0)
    with demo_db.session_factory.begin() as s:  # another desk excludes the item meanwhile
        s.get(AgendaItem, first.item_id).included = False
    screen.model.setData(screen.model.index(0, COL_INCLUDED), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    settle(qtbot, ctx)
    assert [type(e) for e in errors] == [StaleEdit]
    assert not screen.model.row_at(0).included  # reloaded: shows the other desk's change


def test_english_labels_and_reasons(qtbot, qapp, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QLocale

    from console import i18n

    locale = QLocale()
    translators = i18n.install(qapp, "en")
    try:
        ctx, screen = open_screen(qtbot, make_context, demo_db, lang="en")
        assert [screen.tabs.tabText(i) for i in range(4)] == ["Agenda", "Attendees", "Decisions", "Pack preview"]
        assert screen.generate_button.text() == "Generate PDF"
        topic = screen.model.index(0, COL_TOPIC).data()
        assert topic.startswith("Power-on plan ") and "待" not in topic
        assert screen.model.headerData(COL_TOPIC, Qt.Orientation.Horizontal) == "Topic / why on the agenda"
        assert screen.week_bar.week_label.text() == "2026-W48 (11-23 – 11-29)"
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        QLocale.setDefault(locale)
