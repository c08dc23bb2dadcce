"""Kiosk content as plain data: what the desk edits, what the kiosk plays and caches, and the schedule rules.

Two conventions meet here. The database keeps instants (``effective_from``, ``expires_at``) as UTC and weekdays as
ISO digits ("12345" = Monday–Friday); :mod:`console.core.rules.kiosk_schedule` works in naive local hall time
with ``date.weekday()`` numbers (0 = Monday). :meth:`ContentRecord.to_item` is the one place that converts.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timezone, tzinfo
from typing import Any

from console.core.rules.kiosk_schedule import ContentItem, Playlist, ScheduleRule, next_change_after, playlist_at

log = logging.getLogger(__name__)

NEW_ID = 0  # id of a record not saved yet
ALL_WEEKDAYS = "1234567"


def as_utc(value: datetime) -> datetime:
    """An aware UTC instant. SQLite hands back naive datetimes; everything is stored in UTC."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def hall_time(value: datetime, tz: tzinfo | None = None) -> datetime:
    """Naive wall-clock time in the hall (``tz``; None = this machine's zone), as the schedule rules expect."""
    return as_utc(value).astimezone(tz).replace(tzinfo=None)


def iso_weekdays_to_rule(digits: str) -> frozenset[int]:
    """"12345" → {0,1,2,3,4}; every day (or nothing given) → the empty set, which the rules read as every day."""
    days = frozenset(int(c) - 1 for c in digits if c in "1234567")
    return frozenset() if len(days) == 7 else days


def rule_weekdays_to_iso(days: Iterable[int]) -> str:
    chosen = sorted(set(days))
    return ALL_WEEKDAYS if not chosen else "".join(str(d + 1) for d in chosen)


@dataclass(frozen=True)
class ScheduleLine:
    """One daypart as stored (see :class:`~console.core.rules.kiosk_schedule.ScheduleRule` for the meaning)."""

    date_from: date | None = None
    date_to: date | None = None
    weekdays: str = ALL_WEEKDAYS  # ISO digits, 1 = Monday
    time_from: time | None = None
    time_to: time | None = None

    def to_rule(self) -> ScheduleRule:
        return ScheduleRule(self.date_from, self.date_to, iso_weekdays_to_rule(self.weekdays), self.time_from,
                            self.time_to)


@dataclass(frozen=True)
class ShowcaseFacts:
    """An integrated-energy case's figures, kept in ``KioskContent.extra`` as JSON."""

    customer_type: str = ""
    customer_type_en: str = ""
    measures: tuple[str, ...] = ()
    measures_en: tuple[str, ...] = ()
    saving_pct: float | None = None
    note: str = ""
    note_en: str = ""

    @classmethod
    def from_extra(cls, extra: str) -> ShowcaseFacts | None:
        try:
            data = json.loads(extra) if extra else None
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        pct = data.get("saving_pct")
        return cls(
            customer_type=str(data.get("customer_type", "")), customer_type_en=str(data.get("customer_type_en", "")),
            measures=tuple(str(m) for m in data.get("measures", ()) or ()),
            measures_en=tuple(str(m) for m in data.get("measures_en", ()) or ()),
            saving_pct=float(pct) if isinstance(pct, (int, float)) else None,
            note=str(data.get("note", "")), note_en=str(data.get("note_en", "")),
        )

    def to_extra(self) -> str:
        data = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items() if v not in ("", (), None)}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class ContentRecord:
    """One piece of kiosk content. ``id == NEW_ID`` for one not saved yet; instants are aware UTC."""

    id: int
    kind: str
    title: str
    effective_from: datetime
    version: int = 0
    title_en: str = ""
    body: str = ""
    body_en: str = ""
    image_path: str = ""
    qr_text: str = ""
    duration_s: int = 12
    transition: str = "fade"
    takeover: bool = False
    expires_at: datetime | None = None
    orientation: str = "any"
    sort_order: int = 0
    published: bool = False
    extra: str = ""
    schedules: tuple[ScheduleLine, ...] = field(default_factory=tuple)

    def showcase(self) -> ShowcaseFacts | None:
        return ShowcaseFacts.from_extra(self.extra) if self.kind == "showcase" else None

    def text(self, lang: str) -> tuple[str, str]:
        """(title, body) in ``lang``; English falls back to Chinese where the English is missing."""
        if lang == "en":
            return self.title_en or self.title, self.body_en or self.body
        return self.title, self.body

    def to_item(self, tz: tzinfo | None = None) -> ContentItem:
        """The schedule rules' view of this record (raises ValueError for a record the rules refuse)."""
        return ContentItem(
            id=str(self.id), kind=self.kind, title=self.title,  # type: ignore[arg-type]
            effective_from=hall_time(self.effective_from, tz),
            expires_at=hall_time(self.expires_at, tz) if self.expires_at is not None else None,
            duration_s=float(self.duration_s), transition=self.transition,  # type: ignore[arg-type]
            priority="takeover" if self.takeover else "normal",
            schedule=tuple(s.to_rule() for s in self.schedules), orientation=self.orientation,  # type: ignore[arg-type]
            sort_order=self.sort_order,
        )

    def is_expired(self, now_utc: datetime) -> bool:
        return self.expires_at is not None and as_utc(self.expires_at) <= now_utc


