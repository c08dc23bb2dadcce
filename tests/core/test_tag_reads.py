"""ReadBuffer: FIFO, no loss when the sink fails, spill to disk over the memory bound, thread safety."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from console.core.devices.tag_reads import ReadBuffer, TagRead


def read(i: int, reader: str = "r1") -> TagRead:
    return TagRead(reader, f"{i:024X}", 1 + i % 4, -40 - i % 30, 1_700_000_000_000_000 + i)


def test_drain_delivers_in_order_in_batches() -> None:
    buffer = ReadBuffer()
    buffer.extend(read(i) for i in range(25))
    batches: list[list[TagRead]] = []
    assert buffer.drain(batches.append, max_batch=10) == 10
    assert buffer.drain_all(batches.append, max_batch=10) == 15
    assert [len(b) for b in batches] == [10, 10, 5]
    assert [r for b in batches for r in b] == [read(i) for i in range(25)]
    assert len(buffer) == 0
    assert buffer.drain(batches.append) == 0


def test_failing_sink_keeps_reads_queued() -> None:
    buffer = ReadBuffer()
    buffer.extend(read(i) for i in range(5))

    def database_down(batch: list[TagRead]) -> None:
        raise ConnectionError("database unreachable")

    with pytest.raises(ConnectionError):
        buffer.drain(database_down)
    assert len(buffer) == 5
    buffer.append(read(5))
    delivered: list[TagRead] = []
    buffer.drain_all(delivered.extend)
    assert delivered == [read(i) for i in range(6)]


def test_spill_over_memory_bound_and_replay_in_order(tmp_path: Path) -> None:
    spill = tmp_path / "spill" / "reads.jsonl"
    buffer = ReadBuffer(memory_limit=10, spill_path=spill)
    buffer.extend(read(i) for i in range(100))
    assert len(buffer) == 100
    assert buffer.spilled == 90
    assert sum(1 for _ in spill.open()) == 90
    delivered: list[TagRead] = []
    buffer.drain(delivered.extend, max_batch=7)
    buffer.extend(read(i) for i in range(100, 120))  # still queued behind the spilled reads
    buffer.drain_all(delivered.extend, max_batch=7)
    assert delivered == [read(i) for i in range(120)]
    assert buffer.spilled == 0
    assert spill.stat().st_size == 0  # emptied once everything on disk was loaded back
    buffer.close()


def test_spill_file_left_by_a_crash_is_replayed(tmp_path: Path) -> None:
    spill = tmp_path / "reads.jsonl"
    first = ReadBuffer(memory_limit=2, spill_path=spill)
    first.extend(read(i) for i in range(6))
    first.close()  # the 2 reads in memory are gone with the "crashed" process, the 4 on disk are not
    second = ReadBuffer(memory_limit=2, spill_path=spill)
    assert len(second) == 4
    delivered: list[TagRead] = []
    second.drain_all(delivered.extend)
    assert delivered == [read(i) for i in range(2, 6)]
    second.close()


def test_rssi_none_round_trips_through_spill(tmp_path: Path) -> None:
    buffer = ReadBuffer(memory_limit=1, spill_path=tmp_path / "s.jsonl")
    reads = [TagRead("door", "3074257BF7194E4000001A85", 2, None, 5), TagRead("door", "AB" * 12, 1, -61, 6)]
    buffer.extend(reads)
    delivered: list[TagRead] = []
    buffer.drain_all(delivered.extend)
    assert delivered == reads
    buffer.close()


def test_wait_wakes_on_append() -> None:
    buffer = ReadBuffer()
    assert buffer.wait(0.01) is False
    timer = threading.Timer(0.05, buffer.append, args=(read(1),))
    timer.start()
    assert buffer.wait(2.0) is True
    timer.join()


@pytest.mark.parametrize("spill", [False, True])
def test_concurrent_producers_and_flaky_consumer_lose_nothing(tmp_path: Path, spill: bool) -> None:
    buffer = ReadBuffer(memory_limit=500, spill_path=tmp_path / "s.jsonl" if spill else None)
    producers = 4
    per_producer = 3000
    delivered: list[TagRead] = []
    calls = 0

    def flaky_sink(batch: list[TagRead]) -> None:
        nonlocal calls
        calls += 1
        if calls % 3 == 0:
            raise TimeoutError("slow database")
        delivered.extend(batch)

    def produce(name: str) -> None:
        for i in range(per_producer):
            buffer.append(read(i, reader=name))

    threads = [threading.Thread(target=produce, args=(f"r{p}",)) for p in range(producers)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads) or len(buffer):
        try:
            buffer.drain(flaky_sink, max_batch=257)
        except TimeoutError:
            pass
        buffer.wait(0.01)
    for t in threads:
        t.join()
    assert len(delivered) == producers * per_producer
    assert set(delivered) == {read(i, f"r{p}") for p in range(producers) for i in range(per_producer)}
    for p in range(producers):  # each producer's reads stay in its own order
        mine = [r.seen_at_us for r in delivered if r.reader == f"r{p}"]
        assert mine == sorted(mine)
    buffer.close()
