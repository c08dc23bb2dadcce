"""Project clocks against hand-counted working days.

Calendar facts used (chinesecalendar 1.11.0, matching the State Council notices): Spring Festival 2026 off
15–23 Feb with makeup Sat 14 and Sat 28 Feb; Qingming 2026 off Sat 4 – Mon 6 Apr; National Day 2025 off 1–8 Oct
with makeup Sun 28 Sep and Sat 11 Oct; Mid-Autumn Fri 25 Sep 2026 and National Day 2026 off 1–7 Oct with makeup
Sun 20 Sep and Sat 10 Oct. Counting never includes the start day.
"""
from __future__ import annotations

import datetime as dt

import pytest

from console.core.rules.clocks import (
    ClockInputError,
    ClockStatus,
    NodeActual,
    RiskThreshold,
    Verdict,
    compute_clock,
)
from console.core.rules.time_limits import (
    DEFAULT_TABLES,
    ClassLimits,
    Node,
    ProjectClass,
    TimeLimitTable,
    table_in_force,
)
from console.core.rules.workday_calendar import PausedSpan, PauseReason, WorkdayCalendar

D = dt.date
TABLE = DEFAULT_TABLES[0]
S = ClockStatus


@pytest.fixture(scope="module")
def cal() -> WorkdayCalendar:
    return WorkdayCalendar()


def _clock(cal: WorkdayCalendar, cls: ProjectClass, accepted: dt.date, today: dt.date, **kw: object):
    return compute_clock(cls, accepted, today=today, calendar=cal, table=kw.pop("table", TABLE), **kw)  # type: ignore[arg-type]


def test_fresh_hv_single_project_across_spring_festival(cal: WorkdayCalendar) -> None:
    pc = _clock(cal, ProjectClass.HV_SINGLE, D(2026, 2, 2), D(2026, 2, 2))
    got = [(c.node, c.starts_on, c.due_on, c.status, c.projected) for c in pc.nodes]
    assert got == [
        # 3-6 Feb = 4, 9-13 = 9, Sat 14 = 10, (15-23 off), 24-27 = 14, Sat 28 = 15.
        (Node.SUPPLY_PLAN, D(2026, 2, 2), D(2026, 2, 28), S.ON_TIME, False),
        # From Sat 28 Feb: 2-6 Mar = 5, 9-13 Mar = 10.
        (Node.DESIGN_REVIEW, D(2026, 2, 28), D(2026, 3, 13), S.NOT_STARTED, True),
        # From Fri 13 Mar: 16-20 Mar = 5.
        (Node.INTERMEDIATE_INSPECTION, D(2026, 3, 13), D(2026, 3, 20), S.NOT_STARTED, True),
        # From Fri 20 Mar: 23-27 Mar = 5.
        (Node.COMPLETION_INSPECTION, D(2026, 3, 20), D(2026, 3, 27), S.NOT_STARTED, True),
        # From Fri 27 Mar: 30, 31 Mar, 1, 2, 3 Apr = 5 (Qingming starts Sat 4 Apr).
        (Node.CONNECTION, D(2026, 3, 27), D(2026, 4, 3), S.NOT_STARTED, True),
    ]
    # Total 22: day 15 is Sat 28 Feb, then 2-6 Mar = 20, 9 Mar = 21, 10 Mar = 22.
    assert pc.total.due_on == D(2026, 3, 10)
    assert (pc.total.used_workdays, pc.total.left_workdays, pc.total.status) == (0, 22, S.ON_TIME)
    assert pc.on_time_verdict is Verdict.PENDING and pc.coverage.complete
    assert pc.node(Node.SUPPLY_PLAN) is pc.nodes[0]


