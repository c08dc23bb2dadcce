"""Reservations for projects (一网联动), stock levels, low-stock thresholds and the alerts list."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from console.core.errors import PermissionDenied, ValidationFailed
from console.core.models import MaterialReservation
from console.core.models.enums import ItemStatus, MovementKind
from console.core.services.warehouse_alerts import (
    CRITICAL, EXIT_UNREGISTERED, LIFE_ENDED, LOW_STOCK, QUARANTINE, RETURN_OVERDUE, TEST_DUE_SOON, TEST_OVERDUE,
    WarehouseAlerts,
)
from console.core.services.warehouse_common import InsufficientStock, ReservedForOtherProject
from console.core.services.warehouse_reservations import WarehouseReservations
from tests.core.warehouse_helpers import (
    count, item, later, movements, project_of_team, service, staff_id, workflows,
)
from tests.support.databases import DEMO_TODAY


def reservations(db, user: str = "lead.east") -> WarehouseReservations:  # type: ignore[no-untyped-def]
    return service(db, WarehouseReservations, user, today=lambda: DEMO_TODAY)


def meter_type(db) -> int:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM item_types WHERE code = 'meter_3p'")).scalar_one())


def test_reserve_marks_items_for_the_project_and_release_gives_them_back(demo_db) -> None:  # type: ignore[no-untyped-def]
    project, meters = project_of_team(demo_db, 1), meter_type(demo_db)
    before = {lv.type_id: lv for lv in reservations(demo_db).stock_levels()}[meters]
    ids = reservations(demo_db).reserve(project, meters, 5, note="10kV配电工程")
    assert len(ids) == 5
    views = reservations(demo_db).reservations(project)
    assert {v.id for v in views} == set(ids) and all(v.type_name == "三相智能电能表" for v in views)
    reserved_items = [v.item_id for v in views]
    assert {item(demo_db, i).status for i in reserved_items} == {ItemStatus.RESERVED}  # type: ignore[arg-type]
    assert movements(demo_db, reserved_items[0])[-1].kind == MovementKind.RESERVE  # type: ignore[arg-type]
    after = {lv.type_id: lv for lv in reservations(demo_db).stock_levels()}[meters]
    assert (after.in_stock, after.reserved) == (before.in_stock - 5, before.reserved + 5)
    assert reservations(demo_db).release(ids[:2]) == 2
    assert reservations(demo_db).release(ids[:2]) == 0  # already released
    assert len(reservations(demo_db).reservations(project)) == 3
    assert item(demo_db, reserved_items[0]).status == ItemStatus.IN_STOCK  # type: ignore[arg-type]


def test_reserving_more_than_is_available_is_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    levels = {lv.type_id: lv for lv in reservations(demo_db).stock_levels()}
    meters = meter_type(demo_db)
    with pytest.raises(InsufficientStock) as refused:
        reservations(demo_db).reserve(project_of_team(demo_db), meters, levels[meters].in_stock + 1)
    assert str(levels[meters].in_stock) in refused.value.message
    assert count(demo_db, MaterialReservation) == 0
    with pytest.raises(ValidationFailed):
        reservations(demo_db).reserve(project_of_team(demo_db), meters, 0)


def test_reservation_skips_tools_that_could_not_go_out(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.engine.begin() as conn:
        gloves = int(conn.execute(text("SELECT id FROM item_types WHERE code = 'gloves_10kv'")).scalar_one())
        # every pair in stock overdue but the newest one: only that one may be reserved
        newest = int(conn.execute(text("SELECT max(id) FROM items WHERE type_id = :t AND status = 'in_stock'"),
                                  {"t": gloves}).scalar_one())
        conn.execute(text("UPDATE items SET next_test_due = :d WHERE type_id = :t AND status = 'in_stock'"),
                     {"d": later(-1), "t": gloves})
        conn.execute(text("UPDATE items SET next_test_due = :d WHERE id = :i"), {"d": later(30), "i": newest})
    reservations(demo_db).reserve(project_of_team(demo_db), gloves, 1)
    assert [r.item_id for r in reservations(demo_db).reservations()] == [newest]
    with pytest.raises(InsufficientStock):
        reservations(demo_db).reserve(project_of_team(demo_db), gloves, 1)


def test_reserved_item_goes_out_only_to_its_project(demo_db) -> None:  # type: ignore[no-untyped-def]
    project, other = project_of_team(demo_db, 1), None
    ids = reservations(demo_db).reserve(project, meter_type(demo_db), 1)
    unit = reservations(demo_db).reservations()[0].item_id
    w = workflows(demo_db)
    with pytest.raises(ReservedForOtherProject):
        w.check_out([unit], staff_id=staff_id(demo_db), project_id=other, due_back_on=later(1))  # type: ignore[list-item]
    w.check_out([unit], staff_id=staff_id(demo_db), project_id=project, due_back_on=later(1))  # type: ignore[list-item]
    assert reservations(demo_db).reservations(project) == ()  # fulfilled
    assert len(reservations(demo_db).reservations(project, open_only=False)) == len(ids)


def test_reservations_are_scoped_to_the_team(demo_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        reservations(demo_db, "lead.east").reserve(project_of_team(demo_db, 2), meter_type(demo_db), 1)
    reservations(demo_db, "lead.west").reserve(project_of_team(demo_db, 2), meter_type(demo_db), 1)
    assert reservations(demo_db, "lead.east").reservations() == ()
    assert len(reservations(demo_db, "admin").reservations()) == 1


def test_alerts_list_every_kind_critical_first(demo_db) -> None:  # type: ignore[no-untyped-def]
    from console.core.services.warehouse_ingest import IngestService
    from console.core.devices.tag_reads import TagRead

    IngestService(demo_db.session_factory).ingest([TagRead("door-1", "3074257BF7194E4000001A85", 1, -70, 10**15)])
    summary = service(demo_db, WarehouseAlerts).alerts(DEMO_TODAY)
    kinds = [a.kind for a in summary.alerts]
    for kind in (TEST_OVERDUE, LIFE_ENDED, RETURN_OVERDUE, LOW_STOCK, TEST_DUE_SOON, QUARANTINE):
        assert summary.counts[kind] > 0, kind
    assert summary.counts[EXIT_UNREGISTERED] == 0
    severities = [a.severity for a in summary.alerts]
    assert severities == sorted(severities, key=lambda s: s != CRITICAL)  # critical ones first
    overdue = [a for a in summary.alerts if a.kind == TEST_OVERDUE]
    assert [a.days for a in overdue] == sorted((a.days for a in overdue), reverse=True)
    assert all(a.days > 0 and a.on is not None and a.on < DEMO_TODAY for a in overdue)
    late = [a for a in summary.alerts if a.kind == RETURN_OVERDUE]
    assert all(a.holder for a in late)
    assert kinds.index(QUARANTINE) == len(kinds) - 1
    # a tool's ended life is reported once, not again as an overdue test
    ended = {a.item_id for a in summary.alerts if a.kind == LIFE_ENDED}
    assert not ended & {a.item_id for a in overdue}


def test_low_stock_threshold_can_be_changed(demo_db) -> None:  # type: ignore[no-untyped-def]
    meters = meter_type(demo_db)
    level = {lv.type_id: lv for lv in reservations(demo_db).stock_levels()}[meters]
    reservations(demo_db).set_low_stock_threshold(meters, level.in_stock + 1)
    low = [a for a in service(demo_db, WarehouseAlerts).alerts(DEMO_TODAY).alerts if a.kind == LOW_STOCK]
    assert any(a.type_id == meters and a.count == level.in_stock for a in low)
    reservations(demo_db).set_low_stock_threshold(meters, 0)
    low = [a for a in service(demo_db, WarehouseAlerts).alerts(DEMO_TODAY).alerts if a.kind == LOW_STOCK]
    assert all(a.type_id != meters for a in low)
    with pytest.raises(ValidationFailed):
        reservations(demo_db).set_low_stock_threshold(meters, -1)
    with pytest.raises(PermissionDenied):
        reservations(demo_db, "facilitator").set_low_stock_threshold(meters, 3)


def test_alerts_need_view_permission(demo_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        service(demo_db, WarehouseAlerts, "hall").alerts(DEMO_TODAY)
