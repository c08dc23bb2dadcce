"""Check-out, return, test, inspection, scrap: each a movement with who and when, and the refusals people read."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from console.core.errors import NotFound, PermissionDenied, StaleEdit, ValidationFailed
from console.core.models import TestRecord
from console.core.models.enums import ItemStatus, MovementKind
from console.core.services.warehouse_common import (
    AlreadyOut, BadgeTaken, ItemInTest, ItemScrapped, LastCheckFailed, MustReturnFirst, NotCheckedOut,
    ServiceLifeEnded, TestOverdue, UnknownBadge,
)
from tests.core.warehouse_helpers import (
    audit_actions, count, item, item_ids, later, movements, project_of_team, staff_id, usable_tool, workflows,
)
from tests.support.databases import DEMO_TODAY


def test_check_out_records_who_when_for_which_project(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    shelf = item(demo_db, tool).location_id
    person, project = staff_id(demo_db), project_of_team(demo_db, 1)
    done = workflows(demo_db).check_out([tool], staff_id=person, project_id=project, due_back_on=later(3), note="10kV")
    after = item(demo_db, tool)
    assert (after.status, after.holder_staff_id, after.project_id, after.due_back_on, after.location_id) == (
        ItemStatus.OUT, person, project, later(3), None)
    move = movements(demo_db, tool)[-1]
    assert move.id == done.movement_ids[0]
    assert (move.kind, move.staff_id, move.project_id, move.from_location_id, move.note) == (
        MovementKind.CHECK_OUT, person, project, shelf, "10kV")
    assert move.user_id is not None and move.at is not None
    assert audit_actions(demo_db) == ["warehouse.check_out"]


def test_overdue_test_refuses_check_out_with_the_due_date(demo_db) -> None:  # type: ignore[no-untyped-def]
    overdue = item_ids(demo_db, "i.status = 'in_stock' AND i.next_test_due < :d", d=DEMO_TODAY)[0]
    due = item(demo_db, overdue).next_test_due
    with pytest.raises(TestOverdue) as refused:
        workflows(demo_db).check_out([overdue], staff_id=staff_id(demo_db), due_back_on=later(1))
    assert due is not None and due.isoformat() in refused.value.message
    assert "超期工器具不得领用" in refused.value.message
    assert item(demo_db, overdue).status == ItemStatus.IN_STOCK
    assert movements(demo_db, overdue) == [] and audit_actions(demo_db) == []


def test_ended_service_life_refuses_check_out(demo_db) -> None:  # type: ignore[no-untyped-def]
    helmet = item_ids(demo_db, "i.status = 'in_stock' AND i.service_life_ends <= :d", d=DEMO_TODAY)[0]
    with pytest.raises(ServiceLifeEnded, match="使用寿命"):
        workflows(demo_db).check_out([helmet], staff_id=staff_id(demo_db), due_back_on=later(1))


def test_one_refusal_refuses_the_whole_request(demo_db) -> None:  # type: ignore[no-untyped-def]
    good = usable_tool(demo_db)[0]
    overdue = item_ids(demo_db, "i.status = 'in_stock' AND i.next_test_due < :d", d=DEMO_TODAY)[0]
    with pytest.raises(TestOverdue):
        workflows(demo_db).check_out([good, overdue], staff_id=staff_id(demo_db), due_back_on=later(1))
    assert item(demo_db, good).status == ItemStatus.IN_STOCK
    assert movements(demo_db, good) == []


def test_already_out_scrapped_and_in_test_are_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    w = workflows(demo_db)
    out = item_ids(demo_db, "i.status = 'out'")[0]
    scrapped = item_ids(demo_db, "i.status = 'scrapped'")[0]
    in_test = item_ids(demo_db, "i.status = 'in_test'")[0]
    with pytest.raises(AlreadyOut, match="请先办理归还"):
        w.check_out([out], staff_id=staff_id(demo_db), due_back_on=later(1))
    with pytest.raises(ItemScrapped, match="已报废"):
        w.check_out([scrapped], staff_id=staff_id(demo_db), due_back_on=later(1))
    with pytest.raises(ItemInTest, match="正在送检"):
        w.check_out([in_test], staff_id=staff_id(demo_db), due_back_on=later(1))


def test_check_out_needs_a_person_and_a_future_due_date(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    w = workflows(demo_db)
    with pytest.raises(ValidationFailed, match="领用人"):
        w.check_out([tool], due_back_on=later(1))
    with pytest.raises(ValidationFailed, match="应还日期"):
        w.check_out([tool], staff_id=staff_id(demo_db), due_back_on=later(-1))
    with pytest.raises(NotFound):
        w.check_out([10**9], staff_id=staff_id(demo_db), due_back_on=later(1))


def test_badge_check_out_and_badge_rules(demo_db) -> None:  # type: ignore[no-untyped-def]
    w = workflows(demo_db)
    person = staff_id(demo_db)
    badge = "E2801160600002084D6F1A01"
    with pytest.raises(UnknownBadge):
        w.check_out(usable_tool(demo_db), badge_epc=badge, due_back_on=later(1))
    w.assign_badge(person, badge.lower())
    tool = usable_tool(demo_db)[0]
    w.check_out([tool], badge_epc=badge, due_back_on=later(1))
    assert item(demo_db, tool).holder_staff_id == person
    other = staff_id(demo_db, "%") + 1
    with pytest.raises(BadgeTaken):
        w.assign_badge(other, badge)
    with pytest.raises(BadgeTaken):  # an item's tag cannot be a badge
        w.assign_badge(other, item(demo_db, tool).epc)


def test_return_puts_the_item_back_on_its_shelf(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    shelf = item(demo_db, tool).location_id
    w = workflows(demo_db)
    w.check_out([tool], staff_id=staff_id(demo_db), due_back_on=later(2))
    w.return_items([tool], note="完好")
    after = item(demo_db, tool)
    assert (after.status, after.location_id, after.holder_staff_id, after.due_back_on) == (
        ItemStatus.IN_STOCK, shelf, None, None)
    assert [m.kind for m in movements(demo_db, tool)] == [MovementKind.CHECK_OUT, MovementKind.RETURN]
    with pytest.raises(NotCheckedOut):
        w.return_items([tool])


def test_send_to_test_then_passing_result_sets_next_due_from_the_interval(demo_db) -> None:  # type: ignore[no-untyped-def]
    gloves = item_ids(demo_db, "i.status = 'in_stock' AND t.code = 'gloves_10kv' AND i.next_test_due < :d",
                      d=DEMO_TODAY)[0]
    w = workflows(demo_db)
    w.send_to_test([gloves])
    assert item(demo_db, gloves).status == ItemStatus.IN_TEST
    w.record_test(gloves, tested_on=date(2026, 11, 20), passed=True, tester="省计量中心", certificate_no="SY-001")
    after = item(demo_db, gloves)
    assert (after.status, after.last_test_on, after.next_test_due) == (ItemStatus.IN_STOCK, date(2026, 11, 20),
                                                                       date(2027, 5, 20))  # gloves: 6 months
    w.check_out([gloves], staff_id=staff_id(demo_db), due_back_on=later(1))  # no longer overdue
    assert [m.kind for m in movements(demo_db, gloves)] == [MovementKind.TEST, MovementKind.TEST, MovementKind.CHECK_OUT]


def test_failed_test_or_inspection_blocks_check_out(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool, belt = usable_tool(demo_db)[0], item_ids(demo_db, "i.status = 'in_stock' AND t.code = 'safety_belt' "
                                                             "AND i.next_test_due >= :d", d=DEMO_TODAY)[0]
    w = workflows(demo_db)
    w.record_test(tool, tested_on=DEMO_TODAY, passed=False, note="泄漏电流超标")
    with pytest.raises(LastCheckFailed, match="试验"):
        w.check_out([tool], staff_id=staff_id(demo_db), due_back_on=later(1))
    w.record_inspection(belt, inspected_on=DEMO_TODAY, passed=False, note="织带磨损")
    with pytest.raises(LastCheckFailed, match="检查"):
        w.check_out([belt], staff_id=staff_id(demo_db), due_back_on=later(1))
    w.record_inspection(belt, inspected_on=DEMO_TODAY, passed=True)
    w.check_out([belt], staff_id=staff_id(demo_db), due_back_on=later(1))
    assert count(demo_db, TestRecord, TestRecord.item_id == belt) == 2


def test_test_result_validation(demo_db) -> None:  # type: ignore[no-untyped-def]
    w = workflows(demo_db)
    tool = usable_tool(demo_db)[0]
    meter_tester = item_ids(demo_db, "i.status = 'in_stock' AND t.code = 'meter_tester'")[0]
    with pytest.raises(ValidationFailed, match="晚于今天"):
        w.record_test(tool, tested_on=later(1), passed=True)
    with pytest.raises(ValidationFailed, match="没有试验周期"):
        w.record_test(meter_tester, tested_on=DEMO_TODAY, passed=True)
    w.record_test(meter_tester, tested_on=DEMO_TODAY, passed=True, next_due=date(2027, 11, 1))
    assert item(demo_db, meter_tester).next_test_due == date(2027, 11, 1)
    out = item_ids(demo_db, "i.status = 'out'")[0]
    with pytest.raises(MustReturnFirst):
        w.record_test(out, tested_on=DEMO_TODAY, passed=True)


def test_scrap_needs_a_reason_and_ends_the_item(demo_db) -> None:  # type: ignore[no-untyped-def]
    w = workflows(demo_db)
    helmet = item_ids(demo_db, "i.status = 'in_stock' AND i.service_life_ends <= :d", d=DEMO_TODAY)[0]
    with pytest.raises(ValidationFailed, match="报废原因"):
        w.scrap([helmet], "  ")
    w.scrap([helmet], "超过使用年限")
    after = item(demo_db, helmet)
    assert (after.status, after.location_id) == (ItemStatus.SCRAPPED, None)
    assert movements(demo_db, helmet)[-1].note == "超过使用年限"
    with pytest.raises(ItemScrapped):
        w.scrap([helmet], "again")
    out = item_ids(demo_db, "i.status = 'out'")[0]
    with pytest.raises(MustReturnFirst, match="先办理归还再报废"):
        w.scrap([out], "丢失")


def test_stale_version_is_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    version = item(demo_db, tool).version
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE items SET version = version + 1 WHERE id = :i"), {"i": tool})
    with pytest.raises(StaleEdit):
        workflows(demo_db).check_out([tool], staff_id=staff_id(demo_db), due_back_on=later(1),
                                     versions={tool: version})


def test_roles_without_warehouse_operation_are_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    with pytest.raises(PermissionDenied):
        workflows(demo_db, "facilitator").check_out([tool], staff_id=staff_id(demo_db), due_back_on=later(1))
    with pytest.raises(PermissionDenied):
        workflows(demo_db, "hall").scrap([tool], "x")
    assert item(demo_db, tool).status == ItemStatus.IN_STOCK


def test_project_of_another_team_is_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    west = project_of_team(demo_db, 2)
    with pytest.raises(PermissionDenied):
        workflows(demo_db, "lead.east").check_out([tool], staff_id=staff_id(demo_db), project_id=west,
                                                  due_back_on=later(1))
    workflows(demo_db, "admin").check_out([tool], staff_id=staff_id(demo_db), project_id=west, due_back_on=later(1))
