"""Warehouse registry reads: the live inventory as column arrays, one item with its history, pick lists.

The inventory comes back as numpy columns (``InventoryColumns``) so the desk's column table shows 50,000 items
and sorts/filters them in numpy; single-item reads and pick lists are frozen dataclasses. Everything needs
VIEW_WAREHOUSE; the warehouse is the centre's, so there is no team filter on items (projects are team-scoped).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.epc import EpcError, decode_hex
from console.core.errors import NotFound
from console.core.models import (
    Item, ItemType, MaterialReservation, Movement, Project, QuarantinedEpc, Reader, Staff, Team, TestIntervalRule,
    TestRecord, UserAccount,
)
from console.core.models.enums import ItemStatus, ProjectStatus
from console.core.security import Permission, Principal, require, team_scope
from console.core.services.base import SessionFactory, read_only
from console.core.services.warehouse_common import LocationTree

DUE_SOON_DAYS = 30  # a test due within this many days is flagged ahead of time

# Test state of an item on a given day (column ``test_state``); the desk colours rows by it.
TEST_NONE, TEST_OK, TEST_DUE_SOON, TEST_OVERDUE, LIFE_ENDED = "none", "ok", "due_soon", "overdue", "life_ended"

INVENTORY_KEYS = (
    "epc", "serial", "type_code", "type_name", "category", "tracking", "status", "location", "zone", "holder",
    "project", "next_test_due", "service_life_ends", "due_back_on", "quantity", "test_state", "type_id",
    "location_id", "zone_id",
)


@dataclass(frozen=True)
class InventoryColumns:
    ids: np.ndarray  # item ids, int64
    columns: dict[str, np.ndarray]  # INVENTORY_KEYS → one array each, aligned with ids
    today: date

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class MovementView:
    at: datetime
    kind: str  # MovementKind value
    user: str
    staff: str
    project: str
    from_location: str
    to_location: str
    quantity: int
    note: str


@dataclass(frozen=True)
class TestView:
    __test__ = False
    tested_on: date
    kind: str  # "test" or "inspection"
    passed: bool
    next_due: date | None
    tester: str
    certificate_no: str
    note: str


@dataclass(frozen=True)
class ItemDetail:
    id: int
    version: int
    epc: str
    tag_uri: str  # "" when the EPC is not a GS1 scheme we decode
    serial: str
    type_id: int
    type_name: str
    category: str
    tracking: str
    status: str
    location_id: int | None
    location: str
    holder_staff_id: int | None
    holder: str
    project_id: int | None
    project: str
    quantity: int
    manufactured_on: date | None
    last_test_on: date | None
    next_test_due: date | None
    service_life_ends: date | None
    due_back_on: date | None
    test_interval_months: int | None
    reserved_for: str  # project of an open reservation of this item, "" if none
    movements: tuple[MovementView, ...] = ()
    tests: tuple[TestView, ...] = ()


@dataclass(frozen=True)
class Choice:
    """An entry of a pick list: id, the text shown, and a secondary line."""

    id: int
    text: str
    detail: str = ""


@dataclass(frozen=True)
class ItemTypeView:
    id: int
    code: str
    name: str
    category: str
    tracking: str
    unit: str
    item_ref: str
    low_stock_threshold: int
    test_interval_months: int | None
    service_life_months: int | None


@dataclass(frozen=True)
class ReaderView:
    id: int
    name: str
    host: str
    port: int
    location: str
    location_id: int | None
    is_portal: bool
    outer_antenna: int | None
    inner_antenna: int | None
    enabled: bool

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class QuarantineEntry:
    epc: str
    tag_uri: str
    reader: str
    first_seen_us: int
    last_seen_us: int
    reads: int


@dataclass(frozen=True)
class Lookups:
    """Everything the desk's dialogs pick from, loaded in one go."""

    zones: tuple[Choice, ...] = ()
    shelves: tuple[Choice, ...] = ()
    types: tuple[ItemTypeView, ...] = ()
    staff: tuple[Choice, ...] = ()
    projects: tuple[Choice, ...] = ()
    shelves_by_zone: dict[int, tuple[int, ...]] = field(default_factory=dict)


def tag_uri_of(epc_hex: str) -> str:
    try:
        return decode_hex(epc_hex).tag_uri
    except EpcError:
        return ""


def item_test_states(next_due: np.ndarray, life_end: np.ndarray, today: date) -> np.ndarray:
    """Vectorised test state per item (``TEST_*`` / ``LIFE_ENDED``) from datetime64[D] columns with NaT."""
    t = np.datetime64(today, "D")
    state = np.full(len(next_due), TEST_NONE, dtype=object)
    has_due = ~np.isnat(next_due)
    state[has_due] = TEST_OK
    state[has_due & (next_due <= t + np.timedelta64(DUE_SOON_DAYS, "D"))] = TEST_DUE_SOON
    state[has_due & (next_due < t)] = TEST_OVERDUE
    state[~np.isnat(life_end) & (life_end <= t)] = LIFE_ENDED
    return state


