"""WorkdayCalendar against hand-counted dates.

The 2025/2026 holiday facts below were read from the installed chinesecalendar 1.11.0 data and match the State
Council notices:
- Spring Festival 2026: off Sun 15 Feb – Mon 23 Feb; makeup workdays Sat 14 Feb and Sat 28 Feb.
- National Day 2025: off Wed 1 Oct – Wed 8 Oct (incl. Mid-Autumn on 6 Oct); makeup Sun 28 Sep and Sat 11 Oct.
- National Day 2026: off Thu 1 Oct – Wed 7 Oct; makeup Sun 20 Sep and Sat 10 Oct; Mid-Autumn Fri 25 Sep off.
- New Year 2026: off Thu 1 Jan – Sat 3 Jan; makeup Sun 4 Jan.
Years unknown to the library use 2099, which no release will cover, so these tests stay true after upgrades.
"""
from __future__ import annotations

import datetime as dt
import random

import chinese_calendar
import pytest

from console.core.rules.workday_calendar import (
    CalendarCoverage,
    CalendarOverride,
    PausedSpan,
    PauseReason,
    WorkdayCalendar,
    YearSource,
)

D = dt.date


@pytest.fixture(scope="module")
def cal() -> WorkdayCalendar:
    return WorkdayCalendar()


# -- Spring Festival 2026 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 2, 13), True),  # Fri, last ordinary day before the break
        (D(2026, 2, 14), True),  # Sat, makeup workday
        (D(2026, 2, 15), False),  # Sun, first day off
        (D(2026, 2, 16), False),  # Mon, off
        (D(2026, 2, 23), False),  # Mon, last day off
        (D(2026, 2, 24), True),  # Tue, back to work
        (D(2026, 2, 21), False),  # Sat inside the break
        (D(2026, 2, 28), True),  # Sat, makeup workday
        (D(2026, 3, 1), False),  # Sun, ordinary weekend
    ],
)
def test_is_workday_spring_festival_2026(cal: WorkdayCalendar, day: dt.date, expected: bool) -> None:
    assert cal.is_workday(day) is expected


def test_fifteen_days_across_spring_festival_2026(cal: WorkdayCalendar) -> None:
    # Accepted Mon 2 Feb (not counted). 3,4,5,6 Feb = 1-4; 9..13 Feb = 5-9; Sat 14 (makeup) = 10;
    # 15..23 off; 24,25,26,27 = 11-14; Sat 28 (makeup) = 15.
    assert cal.add_workdays(D(2026, 2, 2), 15) == D(2026, 2, 28)
    assert cal.workdays_between(D(2026, 2, 2), D(2026, 2, 28)) == 15
    # One day later: 4,5,6 = 1-3; 9..13 = 4-8; 14 = 9; 24..27 = 10-13; 28 = 14; Mon 2 Mar = 15.
    assert cal.add_workdays(D(2026, 2, 3), 15) == D(2026, 3, 2)


def test_short_steps_over_the_break(cal: WorkdayCalendar) -> None:
    # Accepted Fri 13 Feb: day 1 is the makeup Saturday 14 Feb, day 2 is Tue 24 Feb.
    assert cal.add_workdays(D(2026, 2, 13), 1) == D(2026, 2, 14)
    assert cal.add_workdays(D(2026, 2, 13), 2) == D(2026, 2, 24)
    assert cal.workdays_between(D(2026, 2, 13), D(2026, 2, 24)) == 2
    # Accepted on a holiday (Thu 19 Feb): 24, 25, 26, 27 Feb = 1-4, Sat 28 Feb = 5.
    assert cal.add_workdays(D(2026, 2, 19), 5) == D(2026, 2, 28)


