"""Item types and the preventive-test rules: who may change what, and what a change does."""
from __future__ import annotations

from datetime import date

import pytest

from console.core.errors import PermissionDenied, StaleEdit, ValidationFailed
from console.core.services.warehouse_types import TypeInput, WarehouseTypes
from tests.core.warehouse_helpers import item, item_ids, service, workflows
from tests.support.databases import DEMO_TODAY


def types(db, user: str = "lead.east") -> WarehouseTypes:  # type: ignore[no-untyped-def]
    return service(db, WarehouseTypes, user)


def test_types_list_their_rule_and_item_count(demo_db) -> None:  # type: ignore[no-untyped-def]
    rows = {t.code: t for t in types(demo_db).types()}
    assert len(rows) == 16 and sum(t.items for t in rows.values()) == 1500
    gloves = rows["gloves_10kv"]
    assert (gloves.rule_name, gloves.test_interval_months, gloves.tracking) == ("绝缘手套", 6, "individual")
    assert rows["helmet"].service_life_months == 42 and rows["meter_1p"].item_ref == "100001"
    rules = {r.code: r for r in types(demo_db).rules()}
    assert rules["safety_belt"].visual_check_months == 1 and rules["electroscope"].test_interval_months == 12


def test_add_and_change_a_type(demo_db) -> None:  # type: ignore[no-untyped-def]
    rules = {r.code: r.id for r in types(demo_db).rules()}
    new_id = types(demo_db).save_type(TypeInput("mat_10kv", "10kV绝缘垫", "safety_tool", "individual", "块",
                                                rule_id=rules["insulating_mat"]))
    row = next(t for t in types(demo_db).types() if t.id == new_id)
    assert (row.name, row.unit, row.test_interval_months, row.items) == ("10kV绝缘垫", "块", 12, 0)
    types(demo_db).save_type(TypeInput("mat_10kv", "10kV绝缘胶垫", "safety_tool", "individual", "块", low_stock_threshold=5,
                                       rule_id=rules["insulating_mat"]), new_id, expected_version=row.version)
    with pytest.raises(StaleEdit):
        types(demo_db).save_type(TypeInput("mat_10kv", "x", "safety_tool", "individual"), new_id, expected_version=row.version)
    with pytest.raises(ValidationFailed, match="已存在"):
        types(demo_db).save_type(TypeInput("gloves_10kv", "重复", "safety_tool", "individual"))
    with pytest.raises(ValidationFailed, match="商品项目代码"):
        types(demo_db).save_type(TypeInput("bolts", "螺栓", "spare_part", "counted"))
    with pytest.raises(PermissionDenied):
        types(demo_db, "facilitator").save_type(TypeInput("x", "y", "spare_part", "individual"))


def test_only_an_administrator_changes_test_intervals_and_they_apply_at_the_next_test(demo_db) -> None:  # type: ignore[no-untyped-def]
    rule = next(r for r in types(demo_db).rules() if r.code == "insulating_gloves")
    with pytest.raises(PermissionDenied):
        types(demo_db).save_rule(rule.id, 3, None, None)
    with pytest.raises(ValidationFailed):
        types(demo_db, "admin").save_rule(rule.id, 0, None, None)
    gloves = item_ids(demo_db, "i.status = 'in_stock' AND t.code = 'gloves_10kv' AND i.next_test_due >= :d",
                      d=DEMO_TODAY)[0]
    due_before = item(demo_db, gloves).next_test_due
    types(demo_db, "admin").save_rule(rule.id, 3, None, None, expected_version=rule.version)
    assert item(demo_db, gloves).next_test_due == due_before  # stored due dates stay as tested
    workflows(demo_db).record_test(gloves, tested_on=date(2026, 11, 20), passed=True)
    assert item(demo_db, gloves).next_test_due == date(2027, 2, 20)  # the new 3-month interval
