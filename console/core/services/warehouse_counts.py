"""Stock counts (盘点) of one zone: start, let the zone's readers (or a handheld) report what they see, compare
expected with seen, close with the adjustments recorded.

Expected: items registered on the zone's shelves that should be there (in stock or reserved). Seen: EPCs the
ingest stored for the count (readers placed in the zone, readers without a place such as handhelds) or that a
person entered. The comparison gives

* found — expected and seen;
* missing — expected, not seen;
* misplaced — seen here, in stock but registered outside this zone;
* unexpected — seen here although its record says it is out, away for testing or scrapped, or not registered.

Closing records one COUNT_ADJUST movement per adjusted item: a missing item loses its shelf (it was not where the
register said), a misplaced one moves to this zone, an item recorded as out but found here is taken back in.
Unregistered tags go to the quarantine for registration. Items away for testing or scrapped are only listed.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.errors import NotFound
from console.core.models import Item, ItemType, Movement, StockCount, StockCountSeen, UserAccount
from console.core.models.enums import ItemStatus, LocationKind, MovementKind
from console.core.security import Permission, Principal, require
from console.core.services import audit
from console.core.services import warehouse_ingest_sql as sql
from console.core.services.base import SessionFactory, read_only, unit_of_work
from console.core.services.warehouse_common import CountAlreadyOpen, CountClosed, LocationTree, NotAZone, item_label

FOUND, MISSING, MISPLACED, UNEXPECTED = "found", "missing", "misplaced", "unexpected"
_EXPECTED_STATUSES = (ItemStatus.IN_STOCK, ItemStatus.RESERVED)
MANUAL_READER = "handheld"


@dataclass(frozen=True)
class CountSummary:
    id: int
    zone_id: int
    zone: str
    started_at: datetime
    started_by: str
    closed_at: datetime | None
    seen: int


@dataclass(frozen=True)
class CountLine:
    outcome: str  # FOUND / MISSING / MISPLACED / UNEXPECTED
    epc: str
    item_id: int | None
    item: str  # type and serial, "" for an unregistered tag
    status: str  # the item's recorded status, "" for an unregistered tag
    registered_at: str  # where the register puts it
    seen_by: str  # reader, "" when not seen
    seen_at: datetime | None


@dataclass(frozen=True)
class Adjustment:
    """What closing the count changed for one item (a COUNT_ADJUST movement)."""

    item_id: int
    item: str
    epc: str
    outcome: str  # the discrepancy it settled
    from_location: str
    to_location: str
    by: str
    at: datetime


@dataclass(frozen=True)
class CountResult:
    count: CountSummary
    lines: tuple[CountLine, ...]
    expected: int
    adjustments: tuple[Adjustment, ...] = ()

    def of(self, outcome: str) -> list[CountLine]:
        return [line for line in self.lines if line.outcome == outcome]

    @property
    def totals(self) -> dict[str, int]:
        totals = dict.fromkeys((FOUND, MISSING, MISPLACED, UNEXPECTED), 0)
        for line in self.lines:
            totals[line.outcome] += 1
        return totals


@dataclass(frozen=True)
class CloseOutcome:
    count_id: int
    adjusted_item_ids: tuple[int, ...]
    quarantined: int


class WarehouseCounts:
    def __init__(self, factory: SessionFactory, principal: Principal,
                 now: Callable[[], datetime] | None = None) -> None:
        self._factory = factory
        self._principal = principal
        self._now = now or (lambda: datetime.now(timezone.utc))

    def start(self, zone_id: int) -> int:
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        with unit_of_work(self._factory, "盘点") as s:
            tree = LocationTree.load(s)
            zone = tree.nodes.get(zone_id)
            if zone is None:
                raise NotFound(what="库位", key=str(zone_id))
            if zone.kind != LocationKind.ZONE:
                raise NotAZone(location=zone.name)
            open_id = s.scalar(select(StockCount.id).where(StockCount.location_id == zone_id,
                                                           StockCount.closed_at.is_(None)))
            if open_id is not None:
                raise CountAlreadyOpen(zone=zone.name, count=open_id)
            count = StockCount(location_id=zone_id, started_at=self._now(), started_by=self._principal.user_id)
            s.add(count)
            s.flush()
            audit.record(s, self._principal, "warehouse.count_start", "stock_count", count.id, zone=zone.code)
            return count.id

    def record_seen(self, count_id: int, epcs: Sequence[str], reader: str = MANUAL_READER) -> int:
        """Tags a person scanned or typed (handheld, list); returns how many were new to the count."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        at_us = int(self._now().timestamp() * 1_000_000)
        with unit_of_work(self._factory, "盘点") as s:
            self._open_count(s, count_id)
            wanted = list(dict.fromkeys(e.strip().upper() for e in epcs if e.strip()))
            already = set(s.scalars(select(StockCountSeen.epc).where(StockCountSeen.count_id == count_id)))
            new = [e for e in wanted if e not in already]
            sql.insert_seen(s.connection(), [(count_id, e, reader, at_us) for e in new])
            return len(new)

    def counts(self, limit: int = 50) -> tuple[CountSummary, ...]:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            tree = LocationTree.load(s)
            ids = s.scalars(select(StockCount.id).order_by(StockCount.closed_at.is_not(None), StockCount.id.desc())
                            .limit(limit)).all()
            return tuple(_summary(s, tree, i) for i in ids)

    def result(self, count_id: int) -> CountResult:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            return _result(s, LocationTree.load(s), count_id)

    def close(self, count_id: int, adjust: bool = True) -> CloseOutcome:
        """End the count; with ``adjust`` the register is brought in line with what was seen (see module doc)."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        with unit_of_work(self._factory, "盘点") as s:
            count = self._open_count(s, count_id)
            tree = LocationTree.load(s)
            result = _result(s, tree, count_id)
            now = self._now()
            adjusted: list[int] = []
            unregistered = []
            for line in result.lines if adjust else ():
                if line.item_id is None:
                    if line.outcome == UNEXPECTED:
                        unregistered.append(line)
                    continue
                item = s.get(Item, line.item_id)
                assert item is not None
                new_location = _adjusted_location(line, item, count.location_id)
                if new_location is _NO_CHANGE:
                    continue
                s.add(Movement(item_id=item.id, kind=MovementKind.COUNT_ADJUST, at=now, user_id=self._principal.user_id,
                               from_location_id=item.location_id, to_location_id=new_location, quantity=item.quantity,
                               note=f"#{count_id} {line.outcome}"))
                if line.outcome == UNEXPECTED:
                    item.status = ItemStatus.IN_STOCK
                    item.holder_staff_id = item.project_id = item.due_back_on = None
                item.location_id = new_location  # type: ignore[assignment]
                adjusted.append(item.id)
            at_us = int(now.timestamp() * 1_000_000)
            sql.upsert_quarantine(s.connection(), [(line.epc, line.seen_by or MANUAL_READER, at_us, at_us, 1)
                                                   for line in unregistered])
            count.closed_at = now
            audit.record(s, self._principal, "warehouse.count_close", "stock_count", count_id,
                         adjusted=len(adjusted), **result.totals)
            return CloseOutcome(count_id, tuple(adjusted), len(unregistered))

    def _open_count(self, s: Session, count_id: int) -> StockCount:
        count = s.get(StockCount, count_id)
        if count is None:
            raise NotFound(what="盘点", key=str(count_id))
        if count.closed_at is not None:
            raise CountClosed(count=count_id, at=count.closed_at.strftime("%Y-%m-%d %H:%M"))
        return count


_NO_CHANGE = object()


def _adjusted_location(line: CountLine, item: Item, zone_id: int) -> object:
    if line.outcome == MISSING:
        return None
    if line.outcome == MISPLACED:
        return zone_id
    if line.outcome == UNEXPECTED and item.status == ItemStatus.OUT:
        return zone_id
    return _NO_CHANGE


def _summary(s: Session, tree: LocationTree, count_id: int) -> CountSummary:
    count = s.get(StockCount, count_id)
    if count is None:
        raise NotFound(what="盘点", key=str(count_id))
    by = s.scalar(select(UserAccount.display_name).where(UserAccount.id == count.started_by)) if count.started_by else ""
    seen = s.scalar(select(func.count()).select_from(StockCountSeen).where(StockCountSeen.count_id == count_id)) or 0
    zone = tree.nodes.get(count.location_id)
    return CountSummary(count.id, count.location_id, zone.name if zone else "", count.started_at, by or "",
                        count.closed_at, seen)


def _result(s: Session, tree: LocationTree, count_id: int) -> CountResult:
    summary = _summary(s, tree, count_id)
    inside = tree.subtree(summary.zone_id)
    seen = {epc: (reader, at_us) for epc, reader, at_us in s.execute(
        select(StockCountSeen.epc, StockCountSeen.reader, StockCountSeen.first_seen_us)
        .where(StockCountSeen.count_id == count_id))}
    columns = (Item.id, Item.epc, Item.serial, Item.status, Item.location_id, ItemType.name)
    expected_rows = s.execute(select(*columns).join(ItemType, ItemType.id == Item.type_id).where(
        Item.location_id.in_(inside), Item.status.in_(_EXPECTED_STATUSES))).all()
    expected_epcs = {row.epc for row in expected_rows}
    seen_rows = []
    others = [e for e in seen if e not in expected_epcs]
    for start in range(0, len(others), sql.CHUNK):
        seen_rows += s.execute(select(*columns).join(ItemType, ItemType.id == Item.type_id)
                               .where(Item.epc.in_(others[start:start + sql.CHUNK]))).all()
    lines: list[CountLine] = []

    def line(outcome: str, row, epc: str) -> CountLine:  # type: ignore[no-untyped-def]
        reader, at_us = seen.get(epc, ("", None))
        at = datetime.fromtimestamp(at_us / 1_000_000, tz=timezone.utc) if at_us is not None else None
        if row is None:
            return CountLine(outcome, epc, None, "", "", "", reader, at)
        return CountLine(outcome, epc, row.id, item_label(row.name, row.serial), row.status.value,
                         tree.path(row.location_id), reader, at)

    for row in expected_rows:
        lines.append(line(FOUND if row.epc in seen else MISSING, row, row.epc))
    registered = {row.epc: row for row in seen_rows}
    for epc in others:
        row = registered.get(epc)
        misplaced = row is not None and row.status in _EXPECTED_STATUSES
        lines.append(line(MISPLACED if misplaced else UNEXPECTED, row, epc))
    adjustments = _adjustments(s, tree, count_id) if summary.closed_at is not None else ()
    if adjustments:
        lines = _as_decided(s, lines, adjustments, seen)
    order = {MISSING: 0, MISPLACED: 1, UNEXPECTED: 2, FOUND: 3}
    lines.sort(key=lambda ln: (order[ln.outcome], ln.registered_at, ln.item, ln.epc))
    expected = sum(1 for ln in lines if ln.outcome in (FOUND, MISSING))
    return CountResult(summary, tuple(lines), expected, adjustments)


def _adjustments(s: Session, tree: LocationTree, count_id: int) -> tuple[Adjustment, ...]:
    prefix = f"#{count_id} "
    rows = s.execute(
        select(Movement, Item.epc, Item.serial, ItemType.name, UserAccount.display_name)
        .join(Item, Item.id == Movement.item_id).join(ItemType, ItemType.id == Item.type_id)
        .outerjoin(UserAccount, UserAccount.id == Movement.user_id)
        .where(Movement.kind == MovementKind.COUNT_ADJUST, Movement.note.like(prefix + "%"))
        .order_by(Movement.id)).all()
    return tuple(Adjustment(m.item_id, item_label(name, serial), epc, m.note[len(prefix):],
                            tree.path(m.from_location_id), tree.path(m.to_location_id), by or "", m.at)
                 for m, epc, serial, name, by in rows)


def _as_decided(s: Session, lines: list[CountLine], adjustments: tuple[Adjustment, ...],
                seen: dict[str, tuple[str, int]]) -> list[CountLine]:
    """A closed count shows what was decided at closing, not what the adjusted register says today: adjusted
    items keep the outcome and the place they had then (a missing item no longer sits in the zone, a misplaced
    one now does)."""
    decided = {a.item_id: a for a in adjustments}
    kept = [ln for ln in lines if ln.item_id not in decided]
    statuses = dict(s.execute(select(Item.id, Item.status).where(Item.id.in_(list(decided)))).all())
    for a in adjustments:
        reader, at_us = seen.get(a.epc, ("", None))
        at = datetime.fromtimestamp(at_us / 1_000_000, tz=timezone.utc) if at_us is not None else None
        status = ItemStatus.OUT.value if a.outcome == UNEXPECTED else statuses[a.item_id].value
        kept.append(CountLine(a.outcome, a.epc, a.item_id, a.item, status, a.from_location, reader, at))
    return kept

