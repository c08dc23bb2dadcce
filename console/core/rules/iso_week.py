"""ISO weeks as the meeting calendar names them ("2026-W48"): parsing, the days they hold, the default day."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})")
# The client service day (客户服务日) falls on a Thursday unless the facilitator moves it: mid-week leaves two
# working days before it to collect documents and two after it to act on the decisions.
DEFAULT_MEETING_WEEKDAY = 4  # ISO: Monday 1 … Sunday 7


class BadWeek(ValueError):
    pass


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    def __post_init__(self) -> None:
        try:
            _dt.date.fromisocalendar(self.year, self.week, 1)
        except ValueError:
            raise BadWeek(f"{self.year} has no ISO week {self.week}") from None

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        m = _WEEK.fullmatch(text.strip().upper())
        if not m:
            raise BadWeek(f"{text!r} is not an ISO week like 2026-W48")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: _dt.date) -> IsoWeek:
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self) -> _dt.date:
        return _dt.date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> _dt.date:
        return _dt.date.fromisocalendar(self.year, self.week, 7)

    def day(self, iso_weekday: int = DEFAULT_MEETING_WEEKDAY) -> _dt.date:
        return _dt.date.fromisocalendar(self.year, self.week, iso_weekday)

    def shifted(self, weeks: int) -> IsoWeek:
        return IsoWeek.of(self.monday + _dt.timedelta(weeks=weeks))

    def __str__(self) -> str:
        return self.label
