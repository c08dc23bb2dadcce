"""Working days on the Chinese statutory calendar, with admin overrides and a safe fallback.

Sources, strongest first:

1. the admin's override table (:class:`CalendarOverride`): wins over everything, for corrections and for years
   the installed ``chinesecalendar`` release does not know yet (the State Council publishes next year's
   holidays and 调休 makeup days each November, usually before a new release reaches every desk);
2. the ``chinesecalendar`` package, for the years its release covers;
3. plain weekends (Mon–Fri work), for a year known to neither — recorded as a warning, never an error.
   ``chinesecalendar`` itself raises ``NotImplementedError`` for such years; a deadline must still be shown.

A year counts as covered by the admin as soon as it holds at least one override: the admin then entered that
year's holidays, and the remaining days follow the weekday rule without a warning.

Counting convention (the statutory one, "自受理之日起 N 个工作日"): the start day itself is not counted; working
day N is the Nth working day strictly after the start date. ``add_workdays(start, n)`` returns that day and
``workdays_between(a, b)`` counts the working days in the half-open range ``(a, b]``, so
``workdays_between(s, add_workdays(s, n)) == n``.

Paused spans (:class:`PausedSpan`) are the customer's time: documents, payment or the customer's own works.
Both ends are inclusive; a working day inside any span is not counted.
"""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate

import chinese_calendar

_ONE_DAY = _dt.timedelta(days=1)


class PauseReason(StrEnum):
    DOCUMENTS = "documents"  # 等待客户补充资料
    PAYMENT = "payment"  # 等待客户缴费
    CUSTOMER_WORKS = "customer_works"  # 客户自行施工


@dataclass(frozen=True)
class CalendarOverride:
    """One admin-entered day: ``is_workday`` True for a 调休 makeup workday, False for a holiday."""

    day: _dt.date
    is_workday: bool
    note: str = ""


@dataclass(frozen=True)
class PausedSpan:
    """Days from ``start`` to ``end`` (both inclusive) on which the clock stands still.

    ``end`` is None while the customer still owes the item; the clock module closes such a span at "today"
    before counting (see :meth:`closed_at`), because an open span has no defined due date.
    """

    start: _dt.date
    end: _dt.date | None
    reason: PauseReason

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"paused span ends ({self.end}) before it starts ({self.start})")
        object.__setattr__(self, "reason", PauseReason(self.reason))

    def closed_at(self, day: _dt.date) -> PausedSpan:
        """This span if closed; otherwise the span ending on ``day`` (or on its start, if ``day`` is earlier)."""
        if self.end is not None:
            return self
        return PausedSpan(self.start, max(day, self.start), self.reason)


class YearSource(StrEnum):
    LIBRARY = "library"  # chinesecalendar (with any overrides applied on top)
    OVERRIDES = "overrides"  # not in the library, but the admin entered days for it
    WEEKENDS = "weekends"  # known to neither: plain Mon–Fri, with a warning


@dataclass(frozen=True)
class CalendarCoverage:
    """Which years in a range had to fall back to plain weekends (empty when fully covered)."""

    fallback_years: tuple[int, ...]

    @property
    def complete(self) -> bool:
        return not self.fallback_years

    def message(self, lang: str = "zh") -> str:
        if self.complete:
            return ""
        years = ", ".join(str(y) for y in self.fallback_years)
        if lang == "en":
            return (f"No statutory holiday data for {years}: counted Monday–Friday as working days. "
                    f"Ask the centre admin to enter that year's holidays and makeup workdays.")
        return f"{years} 年无法定节假日数据，已按周一至周五为工作日计算；请中心管理员录入该年节假日及调休安排。"


@dataclass(frozen=True, slots=True)
class _Year:
    first: int  # ordinal of 1 January
    cum: list[int]  # cum[i] = working days among the year's first i days; len = days in year + 1
    source: YearSource


Overrides = Mapping[_dt.date, bool] | Iterable[CalendarOverride]


def _override_map(overrides: Overrides) -> dict[_dt.date, bool]:
    if isinstance(overrides, Mapping):
        return {d: bool(v) for d, v in overrides.items()}
    return {o.day: bool(o.is_workday) for o in overrides}


def _library_years() -> range:
    # The same bounds chinese_calendar._validate_date enforces (it raises outside them).
    keys = chinese_calendar.holidays.keys()
    return range(min(keys).year, max(keys).year + 1)


