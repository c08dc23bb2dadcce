"""Everything the project detail shows, as one plain value: header, the four customer-facing steps, the internal
nodes with their clocks, the dual plan (双方案), documents per stage, the 三公开 record, escalations (分级决策),
notes and the full change history from the audit log.

The clocks come from the same bulk loader as the Gantt (:func:`~console.core.services.project_board.load_board`
with one id), so the detail and the chart can never disagree.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.masking import mask_phone
from console.core.models import (
    AuditEntry,
    Contact,
    Customer,
    EnergyPlan,
    Project,
    ProjectDocument,
    ProjectEscalation,
    ProjectFlag,
    ProjectNote,
    ProjectPublication,
    SupplyPlan,
    UserAccount,
)
from console.core.rules.time_limits import CustomerStep, nodes_of_step
from console.core.services.clock_inputs import ClockInputs
from console.core.services.project_board import BoardProject, load_board, names_a_person

DOCUMENT_STAGES = ("application", "design", "completion")


class StepState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    PENDING = "pending"


@dataclass(frozen=True)
class StepLine:
    step: str  # CustomerStep value
    state: StepState
    finished_on: _dt.date | None = None
    due_on: _dt.date | None = None  # the latest node due date of the step, while it is not done


@dataclass(frozen=True)
class FlagLine:
    flag: str
    set_on: _dt.date
    reason: str


@dataclass(frozen=True)
class SupplyPlanLine:
    voltage_level: str
    capacity_kva: float
    source_point: str
    route: str
    choice_basis: str
    answered_on: _dt.date | None
    valid_until: _dt.date | None


@dataclass(frozen=True)
class EnergyPlanLine:
    measures: tuple[str, ...]
    estimated_saving_pct: float
    note: str


@dataclass(frozen=True)
class DocumentLine:
    id: int
    stage: str  # application / design / completion
    name: str
    required: bool
    received_on: _dt.date | None
    owed_now: bool  # required, missing, and its stage already reached

    @property
    def missing(self) -> bool:
        return self.required and self.received_on is None


@dataclass(frozen=True)
class PublicationLine:
    kind: str  # plan_choice / progress / power_on_plan
    published_on: _dt.date
    channel: str
    content: str


@dataclass(frozen=True)
class EscalationLine:
    id: int
    version: int
    level: str
    raised_on: _dt.date
    reason: str
    decision: str
    resolved_on: _dt.date | None


@dataclass(frozen=True)
class NoteLine:
    id: int
    at: _dt.datetime
    author: str
    text: str


@dataclass(frozen=True)
class HistoryLine:
    at: _dt.datetime
    username: str
    action: str
    detail: dict  # type: ignore[type-arg]


@dataclass(frozen=True)
class ProjectDetail:
    project: BoardProject
    today: _dt.date
    customer_phone: str  # masked unless the viewer may see personal data
    address: str
    capacity_kva: float
    voltage_level: str
    power_on_plan_confirmed: bool
    powered_on_on: _dt.date | None
    steps: tuple[StepLine, ...]
    flags: tuple[FlagLine, ...]
    supply_plan: SupplyPlanLine | None
    energy_plan: EnergyPlanLine | None
    documents: tuple[DocumentLine, ...]
    publications: tuple[PublicationLine, ...]
    escalations: tuple[EscalationLine, ...]
    notes: tuple[NoteLine, ...]
    history: tuple[HistoryLine, ...]
    fallback_years: tuple[int, ...] = ()

    @property
    def missing_documents(self) -> tuple[DocumentLine, ...]:
        return tuple(d for d in self.documents if d.missing)


def stage_reached(project: BoardProject, stage: str) -> bool:
    """Whether the customer must already have brought the documents of ``stage`` (the meeting agenda's rule)."""
    def node_has(slug: str, attr: str) -> bool:
        n = project.node(slug)
        return n is not None and getattr(n, attr) is not None

    if stage == "application":
        return True
    if stage == "design":
        return node_has("supply_plan", "actual_end") or node_has("design_review", "actual_start")
    if stage == "completion":
        return node_has("intermediate_inspection", "actual_end") or node_has("completion_inspection", "actual_start")
    return False


def customer_steps(project: BoardProject) -> tuple[StepLine, ...]:
    """申请受理 → 供电方案答复 → 工程实施 → 装表接电, as far as the project's own nodes say.

    A step whose nodes the class does not track (low-voltage works) counts as done once a later step started.
    """
    lines: list[StepLine] = [StepLine(CustomerStep.ACCEPTED.value, StepState.DONE, project.accepted_on)]
    later_steps = [CustomerStep.SUPPLY_PLAN, CustomerStep.WORKS, CustomerStep.CONNECTION]
    per_step = {s: [project.node(n.value) for n in nodes_of_step(s)] for s in later_steps}
    per_step = {s: [n for n in ns if n is not None] for s, ns in per_step.items()}
    started_after = {s: any(n.actual_start or n.actual_end for t in later_steps[i + 1:] for n in per_step[t])
                     for i, s in enumerate(later_steps)}
    current_seen = False
    for step in later_steps:
        nodes = per_step[step]
        if nodes:
            done = all(n.actual_end is not None for n in nodes)
            finished = max((n.actual_end for n in nodes if n.actual_end), default=None) if done else None
        else:
            done, finished = started_after[step] or project.project_status == "powered_on", None
        if done:
            lines.append(StepLine(step.value, StepState.DONE, finished))
            continue
        due = max((n.due_on for n in nodes if n.due_on), default=None)
        lines.append(StepLine(step.value, StepState.PENDING if current_seen else StepState.CURRENT, None, due))
        current_seen = True
    return tuple(lines)


def _documents(session: Session, project: BoardProject) -> tuple[DocumentLine, ...]:
    order = {s: i for i, s in enumerate(DOCUMENT_STAGES)}
    rows = session.scalars(select(ProjectDocument).where(ProjectDocument.project_id == project.id)
                           .order_by(ProjectDocument.id)).all()
    lines = [DocumentLine(d.id, _v(d.stage), d.name, bool(d.required), d.received_on,
                          bool(d.required) and d.received_on is None and stage_reached(project, _v(d.stage)))
             for d in rows]
    return tuple(sorted(lines, key=lambda d: order.get(d.stage, 9)))


def _v(value: object) -> str:
    return str(getattr(value, "value", value))


def _history(session: Session, project_id: int) -> tuple[HistoryLine, ...]:
    rows = session.scalars(select(AuditEntry).where(AuditEntry.entity == "project", AuditEntry.entity_id == project_id)
                           .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())).all()
    return tuple(HistoryLine(r.at, r.username, r.action, dict(r.detail or {})) for r in rows)


