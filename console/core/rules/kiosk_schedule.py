"""Which kiosk content shows when: effective/expiry windows, dayparting and takeover items.

Pure rules, no Qt and no database: the hall screen loads :class:`ContentItem` rows, calls
:func:`playlist_at` for what to show now and :func:`next_change_after` for when to ask again, so the
player arms one timer instead of polling.

Conventions (all datetimes one convention, normally naive local hall time; never mix naive and aware):

* An item is effective on ``effective_from <= now < expires_at``: at the expiry instant it is gone.
* ``ScheduleRule`` windows start at ``time_from`` (inclusive) and end at ``time_to`` (exclusive).
  A window with ``time_to <= time_from`` crosses midnight and ends on the next day; ``weekdays`` and the
  date range apply to the day the window *starts* (a Friday 22:00–06:00 rule is live early Saturday).
* ``weekdays`` use Python's ``date.weekday()``: 0 = Monday … 6 = Sunday; empty means every day.
* An item with an empty ``schedule`` is live all day, every day, while effective.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Literal

ContentKind = Literal["notice", "commitment", "guide", "showcase", "promotion", "image", "project_board", "qr"]
Priority = Literal["normal", "takeover"]
Orientation = Literal["any", "landscape", "portrait"]
Transition = Literal["fade", "slide", "none"]

CONTENT_KINDS: frozenset[str] = frozenset(
    ("notice", "commitment", "guide", "showcase", "promotion", "image", "project_board", "qr")
)
PRIORITIES: frozenset[str] = frozenset(("normal", "takeover"))
ORIENTATIONS: frozenset[str] = frozenset(("any", "landscape", "portrait"))
TRANSITIONS: frozenset[str] = frozenset(("fade", "slide", "none"))

_DAY = timedelta(days=1)
# A weekly pattern repeats after 7 days; one more day covers windows that cross midnight.
_SCAN_DAYS = 9


@dataclass(frozen=True)
class ScheduleRule:
    """One daypart: on these dates and weekdays, between these times (see module doc for the semantics)."""

    date_from: date | None = None
    date_to: date | None = None  # inclusive
    weekdays: frozenset[int] = frozenset()
    time_from: time | None = None  # None = 00:00
    time_to: time | None = None  # None = end of the day

    def __post_init__(self) -> None:
        days = frozenset(self.weekdays)
        if any(not 0 <= d <= 6 for d in days):
            raise ValueError(f"weekdays must be 0 (Monday) … 6 (Sunday), got {sorted(days)}")
        object.__setattr__(self, "weekdays", days)
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError("date_to is before date_from")

    def runs_on(self, day: date) -> bool:
        """Whether a window starts on ``day``."""
        if self.date_from is not None and day < self.date_from:
            return False
        if self.date_to is not None and day > self.date_to:
            return False
        return not self.weekdays or day.weekday() in self.weekdays

    def window_on(self, day: date, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
        """The [start, end) window that starts on ``day`` (whether or not the rule runs that day)."""
        start = datetime.combine(day, self.time_from or time.min, tz)
        if self.time_to is None:
            return start, datetime.combine(day + _DAY, time.min, tz)
        end = datetime.combine(day, self.time_to, tz)
        if end <= start:  # crosses midnight (equal times mean a full 24 hours from time_from)
            end += _DAY
        return start, end

    def is_live(self, now: datetime) -> bool:
        # Only today's window or yesterday's midnight-crossing one can contain ``now``.
        for day in (now.date(), now.date() - _DAY):
            if self.runs_on(day):
                start, end = self.window_on(day, now.tzinfo)
                if start <= now < end:
                    return True
        return False


@dataclass(frozen=True)
class ContentItem:
    """One piece of kiosk content as the hall staff configured it."""

    id: str
    kind: ContentKind
    title: str
    effective_from: datetime
    body: str = ""
    image_path: str | None = None
    duration_s: float = 10.0
    transition: Transition = "fade"
    priority: Priority = "normal"
    expires_at: datetime | None = None
    schedule: tuple[ScheduleRule, ...] = field(default_factory=tuple)
    orientation: Orientation = "any"
    sort_order: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "schedule", tuple(self.schedule))
        for name, value, allowed in (
            ("kind", self.kind, CONTENT_KINDS),
            ("priority", self.priority, PRIORITIES),
            ("orientation", self.orientation, ORIENTATIONS),
            ("transition", self.transition, TRANSITIONS),
        ):
            if value not in allowed:
                raise ValueError(f"{name} must be one of {sorted(allowed)}, got {value!r}")
        if self.duration_s <= 0:
            raise ValueError("duration_s must be positive")
        if self.expires_at is not None and self.expires_at <= self.effective_from:
            raise ValueError(f"item {self.id!r} expires before it becomes effective")

    def is_effective(self, now: datetime) -> bool:
        return self.effective_from <= now and (self.expires_at is None or now < self.expires_at)

    def is_live(self, now: datetime) -> bool:
        """Effective and inside one of its dayparts (orientation aside)."""
        return self.is_effective(now) and (not self.schedule or any(r.is_live(now) for r in self.schedule))

    def fits(self, orientation: str) -> bool:
        return self.orientation == "any" or self.orientation == orientation


@dataclass(frozen=True)
class Playlist:
    """What a kiosk shows at one instant.

    ``items_in_order`` is the normal loop (takeover items never appear in it); while ``takeover`` is set the
    player shows only that item and resumes the loop when a later playlist has none.
    """

    items_in_order: tuple[ContentItem, ...]
    takeover: ContentItem | None = None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items_in_order)


def playlist_at(items: Iterable[ContentItem], now: datetime, orientation: str = "landscape") -> Playlist:
    """The playlist for a screen of ``orientation`` ("landscape" or "portrait") at ``now``.

    The loop is ordered by ``sort_order`` then ``id``. When several takeover items are live the most recently
    effective one wins (a newer outage notice supersedes an older one); ties go by ``sort_order``, ``id``.
    """
    if orientation not in ("landscape", "portrait"):
        raise ValueError(f"orientation must be 'landscape' or 'portrait', got {orientation!r}")
    live = [i for i in items if i.fits(orientation) and i.is_live(now)]
    loop = sorted((i for i in live if i.priority == "normal"), key=lambda i: (i.sort_order, i.id))
    takeovers = sorted((i for i in live if i.priority == "takeover"), key=lambda i: (i.sort_order, i.id))
    takeovers.sort(key=lambda i: i.effective_from, reverse=True)  # stable: ties keep (sort_order, id)
    return Playlist(tuple(loop), takeovers[0] if takeovers else None)


def next_change_after(
    items: Sequence[ContentItem], now: datetime, orientation: str | None = None
) -> datetime | None:
    """The first instant after ``now`` at which the set of live items changes, or None if it never does.

    With ``orientation`` only items shown on that orientation count; without it the answer is the earliest
    change for any screen. The player re-calls :func:`playlist_at` at the returned instant.
    """
    relevant = [i for i in items if orientation is None or i.fits(orientation)]
    current = _live_ids(relevant, now)
    for t in sorted({t for i in relevant for t in _edges(i, now) if t > now}):
        if _live_ids(relevant, t) != current:
            return t
    return None


def _live_ids(items: Sequence[ContentItem], now: datetime) -> frozenset[str]:
    return frozenset(i.id for i in items if i.is_live(now))


def _edges(item: ContentItem, now: datetime) -> set[datetime]:
    """Every instant at which ``item`` may switch on or off, enough to find its next switch after ``now``.

    Liveness between edges is weekly-periodic, so scanning a little over a week of windows after each point
    where the periodic pattern can restart (now, effective_from, a rule's date range starting or ending)
    finds the next switch if there is one.
    """
    edges = {item.effective_from}
    if item.expires_at is not None:
        edges.add(item.expires_at)
    anchors = {now.date(), item.effective_from.date()}
    for rule in item.schedule:
        if rule.date_from is not None:
            anchors.add(rule.date_from)
        if rule.date_to is not None:
            anchors.add(rule.date_to + _DAY)
    first = now.date() - _DAY
    for rule in item.schedule:
        for anchor in anchors:
            start_day = max(anchor - _DAY, first)
            for k in range(_SCAN_DAYS):
                day = start_day + k * _DAY
                if rule.runs_on(day):
                    edges.update(rule.window_on(day, now.tzinfo))
    return edges

