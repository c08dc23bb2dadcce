"""The warehouse screen driven with pytest-qt: inventory, workflows and refusals, alerts, quarantine, counts, live reads."""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from sqlalchemy import text

from console.core.devices.tag_reads import TagRead
from console.core.services.warehouse_counts import MISSING
from console.core.services.warehouse_ingest import IngestService, IngestSettings
from console.core.services.warehouse_registration import NewItem
from console.screens.warehouse.dialogs import CheckOutDialog, CheckOutValues, CheckValues, ReturnValues, ScrapDialog
from console.screens.warehouse.screen import TABS, WarehouseScreen
from tests.core.warehouse_helpers import item, item_ids, later, staff_id, usable_tool
from tests.support.databases import DEMO_TODAY

FAST = {"keepalive_s": 0.1, "watchdog_s": 0.6, "backoff_initial_s": 0.05, "backoff_max_s": 0.2,
        "connect_timeout_s": 1.0, "response_timeout_s": 1.0}
UNKNOWN = "3074257BF7194E4000001A85"


@pytest.fixture
def opened(qtbot, make_context, demo_db):  # type: ignore[no-untyped-def]
    screens: list[WarehouseScreen] = []

    def open_screen(user: str = "lead.east", lang: str = "zh"):  # type: ignore[no-untyped-def]
        ctx = make_context(demo_db, user, lang)
        screen = WarehouseScreen(ctx, today=DEMO_TODAY, reader_overrides=FAST)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        screens.append(screen)
        qtbot.waitUntil(lambda: screen.inventory.inventory is not None and screen.lookups is not None
                        and screen.alerts.summary is not None, timeout=10_000)
        return ctx, screen

    yield open_screen
    for screen in screens:
        screen.shutdown()


def shown_ids(screen: WarehouseScreen) -> list[int]:
    model = screen.inventory.model
    return [int(model.row_id_at(r)) for r in range(model.rowCount())]


