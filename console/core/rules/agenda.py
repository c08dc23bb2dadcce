"""Which projects the weekly client service-day meeting (客户服务日商会) reviews, why, and in what order.

A live project is put on the agenda for every reason that holds (one entry per project, all its reasons):

- ``power_on_plan``: an acceptance / power-on (验收送电、停送电) plan date is set but not yet confirmed — the
  meeting exists to confirm these collectively; a plan date already past is flagged as needing a new date;
- ``overdue``: a running node clock, or the committed total, has used more working days than allowed;
- ``opinion_risk`` / ``blocked`` / ``stalled``: the 舆情风险 / 跨部门受阻 / 长期停滞 flags a team lead set;
- ``at_risk``: a running clock is 临期 (its status says so; see :mod:`console.core.rules.clocks`);
- ``due_soon``: a running node falls due between today and two weeks after the meeting day;
- ``documents_owed``: the customer still owes required documents of a stage already reached (application
  documents always; design documents once the supply plan is answered; completion documents once the
  intermediate inspection is done or the completion inspection has begun) — documents of later stages are
  not owed yet and would only bury the real gaps;
- ``data_check``: the recorded node dates contradict each other, so no clock can be computed.

Green channel and national key flags do not by themselves bring a project to the meeting; they are printed
beside it. Order: by the most pressing reason (the order above), then by urgency within that reason (earliest
plan date; most working days over; fewest left; earliest due date; oldest acceptance), then application number —
the same data always gives the same agenda.

Merging with the facilitator's edits (:func:`merge_agenda`): items already on the agenda keep their place,
newly qualifying projects are appended in rule order, and an automatic item whose project no longer qualifies
is dropped only while nobody touched it (still included, no decision, no confirmed date).
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from console.core.rules.clocks import ClockStatus, NodeClock, ProjectClock
from console.core.rules.project_snapshot import ClockedProject, DocumentFact, ProjectSnapshot
from console.core.rules.time_limits import Node, pick_label

DUE_SOON_HORIZON_DAYS = 14  # "nodes falling due in the next two weeks" after the meeting day
TITLE_MAX = 200  # AgendaItem.title column width


class ReasonKind(StrEnum):
    """Why an item is on the agenda; declaration order is priority order (the value is stored)."""

    POWER_ON_PLAN = "power_on_plan"
    OVERDUE = "overdue"
    OPINION_RISK = "opinion_risk"
    BLOCKED = "blocked"
    AT_RISK = "at_risk"
    STALLED = "stalled"
    DUE_SOON = "due_soon"
    DOCUMENTS_OWED = "documents_owed"
    DATA_CHECK = "data_check"
    MANUAL = "manual"

    @property
    def priority(self) -> int:
        return _PRIORITY[self]

    def label(self, lang: str = "zh") -> str:
        return pick_label(_KIND_LABELS[self], lang)


_PRIORITY = {k: i for i, k in enumerate(ReasonKind)}
_KIND_LABELS: dict[ReasonKind, tuple[str, str]] = {
    ReasonKind.POWER_ON_PLAN: ("验收送电计划待确认", "Power-on plan to confirm"),
    ReasonKind.OVERDUE: ("超期", "Overdue"),
    ReasonKind.OPINION_RISK: ("舆情风险", "Public-opinion risk"),
    ReasonKind.BLOCKED: ("跨部门受阻", "Blocked across departments"),
    ReasonKind.AT_RISK: ("临期预警", "At risk"),
    ReasonKind.STALLED: ("长期停滞", "Stalled"),
    ReasonKind.DUE_SOON: ("两周内到期", "Due within two weeks"),
    ReasonKind.DOCUMENTS_OWED: ("客户待补资料", "Documents owed"),
    ReasonKind.DATA_CHECK: ("节点日期待核实", "Node dates to check"),
    ReasonKind.MANUAL: ("自定议题", "Added item"),
}
_FLAG_REASONS = {
    "opinion_risk": ReasonKind.OPINION_RISK,
    "blocked": ReasonKind.BLOCKED,
    "stalled": ReasonKind.STALLED,
}
_TOTAL = ("承诺总时限", "Committed total")


@dataclass(frozen=True)
class AgendaWindow:
    """``today`` dates the clocks; ``meeting_on`` anchors the two-week look-ahead."""

    today: _dt.date
    meeting_on: _dt.date
    horizon_days: int = DUE_SOON_HORIZON_DAYS

    @property
    def due_until(self) -> _dt.date:
        return max(self.today, self.meeting_on) + _dt.timedelta(days=self.horizon_days)


@dataclass(frozen=True)
class Reason:
    """One reason; ``node`` None on a clock reason means the committed total."""

    kind: ReasonKind
    node: Node | None = None
    on: _dt.date | None = None  # plan date or due date
    days: int | None = None  # working days over (overdue) or left (at risk)
    count: int = 0  # documents owed
    past: bool = False  # a plan date already gone by

    def text(self, lang: str = "zh") -> str:
        zh = lang == "zh"
        what = pick_label(_TOTAL, lang) if self.node is None else self.node.label(lang)
        on = self.on.isoformat() if self.on else ""
        k = self.kind
        if k is ReasonKind.POWER_ON_PLAN:
            if self.past:
                return f"验收送电计划 {on} 已过期未送电，需重新确认" if zh else f"Power-on plan {on} has passed; set a new date"
            return f"验收送电计划 {on} 待集体确认" if zh else f"Power-on plan {on} to confirm"
        if k is ReasonKind.OVERDUE:
            return f"{what}超期 {self.days} 个工作日" if zh else f"{what} overdue by {_plural(self.days, 'working day')}"
        if k is ReasonKind.AT_RISK:
            return (f"{what}临期：剩 {self.days} 个工作日（{on} 到期）" if zh
                    else f"{what} at risk: {_plural(self.days, 'working day')} left (due {on})")
        if k is ReasonKind.DUE_SOON:
            return f"{what} {on} 到期" if zh else f"{what} due {on}"
        if k is ReasonKind.DOCUMENTS_OWED:
            return f"客户尚欠 {self.count} 份资料" if zh else f"Customer owes {_plural(self.count, 'document')}"
        return k.label(lang)


def _plural(n: int | None, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass(frozen=True)
class AgendaCandidate:
    """A project the rules put on the agenda, with every reason that holds, most pressing first."""

    project_id: int
    application_no: str
    reasons: tuple[Reason, ...]
    urgency: tuple[object, ...] = ()

    @property
    def primary(self) -> ReasonKind:
        return self.reasons[0].kind

    def title(self, lang: str = "zh") -> str:
        text = ("；" if lang == "zh" else "; ").join(r.text(lang) for r in self.reasons)
        return text if len(text) <= TITLE_MAX else text[: TITLE_MAX - 1] + "…"

    @property
    def sort_key(self) -> tuple[object, ...]:
        return (self.primary.priority, *self.urgency, self.application_no)


# -- documents ----------------------------------------------------------------------------------------------------
def stage_reached(snapshot: ProjectSnapshot, stage: str) -> bool:
    """Whether the customer must already have brought the documents of ``stage``."""
    if stage == "application":
        return True
    if stage == "design":
        return _finished(snapshot, "supply_plan") or _started(snapshot, "design_review")
    if stage == "completion":
        return _finished(snapshot, "intermediate_inspection") or _started(snapshot, "completion_inspection")
    return False


def documents_owed(snapshot: ProjectSnapshot) -> tuple[DocumentFact, ...]:
    """Required documents not yet received, of stages already reached, in stage order then as recorded."""
    order = {"application": 0, "design": 1, "completion": 2}
    owed = [d for d in snapshot.documents
            if d.required and d.received_on is None and stage_reached(snapshot, d.stage)]
    return tuple(sorted(owed, key=lambda d: order.get(d.stage, 9)))


def _finished(s: ProjectSnapshot, node: str) -> bool:
    n = s.node_dates(node)
    return n is not None and n.actual_end is not None


def _started(s: ProjectSnapshot, node: str) -> bool:
    n = s.node_dates(node)
    return n is not None and n.actual_start is not None


# -- reasons ------------------------------------------------------------------------------------------------------
def _running(c: NodeClock) -> bool:
    return c.finished_on is None and not c.projected and c.status is not ClockStatus.NOT_STARTED


def _clock_reasons(clock: ProjectClock, window: AgendaWindow) -> list[Reason]:
    out: list[Reason] = []
    running = [c for c in clock.nodes if _running(c)]
    for c in running:
        if c.status is ClockStatus.OVERDUE:
            out.append(Reason(ReasonKind.OVERDUE, c.node, c.due_on, -c.left_workdays))
        elif c.status is ClockStatus.AT_RISK:
            out.append(Reason(ReasonKind.AT_RISK, c.node, c.due_on, c.left_workdays))
        elif window.today <= c.due_on <= window.due_until:
            out.append(Reason(ReasonKind.DUE_SOON, c.node, c.due_on))
    t = clock.total
    if t.finished_on is None:
        if t.status is ClockStatus.OVERDUE:
            out.append(Reason(ReasonKind.OVERDUE, None, t.due_on, -t.left_workdays))
        elif t.status is ClockStatus.AT_RISK:
            out.append(Reason(ReasonKind.AT_RISK, None, t.due_on, t.left_workdays))
    return out


def reasons_for(project: ClockedProject, window: AgendaWindow) -> tuple[Reason, ...]:
    """Every reason ``project`` belongs on the agenda, most pressing first (empty: it does not)."""
    s = project.snapshot
    out: list[Reason] = []
    if s.power_on_plan_date is not None and not s.power_on_plan_confirmed:
        out.append(Reason(ReasonKind.POWER_ON_PLAN, on=s.power_on_plan_date,
                          past=s.power_on_plan_date < window.today))
    if project.clock is None:
        out.append(Reason(ReasonKind.DATA_CHECK))
    else:
        out += _clock_reasons(project.clock, window)
    out += [Reason(kind) for flag, kind in _FLAG_REASONS.items() if flag in s.flags]
    owed = documents_owed(s)
    if owed:
        out.append(Reason(ReasonKind.DOCUMENTS_OWED, count=len(owed)))
    # Stable sort: within a kind, node reasons keep node order and the total comes last.
    return tuple(sorted(out, key=lambda r: r.kind.priority))


def _urgency(project: ClockedProject, reasons: tuple[Reason, ...]) -> tuple[object, ...]:
    primary = reasons[0].kind
    same = [r for r in reasons if r.kind is primary]
    if primary is ReasonKind.POWER_ON_PLAN:
        return (same[0].on,)
    if primary is ReasonKind.OVERDUE:
        return (-max(r.days or 0 for r in same),)
    if primary is ReasonKind.AT_RISK:
        return (min(r.days or 0 for r in same), min(r.on for r in same if r.on))
    if primary is ReasonKind.DUE_SOON:
        return (min(r.on for r in same if r.on),)
    if primary is ReasonKind.DOCUMENTS_OWED:
        return (-same[0].count,)
    return (project.snapshot.accepted_on,)


def candidate_for(project: ClockedProject, window: AgendaWindow) -> AgendaCandidate | None:
    reasons = reasons_for(project, window)
    if not reasons:
        return None
    s = project.snapshot
    return AgendaCandidate(s.id, s.application_no, reasons, _urgency(project, reasons))


def assemble_agenda(projects: Iterable[ClockedProject], window: AgendaWindow) -> list[AgendaCandidate]:
    """The automatic agenda of a team's live projects, ordered (see the module docstring)."""
    found = (candidate_for(p, window) for p in projects)
    return sorted((c for c in found if c is not None), key=lambda c: c.sort_key)