# -- National Day 2025 and 2026 ----------------------------------------------------------------------------------------
def test_national_day_2025(cal: WorkdayCalendar) -> None:
    assert cal.is_workday(D(2025, 9, 28))  # Sun makeup
    assert not cal.is_workday(D(2025, 10, 8))  # Wed, last day off
    assert cal.is_workday(D(2025, 10, 11))  # Sat makeup
    # Accepted Fri 26 Sep: Sun 28 Sep = 1, 29 = 2, 30 = 3, (1..8 Oct off), Thu 9 Oct = 4, Fri 10 = 5,
    # Sat 11 (makeup) = 6, Mon 13 = 7.
    assert cal.add_workdays(D(2025, 9, 26), 5) == D(2025, 10, 10)
    assert cal.add_workdays(D(2025, 9, 26), 6) == D(2025, 10, 11)
    assert cal.add_workdays(D(2025, 9, 26), 7) == D(2025, 10, 13)
    # ...continuing: 14,15,16,17 Oct = 8-11; 20,21,22,23 Oct = 12-15.
    assert cal.add_workdays(D(2025, 9, 26), 15) == D(2025, 10, 23)


def test_national_day_2026(cal: WorkdayCalendar) -> None:
    assert cal.is_workday(D(2026, 9, 20))  # Sun makeup
    assert not cal.is_workday(D(2026, 9, 25))  # Fri, Mid-Autumn
    assert not cal.is_workday(D(2026, 10, 7))  # Wed, last day off
    assert cal.is_workday(D(2026, 10, 8))
    assert cal.is_workday(D(2026, 10, 10))  # Sat makeup
    # Accepted Fri 18 Sep: Sun 20 Sep = 1, 21..24 = 2-5, (Fri 25 off, weekend), 28, 29, 30 = 6-8,
    # (1..7 Oct off), Thu 8 Oct = 9, Fri 9 = 10, Sat 10 (makeup) = 11, Mon 12 = 12.
    assert cal.add_workdays(D(2026, 9, 18), 10) == D(2026, 10, 9)
    assert cal.add_workdays(D(2026, 9, 18), 11) == D(2026, 10, 10)
    assert cal.add_workdays(D(2026, 9, 18), 12) == D(2026, 10, 12)
    assert cal.workdays_between(D(2026, 9, 18), D(2026, 10, 12)) == 12


def test_crossing_new_year_2026(cal: WorkdayCalendar) -> None:
    # Wed 31 Dec 2025; 1-3 Jan 2026 off; Sun 4 Jan makeup = 1; Mon 5 Jan = 2.
    assert cal.add_workdays(D(2025, 12, 31), 1) == D(2026, 1, 4)
    assert cal.add_workdays(D(2025, 12, 31), 2) == D(2026, 1, 5)
    assert cal.workdays_between(D(2025, 12, 31), D(2026, 1, 5)) == 2


def test_counting_conventions(cal: WorkdayCalendar) -> None:
    assert cal.add_workdays(D(2026, 3, 2), 0) == D(2026, 3, 2)
    assert cal.workdays_between(D(2026, 3, 9), D(2026, 3, 2)) == 0  # reversed range counts nothing
    assert cal.workdays_between(D(2026, 3, 2), D(2026, 3, 2)) == 0  # the start day never counts
    with pytest.raises(ValueError, match="negative"):
        cal.add_workdays(D(2026, 3, 2), -1)


# -- overrides and unknown years ---------------------------------------------------------------------------------------
def test_override_wins_over_library() -> None:
    # A provincial extra day off on Fri 27 Feb 2026: from Mon 2 Feb, day 13 is Thu 26 Feb, 27 is skipped,
    # Sat 28 (makeup) = 14, Mon 2 Mar = 15.
    cal = WorkdayCalendar([CalendarOverride(D(2026, 2, 27), False, "provincial")])
    assert not cal.is_workday(D(2026, 2, 27))
    assert cal.add_workdays(D(2026, 2, 2), 15) == D(2026, 3, 2)
    assert cal.year_source(2026) is YearSource.LIBRARY
    # And the other way round, as a plain mapping: Mon 16 Feb made a workday.
    assert WorkdayCalendar({D(2026, 2, 16): True}).add_workdays(D(2026, 2, 14), 1) == D(2026, 2, 16)


