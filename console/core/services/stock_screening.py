"""Monthly screening of the in-progress stock (结存项目筛查): which live projects are stalled, blocked or at risk,
for how long, and why — the list a team lead analyses each month and exports.

A project is listed for every reason that holds:

- ``stalled``: no progress for at least the centre's ``stalled_after_days`` working days (CentreSetting, default
  20), or flagged 长期停滞. Progress is the latest recorded actual node date, or ``last_progress_on``;
- ``blocked`` / ``opinion_risk``: flagged 跨部门受阻 / 舆情风险 (the flag's reason is shown);
- ``overdue`` / ``at_risk``: a clock (a node or the committed total) is broken / 临期;
- ``waiting_customer``: a pause is open — the customer still owes documents, payment or their own works;
- ``data_check``: the recorded dates contradict each other, so no clock can be computed.

Days stalled are working days on the statutory calendar (the same one the clocks use), not calendar days.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.models import CentreSetting, Project, ProjectFlag
from console.core.models.enums import ProjectStatus
from console.core.rules.clocks import ClockStatus
from console.core.rules.time_limits import CustomerStep, Node, ProjectClass, pick_label
from console.core.rules.workday_calendar import WorkdayCalendar
from console.core.services.project_board import ACCEPTANCE, BoardProject, ProjectBoard

DEFAULT_STALLED_AFTER = 20
STALLED_SETTING = "stalled_after_days"


class ScreeningReason(StrEnum):
    STALLED = "stalled"
    BLOCKED = "blocked"
    OPINION_RISK = "opinion_risk"
    OVERDUE = "overdue"
    AT_RISK = "at_risk"
    WAITING_CUSTOMER = "waiting_customer"
    DATA_CHECK = "data_check"

    def label(self, lang: str = "zh") -> str:
        return pick_label(_REASON_LABELS[self], lang)


_REASON_LABELS: dict[ScreeningReason, tuple[str, str]] = {
    ScreeningReason.STALLED: ("长期停滞", "Stalled"),
    ScreeningReason.BLOCKED: ("跨部门受阻", "Blocked across departments"),
    ScreeningReason.OPINION_RISK: ("舆情风险", "Public-opinion risk"),
    ScreeningReason.OVERDUE: ("超期", "Overdue"),
    ScreeningReason.AT_RISK: ("临期", "At risk"),
    ScreeningReason.WAITING_CUSTOMER: ("等待客户", "Waiting on the customer"),
    ScreeningReason.DATA_CHECK: ("节点日期待核实", "Node dates to check"),
}
PAUSE_LABELS: dict[str, tuple[str, str]] = {
    "documents": ("等待客户补充资料", "Waiting for the customer's documents"),
    "payment": ("等待客户缴费", "Waiting for the customer's payment"),
    "customer_works": ("客户自行施工", "Customer's own works"),
}


def node_label(slug: str, lang: str = "zh") -> str:
    if slug == ACCEPTANCE:
        return CustomerStep.ACCEPTED.label(lang)
    try:
        return Node(slug).label(lang)
    except ValueError:
        return slug


@dataclass(frozen=True)
class ScreeningItem:
    project_id: int
    application_no: str
    title: str
    customer_name: str
    manager_name: str
    project_class: str
    accepted_on: _dt.date
    current_node: str
    last_progress_on: _dt.date
    days_stalled: int  # working days since the last progress
    reasons: tuple[ScreeningReason, ...]
    flag_reasons: tuple[str, ...]  # what the person who set a flag wrote
    open_pause: str  # reason slug of the pause still open, "" if none
    total_left: int | None  # working days left on the committed total (negative: over)
    total_due: _dt.date | None

    def reason_text(self, lang: str = "zh") -> str:
        return "、".join(r.label(lang) for r in self.reasons) if lang == "zh" else ", ".join(
            r.label(lang) for r in self.reasons)


def stalled_after_days(session: Session) -> int:
    value = session.scalar(select(CentreSetting.value).where(CentreSetting.key == STALLED_SETTING))
    try:
        days = int(value) if value is not None else DEFAULT_STALLED_AFTER
    except ValueError:
        return DEFAULT_STALLED_AFTER
    return days if days > 0 else DEFAULT_STALLED_AFTER


def flag_reasons(session: Session, team_id: int | None) -> dict[int, list[str]]:
    q = (select(ProjectFlag.project_id, ProjectFlag.reason).join(Project, Project.id == ProjectFlag.project_id)
         .where(Project.status == ProjectStatus.IN_PROGRESS).order_by(ProjectFlag.set_on))
    if team_id is not None:
        q = q.where(Project.team_id == team_id)
    out: dict[int, list[str]] = {}
    for pid, reason in session.execute(q):
        if reason:
            out.setdefault(pid, []).append(reason)
    return out


def last_progress(project: BoardProject, today: _dt.date) -> _dt.date:
    days = [d for n in project.nodes for d in (n.actual_start, n.actual_end) if d is not None and d <= today]
    if project.last_progress_on is not None and project.last_progress_on <= today:
        days.append(project.last_progress_on)
    return max(days, default=project.accepted_on)


def _reasons(p: BoardProject, days_stalled: int, threshold: int) -> list[ScreeningReason]:
    statuses = {n.status for n in p.nodes if n.status} | ({p.total.status} if p.total else set())
    checks = (
        (ScreeningReason.STALLED, days_stalled >= threshold or "stalled" in p.flags),
        (ScreeningReason.BLOCKED, "blocked" in p.flags),
        (ScreeningReason.OPINION_RISK, "opinion_risk" in p.flags),
        (ScreeningReason.OVERDUE, bool(statuses & {ClockStatus.OVERDUE.value, ClockStatus.DONE_LATE.value})),
        (ScreeningReason.AT_RISK, ClockStatus.AT_RISK.value in statuses),
        (ScreeningReason.WAITING_CUSTOMER, p.open_pause is not None),
        (ScreeningReason.DATA_CHECK, bool(p.clock_problem)),
    )
    return [reason for reason, holds in checks if holds]


def screen(board: ProjectBoard, calendar: WorkdayCalendar, threshold: int,
           reasons_by_project: dict[int, list[str]]) -> list[ScreeningItem]:
    """Every live project with at least one reason, longest stalled first (then application number)."""
    out: list[ScreeningItem] = []
    for p in board.projects:
        if p.project_status != ProjectStatus.IN_PROGRESS.value:
            continue
        progress = last_progress(p, board.today)
        stalled = calendar.workdays_between(progress, board.today)
        reasons = _reasons(p, stalled, threshold)
        if not reasons:
            continue
        pause = p.open_pause
        out.append(ScreeningItem(
            p.id, p.application_no, p.title, p.customer_name, p.manager_name, p.project_class, p.accepted_on,
            p.current_node, progress, stalled, tuple(reasons), tuple(reasons_by_project.get(p.id, ())),
            pause.reason if pause else "", p.total.left_workdays if p.total else None,
            p.total.due_on if p.total else None,
        ))
    out.sort(key=lambda i: (-i.days_stalled, i.application_no))
    return out


_COLUMNS: tuple[tuple[str, str], ...] = (
    ("申请编号", "Application no."), ("项目名称", "Project"), ("客户", "Customer"), ("客户经理", "Customer manager"),
    ("项目类别", "Class"), ("受理日期", "Accepted"), ("当前环节", "Current node"), ("最近进展", "Last progress"),
    ("停滞工作日", "Working days stalled"), ("筛查原因", "Reasons"), ("标记说明", "Flag notes"),
    ("等待客户事项", "Waiting on the customer for"), ("总时限剩余工作日", "Committed total: working days left"),
    ("总时限截止", "Committed total due"),
)


def export_columns(lang: str = "zh") -> list[str]:
    return [pick_label(c, lang) for c in _COLUMNS]


def export_rows(items: Iterable[ScreeningItem], lang: str = "zh") -> Iterable[Sequence[object]]:
    for i in items:
        yield (
            i.application_no, i.title, i.customer_name, i.manager_name, ProjectClass(i.project_class).label(lang),
            i.accepted_on, node_label(i.current_node, lang) if i.current_node else "", i.last_progress_on,
            i.days_stalled, i.reason_text(lang), "；".join(i.flag_reasons),
            pick_label(PAUSE_LABELS[i.open_pause], lang) if i.open_pause in PAUSE_LABELS else i.open_pause,
            i.total_left, i.total_due,
        )
