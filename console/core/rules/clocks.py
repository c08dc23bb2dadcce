"""A connection project's statutory clocks: one per internal node and one for the committed total.

Rules (all counts in working days of :class:`~console.core.rules.workday_calendar.WorkdayCalendar`, the start day
never counted, paused spans never counted):

- **Node start.** A node's clock starts on its recorded actual start; otherwise when the previous node actually
  finished; the first node starts at acceptance. A node whose start is not yet a fact is ``not_started`` and is
  *projected*: it is drawn from the previous node's due date, as if every earlier node used its full limit and
  the customer took no time in between. Projections therefore show the plan, not a forecast.
- **Node due date** = start + the node's limit, skipping paused working days.
- **Used / left.** ``used`` counts working days from the start to the actual finish (or to ``today`` while
  running); ``left = limit − used`` and goes negative once overdue.
- **Statuses.** ``done_on_time`` / ``done_late``: finished within / beyond the limit. ``overdue``: running and more
  working days used than allowed. ``at_risk``: running and ``left <= risk.days_left`` or ``used >=
  risk.used_ratio × limit``. ``on_time``: running otherwise. ``not_started``: see above. Working days decide, not
  calendar dates: a node due on a Friday and finished on the Saturday after it is on time (no working day passed).
- **Committed total** (:class:`TotalClock`): from acceptance to the actual finish of 装表接电
  (:attr:`Node.CONNECTION`), counting only the utility's working days: paused spans are excluded, and so are
  the gaps between a node's actual finish and the next node's recorded actual start (the customer had the ball:
  e.g. designing before submitting for design review). It is checked separately from the nodes — the default
  high-voltage total (22) is far below the sum of the node limits (40), so a project can meet every node and
  still break the total.
- **时限达标 (on-time rule).** For a class with node limits (high voltage, EV charging) the project is on time
  only if *every* node is on time — that is :attr:`ProjectClock.on_time_verdict`; the total is reported beside it
  in :attr:`ProjectClock.total_verdict`. Classes without node limits (low voltage, residential) are judged on the
  total alone.
- Open paused spans (still waiting on the customer) are closed at ``today``: the clock stands still up to today
  and due dates assume the customer delivers today.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from console.core.rules.time_limits import ClassLimits, Node, ProjectClass, TimeLimitTable, pick_label
from console.core.rules.workday_calendar import (
    CalendarCoverage,
    MergedSpans,
    PausedSpan,
    PauseReason,
    WorkdayCalendar,
    merge_spans,
)

_ONE_DAY = _dt.timedelta(days=1)


class ClockStatus(StrEnum):
    ON_TIME = "on_time"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    NOT_STARTED = "not_started"

    def label(self, lang: str = "zh") -> str:
        return pick_label(_STATUS_LABELS[self], lang)


_STATUS_LABELS: dict[ClockStatus, tuple[str, str]] = {
    ClockStatus.ON_TIME: ("正常", "On time"),
    ClockStatus.AT_RISK: ("临期", "At risk"),
    ClockStatus.OVERDUE: ("超期", "Overdue"),
    ClockStatus.DONE_ON_TIME: ("按期完成", "Done on time"),
    ClockStatus.DONE_LATE: ("超期完成", "Done late"),
    ClockStatus.NOT_STARTED: ("未开始", "Not started"),
}
_BROKEN = (ClockStatus.OVERDUE, ClockStatus.DONE_LATE)


class Verdict(StrEnum):
    MET = "met"  # finished within the limits
    BROKEN = "broken"  # a limit is already exceeded, whatever happens next
    PENDING = "pending"  # still running within the limits


@dataclass(frozen=True)
class RiskThreshold:
    """A running clock is at risk with at most ``days_left`` working days left or ``used_ratio`` of it used."""

    days_left: int = 2
    used_ratio: float = 0.8

    def __post_init__(self) -> None:
        if self.days_left < 0 or not 0.0 < self.used_ratio <= 1.0:
            raise ValueError(f"risk threshold needs days_left >= 0 and 0 < used_ratio <= 1, got {self}")


DEFAULT_RISK = RiskThreshold()


@dataclass(frozen=True)
class NodeActual:
    """What really happened at a node; either date may be unknown."""

    started_on: _dt.date | None = None
    finished_on: _dt.date | None = None


@dataclass(frozen=True, slots=True)
class NodeClock:
    node: Node
    limit_days: int
    starts_on: _dt.date
    due_on: _dt.date
    used_workdays: int
    left_workdays: int
    status: ClockStatus
    finished_on: _dt.date | None = None
    projected: bool = False  # start derived from the previous node's due date, not from a fact


@dataclass(frozen=True, slots=True)
class TotalClock:
    limit_days: int
    starts_on: _dt.date
    due_on: _dt.date
    used_workdays: int
    left_workdays: int
    status: ClockStatus
    finished_on: _dt.date | None = None


@dataclass(frozen=True)
class ProjectClock:
    project_class: ProjectClass
    accepted_on: _dt.date
    today: _dt.date
    table_effective_from: _dt.date
    nodes: tuple[NodeClock, ...]
    total: TotalClock
    coverage: CalendarCoverage  # years counted on plain weekends (show coverage.message(lang) as a warning)

    def node(self, node: Node) -> NodeClock | None:
        return next((c for c in self.nodes if c.node is node), None)

    @property
    def nodes_verdict(self) -> Verdict:
        """BROKEN if any node is overdue or was late; MET if every node finished on time (vacuous: no nodes)."""
        statuses = [c.status for c in self.nodes]
        if any(s in _BROKEN for s in statuses):
            return Verdict.BROKEN
        if all(s is ClockStatus.DONE_ON_TIME for s in statuses):
            return Verdict.MET
        return Verdict.PENDING

    @property
    def total_verdict(self) -> Verdict:
        return _verdict_of(self.total.status)

    @property
    def on_time_verdict(self) -> Verdict:
        """时限达标: every node on time where the class has node limits; otherwise the committed total."""
        return self.nodes_verdict if self.nodes else self.total_verdict


def _verdict_of(status: ClockStatus) -> Verdict:
    if status in _BROKEN:
        return Verdict.BROKEN
    return Verdict.MET if status is ClockStatus.DONE_ON_TIME else Verdict.PENDING


class ClockInputError(ValueError):
    pass


def _status(limit: int, used: int, finished: bool, started: bool, risk: RiskThreshold) -> ClockStatus:
    if finished:
        return ClockStatus.DONE_ON_TIME if used <= limit else ClockStatus.DONE_LATE
    if not started:
        return ClockStatus.NOT_STARTED
    if used > limit:
        return ClockStatus.OVERDUE
    if limit - used <= risk.days_left or used >= risk.used_ratio * limit:
        return ClockStatus.AT_RISK
    return ClockStatus.ON_TIME


def _check_actuals(accepted_on: _dt.date, actuals: Mapping[Node, NodeActual]) -> None:
    for node, a in actuals.items():
        for what, day in (("start", a.started_on), ("finish", a.finished_on)):
            if day is not None and day < accepted_on:
                raise ClockInputError(f"{node.value}: actual {what} {day} is before acceptance {accepted_on}")
        if a.started_on and a.finished_on and a.finished_on < a.started_on:
            raise ClockInputError(f"{node.value}: finished {a.finished_on} before it started {a.started_on}")


def compute_clock(
    project_class: ProjectClass,
    accepted_on: _dt.date,
    *,
    today: _dt.date,
    calendar: WorkdayCalendar,
    table: TimeLimitTable,
    actuals: Mapping[Node, NodeActual] | None = None,
    paused: Sequence[PausedSpan] = (),
    risk: RiskThreshold = DEFAULT_RISK,
) -> ProjectClock:
    """All clocks of one project (see the module docstring for every rule).

    ``table`` must be the version in force on ``accepted_on`` (:func:`~console.core.rules.time_limits.
    table_in_force`); a table that took effect later is refused. Raises :class:`ClockInputError` for dates that
    contradict each other (a node finished before it started, or anything before acceptance).
    """
    if table.effective_from > accepted_on:
        raise ClockInputError(
            f"time-limit table effective {table.effective_from} was not in force on acceptance {accepted_on}")
    actuals = actuals or {}
    _check_actuals(accepted_on, actuals)
    limits: ClassLimits = table.limits[ProjectClass(project_class)]
    closed = [p.closed_at(today) for p in paused]
    spans = merge_spans(closed)

    nodes: list[NodeClock] = []
    gaps: list[PausedSpan] = []
    prev_due = accepted_on
    prev_finish: _dt.date | None = accepted_on  # the previous milestone, while it is a fact
    for node, limit in limits.node_limits:
        a = actuals.get(node, _NO_ACTUAL)
        if a.started_on is not None:
            start, known = a.started_on, True
            if prev_finish is not None and a.started_on > prev_finish:
                # The customer had the ball between the previous milestone and this request.
                gaps.append(PausedSpan(prev_finish + _ONE_DAY, a.started_on, PauseReason.CUSTOMER_WORKS))
        elif prev_finish is not None:
            start, known = prev_finish, True
        else:
            start, known = prev_due, False
        due = calendar.add_workdays(start, limit, spans)
        end = a.finished_on if a.finished_on is not None else today
        used = calendar.workdays_between(start, end, spans)
        started = known and start <= today
        status = _status(limit, used, a.finished_on is not None, started, risk)
        nodes.append(NodeClock(node, limit, start, due, used, limit - used, status, a.finished_on, not known))
        prev_due, prev_finish = due, a.finished_on

    total = _total_clock(limits.committed_total_days, accepted_on, today, calendar, merge_spans(closed + gaps),
                         actuals.get(Node.CONNECTION, _NO_ACTUAL).finished_on, risk)
    last = max([today, total.due_on, *(c.due_on for c in nodes)])
    return ProjectClock(ProjectClass(project_class), accepted_on, today, table.effective_from, tuple(nodes), total,
                        calendar.coverage(accepted_on, last))


def _total_clock(limit: int, accepted_on: _dt.date, today: _dt.date, calendar: WorkdayCalendar,
                 spans: MergedSpans, finished_on: _dt.date | None, risk: RiskThreshold) -> TotalClock:
    due = calendar.add_workdays(accepted_on, limit, spans)
    used = calendar.workdays_between(accepted_on, finished_on or today, spans)
    status = _status(limit, used, finished_on is not None, accepted_on <= today, risk)
    return TotalClock(limit, accepted_on, due, used, limit - used, status, finished_on)


_NO_ACTUAL = NodeActual()
