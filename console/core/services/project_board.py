"""Connection projects with all their clocks, loaded in bulk: the Gantt, the stock screening and the detail.

One query per table for the whole set (never one per project); the clocks are computed as numpy columns
(:func:`~console.core.rules.clock_columns.clock_columns`), one batch per class and rule version, with the version
each project recorded at acceptance (else the one in force that day) and the calendar with the admin's
overrides. A project whose dates contradict each other, or for which no rule version exists, keeps its row with
``clock_problem`` set instead of hiding the team's chart.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
from sqlalchemy import Select, String, select, type_coerce
from sqlalchemy.orm import Session

from console.core.models import Customer, Project, ProjectFlag, ProjectNode, ProjectPause, Staff
from console.core.masking import mask_person_name
from console.core.models.enums import ProjectStatus
from console.core.rules.clock_columns import STATUS_ORDER, clock_columns
from console.core.rules.clocks import ClockStatus
from console.core.rules.time_limits import NODE_ORDER, NoTableInForce, ProjectClass, TimeLimitTable
from console.core.rules.workday_calendar import CalendarCoverage, WorkdayCalendar
from console.core.services.clock_inputs import ClockInputs, load_clock_inputs
from console.core.services.project_snapshots import is_person

ACCEPTANCE = "acceptance"  # the node row for 申请受理: the acceptance event itself, no clock of its own
_NODE_COLUMN = {n.value: i for i, n in enumerate(NODE_ORDER)}
_BROKEN = {ClockStatus.OVERDUE.value, ClockStatus.DONE_LATE.value}


def names_a_person(name: str, segment: object, usage_category: str) -> bool:
    """The centre's one rule (shared with the meeting pack): key accounts and names with an organisation word are
    organisations; anyone else is a person, whose name is personal data."""
    return is_person(name, _value(segment), usage_category)


class BoardStatus(StrEnum):
    """A project's colour on the board: worst of its clocks (a broken limit stays broken: 时限不达标)."""

    ON_TIME = "on_time"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class NodeLine:
    node: str  # stored slug: acceptance, supply_plan, …
    node_id: int
    version: int  # of the ProjectNode row, for optimistic locking of a reschedule
    planned_start: _dt.date | None
    planned_end: _dt.date | None
    actual_start: _dt.date | None
    actual_end: _dt.date | None
    limit_days: int | None = None  # None: the class has no limit of its own for this node
    starts_on: _dt.date | None = None  # the clock's start (projected while not a fact)
    due_on: _dt.date | None = None
    used_workdays: int | None = None
    left_workdays: int | None = None
    status: str = ""  # ClockStatus value; "" without a clock
    projected: bool = False


@dataclass(frozen=True, slots=True)
class TotalLine:
    limit_days: int
    due_on: _dt.date
    used_workdays: int
    left_workdays: int
    status: str  # ClockStatus value


@dataclass(frozen=True, slots=True)
class PauseLine:
    start: _dt.date
    end: _dt.date | None  # None: still waiting on the customer
    reason: str  # documents / payment / customer_works
    node: str
    note: str


@dataclass(frozen=True, slots=True)
class BoardProject:
    id: int
    version: int
    application_no: str
    title: str
    project_class: str  # ProjectClass slug
    accepted_on: _dt.date
    team_id: int
    manager_id: int | None
    manager_name: str
    customer_name: str  # masked when the viewer may not see personal data and the customer is a person
    segment: str
    project_status: str  # ProjectStatus value
    power_on_plan_date: _dt.date | None
    last_progress_on: _dt.date | None
    flags: frozenset[str]
    nodes: tuple[NodeLine, ...]
    pauses: tuple[PauseLine, ...]
    total: TotalLine | None
    status: BoardStatus
    current_node: str  # first node not finished ("" when all are)
    rules_effective_from: _dt.date | None = None
    clock_problem: str = ""

    def node(self, slug: str) -> NodeLine | None:
        return next((n for n in self.nodes if n.node == slug), None)

    @property
    def current(self) -> NodeLine | None:
        return self.node(self.current_node) if self.current_node else None

    @property
    def open_pause(self) -> PauseLine | None:
        return next((p for p in self.pauses if p.end is None), None)


