"""Reading what the kiosk may read: the views of migration 0002, as plain records.

Used by the kiosk (as the kiosk role) and by the desk's preview, so both show the same thing. The board's names
are masked inside the database; :func:`mask_board_name` is the same rule in Python, for tests and the desk.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import Boolean, Date, DateTime, Integer, Row, String, Text, Time, column, or_, select, table
from sqlalchemy.orm import Session

from console.core.masking import mask_person_name
from console.core.services.kiosk_records import BoardLine, ContentRecord, ScheduleLine, as_utc

BOARD_DAYS = 30  # the board lists projects planned to be powered on within this many days
BOARD_LIMIT = 200

_INSTANT = DateTime(timezone=True)
_CONTENT_COLUMNS = (
    column("id", Integer), column("kind", String), column("title", String), column("title_en", String),
    column("body", Text), column("body_en", Text), column("image_path", String), column("qr_text", String),
    column("duration_s", Integer), column("transition", String), column("takeover", Boolean),
    column("effective_from", _INSTANT), column("expires_at", _INSTANT), column("orientation", String),
    column("sort_order", Integer), column("extra", Text), column("version", Integer),
)
# Typed, so SQLite hands back dates and instants, and binds them in the stored format.
PUBLISHED = table("kiosk_published_contents", *_CONTENT_COLUMNS)
PUBLISHED_SCHEDULES = table("kiosk_published_schedules", column("id", Integer), column("content_id", Integer),
                            column("date_from", Date), column("date_to", Date), column("weekdays", String),
                            column("time_from", Time), column("time_to", Time))
BOARD = table("kiosk_power_on_board", column("masked_name", String), column("step", String),
              column("power_on_plan_date", Date))


def mask_board_name(name: str, is_person: bool) -> str:
    """The view's mask: a person keeps the first character (张**), an organisation its first 2 and last 4."""
    n = name.strip()
    if len(n) <= 1:
        return "*"
    if is_person:
        return mask_person_name(n)
    if len(n) >= 8:
        return n[:2] + "**" + n[-4:]
    if len(n) >= 4:
        return n[:1] + "**" + n[-2:]
    return n[:1] + "**"


def _to_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value)[:10])


def _to_time(value: object):  # type: ignore[no-untyped-def]
    from datetime import time

    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value))


def _to_datetime(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return as_utc(value)
    return as_utc(datetime.fromisoformat(str(value)))


def record_from_row(row: Row, schedules: Sequence[ScheduleLine], published: bool = True) -> ContentRecord:  # type: ignore[type-arg]
    m = row._mapping
    effective = _to_datetime(m["effective_from"])
    assert effective is not None
    return ContentRecord(
        id=int(m["id"]), kind=str(getattr(m["kind"], "value", m["kind"])), title=m["title"] or "",
        effective_from=effective, version=int(m["version"]), title_en=m["title_en"] or "", body=m["body"] or "",
        body_en=m["body_en"] or "", image_path=m["image_path"] or "", qr_text=m["qr_text"] or "",
        duration_s=int(m["duration_s"] or 12), transition=m["transition"] or "fade", takeover=bool(m["takeover"]),
        expires_at=_to_datetime(m["expires_at"]), orientation=m["orientation"] or "any",
        sort_order=int(m["sort_order"] or 0), published=published, extra=m["extra"] or "", schedules=tuple(schedules),
    )


def schedule_from_row(row: Row) -> ScheduleLine:  # type: ignore[type-arg]
    m = row._mapping
    return ScheduleLine(_to_date(m["date_from"]), _to_date(m["date_to"]), str(m["weekdays"] or "1234567"),
                        _to_time(m["time_from"]), _to_time(m["time_to"]))


def published_records(session: Session, now_utc: datetime) -> tuple[ContentRecord, ...]:
    """Published content not yet expired (items that start later are kept: the offline cache needs them)."""
    schedules: dict[int, list[ScheduleLine]] = {}
    for row in session.execute(select(PUBLISHED_SCHEDULES).order_by(PUBLISHED_SCHEDULES.c.id)):
        schedules.setdefault(int(row._mapping["content_id"]), []).append(schedule_from_row(row))
    rows = session.execute(select(PUBLISHED)
                           .where(or_(PUBLISHED.c.expires_at.is_(None), PUBLISHED.c.expires_at > now_utc))
                           .order_by(PUBLISHED.c.sort_order, PUBLISHED.c.id)).all()
    records = (record_from_row(r, schedules.get(int(r._mapping["id"]), ())) for r in rows)
    # SQLite compares the stored text, so check the instant once more in Python.
    return tuple(r for r in records if not r.is_expired(as_utc(now_utc)))


def board_lines(session: Session, today: date, days: int = BOARD_DAYS, limit: int = BOARD_LIMIT) -> tuple[BoardLine, ...]:
    rows = session.execute(select(BOARD.c.masked_name, BOARD.c.step, BOARD.c.power_on_plan_date)
                           .where(BOARD.c.power_on_plan_date >= today,
                                  BOARD.c.power_on_plan_date <= today + timedelta(days=days))
                           .order_by(BOARD.c.power_on_plan_date, BOARD.c.masked_name).limit(limit)).all()
    return tuple(BoardLine(str(name), str(step), _to_date(day) or today) for name, step, day in rows)
