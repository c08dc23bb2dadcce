"""LLRP client against the emulator on an ephemeral port: reads, drops, half-open links, several readers."""
from __future__ import annotations

import asyncio
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from console.core.devices.llrp_client import (
    LinkState,
    ReaderClient,
    ReaderManager,
    ReaderSettings,
    ReaderStatus,
    backoff_delay,
)
from console.core.devices.llrp_emulator import LlrpEmulator, cycling_source
from console.core.devices.tag_reads import TagRead

FAST = {"keepalive_s": 0.1, "watchdog_s": 0.5, "backoff_initial_s": 0.05, "backoff_max_s": 0.2,
        "response_timeout_s": 1.0, "connect_timeout_s": 1.0}


class Recorder:
    """Collects reads and statuses from the reader threads and lets the test wait for a condition."""

    def __init__(self) -> None:
        self.reads: list[TagRead] = []
        self.statuses: list[ReaderStatus] = []
        self._changed = threading.Condition()

    def on_reads(self, reads: list[TagRead]) -> None:
        with self._changed:
            self.reads.extend(reads)
            self._changed.notify_all()

    def on_status(self, status: ReaderStatus) -> None:
        with self._changed:
            self.statuses.append(status)
            self._changed.notify_all()

    def wait(self, predicate: Callable[[Recorder], bool], timeout: float = 2.0) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: predicate(self), timeout), "condition not reached in time"

    def states(self, reader: str | None = None) -> list[LinkState]:
        with self._changed:
            return [s.state for s in self.statuses if reader is None or s.reader == reader]


def poll_until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@pytest.fixture
def emulator() -> Iterator[LlrpEmulator]:
    with LlrpEmulator(reads_per_s=200) as emu:
        yield emu


def client_for(emu: LlrpEmulator, rec: Recorder, name: str | None = None, **overrides: object) -> ReaderClient:
    settings = ReaderSettings.parse(emu.address, **{**FAST, **overrides})  # type: ignore[arg-type]
    if name:
        settings = ReaderSettings(**{**settings.__dict__, "name": name})
    return ReaderClient(settings, rec.on_reads, rec.on_status, random.Random(1))


