"""RFID ingestion into the database: stored reads, door movements, badges, quarantine, retries after failures."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from console.core.devices.tag_reads import ReadBuffer, TagRead
from console.core.models import Movement, QuarantinedEpc, TagReadRow
from console.core.models.enums import ItemStatus, MovementKind
from console.core.services.warehouse_ingest import IngestService, IngestSettings, configured_reader_addresses
from tests.core.warehouse_helpers import count, item, item_ids, later, movements, staff_id, usable_tool, workflows

T0 = 1_790_000_000_000_000  # µs
S = 1_000_000
UNKNOWN = "3074257BF7194E4000001A85"  # the TDS SGTIN example: not one of ours


def door(epc: str, antennas: list[int], start_us: int, step_us: int = 200_000, reader: str = "door-1") -> list[TagRead]:
    return [TagRead(reader, epc, a, -50, start_us + i * step_us) for i, a in enumerate(antennas)]


def epc_of(db, item_id: int) -> str:  # type: ignore[no-untyped-def]
    return item(db, item_id).epc


def test_reads_are_deduplicated_and_stored(demo_db) -> None:  # type: ignore[no-untyped-def]
    epc = epc_of(demo_db, usable_tool(demo_db)[0])
    reads = [TagRead("shelf-z1", epc, 3, -60, T0 + i * 100_000) for i in range(25)]  # 2.5 s on one antenna
    result = IngestService(demo_db.session_factory, IngestSettings(dedup_window_s=1.0)).ingest(reads)
    assert (result.offered, result.stored) == (25, 3)  # t = 0, 1.0, 2.0 s
    with demo_db.session_factory() as s:
        rows = s.execute(select(TagReadRow.reader, TagReadRow.epc, TagReadRow.antenna, TagReadRow.rssi,
                                TagReadRow.seen_at_us).order_by(TagReadRow.seen_at_us)).all()
    assert [tuple(r) for r in rows] == [("shelf-z1", epc, 3, -60, T0 + k * S) for k in range(3)]
    assert result.passes == () and result.quarantined == ()


def test_door_out_then_in_moves_the_item_and_returns_it_to_its_shelf(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    epc, shelf = epc_of(demo_db, tool), item(demo_db, tool).location_id
    service = IngestService(demo_db.session_factory)
    out = service.ingest(door(epc, [2, 2, 1, 1], T0))  # inner then outer: leaving
    assert [(p.item_id, p.direction, p.status_after) for p in out.passes] == [(tool, "out", "out")]
    assert out.changed_item_ids == (tool,)
    gone = item(demo_db, tool)
    assert (gone.status, gone.location_id, gone.due_back_on, gone.holder_staff_id) == (ItemStatus.OUT, None, None, None)
    back = service.ingest(door(epc, [1, 1, 2, 2], T0 + 60 * S))
    assert [(p.direction, p.status_after) for p in back.passes] == [("in", "in_stock")]
    assert (item(demo_db, tool).status, item(demo_db, tool).location_id) == (ItemStatus.IN_STOCK, shelf)
    kinds = [(m.kind, m.from_location_id, m.to_location_id) for m in movements(demo_db, tool)]
    assert kinds == [(MovementKind.PORTAL_OUT, shelf, None), (MovementKind.PORTAL_IN, None, shelf)]


def test_checked_out_item_leaving_keeps_its_check_out(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    person = staff_id(demo_db)
    workflows(demo_db).check_out([tool], staff_id=person, due_back_on=later(2))
    IngestService(demo_db.session_factory).ingest(door(epc_of(demo_db, tool), [2, 1, 1], T0))
    after = item(demo_db, tool)
    assert (after.status, after.holder_staff_id, after.due_back_on) == (ItemStatus.OUT, person, later(2))
    assert [m.kind for m in movements(demo_db, tool)] == [MovementKind.CHECK_OUT, MovementKind.PORTAL_OUT]


def test_badge_at_the_door_names_who_took_the_tool(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    person = staff_id(demo_db)
    badge = "E2801160600002084D6F1A01"
    workflows(demo_db).assign_badge(person, badge)
    reads = door(badge, [2, 1], T0) + door(epc_of(demo_db, tool), [2, 2, 1], T0 + 3 * S)
    result = IngestService(demo_db.session_factory).ingest(reads)
    assert result.badges_seen == 1 and result.quarantined == ()  # a badge is not an unknown tag
    assert [(p.item_id, p.staff_id) for p in result.passes] == [(tool, person)]
    assert item(demo_db, tool).holder_staff_id == person
    assert movements(demo_db, tool)[-1].staff_id == person


def test_badge_seen_long_before_names_nobody(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    workflows(demo_db).assign_badge(staff_id(demo_db), "E2801160600002084D6F1A01")
    reads = door("E2801160600002084D6F1A01", [2, 1], T0) + door(epc_of(demo_db, tool), [2, 1], T0 + 60 * S)
    result = IngestService(demo_db.session_factory, IngestSettings(badge_window_s=10)).ingest(reads)
    assert [p.staff_id for p in result.passes] == [None]


def test_unknown_tags_are_quarantined_and_aggregated(demo_db) -> None:  # type: ignore[no-untyped-def]
    service = IngestService(demo_db.session_factory, IngestSettings(dedup_window_s=0))
    service.ingest([TagRead("door-1", UNKNOWN.lower(), 1, -70, T0 + i * S) for i in range(3)])
    service.ingest([TagRead("shelf-z1", UNKNOWN, 3, -70, T0 - 5 * S), TagRead("shelf-z1", UNKNOWN, 3, -70, T0 + 9 * S)])
    with demo_db.session_factory() as s:
        q = s.get(QuarantinedEpc, UNKNOWN)
        assert q is not None
        assert (q.reader, q.reads, q.first_seen_us, q.last_seen_us, q.dismissed) == (
            "door-1", 5, T0 - 5 * S, T0 + 9 * S, False)


def test_reader_addresses_resolve_to_configured_names(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    assert configured_reader_addresses(demo_db.session_factory) == ["127.0.0.1:5084", "127.0.0.1:5085"]
    result = IngestService(demo_db.session_factory).ingest(door(epc_of(demo_db, tool), [2, 1], T0,
                                                                reader="127.0.0.1:5084"))
    assert [p.reader for p in result.passes] == ["door-1"]
    with demo_db.session_factory() as s:
        assert set(s.scalars(select(TagReadRow.reader))) == {"door-1"}


def test_portal_configuration_comes_from_the_readers_table(demo_db) -> None:  # type: ignore[no-untyped-def]
    tool = usable_tool(demo_db)[0]
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE readers SET outer_antenna = 3, inner_antenna = 4 WHERE name = 'door-1'"))
    service = IngestService(demo_db.session_factory)
    assert service.ingest(door(epc_of(demo_db, tool), [2, 1], T0)).passes == ()
    assert [p.direction for p in service.ingest(door(epc_of(demo_db, tool), [4, 3], T0 + 30 * S)).passes] == ["out"]


class FlakyFactory:
    """A session factory whose sessions can be made to fail, as when the database is locked or unreachable."""

    def __init__(self, real) -> None:  # type: ignore[no-untyped-def]
        self.real = real
        self.failures = 0

    def __call__(self):  # type: ignore[no-untyped-def]
        if self.failures:
            self.failures -= 1
            raise OperationalError("INSERT INTO tag_reads", {}, Exception("database is locked"))
        return self.real()


def test_a_failed_batch_is_retried_without_losing_or_doubling_anything(demo_db) -> None:  # type: ignore[no-untyped-def]
    tools = usable_tool(demo_db, 3)
    epcs = [epc_of(demo_db, t) for t in tools]
    factory = FlakyFactory(demo_db.session_factory)
    service = IngestService(factory, IngestSettings(dedup_window_s=1.0))
    buffer = ReadBuffer()
    buffer.extend([TagRead("shelf-z1", epcs[0], 3, -60, T0)])
    buffer.drain_all(service)  # loads the configuration while the database answers
    first = door(epcs[1], [2, 2, 1], T0 + S)
    buffer.extend(first)
    factory.failures = 1
    with pytest.raises(OperationalError):
        buffer.drain_all(service)
    assert len(buffer) == 3  # kept queued
    buffer.extend(door(epcs[2], [2, 1], T0 + 2 * S))  # more reads arrive meanwhile
    assert buffer.drain_all(service) == 5
    assert count(demo_db, TagReadRow) == 1 + 2 + 2  # tool 1 once; tool 2 antennas 2 and 1 (dedup); tool 3
    assert count(demo_db, Movement, Movement.kind == MovementKind.PORTAL_OUT) == 2  # each door pass exactly once
    assert {item(demo_db, t).status for t in tools[1:]} == {ItemStatus.OUT}


def test_reads_are_stored_on_an_empty_database(empty_db) -> None:  # type: ignore[no-untyped-def]
    result = IngestService(empty_db.session_factory).ingest([TagRead("192.168.1.20:5084", UNKNOWN, 1, None, T0)])
    assert result.stored == 1 and result.quarantined == (UNKNOWN,)


def test_exit_without_check_out_becomes_an_alert(demo_db) -> None:  # type: ignore[no-untyped-def]
    from console.core.services.warehouse_alerts import EXIT_UNREGISTERED, WarehouseAlerts
    from tests.core.warehouse_helpers import service as make
    from tests.support.databases import DEMO_TODAY

    tool = usable_tool(demo_db)[0]
    IngestService(demo_db.session_factory).ingest(door(epc_of(demo_db, tool), [2, 1], T0))
    alerts = make(demo_db, WarehouseAlerts).alerts(DEMO_TODAY)
    assert [a.item_id for a in alerts.alerts if a.kind == EXIT_UNREGISTERED] == [tool]
    assert item_ids(demo_db, "i.status = 'out' AND i.due_back_on IS NULL") == [tool]
