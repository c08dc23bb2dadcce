"""Loading a team's live projects as plain snapshots with their clocks (for the meeting, screening, boards).

One query per table for the whole set (never one per project), then the clocks computed with the stored rule
table each project recorded and the admin's calendar. Personal data is masked on the way in: a customer who is
a person prints as ``王**`` and phones as ``138****5678``; organisations keep their names.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from console.core.masking import mask_person_name, mask_phone
from console.core.models import (
    Contact,
    Customer,
    EnergyPlan,
    Project,
    ProjectDocument,
    Staff,
    SupplyPlan,
)
from console.core.models.enums import ProjectStatus, Segment
from console.core.rules.clocks import ClockInputError, compute_clock
from console.core.rules.project_snapshot import (
    ClockedProject,
    DocumentFact,
    EnergyPlanFact,
    NodeDates,
    PauseFact,
    ProjectSnapshot,
    SupplyPlanFact,
)
from console.core.rules.time_limits import NoTableInForce, ProjectClass
from console.core.services.clock_inputs import ClockInputs, load_clock_inputs

# Words that make a customer name an organisation's rather than a person's (organisation names are not personal
# data). Anything else that is not a key account is masked: over-masking a shop named after its owner is the
# safe mistake for a pack that leaves the building.
_ORG_MARKERS = (
    "公司", "集团", "有限", "中心", "学校", "学院", "大学", "医院", "银行", "酒店", "宾馆", "站", "厂", "园", "局",
    "院", "所", "协会", "委员会", "物业", "广场", "市场", "场馆", "合作社", "政府", "社区", "小区", "工程",
)
_PERSON_USAGE = "居民生活用电"
_DIGITS = re.compile(r"\d")


def is_person(name: str, segment: Segment | str, usage_category: str = "") -> bool:
    """Whether a customer name names a person (key accounts and names with an organisation word do not)."""
    if Segment(segment) is Segment.KEY_ACCOUNT:
        return False
    return usage_category == _PERSON_USAGE or not any(m in name for m in _ORG_MARKERS)


def display_customer_name(name: str, person: bool) -> str:
    return mask_person_name(name) if person else name


def display_address(address: str, person: bool) -> str:
    """A person's address keeps street and community but not the building and room numbers."""
    return _DIGITS.sub("*", address) if person else address


def _enum_value(v: object) -> str:
    return str(getattr(v, "value", v))


def _query(team_id: int, project_ids: Sequence[int] | None, live: bool):  # type: ignore[no-untyped-def]
    in_progress = Project.status == ProjectStatus.IN_PROGRESS
    listed = Project.id.in_(project_ids or ())
    which = (or_(in_progress, listed) if project_ids else in_progress) if live else listed
    return (
        select(Project, Customer.name, Customer.segment, Customer.usage_category, Customer.phone, Customer.address,
               Staff.name, Staff.phone)
        .join(Customer, Customer.id == Project.customer_id)
        .outerjoin(Staff, Staff.id == Project.manager_id)
        .where(Project.team_id == team_id, which)
        .options(selectinload(Project.nodes), selectinload(Project.pauses), selectinload(Project.flags))
        .order_by(Project.application_no)
    )


def _by_project(rows: Iterable[object]) -> dict[int, list]:  # type: ignore[type-arg]
    out: dict[int, list] = defaultdict(list)  # type: ignore[type-arg]
    for r in rows:
        out[r.project_id].append(r)  # type: ignore[attr-defined]
    return out