def load_detail(session: Session, project_id: int, today: _dt.date, *, show_personal: bool,
                inputs: ClockInputs | None = None) -> ProjectDetail | None:
    """The detail of one project (any status), or None when it does not exist. Scope is the caller's business."""
    board = load_board(session, today, team_id=None, mask_names=not show_personal, live_only=False,
                       project_ids=[project_id], inputs=inputs)
    if not board.projects:
        return None
    project = board.projects[0]
    p = session.get(Project, project_id)
    customer = session.get(Customer, p.customer_id) if p is not None else None
    assert p is not None and customer is not None
    phone = session.scalar(select(Contact.phone).where(Contact.customer_id == customer.id, Contact.is_primary.is_(True))
                           .limit(1)) or customer.phone or ""
    person = names_a_person(customer.name, customer.segment, customer.usage_category or "")
    sp = session.scalar(select(SupplyPlan).where(SupplyPlan.project_id == project_id))
    ep = session.scalar(select(EnergyPlan).where(EnergyPlan.project_id == project_id))
    authors = dict(session.execute(select(UserAccount.id, UserAccount.display_name)).all())
    return ProjectDetail(
        project=project, today=today,
        customer_phone=phone if show_personal else mask_phone(phone),
        address=(customer.address or "") if show_personal or not person else _mask_address(customer.address or ""),
        capacity_kva=p.capacity_kva or 0.0, voltage_level=p.voltage_level or "",
        power_on_plan_confirmed=bool(p.power_on_plan_confirmed), powered_on_on=p.powered_on_on,
        steps=customer_steps(project),
        flags=tuple(FlagLine(_v(f.flag), f.set_on, f.reason or "") for f in
                    session.scalars(select(ProjectFlag).where(ProjectFlag.project_id == project_id)
                                    .order_by(ProjectFlag.set_on))),
        supply_plan=SupplyPlanLine(sp.voltage_level or "", sp.capacity_kva or 0.0, sp.source_point or "", sp.route or "",
                                   sp.choice_basis or "", sp.answered_on, sp.valid_until) if sp else None,
        energy_plan=EnergyPlanLine(tuple(str(m) for m in (ep.measures or ())), ep.estimated_saving_pct or 0.0,
                                   ep.note or "") if ep else None,
        documents=_documents(session, project),
        publications=tuple(PublicationLine(_v(x.kind), x.published_on, x.channel or "", x.content or "") for x in
                           session.scalars(select(ProjectPublication).where(ProjectPublication.project_id == project_id)
                                           .order_by(ProjectPublication.published_on, ProjectPublication.id))),
        escalations=tuple(EscalationLine(e.id, e.version, e.level, e.raised_on, e.reason, e.decision or "",
                                         e.resolved_on) for e in
                          session.scalars(select(ProjectEscalation).where(ProjectEscalation.project_id == project_id)
                                          .order_by(ProjectEscalation.raised_on, ProjectEscalation.id))),
        notes=tuple(NoteLine(n.id, n.at, authors.get(n.user_id, "") if n.user_id else "", n.text) for n in
                    session.scalars(select(ProjectNote).where(ProjectNote.project_id == project_id)
                                    .order_by(ProjectNote.at.desc(), ProjectNote.id.desc()))),
        history=_history(session, project_id),
        fallback_years=board.fallback_years,
    )


def _mask_address(address: str) -> str:
    """A person's address keeps the street but not building and room numbers."""
    return "".join("*" if ch.isdigit() else ch for ch in address)