@dataclass(frozen=True)
class ProjectBoard:
    today: _dt.date
    projects: tuple[BoardProject, ...]
    fallback_years: tuple[int, ...] = ()  # counted on plain weekends: show coverage_message()
    non_working_days: tuple[_dt.date, ...] = field(default=(), repr=False)

    def coverage_message(self, lang: str = "zh") -> str:
        return CalendarCoverage(self.fallback_years).message(lang)


@dataclass
class _Raw:
    """The loaded rows, by project index."""

    projects: list[tuple] = field(default_factory=list)  # type: ignore[type-arg]
    nodes: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))  # type: ignore[type-arg]
    pauses: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))  # type: ignore[type-arg]
    flags: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))


def _value(v: object) -> str:
    return v if type(v) is str else str(getattr(v, "value", v))  # type: ignore[return-value]


def _raw(column):  # type: ignore[no-untyped-def]
    """An enum column read as its stored text: tens of thousands of enum conversions cost more than the query."""
    return type_coerce(column, String())


def _project_filter(team_id: int | None, live_only: bool, project_ids: Sequence[int] | None) -> list:  # type: ignore[type-arg]
    cond = []
    if team_id is not None:
        cond.append(Project.team_id == team_id)
    if live_only:
        cond.append(Project.status == ProjectStatus.IN_PROGRESS)
    if project_ids is not None:
        cond.append(Project.id.in_(list(project_ids)))
    return cond


def _load_rows(session: Session, cond: list) -> _Raw:  # type: ignore[type-arg]
    raw = _Raw()
    q: Select = (  # type: ignore[type-arg]
        select(Project.id, Project.version, Project.application_no, Project.title, _raw(Project.project_class),
               Project.accepted_on, Project.team_id, Project.manager_id, Staff.name, Customer.name,
               _raw(Customer.segment), Customer.usage_category, _raw(Project.status), Project.power_on_plan_date,
               Project.last_progress_on, Project.rules_table_id)
        .join(Customer, Customer.id == Project.customer_id)
        .outerjoin(Staff, Staff.id == Project.manager_id)
        .where(*cond)
        .order_by(Project.accepted_on, Project.application_no)
    )
    conn = session.connection()  # Core rows: the ORM row machinery costs more than the query for 10k rows
    raw.projects = [tuple(r) for r in conn.execute(q)]
    ids = select(Project.id).where(*cond)
    nodes = (select(ProjectNode.project_id, _raw(ProjectNode.node), ProjectNode.id, ProjectNode.version,
                    ProjectNode.planned_start, ProjectNode.planned_end, ProjectNode.actual_start, ProjectNode.actual_end)
             .where(ProjectNode.project_id.in_(ids)).order_by(ProjectNode.project_id, ProjectNode.seq))
    for r in conn.execute(nodes):
        raw.nodes[r[0]].append(tuple(r))
    pauses = (select(ProjectPause.project_id, ProjectPause.start_on, ProjectPause.end_on, _raw(ProjectPause.reason),
                     _raw(ProjectPause.node), ProjectPause.note)
              .where(ProjectPause.project_id.in_(ids)).order_by(ProjectPause.start_on))
    for r in conn.execute(pauses):
        raw.pauses[r[0]].append(tuple(r))
    for pid, flag in conn.execute(select(ProjectFlag.project_id, _raw(ProjectFlag.flag))
                                  .where(ProjectFlag.project_id.in_(ids))):
        raw.flags[pid].add(flag)
    return raw


@dataclass
class _Clocks:
    """Per project index: node slug → clock tuple, the total tuple, and a problem text."""

    nodes: list[dict[str, tuple]]  # type: ignore[type-arg]
    total: list[tuple | None]  # type: ignore[type-arg]
    problem: list[str]
    effective: list[_dt.date | None]
    last_day: _dt.date