def test_meets_every_node_but_breaks_the_committed_total(cal: WorkdayCalendar) -> None:
    actuals = {
        # Accepted Mon 2 Mar. Plan answered Mon 16 Mar: 3-6 = 4, 9-13 = 9, 16 = 10 working days (limit 15).
        Node.SUPPLY_PLAN: NodeActual(finished_on=D(2026, 3, 16)),
        # 17-20 = 4, 23-26 = 8 (limit 10).
        Node.DESIGN_REVIEW: NodeActual(finished_on=D(2026, 3, 26)),
        # Fri 27 = 1, Mon 30 = 2, Tue 31 = 3, Wed 1 Apr = 4 (limit 5).
        Node.INTERMEDIATE_INSPECTION: NodeActual(finished_on=D(2026, 4, 1)),
        # Thu 2 = 1, Fri 3 = 2, (4-6 Apr Qingming), Tue 7 = 3, Wed 8 = 4 (limit 5).
        Node.COMPLETION_INSPECTION: NodeActual(finished_on=D(2026, 4, 8)),
        # Thu 9 = 1, Fri 10 = 2, Mon 13 = 3 (limit 5).
        Node.CONNECTION: NodeActual(finished_on=D(2026, 4, 13)),
    }
    pc = _clock(cal, ProjectClass.HV_SINGLE, D(2026, 3, 2), D(2026, 4, 20), actuals=actuals)
    assert [c.used_workdays for c in pc.nodes] == [10, 8, 4, 4, 3]
    assert [c.left_workdays for c in pc.nodes] == [5, 2, 1, 1, 2]
    assert all(c.status is S.DONE_ON_TIME for c in pc.nodes)
    # Total due: 3-6 Mar = 4, 9-13 = 9, 16-20 = 14, 23-27 = 19, 30, 31 Mar, 1 Apr = 22.
    assert pc.total.due_on == D(2026, 4, 1)
    assert (pc.total.used_workdays, pc.total.left_workdays) == (29, -7)  # 10 + 8 + 4 + 4 + 3
    assert pc.total.status is S.DONE_LATE and pc.total.finished_on == D(2026, 4, 13)
    assert pc.nodes_verdict is Verdict.MET
    assert pc.on_time_verdict is Verdict.MET  # 时限达标 looks at the nodes of a high-voltage project...
    assert pc.total_verdict is Verdict.BROKEN  # ...and the total is reported beside it


@pytest.mark.parametrize(
    ("today", "used", "status"),
    [
        # Accepted Fri 26 Sep 2025, supply plan 15 days, due Thu 23 Oct (28, 29, 30 Sep = 3; 9, 10, Sat 11 = 6;
        # 13-17 = 11; 20-23 = 15).
        (D(2025, 10, 17), 11, S.ON_TIME),  # 4 left, 73 % used
        (D(2025, 10, 20), 12, S.AT_RISK),  # 3 left but 80 % used
        (D(2025, 10, 21), 13, S.AT_RISK),  # 2 left
        (D(2025, 10, 23), 15, S.AT_RISK),  # due today
        (D(2025, 10, 24), 16, S.OVERDUE),
        (D(2025, 10, 26), 16, S.OVERDUE),  # Sunday: still 16
        (D(2025, 10, 27), 17, S.OVERDUE),
    ],
)
def test_running_node_status_through_national_day_2025(cal: WorkdayCalendar, today: dt.date, used: int,
                                                       status: ClockStatus) -> None:
    pc = _clock(cal, ProjectClass.HV_SINGLE, D(2025, 9, 26), today)
    plan = pc.nodes[0]
    assert plan.due_on == D(2025, 10, 23)
    assert (plan.used_workdays, plan.left_workdays, plan.status) == (used, 15 - used, status)
    assert pc.nodes[1].status is S.NOT_STARTED and pc.nodes[1].starts_on == D(2025, 10, 23)
    expected_verdict = Verdict.BROKEN if status is S.OVERDUE else Verdict.PENDING
    assert pc.nodes_verdict is expected_verdict


def test_risk_threshold_is_a_parameter(cal: WorkdayCalendar) -> None:
    # Mon 20 Oct 2025: 12 of 15 used, 3 left. With "2 days left or 90 %" that is still on time.
    pc = _clock(cal, ProjectClass.HV_SINGLE, D(2025, 9, 26), D(2025, 10, 20), risk=RiskThreshold(2, 0.9))
    assert pc.nodes[0].status is S.ON_TIME
    pc = _clock(cal, ProjectClass.HV_SINGLE, D(2025, 9, 26), D(2025, 10, 20), risk=RiskThreshold(3, 0.95))
    assert pc.nodes[0].status is S.AT_RISK
    with pytest.raises(ValueError):
        RiskThreshold(2, 1.5)


@pytest.mark.parametrize(
    ("finished", "used", "status"),
    [
        (D(2025, 10, 23), 15, S.DONE_ON_TIME),  # on the due day
        (D(2025, 10, 24), 16, S.DONE_LATE),  # Fri 24 Oct is day 16
    ],
)
def test_finished_node(cal: WorkdayCalendar, finished: dt.date, used: int, status: ClockStatus) -> None:
    actuals = {Node.SUPPLY_PLAN: NodeActual(finished_on=finished)}
    pc = _clock(cal, ProjectClass.HV_SINGLE, D(2025, 9, 26), D(2025, 11, 3), actuals=actuals)
    assert (pc.nodes[0].used_workdays, pc.nodes[0].status) == (used, status)
    # The next node's clock starts at that finish: a fact, so it runs (not projected).
    design = pc.nodes[1]
    assert design.starts_on == finished and not design.projected and design.status is not S.NOT_STARTED