def _dates(values: Sequence[date | None]) -> np.ndarray:
    return np.array([np.datetime64(v, "D") if v is not None else np.datetime64("NaT") for v in values],
                    dtype="datetime64[D]")


class WarehouseRegistry:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def inventory(self, today: date) -> InventoryColumns:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            tree = LocationTree.load(s)
            staff = dict(s.execute(select(Staff.id, Staff.name)).all())
            projects = dict(s.execute(select(Project.id, Project.application_no)).all())
            types = {row[0]: row[1:] for row in s.execute(
                select(ItemType.id, ItemType.code, ItemType.name, ItemType.category, ItemType.tracking))}
            rows = s.execute(select(
                Item.id, Item.type_id, Item.epc, Item.serial, Item.status, Item.location_id, Item.holder_staff_id,
                Item.project_id, Item.next_test_due, Item.service_life_ends, Item.due_back_on, Item.quantity,
            ).order_by(Item.id)).all()
        return _inventory_columns(rows, tree, staff, projects, types, today)

    def inventory_rows(self, item_ids: Sequence[int], today: date) -> InventoryColumns:
        """The same columns for a few items (live updates patch these into the table)."""
        require(self._principal, Permission.VIEW_WAREHOUSE)
        ids = sorted(set(int(i) for i in item_ids))
        with read_only(self._factory) as s:
            tree = LocationTree.load(s)
            rows = []
            for start in range(0, len(ids), 900):
                rows += s.execute(select(
                    Item.id, Item.type_id, Item.epc, Item.serial, Item.status, Item.location_id,
                    Item.holder_staff_id, Item.project_id, Item.next_test_due, Item.service_life_ends,
                    Item.due_back_on, Item.quantity,
                ).where(Item.id.in_(ids[start:start + 900]))).all()
            staff_ids = {r[6] for r in rows if r[6] is not None}
            project_ids = {r[7] for r in rows if r[7] is not None}
            staff = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids))).all()) if staff_ids else {}
            projects = dict(s.execute(select(Project.id, Project.application_no).where(Project.id.in_(project_ids))).all()) if project_ids else {}
            types = {row[0]: row[1:] for row in s.execute(
                select(ItemType.id, ItemType.code, ItemType.name, ItemType.category, ItemType.tracking))}
        return _inventory_columns(rows, tree, staff, projects, types, today)

    def item(self, item_id: int, history_limit: int = 200) -> ItemDetail:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            item = s.get(Item, item_id)
            if item is None:
                raise NotFound(what="物资", key=str(item_id))
            return _detail(s, item, history_limit)

    def item_id_by_epc(self, epc_hex: str) -> int | None:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            return s.scalar(select(Item.id).where(Item.epc == epc_hex.strip().upper()))

    def lookups(self) -> Lookups:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            tree = LocationTree.load(s)
            zones = tuple(Choice(z.id, z.name, z.code) for z in tree.zones())
            shelves = tuple(Choice(n.id, n.name, n.code) for z in tree.zones() for n in tree.shelves_in(z.id))
            by_zone = {z.id: tuple(n.id for n in tree.shelves_in(z.id)) for z in tree.zones()}
            staff = tuple(Choice(i, name, team or "") for i, name, team in s.execute(
                select(Staff.id, Staff.name, Team.name).outerjoin(Team, Team.id == Staff.team_id)
                .where(Staff.active.is_(True)).order_by(Staff.team_id, Staff.id)))
            return Lookups(zones, shelves, self._types(s), staff, self._projects(s), by_zone)

    def item_types(self) -> tuple[ItemTypeView, ...]:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            return self._types(s)

    def readers(self) -> tuple[ReaderView, ...]:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            tree = LocationTree.load(s)
            return tuple(ReaderView(r.id, r.name, r.host, r.port, tree.path(r.location_id), r.location_id,
                                    r.is_portal, r.outer_antenna, r.inner_antenna, r.enabled)
                         for r in s.scalars(select(Reader).order_by(Reader.name)))

    def quarantine(self, limit: int = 5000) -> tuple[QuarantineEntry, ...]:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            rows = s.scalars(select(QuarantinedEpc).where(QuarantinedEpc.dismissed.is_(False))
                             .order_by(QuarantinedEpc.last_seen_us.desc()).limit(limit)).all()
            return tuple(QuarantineEntry(q.epc, tag_uri_of(q.epc), q.reader, q.first_seen_us, q.last_seen_us, q.reads)
                         for q in rows)

    def _types(self, s: Session) -> tuple[ItemTypeView, ...]:
        rows = s.execute(select(ItemType, TestIntervalRule.test_interval_months, TestIntervalRule.service_life_months)
                         .outerjoin(TestIntervalRule, TestIntervalRule.id == ItemType.test_rule_id)
                         .order_by(ItemType.id)).all()
        return tuple(ItemTypeView(t.id, t.code, t.name, t.category.value, t.tracking.value, t.unit, t.item_ref,
                                  t.low_stock_threshold, months, life) for t, months, life in rows)

    def _projects(self, s: Session) -> tuple[Choice, ...]:
        if not self._principal.can(Permission.VIEW_PROJECTS):
            return ()
        query = select(Project.id, Project.application_no, Project.title).where(
            Project.status == ProjectStatus.IN_PROGRESS).order_by(Project.application_no)
        scope = team_scope(self._principal) if self._principal.team_id is not None or self._principal.can(
            Permission.ALL_TEAMS) else None
        if scope is not None:
            query = query.where(Project.team_id == scope)
        return tuple(Choice(i, no, title) for i, no, title in s.execute(query))


