"""Registry reads: the inventory as columns, one item with its history, pick lists, permissions."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from console.core.errors import NotFound, PermissionDenied
from console.core.models import Item
from console.core.services.warehouse_registry import (
    INVENTORY_KEYS, LIFE_ENDED, TEST_DUE_SOON, TEST_NONE, TEST_OK, TEST_OVERDUE, WarehouseRegistry, item_test_states,
)
from tests.core.warehouse_helpers import count, later, service, staff_id, usable_tool, workflows
from tests.support.databases import DEMO_TODAY


def registry(db, user: str = "lead.east") -> WarehouseRegistry:  # type: ignore[no-untyped-def]
    return service(db, WarehouseRegistry, user)


def test_test_states() -> None:
    d = lambda text: np.datetime64(text, "D")  # noqa: E731
    nat = np.datetime64("NaT", "D")
    due = np.array([nat, d("2027-06-01"), d("2026-12-10"), d("2026-11-25"), d("2027-06-01")], dtype="datetime64[D]")
    life = np.array([nat, nat, nat, nat, d("2026-11-26")], dtype="datetime64[D]")
    assert list(item_test_states(due, life, date(2026, 11, 26))) == [TEST_NONE, TEST_OK, TEST_DUE_SOON, TEST_OVERDUE,
                                                                LIFE_ENDED]


def test_inventory_columns_cover_every_item(demo_db) -> None:  # type: ignore[no-untyped-def]
    inv = registry(demo_db).inventory(DEMO_TODAY)
    assert len(inv) == count(demo_db, Item) == 1500
    assert set(inv.columns) == set(INVENTORY_KEYS)
    assert all(len(col) == len(inv.ids) for col in inv.columns.values())
    assert list(inv.ids) == sorted(inv.ids)
    status = inv.columns["status"]
    assert set(status) == {"in_stock", "out", "in_test", "scrapped"}
    out = status == "out"
    assert all(inv.columns["holder"][out]) and not any(inv.columns["location"][out])
    overdue = inv.columns["test_state"] == TEST_OVERDUE
    assert (inv.columns["next_test_due"][overdue] < np.datetime64(DEMO_TODAY, "D")).all()
    assert not (overdue & (status == "scrapped")).any()
    assert set(inv.columns["zone"][status == "in_stock"]) == {"安全工器具区", "仪器仪表区", "计量物资区", "备品备件区"}


def test_inventory_rows_match_the_full_inventory(demo_db) -> None:  # type: ignore[no-untyped-def]
    full = registry(demo_db).inventory(DEMO_TODAY)
    some = [int(full.ids[i]) for i in (0, 7, 500, 1499)]
    part = registry(demo_db).inventory_rows(some, DEMO_TODAY)
    assert list(part.ids) == some
    for key in INVENTORY_KEYS:
        whole = full.columns[key][[0, 7, 500, 1499]]
        assert [str(v) for v in part.columns[key]] == [str(v) for v in whole], key


def test_item_detail_with_history(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    w = workflows(demo_db)
    w.check_out([tool], staff_id=staff_id(demo_db), due_back_on=later(1))
    w.return_items([tool])
    w.record_inspection(tool, inspected_on=DEMO_TODAY, passed=True, inspector="王工", note="外观良好")
    detail = registry(demo_db).item(tool)
    assert detail.tag_uri.startswith("urn:epc:tag:giai-96:0.6901234.")
    assert detail.location.startswith("中心智慧库房 › 安全工器具区 › ")
    assert detail.test_interval_months in (6, 12)
    assert [m.kind for m in detail.movements] == ["inspect", "return", "check_out"]  # newest first
    assert detail.movements[-1].staff and detail.movements[-1].user
    assert [(t.kind, t.passed, t.tester) for t in detail.tests] == [("inspection", True, "王工")]
    with pytest.raises(NotFound):
        registry(demo_db).item(10**9)


def test_lookups_respect_the_team(demo_db) -> None:  # type: ignore[no-untyped-def]
    east, admin = registry(demo_db, "lead.east").lookups(), registry(demo_db, "admin").lookups()
    assert [z.detail for z in east.zones] == ["WH01-Z1", "WH01-Z2", "WH01-Z3", "WH01-Z4"]
    assert len(east.shelves) == 24 and set(east.shelves_by_zone) == {z.id for z in east.zones}
    assert 0 < len(east.projects) < len(admin.projects)
    assert len(east.types) == 16 and len(east.staff) == 49
    readers = registry(demo_db).readers()
    assert [(r.name, r.is_portal, r.address) for r in readers] == [("door-1", True, "127.0.0.1:5084"),
                                                                   ("shelf-z1", False, "127.0.0.1:5085")]


def test_views_need_the_warehouse_permission(demo_db) -> None:  # type: ignore[no-untyped-def]
    for call in (lambda r: r.inventory(DEMO_TODAY), lambda r: r.lookups(), lambda r: r.quarantine(),
                 lambda r: r.item(1)):
        with pytest.raises(PermissionDenied):
            call(registry(demo_db, "hall"))
