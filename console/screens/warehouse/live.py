"""Live reads for the desk: the core's ReaderService behind Qt signals.

Reader and ingest threads call back from outside the GUI thread; emitting a signal from there is queued to the
GUI thread, so slots may touch widgets. After each stored batch the change bus is told what changed (items that
crossed a door, the quarantine, open stock counts), and every view decides for itself whether to refresh.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from console.change_bus import ChangeBus
from console.core.devices.llrp_client import ReaderSettings, ReaderStatus
from console.core.devices.reader_service import ReaderService, ServiceStats
from console.core.security import Principal
from console.core.services.base import SessionFactory
from console.core.services.warehouse_ingest import IngestResult, IngestService
from console.core.services.warehouse_registry import WarehouseRegistry
from console.core.services.warehouse_simulation import simulated_readers

MODES = ("off", "readers", "simulate")


class LiveReads(QObject):
    sig_status = Signal(object)  # ReaderStatus
    sig_ingested = Signal(object)  # IngestResult
    sig_failed = Signal(str)  # the database refused a batch (reads stay queued)
    sig_mode_changed = Signal(str)

    def __init__(self, factory: SessionFactory, principal: Principal, bus: ChangeBus,
                 parent: QObject | None = None, reader_overrides: dict[str, object] | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._principal = principal
        self._bus = bus
        self.mode = "off"
        self._switching = threading.Lock()
        self._service = ReaderService(IngestService(factory), on_status=self.sig_status.emit,
                                      on_result=self.sig_ingested.emit,
                                      on_error=lambda exc: self.sig_failed.emit(f"{type(exc).__name__}: {exc}"),
                                      reader_overrides=reader_overrides)
        self.sig_ingested.connect(self._on_ingested)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def set_mode(self, mode: str) -> None:
        """Switch between off, the configured readers and the simulator.

        It reads the database and waits for reader threads to wind down, so the desk calls it through the task
        runner; the lock keeps two quick switches from interleaving.
        """
        if mode not in MODES:
            raise ValueError(mode)
        with self._switching:
            self._service.stop()
            if mode == "readers":
                readers = WarehouseRegistry(self._factory, self._principal).readers()
                self._service.start([ReaderSettings(r.name, r.host, r.port) for r in readers if r.enabled])
            elif mode == "simulate":
                self._service.start_simulation(simulated_readers(self._factory, self._principal))
            self.mode = mode
        self.sig_mode_changed.emit(mode)

    def stop(self) -> None:
        with self._switching:
            if self.mode == "off" and not self._service.running:
                return
            self._service.stop()
            self.mode = "off"
        self.sig_mode_changed.emit("off")

    def statuses(self) -> dict[str, ReaderStatus]:
        return self._service.statuses()

    def stats(self) -> ServiceStats:
        return self._service.stats()

    def _on_ingested(self, result: IngestResult) -> None:
        if result.changed_item_ids:
            self._bus.notify("items", list(result.changed_item_ids))
        if result.quarantined:
            self._bus.notify("quarantine", [])
        if result.count_sightings:
            self._bus.notify("stock_counts", [])