def _compute_clocks(raw: _Raw, inputs: ClockInputs, today: _dt.date) -> _Clocks:
    n = len(raw.projects)
    out = _Clocks([{} for _ in range(n)], [None] * n, [""] * n, [None] * n, today)
    accepted = np.array([p[5] for p in raw.projects], "datetime64[D]") if n else np.zeros(0, "datetime64[D]")
    started = np.full((n, len(NODE_ORDER)), np.datetime64("NaT"), "datetime64[D]")
    finished = started.copy()
    groups: dict[tuple[str, int], list[int]] = defaultdict(list)
    tables: dict[int, TimeLimitTable] = {}
    for i, p in enumerate(raw.projects):
        for _, slug, _nid, _v, _ps, _pe, a_start, a_end in raw.nodes.get(p[0], ()):
            col = _NODE_COLUMN.get(_value(slug))
            if col is not None:
                started[i, col] = a_start if a_start is not None else np.datetime64("NaT")
                finished[i, col] = a_end if a_end is not None else np.datetime64("NaT")
        cls = _value(p[4])
        try:
            table = inputs.table_for(p[15], p[5])
        except NoTableInForce as exc:
            out.problem[i] = str(exc)
            continue
        if ProjectClass(cls) not in table.limits or table.effective_from > p[5]:
            out.problem[i] = f"the time-limit table effective {table.effective_from} does not apply to this project"
            continue
        out.effective[i] = table.effective_from
        tables[id(table)] = table
        groups[(cls, id(table))].append(i)
    last = today
    for (cls, key), members in groups.items():
        idx = np.array(members, np.int64)
        prow, pstart, pend = _pauses_of(raw, members)
        cols = clock_columns(ProjectClass(cls), accepted[idx], today=today, calendar=inputs.calendar,
                             table=tables[key], started=started[idx], finished=finished[idx],
                             pause_project=prow, pause_start=pstart, pause_end=pend)
        slugs = [node.value for node in cols.nodes]
        limits = [d for _, d in tables[key].limits[ProjectClass(cls)].node_limits]
        starts, dues = cols.node_start.tolist(), cols.node_due.tolist()
        used, left = cols.node_used.tolist(), cols.node_left.tolist()
        status, projected = cols.node_status.tolist(), cols.node_projected.tolist()
        t_due, t_used, t_left, t_status = (cols.total_due.tolist(), cols.total_used.tolist(),
                                           cols.total_left.tolist(), cols.total_status.tolist())
        t_limit = tables[key].limits[ProjectClass(cls)].committed_total_days
        invalid = cols.invalid.tolist()
        for k, i in enumerate(members):
            out.nodes[i] = {slug: (limits[j], starts[k][j], dues[k][j], used[k][j], left[k][j],
                                   STATUS_ORDER[status[k][j]].value, projected[k][j]) for j, slug in enumerate(slugs)}
            out.total[i] = (t_limit, t_due[k], t_used[k], t_left[k], STATUS_ORDER[t_status[k]].value)
            if invalid[k]:
                out.problem[i] = "recorded node dates contradict each other (a node finished before it started, " \
                                 "or a date before acceptance)"
            last = max([last, t_due[k], *(d for d in dues[k] if d is not None)])
    out.last_day = last
    return out