# -- merging with the facilitator's edits ------------------------------------------------------------------------
@dataclass(frozen=True)
class ExistingItem:
    """An item already saved on the agenda; ``touched`` = added by hand, excluded, decided or dated."""

    item_id: int
    project_id: int | None
    sort_order: int
    touched: bool


@dataclass(frozen=True)
class AgendaMerge:
    keep: tuple[tuple[int, AgendaCandidate | None], ...]  # item id → its project's current candidate (if any)
    add: tuple[AgendaCandidate, ...]  # newly qualifying projects, appended in rule order
    drop: tuple[int, ...]  # untouched automatic items whose project no longer qualifies


def merge_agenda(existing: Sequence[ExistingItem], fresh: Sequence[AgendaCandidate]) -> AgendaMerge:
    by_project = {c.project_id: c for c in fresh}
    keep: list[tuple[int, AgendaCandidate | None]] = []
    drop: list[int] = []
    on_agenda: set[int] = set()
    for item in sorted(existing, key=lambda i: (i.sort_order, i.item_id)):
        if item.project_id is None:
            keep.append((item.item_id, None))
            continue
        current = by_project.get(item.project_id)
        if current is None and not item.touched:
            drop.append(item.item_id)
            continue
        keep.append((item.item_id, current))
        on_agenda.add(item.project_id)
    add = tuple(c for c in fresh if c.project_id not in on_agenda)
    return AgendaMerge(tuple(keep), add, tuple(drop))