class WorkdayCalendar:
    """Immutable working-day calendar; build a new one when the admin edits the override table.

    Each year is turned once into a prefix-count table, so a count is two lookups and a date offset is one
    bisect — fast enough to recompute every open project's clocks on each refresh.
    """

    def __init__(self, overrides: Overrides = (), *, use_library: bool = True) -> None:
        self._overrides = _override_map(overrides)
        self._override_years = frozenset(d.year for d in self._overrides)
        self._library_years = _library_years() if use_library else range(0)
        self._years: dict[int, _Year] = {}
        self._fallback_used: set[int] = set()

    # -- what the calendar knows ------------------------------------------------------------------------------
    def known_years(self) -> tuple[int, ...]:
        """Years with authoritative data (library or admin overrides), ascending."""
        return tuple(sorted(set(self._library_years) | self._override_years))

    def year_source(self, year: int) -> YearSource:
        if year in self._library_years:
            return YearSource.LIBRARY
        if year in self._override_years:
            return YearSource.OVERRIDES
        return YearSource.WEEKENDS

    def coverage(self, first: _dt.date, last: _dt.date) -> CalendarCoverage:
        """The fallback years between two dates (either order), without building any year table."""
        lo, hi = sorted((first.year, last.year))
        return CalendarCoverage(tuple(y for y in range(lo, hi + 1) if self.year_source(y) is YearSource.WEEKENDS))

    @property
    def warnings(self) -> tuple[str, ...]:
        """One message for each fallback year this calendar has counted in so far."""
        return tuple(CalendarCoverage((y,)).message("en") for y in sorted(self._fallback_used))

    # -- single days ----------------------------------------------------------------------------------------------
    def is_workday(self, day: _dt.date) -> bool:
        y = self._year(day.year)
        i = day.toordinal() - y.first
        return y.cum[i + 1] > y.cum[i]

    # -- counting ---------------------------------------------------------------------------------------------------
    def workdays_between(self, a: _dt.date, b: _dt.date, paused: Sequence[PausedSpan] | MergedSpans = ()) -> int:
        """Working days ``d`` with ``a < d <= b`` not inside a paused span; 0 when ``b <= a``."""
        total = self._plain_between(a, b)
        for start, end in merge_spans(paused):
            lo = max(a, start - _ONE_DAY)
            hi = min(b, end)
            if hi > lo:
                total -= self._plain_between(lo, hi)
        return total

    def add_workdays(self, start: _dt.date, n: int, paused: Sequence[PausedSpan] | MergedSpans = ()) -> _dt.date:
        """The Nth counted working day after ``start`` (``start`` itself never counts; ``n == 0`` gives ``start``)."""
        if n < 0:
            raise ValueError(f"cannot add a negative number of working days ({n})")
        if n == 0:
            return start
        spans = merge_spans(paused)
        if not spans:
            return self._plain_add(start, n)
        # Jump n plain working days, then make up for the ones a span swallowed; each round only moves forward
        # and ends when the last jump crossed no paused working day. A jump that lands inside a span goes on
        # from the span's end (nothing in between counts), so a long pause costs one round, not one per jump.
        day, missing = start, n
        while missing:
            nxt = self._plain_add(day, missing)
            missing = sum(self._plain_between(max(day, s - _ONE_DAY), min(nxt, e))
                          for s, e in spans if e > day and s <= nxt)
            day = nxt
            if missing:
                day = next((e for s, e in spans if s <= nxt <= e), nxt)
        return day

    def prefix_counts(self, first_year: int, last_year: int) -> tuple[int, list[int]]:
        """``(ordinal of 1 Jan first_year, cum)`` with ``cum[i]`` = working days among the range's first ``i`` days.

        For column-wise callers (numpy) that count many projects at once over one contiguous range.
        """
        cum = [0]
        for year in range(first_year, last_year + 1):
            offset = cum[-1]
            cum.extend(offset + c for c in self._year(year).cum[1:])
        return _dt.date(first_year, 1, 1).toordinal(), cum

    # -- internals ------------------------------------------------------------------------------------------------
    def _plain_between(self, a: _dt.date, b: _dt.date) -> int:
        if b <= a:
            return 0
        ya = self._year(a.year)
        ia = a.toordinal() - ya.first + 1
        if a.year == b.year:
            return ya.cum[b.toordinal() - ya.first + 1] - ya.cum[ia]
        total = ya.cum[-1] - ya.cum[ia]
        for year in range(a.year + 1, b.year):
            total += self._year(year).cum[-1]
        yb = self._year(b.year)
        return total + yb.cum[b.toordinal() - yb.first + 1]

    def _plain_add(self, start: _dt.date, n: int) -> _dt.date:
        year = start.year
        y = self._year(year)
        target = y.cum[start.toordinal() - y.first + 1] + n
        while target > y.cum[-1]:
            target -= y.cum[-1]
            year += 1
            y = self._year(year)
        return _dt.date.fromordinal(y.first + bisect_left(y.cum, target) - 1)

    def _year(self, year: int) -> _Year:
        y = self._years.get(year)
        if y is None:
            # Building twice from two threads is harmless: both results are equal and the dict store is atomic.
            y = self._years[year] = self._build_year(year)
        return y

    def _build_year(self, year: int) -> _Year:
        first = _dt.date(year, 1, 1)
        days = [first + _dt.timedelta(days=i) for i in range((_dt.date(year + 1, 1, 1) - first).days)]
        flags = [d.weekday() < 5 for d in days]
        source = self.year_source(year)
        if source is YearSource.LIBRARY:
            # The library's own is_workday() re-scans every key to validate the year on each call; its two
            # dicts give the same answer directly.
            lib_work, lib_rest = chinese_calendar.workdays, chinese_calendar.holidays
            flags = [d in lib_work or (f and d not in lib_rest) for d, f in zip(days, flags)]
        elif source is YearSource.WEEKENDS:
            self._fallback_used.add(year)
        if year in self._override_years:
            flags = [self._overrides.get(d, f) for d, f in zip(days, flags)]
        return _Year(first.toordinal(), list(accumulate(flags, initial=0)), source)


class MergedSpans(tuple):  # type: ignore[type-arg]
    """Paused spans merged once into sorted, disjoint, non-touching inclusive ``(start, end)`` pairs.

    Pass one to the counting methods when counting many times with the same spans (a project's clocks).
    """


def merge_spans(paused: Sequence[PausedSpan] | MergedSpans) -> MergedSpans:
    if isinstance(paused, MergedSpans):
        return paused
    if not paused:
        return MergedSpans()
    spans = []
    for p in paused:
        if p.end is None:
            raise ValueError(f"paused span from {p.start} has no end; close it (PausedSpan.closed_at) first")
        spans.append((p.start, p.end))
    spans.sort()
    out = [spans[0]]
    for s, e in spans[1:]:
        ls, le = out[-1]
        if s <= le + _ONE_DAY:
            out[-1] = (ls, max(le, e))
        else:
            out.append((s, e))
    return MergedSpans(out)
