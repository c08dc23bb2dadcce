"""The desk's view of the kiosks: registration, heartbeats, and the proof-of-play log with its export."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from console.core.errors import QT_TRANSLATE_NOOP, ValidationFailed
from console.core.exports.tabular import ExportResult, write_table
from console.core.models import Kiosk, KioskContent, ProofOfPlay
from console.core.models.base import utcnow
from console.core.rules.kiosk_schedule import ORIENTATIONS
from console.core.security import Permission, Principal, require
from console.core.services.audit import record
from console.core.services.base import SessionFactory, read_only, unit_of_work
from console.core.services.kiosk_records import as_utc, hall_time

HEARTBEAT_EVERY_S = 30  # the kiosk's heartbeat period
OFFLINE_AFTER_S = 3 * HEARTBEAT_EVERY_S  # three missed heartbeats: the desk shows the kiosk as offline
PLAYS_SHOWN = 5000


@dataclass(frozen=True)
class KioskStatus:
    id: int
    name: str
    place: str
    orientation: str
    last_heartbeat_at: datetime | None  # aware UTC
    online: bool
    showing: str  # title of what it last reported on screen
    app_version: str


@dataclass(frozen=True)
class PlayLine:
    shown_at: datetime  # aware UTC
    kiosk: str
    content_id: int
    title: str  # "" when the content was deleted since
    duration_ms: int


class KioskMonitorService:
    def __init__(self, session_factory: SessionFactory, principal: Principal,
                 clock: Callable[[], datetime] = utcnow) -> None:
        require(principal, Permission.MANAGE_KIOSK)
        self._factory = session_factory
        self._principal = principal
        self._clock = clock

    def kiosks(self) -> tuple[KioskStatus, ...]:
        now = as_utc(self._clock())
        with read_only(self._factory) as session:
            titles = dict(session.execute(select(KioskContent.id, KioskContent.title)).all())
            out = []
            for k in session.scalars(select(Kiosk).order_by(Kiosk.name)):
                beat = as_utc(k.last_heartbeat_at) if k.last_heartbeat_at is not None else None
                online = beat is not None and now - beat <= timedelta(seconds=OFFLINE_AFTER_S)
                out.append(KioskStatus(k.id, k.name, k.place or "", k.orientation or "landscape", beat, online,
                                       titles.get(k.last_content_id, "") if k.last_content_id else "",
                                       k.app_version or ""))
            return tuple(out)

    def register(self, name: str, place: str, orientation: str) -> int:
        name = name.strip()
        if not name or len(name) > 40 or orientation not in ORIENTATIONS - {"any"}:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "终端名称须为 1 至 40 个字符，方向为横屏或竖屏"))
        try:
            with unit_of_work(self._factory, "大厅屏终端") as session:
                kiosk = Kiosk(name=name, place=place.strip()[:60], orientation=orientation)
                session.add(kiosk)
                session.flush()
                record(session, self._principal, "kiosk.register", "kiosk", kiosk.id, name=name)
                return kiosk.id
        except IntegrityError:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "已有同名终端")) from None

    def _play_rows(self, since: datetime, until: datetime, kiosk_id: int | None, limit: int | None
                   ) -> Iterator[PlayLine]:
        q = (select(ProofOfPlay.shown_at, Kiosk.name, ProofOfPlay.content_id, KioskContent.title, ProofOfPlay.duration_ms)
             .join(Kiosk, Kiosk.id == ProofOfPlay.kiosk_id)
             .outerjoin(KioskContent, KioskContent.id == ProofOfPlay.content_id)
             .where(ProofOfPlay.shown_at >= as_utc(since), ProofOfPlay.shown_at < as_utc(until))
             .order_by(ProofOfPlay.shown_at.desc(), ProofOfPlay.id.desc()))
        if kiosk_id is not None:
            q = q.where(ProofOfPlay.kiosk_id == kiosk_id)
        if limit is not None:
            q = q.limit(limit)
        with read_only(self._factory) as session:
            for at, kiosk, cid, title, ms in session.execute(q.execution_options(yield_per=2000)):
                yield PlayLine(as_utc(at), kiosk, int(cid), title or "", int(ms or 0))

    def plays(self, since: datetime, until: datetime, kiosk_id: int | None = None,
              limit: int = PLAYS_SHOWN) -> tuple[PlayLine, ...]:
        """What showed when, newest first, at most ``limit`` lines (the export has them all)."""
        return tuple(self._play_rows(since, until, kiosk_id, limit))

    def export_plays(self, path: str | Path, columns: Sequence[str], since: datetime, until: datetime,
                     kiosk_id: int | None = None, tz: tzinfo | None = None) -> ExportResult:
        """CSV or XLSX by suffix. ``columns``: titles for time, kiosk, content id, title, seconds on screen."""
        require(self._principal, Permission.MANAGE_KIOSK)
        rows = ((hall_time(p.shown_at, tz), p.kiosk, p.content_id, p.title, round(p.duration_ms / 1000, 1))
                for p in self._play_rows(since, until, kiosk_id, None))
        return write_table(path, columns, rows)
