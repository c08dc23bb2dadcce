"""Calendar units of the date header: which unit suits a scale, where units start, how they are labelled.

Shared by the Qt axis and the PDF, so the chart on screen and on paper read alike.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

import numpy as np

from widgets.gantt.data import day_number, from_day_number


class Unit(IntEnum):
    DAY = 0
    WEEK = 1
    MONTH = 2
    QUARTER = 3
    YEAR = 4


# Smallest pixels (or points) per day at which a unit's cells are wide enough for their labels.
_MIN_SCALE = ((Unit.DAY, 18.0), (Unit.WEEK, 4.5), (Unit.MONTH, 1.4), (Unit.QUARTER, 0.45))


def unit_for_scale(per_day: float) -> Unit:
    """The finest unit whose cells are wide enough to label at ``per_day`` pixels/points per day."""
    for unit, minimum in _MIN_SCALE:
        if per_day >= minimum:
            return unit
    return Unit.YEAR


def upper_unit(unit: Unit) -> Unit | None:
    """The coarser unit of the header's top band."""
    return {Unit.DAY: Unit.MONTH, Unit.WEEK: Unit.MONTH, Unit.MONTH: Unit.YEAR, Unit.QUARTER: Unit.YEAR}.get(unit)


def unit_start(unit: Unit, d: date) -> date:
    """Start of the unit containing ``d`` (weeks are ISO weeks, starting on Monday)."""
    if unit is Unit.DAY:
        return d
    if unit is Unit.WEEK:
        return d - timedelta(days=d.weekday())
    if unit is Unit.MONTH:
        return d.replace(day=1)
    if unit is Unit.QUARTER:
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    return date(d.year, 1, 1)


def next_start(unit: Unit, d: date) -> date:
    """Start of the unit after the one starting at ``d``."""
    if unit is Unit.DAY:
        return d + timedelta(days=1)
    if unit is Unit.WEEK:
        return d + timedelta(days=7)
    months = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12}[unit]
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def unit_starts(unit: Unit, first_day: float, last_day: float) -> list[int]:
    """Day numbers of the starts of every unit overlapping ``[first_day, last_day)``, plus the start after."""
    d = unit_start(unit, from_day_number(max(first_day, -700_000)))
    end = min(last_day, 2_900_000)
    out = [day_number(d)]
    while out[-1] < end:
        d = next_start(unit, d)
        out.append(day_number(d))
    return out


def non_working_between(calendar: np.ndarray | None, first: int, end: int) -> np.ndarray:
    """Non-working day numbers in ``[first, end)``: from ``calendar`` (sorted day numbers of statutory holidays
    and weekends not made workdays) when given, else Saturdays and Sundays."""
    if calendar is not None:
        lo, hi = np.searchsorted(calendar, (first, end))
        return calendar[lo:hi]
    days = np.arange(first, end, dtype=np.int64)
    return days[((days + 3) % 7) >= 5]  # 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays


def calendar_days(days: Iterable[date] | None) -> np.ndarray | None:
    """Dates as the sorted, unique day-number array :func:`non_working_between` takes (None stays None)."""
    return None if days is None else np.unique(np.array([day_number(d) for d in days], np.int64))


def day_runs(days: np.ndarray) -> list[tuple[int, int]]:
    """Sorted day numbers merged into ``[start, end)`` runs of consecutive days (one fill per weekend)."""
    if days.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(days) != 1)
    starts = np.concatenate(([days[0]], days[breaks + 1]))
    ends = np.concatenate((days[breaks], [days[-1]])) + 1
    return list(zip(starts.tolist(), ends.tolist()))


@dataclass(frozen=True)
class DateLabels:
    """Label templates; the defaults are the Chinese ones, the widget passes translated ones."""

    day: str = "{d}"
    day_weekday: str = "{d} {wd}"
    weekdays: tuple[str, ...] = ("一", "二", "三", "四", "五", "六", "日")
    month_names: tuple[str, ...] = tuple(str(m) for m in range(1, 13))  # {mn}: "Jan"… in English
    week: str = "第{w}周"
    week_short: str = "{w}"
    month: str = "{m}月"
    month_short: str = "{m}"
    month_year: str = "{y}年{m}月"
    quarter: str = "{q}季度"
    quarter_short: str = "Q{q}"
    quarter_year: str = "{y}年{q}季度"
    year: str = "{y}年"
    year_short: str = "{y}"

    def candidates(self, unit: Unit, start_day: int, upper: bool = False) -> list[str]:
        """Labels for the unit starting at ``start_day``, longest first; the caller takes the first that fits."""
        d = from_day_number(start_day)
        iso = d.isocalendar()
        q = (d.month - 1) // 3 + 1
        fields = {
            "d": d.day, "wd": self.weekdays[d.weekday()], "w": iso.week, "m": d.month,
            "mn": self.month_names[d.month - 1], "q": q, "y": d.year,
        }
        if unit is Unit.DAY:
            templates = [self.day_weekday, self.day]
        elif unit is Unit.WEEK:
            templates = [self.week, self.week_short]
        elif unit is Unit.MONTH:
            templates = [self.month_year, self.month, self.month_short] if upper else [self.month, self.month_short]
        elif unit is Unit.QUARTER:
            templates = [self.quarter_year, self.quarter, self.quarter_short] if upper else [self.quarter, self.quarter_short]
        else:
            templates = [self.year, self.year_short]
        return [t.format(**fields) for t in templates]
