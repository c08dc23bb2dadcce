"""The kiosk's link to the database: loads what to play, keeps the offline cache, reports heartbeats and plays.

Every database call runs on a worker (a PostgreSQL server that does not answer must not freeze the hall screen)
through :class:`~console.tasks.TaskRunner`. When a call fails the controller goes offline: the screen keeps playing
the last good snapshot (from memory, else from the cache on disk), shows the stale badge, and a retry timer keeps
trying until the database answers again, when everything resumes by itself.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from console.core.models.base import utcnow
from console.core.services.base import SessionFactory
from console.core.services.kiosk_cache import KioskCache
from console.core.services.kiosk_lookup import LookupResult
from console.core.services.kiosk_pin import verify_pin
from console.core.services.kiosk_play import KioskPlayService, KioskSnapshot, PlayRecord
from console.core.services.kiosk_records import as_utc
from console.tasks import TaskRunner

log = logging.getLogger(__name__)

REFRESH_MS = 60_000  # published changes reach the hall within a minute
HEARTBEAT_MS = 30_000  # keep in step with kiosk_monitor.HEARTBEAT_EVERY_S
RETRY_MS = 15_000
MAX_QUEUED_PLAYS = 20_000  # a day offline at one slide every ~5 s; older plays are dropped first


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sunshine-console")
    except PackageNotFoundError:
        return "dev"


class KioskController(QObject):
    sig_snapshot = Signal()  # new content (from the database or, offline, from the cache)
    sig_online_changed = Signal(bool)
    sig_lookup_done = Signal(object)  # LookupResult
    sig_lookup_failed = Signal(object)  # exception

    def __init__(self, connect: Callable[[], SessionFactory], cache: KioskCache, *, kiosk_name: str | None = None,
                 orientation: str = "landscape", clock: Callable[[], datetime] = utcnow, tz: tzinfo | None = None,
                 tasks: TaskRunner | None = None, refresh_ms: int = REFRESH_MS, heartbeat_ms: int = HEARTBEAT_MS,
                 retry_ms: int = RETRY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connect = connect
        self.cache = cache
        self.kiosk_name = kiosk_name
        self.orientation = orientation
        self.clock = clock
        self.tz = tz
        self.tasks = tasks or TaskRunner(self, max_threads=2)
        self.snapshot: KioskSnapshot | None = None
        self.online: bool | None = None  # None until the first answer
        self._plays: list[PlayRecord] = []
        self._open_play: tuple[int, datetime] | None = None
        self._refresh = self._timer(refresh_ms, self.refresh)
        self._heartbeat = self._timer(heartbeat_ms, self.heartbeat)
        self._retry_ms, self._refresh_ms = retry_ms, refresh_ms
        self._heartbeat.setSingleShot(False)

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _service(self) -> KioskPlayService:
        return KioskPlayService(self._connect(), clock=self.clock, tz=self.tz)

    # --- loading --------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the cached snapshot at once (if any), then ask the database."""
        cached = self.cache.load()
        if cached is not None and self.snapshot is None:
            self.snapshot = cached
            self.sig_snapshot.emit()
        self.refresh()
        self._heartbeat.start()

    def load_now(self) -> bool:
        """Load synchronously (screenshots, tests); False when the database did not answer."""
        try:
            self._on_loaded(self._load())
        except Exception as exc:  # noqa: BLE001 - offline is a state, not a crash
            self._on_load_failed(exc)
            return False
        return True

    def refresh(self) -> None:
        self._refresh.stop()
        self.tasks.run(self._load, self._on_loaded, self._on_load_failed, key="kiosk-refresh")

    def _load(self) -> KioskSnapshot:
        snapshot = self._service().snapshot(self.kiosk_name, self.orientation)
        try:
            return self.cache.save(snapshot)
        except OSError as exc:  # a full or read-only disk must not take the live content down
            log.warning("kiosk cache not written: %s", exc)
            return snapshot

    def _on_loaded(self, snapshot: KioskSnapshot) -> None:
        first = self.online is not True
        self.snapshot = snapshot
        self._set_online(True)
        self.sig_snapshot.emit()
        self._refresh.start(self._refresh_ms)
        if first and self._heartbeat.isActive():
            self.heartbeat()  # back online (or just started): tell the desk now, not in half a minute

    def _on_load_failed(self, exc: BaseException) -> None:
        log.warning("kiosk content not refreshed: %s", exc)
        if self.snapshot is None:
            cached = self.cache.load()
            if cached is not None:
                self.snapshot = cached
                self.sig_snapshot.emit()
        self._set_online(False)
        self._refresh.start(self._retry_ms)

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.sig_online_changed.emit(online)

    def go_offline(self) -> None:
        """Play as if the database had gone away (screenshots of the stale badge)."""
        self._set_online(False)

    def set_orientation(self, orientation: str) -> None:
        if orientation != self.orientation:
            self.orientation = orientation
            self.refresh()

    # --- reporting ------------------------------------------------------------------------------------------

    def note_shown(self, content_id: int | None, at: datetime) -> None:
        """A slide came on screen (None: something that is not content, or the screen got covered)."""
        at = as_utc(at)
        if self._open_play is not None:
            cid, since = self._open_play
            self._plays.append(PlayRecord(cid, since, int((at - since).total_seconds() * 1000)))
            del self._plays[:-MAX_QUEUED_PLAYS]
        self._open_play = (content_id, at) if content_id is not None else None

    @property
    def showing(self) -> int | None:
        return self._open_play[0] if self._open_play else None

    def heartbeat(self) -> None:
        kiosk = self.snapshot.kiosk if self.snapshot else None
        if kiosk is None or not self.online:
            return
        plays, self._plays = self._plays, []
        showing, version = self.showing, app_version()

        def beat() -> None:
            service = self._service()
            service.heartbeat(kiosk.id, showing, version)
            service.record_plays(kiosk.id, plays)

        def failed(exc: BaseException) -> None:
            self._plays[:0] = plays  # keep them for the next heartbeat
            del self._plays[:-MAX_QUEUED_PLAYS]
            self._on_load_failed(exc)

        self.tasks.run(beat, None, failed, key="kiosk-heartbeat")

    @property
    def queued_plays(self) -> tuple[PlayRecord, ...]:
        return tuple(self._plays)

    # --- the visitor's requests -----------------------------------------------------------------------------

    def lookup(self, application_no: str, code: str) -> None:
        kiosk = self.snapshot.kiosk if self.snapshot else None

        def failed(exc: BaseException) -> None:
            self.sig_lookup_failed.emit(exc)
            self._on_load_failed(exc)

        self.tasks.run(lambda: self._service().lookup(kiosk.id if kiosk else None, application_no, code),
                       self._lookup_done, failed, key="kiosk-lookup")

    def _lookup_done(self, result: LookupResult) -> None:
        self.sig_lookup_done.emit(result)

    def pin_matches(self, pin: str) -> bool:
        return verify_pin(self.snapshot.pin_hash if self.snapshot else "", pin)

    def stop(self) -> None:
        for timer in (self._refresh, self._heartbeat):
            timer.stop()

    def final_report(self) -> None:
        """On the way out: close the slide on screen and write what is queued, synchronously (best effort)."""
        self.stop()
        self.note_shown(None, self.clock())
        kiosk = self.snapshot.kiosk if self.snapshot else None
        if kiosk is None or not self._plays:
            return
        try:
            self._service().record_plays(kiosk.id, self._plays)
            self._plays = []
        except Exception as exc:  # noqa: BLE001 - leaving anyway; the plays are lost, say so
            log.warning("%d plays not written on exit: %s", len(self._plays), exc)
