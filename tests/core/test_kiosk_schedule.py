"""Kiosk content scheduling: effective windows, dayparts, takeover and the next-change timer."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.core.rules.kiosk_schedule import (
    ContentItem,
    Playlist,
    ScheduleRule,
    next_change_after,
    playlist_at,
)

# 2025-06-06 is a Friday; 2025-06-08 a Sunday.
FRI = date(2025, 6, 6)
SAT = FRI + timedelta(days=1)
SUN = FRI + timedelta(days=2)
MON = FRI + timedelta(days=3)
T0 = datetime(2025, 6, 1, 0, 0)


def item(id: str, **kw: object) -> ContentItem:
    kw.setdefault("kind", "notice")
    kw.setdefault("title", id)
    kw.setdefault("effective_from", T0)
    return ContentItem(id=id, **kw)  # type: ignore[arg-type]


def at(day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm, ss))


def ids(p: Playlist) -> list[str]:
    return list(p.ids)


# --- effective window -------------------------------------------------------------------------------------

def test_not_yet_effective_and_expired_items_never_show() -> None:
    items = [
        item("future", effective_from=at(SAT, 9)),
        item("past", expires_at=at(FRI, 9)),
        item("now", expires_at=at(SAT, 9)),
    ]
    assert ids(playlist_at(items, at(FRI, 12))) == ["now"]


def test_exactly_at_expiry_the_item_is_gone_and_at_effective_from_it_is_there() -> None:
    notice = item("n", effective_from=at(FRI, 8), expires_at=at(FRI, 17))
    assert ids(playlist_at([notice], at(FRI, 7, 59, 59))) == []
    assert ids(playlist_at([notice], at(FRI, 8))) == ["n"]
    assert ids(playlist_at([notice], at(FRI, 17) - timedelta(microseconds=1))) == ["n"]
    assert ids(playlist_at([notice], at(FRI, 17))) == []


def test_loop_order_is_sort_order_then_id() -> None:
    items = [item("b", sort_order=2), item("c", sort_order=1), item("a", sort_order=2)]
    assert ids(playlist_at(items, at(FRI, 12))) == ["c", "a", "b"]


def test_orientation_filters_items() -> None:
    items = [item("any"), item("land", orientation="landscape"), item("port", orientation="portrait")]
    assert ids(playlist_at(items, at(FRI, 12), "landscape")) == ["any", "land"]
    assert ids(playlist_at(items, at(FRI, 12), "portrait")) == ["any", "port"]
    with pytest.raises(ValueError):
        playlist_at(items, at(FRI, 12), "any")


# --- dayparts ---------------------------------------------------------------------------------------------

def test_weekday_and_time_of_day_window_is_half_open() -> None:
    office = item("office", schedule=[ScheduleRule(weekdays={0, 1, 2, 3, 4}, time_from=time(8, 30), time_to=time(17))])
    assert ids(playlist_at([office], at(FRI, 8, 29, 59))) == []
    assert ids(playlist_at([office], at(FRI, 8, 30))) == ["office"]
    assert ids(playlist_at([office], at(FRI, 16, 59, 59))) == ["office"]
    assert ids(playlist_at([office], at(FRI, 17))) == []
    assert ids(playlist_at([office], at(SAT, 10))) == []


def test_daypart_crossing_midnight_belongs_to_the_day_it_starts() -> None:
    night = item("night", schedule=[ScheduleRule(weekdays={4}, time_from=time(22), time_to=time(6))])  # Friday night
    assert ids(playlist_at([night], at(FRI, 3))) == []  # Thursday night is not scheduled
    assert ids(playlist_at([night], at(FRI, 21, 59))) == []
    assert ids(playlist_at([night], at(FRI, 22))) == ["night"]
    assert ids(playlist_at([night], at(SAT, 0))) == ["night"]
    assert ids(playlist_at([night], at(SAT, 5, 59, 59))) == ["night"]
    assert ids(playlist_at([night], at(SAT, 6))) == []
    assert ids(playlist_at([night], at(SAT, 22))) == []


def test_sunday_night_window_runs_into_monday_even_past_date_to() -> None:
    rule = ScheduleRule(date_to=SUN, weekdays={6}, time_from=time(20), time_to=time(2))
    late = item("late", schedule=[rule])
    assert ids(playlist_at([late], at(MON, 1, 59))) == ["late"]
    assert ids(playlist_at([late], at(MON, 2))) == []
    assert ids(playlist_at([late], at(SUN + timedelta(days=7), 21))) == []  # after date_to


def test_time_to_midnight_and_open_ended_times() -> None:
    evening = item("evening", schedule=[ScheduleRule(time_from=time(18), time_to=time(0))])
    morning = item("morning", schedule=[ScheduleRule(time_to=time(9))])
    afternoon = item("afternoon", schedule=[ScheduleRule(time_from=time(13))])
    items = [evening, morning, afternoon]
    assert ids(playlist_at(items, at(FRI, 23, 59, 59))) == ["afternoon", "evening"]
    assert ids(playlist_at(items, at(SAT, 0))) == ["morning"]
    assert ids(playlist_at(items, at(SAT, 12))) == []


def test_date_range_is_inclusive_and_any_rule_may_match() -> None:
    rules = [ScheduleRule(date_from=SAT, date_to=SUN), ScheduleRule(weekdays={0}, time_from=time(9), time_to=time(10))]
    promo = item("promo", kind="promotion", schedule=rules)
    assert ids(playlist_at([promo], at(FRI, 23, 59))) == []
    assert ids(playlist_at([promo], at(SAT, 0))) == ["promo"]
    assert ids(playlist_at([promo], at(SUN, 23, 59))) == ["promo"]
    assert ids(playlist_at([promo], at(MON, 0))) == []
    assert ids(playlist_at([promo], at(MON, 9, 30))) == ["promo"]


def test_schedule_does_not_widen_the_effective_window() -> None:
    notice = item("n", effective_from=at(FRI, 12), expires_at=at(SAT, 12), schedule=[ScheduleRule(time_from=time(8), time_to=time(20))])
    assert ids(playlist_at([notice], at(FRI, 10))) == []
    assert ids(playlist_at([notice], at(FRI, 12))) == ["n"]
    assert ids(playlist_at([notice], at(SAT, 11, 59))) == ["n"]
    assert ids(playlist_at([notice], at(SAT, 12))) == []


# --- takeover ---------------------------------------------------------------------------------------------

def test_takeover_preempts_the_loop_and_the_loop_resumes_at_expiry() -> None:
    loop = [item("a", sort_order=1), item("b", sort_order=2)]
    outage = item("outage", priority="takeover", effective_from=at(FRI, 9), expires_at=at(FRI, 11))
    during = playlist_at([*loop, outage], at(FRI, 10))
    assert during.takeover == outage and ids(during) == ["a", "b"]
    after = playlist_at([*loop, outage], at(FRI, 11))
    assert after.takeover is None and ids(after) == ["a", "b"]
    assert next_change_after([*loop, outage], at(FRI, 10)) == at(FRI, 11)


def test_newest_live_takeover_wins() -> None:
    older = item("older", priority="takeover", effective_from=at(FRI, 8))
    newer = item("newer", priority="takeover", effective_from=at(FRI, 9))
    assert playlist_at([older, newer], at(FRI, 10)).takeover == newer
    assert playlist_at([older, newer], at(FRI, 8, 30)).takeover == older


def test_takeover_obeys_orientation_and_dayparts() -> None:
    t = item("t", priority="takeover", orientation="portrait", schedule=[ScheduleRule(time_from=time(9), time_to=time(10))])
    assert playlist_at([t], at(FRI, 9, 30), "landscape").takeover is None
    assert playlist_at([t], at(FRI, 9, 30), "portrait").takeover == t
    assert playlist_at([t], at(FRI, 10), "portrait").takeover is None


# --- next change ------------------------------------------------------------------------------------------

def test_next_change_is_the_next_effective_from_expiry_or_window_edge() -> None:
    items = [
        item("later", effective_from=at(FRI, 15)),
        item("ending", expires_at=at(FRI, 14)),
        item("lunch", schedule=[ScheduleRule(time_from=time(12), time_to=time(13))]),
    ]
    assert next_change_after(items, at(FRI, 10)) == at(FRI, 12)
    assert next_change_after(items, at(FRI, 12)) == at(FRI, 13)
    assert next_change_after(items, at(FRI, 13)) == at(FRI, 14)
    assert next_change_after(items, at(FRI, 14)) == at(FRI, 15)
    assert next_change_after(items, at(FRI, 15)) == at(SAT, 12)


def test_next_change_is_strictly_after_now_even_on_an_edge() -> None:
    n = item("n", effective_from=at(FRI, 8), expires_at=at(FRI, 17))
    assert next_change_after([n], at(FRI, 8)) == at(FRI, 17)
    assert next_change_after([n], at(FRI, 17)) is None


def test_next_change_is_none_when_nothing_will_change() -> None:
    assert next_change_after([item("always")], at(FRI, 12)) is None
    assert next_change_after([], at(FRI, 12)) is None


def test_adjacent_windows_that_join_are_not_a_change() -> None:
    day = ScheduleRule(time_from=time(8), time_to=time(20))
    night = ScheduleRule(time_from=time(20), time_to=time(8))
    both = item("both", schedule=[day, night], expires_at=at(MON, 12))
    assert next_change_after([both], at(FRI, 12)) == at(MON, 12)


def test_next_change_across_midnight_and_weekday_boundaries() -> None:
    night = item("night", schedule=[ScheduleRule(weekdays={4}, time_from=time(22), time_to=time(6))])
    assert next_change_after([night], at(FRI, 12)) == at(FRI, 22)
    assert next_change_after([night], at(FRI, 23)) == at(SAT, 6)
    assert next_change_after([night], at(SAT, 6)) == at(FRI + timedelta(days=7), 22)


def test_next_change_far_ahead_uses_the_first_window_after_effective_from() -> None:
    # Effective in ~2 months, shown only Mondays 9–10: the first change is the first Monday after that.
    start = datetime(2025, 8, 6, 12)  # a Wednesday
    mon = item("mon", effective_from=start, schedule=[ScheduleRule(weekdays={0}, time_from=time(9), time_to=time(10))])
    assert next_change_after([mon], at(FRI, 12)) == datetime(2025, 8, 11, 9)


def test_next_change_at_the_end_of_a_long_date_range() -> None:
    season = item("season", schedule=[ScheduleRule(date_from=date(2025, 6, 1), date_to=date(2025, 9, 30))])
    assert next_change_after([season], at(FRI, 12)) == datetime(2025, 10, 1)


def test_next_change_can_ignore_the_other_orientation() -> None:
    items = [item("p", orientation="portrait", expires_at=at(FRI, 13)), item("l", expires_at=at(FRI, 14))]
    assert next_change_after(items, at(FRI, 12)) == at(FRI, 13)
    assert next_change_after(items, at(FRI, 12), "landscape") == at(FRI, 14)


def test_aware_datetimes_are_supported() -> None:
    cst = timezone(timedelta(hours=8))
    n = item("n", effective_from=datetime(2025, 6, 6, 8, tzinfo=cst), schedule=[ScheduleRule(time_from=time(9), time_to=time(18))])
    now = datetime(2025, 6, 6, 9, 30, tzinfo=cst)
    assert ids(playlist_at([n], now)) == ["n"]
    assert next_change_after([n], now) == datetime(2025, 6, 6, 18, tzinfo=cst)


# --- validation -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "kw",
    [
        {"kind": "video"},
        {"priority": "urgent"},
        {"orientation": "square"},
        {"transition": "zoom"},
        {"duration_s": 0},
        {"expires_at": T0},
    ],
)
def test_invalid_items_are_rejected(kw: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        item("x", **kw)


def test_invalid_rules_are_rejected() -> None:
    with pytest.raises(ValueError):
        ScheduleRule(weekdays={7})
    with pytest.raises(ValueError):
        ScheduleRule(date_from=SAT, date_to=FRI)


# --- properties -------------------------------------------------------------------------------------------

STEP = timedelta(minutes=30)
BASE = datetime(2025, 6, 2)  # a Monday


def _grid_time(slot: int) -> datetime:
    return BASE + slot * STEP


rules_st = st.builds(
    ScheduleRule,
    date_from=st.one_of(st.none(), st.integers(0, 20).map(lambda d: BASE.date() + timedelta(days=d))),
    date_to=st.none(),
    weekdays=st.frozensets(st.integers(0, 6), max_size=4),
    time_from=st.one_of(st.none(), st.integers(0, 47).map(lambda s: (BASE + s * STEP).time())),
    time_to=st.one_of(st.none(), st.integers(0, 47).map(lambda s: (BASE + s * STEP).time())),
)


@st.composite
def items_st(draw: st.DrawFn) -> list[ContentItem]:
    out = []
    for k in range(draw(st.integers(1, 5))):
        start = draw(st.integers(0, 30 * 48))
        length = draw(st.one_of(st.none(), st.integers(1, 10 * 48)))
        out.append(
            item(
                f"i{k}",
                priority=draw(st.sampled_from(["normal", "normal", "takeover"])),
                orientation=draw(st.sampled_from(["any", "landscape", "portrait"])),
                effective_from=_grid_time(start),
                expires_at=None if length is None else _grid_time(start + length),
                schedule=draw(st.lists(rules_st, max_size=3)),
            )
        )
    return out


@settings(max_examples=300, deadline=None)
@given(items_st(), st.integers(0, 40 * 48), st.integers(0, 2 * 48 * 60 - 1), st.sampled_from(["landscape", "portrait"]))
def test_no_expired_or_future_item_is_ever_in_a_playlist(items: list[ContentItem], slot: int, minute: int, orientation: str) -> None:
    now = _grid_time(slot) + timedelta(seconds=minute)  # off the grid as well as on it
    playlist = playlist_at(items, now, orientation)
    shown = [*playlist.items_in_order, *([playlist.takeover] if playlist.takeover else [])]
    for shown_item in shown:
        assert shown_item.effective_from <= now
        assert shown_item.expires_at is None or now < shown_item.expires_at
        assert shown_item.fits(orientation)
    assert all(i.priority == "normal" for i in playlist.items_in_order)


@settings(max_examples=120, deadline=None)
@given(items_st(), st.integers(0, 30 * 48))
def test_next_change_matches_a_brute_force_scan(items: list[ContentItem], slot: int) -> None:
    # Every edge lies on the 30-minute grid, so scanning the grid finds the true next change.
    now = _grid_time(slot)
    horizon = 21 * 48

    def live(t: datetime) -> frozenset[str]:
        return frozenset(i.id for i in items if i.is_live(t))

    current = live(now)
    brute = next((now + k * STEP for k in range(1, horizon) if live(now + k * STEP) != current), None)
    found = next_change_after(items, now)
    if brute is not None:
        assert found == brute
    else:
        assert found is None or found >= now + horizon * STEP