def test_reads_arrive_with_antenna_and_rssi(emulator: LlrpEmulator) -> None:
    rec = Recorder()
    client = client_for(emulator, rec)
    client.start()
    try:
        rec.wait(lambda r: len(r.reads) >= 20)
    finally:
        client.stop()
    assert rec.states()[:3] == [LinkState.CONNECTING, LinkState.CONNECTED, LinkState.READING]
    assert rec.states()[-1] == LinkState.STOPPED
    first = rec.reads[0]
    assert first.reader == emulator.address
    assert first.epc_hex == "3074257BF7194E4000001A85"
    assert {r.antenna for r in rec.reads} == {1, 2}
    assert {r.rssi for r in rec.reads} == {-56, -57}  # the emulator's RSSI is -55 - antenna
    assert abs(first.seen_at_us - time.time_ns() // 1000) < 10_000_000
    # the polite goodbye frees the reader's session slot
    assert emulator.wait_for(lambda e: e.closed_sessions == 1, 2.0)


def test_keepalives_are_acknowledged(emulator: LlrpEmulator) -> None:
    rec = Recorder()
    client = client_for(emulator, rec)
    client.start()
    try:
        assert emulator.wait_for(lambda e: e.keepalive_acks >= 3, 2.0)
    finally:
        client.stop()


def test_drop_mid_inventory_reconnects_without_losing_reads() -> None:
    rec = Recorder()
    with LlrpEmulator(reads_per_s=300, drop_after_reports=40, epc_data_every=5) as emu:
        client = client_for(emu, rec)
        client.start()
        try:
            assert emu.wait_for(lambda e: e.inventories >= 2 and len(e.sent) >= 60, 2.0)
            rec.wait(lambda r: len(r.reads) >= 60)
        finally:
            client.stop()
        sent = emu.sent_snapshot()
    assert LinkState.DISCONNECTED in rec.states()
    disconnect = next(s for s in rec.statuses if s.state == LinkState.DISCONNECTED)
    assert disconnect.reason == "the reader closed the connection"
    key = lambda r: (r.epc_hex, r.antenna, r.rssi, r.seen_at_us)  # noqa: E731
    received = [key(r) for r in rec.reads]
    assert received[:40] == [key(r) for r in sent[:40]]  # every read sent before the drop arrived, in order
    assert received == [key(r) for r in sent[: len(received)]]  # and after it: nothing lost, nothing doubled


def test_silent_reader_is_noticed_by_the_watchdog(emulator: LlrpEmulator) -> None:
    rec = Recorder()
    client = client_for(emulator, rec, watchdog_s=0.4)
    client.start()
    try:
        rec.wait(lambda r: len(r.reads) >= 5)
        silenced_at = time.monotonic()
        emulator.go_silent()
        rec.wait(lambda r: LinkState.DISCONNECTED in r.states(), timeout=2.0)
        noticed_after = time.monotonic() - silenced_at
        # then it reconnects (the emulator lets a new connection take over) and reads again
        count = len(rec.reads)
        rec.wait(lambda r: len(r.reads) > count + 5)
    finally:
        client.stop()
    disconnect = next(s for s in rec.statuses if s.state == LinkState.DISCONNECTED)
    assert "no message from the reader" in disconnect.reason
    assert 0.3 <= noticed_after < 0.4 + 0.5  # the bound plus one poll interval and scheduling slack


def test_two_readers_at_once() -> None:
    rec = Recorder()
    with LlrpEmulator(cycling_source(["3474257BF40000000000162E"], (1,)), reads_per_s=100) as door, \
            LlrpEmulator(cycling_source(["3374257BF40C0E400000162E"], (3, 4)), reads_per_s=100) as shelf:
        settings = [
            ReaderSettings(**{**ReaderSettings.parse(door.address, **FAST).__dict__, "name": "door"}),
            ReaderSettings(**{**ReaderSettings.parse(shelf.address, **FAST).__dict__, "name": "shelf"}),
        ]
        with ReaderManager(settings, rec.on_reads, rec.on_status) as manager:
            rec.wait(lambda r: {x.reader for x in r.reads} == {"door", "shelf"} and len(r.reads) >= 20)
            assert {n: s.state for n, s in manager.statuses().items()} == {
                "door": LinkState.READING, "shelf": LinkState.READING}
        assert manager.never_reached() == []
    by_reader = {name: {(r.epc_hex, r.antenna) for r in rec.reads if r.reader == name} for name in ("door", "shelf")}
    assert by_reader["door"] == {("3474257BF40000000000162E", 1)}
    assert by_reader["shelf"] <= {("3374257BF40C0E400000162E", 3), ("3374257BF40C0E400000162E", 4)}


def test_unreachable_reader_keeps_retrying_with_backoff() -> None:
    with socket.socket() as probe:  # a port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    rec = Recorder()
    client = ReaderClient(ReaderSettings.parse(f"127.0.0.1:{port}", **FAST), rec.on_reads, rec.on_status)
    client.start()
    try:
        rec.wait(lambda r: r.states().count(LinkState.DISCONNECTED) >= 3)
    finally:
        client.stop()
    assert not client.ever_connected
    reasons = {s.reason for s in rec.statuses if s.state == LinkState.DISCONNECTED}
    assert reasons == {"connection refused (nothing listening on the LLRP port?)"}


def test_a_reader_that_starts_late_is_picked_up() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    rec = Recorder()
    client = ReaderClient(ReaderSettings.parse(f"127.0.0.1:{port}", **FAST), rec.on_reads, rec.on_status)
    client.start()
    try:
        rec.wait(lambda r: LinkState.DISCONNECTED in r.states())
        with LlrpEmulator(reads_per_s=100, port=port):
            rec.wait(lambda r: len(r.reads) >= 3)
            client.stop()
    finally:
        client.stop()
    assert client.ever_connected


def test_backoff_is_exponential_capped_and_jittered() -> None:
    rng = random.Random(7)
    delays = [backoff_delay(attempt, 0.5, 30.0, rng) for attempt in range(12)]
    for attempt, delay in enumerate(delays):
        step = min(30.0, 0.5 * 2**attempt)
        assert step / 2 <= delay <= step
    assert max(delays) <= 30.0
    assert len({round(d, 6) for d in delays[8:]}) == 4  # capped steps still differ: jitter


@pytest.mark.parametrize(
    ("address", "host", "port"),
    [("10.0.0.5", "10.0.0.5", 5084), ("door-1.local:15084", "door-1.local", 15084), ("[::1]:5084", "::1", 5084)],
)
def test_parse_reader_address(address: str, host: str, port: int) -> None:
    settings = ReaderSettings.parse(address)
    assert (settings.name, settings.host, settings.port) == (address, host, port)


def test_parse_rejects_bad_address() -> None:
    with pytest.raises(ValueError):
        ReaderSettings.parse("host:0")


def test_against_llrpkit_emulator() -> None:
    """An independent reader implementation (MIT llrpkit) accepts our configuration and its reports parse."""
    emulator_module = pytest.importorskip("llrpkit.emulator")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    emu = emulator_module.LLRPEmulator(reads_per_sec=200)
    asyncio.run_coroutine_threadsafe(emu.start(), loop).result(5)
    rec = Recorder()
    client = ReaderClient(ReaderSettings.parse(f"127.0.0.1:{emu.port}", **FAST), rec.on_reads, rec.on_status)
    try:
        client.start()
        rec.wait(lambda r: len(r.reads) >= 20)
        assert poll_until(lambda: emu.keepalive_acks >= 2, timeout=2.0)  # llrpkit offers no wait for this
    finally:
        client.stop()
        asyncio.run_coroutine_threadsafe(emu.stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(2)
    assert all(len(r.epc_hex) == 24 and r.epc_hex == r.epc_hex.upper() for r in rec.reads)
    assert {r.antenna for r in rec.reads} <= {1, 2, 3, 4}
    assert all(r.rssi is not None and -100 < r.rssi < 0 for r in rec.reads)


def test_reader_refusing_the_session_is_reported() -> None:
    from console.core.devices import llrp_messages as m

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def refuse_once() -> None:
        conn, _ = server.accept()
        with conn:
            conn.sendall(m.reader_event(0, 0, connection_attempt=2).encode())
            conn.recv(1)  # wait for the client to hang up

    thread = threading.Thread(target=refuse_once, daemon=True)
    thread.start()
    rec = Recorder()
    client = ReaderClient(ReaderSettings.parse(f"127.0.0.1:{port}", **FAST), rec.on_reads, rec.on_status)
    client.start()
    try:
        rec.wait(lambda r: LinkState.DISCONNECTED in r.states())
    finally:
        client.stop()
        server.close()
        thread.join(2)
    disconnect = next(s for s in rec.statuses if s.state == LinkState.DISCONNECTED)
    assert disconnect.reason == "reader refused the session: failed: a client-initiated connection already exists"
    assert not client.ever_connected


def test_failing_read_callback_does_not_kill_the_reader_thread(emulator: LlrpEmulator) -> None:
    rec = Recorder()
    failures = 0

    def on_reads(reads: list[TagRead]) -> None:
        nonlocal failures
        if failures == 0:
            failures += 1
            raise RuntimeError("consumer bug")
        rec.on_reads(reads)

    client = ReaderClient(ReaderSettings.parse(emulator.address, **FAST), on_reads, rec.on_status)
    client.start()
    try:
        rec.wait(lambda r: len(r.reads) >= 5)
    finally:
        client.stop()
    reasons = [s.reason for s in rec.statuses if s.state == LinkState.DISCONNECTED]
    assert reasons == ["internal error: RuntimeError: consumer bug"]
