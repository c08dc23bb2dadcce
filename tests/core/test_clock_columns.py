"""Column-wise clocks: the same answers as compute_clock, row by row, plus the batch-only behaviours."""
from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from console.core.rules.clock_columns import STATUS_ORDER, VERDICT_ORDER, clock_columns
from console.core.rules.clocks import ClockInputError, ClockStatus, NodeActual, Verdict, compute_clock
from console.core.rules.time_limits import DEFAULT_TABLES, NODE_ORDER, Node, ProjectClass
from console.core.rules.workday_calendar import PausedSpan, PauseReason, WorkdayCalendar

D = dt.date
NAT = np.datetime64("NaT")
TABLE = DEFAULT_TABLES[0]


@pytest.fixture(scope="module")
def cal() -> WorkdayCalendar:
    return WorkdayCalendar()


Project = tuple[dt.date, dict[Node, NodeActual], list[PausedSpan]]


def _random_projects(rng: random.Random, count: int) -> list[Project]:
    out = []
    for _ in range(count):
        acc = D(2025, 6, 1) + dt.timedelta(days=rng.randrange(400))
        actuals: dict[Node, NodeActual] = {}
        day = acc
        for node in NODE_ORDER:
            if rng.random() < 0.3:
                break
            start = day + dt.timedelta(days=rng.randrange(0, 8)) if rng.random() < 0.4 else None
            finish = (start or day) + dt.timedelta(days=rng.randrange(0, 25)) if rng.random() < 0.7 else None
            actuals[node] = NodeActual(start, finish)
            day = finish or start or day
        paused = []
        for _ in range(rng.randrange(0, 4)):
            a = acc + dt.timedelta(days=rng.randrange(-5, 70))
            b = a + dt.timedelta(days=rng.randrange(0, 15)) if rng.random() < 0.8 else None
            paused.append(PausedSpan(a, b, PauseReason.CUSTOMER_WORKS))
        out.append((acc, actuals, paused))
    return out


def _columns_input(projects: list[Project]) -> dict[str, np.ndarray]:
    n = len(projects)
    started = np.full((n, len(NODE_ORDER)), NAT, "datetime64[D]")
    finished = started.copy()
    rows, starts, ends = [], [], []
    for i, (_, actuals, paused) in enumerate(projects):
        for node, a in actuals.items():
            started[i, NODE_ORDER.index(node)] = a.started_on or NAT
            finished[i, NODE_ORDER.index(node)] = a.finished_on or NAT
        for p in paused:
            rows.append(i)
            starts.append(p.start)
            ends.append(p.end or NAT)
    return {
        "accepted_on": np.array([p[0] for p in projects], "datetime64[D]"),
        "started": started,
        "finished": finished,
        "pause_project": np.array(rows, np.int64),
        "pause_start": np.array(starts, "datetime64[D]"),
        "pause_end": np.array(ends, "datetime64[D]"),
    }


@pytest.mark.parametrize("cls", list(ProjectClass))
def test_columns_agree_with_compute_clock(cal: WorkdayCalendar, cls: ProjectClass) -> None:
    rng = random.Random(1000 + list(ProjectClass).index(cls))  # fixed: str hashes vary per process
    projects = _random_projects(rng, 300)
    today = D(2026, 6, 1)
    cols = clock_columns(cls, today=today, calendar=cal, table=TABLE, **_columns_input(projects))
    checked = 0
    for i, (acc, actuals, paused) in enumerate(projects):
        try:
            pc = compute_clock(cls, acc, today=today, calendar=cal, table=TABLE, actuals=actuals, paused=paused)
        except ClockInputError:
            assert cols.invalid[i]
            continue
        assert not cols.invalid[i]
        checked += 1
        for j, nc in enumerate(pc.nodes):
            got = (cols.node_start[i, j].item(), cols.node_due[i, j].item(), int(cols.node_used[i, j]),
                   int(cols.node_left[i, j]), STATUS_ORDER[cols.node_status[i, j]], bool(cols.node_projected[i, j]))
            assert got == (nc.starts_on, nc.due_on, nc.used_workdays, nc.left_workdays, nc.status, nc.projected)
        t = pc.total
        got_total = (cols.total_due[i].item(), int(cols.total_used[i]), int(cols.total_left[i]),
                     STATUS_ORDER[cols.total_status[i]])
        assert got_total == (t.due_on, t.used_workdays, t.left_workdays, t.status)
        assert VERDICT_ORDER[cols.on_time_verdict()[i]] is pc.on_time_verdict
        assert VERDICT_ORDER[cols.total_verdict()[i]] is pc.total_verdict
    assert checked > 200
    assert cols.nodes == TABLE.limits[cls].nodes


def test_hand_worked_project_in_columns(cal: WorkdayCalendar) -> None:
    # The "meets every node, breaks the total" project of test_clocks: accepted Mon 2 Mar 2026, node finishes
    # 16 Mar, 26 Mar, 1 Apr, 8 Apr, 13 Apr; total due 1 Apr, 29 working days used.
    finished = np.array([["2026-03-16", "2026-03-26", "2026-04-01", "2026-04-08", "2026-04-13"]], "datetime64[D]")
    cols = clock_columns(ProjectClass.HV_SINGLE, np.array(["2026-03-02"], "datetime64[D]"), today=D(2026, 4, 20),
                         calendar=cal, table=TABLE, finished=finished)
    assert cols.node_used.tolist() == [[10, 8, 4, 4, 3]]
    assert all(STATUS_ORDER[s] is ClockStatus.DONE_ON_TIME for s in cols.node_status[0])
    assert (cols.total_due[0].item(), int(cols.total_used[0])) == (D(2026, 4, 1), 29)
    assert STATUS_ORDER[cols.total_status[0]] is ClockStatus.DONE_LATE
    assert VERDICT_ORDER[cols.on_time_verdict()[0]] is Verdict.MET
    assert VERDICT_ORDER[cols.total_verdict()[0]] is Verdict.BROKEN


def test_bad_rows_are_flagged_not_raised(cal: WorkdayCalendar) -> None:
    acc = np.array(["2026-03-02", "2026-03-02", "2026-03-02"], "datetime64[D]")
    finished = np.full((3, 5), NAT, "datetime64[D]")
    finished[1, 0] = np.datetime64("2026-02-01")  # before acceptance
    cols = clock_columns(ProjectClass.HV_SINGLE, acc, today=D(2026, 3, 10), calendar=cal, table=TABLE,
                         finished=finished, pause_project=np.array([2]),
                         pause_start=np.array(["2026-03-05"], "datetime64[D]"),
                         pause_end=np.array(["2026-03-04"], "datetime64[D]"))  # ends before it starts
    assert cols.invalid.tolist() == [False, True, True]
    assert cols.node_due[0, 0] == np.datetime64("2026-03-23")  # 3-6, 9-13, 16-20 = 14, 23 = 15


def test_empty_batch_and_unknown_year(cal: WorkdayCalendar) -> None:
    empty = clock_columns(ProjectClass.RESIDENTIAL, np.array([], "datetime64[D]"), today=D(2026, 3, 2),
                          calendar=cal, table=TABLE)
    assert empty.total_due.shape == (0,) and empty.node_due.shape == (0, 0)
    far = clock_columns(ProjectClass.RESIDENTIAL, np.array(["2099-12-24"], "datetime64[D]"), today=D(2099, 12, 24),
                        calendar=WorkdayCalendar(), table=TABLE)
    assert far.total_due[0].item() == D(2099, 12, 31)  # plain weekends: 25, 28, 29, 30, 31 Dec
    assert 2099 in far.coverage.fallback_years
