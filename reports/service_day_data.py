"""Plain data for the weekly client service-day meeting pack (客户服务日商会资料).

The meeting-builder screen maps database rows into these frozen dataclasses; :mod:`reports.service_day` turns
them into a PDF. Everything here is already fit to print: personal data (contact names where required, phones,
ID numbers) arrives masked, and the phone fields refuse anything that still looks like a full number, so a mapping
mistake fails loudly instead of printing a customer's number in a pack that leaves the building.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

CUSTOMER_STEPS: tuple[str, str, str, str] = ("申请受理", "供电方案答复", "工程实施", "装表接电")

_UNMASKED_RUN = re.compile(r"\d{7,}")


class ClockStatus(StrEnum):
    """Where a time-limit clock stands (working days, utility side only)."""

    NOT_STARTED = "not_started"
    ON_TIME = "on_time"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    PAUSED = "paused"
    DONE = "done"
    DONE_LATE = "done_late"

    @property
    def label(self) -> str:
        return _CLOCK_LABELS[self]


_CLOCK_LABELS: dict[ClockStatus, str] = {
    ClockStatus.NOT_STARTED: "未开始",
    ClockStatus.ON_TIME: "正常",
    ClockStatus.AT_RISK: "临期预警",
    ClockStatus.OVERDUE: "已超期",
    ClockStatus.PAUSED: "暂停计时",
    ClockStatus.DONE: "按期完成",
    ClockStatus.DONE_LATE: "超期完成",
}


class ProjectFlag(StrEnum):
    """Flags a team lead watches; each is a reason to push the project at the meeting."""

    STALLED = "stalled"
    OPINION_RISK = "opinion_risk"
    CROSS_DEPARTMENT = "cross_department"
    GREEN_CHANNEL = "green_channel"
    NATIONAL_KEY = "national_key"

    @property
    def label(self) -> str:
        return _FLAG_LABELS[self]


_FLAG_LABELS: dict[ProjectFlag, str] = {
    ProjectFlag.STALLED: "长期停滞",
    ProjectFlag.OPINION_RISK: "舆情风险",
    ProjectFlag.CROSS_DEPARTMENT: "跨部门受阻",
    ProjectFlag.GREEN_CHANNEL: "绿色通道",
    ProjectFlag.NATIONAL_KEY: "国家重点项目",
}


def _check_masked(what: str, value: str) -> None:
    if _UNMASKED_RUN.search(value):
        raise ValueError(f"{what} must arrive masked (e.g. 138****5678), got a run of 7+ digits")


def _flags(values: tuple[ProjectFlag | str, ...]) -> tuple[ProjectFlag, ...]:
    return tuple(ProjectFlag(v) for v in values)


@dataclass(frozen=True)
class CustomerStep:
    """One of the four steps the customer sees; ``done_on`` is None until the step is completed."""

    label: str
    done_on: date | None = None


@dataclass(frozen=True)
class InternalNode:
    """An internal high-voltage node (方案答复, 设计审查, 中间检查, 竣工检验, 装表接电) and its clock."""

    name: str
    status: ClockStatus
    started_on: date | None = None
    due_on: date | None = None
    finished_on: date | None = None
    limit_working_days: int | None = None
    working_days_left: int | None = None  # negative once overdue

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", ClockStatus(self.status))


@dataclass(frozen=True)
class PausedSpan:
    """Time the clock stood still because the utility waited on the customer; ``end`` None = still paused."""

    start: date
    end: date | None
    reason: str


@dataclass(frozen=True)
class SupplyPlanSummary:
    """供电方案: how the supply is given."""

    voltage: str
    capacity_kva: float
    source_point: str
    route: str
    supply_mode: str = ""  # e.g. 单电源 / 双电源
    notes: str = ""


@dataclass(frozen=True)
class EnergyPlanSummary:
    """综合能源方案 offered together with the supply plan (双方案)."""

    measures: tuple[str, ...]
    expected_benefit: str = ""


@dataclass(frozen=True)
class MissingDocument:
    """A document the customer still has to bring, with the stage it belongs to."""

    name: str
    stage: str  # 申请受理 / 设计施工前 / 竣工验收
    needed_by: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ProjectSheet:
    """Everything printed on one project's page of the pack."""

    application_no: str
    customer_name: str  # masked where the customer is a person
    class_label: str  # 高压单电源 / 高压双电源 / 低压非居民 / 居民
    customer_manager: str
    steps: tuple[CustomerStep, ...]
    current_step: int  # index of the step in progress; steps before it are done; len(steps) once powered on
    nodes: tuple[InternalNode, ...] = ()
    paused: tuple[PausedSpan, ...] = ()
    supply_plan: SupplyPlanSummary | None = None
    energy_plan: EnergyPlanSummary | None = None
    missing_documents: tuple[MissingDocument, ...] = ()
    flags: tuple[ProjectFlag, ...] = ()
    agenda_reasons: tuple[str, ...] = ()
    address: str = ""
    total_limit_working_days: int | None = None
    total_used_working_days: int | None = None
    total_status: ClockStatus = ClockStatus.ON_TIME

    def __post_init__(self) -> None:
        object.__setattr__(self, "flags", _flags(self.flags))
        object.__setattr__(self, "total_status", ClockStatus(self.total_status))
        if not 0 <= self.current_step <= len(self.steps):
            raise ValueError(f"current_step {self.current_step} outside 0..{len(self.steps)}")


