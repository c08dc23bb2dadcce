"""The demo tag-read simulator: deterministic, plausible, and its door passes are what the rules detect."""
from __future__ import annotations

import pytest

from console.core.devices.llrp_client import ReaderClient, ReaderSettings
from console.core.devices.llrp_emulator import LlrpEmulator
from console.core.devices.rfid_simulator import RfidSimulator
from console.core.devices.tag_reads import ReadBuffer, TagRead
from console.core.epc import giai96_for_asset
from console.core.rules.rfid_ingest import Direction, Portal, PortalTracker

EPCS = [giai96_for_asset("6901234", n).hex for n in range(1, 13)]


def test_same_seed_same_reads() -> None:
    assert RfidSimulator(EPCS, seed=3).take(500) == RfidSimulator(EPCS, seed=3).take(500)
    assert RfidSimulator(EPCS, seed=3).take(500) != RfidSimulator(EPCS, seed=4).take(500)


def test_rate_sets_the_simulated_clock() -> None:
    reads = RfidSimulator(EPCS, reads_per_s=40).take(401)
    assert reads[-1].seen_at_us - reads[0].seen_at_us == 10_000_000
    assert all(b.seen_at_us > a.seen_at_us for a, b in zip(reads, reads[1:]))


def test_reads_use_only_configured_epcs_and_antennas() -> None:
    reads = RfidSimulator(EPCS, reader="door-1", portal=(1, 2), shelf_antennas=(5,)).take(2000)
    assert {x.epc_hex for x in reads} <= set(EPCS)
    assert {x.antenna for x in reads} <= {1, 2, 5}
    assert {x.reader for x in reads} == {"door-1"}
    assert all(x.rssi is not None and -80 <= x.rssi <= -35 for x in reads)


def test_portal_tracker_finds_exactly_the_simulated_passes() -> None:
    simulator = RfidSimulator(EPCS, seed=11, reads_per_s=50, pass_probability=0.2)
    reads = simulator.take(20_000)
    tracker = PortalTracker([Portal("simulator", 1, 2)], window_s=3.0, refractory_s=1.0)
    detected = []
    for start in range(0, len(reads), 97):  # arrive in batches, as from the reader threads
        detected += tracker.feed(reads[start : start + 97])
    assert len(simulator.passes) > 50
    assert {p.direction for p in simulator.passes} == {Direction.IN, Direction.OUT}
    assert detected == simulator.passes


def test_tags_go_in_and_out_alternately() -> None:
    simulator = RfidSimulator(EPCS, seed=5, pass_probability=0.3)
    simulator.take(10_000)
    for epc in EPCS:
        directions = [p.direction for p in simulator.passes if p.epc_hex == epc]
        assert all(a != b for a, b in zip(directions, directions[1:]))


def test_needs_epcs() -> None:
    with pytest.raises(ValueError):
        RfidSimulator([])


def test_drives_the_llrp_emulator() -> None:
    simulator = RfidSimulator(EPCS, seed=2, pass_probability=0.5)
    buffer = ReadBuffer()
    with LlrpEmulator(source=simulator.reads(), reads_per_s=300) as emulator:
        client = ReaderClient(ReaderSettings.parse(emulator.address, keepalive_s=0.1), buffer.extend)
        client.start()
        try:
            assert emulator.wait_for(lambda e: len(e.sent) >= 60, 2.0)
        finally:
            client.stop()
    received: list[TagRead] = []
    buffer.drain_all(received.extend)
    assert len(received) >= 60
    assert {x.antenna for x in received} <= {1, 2, 3, 4}
    assert {x.epc_hex for x in received} <= set(EPCS)