def test_inventory_shows_every_item_and_filters_in_place(opened, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _ctx, screen = opened()
    inv = screen.inventory
    assert inv.model.rowCount() == 1500
    qtmodeltester.check(inv.model)
    inv.search.setText("绝缘手套")
    inv.apply_view()
    names = {inv.model.index(r, 1).data() for r in range(inv.model.rowCount())}
    assert names == {"10kV绝缘手套"}
    inv.search.clear()
    inv.status.setCurrentIndex(inv.status.findData("out"))
    assert {inv.model.index(r, 2).data() for r in range(inv.model.rowCount())} == {"已领用"}
    inv.status.setCurrentIndex(0)
    inv.attention.setChecked(True)
    flagged = inv.model.rowCount()
    assert 0 < flagged < 1500
    assert "已报废" not in {inv.model.index(r, 2).data() for r in range(flagged)}
    inv.on_sort_requested("next_test_due", Qt.SortOrder.AscendingOrder)
    dues = [inv.model.columns["next_test_due"][inv.model.view_index[r]] for r in range(flagged)]
    present = [d for d in dues if not np.isnat(d)]
    assert present == sorted(present)
    assert "显示 %d 件" % flagged in inv.count_label.text().replace(",", "")


def test_overdue_tool_is_refused_with_a_clear_message(opened, demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, screen = opened()
    overdue = item_ids(demo_db, "i.status = 'in_stock' AND i.next_test_due < :d", d=DEMO_TODAY)[0]
    inv = screen.inventory
    assert inv.select_item(overdue)
    qtbot.waitUntil(lambda: inv.detail.detail is not None and inv.detail.detail.id == overdue)
    assert inv.detail.blocked.isVisible() and "超期工器具不得领用" in inv.detail.blocked.text()
    with qtbot.waitSignal(inv.actions.sig_done, timeout=5000) as done:
        inv.actions.check_out([overdue], CheckOutValues(staff_id(demo_db), None, None, later(1), "", False))
    assert "超期工器具不得领用" in done.args[0]
    assert inv.strip.kind == "error" and "超期工器具不得领用" in inv.strip.text.text()
    assert item(demo_db, overdue).status.value == "in_stock"


def test_check_out_and_return_patch_the_rows_and_fill_the_history(opened, demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, screen = opened()
    inv = screen.inventory
    tools = usable_tool(demo_db, 2)
    with qtbot.waitSignal(inv.sig_patched, timeout=5000) as patched:
        inv.actions.check_out(tools, CheckOutValues(staff_id(demo_db), None, None, later(2), "工作票 0012", False))
    assert sorted(patched.args[0]) == sorted(tools)
    rows = np.searchsorted(inv.inventory.ids, tools)  # type: ignore[union-attr]
    assert list(inv.model.columns["status"][rows]) == ["out", "out"]
    assert inv.model.rowCount() == 1500  # patched in place, not reloaded away
    assert inv.select_item(tools[0])
    qtbot.waitUntil(lambda: inv.detail.detail is not None and inv.detail.detail.id == tools[0]
                    and len(inv.detail.detail.movements) == 1)
    assert inv.detail.history_model.index(0, 1).data() == "领用"
    assert inv.detail.history_model.index(0, 5).data() == "工作票 0012"
    with qtbot.waitSignal(inv.sig_patched, timeout=5000):
        inv.actions.return_items(tools, ReturnValues(None, ""))
    assert list(inv.model.columns["status"][rows]) == ["in_stock", "in_stock"]


def test_test_result_and_scrap_from_the_panel(opened, demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, screen = opened()
    inv = screen.inventory
    gloves = item_ids(demo_db, "i.status = 'in_stock' AND t.code = 'gloves_10kv' AND i.next_test_due < :d",
                      d=DEMO_TODAY)[0]
    with qtbot.waitSignal(inv.sig_patched, timeout=5000):
        inv.actions.record_check(gloves, "test", CheckValues(DEMO_TODAY, True, None, "省计量中心", "SY-9", ""))
    row = int(np.searchsorted(inv.inventory.ids, gloves))  # type: ignore[union-attr]
    assert inv.model.columns["test_state"][row] == "ok"
    helmet = item_ids(demo_db, "i.status = 'in_stock' AND i.service_life_ends <= :d", d=DEMO_TODAY)[0]
    with qtbot.waitSignal(inv.sig_patched, timeout=5000):
        inv.actions.scrap([helmet], "超过使用年限")
    assert inv.model.columns["status"][int(np.searchsorted(inv.inventory.ids, helmet))] == "scrapped"  # type: ignore[union-attr]


def test_check_out_dialog_needs_a_person(opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex

    _ctx, screen = opened()
    screen.inventory.table.setCurrentIndex(QModelIndex())
    screen.inventory.table.clearSelection()
    screen.inventory.buttons["check_out"].click()  # nothing selected: says so instead of opening the dialog
    assert screen.inventory.strip.kind == "warning" and "选择物资" in screen.inventory.strip.text.text()
    dialog = CheckOutDialog(screen.lookups, ["10kV绝缘手套 SN1"], DEMO_TODAY, screen)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and "领用人" in dialog.problem.text()
    dialog.staff.setCurrentIndex(3)
    dialog.project.setCurrentIndex(1)
    dialog.accept()
    values = dialog.values()
    assert dialog.result() == 1
    assert values.staff_id == screen.lookups.staff[2].id and values.project_id == screen.lookups.projects[0].id  # type: ignore[union-attr]
    assert values.due_back_on == later(1) and values.badge_epc is None
    scrap = ScrapDialog(["x"], screen)
    qtbot.addWidget(scrap)
    scrap.accept()
    assert scrap.result() == 0 and scrap.problem.text()


def test_alerts_list_and_open_the_item(opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, screen = opened()
    summary = screen.alerts.summary
    assert summary is not None and summary.critical > 0
    assert screen.tabs.tabText(TABS.index("alerts")) == f"提醒 ({summary.critical})"
    assert "试验超期" in screen.headline.text()
    first = summary.alerts[0]
    screen.alerts.on_activated(0)
    assert screen.tabs.currentIndex() == TABS.index("inventory")
    assert screen.inventory.selected_ids() == [first.item_id]


def test_unknown_tag_is_listed_and_registered(opened, demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from console.core.epc import giai96_for_asset

    ctx, screen = opened()
    ours = giai96_for_asset("6901234", 30_000_001).hex
    IngestService(demo_db.session_factory).ingest([TagRead("door-1", UNKNOWN, 1, -60, 10**15),
                                                   TagRead("door-1", ours, 1, -60, 10**15 + 1)])
    panel = screen.quarantine
    ctx.bus.notify("quarantine", [])
    qtbot.waitUntil(lambda: sorted(e.epc for e in panel.entries) == sorted([UNKNOWN, ours]), timeout=5000)
    assert screen.tabs.tabText(TABS.index("quarantine")) == "待登记标签 (2)"
    types = {t.code: t.id for t in screen.lookups.types}  # type: ignore[union-attr]
    shelf = screen.lookups.shelves[0].id  # type: ignore[union-attr]
    panel.register(NewItem(UNKNOWN, types["meter_3p"], "M-1", shelf))  # the TDS example: another item reference
    qtbot.waitUntil(lambda: panel.strip.kind == "error" and "商品项目代码" in panel.strip.text.text(), timeout=5000)
    with qtbot.waitSignal(panel.sig_registered, timeout=5000) as registered:
        panel.register(NewItem(ours, types["gloves_10kv"], "G-1", shelf))
    qtbot.waitUntil(lambda: [e.epc for e in panel.entries] == [UNKNOWN], timeout=5000)
    qtbot.waitUntil(lambda: screen.inventory.model.rowCount() == 1501, timeout=5000)  # the new item is listed
    assert int(registered.args[0]) in screen.inventory.inventory.ids  # type: ignore[union-attr]


def test_stock_count_fills_in_closes_and_exports(opened, demo_db, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, screen = opened()
    screen.tabs.setCurrentIndex(TABS.index("counts"))
    panel = screen.counts
    zone = next(z.id for z in screen.lookups.zones if z.detail == "WH01-Z1")  # type: ignore[union-attr]
    with qtbot.waitSignal(panel.sig_result_shown, timeout=5000):
        panel.start(zone)
    assert panel.result is not None and panel.result.count.closed_at is None
    expected = panel.result.expected
    with demo_db.engine.connect() as conn:
        epcs = [r[0] for r in conn.execute(text(
            "SELECT i.epc FROM items i JOIN locations s ON s.id = i.location_id WHERE s.parent_id = :z "
            "AND i.status = 'in_stock' ORDER BY i.id"), {"z": zone})]
    IngestService(demo_db.session_factory, IngestSettings(dedup_window_s=0)).ingest(
        [TagRead("shelf-z1", e, 1, -60, 10**15 + n) for n, e in enumerate(epcs[2:])])
    ctx.bus.notify("stock_counts", [])
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.count.seen == len(epcs) - 2, timeout=5000)
    assert panel.result.totals[MISSING] == expected - len(epcs) + 2
    assert panel.model.rowCount() == len(panel.result.lines) - panel.result.totals["found"]  # differences only
    assert panel.close_button.isEnabled()
    with qtbot.waitSignal(panel.sig_done, timeout=10_000):
        panel.close_count(panel.result.count.id, adjust=True)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.count.closed_at is not None, timeout=5000)
    assert not panel.close_button.isEnabled()
    out = tmp_path / "count.pdf"
    with qtbot.waitSignal(panel.sig_done, timeout=20_000):
        panel.export(out)
    assert out.stat().st_size > 2000
    from pypdf import PdfReader

    body = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "安全工器具区" in body and "盘点调整" in body


def test_tag_labels_for_the_selection(opened, demo_db, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _ctx, screen = opened()
    out = tmp_path / "labels.pdf"
    with qtbot.waitSignal(screen.inventory.actions.sig_done, timeout=20_000) as done:
        screen.inventory.actions.print_labels(usable_tool(demo_db, 3), out)
    assert "3" in done.args[0] and out.stat().st_size > 2000


def test_simulated_readers_feed_the_screen_live(opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, screen = opened()
    screen.tabs.setCurrentIndex(TABS.index("readers"))
    qtbot.waitUntil(lambda: len(screen.readers.readers) == 2, timeout=5000)
    patched: list[int] = []
    screen.inventory.sig_patched.connect(patched.extend)
    screen.set_readers_mode("simulate")
    qtbot.waitUntil(lambda: {s.state.value for s in screen.live.statuses().values()} == {"reading"}, timeout=10_000)
    qtbot.waitUntil(lambda: screen.live.stats().delivered > 20, timeout=10_000)
    # the window keeps answering while reads are stored: a 20 ms timer never waits long
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.waitUntil(lambda: bool(patched) and len(ticks) > 50, timeout=20_000)  # a simulated door pass arrived
    timer.stop()
    assert max(b - a for a, b in zip(ticks, ticks[1:])) < 0.5
    assert screen.readers.passes and screen.readers.passes_model.rowCount() == len(screen.readers.passes)
    screen.readers.render()
    states = {screen.readers.model.index(r, 0).data(): screen.readers.model.index(r, 4).data() for r in range(2)}
    assert states == {"door-1": "正在读取", "shelf-z1": "正在读取"}
    assert "在线" in screen.live_label.text() and "模拟" in screen.live_label.text()
    assert screen.readers.mode_buttons["simulate"].isChecked()
    screen.set_readers_mode("off")
    qtbot.waitUntil(lambda: screen.live_label.text() == "读写器：本机未连接", timeout=10_000)
    assert screen.live.mode == "off" and not screen.live.statuses()


def test_roles_without_operation_see_no_workflow_buttons(opened) -> None:  # type: ignore[no-untyped-def]
    _ctx, screen = opened("admin")
    assert screen.inventory.buttons["check_out"].isVisible()
    _ctx, viewer = opened("manager.east")
    assert viewer.inventory.buttons["check_out"].isVisible()  # customer managers operate the warehouse too


def test_english(opened, qapp) -> None:  # type: ignore[no-untyped-def]
    from console import i18n

    locale = QLocale()
    translators = i18n.install(qapp, "en")
    try:
        _ctx, screen = opened(lang="en")
        assert [screen.tabs.tabText(i).split(" (")[0] for i in range(len(TABS))] == [
            "Inventory", "Alerts", "Project reservations", "Readers", "Unregistered tags", "Stock counts",
            "Types and test intervals"]
        inv = screen.inventory
        assert inv.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
        assert {inv.model.index(r, 2).data() for r in range(50)} <= {"In stock", "Checked out", "In test", "Reserved",
                                                                       "Scrapped"}
        assert screen.live_label.text() == "Readers: not connected on this desk"
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        QLocale.setDefault(locale)


def test_bulk_registration_previews_then_imports(opened, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from console.core.epc import giai96_for_asset
    from console.screens.warehouse.registration_dialogs import ImportDialog

    ctx, screen = opened()
    good = giai96_for_asset("6901234", 30_000_002).hex
    path = tmp_path / "清单.csv"
    path.write_text(f"EPC,物资类别,出厂编号,货架\n{good},10kV绝缘手套,G-9,WH01-Z1-S01\nbad,扳手,X,WH01\n",
                    encoding="utf-8")
    imported = []
    dialog = ImportDialog(ctx, screen, imported.append)
    qtbot.addWidget(dialog)
    dialog.preview(path)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert not dialog.report.applied and dialog.apply_button.isEnabled()  # type: ignore[union-attr]
    assert dialog.model.rowCount() == 2 and dialog.model.index(1, 1).data() == "拒绝"
    assert "未知物资类别" in dialog.model.index(1, 3).data()
    dialog.on_apply()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.applied, timeout=5000)
    assert imported and "已导入" in dialog.summary.text() and not dialog.apply_button.isEnabled()


def test_reserve_for_a_project_from_the_panel(opened, demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, screen = opened()
    screen.tabs.setCurrentIndex(TABS.index("reservations"))
    panel = screen.reservations
    qtbot.waitUntil(lambda: bool(panel.levels), timeout=5000)
    meters = next(lv for lv in panel.levels if lv.type_name == "三相智能电能表")
    project = screen.lookups.projects[0]  # type: ignore[union-attr]
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        panel.reserve(project.id, meters.type_id, 4, "一网联动")
    assert panel.model.rowCount() == 4 and panel.model.index(0, 0).data() == project.text
    after = next(lv for lv in panel.levels if lv.type_id == meters.type_id)
    assert (after.in_stock, after.reserved) == (meters.in_stock - 4, meters.reserved + 4)
    panel.reserve(project.id, meters.type_id, 10_000)
    qtbot.waitUntil(lambda: panel.strip.kind == "error" and "不足" in panel.strip.text.text(), timeout=5000)


def test_types_tab_edits_types_and_admin_edits_intervals(opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    from console.core.services.warehouse_types import TypeInput

    _ctx, screen = opened()
    screen.tabs.setCurrentIndex(TABS.index("types"))
    panel = screen.types
    qtbot.waitUntil(lambda: len(panel.types) == 16, timeout=5000)
    assert not panel.rule_button.isVisible() and panel.add_button.isVisible()  # team lead: types, not rules
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        panel.save_type(TypeInput("mat_10kv", "10kV绝缘垫", "safety_tool", "individual", "块"))
    assert len(panel.types) == 17 and panel.strip.kind == "info"
    qtbot.waitUntil(lambda: any(t.code == "mat_10kv" for t in screen.lookups.types), timeout=5000)  # type: ignore[union-attr]
    _ctx, admin = opened("admin")
    admin.tabs.setCurrentIndex(TABS.index("types"))
    qtbot.waitUntil(lambda: bool(admin.types.rules), timeout=5000)
    assert admin.types.rule_button.isVisible()
    gloves = next(r for r in admin.types.rules if r.code == "insulating_gloves")
    with qtbot.waitSignal(admin.types.sig_loaded, timeout=5000):
        admin.types.save_rule(gloves, 3, None, None)
    assert next(r for r in admin.types.rules if r.code == "insulating_gloves").test_interval_months == 3