def _pauses_of(raw: _Raw, members: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, starts, ends = [], [], []
    for k, i in enumerate(members):
        for _, start, end, *_rest in raw.pauses.get(raw.projects[i][0], ()):
            rows.append(k)
            starts.append(start)
            ends.append(end if end is not None else np.datetime64("NaT"))
    return np.array(rows, np.int64), np.array(starts, "datetime64[D]"), np.array(ends, "datetime64[D]")


def _overall(nodes: dict[str, tuple], total: tuple | None, live: bool, problem: str) -> BoardStatus:  # type: ignore[type-arg]
    statuses = [c[5] for c in nodes.values()] + ([total[4]] if total else [])
    if any(s in _BROKEN for s in statuses):
        return BoardStatus.OVERDUE
    if problem or ClockStatus.AT_RISK.value in statuses:
        return BoardStatus.AT_RISK
    return BoardStatus.ON_TIME if live else BoardStatus.DONE


def _node_line(row: tuple, clock: tuple | None) -> NodeLine:  # type: ignore[type-arg]
    _, slug, nid, version, ps, pe, a_start, a_end = row
    if clock is None:
        return NodeLine(_value(slug), nid, version, ps, pe, a_start, a_end)
    limit, start, due, used, left, status, projected = clock
    return NodeLine(_value(slug), nid, version, ps, pe, a_start, a_end, limit, start, due, used, left, status, projected)


def _board_projects(raw: _Raw, clocks: _Clocks, mask_names: bool) -> list[BoardProject]:
    out: list[BoardProject] = []
    for i, p in enumerate(raw.projects):
        (pid, version, app_no, title, cls, accepted, team_id, manager_id, manager, c_name, segment, usage, status,
         plan_date, last_progress, _table_id) = p
        name = c_name or ""
        if mask_names and names_a_person(name, segment, usage or ""):
            shown = mask_person_name(name)
            title = title.replace(name, shown) if name and shown != name else title
            name = shown
        node_clocks = clocks.nodes[i]
        nodes = tuple(_node_line(r, node_clocks.get(_value(r[1]))) for r in raw.nodes.get(pid, ()))
        current = next((n.node for n in nodes if n.node != ACCEPTANCE and n.actual_end is None), "")
        live = _value(status) == ProjectStatus.IN_PROGRESS.value
        total = clocks.total[i]
        out.append(BoardProject(
            id=pid, version=version, application_no=app_no, title=title, project_class=_value(cls), accepted_on=accepted,
            team_id=team_id, manager_id=manager_id, manager_name=manager or "", customer_name=name,
            segment=_value(segment), project_status=_value(status), power_on_plan_date=plan_date,
            last_progress_on=last_progress, flags=frozenset(raw.flags.get(pid, ())), nodes=nodes,
            pauses=tuple(PauseLine(s, e, _value(r), _value(nd) if nd is not None else "", note or "")
                         for _, s, e, r, nd, note in raw.pauses.get(pid, ())),
            total=TotalLine(*total) if total else None,
            status=_overall(node_clocks, total, live, clocks.problem[i]), current_node=current,
            rules_effective_from=clocks.effective[i], clock_problem=clocks.problem[i],
        ))
    return out


def non_working_days(calendar: WorkdayCalendar, first_year: int, last_year: int) -> tuple[_dt.date, ...]:
    """Every day from 1 January ``first_year`` to 31 December ``last_year`` that is not a working day."""
    first, cum = calendar.prefix_counts(first_year, last_year)
    flat = np.flatnonzero(np.diff(np.asarray(cum)) == 0)
    return tuple(_dt.date.fromordinal(first + int(k)) for k in flat)


def load_board(session: Session, today: _dt.date, *, team_id: int | None, mask_names: bool, live_only: bool = True,
               project_ids: Sequence[int] | None = None, inputs: ClockInputs | None = None) -> ProjectBoard:
    """Projects of ``team_id`` (None: every team; scope is the caller's business) with their clocks on ``today``."""
    inputs = inputs or load_clock_inputs(session)
    raw = _load_rows(session, _project_filter(team_id, live_only, project_ids))
    clocks = _compute_clocks(raw, inputs, today)
    projects = _board_projects(raw, clocks, mask_names)
    first_year = min([today.year - 1, *(p.accepted_on.year for p in projects)])
    last_year = max(today.year + 1, clocks.last_day.year)
    coverage = inputs.calendar.coverage(_dt.date(first_year, 1, 1), _dt.date(last_year, 1, 1))
    relevant = tuple(y for y in coverage.fallback_years if y <= clocks.last_day.year)
    return ProjectBoard(today, tuple(projects), relevant, non_working_days(inputs.calendar, first_year, last_year))
