"""A live connection project as plain, immutable facts: what rules (clocks, agenda, screening) read.

The database loader (:mod:`console.core.services.project_snapshots`) fills these; rules never see ORM objects,
so they are testable with hand-written facts and safe to pass between threads. Personal data arrives masked:
these snapshots feed printed packs and screens alike.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from console.core.rules.clocks import NodeActual, ProjectClock
from console.core.rules.time_limits import Node, ProjectClass
from console.core.rules.workday_calendar import PausedSpan

ACCEPTANCE = "acceptance"  # the node row some records keep for 申请受理; it is the acceptance event, not a clock


@dataclass(frozen=True)
class NodeDates:
    """Baseline plan and actual dates of one internal node (``node`` is the stored slug)."""

    node: str
    planned_start: _dt.date | None = None
    planned_end: _dt.date | None = None
    actual_start: _dt.date | None = None
    actual_end: _dt.date | None = None


@dataclass(frozen=True)
class PauseFact:
    start: _dt.date
    end: _dt.date | None
    reason: str  # documents / payment / customer_works
    note: str = ""


@dataclass(frozen=True)
class DocumentFact:
    name: str
    stage: str  # application / design / completion
    required: bool = True
    received_on: _dt.date | None = None


@dataclass(frozen=True)
class SupplyPlanFact:
    voltage_level: str
    capacity_kva: float
    source_point: str
    route: str
    choice_basis: str = ""
    answered_on: _dt.date | None = None


@dataclass(frozen=True)
class EnergyPlanFact:
    measures: tuple[str, ...]
    estimated_saving_pct: float = 0.0
    note: str = ""


@dataclass(frozen=True)
class ProjectSnapshot:
    id: int
    application_no: str
    title: str
    project_class: ProjectClass
    team_id: int
    accepted_on: _dt.date
    customer_name: str  # masked when the customer is a person
    customer_is_person: bool = False
    customer_phone_masked: str = ""
    address: str = ""  # house and room numbers masked when the customer is a person
    manager_name: str = ""
    manager_phone_masked: str = ""
    capacity_kva: float = 0.0
    voltage_level: str = ""
    power_on_plan_date: _dt.date | None = None
    power_on_plan_confirmed: bool = False
    last_progress_on: _dt.date | None = None
    version: int = 1
    rules_table_id: int | None = None  # the stored time-limit table the project recorded
    nodes: tuple[NodeDates, ...] = ()
    pauses: tuple[PauseFact, ...] = ()
    flags: frozenset[str] = field(default_factory=frozenset)  # ProjectFlagKind values
    documents: tuple[DocumentFact, ...] = ()
    supply_plan: SupplyPlanFact | None = None
    energy_plan: EnergyPlanFact | None = None

    def node_dates(self, node: str) -> NodeDates | None:
        return next((n for n in self.nodes if n.node == node), None)

    def actuals(self) -> dict[Node, NodeActual]:
        """Actual dates of the clocked nodes, in the form :func:`~console.core.rules.clocks.compute_clock` takes."""
        known = {n.value for n in Node}
        return {Node(n.node): NodeActual(n.actual_start, n.actual_end)
                for n in self.nodes if n.node in known and (n.actual_start or n.actual_end)}

    def paused_spans(self) -> list[PausedSpan]:
        return [PausedSpan(p.start, p.end, p.reason) for p in self.pauses]


@dataclass(frozen=True)
class ClockedProject:
    """A snapshot with its clocks; ``clock`` is None when the recorded dates contradict each other."""

    snapshot: ProjectSnapshot
    clock: ProjectClock | None
    clock_problem: str = ""