@dataclass(frozen=True)
class BoardLine:
    """A project on the power-on board: the name arrives masked from the database view."""

    masked_name: str
    step: str  # CustomerStep value
    power_on_plan_date: date


@dataclass(frozen=True)
class PlaylistNow:
    """What a screen shows at one instant, and when to ask again."""

    playlist: Playlist
    records: dict[str, ContentRecord]
    next_change: datetime | None  # naive hall time


def playlist_now(records: Sequence[ContentRecord], now: datetime, orientation: str,
                 tz: tzinfo | None = None) -> PlaylistNow:
    """The playlist at ``now`` (naive hall time) for a screen of ``orientation``.

    A record the rules refuse (say, expiring before it starts) is left out and logged: an unattended screen keeps
    playing the rest rather than stopping.
    """
    items: list[ContentItem] = []
    for record in records:
        try:
            items.append(record.to_item(tz))
        except ValueError as exc:
            log.warning("kiosk content %s left out: %s", record.id, exc)
    return PlaylistNow(playlist_at(items, now, orientation), {str(r.id): r for r in records},
                       next_change_after(items, now, orientation))


# --- JSON for the offline cache --------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def record_to_json(record: ContentRecord) -> dict[str, Any]:
    data = {k: _plain(v) for k, v in asdict(record).items() if k != "schedules"}
    data["schedules"] = [{k: _plain(v) for k, v in asdict(s).items()} for s in record.schedules]
    return data


def _opt(value: str | None, parse: Any) -> Any:
    return parse(value) if value else None


def record_from_json(data: dict[str, Any]) -> ContentRecord:
    schedules = tuple(
        ScheduleLine(_opt(s.get("date_from"), date.fromisoformat), _opt(s.get("date_to"), date.fromisoformat),
                     str(s.get("weekdays") or ALL_WEEKDAYS), _opt(s.get("time_from"), time.fromisoformat),
                     _opt(s.get("time_to"), time.fromisoformat))
        for s in data.get("schedules", ())
    )
    fields = {k: v for k, v in data.items() if k not in ("schedules", "effective_from", "expires_at")}
    return ContentRecord(
        **fields, effective_from=as_utc(datetime.fromisoformat(data["effective_from"])),
        expires_at=as_utc(datetime.fromisoformat(data["expires_at"])) if data.get("expires_at") else None,
        schedules=schedules,
    )


def board_to_json(line: BoardLine) -> dict[str, Any]:
    return {"masked_name": line.masked_name, "step": line.step, "power_on_plan_date": line.power_on_plan_date.isoformat()}


def board_from_json(data: dict[str, Any]) -> BoardLine:
    return BoardLine(str(data["masked_name"]), str(data["step"]), date.fromisoformat(data["power_on_plan_date"]))
