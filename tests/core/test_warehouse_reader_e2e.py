"""Reader → LLRP emulator → client → buffer → ingest → database, with a connection dropped mid-inventory.

Nothing the emulator sent may be missing from ``tag_reads`` (the de-duplication window is 0 so every read is a row),
and nothing may be stored twice, across the drop and the reconnect, with two readers at once.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from console.core.devices.llrp_client import LinkState, ReaderSettings, ReaderStatus
from console.core.devices.llrp_emulator import LlrpEmulator, cycling_source
from console.core.devices.reader_service import ReaderService, SimulatedReader
from console.core.models import StockCountSeen, TagReadRow
from console.core.services.warehouse_counts import WarehouseCounts
from console.core.services.warehouse_ingest import IngestResult, IngestService, IngestSettings
from tests.core.warehouse_helpers import service

FAST = {"keepalive_s": 0.1, "watchdog_s": 0.6, "backoff_initial_s": 0.05, "backoff_max_s": 0.2,
        "connect_timeout_s": 1.0, "response_timeout_s": 1.0}


def poll_until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def epcs_in_zone(db, zone: str, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text(
            "SELECT i.epc FROM items i JOIN locations s ON s.id = i.location_id JOIN locations z ON z.id = s.parent_id "
            "WHERE z.code = :z AND i.status = 'in_stock' ORDER BY i.id LIMIT :n"), {"z": zone, "n": n})]


def stored(db) -> list[tuple[str, str, int, int]]:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return [tuple(r) for r in s.execute(select(TagReadRow.reader, TagReadRow.epc, TagReadRow.antenna,
                                                   TagReadRow.seen_at_us))]  # type: ignore[misc]


def test_reads_survive_a_dropped_connection_end_to_end(demo_db) -> None:  # type: ignore[no-untyped-def]
    count_id = service(demo_db, WarehouseCounts).start(
        int(demo_db.engine.connect().execute(text("SELECT id FROM locations WHERE code = 'WH01-Z1'")).scalar_one()))
    shelf_epcs = epcs_in_zone(demo_db, "WH01-Z1", 6)
    statuses: list[ReaderStatus] = []
    results: list[IngestResult] = []
    lock = threading.Lock()

    def on_status(status: ReaderStatus) -> None:
        with lock:
            statuses.append(status)

    ingest = IngestService(demo_db.session_factory, IngestSettings(dedup_window_s=0))
    readers = ReaderService(ingest, on_status=on_status, on_result=results.append, reader_overrides=FAST)
    with LlrpEmulator(cycling_source(shelf_epcs, antennas=(1, 2)), reads_per_s=200, drop_after_reports=60) as shelf, \
            LlrpEmulator(cycling_source(epcs_in_zone(demo_db, "WH01-Z3", 4), antennas=(3,)), reads_per_s=100) as door:
        readers.start([ReaderSettings("shelf-z1", "127.0.0.1", shelf.port), ReaderSettings("door-1", "127.0.0.1", door.port)])
        try:
            assert shelf.wait_for(lambda e: e.sessions >= 2 and len(e.sent) >= 150, 10), "no reconnect after the drop"
            sent_shelf = shelf.sent_snapshot()
            sent_door = door.sent_snapshot()
            want = {("shelf-z1", r.epc_hex, r.antenna, r.seen_at_us) for r in sent_shelf} | \
                   {("door-1", r.epc_hex, r.antenna, r.seen_at_us) for r in sent_door}
            assert poll_until(lambda: want <= set(stored(demo_db)), 10), "reads sent by the emulators are missing"
        finally:
            readers.stop()
    rows = stored(demo_db)
    assert len(rows) == len(set(rows)), "a read was stored twice"
    sent_all = {("shelf-z1", r.epc_hex, r.antenna, r.seen_at_us) for r in shelf.sent} | \
               {("door-1", r.epc_hex, r.antenna, r.seen_at_us) for r in door.sent}
    assert set(rows) <= sent_all
    shelf_states = [s.state for s in statuses if s.reader == "shelf-z1"]
    assert shelf_states.count(LinkState.READING) >= 2 and LinkState.DISCONNECTED in shelf_states
    assert shelf_states[-1] == LinkState.STOPPED
    assert sum(r.stored for r in results) == len(rows)
    with demo_db.session_factory() as s:  # the shelf reader sits in zone 1: its tags count for the open count
        seen = set(s.scalars(select(StockCountSeen.epc).where(StockCountSeen.count_id == count_id)))
    assert seen == set(shelf_epcs)
    assert readers.stats().queued == 0 and readers.stats().delivered == readers.stats().received


def test_database_outage_keeps_reads_queued_until_it_returns(demo_db) -> None:  # type: ignore[no-untyped-def]
    failing = threading.Event()

    def factory():  # type: ignore[no-untyped-def]
        if failing.is_set():
            raise OperationalError("INSERT", {}, Exception("could not connect to server"))
        return demo_db.session_factory()

    errors: list[BaseException] = []
    ingest = IngestService(factory, IngestSettings(dedup_window_s=0))
    readers = ReaderService(ingest, on_error=errors.append, retry_s=0.05, reader_overrides=FAST)
    with LlrpEmulator(cycling_source(epcs_in_zone(demo_db, "WH01-Z2", 3)), reads_per_s=200) as emu:
        readers.start([ReaderSettings("shelf-x", "127.0.0.1", emu.port)])
        try:
            assert poll_until(lambda: readers.stats().delivered > 10, 5)
            failing.set()
            assert poll_until(lambda: readers.stats().queued > 50, 5), "reads are not queued while the database is down"
            assert errors and readers.stats().last_error
            failing.clear()
            assert poll_until(lambda: readers.stats().queued == 0 and readers.stats().delivered > 80, 5)
            assert readers.stats().last_error == ""
        finally:
            readers.stop()
        sent = {(r.epc_hex, r.antenna, r.seen_at_us) for r in emu.sent}
    rows = [(e, a, t) for _, e, a, t in stored(demo_db)]
    assert len(rows) == len(set(rows)) == readers.stats().delivered
    assert set(rows) <= sent


def test_simulated_readers_drive_the_whole_path(demo_db) -> None:  # type: ignore[no-untyped-def]
    epcs = tuple(epcs_in_zone(demo_db, "WH01-Z1", 8))
    results: list[IngestResult] = []
    readers = ReaderService(IngestService(demo_db.session_factory), on_result=results.append, reader_overrides=FAST)
    readers.start_simulation([SimulatedReader("door-1", epcs, reads_per_s=200, pass_probability=0.5, seed=4)])
    try:
        assert readers.simulated
        assert poll_until(lambda: any(r.passes for r in results), 10), "no door pass from the simulated door"
        assert readers.statuses()["door-1"].state == LinkState.READING
    finally:
        readers.stop()
    assert not readers.running and not readers.simulated
    with demo_db.engine.connect() as conn:
        kinds = {r[0] for r in conn.execute(text("SELECT kind FROM movements"))}
    assert kinds & {"portal_out", "portal_in"}
