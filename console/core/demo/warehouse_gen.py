"""Warehouse: locations, item types, tagged items (valid GS1 EPCs), some overdue tests, readers."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import numpy as np
from sqlalchemy.orm import Session

from console.core.models import ItemType, Location, Reader
from console.core.models.enums import ItemCategory, LocationKind, Tracking

COMPANY_PREFIX = 6901234  # 7-digit GS1 company prefix (China range 690–699), partition 5
ITEM_COLUMNS = (
    "id", "type_id", "serial", "epc", "location_id", "status", "quantity", "manufactured_on", "last_test_on",
    "next_test_due", "service_life_ends", "holder_staff_id", "project_id", "due_back_on", "version", "created_at", "updated_at",
)

# code, name, category, tracking, test rule code, item_ref, unit, low stock
ITEM_TYPES = [
    ("gloves_10kv", "10kV绝缘手套", ItemCategory.SAFETY_TOOL, Tracking.INDIVIDUAL, "insulating_gloves", "", "副", 0),
    ("boots_25kv", "25kV绝缘靴", ItemCategory.SAFETY_TOOL, Tracking.INDIVIDUAL, "insulating_boots", "", "双", 0),
    ("electroscope_10kv", "10kV声光验电器", ItemCategory.SAFETY_TOOL, Tracking.INDIVIDUAL, "electroscope", "", "支", 0),
    ("rod_10kv", "10kV绝缘操作杆", ItemCategory.SAFETY_TOOL, Tracking.INDIVIDUAL, "insulating_rod", "", "根", 0),
    ("ground_wire_10kv", "10kV携带型短路接地线", ItemCategory.SAFETY_TOOL, Tracking.INDIVIDUAL, "grounding_wire", "", "组", 0),
    ("phasing_10kv", "10kV无线核相器", ItemCategory.SAFETY_TOOL, Tracking.INDIVIDUAL, "phasing_tester", "", "套", 0),
    ("safety_belt", "全身式安全带", ItemCategory.SAFETY_TOOL, Tracking.INDIVIDUAL, "safety_belt", "", "条", 0),
    ("helmet", "安全帽（玻璃钢）", ItemCategory.SAFETY_TOOL, Tracking.INDIVIDUAL, "helmet_fibreglass", "", "顶", 0),
    ("meter_tester", "三相电能表现场校验仪", ItemCategory.INSTRUMENT, Tracking.INDIVIDUAL, None, "", "台", 0),
    ("clamp_meter", "钳形电流表", ItemCategory.INSTRUMENT, Tracking.INDIVIDUAL, None, "", "台", 0),
    ("meter_1p", "单相智能电能表", ItemCategory.METER, Tracking.COUNTED, None, "100001", "只", 200),
    ("meter_3p", "三相智能电能表", ItemCategory.METER, Tracking.COUNTED, None, "100002", "只", 60),
    ("ct_10kv", "10kV电流互感器", ItemCategory.CT, Tracking.COUNTED, None, "100003", "只", 20),
    ("cable_yjv", "YJV22-8.7/15kV电缆（盘）", ItemCategory.CABLE, Tracking.COUNTED, None, "100004", "盘", 5),
    ("fuse_10kv", "10kV跌落式熔断器", ItemCategory.SPARE_PART, Tracking.COUNTED, None, "100005", "只", 30),
    ("seal", "计量封印", ItemCategory.CONSUMABLE, Tracking.COUNTED, None, "100006", "枚", 500),
]


def giai96_hex(filter_value: int, company_prefix: int, asset_ref: int) -> str:
    """GIAI-96, partition 5: header 0x34 | filter(3) | partition(3) | prefix(24) | asset reference(58)."""
    value = (0x34 << 88) | (filter_value << 85) | (5 << 82) | (company_prefix << 58) | asset_ref
    return f"{value:024X}"


def sgtin96_hex(filter_value: int, company_prefix: int, item_ref: int, serial: int) -> str:
    """SGTIN-96, partition 5: header 0x30 | filter(3) | partition(3) | prefix(24) | item ref(20) | serial(38)."""
    value = (0x30 << 88) | (filter_value << 85) | (5 << 82) | (company_prefix << 58) | (item_ref << 38) | serial
    return f"{value:024X}"


@dataclass
class WarehouseIds:
    zones: list[int] = field(default_factory=list)
    shelves: list[int] = field(default_factory=list)
    types: list[tuple[int, str, Tracking, str | None, str]] = field(default_factory=list)


def add_structure(session: Session, test_rule_ids: dict[str, int]) -> WarehouseIds:
    ids = WarehouseIds()
    root = Location(kind=LocationKind.WAREHOUSE, code="WH01", name="中心智慧库房")
    session.add(root)
    session.flush()
    for z, zone_name in enumerate(["安全工器具区", "仪器仪表区", "计量物资区", "备品备件区"], start=1):
        zone = Location(kind=LocationKind.ZONE, code=f"WH01-Z{z}", name=zone_name, parent_id=root.id)
        session.add(zone)
        session.flush()
        ids.zones.append(zone.id)
        for s in range(1, 7):
            shelf = Location(kind=LocationKind.SHELF, code=f"WH01-Z{z}-S{s:02d}", name=f"{zone_name}{s}号货架", parent_id=zone.id)
            session.add(shelf)
            session.flush()
            ids.shelves.append(shelf.id)
    for code, name, cat, tracking, rule, item_ref, unit, low in ITEM_TYPES:
        it = ItemType(code=code, name=name, category=cat, tracking=tracking, test_rule_id=test_rule_ids.get(rule) if rule else None, item_ref=item_ref, unit=unit, low_stock_threshold=low)
        session.add(it)
        session.flush()
        ids.types.append((it.id, code, tracking, rule, item_ref))
    session.add(Reader(name="door-1", host="127.0.0.1", port=5084, location_id=root.id, is_portal=True, outer_antenna=1, inner_antenna=2))
    session.add(Reader(name="shelf-z1", host="127.0.0.1", port=5085, location_id=ids.zones[0], is_portal=False))
    session.flush()
    return ids


TEST_MONTHS = {"insulating_gloves": 6, "insulating_boots": 6, "electroscope": 12, "insulating_rod": 12, "grounding_wire": 12, "phasing_tester": 6, "safety_belt": 6}


def item_rows(n: int, seed: int, today: date, w: WarehouseIds, staff_ids: list[int]) -> list[tuple]:
    rng = np.random.default_rng(seed + 3)
    stamp = datetime(today.year, today.month, today.day, 8, 0, tzinfo=timezone.utc)
    rows: list[tuple] = []
    for i in range(1, n + 1):
        type_id, code, tracking, rule, item_ref = w.types[int(rng.integers(len(w.types)))]
        zone_index = 0 if rule else (1 if code in ("meter_tester", "clamp_meter") else (2 if code.startswith(("meter", "ct", "seal")) else 3))
        shelf = w.shelves[zone_index * 6 + int(rng.integers(6))]
        if tracking == Tracking.INDIVIDUAL:
            epc = giai96_hex(0, COMPANY_PREFIX, 10_000_000 + i)
        else:
            epc = sgtin96_hex(0, COMPANY_PREFIX, int(item_ref), i)
        made = today - timedelta(days=int(rng.integers(60, 1500)))
        last_test = next_due = life_end = None
        if rule in TEST_MONTHS:
            last_test = today - timedelta(days=int(rng.integers(1, TEST_MONTHS[rule] * 31 + 40)))
            next_due = last_test + timedelta(days=TEST_MONTHS[rule] * 30)
        if rule == "helmet_fibreglass":
            life_end = made + timedelta(days=int(42 * 30.4))
        r = rng.random()
        status, holder, due_back = "in_stock", None, None
        if r < 0.12:
            status, holder = "out", staff_ids[int(rng.integers(len(staff_ids)))]
            due_back = today + timedelta(days=int(rng.integers(-5, 10)))
        elif r < 0.15:
            status = "in_test"
        elif r < 0.16:
            status = "scrapped"
        rows.append((i, type_id, f"SN{made:%y}{i:07d}", epc, shelf if status != "out" else None, status, 1, made, last_test, next_due, life_end, holder, None, due_back, 1, stamp, stamp))
    return rows
