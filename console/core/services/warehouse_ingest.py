"""RFID ingestion: a batch of tag reads becomes stored reads, door movements, quarantine entries and count sightings.

One batch is one transaction::

    reads ─ resolve reader names ─ de-duplicate (per reader, EPC, antenna) ─ door passes (portal antenna order)
          └─ tag_reads rows (executemany / COPY)
          └─ registered item passing a door → Movement PORTAL_OUT/PORTAL_IN and the item's status and place
          └─ unknown EPC (no item, no staff badge) → quarantine upsert
          └─ reader inside a zone with an open stock count → that count's sightings

It is the ``sink`` of :class:`~console.core.devices.tag_reads.ReadBuffer`: if the database fails, the exception
leaves the batch queued and the buffer offers it again (possibly with more reads behind it). The de-duplicator and
door tracker have already seen those reads, so the service keeps what it made of the failed batch and reuses it
for the same head of the queue instead of feeding the reads through the stateful rules twice.

Door semantics: a registered item leaving through the door while in stock (or reserved) becomes OUT with no
due date — the "left without check-out" alert — held by the person whose badge crossed the same door within
``badge_window_s``, if any. An item that is OUT and comes in through the door is returned automatically to the
shelf it last left from. Items away for testing or scrapped only get the movement recorded.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from operator import attrgetter

from sqlalchemy import Connection, bindparam, select, update

from console.core.devices.tag_reads import TagRead
from console.core.models import Item, Movement, Reader, StockCount
from console.core.models.enums import ItemStatus, MovementKind
from console.core.rules.rfid_ingest import Deduplicator, Direction, Portal, PortalPass, PortalTracker
from console.core.services import warehouse_ingest_sql as sql
from console.core.services.base import SessionFactory, read_only, unit_of_work
from console.core.services.warehouse_common import LocationTree

LLRP_DEFAULT_PORT = 5084
_EPC = attrgetter("epc_hex")
_READER = attrgetter("reader")
_ROW = attrgetter("reader", "epc_hex", "antenna", "rssi", "seen_at_us")  # a tag_reads row, built in C


@dataclass(frozen=True)
class IngestSettings:
    dedup_window_s: float = 1.0
    portal_window_s: float = 3.0
    portal_refractory_s: float = 1.0
    badge_window_s: float = 10.0  # a badge crossing the door this close to a tool's exit names who took it
    config_refresh_s: float = 5.0  # how often the readers table is read again


@dataclass(frozen=True)
class DoorPass:
    item_id: int
    epc: str
    direction: str  # "in" / "out"
    reader: str
    at_us: int
    staff_id: int | None
    status_after: str


@dataclass(frozen=True)
class IngestResult:
    offered: int  # reads handed in
    stored: int  # reads kept after de-duplication and written to tag_reads
    passes: tuple[DoorPass, ...] = ()
    changed_item_ids: tuple[int, ...] = ()
    quarantined: tuple[str, ...] = ()  # unknown EPCs upserted into the quarantine
    count_sightings: int = 0  # (count, EPC) pairs newly offered to open stock counts
    badges_seen: int = 0
    by_reader: dict[str, int] = field(default_factory=dict)  # stored reads per reader


@dataclass(frozen=True)
class _Config:
    aliases: dict[str, str]  # "host:port", "host" (port 5084) and the name itself → reader name
    locations: dict[str, int | None]  # reader name → location id
    portals: tuple[Portal, ...]
    tree: LocationTree
    badges: dict[str, int]  # badge EPC → staff id

    @property
    def portal_readers(self) -> frozenset[str]:
        return frozenset(p.reader for p in self.portals)


@dataclass
class _Prepared:
    kept: list[TagRead]
    passes: list[PortalPass]


class IngestService:
    def __init__(self, factory: SessionFactory, settings: IngestSettings | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._factory = factory
        self.settings = settings or IngestSettings()
        self._clock = clock
        self._dedup = Deduplicator(self.settings.dedup_window_s)
        self._tracker: PortalTracker | None = None
        self._config: _Config | None = None
        self._config_at = float("-inf")
        self._pending: tuple[list[TagRead], _Prepared] | None = None
        self._badges: dict[str, set[tuple[int, int]]] = {}  # portal reader → {(at_us, staff_id)}
        self._seen_pairs: set[tuple[int, str]] = set()  # (count id, EPC) already stored, to skip repeats
        # EPC → item id. Items are never deleted nor re-keyed, so a tag once known stays known; tags found to be
        # nobody's are remembered until the next configuration refresh (a newly registered one is then seen).
        self._known: dict[str, int] = {}
        self._foreign: set[str] = set()

    def __call__(self, batch: list[TagRead]) -> IngestResult:
        """Usable as the ReadBuffer / ``rfid listen`` sink."""
        return self.ingest(batch)

    def invalidate_config(self) -> None:
        """Read the readers table again before the next batch (after a reader was added or changed)."""
        self._config_at = float("-inf")

    def ingest(self, batch: list[TagRead]) -> IngestResult:
        config = self._current_config()
        prepared = self._prepare(batch, config)
        try:
            with unit_of_work(self._factory, "读数") as s:
                result, seen = self._write(s.connection(), prepared, config, len(batch))
        except BaseException:
            self._pending = (list(batch), prepared)
            raise
        self._pending = None
        self._seen_pairs.update(seen)
        return result

    # -- preparation (stateful rules, no database) ----------------------------------------------------------

    def _prepare(self, batch: list[TagRead], config: _Config) -> _Prepared:
        head: _Prepared | None = None
        rest = batch
        if self._pending is not None:
            old_batch, old_prepared = self._pending
            n = len(old_batch)
            if len(batch) >= n and n and batch[0] == old_batch[0] and batch[n - 1] == old_batch[n - 1]:
                head, rest = old_prepared, batch[n:]
        resolved = self._resolve(rest, config)
        kept = self._dedup.filter(resolved)
        portal_readers = config.portal_readers
        at_doors = [r for r in kept if r.reader in portal_readers]
        passes = self._tracker.feed(at_doors) if self._tracker is not None and at_doors else []
        if head is None:
            return _Prepared(kept, passes)
        return _Prepared(head.kept + kept, head.passes + passes)

    @staticmethod
    def _resolve(reads: list[TagRead], config: _Config) -> list[TagRead]:
        """Reader addresses to reader names, EPCs to upper case; untouched reads are passed on as they are."""
        aliases = config.aliases
        if all(aliases.get(name, name) == name for name in {r.reader for r in reads}):
            return [r if r.epc_hex.isupper() or r.epc_hex.isdigit() else replace(r, epc_hex=r.epc_hex.upper())
                    for r in reads]
        return [replace(r, reader=aliases.get(r.reader, r.reader), epc_hex=r.epc_hex.upper()) for r in reads]

    def _current_config(self) -> _Config:
        now = self._clock()
        if self._config is not None and now - self._config_at < self.settings.config_refresh_s:
            return self._config
        with read_only(self._factory) as s:
            readers = s.execute(select(Reader.name, Reader.host, Reader.port, Reader.location_id, Reader.enabled,
                                       Reader.is_portal, Reader.outer_antenna, Reader.inner_antenna)).all()
            tree = LocationTree.load(s)
            badges = sql.all_badges(s.connection())
        aliases: dict[str, str] = {}
        for r in readers:
            aliases[f"{r.host}:{r.port}"] = r.name
            if r.port == LLRP_DEFAULT_PORT:
                aliases.setdefault(r.host, r.name)
        for r in readers:
            aliases[r.name] = r.name  # a name always wins over another reader's address
        portals = tuple(sorted(
            (Portal(r.name, r.outer_antenna, r.inner_antenna, r.name) for r in readers
             if r.enabled and r.is_portal and r.outer_antenna is not None and r.inner_antenna is not None
             and r.outer_antenna != r.inner_antenna),
            key=lambda p: p.reader))
        config = _Config(aliases, {r.name: r.location_id for r in readers}, portals, tree, badges)
        self._foreign.clear()
        if self._config is None or self._config.portals != portals:
            s_ = self.settings
            self._tracker = PortalTracker(portals, s_.portal_window_s, s_.portal_refractory_s) if portals else None
        self._config, self._config_at = config, now
        return config

    # -- writing (one transaction) ---------------------------------------------------------------------------

    def _write(self, conn: Connection, p: _Prepared, config: _Config, offered: int
               ) -> tuple[IngestResult, set[tuple[int, str]]]:
        kept = p.kept
        # first read of each EPC in the batch, in order (dict keeps the first key, reversed keeps the first value)
        first = dict(zip(map(_EPC, reversed(kept)), reversed(kept)))
        epcs = list(first)
        badges = {e: config.badges[e] for e in epcs if e in config.badges}
        new = [e for e in epcs if e not in self._known and e not in self._foreign and e not in badges]
        if new:
            found = sql.item_ids_by_epc(conn, new)
            self._known.update(found)
            self._foreign.update(e for e in new if e not in found)
        sql.insert_reads(conn, list(map(_ROW, kept)))
        unknown = [e for e in epcs if e not in self._known and e not in badges]
        quarantine = self._quarantine(kept, set(unknown)) if unknown else []
        sql.upsert_quarantine(conn, quarantine)
        self._remember_badges(kept, badges, config)
        passes = self._apply_passes(conn, p.passes, config)
        seen = self._count_sightings(conn, kept, badges, config)
        changed = tuple(dict.fromkeys(dp.item_id for dp in passes))
        result = IngestResult(offered, len(kept), tuple(passes), changed, tuple(e[0] for e in quarantine),
                              len(seen), len(badges), dict(Counter(map(_READER, kept))))
        return result, seen

    @staticmethod
    def _quarantine(kept: Sequence[TagRead], unknown: set[str]) -> list[tuple[str, str, int, int, int]]:
        entries: dict[str, list] = {}  # type: ignore[type-arg]  # epc → [epc, reader, first, last, reads]
        for r in kept:
            if r.epc_hex not in unknown:
                continue
            entry = entries.get(r.epc_hex)
            if entry is None:
                entries[r.epc_hex] = [r.epc_hex, r.reader, r.seen_at_us, r.seen_at_us, 1]
            else:
                entry[2] = min(entry[2], r.seen_at_us)
                entry[3] = max(entry[3], r.seen_at_us)
                entry[4] += 1
        return [tuple(e) for e in entries.values()]  # type: ignore[misc]

    def _remember_badges(self, kept: Sequence[TagRead], badges: dict[str, int], config: _Config) -> None:
        if not badges:
            return
        portal_readers = {p.reader for p in config.portals}
        for r in kept:
            staff_id = badges.get(r.epc_hex)
            if staff_id is not None and r.reader in portal_readers:
                self._badges.setdefault(r.reader, set()).add((r.seen_at_us, staff_id))
        horizon = 2 * round(self.settings.badge_window_s * 1_000_000)
        for reader, sightings in self._badges.items():
            newest = max(t for t, _ in sightings) if sightings else 0
            self._badges[reader] = {(t, staff) for t, staff in sightings if t >= newest - horizon}

    def _badge_near(self, reader: str, at_us: int) -> int | None:
        window = round(self.settings.badge_window_s * 1_000_000)
        sightings = self._badges.get(reader)
        if not sightings:
            return None
        near = [(abs(t - at_us), staff) for t, staff in sightings if abs(t - at_us) <= window]
        return min(near)[1] if near else None

    def _apply_passes(self, conn: Connection, passes: Sequence[PortalPass], config: _Config) -> list[DoorPass]:
        by_epc = {ps.epc_hex: self._known[ps.epc_hex] for ps in passes if ps.epc_hex in self._known}
        states = sql.item_states(conn, list(by_epc.values())) if by_epc else {}
        # [item id, status, location], updated as the batch's passes apply (a tag may go out and back in)
        state = {epc: [item_id, *states[item_id]] for epc, item_id in by_epc.items() if item_id in states}
        done: list[DoorPass] = []
        movements: list[dict] = []  # type: ignore[type-arg]
        updates: dict[int, dict] = {}  # type: ignore[type-arg]
        for ps in sorted(passes, key=lambda x: x.at_us):
            current = state.get(ps.epc_hex)
            if current is None:
                continue  # an unregistered tag or a badge crossing the door
            item_id, status, location = current
            staff = self._badge_near(ps.reader, ps.at_us)
            at = datetime.fromtimestamp(ps.at_us / 1_000_000, tz=timezone.utc)
            door = config.locations.get(ps.reader)
            move = {"item_id": item_id, "at": at, "user_id": None, "staff_id": staff, "project_id": None,
                    "from_location_id": None, "to_location_id": None, "quantity": 1, "note": ""}
            if ps.direction == Direction.OUT:
                move.update(kind=MovementKind.PORTAL_OUT, from_location_id=location)
                if status in (ItemStatus.IN_STOCK.value, ItemStatus.RESERVED.value):
                    status, location = ItemStatus.OUT.value, None
                    updates[item_id] = {"status": ItemStatus.OUT, "location_id": None, "holder_staff_id": staff,
                                        "project_id": None, "due_back_on": None}
            else:
                if status == ItemStatus.OUT.value:
                    shelf = _last_shelf(conn, item_id) or door
                    status, location = ItemStatus.IN_STOCK.value, shelf
                    updates[item_id] = {"status": ItemStatus.IN_STOCK, "location_id": shelf, "holder_staff_id": None,
                                        "project_id": None, "due_back_on": None}
                move.update(kind=MovementKind.PORTAL_IN, to_location_id=location if location is not None else door)
            current[1], current[2] = status, location
            movements.append(move)
            done.append(DoorPass(item_id, ps.epc_hex, ps.direction.value, ps.reader, ps.at_us, staff, status))
        if movements:
            conn.execute(Movement.__table__.insert(), movements)
        if updates:
            t = Item.__table__
            now = datetime.now(timezone.utc)
            stmt = (update(t).where(t.c.id == bindparam("b_id"))
                    .values(status=bindparam("b_status"), location_id=bindparam("b_location"),
                            holder_staff_id=bindparam("b_holder"), project_id=bindparam("b_project"),
                            due_back_on=bindparam("b_due"), version=t.c.version + 1, updated_at=now))
            conn.execute(stmt, [{"b_id": i, "b_status": u["status"], "b_location": u["location_id"],
                                 "b_holder": u["holder_staff_id"], "b_project": u["project_id"],
                                 "b_due": u["due_back_on"]} for i, u in updates.items()])
        return done

    def _count_sightings(self, conn: Connection, kept: Sequence[TagRead], badges: dict[str, int], config: _Config
                         ) -> set[tuple[int, str]]:
        counts = conn.execute(select(StockCount.id, StockCount.location_id).where(StockCount.closed_at.is_(None))).all()
        if not counts:
            self._seen_pairs.clear()
            return set()
        inside = {count_id: config.tree.subtree(zone) for count_id, zone in counts}
        by_reader: dict[str, list[int]] = {}
        for name in {r.reader for r in kept}:
            location = config.locations.get(name)
            # a handheld (a reader not in the table, or one without a place) counts for every open count
            by_reader[name] = [c for c, zone in inside.items() if location is None or location in zone]
        rows: list[tuple[int, str, str, int]] = []
        new: set[tuple[int, str]] = set()
        for reader, count_ids in by_reader.items():
            if not count_ids:
                continue
            mine = [r for r in kept if r.reader == reader]
            first = dict(zip(map(_EPC, reversed(mine)), reversed(mine)))  # each EPC's first read by this reader
            for count_id in count_ids:
                for epc, r in first.items():
                    pair = (count_id, epc)
                    if epc in badges or pair in self._seen_pairs or pair in new:
                        continue
                    new.add(pair)
                    rows.append((count_id, epc, reader, r.seen_at_us))
        sql.insert_seen(conn, rows)
        return new


def _last_shelf(conn: Connection, item_id: int) -> int | None:
    t = Movement.__table__
    return conn.scalar(select(t.c.from_location_id).where(
        t.c.item_id == item_id, t.c.from_location_id.is_not(None),
        t.c.kind.in_([MovementKind.CHECK_OUT, MovementKind.PORTAL_OUT, MovementKind.TEST]),
    ).order_by(t.c.at.desc(), t.c.id.desc()).limit(1))


def configured_reader_addresses(factory: SessionFactory) -> list[str]:
    """``host:port`` of every enabled reader in the readers table (ingest maps them back to the reader names)."""
    with read_only(factory) as s:
        return [f"{host}:{port}" for host, port in s.execute(
            select(Reader.host, Reader.port).where(Reader.enabled.is_(True)).order_by(Reader.name))]
