"""Stock counts (盘点): sightings from the zone's readers, expected vs seen, closing with adjustments."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from console.core.devices.tag_reads import TagRead
from console.core.errors import NotFound, PermissionDenied
from console.core.models import Movement, QuarantinedEpc
from console.core.models.enums import ItemStatus, MovementKind
from console.core.services.warehouse_common import CountAlreadyOpen, CountClosed, NotAZone
from console.core.services.warehouse_counts import FOUND, MISPLACED, MISSING, UNEXPECTED, WarehouseCounts
from console.core.services.warehouse_ingest import IngestService, IngestSettings
from tests.core.warehouse_helpers import count, item, service

T0 = 1_790_000_000_000_000
UNKNOWN = "3074257BF7194E4000001A85"


def zone_ids(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return {code: i for i, code in conn.execute(text("SELECT id, code FROM locations WHERE kind = 'zone'"))}


def expected_in(db, zone_code: str) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [(i, e) for i, e in conn.execute(text(
            "SELECT i.id, i.epc FROM items i JOIN locations s ON s.id = i.location_id JOIN locations z ON "
            "z.id = s.parent_id WHERE z.code = :z AND i.status IN ('in_stock', 'reserved') ORDER BY i.id"),
            {"z": zone_code})]


def one_where(db, where: str) -> tuple[int, str, int | None]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        row = conn.execute(text(f"SELECT i.id, i.epc, i.location_id FROM items i WHERE {where} ORDER BY i.id LIMIT 1")).one()
    return row[0], row[1], row[2]


def test_count_compares_expected_with_what_the_zone_reader_saw(demo_db) -> None:  # type: ignore[no-untyped-def]
    zones = zone_ids(demo_db)
    counts = service(demo_db, WarehouseCounts)
    count_id = counts.start(zones["WH01-Z1"])
    expected = expected_in(demo_db, "WH01-Z1")
    missing = expected[:3]
    seen = [epc for _, epc in expected[3:]]
    elsewhere_id, elsewhere_epc, _ = one_where(demo_db, "i.status = 'in_stock' AND i.location_id NOT IN "
                                               "(SELECT id FROM locations WHERE parent_id = "
                                               f"{zones['WH01-Z1']})")
    out_id, out_epc, _ = one_where(demo_db, "i.status = 'out'")
    reads = [TagRead("shelf-z1", e, 1, -60, T0 + n) for n, e in enumerate(seen + [elsewhere_epc, out_epc, UNKNOWN])]
    reads.append(TagRead("door-1", expected[0][1], 1, -60, T0))  # the door is not in the zone: does not count
    IngestService(demo_db.session_factory, IngestSettings(dedup_window_s=0)).ingest(reads)
    result = counts.result(count_id)
    assert result.expected == len(expected)
    assert result.totals == {FOUND: len(seen), MISSING: 3, MISPLACED: 1, UNEXPECTED: 2}
    assert [line.item_id for line in result.of(MISSING)] == [i for i, _ in missing]
    assert [line.item_id for line in result.of(MISPLACED)] == [elsewhere_id]
    assert {(line.item_id, line.status) for line in result.of(UNEXPECTED)} == {(out_id, "out"), (None, "")}
    assert all(line.seen_by == "shelf-z1" and line.seen_at is not None for line in result.of(FOUND))
    assert result.lines[0].outcome == MISSING  # discrepancies first


def test_closing_records_the_adjustments(demo_db) -> None:  # type: ignore[no-untyped-def]
    zones = zone_ids(demo_db)
    counts = service(demo_db, WarehouseCounts)
    count_id = counts.start(zones["WH01-Z1"])
    expected = expected_in(demo_db, "WH01-Z1")
    elsewhere_id, elsewhere_epc, old_place = one_where(
        demo_db, f"i.status = 'in_stock' AND i.location_id IN (SELECT id FROM locations WHERE parent_id = {zones['WH01-Z2']})")
    out_id, out_epc, _ = one_where(demo_db, "i.status = 'out'")
    counts.record_seen(count_id, [e for _, e in expected[1:]] + [elsewhere_epc, out_epc, UNKNOWN.lower()])
    assert counts.record_seen(count_id, [elsewhere_epc, "  "]) == 0  # already seen, blanks ignored
    outcome = counts.close(count_id)
    assert set(outcome.adjusted_item_ids) == {expected[0][0], elsewhere_id, out_id}
    assert outcome.quarantined == 1
    assert item(demo_db, expected[0][0]).location_id is None  # missing: no longer on its shelf
    moved = item(demo_db, elsewhere_id)
    assert moved.location_id == zones["WH01-Z1"] and old_place != moved.location_id
    back = item(demo_db, out_id)
    assert (back.status, back.holder_staff_id, back.location_id) == (ItemStatus.IN_STOCK, None, zones["WH01-Z1"])
    assert count(demo_db, Movement, Movement.kind == MovementKind.COUNT_ADJUST) == 3
    assert count(demo_db, QuarantinedEpc, QuarantinedEpc.epc == UNKNOWN) == 1
    with pytest.raises(CountClosed):
        counts.record_seen(count_id, [UNKNOWN])
    with pytest.raises(CountClosed):
        counts.close(count_id)
    summary = counts.counts()[0]
    assert summary.id == count_id and summary.closed_at is not None and summary.seen == len(expected) + 2


def test_close_without_adjusting_changes_no_item(demo_db) -> None:  # type: ignore[no-untyped-def]
    counts = service(demo_db, WarehouseCounts)
    count_id = counts.start(zone_ids(demo_db)["WH01-Z3"])
    assert counts.close(count_id, adjust=False).adjusted_item_ids == ()
    assert count(demo_db, Movement, Movement.kind == MovementKind.COUNT_ADJUST) == 0


def test_one_open_count_per_zone_and_only_zones(demo_db) -> None:  # type: ignore[no-untyped-def]
    zones = zone_ids(demo_db)
    counts = service(demo_db, WarehouseCounts)
    first = counts.start(zones["WH01-Z1"])
    with pytest.raises(CountAlreadyOpen, match=f"#{first}"):
        counts.start(zones["WH01-Z1"])
    counts.start(zones["WH01-Z2"])  # another zone may be counted at the same time
    with demo_db.engine.connect() as conn:
        shelf = int(conn.execute(text("SELECT id FROM locations WHERE kind = 'shelf' LIMIT 1")).scalar_one())
    with pytest.raises(NotAZone):
        counts.start(shelf)
    with pytest.raises(NotFound):
        counts.start(10**6)
    with pytest.raises(PermissionDenied):
        service(demo_db, WarehouseCounts, "facilitator").start(zones["WH01-Z3"])


def test_handheld_readers_count_for_every_open_count(demo_db) -> None:  # type: ignore[no-untyped-def]
    zones = zone_ids(demo_db)
    counts = service(demo_db, WarehouseCounts)
    a, b = counts.start(zones["WH01-Z1"]), counts.start(zones["WH01-Z4"])
    epc = expected_in(demo_db, "WH01-Z4")[0][1]
    result = IngestService(demo_db.session_factory).ingest([TagRead("10.0.0.9:5084", epc, 1, -60, T0)])
    assert result.count_sightings == 2
    assert [ln.epc for ln in counts.result(b).of(FOUND)] == [epc]
    assert [ln.epc for ln in counts.result(a).of(MISPLACED)] == [epc]


def test_a_closed_count_shows_what_was_decided_at_closing(demo_db) -> None:  # type: ignore[no-untyped-def]
    zones = zone_ids(demo_db)
    counts = service(demo_db, WarehouseCounts)
    count_id = counts.start(zones["WH01-Z1"])
    expected = expected_in(demo_db, "WH01-Z1")
    elsewhere_id, elsewhere_epc, _ = one_where(
        demo_db, f"i.status = 'in_stock' AND i.location_id IN (SELECT id FROM locations WHERE parent_id = {zones['WH01-Z2']})")
    out_id, out_epc, _ = one_where(demo_db, "i.status = 'out'")
    counts.record_seen(count_id, [e for _, e in expected[1:]] + [elsewhere_epc, out_epc])
    before = counts.result(count_id)
    counts.close(count_id)
    after = counts.result(count_id)
    assert after.totals == before.totals and after.expected == before.expected
    assert {(ln.outcome, ln.item_id, ln.registered_at, ln.status) for ln in after.lines} == \
           {(ln.outcome, ln.item_id, ln.registered_at, ln.status) for ln in before.lines}
    assert {(a.item_id, a.outcome) for a in after.adjustments} == {
        (expected[0][0], MISSING), (elsewhere_id, MISPLACED), (out_id, UNEXPECTED)}
    moved = next(a for a in after.adjustments if a.item_id == elsewhere_id)
    assert moved.from_location.startswith("中心智慧库房 › 仪器仪表区") and moved.to_location.endswith("安全工器具区")
    assert all(a.by for a in after.adjustments)
