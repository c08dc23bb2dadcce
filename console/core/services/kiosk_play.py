"""What the kiosk process does with the database: load what to play, look up progress, report back.

Runs as :data:`~console.core.security.KIOSK_PRINCIPAL` (permission ``KIOSK_PLAY`` only) and touches nothing but
the kiosk views, its own row in ``kiosks`` (heartbeat columns), ``proof_of_play`` and the lookup function, which
is exactly what the ``sunshine_kiosk`` database role is granted on PostgreSQL (see :mod:`kiosk_role`).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from console.core.models import Kiosk, ProofOfPlay
from console.core.models.base import utcnow
from console.core.security import KIOSK_PRINCIPAL, Permission, Principal, require
from console.core.services.base import SessionFactory, read_only, unit_of_work
from console.core.services.kiosk_lookup import LookupResult, lookup
from console.core.services.kiosk_pin import read_pin_hash
from console.core.services.kiosk_records import BoardLine, ContentRecord, as_utc, hall_time
from console.core.services.kiosk_views import board_lines, published_records

MAX_PLAYS_PER_WRITE = 5000


@dataclass(frozen=True)
class KioskInfo:
    id: int
    name: str
    place: str
    orientation: str


@dataclass(frozen=True)
class KioskSnapshot:
    """Everything a kiosk needs to play on its own: also what the offline cache holds."""

    contents: tuple[ContentRecord, ...]
    board: tuple[BoardLine, ...]
    pin_hash: str
    loaded_at: datetime  # aware UTC
    kiosk: KioskInfo | None = None


@dataclass(frozen=True)
class PlayRecord:
    content_id: int
    shown_at: datetime  # aware
    duration_ms: int


def _kiosk(session: Session, name: str | None, orientation: str) -> KioskInfo | None:
    cols = (Kiosk.id, Kiosk.name, Kiosk.place, Kiosk.orientation)
    row = None
    if name:
        row = session.execute(select(*cols).where(Kiosk.name == name)).first()
    else:  # no name configured: the first kiosk registered for this screen's orientation
        row = session.execute(select(*cols).where(Kiosk.orientation == orientation).order_by(Kiosk.id).limit(1)).first()
    return KioskInfo(int(row[0]), row[1], row[2] or "", row[3] or "landscape") if row else None


class KioskPlayService:
    def __init__(self, session_factory: SessionFactory, principal: Principal = KIOSK_PRINCIPAL,
                 clock: Callable[[], datetime] = utcnow, tz: tzinfo | None = None) -> None:
        require(principal, Permission.KIOSK_PLAY)
        self._factory = session_factory
        self._clock = clock
        self._tz = tz

    def now_utc(self) -> datetime:
        return as_utc(self._clock())

    def snapshot(self, kiosk_name: str | None = None, orientation: str = "landscape") -> KioskSnapshot:
        now = self.now_utc()
        with read_only(self._factory) as session:
            return KioskSnapshot(
                contents=published_records(session, now),
                board=board_lines(session, hall_time(now, self._tz).date()),
                pin_hash=read_pin_hash(session),
                loaded_at=now,
                kiosk=_kiosk(session, kiosk_name, orientation),
            )

    def heartbeat(self, kiosk_id: int, content_id: int | None, app_version: str) -> None:
        # A Core update, not an ORM flush: the kiosk role may write these three columns and nothing else (the
        # row's optimistic-locking version is the desk's business).
        with unit_of_work(self._factory, "大厅屏心跳") as session:
            session.execute(update(Kiosk).where(Kiosk.id == kiosk_id).values(
                last_heartbeat_at=self.now_utc(), last_content_id=content_id, app_version=app_version[:20]))

    def record_plays(self, kiosk_id: int, plays: Sequence[PlayRecord]) -> int:
        rows = [{"kiosk_id": kiosk_id, "content_id": p.content_id, "shown_at": as_utc(p.shown_at),
                 "duration_ms": max(0, int(p.duration_ms))} for p in plays[:MAX_PLAYS_PER_WRITE]]
        if not rows:
            return 0
        with unit_of_work(self._factory, "播放记录") as session:
            session.execute(insert(ProofOfPlay), rows)
        return len(rows)

    def lookup(self, kiosk_id: int | None, application_no: str, code: str) -> LookupResult:
        with unit_of_work(self._factory, "进度查询") as session:
            return lookup(session, kiosk_id, application_no, code, self.now_utc())
