"""Tag reads and the buffer that carries them from reader threads to the database without losing any.

Producers (one thread per reader) call :meth:`ReadBuffer.extend`; one consumer calls :meth:`ReadBuffer.drain`
with a sink (e.g. a batched INSERT). A batch leaves the buffer only after the sink returned, so a slow or
unreachable database leaves the reads queued instead of dropping them. Above ``memory_limit`` queued reads
the overflow goes to an append-only JSON-lines file (when ``spill_path`` is given) and is replayed, in order,
as the consumer catches up. Without ``spill_path`` the queue simply grows in memory: reads are never dropped.

The spill file bounds memory; it is not a crash journal (reads held in memory die with the process). A spill
file left behind by a crash is replayed from its start on the next run, so delivery is at-least-once and the
sink must tolerate a repeated read (natural key: reader, epc_hex, antenna, seen_at_us).
"""
from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO


@dataclass(frozen=True)
class TagRead:
    reader: str  # reader name as configured, e.g. "door-1" or "192.168.1.20:5084"
    epc_hex: str  # uppercase hex
    antenna: int  # 1-based antenna id reported by the reader (0 if the reader did not say)
    rssi: int | None  # peak RSSI in dBm, None when not reported
    seen_at_us: int  # first-seen time, µs since the Unix epoch (UTC)

    def to_json(self) -> str:
        return json.dumps([self.reader, self.epc_hex, self.antenna, self.rssi, self.seen_at_us])

    @staticmethod
    def from_json(line: str) -> TagRead:
        reader, epc_hex, antenna, rssi, seen_at_us = json.loads(line)
        return TagRead(str(reader), str(epc_hex), int(antenna), None if rssi is None else int(rssi), int(seen_at_us))


class ReadBuffer:
    """Thread-safe FIFO of :class:`TagRead` that never drops a read (see module docstring)."""

    def __init__(self, memory_limit: int = 200_000, spill_path: Path | None = None) -> None:
        if memory_limit < 1:
            raise ValueError("memory_limit must be positive")
        self._memory_limit = memory_limit
        self._spill_path = spill_path
        self._lock = threading.Lock()
        self._not_empty = threading.Condition(self._lock)
        self._consumer = threading.Lock()  # one drain at a time keeps the head of the queue stable
        self._memory: deque[TagRead] = deque()
        self._spilled = 0  # reads in the spill file not yet loaded back
        self._spill_writer: IO[str] | None = None
        self._spill_reader: IO[str] | None = None
        if spill_path is not None and spill_path.exists() and spill_path.stat().st_size > 0:
            with spill_path.open("r", encoding="utf-8") as existing:
                self._spilled = sum(1 for line in existing if line.strip())

    def __len__(self) -> int:
        with self._lock:
            return len(self._memory) + self._spilled

    @property
    def spilled(self) -> int:
        with self._lock:
            return self._spilled

    def append(self, read: TagRead) -> None:
        self.extend((read,))

    def extend(self, reads: Iterable[TagRead]) -> None:
        with self._lock:
            added = False
            for read in reads:
                added = True
                # Once anything is on disk, newer reads must queue behind it to keep the order.
                if self._spill_path is not None and (self._spilled or len(self._memory) >= self._memory_limit):
                    writer = self._open_writer()
                    writer.write(read.to_json() + "\n")
                    self._spilled += 1
                else:
                    self._memory.append(read)
            if added:
                if self._spill_writer is not None:
                    self._spill_writer.flush()
                self._not_empty.notify_all()

    def wait(self, timeout: float) -> bool:
        """Block until at least one read is queued or ``timeout`` seconds pass; True when reads are queued."""
        with self._not_empty:
            return bool(self._not_empty.wait_for(lambda: bool(self._memory) or self._spilled > 0, timeout))

    def drain(self, sink: Callable[[list[TagRead]], None], max_batch: int = 1000) -> int:
        """Hand up to ``max_batch`` of the oldest reads to ``sink``; remove them only if it returns.

        Returns how many reads were delivered (0 when empty). If ``sink`` raises, the reads stay at the head of
        the queue and the exception propagates so the caller can back off and retry.
        """
        with self._consumer:
            with self._lock:
                if len(self._memory) < max_batch and self._spilled:
                    self._reload_spill(max(max_batch, self._memory_limit) - len(self._memory))
                batch = [self._memory[i] for i in range(min(max_batch, len(self._memory)))]
            if not batch:
                return 0
            sink(batch)  # outside the lock: a slow database must not block the reader threads
            with self._lock:
                for _ in batch:
                    self._memory.popleft()
            return len(batch)

    def drain_all(self, sink: Callable[[list[TagRead]], None], max_batch: int = 1000) -> int:
        total = 0
        while True:
            delivered = self.drain(sink, max_batch)
            if not delivered:
                return total
            total += delivered

    def close(self) -> None:
        with self._lock:
            for handle in (self._spill_writer, self._spill_reader):
                if handle is not None:
                    handle.close()
            self._spill_writer = self._spill_reader = None

    # -- spill file ---------------------------------------------------------------------------------------

    def _open_writer(self) -> IO[str]:
        if self._spill_writer is None:
            assert self._spill_path is not None
            self._spill_path.parent.mkdir(parents=True, exist_ok=True)
            self._spill_writer = self._spill_path.open("a", encoding="utf-8")
        return self._spill_writer

    def _reload_spill(self, room: int) -> None:
        assert self._spill_path is not None
        if self._spill_writer is not None:
            self._spill_writer.flush()
        if self._spill_reader is None:
            self._spill_reader = self._spill_path.open("r", encoding="utf-8")
        loaded = 0
        while loaded < room and self._spilled:
            line = self._spill_reader.readline()
            if not line:
                break
            if not line.strip():
                continue
            self._memory.append(TagRead.from_json(line))
            self._spilled -= 1
            loaded += 1
        if self._spilled == 0:
            # Everything on disk is in memory now: start the file afresh so it does not grow forever.
            self._spill_reader.close()
            self._spill_reader = None
            writer = self._open_writer()
            writer.seek(0)
            writer.truncate(0)