def test_weekend_after_a_friday_due_date_uses_no_working_day(cal: WorkdayCalendar) -> None:
    # Residential, 5 days, accepted Fri 6 Mar 2026: 9-13 Mar -> due Fri 13 Mar.
    running = _clock(cal, ProjectClass.RESIDENTIAL, D(2026, 3, 6), D(2026, 3, 14))
    assert running.total.due_on == D(2026, 3, 13)
    assert (running.total.used_workdays, running.total.status) == (5, S.AT_RISK)  # Saturday: not overdue yet
    monday = _clock(cal, ProjectClass.RESIDENTIAL, D(2026, 3, 6), D(2026, 3, 16))
    assert (monday.total.used_workdays, monday.total.status) == (6, S.OVERDUE)
    on_sat = {Node.CONNECTION: NodeActual(finished_on=D(2026, 3, 14))}
    done = _clock(cal, ProjectClass.RESIDENTIAL, D(2026, 3, 6), D(2026, 3, 20), actuals=on_sat)
    assert done.total.status is S.DONE_ON_TIME


def test_paused_span_stops_the_low_voltage_total(cal: WorkdayCalendar) -> None:
    # LV non-residential, 6 days, accepted Mon 2 Mar 2026. Unpaused: 3, 4, 5, 6, 9, 10 Mar -> Tue 10 Mar.
    plain = _clock(cal, ProjectClass.LV_NONRES, D(2026, 3, 2), D(2026, 3, 2))
    assert plain.nodes == () and plain.total.due_on == D(2026, 3, 10)
    # Waiting for payment Wed 4 – Thu 5: 3 = 1, 6 = 2, 9 = 3, 10 = 4, 11 = 5, 12 = 6.
    paused = [PausedSpan(D(2026, 3, 4), D(2026, 3, 5), PauseReason.PAYMENT)]
    done = {Node.CONNECTION: NodeActual(finished_on=D(2026, 3, 12))}
    pc = _clock(cal, ProjectClass.LV_NONRES, D(2026, 3, 2), D(2026, 3, 20), paused=paused, actuals=done)
    assert pc.total.due_on == D(2026, 3, 12)
    assert (pc.total.used_workdays, pc.total.status) == (6, S.DONE_ON_TIME)
    assert pc.on_time_verdict is Verdict.MET  # no nodes: the total decides
    # Without recording the pause, the same power-on date is 8 working days: late.
    late = _clock(cal, ProjectClass.LV_NONRES, D(2026, 3, 2), D(2026, 3, 20), actuals=done)
    assert (late.total.used_workdays, late.total.status, late.on_time_verdict) == (8, S.DONE_LATE, Verdict.BROKEN)


def test_open_pause_is_closed_at_today(cal: WorkdayCalendar) -> None:
    # Residential, 5 days, accepted Mon 2 Mar; documents awaited since Wed 4 Mar, still open on Mon 9 Mar.
    # Counted: Tue 3 = 1 (4, 5, 6, 9 paused). Due if delivered today: 10 = 2, 11 = 3, 12 = 4, 13 = 5.
    paused = [PausedSpan(D(2026, 3, 4), None, PauseReason.DOCUMENTS)]
    pc = _clock(cal, ProjectClass.RESIDENTIAL, D(2026, 3, 2), D(2026, 3, 9), paused=paused)
    assert (pc.total.used_workdays, pc.total.left_workdays, pc.total.due_on) == (1, 4, D(2026, 3, 13))
    assert pc.total.status is S.ON_TIME


def test_gap_before_a_recorded_start_is_the_customers_time(cal: WorkdayCalendar) -> None:
    actuals = {
        # Accepted Mon 2 Mar; plan answered Fri 6 Mar (4 days).
        Node.SUPPLY_PLAN: NodeActual(finished_on=D(2026, 3, 6)),
        # The customer designs for two weeks and submits on Fri 20 Mar; review done Wed 25 Mar (23, 24, 25 = 3).
        Node.DESIGN_REVIEW: NodeActual(started_on=D(2026, 3, 20), finished_on=D(2026, 3, 25)),
    }
    pc = _clock(cal, ProjectClass.HV_SINGLE, D(2026, 3, 2), D(2026, 3, 25), actuals=actuals)
    design = pc.nodes[1]
    # From Fri 20 Mar: 23-27 = 5, 30, 31 Mar, 1, 2, 3 Apr = 10.
    assert (design.starts_on, design.due_on, design.used_workdays, design.status) == (
        D(2026, 3, 20), D(2026, 4, 3), 3, S.DONE_ON_TIME)
    inter = pc.nodes[2]  # starts at the review's finish; 26, 27, 30, 31 Mar, 1 Apr
    assert (inter.starts_on, inter.due_on, inter.used_workdays, inter.status) == (
        D(2026, 3, 25), D(2026, 4, 1), 0, S.ON_TIME)
    # Total skips 7-20 Mar: 3-6 = 4, 23-25 = 7 used. Due: 3-6 = 4, 23-27 = 9, 30 Mar-3 Apr = 14,
    # (4-6 Apr off) 7-10 Apr = 18, 13-16 Apr = 22.
    assert (pc.total.used_workdays, pc.total.due_on) == (7, D(2026, 4, 16))