@dataclass(frozen=True)
class AgendaEntry:
    """One line of the meeting agenda; project items carry their application number."""

    seq: int
    topic: str
    presenter: str
    minutes: int = 5
    start_time: time | None = None
    application_no: str = ""
    customer_name: str = ""
    flags: tuple[ProjectFlag, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "flags", _flags(self.flags))


@dataclass(frozen=True)
class PowerOnPlanRow:
    """An acceptance / outage / power-on (验收送电、停送电) plan for the meeting to confirm collectively."""

    application_no: str
    customer_name: str
    class_label: str
    voltage: str
    capacity_kva: float
    acceptance_on: date | None
    outage_start: datetime | None
    outage_end: datetime | None
    power_on_on: date | None
    outage_scope: str  # lines / switches / customers affected
    responsible: str
    contact_phone_masked: str = ""
    documents_complete: bool = False
    remarks: str = ""
    # No outage window recorded yet (the database keeps only the power-on date): print "待会议确定" for the meeting
    # to fill in, rather than "无需停电", which would claim the work needs no outage.
    outage_to_decide: bool = False

    def __post_init__(self) -> None:
        _check_masked("contact_phone_masked", self.contact_phone_masked)


@dataclass(frozen=True)
class AttendeeRow:
    """An expected attendee, printed on the sign-in sheet."""

    name: str
    organisation: str
    role: str
    phone_masked: str = ""

    def __post_init__(self) -> None:
        _check_masked("phone_masked", self.phone_masked)


@dataclass(frozen=True)
class ServiceDayPack:
    team_name: str
    week_label: str  # ISO week, e.g. 2026-W48
    meeting_date: date
    place: str
    facilitator: str
    agenda: list[AgendaEntry] = field(default_factory=list)
    projects: list[ProjectSheet] = field(default_factory=list)
    power_on_plans: list[PowerOnPlanRow] = field(default_factory=list)
    attendees_expected: list[AttendeeRow] = field(default_factory=list)
    generated_at: datetime = field(default_factory=datetime.now)
    recorder: str = ""
    decisions: list[DecisionRow] = field(default_factory=list)  # recorded ones; blank lines follow for the rest


@dataclass(frozen=True)
class DecisionRow:
    """A decision already recorded for an agenda item, printed on the decisions sheet of a reprinted pack."""

    application_no: str
    topic: str
    decision: str
    responsible: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class PackInfo:
    """What the builder produced: page count and the PDF outline titles, in order."""

    page_count: int
    outline_titles: list[str]