def test_unknown_year_without_overrides_falls_back_to_weekends_with_warning() -> None:
    cal = WorkdayCalendar()
    assert cal.warnings == ()
    # 1 Jan 2099 is a Thursday. Plain weekends: Fri 2 Jan = 1, Mon 5 Jan = 2 (New Year is NOT known here).
    assert cal.add_workdays(D(2099, 1, 1), 1) == D(2099, 1, 2)
    assert cal.add_workdays(D(2099, 1, 1), 2) == D(2099, 1, 5)
    assert cal.year_source(2099) is YearSource.WEEKENDS
    assert len(cal.warnings) == 1 and "2099" in cal.warnings[0]
    cov = cal.coverage(D(2098, 12, 1), D(2099, 2, 1))
    assert cov == CalendarCoverage((2098, 2099)) and not cov.complete
    assert "2099" in cov.message("zh") and "2099" in cov.message("en")


def test_unknown_year_with_overrides_is_covered() -> None:
    overrides = [
        CalendarOverride(D(2099, 1, 1), False, "元旦"),
        CalendarOverride(D(2099, 1, 2), False, "元旦"),
        CalendarOverride(D(2099, 1, 4), True, "调休 (Sunday)"),
    ]
    cal = WorkdayCalendar(overrides)
    # From Thu 1 Jan: Fri 2 off, Sat 3 weekend, Sun 4 makeup = 1, Mon 5 = 2.
    assert cal.add_workdays(D(2099, 1, 1), 1) == D(2099, 1, 4)
    assert cal.add_workdays(D(2099, 1, 1), 2) == D(2099, 1, 5)
    assert cal.year_source(2099) is YearSource.OVERRIDES
    assert 2099 in cal.known_years()
    assert cal.warnings == ()
    assert cal.coverage(D(2099, 1, 1), D(2099, 12, 31)).complete


def test_first_year_after_the_library_does_not_crash() -> None:
    cal = WorkdayCalendar()
    last_known = max(k.year for k in chinese_calendar.holidays)
    assert last_known in cal.known_years()
    nxt = last_known + 1
    with pytest.raises(NotImplementedError):  # the library itself refuses: the trap we guard against
        chinese_calendar.is_workday(D(nxt, 3, 2))
    due = cal.add_workdays(D(last_known, 12, 20), 20)
    assert due.year == nxt
    assert any(str(nxt) in w for w in cal.warnings)


def test_library_can_be_switched_off() -> None:
    cal = WorkdayCalendar(use_library=False)
    assert cal.known_years() == ()
    assert cal.is_workday(D(2026, 2, 16))  # a Monday: holiday unknown without the library
    assert cal.year_source(2026) is YearSource.WEEKENDS


# -- paused spans -------------------------------------------------------------------------------------------------------
def _span(a: dt.date, b: dt.date | None, reason: str = "documents") -> PausedSpan:
    return PausedSpan(a, b, PauseReason(reason))


def test_paused_days_are_not_counted(cal: WorkdayCalendar) -> None:
    # Accepted Mon 2 Mar 2026, 5 days. Unpaused: 3,4,5,6,9 -> Mon 9 Mar.
    assert cal.add_workdays(D(2026, 3, 2), 5) == D(2026, 3, 9)
    # Paused Wed 4 – Thu 5 (both inclusive): 3 = 1, 6 = 2, 9 = 3, 10 = 4, 11 = 5.
    paused = [_span(D(2026, 3, 4), D(2026, 3, 5), "payment")]
    assert cal.add_workdays(D(2026, 3, 2), 5, paused) == D(2026, 3, 11)
    # Working days 3..11 Mar are 3,4,5,6,9,10,11 = 7, minus the 2 paused.
    assert cal.workdays_between(D(2026, 3, 2), D(2026, 3, 11), paused) == 5