def load_snapshots(session: Session, team_id: int, project_ids: Sequence[int] | None = None,
                   live: bool = True) -> list[ProjectSnapshot]:
    """The team's in-progress projects (unless ``live`` is False) plus ``project_ids`` of the team, any status."""
    rows = session.execute(_query(team_id, project_ids, live)).all()
    ids = [r[0].id for r in rows]
    if not ids:
        return []
    docs = _by_project(session.scalars(select(ProjectDocument).where(ProjectDocument.project_id.in_(ids))
                                       .order_by(ProjectDocument.id)))
    supply = {p.project_id: p for p in session.scalars(select(SupplyPlan).where(SupplyPlan.project_id.in_(ids)))}
    energy = {p.project_id: p for p in session.scalars(select(EnergyPlan).where(EnergyPlan.project_id.in_(ids)))}
    customer_ids = {r[0].customer_id for r in rows}
    phones: dict[int, str] = {}
    for c in session.scalars(select(Contact).where(Contact.customer_id.in_(customer_ids), Contact.is_primary.is_(True))):
        phones.setdefault(c.customer_id, c.phone)
    out: list[ProjectSnapshot] = []
    for p, c_name, c_segment, c_usage, c_phone, c_address, manager, manager_phone in rows:
        sp, ep = supply.get(p.id), energy.get(p.id)
        person = is_person(c_name, c_segment, c_usage or "")
        out.append(ProjectSnapshot(
            id=p.id, application_no=p.application_no, title=p.title,
            project_class=ProjectClass(_enum_value(p.project_class)), team_id=p.team_id, accepted_on=p.accepted_on,
            customer_name=display_customer_name(c_name, person), customer_is_person=person,
            customer_phone_masked=mask_phone(phones.get(p.customer_id) or c_phone),
            address=display_address(c_address or "", person), manager_name=manager or "",
            manager_phone_masked=mask_phone(manager_phone), capacity_kva=p.capacity_kva or 0.0,
            voltage_level=p.voltage_level or "", power_on_plan_date=p.power_on_plan_date,
            power_on_plan_confirmed=bool(p.power_on_plan_confirmed), last_progress_on=p.last_progress_on,
            version=p.version, rules_table_id=p.rules_table_id,
            nodes=tuple(NodeDates(_enum_value(n.node), n.planned_start, n.planned_end, n.actual_start, n.actual_end)
                        for n in p.nodes),
            pauses=tuple(PauseFact(x.start_on, x.end_on, _enum_value(x.reason), x.note or "") for x in p.pauses),
            flags=frozenset(_enum_value(f.flag) for f in p.flags),
            documents=tuple(DocumentFact(d.name, _enum_value(d.stage), bool(d.required), d.received_on)
                            for d in docs.get(p.id, ())),
            supply_plan=SupplyPlanFact(sp.voltage_level, sp.capacity_kva, sp.source_point, sp.route,
                                       sp.choice_basis, sp.answered_on) if sp else None,
            energy_plan=EnergyPlanFact(tuple(str(m) for m in (ep.measures or ())), ep.estimated_saving_pct or 0.0,
                                       ep.note or "") if ep else None,
        ))
    return out


def with_clocks(snapshots: Iterable[ProjectSnapshot], inputs: ClockInputs, today: _dt.date) -> list[ClockedProject]:
    """Each snapshot with its clocks; contradictory dates give ``clock=None`` and a problem text, not an error."""
    out: list[ClockedProject] = []
    for s in snapshots:
        try:
            table = inputs.table_for(s.rules_table_id, s.accepted_on)
            if s.project_class not in table.limits:
                raise NoTableInForce(f"the time-limit table has no rules for {s.project_class.value}")
            clock = compute_clock(s.project_class, s.accepted_on, today=today, calendar=inputs.calendar,
                                  table=table, actuals=s.actuals(), paused=s.paused_spans())
        except (ClockInputError, NoTableInForce, ValueError) as exc:
            out.append(ClockedProject(s, None, str(exc)))
        else:
            out.append(ClockedProject(s, clock))
    return out


def load_clocked_projects(session: Session, team_id: int, today: _dt.date,
                          project_ids: Sequence[int] | None = None, live: bool = True) -> list[ClockedProject]:
    """Snapshots of the team's live projects (see :func:`load_snapshots`) with clocks as of ``today``."""
    snapshots = load_snapshots(session, team_id, project_ids, live)
    return with_clocks(snapshots, load_clock_inputs(session), today) if snapshots else []