def test_project_keeps_the_table_in_force_at_acceptance(cal: WorkdayCalendar) -> None:
    limits = dict(TABLE.limits)
    limits[ProjectClass.HV_SINGLE] = ClassLimits(((Node.SUPPLY_PLAN, 12), *TABLE.limits[ProjectClass.HV_SINGLE]
                                                   .node_limits[1:]), 20)
    tables = [TABLE, TimeLimitTable(D(2026, 3, 1), limits)]
    # Accepted Fri 27 Feb, before the new version: still 15. Sat 28 Feb = 1, 2-6 Mar = 6, 9-13 = 11, 16-19 = 15.
    old = table_in_force(tables, D(2026, 2, 27))
    pc = _clock(cal, ProjectClass.HV_SINGLE, D(2026, 2, 27), D(2026, 4, 1), table=old)
    assert (pc.nodes[0].due_on, pc.table_effective_from) == (D(2026, 3, 19), D(2000, 1, 1))
    # Accepted Mon 2 Mar under the new one: 12 days -> 3-6 = 4, 9-13 = 9, 16, 17, 18 = 12.
    new = table_in_force(tables, D(2026, 3, 2))
    pc = _clock(cal, ProjectClass.HV_SINGLE, D(2026, 3, 2), D(2026, 4, 1), table=new)
    assert (pc.nodes[0].due_on, pc.total.limit_days, pc.table_effective_from) == (D(2026, 3, 18), 20, D(2026, 3, 1))
    with pytest.raises(ClockInputError, match="not in force"):
        _clock(cal, ProjectClass.HV_SINGLE, D(2026, 2, 27), D(2026, 4, 1), table=new)


def test_ev_charging_over_mid_autumn_and_national_day_2026(cal: WorkdayCalendar) -> None:
    pc = _clock(cal, ProjectClass.EV_CHARGING, D(2026, 9, 18), D(2026, 9, 18))
    # Fri 18 Sep: Sun 20 (makeup) = 1, 21-24 = 5 -> supply plan due Thu 24 Sep.
    # Connection from 24 Sep: (25 Mid-Autumn, weekend) 28, 29, 30 = 3, (1-7 Oct) 8 = 4, 9 = 5.
    assert [(c.node, c.due_on) for c in pc.nodes] == [
        (Node.SUPPLY_PLAN, D(2026, 9, 24)), (Node.CONNECTION, D(2026, 10, 9))]
    # Total 10: same count -> Fri 9 Oct.
    assert pc.total.due_on == D(2026, 10, 9)


def test_year_unknown_to_every_source_gives_a_coverage_warning(cal: WorkdayCalendar) -> None:
    pc = _clock(cal, ProjectClass.RESIDENTIAL, D(2099, 12, 24), D(2099, 12, 24))
    # Thu 24 Dec 2099 on plain weekends: 25 = 1, 28-31 = 5.
    assert pc.total.due_on == D(2099, 12, 31)
    assert pc.coverage.fallback_years == (2099,)
    assert "2099" in pc.coverage.message("zh")


def test_contradictory_dates_are_refused(cal: WorkdayCalendar) -> None:
    with pytest.raises(ClockInputError, match="before it started"):
        _clock(cal, ProjectClass.HV_SINGLE, D(2026, 3, 2), D(2026, 4, 1),
               actuals={Node.DESIGN_REVIEW: NodeActual(D(2026, 3, 20), D(2026, 3, 19))})
    with pytest.raises(ClockInputError, match="before acceptance"):
        _clock(cal, ProjectClass.HV_SINGLE, D(2026, 3, 2), D(2026, 4, 1),
               actuals={Node.SUPPLY_PLAN: NodeActual(finished_on=D(2026, 3, 1))})


def test_status_labels() -> None:
    assert S.AT_RISK.label() == "临期" and S.DONE_LATE.label("en") == "Done late"
