"""The portfolio screen driven like a person would: open, type, sort, filter, open a customer, save a filter."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from console.core.models import AuditEntry, Customer
from console.core.models.enums import Segment
from console.core.services.customer_log import CustomerLogService, VisitInput
from console.core.models.enums import ContactKind
from console.screens.portfolio.screen import PortfolioScreen
from tests.conftest import principal_for

TODAY = date(2026, 11, 26)


def open_screen(qtbot, ctx) -> PortfolioScreen:  # type: ignore[no-untyped-def]
    screen = PortfolioScreen(ctx, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.portfolio is not None and screen.model is not None
                    and screen.model.rowCount() == screen.portfolio.frame.live_count, timeout=20_000)
    return screen


def shown_ids(screen: PortfolioScreen) -> list[int]:
    model = screen.model
    assert model is not None
    return [int(model.row_id_at(r)) for r in range(model.rowCount())]


def team_customers(db, user: str) -> dict[int, Customer]:  # type: ignore[no-untyped-def]
    team = principal_for(db, user).team_id
    with db.session_factory() as s:
        return {c.id: c for c in s.scalars(select(Customer).where(Customer.team_id == team))}


def wait_query(qtbot, screen: PortfolioScreen, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screen.sig_page_shown, timeout=10_000):
        action()


def test_opens_with_the_team_and_passes_the_model_tester(qtbot, qtmodeltester, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, make_context(demo_db, "lead.east"))
    expected = team_customers(demo_db, "lead.east")
    assert sorted(shown_ids(screen)) == sorted(expected)
    qtmodeltester.check(screen.model)
    model = screen.model
    first = expected[shown_ids(screen)[0]]
    assert model.data(model.index(0, 0)) == first.account_no
    assert model.data(model.index(0, 1)) == first.name
    accounts = [expected[i].account_no for i in shown_ids(screen)]
    assert accounts == sorted(accounts)


def test_search_as_you_type_and_full_width_digits(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, make_context(demo_db, "lead.east"))
    customers = team_customers(demo_db, "lead.east")
    target = next(c for c in customers.values() if c.segment == Segment.KEY_ACCOUNT)
    text = ""
    for ch in target.name[:3]:
        text += ch
        # QTest cannot synthesise CJK key events; insert() is what an input method delivers.
        wait_query(qtbot, screen, lambda c=ch: screen.search.insert(c))
        assert set(shown_ids(screen)) == {c.id for c in customers.values() if text in c.name or text in c.address or text in c.account_no}
    wait_query(qtbot, screen, lambda: screen.search.setText("".join(chr(ord(d) + 0xFEE0) for d in target.account_no)))
    assert shown_ids(screen) == [target.id]
    wait_query(qtbot, screen, lambda: qtbot.keyClick(screen.search, Qt.Key.Key_Escape))
    assert len(shown_ids(screen)) == len(customers)


def test_sort_by_header_and_filters(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, make_context(demo_db, "lead.east"))
    customers = team_customers(demo_db, "lead.east")
    wait_query(qtbot, screen, lambda: screen.on_sort_requested("capacity_kva", Qt.SortOrder.DescendingOrder))
    capacities = [customers[i].capacity_kva for i in shown_ids(screen)]
    assert capacities == sorted(capacities, reverse=True)
    wait_query(qtbot, screen, lambda: screen.segment.setCurrentIndex(screen.segment.findData("key_account")))
    assert {customers[i].segment for i in shown_ids(screen)} == {Segment.KEY_ACCOUNT}
    manager_index = 1  # the first named manager (a team lead has no "my customers" entry)
    wait_query(qtbot, screen, lambda: screen.manager.setCurrentIndex(manager_index))
    wanted = screen.manager.currentData()
    assert all(customers[i].manager_id in wanted for i in shown_ids(screen))
    screen.save_header_state()
    assert not screen._ctx.settings.get(__import__("console.screens.portfolio.options", fromlist=["HEADER_STATE"]).HEADER_STATE).isEmpty()


def test_other_team_is_not_loaded_and_admin_may_pick(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    admin = open_screen(qtbot, make_context(demo_db, "admin"))
    with demo_db.session_factory() as s:
        total = s.scalar(select(func.count()).select_from(Customer))
    assert len(shown_ids(admin)) == total
    west = principal_for(demo_db, "lead.west").team_id
    with qtbot.waitSignal(admin.sig_loaded, timeout=20_000):
        admin.team.setCurrentIndex(admin.team.findData(west))
    qtbot.waitUntil(lambda: admin.model is not None and admin.model.rowCount() == len(team_customers(demo_db, "lead.west")))


def test_open_customer_reveal_and_patch_after_a_visit(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(demo_db, "lead.east")
    screen = open_screen(qtbot, ctx)
    key = next(c for c in team_customers(demo_db, "lead.east").values() if c.segment == Segment.KEY_ACCOUNT)
    screen.open_customer(key.id)
    qtbot.waitUntil(lambda: screen.detail.detail is not None and screen.detail.detail.profile.id == key.id, timeout=10_000)
    assert screen.stack.currentIndex() == 1 and screen.detail.title.text() == key.name
    assert "****" in screen.detail._fields["phone"].text()
    assert screen.detail.key_panel.isVisibleTo(screen.detail)
    screen.detail.reveal("phone")
    qtbot.waitUntil(lambda: screen.detail._fields["phone"].text() == key.phone, timeout=10_000)
    with demo_db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "unmask")) == 1
    CustomerLogService(demo_db.session_factory, ctx.principal).add_visit(
        key.id, VisitInput(ContactKind.VISIT, TODAY, "走访"), today=TODAY)
    with qtbot.waitSignal(screen.sig_page_shown, timeout=10_000):
        ctx.bus.notify("customers", [key.id])
    frame = screen.portfolio.frame
    assert frame.value("last_contact_on", frame.position_of(key.id)) == TODAY
    qtbot.keyClick(screen.detail, Qt.Key.Key_Escape)
    assert screen.stack.currentIndex() == 0


def test_saved_filters_round_trip(qtbot, demo_db, make_context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    screen = open_screen(qtbot, make_context(demo_db, "lead.east"))
    wait_query(qtbot, screen, lambda: screen.segment.setCurrentIndex(screen.segment.findData("ev_charging")))
    ev_count = len(shown_ids(screen))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("充电客户", True)))
    screen.on_save_filter()
    qtbot.waitUntil(lambda: screen.saved.count() == 2, timeout=10_000)
    wait_query(qtbot, screen, screen.on_reset)
    assert len(shown_ids(screen)) > ev_count
    wait_query(qtbot, screen, lambda: screen.on_saved_chosen(1))
    assert len(shown_ids(screen)) == ev_count and screen.segment.currentData() == "ev_charging"


def test_reminder_panel_follows_the_days_setting(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, make_context(demo_db, "lead.east"))
    panel = screen.reminders
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10_000)
    before = panel.result.total
    with qtbot.waitSignal(panel.sig_days_changed, timeout=5_000):
        panel.days.setValue(90)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.max_days == 90, timeout=10_000)
    assert panel.result.total <= before
    assert screen._ctx.settings.get(__import__("console.screens.portfolio.options", fromlist=["REMINDER_DAYS"]).REMINDER_DAYS) == 90


def test_customer_manager_starts_with_own_customers(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(demo_db, "manager.east")
    if ctx.principal.staff_id is None:
        pytest.skip("demo manager account has no staff record")
    screen = PortfolioScreen(ctx, today=TODAY)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.query.manager_ids == (ctx.principal.staff_id,) and screen.portfolio is not None, timeout=20_000)

    def own_rows_shown() -> bool:  # the whole portfolio's model (not the first rows'), filtered
        frame = screen.portfolio.frame
        rows = screen.model.view_index if screen.model is not None else np.empty(0, dtype=np.int64)
        return (screen._model_frame is frame and 0 < len(rows) < frame.live_count
                and bool((frame.numbers["manager_id"][rows] == ctx.principal.staff_id).all()))

    qtbot.waitUntil(own_rows_shown, timeout=10_000)
    frame = screen.portfolio.frame
    assert len(screen.model.view_index) == int((frame.numbers["manager_id"] == ctx.principal.staff_id).sum())


def test_header_state_brings_back_the_sort(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(demo_db, "lead.east")
    first = open_screen(qtbot, ctx)
    wait_query(qtbot, first, lambda: first.on_sort_requested("capacity_kva", Qt.SortOrder.DescendingOrder))
    first.save_header_state()
    again = open_screen(qtbot, ctx)
    assert (again.query.sort_key, again.query.descending) == ("capacity_kva", True)
    qtbot.waitUntil(lambda: again.model.rowCount() > 0 and again.query.sort_key == "capacity_kva", timeout=10_000)
    customers = team_customers(demo_db, "lead.east")
    capacities = [customers[i].capacity_kva for i in shown_ids(again)]
    assert capacities == sorted(capacities, reverse=True)
