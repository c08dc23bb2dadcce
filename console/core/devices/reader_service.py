"""Readers for the desk (or a headless process): LLRP connections in the background feeding a sink through a buffer.

:class:`ReaderService` owns a :class:`ReaderManager` (one thread per reader), a :class:`ReadBuffer` and one ingest
thread that drains the buffer into ``sink`` (e.g. :class:`~console.core.services.warehouse_ingest.IngestService`).
When the sink raises (database busy or down), the batch stays queued and is offered again after ``retry_s``; the
reader threads never wait for the database. Results and errors go to callbacks from the ingest thread — the desk
turns them into Qt signals; this module stays free of Qt.

Simulation runs the same path end to end: each :class:`SimulatedReader` is a deterministic
:class:`~console.core.devices.rfid_simulator.RfidSimulator` behind an :class:`LlrpEmulator` on 127.0.0.1, so a demo
exercises the real LLRP client, watchdog, buffer and ingest.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.core.devices.llrp_client import LinkState, ReaderManager, ReaderSettings, ReaderStatus
from console.core.devices.llrp_emulator import LlrpEmulator
from console.core.devices.rfid_simulator import RfidSimulator
from console.core.devices.tag_reads import ReadBuffer, TagRead

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SimulatedReader:
    name: str  # the reader name as configured (so the ingest finds its portal and place)
    epcs: tuple[str, ...]
    reads_per_s: float = 20.0
    portal: tuple[int, int] = (1, 2)  # (outer, inner) antennas
    shelf_antennas: tuple[int, ...] = (3, 4)
    pass_probability: float = 0.05
    inside_share: float = 1.0
    seed: int = 1


@dataclass(frozen=True)
class ServiceStats:
    received: int  # reads handed over by the reader threads
    delivered: int  # reads the sink accepted
    queued: int  # reads waiting in the buffer
    spilled: int  # of which on disk
    failures: int  # sink failures so far
    last_error: str  # "" once the sink works again


class ReaderService:
    def __init__(
        self,
        sink: Callable[[list[TagRead]], Any],
        on_status: Callable[[ReaderStatus], None] | None = None,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        spill_path: Path | None = None,
        max_batch: int = 2000,
        retry_s: float = 1.0,
        reader_overrides: dict[str, object] | None = None,
    ) -> None:
        self._sink = sink
        self._on_status = on_status
        self._on_result = on_result
        self._on_error = on_error
        self._buffer = ReadBuffer(spill_path=spill_path)
        self._max_batch = max_batch
        self._retry_s = retry_s
        self._overrides = reader_overrides or {}
        self._manager: ReaderManager | None = None
        self._emulators: list[LlrpEmulator] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._received = self._delivered = self._failures = 0
        self._last_error = ""
        self.simulated = False

    # -- lifecycle --------------------------------------------------------------------------------------------

    def start(self, readers: Sequence[ReaderSettings]) -> None:
        """Connect to these readers (replacing whatever ran before)."""
        self.stop()
        settings = [ReaderSettings(**{**r.__dict__, **self._overrides}) for r in readers]
        self._run(settings, simulated=False)

    def start_simulation(self, readers: Sequence[SimulatedReader]) -> None:
        """Run simulated readers on 127.0.0.1 through the real LLRP path (replacing whatever ran before)."""
        self.stop()
        settings = []
        for sim in readers:
            simulator = RfidSimulator(list(sim.epcs), reader=sim.name, seed=sim.seed, reads_per_s=sim.reads_per_s,
                                      portal=sim.portal, shelf_antennas=sim.shelf_antennas,
                                      pass_probability=sim.pass_probability, inside_share=sim.inside_share)
            emulator = LlrpEmulator(source=simulator.reads(), reads_per_s=sim.reads_per_s).start()
            self._emulators.append(emulator)
            settings.append(ReaderSettings(**{**ReaderSettings(sim.name, "127.0.0.1", emulator.port).__dict__,
                                              **self._overrides}))
        self._run(settings, simulated=True)

    def _run(self, settings: list[ReaderSettings], simulated: bool) -> None:
        self.simulated = simulated
        self._stop = threading.Event()
        self._manager = ReaderManager(settings, self._received_reads, self._status)
        self._thread = threading.Thread(target=self._ingest_loop, name="rfid-ingest", daemon=True)
        self._thread.start()
        self._manager.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Disconnect, hand what is queued to the sink once more, and stop the ingest thread."""
        if self._manager is not None:
            self._manager.stop(timeout)
        for emulator in self._emulators:
            emulator.stop()
        self._emulators = []
        if self._thread is not None:
            self._stop.set()
            self._thread.join(timeout)
        self._manager = self._thread = None
        self.simulated = False

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def statuses(self) -> dict[str, ReaderStatus]:
        return self._manager.statuses() if self._manager is not None else {}

    def stats(self) -> ServiceStats:
        with self._lock:
            return ServiceStats(self._received, self._delivered, len(self._buffer), self._buffer.spilled,
                                self._failures, self._last_error)

    # -- threads ----------------------------------------------------------------------------------------------

    def _received_reads(self, reads: list[TagRead]) -> None:
        self._buffer.extend(reads)
        with self._lock:
            self._received += len(reads)

    def _status(self, status: ReaderStatus) -> None:
        if self._on_status is not None:
            self._on_status(status)

    def _ingest_loop(self) -> None:
        while not self._stop.is_set():
            self._buffer.wait(0.2)
            if not self._drain() and not self._stop.is_set():
                self._stop.wait(self._retry_s)  # the database refused: let it recover, the reads stay queued
        self._drain()  # what arrived before the readers stopped

    def _drain(self) -> bool:
        try:
            self._buffer.drain_all(self._deliver, self._max_batch)
        except Exception as exc:  # noqa: BLE001 - any sink failure keeps the reads queued for the next try
            with self._lock:
                self._failures += 1
                first = not self._last_error
                self._last_error = f"{type(exc).__name__}: {exc}"
            if first:
                log.warning("RFID ingest failed, reads kept queued: %s", exc)
            if self._on_error is not None:
                try:
                    self._on_error(exc)
                except Exception:  # a broken listener must not end the ingest thread
                    log.exception("RFID ingest error listener failed")
            return False
        return True

    def _deliver(self, batch: list[TagRead]) -> None:
        result = self._sink(batch)
        with self._lock:
            self._delivered += len(batch)
            self._last_error = ""
        if self._on_result is not None:
            try:
                self._on_result(result)
            except Exception:  # a broken listener must not make the batch count as failed
                log.exception("RFID ingest listener failed")


def is_up(status: ReaderStatus) -> bool:
    return status.state in (LinkState.CONNECTED, LinkState.READING)