def test_pause_over_a_weekend_only_removes_working_days(cal: WorkdayCalendar) -> None:
    # Paused Fri 6 – Mon 9 Mar: 6 and 9 are the paused working days. 3,4,5 = 1-3, 10 = 4, 11 = 5.
    paused = [_span(D(2026, 3, 6), D(2026, 3, 9), "customer_works")]
    assert cal.add_workdays(D(2026, 3, 2), 5, paused) == D(2026, 3, 11)


def test_overlapping_and_early_spans(cal: WorkdayCalendar) -> None:
    # Spans 4–5 and 5–6 Mar merge into 4–6: 3 = 1, 9 = 2, 10 = 3, 11 = 4, 12 = 5.
    paused = [_span(D(2026, 3, 5), D(2026, 3, 6)), _span(D(2026, 3, 4), D(2026, 3, 5))]
    assert cal.add_workdays(D(2026, 3, 2), 5, paused) == D(2026, 3, 12)
    # A span that began before acceptance (25 Feb – 3 Mar): 3 Mar paused; 4 = 1, 5 = 2.
    assert cal.add_workdays(D(2026, 3, 2), 2, [_span(D(2026, 2, 25), D(2026, 3, 3))]) == D(2026, 3, 5)


def test_spans_met_one_after_another(cal: WorkdayCalendar) -> None:
    # Paused Tue 3 and Thu 5 Mar only: 4 = 1, 6 = 2, 9 = 3.
    paused = [_span(D(2026, 3, 3), D(2026, 3, 3)), _span(D(2026, 3, 5), D(2026, 3, 5))]
    assert cal.add_workdays(D(2026, 3, 2), 3, paused) == D(2026, 3, 9)


def test_open_span_must_be_closed_first(cal: WorkdayCalendar) -> None:
    open_span = _span(D(2026, 3, 4), None)
    with pytest.raises(ValueError, match="no end"):
        cal.add_workdays(D(2026, 3, 2), 5, [open_span])
    assert open_span.closed_at(D(2026, 3, 5)) == _span(D(2026, 3, 4), D(2026, 3, 5))
    assert open_span.closed_at(D(2026, 3, 1)).end == D(2026, 3, 4)


def test_span_validation() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        _span(D(2026, 3, 5), D(2026, 3, 4))
    with pytest.raises(ValueError):
        PausedSpan(D(2026, 3, 4), D(2026, 3, 5), "holiday")  # type: ignore[arg-type]


# -- agreement with a day-by-day walk -------------------------------------------------------------------------------
def _walk(cal_is_workday, start: dt.date, n: int, paused: list[tuple[dt.date, dt.date]]) -> dt.date:
    day, k = start, 0
    while k < n:
        day += dt.timedelta(days=1)
        if cal_is_workday(day) and not any(a <= day <= b for a, b in paused):
            k += 1
    return day


def test_matches_day_by_day_walk_over_the_library_years() -> None:
    cal = WorkdayCalendar()
    rng = random.Random(20260215)
    lo, hi = D(2004, 1, 1).toordinal(), D(2026, 10, 1).toordinal()
    for _ in range(400):
        start = D.fromordinal(rng.randrange(lo, hi))
        n = rng.randrange(0, 40)
        spans = []
        for _ in range(rng.randrange(0, 3)):
            a = start + dt.timedelta(days=rng.randrange(-5, 40))
            spans.append((a, a + dt.timedelta(days=rng.randrange(0, 10))))
        paused = [PausedSpan(a, b, PauseReason.DOCUMENTS) for a, b in spans]
        expected = _walk(chinese_calendar.is_workday, start, n, spans)
        assert cal.add_workdays(start, n, paused) == expected, (start, n, spans)
        assert cal.workdays_between(start, expected, paused) == n