def _inventory_columns(rows: Sequence[tuple], tree: LocationTree, staff: dict[int, str], projects: dict[int, str],
                       types: dict[int, tuple], today: date) -> InventoryColumns:
    n = len(rows)
    cols = list(zip(*rows)) if rows else [()] * 12
    ids = np.fromiter(cols[0], dtype=np.int64, count=n)
    type_rows = [types[t] for t in cols[1]]
    location_ids = list(cols[5])
    zone_ids = [tree.zone_of(loc) for loc in location_ids]
    next_due, life_end = _dates(cols[8]), _dates(cols[9])
    obj = lambda values: np.array(list(values), dtype=object)  # noqa: E731 - object arrays keep None as missing
    columns = {
        "epc": obj(cols[2]),
        "serial": obj(cols[3]),
        "type_code": obj(t[0] for t in type_rows),
        "type_name": obj(t[1] for t in type_rows),
        "category": obj(t[2].value for t in type_rows),
        "tracking": obj(t[3].value for t in type_rows),
        "status": obj(s.value for s in cols[4]),
        "location": obj(tree.nodes[loc].code if loc in tree.nodes else None for loc in location_ids),
        "zone": obj(tree.nodes[z].name if z is not None else None for z in zone_ids),
        "holder": obj(staff.get(h) if h is not None else None for h in cols[6]),
        "project": obj(projects.get(p) if p is not None else None for p in cols[7]),
        "next_test_due": next_due,
        "service_life_ends": life_end,
        "due_back_on": _dates(cols[10]),
        "quantity": np.fromiter(cols[11], dtype=np.int64, count=n),
        "test_state": item_test_states(next_due, life_end, today),
        "type_id": np.fromiter(cols[1], dtype=np.int64, count=n),
        "location_id": np.array([loc if loc is not None else -1 for loc in location_ids], dtype=np.int64),
        "zone_id": np.array([z if z is not None else -1 for z in zone_ids], dtype=np.int64),
    }
    scrapped = columns["status"] == ItemStatus.SCRAPPED.value
    columns["test_state"][scrapped] = TEST_NONE  # a scrapped tool's old due date alarms nobody
    return InventoryColumns(ids, columns, today)


def _detail(s: Session, item: Item, history_limit: int) -> ItemDetail:
    tree = LocationTree.load(s)
    it = s.get(ItemType, item.type_id)
    assert it is not None
    months = s.scalar(select(TestIntervalRule.test_interval_months).where(TestIntervalRule.id == it.test_rule_id)) \
        if it.test_rule_id else None
    holder = s.scalar(select(Staff.name).where(Staff.id == item.holder_staff_id)) if item.holder_staff_id else ""
    project = s.scalar(select(Project.application_no).where(Project.id == item.project_id)) if item.project_id else ""
    reserved_for = s.scalar(
        select(Project.application_no).join(MaterialReservation, MaterialReservation.project_id == Project.id)
        .where(MaterialReservation.item_id == item.id, MaterialReservation.released_at.is_(None))) or ""
    movements = s.execute(
        select(Movement, UserAccount.display_name, Staff.name, Project.application_no)
        .outerjoin(UserAccount, UserAccount.id == Movement.user_id)
        .outerjoin(Staff, Staff.id == Movement.staff_id)
        .outerjoin(Project, Project.id == Movement.project_id)
        .where(Movement.item_id == item.id).order_by(Movement.at.desc(), Movement.id.desc()).limit(history_limit)).all()
    tests = s.scalars(select(TestRecord).where(TestRecord.item_id == item.id)
                      .order_by(TestRecord.tested_on.desc(), TestRecord.id.desc())).all()
    return ItemDetail(
        item.id, item.version, item.epc, tag_uri_of(item.epc), item.serial, it.id, it.name, it.category.value,
        it.tracking.value, item.status.value, item.location_id, tree.path(item.location_id), item.holder_staff_id,
        holder or "", item.project_id, project or "", item.quantity, item.manufactured_on, item.last_test_on,
        item.next_test_due, item.service_life_ends, item.due_back_on, months, reserved_for,
        tuple(MovementView(m.at, m.kind.value, user or "", staff or "", proj or "", tree.path(m.from_location_id),
                           tree.path(m.to_location_id), m.quantity, m.note) for m, user, staff, proj in movements),
        tuple(TestView(t.tested_on, t.kind, t.passed, t.next_due, t.tester, t.certificate_no, t.note) for t in tests),
    )

