"""The hall staff's side of the kiosk: content create/edit/reorder/publish, schedules, the admin PIN, preview data.

Every method needs ``MANAGE_KIOSK``; every write is checked against the version the person loaded (optimistic
locking: someone else's save in between gives :class:`~console.core.errors.StaleEdit`, nothing is overwritten)
and leaves an audit entry.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from console.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationFailed
from console.core.models import KioskContent, KioskSchedule
from console.core.models.base import utcnow
from console.core.models.enums import KioskContentKind
from console.core.rules.kiosk_schedule import ORIENTATIONS, TRANSITIONS
from console.core.security import Permission, Principal, require
from console.core.services.audit import record
from console.core.services.base import SessionFactory, check_version, read_only, unit_of_work
from console.core.services.kiosk_pin import store_pin
from console.core.services.kiosk_play import KioskSnapshot
from console.core.services.kiosk_records import NEW_ID, ContentRecord, ScheduleLine, ShowcaseFacts, as_utc, hall_time
from console.core.services.kiosk_views import board_lines

CONTENT = QT_TRANSLATE_NOOP("entities", "大厅屏内容")
KINDS = tuple(k.value for k in KioskContentKind)
DURATION_RANGE = (3, 600)
TITLE_MAX, TITLE_EN_MAX = 100, 150


def record_of(row: KioskContent) -> ContentRecord:
    return ContentRecord(
        id=row.id, kind=str(getattr(row.kind, "value", row.kind)), title=row.title,
        effective_from=as_utc(row.effective_from), version=row.version, title_en=row.title_en or "",
        body=row.body or "", body_en=row.body_en or "", image_path=row.image_path or "", qr_text=row.qr_text or "",
        duration_s=row.duration_s, transition=row.transition or "fade", takeover=bool(row.takeover),
        expires_at=as_utc(row.expires_at) if row.expires_at is not None else None,
        orientation=row.orientation or "any", sort_order=row.sort_order, published=bool(row.published),
        extra=row.extra or "",
        schedules=tuple(ScheduleLine(s.date_from, s.date_to, s.weekdays or "1234567", s.time_from, s.time_to)
                        for s in sorted(row.schedules, key=lambda s: s.id)),
    )


def validate(rec: ContentRecord) -> None:
    """Refuse what the kiosk could not play or would play wrongly, with a message that says what to fix."""
    def fail(detail: str) -> None:
        raise ValidationFailed(detail=detail)

    if rec.kind not in KINDS:
        fail(QT_TRANSLATE_NOOP("errors", "未知的内容类型"))
    if not rec.title.strip():
        fail(QT_TRANSLATE_NOOP("errors", "标题不能为空"))
    if len(rec.title) > TITLE_MAX or len(rec.title_en) > TITLE_EN_MAX:
        fail(QT_TRANSLATE_NOOP("errors", "标题过长（中文最多 100 字，英文最多 150 字符）"))
    if not DURATION_RANGE[0] <= rec.duration_s <= DURATION_RANGE[1]:
        fail(QT_TRANSLATE_NOOP("errors", "播放时长须在 3 至 600 秒之间"))
    if rec.transition not in TRANSITIONS or rec.orientation not in ORIENTATIONS:
        fail(QT_TRANSLATE_NOOP("errors", "未知的转场或屏幕方向"))
    if rec.expires_at is not None and as_utc(rec.expires_at) <= as_utc(rec.effective_from):
        fail(QT_TRANSLATE_NOOP("errors", "失效时间须晚于生效时间"))
    if rec.kind == "qr" and not rec.qr_text.strip():
        fail(QT_TRANSLATE_NOOP("errors", "二维码内容不能为空"))
    if rec.kind == "image" and not rec.image_path.strip():
        fail(QT_TRANSLATE_NOOP("errors", "图片类内容须选择图片文件"))
    for line in rec.schedules:
        if not line.weekdays or any(c not in "1234567" for c in line.weekdays):
            fail(QT_TRANSLATE_NOOP("errors", "排期至少要选一个星期几"))
        if line.date_from and line.date_to and line.date_to < line.date_from:
            fail(QT_TRANSLATE_NOOP("errors", "排期的结束日期早于开始日期"))
    if rec.kind == "showcase" and rec.extra and ShowcaseFacts.from_extra(rec.extra) is None:
        fail(QT_TRANSLATE_NOOP("errors", "案例数据格式有误"))
    try:
        rec.to_item()
    except ValueError as exc:  # the rules' own checks, should a new one be added there
        fail(str(exc))


def _apply(row: KioskContent, rec: ContentRecord) -> None:
    row.kind = KioskContentKind(rec.kind)
    row.title, row.title_en = rec.title.strip(), rec.title_en.strip()
    row.body, row.body_en = rec.body, rec.body_en
    row.image_path, row.qr_text = rec.image_path.strip(), rec.qr_text.strip()
    row.duration_s, row.transition, row.takeover = rec.duration_s, rec.transition, rec.takeover
    row.effective_from = as_utc(rec.effective_from)
    row.expires_at = as_utc(rec.expires_at) if rec.expires_at is not None else None
    row.orientation, row.extra = rec.orientation, rec.extra
    row.schedules = [KioskSchedule(date_from=s.date_from, date_to=s.date_to, weekdays=s.weekdays,
                                   time_from=s.time_from, time_to=s.time_to) for s in rec.schedules]


class KioskContentService:
    def __init__(self, session_factory: SessionFactory, principal: Principal,
                 clock: Callable[[], datetime] = utcnow, tz: tzinfo | None = None) -> None:
        require(principal, Permission.MANAGE_KIOSK)
        self._factory = session_factory
        self._principal = principal
        self._clock = clock
        self._tz = tz

    def _row(self, session: Session, content_id: int, version: int) -> KioskContent:
        row = session.get(KioskContent, content_id, options=[selectinload(KioskContent.schedules)])
        if row is None:
            raise NotFound(what=CONTENT, key=str(content_id))
        check_version(version, row.version, CONTENT)
        return row

    def list_records(self) -> tuple[ContentRecord, ...]:
        with read_only(self._factory) as session:
            rows = session.scalars(select(KioskContent).options(selectinload(KioskContent.schedules))
                                   .order_by(KioskContent.sort_order, KioskContent.id)).all()
            return tuple(record_of(r) for r in rows)

    def save(self, rec: ContentRecord) -> ContentRecord:
        """Create (``rec.id == NEW_ID``, appended at the end, unpublished) or update; publishing is separate."""
        validate(rec)
        with unit_of_work(self._factory, CONTENT) as session:
            if rec.id == NEW_ID:
                last = session.scalar(select(func.max(KioskContent.sort_order))) or 0
                row = KioskContent(sort_order=last + 10, published=False)
                _apply(row, rec)
                session.add(row)
                action = "kiosk_content.create"
            else:
                row = self._row(session, rec.id, rec.version)
                _apply(row, rec)
                action = "kiosk_content.update"
            session.flush()
            record(session, self._principal, action, "kiosk_content", row.id, title=row.title, kind=rec.kind)
            session.flush()
            return record_of(row)

    def set_published(self, content_id: int, version: int, published: bool) -> ContentRecord:
        with unit_of_work(self._factory, CONTENT) as session:
            row = self._row(session, content_id, version)
            row.published = published
            session.flush()
            record(session, self._principal, "kiosk_content.publish" if published else "kiosk_content.withdraw",
                   "kiosk_content", row.id, title=row.title)
            return record_of(row)

    def reorder(self, order: Sequence[tuple[int, int]]) -> tuple[ContentRecord, ...]:
        """Put the (id, version) pairs in this order (sort_order 10, 20, …); all or nothing."""
        with unit_of_work(self._factory, CONTENT) as session:
            rows = [self._row(session, cid, version) for cid, version in order]
            changed = []
            for i, row in enumerate(rows, start=1):
                if row.sort_order != i * 10:
                    row.sort_order = i * 10
                    changed.append(row.id)
            session.flush()
            if changed:
                record(session, self._principal, "kiosk_content.reorder", "kiosk_content", None, order=[r.id for r in rows])
            return tuple(record_of(r) for r in rows)

    def delete(self, content_id: int, version: int) -> None:
        with unit_of_work(self._factory, CONTENT) as session:
            row = self._row(session, content_id, version)
            record(session, self._principal, "kiosk_content.delete", "kiosk_content", row.id, title=row.title)
            session.delete(row)

    def preview_snapshot(self) -> KioskSnapshot:
        """Every record (drafts too) and the live board, for previews that match a kiosk pixel for pixel."""
        now = as_utc(self._clock())
        records = self.list_records()
        with read_only(self._factory) as session:
            board = board_lines(session, hall_time(now, self._tz).date())
        return KioskSnapshot(records, board, "", now)

    def set_pin(self, pin: str) -> None:
        with unit_of_work(self._factory, "大厅屏管理员 PIN") as session:
            store_pin(session, pin)
            record(session, self._principal, "kiosk.set_pin", "centre_setting", None)

