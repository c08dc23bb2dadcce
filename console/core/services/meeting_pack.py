"""The printed pack's data (:mod:`reports.service_day_data`) from a meeting view and today's project clocks.

Pure mapping, no database: everything arrives masked from the snapshot loader, and customer representatives on
the sign-in sheet are masked here whatever the principal may see, because paper leaves the building.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

from console.core.masking import mask_person_name
from console.core.rules.agenda import documents_owed
from console.core.rules.clocks import ClockStatus as CoreStatus
from console.core.rules.clocks import NodeClock
from console.core.rules.project_snapshot import ClockedProject, ProjectSnapshot
from console.core.rules.time_limits import CustomerStep as Step
from console.core.rules.time_limits import nodes_of_step
from console.core.services.meeting_data import AgendaRow, MeetingView
from reports.service_day_data import (
    AgendaEntry,
    AttendeeRow,
    ClockStatus,
    CustomerStep,
    DecisionRow,
    EnergyPlanSummary,
    InternalNode,
    MissingDocument,
    PausedSpan,
    PowerOnPlanRow,
    ProjectFlag,
    ProjectSheet,
    ServiceDayPack,
    SupplyPlanSummary,
)

PROJECT_MINUTES = 5
TOPIC_MINUTES = 10
PLACE_UNSET = "待定"
STAGE_LABELS = {"application": "申请受理", "design": "设计施工前", "completion": "竣工验收"}
PAUSE_LABELS = {"documents": "等待客户补充资料", "payment": "等待客户缴费", "customer_works": "客户自建工程"}
FLAGS = {
    "stalled": ProjectFlag.STALLED, "opinion_risk": ProjectFlag.OPINION_RISK,
    "blocked": ProjectFlag.CROSS_DEPARTMENT, "green_channel": ProjectFlag.GREEN_CHANNEL,
    "national_key": ProjectFlag.NATIONAL_KEY,
}
STATUS = {
    CoreStatus.ON_TIME: ClockStatus.ON_TIME, CoreStatus.AT_RISK: ClockStatus.AT_RISK,
    CoreStatus.OVERDUE: ClockStatus.OVERDUE, CoreStatus.DONE_ON_TIME: ClockStatus.DONE,
    CoreStatus.DONE_LATE: ClockStatus.DONE_LATE, CoreStatus.NOT_STARTED: ClockStatus.NOT_STARTED,
}
# The node whose work needs a stage's documents: their "needed by" date is that node's planned start.
_NEEDED_FOR = {"application": "supply_plan", "design": "design_review", "completion": "completion_inspection"}


def pack_flags(flags: tuple[str, ...] | frozenset[str]) -> tuple[ProjectFlag, ...]:
    return tuple(FLAGS[f] for f in sorted(flags) if f in FLAGS)


def customer_steps(s: ProjectSnapshot) -> tuple[tuple[CustomerStep, ...], int]:
    """The four customer steps with the day each was completed, and the index of the one in progress.

    A step is done when its last internal node finished; a step with no node records (low-voltage classes
    merge 工程实施 into the others) counts as done once a later step has started.
    """
    done: list[_dt.date | None] = []
    recorded: list[bool] = []
    for step in Step:
        if step is Step.ACCEPTED:
            done.append(s.accepted_on)
            recorded.append(True)
            continue
        rows = [r for r in (s.node_dates(n.value) for n in nodes_of_step(step)) if r is not None]
        recorded.append(bool(rows))
        ends = [r.actual_end for r in rows]
        done.append(max(e for e in ends if e) if rows and all(ends) else None)
    for i, has_rows in enumerate(recorded):
        if not has_rows:
            later = [r.actual_start for st in list(Step)[i + 1:] for n in nodes_of_step(st)
                     if (r := s.node_dates(n.value)) is not None and r.actual_start is not None]
            done[i] = min(later) if later else None
    steps = tuple(CustomerStep(step.label("zh"), d) for step, d in zip(Step, done))
    current = next((i for i, d in enumerate(done) if d is None), len(done))
    return steps, current


def _paused_today(s: ProjectSnapshot, today: _dt.date) -> bool:
    return any(p.start <= today and (p.end is None or p.end >= today) for p in s.pauses)


def _node(c: NodeClock, paused_now: bool) -> InternalNode:
    running = c.finished_on is None and not c.projected and c.status is not CoreStatus.NOT_STARTED
    status = ClockStatus.PAUSED if running and paused_now else STATUS[c.status]
    return InternalNode(c.node.label("zh"), status, None if c.projected else c.starts_on, c.due_on, c.finished_on,
                        c.limit_days, c.left_workdays if running else None)


def _needed_by(s: ProjectSnapshot, stage: str) -> _dt.date | None:
    node = s.node_dates(_NEEDED_FOR.get(stage, ""))
    return node.planned_start if node else None


def project_sheet(p: ClockedProject, row: AgendaRow, today: _dt.date) -> ProjectSheet:
    s, clock = p.snapshot, p.clock
    steps, current = customer_steps(s)
    paused_now = _paused_today(s, today)
    sp, ep = s.supply_plan, s.energy_plan
    mode = {"hv-single": "单电源", "hv-dual": "双电源"}.get(s.project_class.value, "")
    reasons = tuple(r.text("zh") for r in row.reasons) or ((row.title,) if row.title else ())
    benefit = ""
    if ep is not None:
        benefit = "；".join(x for x in (f"预计节能约 {ep.estimated_saving_pct:g}%" if ep.estimated_saving_pct else "",
                                       ep.note) if x)
    return ProjectSheet(
        application_no=s.application_no, customer_name=s.customer_name, class_label=s.project_class.label("zh"),
        customer_manager=s.manager_name or "—", steps=steps, current_step=current,
        nodes=tuple(_node(c, paused_now) for c in clock.nodes) if clock else (),
        paused=tuple(PausedSpan(x.start, x.end, PAUSE_LABELS.get(x.reason, x.reason)) for x in s.pauses),
        supply_plan=SupplyPlanSummary(sp.voltage_level or s.voltage_level, sp.capacity_kva, sp.source_point, sp.route,
                                      mode, sp.choice_basis) if sp else None,
        energy_plan=EnergyPlanSummary(ep.measures, benefit) if ep and ep.measures else None,
        missing_documents=tuple(MissingDocument(d.name, STAGE_LABELS.get(d.stage, d.stage), _needed_by(s, d.stage))
                                for d in documents_owed(s)),
        flags=pack_flags(s.flags), agenda_reasons=reasons, address=s.address,
        total_limit_working_days=clock.total.limit_days if clock else None,
        total_used_working_days=clock.total.used_workdays if clock else None,
        total_status=STATUS[clock.total.status] if clock else ClockStatus.NOT_STARTED,
    )


def power_on_row(p: ClockedProject, row: AgendaRow, today: _dt.date) -> PowerOnPlanRow | None:
    """The plan to confirm, or the plan this meeting confirmed (reprinted after it); None without a plan."""
    s = p.snapshot
    if s.power_on_plan_date is None or (s.power_on_plan_confirmed and row.confirmed_date is None):
        return None
    inspection = s.node_dates("completion_inspection")
    acceptance = (inspection.actual_end or inspection.planned_end) if inspection else None
    if row.confirmed_date is not None:
        remark = f"本次会议已确认 {row.confirmed_date.isoformat()}"
    elif s.power_on_plan_date < today:
        remark = "计划日期已过，需重新确定"
    else:
        remark = ""
    complete = not any(d.required and d.received_on is None for d in s.documents)
    voltage = s.supply_plan.voltage_level if s.supply_plan and s.supply_plan.voltage_level else s.voltage_level
    return PowerOnPlanRow(
        application_no=s.application_no, customer_name=s.customer_name, class_label=s.project_class.label("zh"),
        voltage=voltage, capacity_kva=s.capacity_kva, acceptance_on=acceptance, outage_start=None, outage_end=None,
        power_on_on=row.confirmed_date or s.power_on_plan_date, outage_scope="", responsible=s.manager_name or "—",
        contact_phone_masked=s.manager_phone_masked, documents_complete=complete, remarks=remark,
        outage_to_decide=True,
    )


def build_pack(view: MeetingView, projects: Mapping[int, ClockedProject],
               generated_at: _dt.datetime | None = None) -> ServiceDayPack:
    """The pack of the included agenda items, in agenda order (no project pages: the "nothing to review" pack)."""
    m, today = view.meeting, view.today
    agenda: list[AgendaEntry] = []
    sheets: list[ProjectSheet] = []
    plans: list[PowerOnPlanRow] = []
    for row in view.included:
        p = projects.get(row.project_id) if row.project_id is not None else None
        agenda.append(AgendaEntry(
            len(agenda) + 1, row.topic("zh"), row.presenter or m.facilitator,
            PROJECT_MINUTES if p else TOPIC_MINUTES, None, row.application_no, row.customer_name,
            pack_flags(row.flags)))
        if p is not None:
            sheets.append(project_sheet(p, row, today))
            plan = power_on_row(p, row, today)
            if plan is not None:
                plans.append(plan)
    attendees = [AttendeeRow(mask_person_name(a.name) if a.is_customer else a.name, a.organisation, a.role)
                 for a in view.attendees if a.invited]
    decisions = [DecisionRow(row.application_no, row.topic("zh"), row.decision or "确认送电日期", row.presenter,
                             row.confirmed_date)
                 for row in view.included if row.decision or row.confirmed_date]
    return ServiceDayPack(
        team_name=m.team_name, week_label=m.week, meeting_date=m.held_on, place=m.place or PLACE_UNSET,
        facilitator=m.facilitator or "—", agenda=agenda, projects=sheets,
        power_on_plans=sorted(plans, key=lambda pl: (pl.power_on_on or _dt.date.max, pl.application_no)),
        attendees_expected=attendees, generated_at=generated_at or _dt.datetime.now(), decisions=decisions,
    )
