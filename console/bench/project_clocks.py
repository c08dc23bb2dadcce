"""Statutory clocks of many connection projects: numpy columns beside per-project objects, calendar beside a walk."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable

from console.bench.registry import BenchContext, Figure, best_of, figure


def _projects(count: int, seed: int = 20260215) -> list[tuple[dt.date, dict, list]]:  # type: ignore[type-arg]
    """High-voltage projects accepted over a year, ~70 % with node dates, ~1.5 pauses each, some still open."""
    from console.core.rules.clocks import NodeActual
    from console.core.rules.time_limits import NODE_ORDER
    from console.core.rules.workday_calendar import PausedSpan, PauseReason

    rng = random.Random(seed)
    out = []
    for _ in range(count):
        acc = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(360))
        actuals, day = {}, acc
        for node in NODE_ORDER:
            if rng.random() < 0.3:
                break
            finish = day + dt.timedelta(days=rng.randrange(1, 25))
            actuals[node] = NodeActual(None, finish)
            day = finish
        paused = []
        for _ in range(rng.randrange(0, 4)):
            a = acc + dt.timedelta(days=rng.randrange(0, 60))
            paused.append(PausedSpan(a, a + dt.timedelta(days=rng.randrange(0, 12)) if rng.random() < 0.8 else None,
                                     PauseReason.DOCUMENTS))
        out.append((acc, actuals, paused))
    return out


@figure("project-clocks")
def project_clocks(ctx: BenchContext) -> Iterable[Figure]:
    """10k projects' clocks as numpy columns vs per-project compute_clock; calendar vs a day-by-day walk."""
    import chinese_calendar
    import numpy as np

    from console.core.rules.clock_columns import clock_columns
    from console.core.rules.clocks import compute_clock
    from console.core.rules.time_limits import DEFAULT_TABLES, NODE_ORDER, ProjectClass
    from console.core.rules.workday_calendar import WorkdayCalendar

    n = 1_000 if ctx.quick else 10_000
    projects = _projects(n)
    today, table, cal = dt.date(2026, 6, 1), DEFAULT_TABLES[0], WorkdayCalendar()
    nat = np.datetime64("NaT")
    finished = np.full((n, len(NODE_ORDER)), nat, "datetime64[D]")
    rows, starts, ends = [], [], []
    for i, (_, actuals, paused) in enumerate(projects):
        for node, a in actuals.items():
            finished[i, NODE_ORDER.index(node)] = a.finished_on
        for p in paused:
            rows.append(i)
            starts.append(p.start)
            ends.append(p.end or nat)
    columns = dict(accepted_on=np.array([p[0] for p in projects], "datetime64[D]"), finished=finished,
                   pause_project=np.array(rows, np.int64), pause_start=np.array(starts, "datetime64[D]"),
                   pause_end=np.array(ends, "datetime64[D]"))
    cls = ProjectClass.HV_SINGLE

    def run_columns() -> None:
        clock_columns(cls, today=today, calendar=cal, table=table, **columns)

    def run_objects() -> None:
        for acc, actuals, paused in projects:
            compute_clock(cls, acc, today=today, calendar=cal, table=table, actuals=actuals, paused=paused)

    cols_ms, objs_ms = best_of(5, run_columns), best_of(2 if not ctx.quick else 1, run_objects)
    yield Figure(f"project_clocks.columns_{n // 1000}k", cols_ms, "ms", objs_ms,
                 "compute_clock per project, same projects", "tens of ms")

    sample = [p[0] for p in projects[: n // 5]]

    def run_calendar() -> None:
        for acc in sample:
            cal.add_workdays(acc, 15)

    def run_walk() -> None:  # what a naive deadline calculator does with the library
        for acc in sample:
            day, k = acc, 0
            while k < 15:
                day += dt.timedelta(days=1)
                k += chinese_calendar.is_workday(day)

    yield Figure(f"project_clocks.add_workdays_{len(sample)}", best_of(5, run_calendar), "ms", best_of(1, run_walk),
                 "day-by-day chinesecalendar.is_workday walk, same dates", "")
