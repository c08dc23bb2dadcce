"""What the meeting service hands the desk and the headless command: plain frozen values, and its errors."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from console.core.errors import QT_TRANSLATE_NOOP, ConsoleError, NotFound, ValidationFailed
from console.core.rules.agenda import Reason, ReasonKind


class WeekInvalid(ValidationFailed):
    template = QT_TRANSLATE_NOOP("errors", "周次“{text}”无效，应写作 2026-W48 这样的 ISO 周。")


class TeamRequired(ValidationFailed):
    template = QT_TRANSLATE_NOOP("errors", "请先选择团队。")


class DateOutsideWeek(ValidationFailed):
    template = QT_TRANSLATE_NOOP("errors", "会议日期 {day} 不在 {week} 内，请选择该周的某一天。")


class FieldRequired(ValidationFailed):
    template = QT_TRANSLATE_NOOP("errors", "请填写{field}。")


class FieldTooLong(ValidationFailed):
    template = QT_TRANSLATE_NOOP("errors", "{field}不能超过 {limit} 个字。")


# Names that fill {field} and {what} in these messages, marked so the desk translates them (context "entities").
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("entities", "议题或申请编号"),
    QT_TRANSLATE_NOOP("entities", "议题"),
    QT_TRANSLATE_NOOP("entities", "会议地点"),
    QT_TRANSLATE_NOOP("entities", "参会人姓名"),
    QT_TRANSLATE_NOOP("entities", "单位"),
    QT_TRANSLATE_NOOP("entities", "岗位"),
    QT_TRANSLATE_NOOP("entities", "议程"),
    QT_TRANSLATE_NOOP("entities", "参会人"),
)


class UnknownTeam(NotFound):
    template = QT_TRANSLATE_NOOP("errors", "未找到团队：{key}。可用的团队：{known}。")


class MeetingHeld(ConsoleError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "{week} 的商会已召开，议程不能再修改；决议与确认日期仍可录入。")


class AutomaticItem(ConsoleError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "“{title}”由系统按规则列入议程，不能删除；如不上会，请取消勾选“上会”。")


class AlreadyOnAgenda(ConsoleError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "项目 {application_no} 已在本次议程中。")


class ProjectNotInTeam(ConsoleError):
    exit_code = 7
    template = QT_TRANSLATE_NOOP("errors", "本团队没有申请编号为 {application_no} 的项目。")


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    team_id: int
    team_name: str
    week: str  # ISO week, e.g. 2026-W48
    held_on: _dt.date
    place: str
    facilitator: str
    held: bool  # the meeting took place: the agenda is frozen
    version: int


@dataclass(frozen=True)
class AgendaRow:
    """One agenda line as the desk shows it; ``reasons`` are recomputed from today's data for project items."""

    item_id: int
    position: int  # 1-based place in the saved order
    project_id: int | None
    application_no: str
    customer_name: str  # masked where the customer is a person
    presenter: str
    reason: ReasonKind  # the stored primary reason (``manual`` for items added by hand)
    reasons: tuple[Reason, ...]
    title: str
    included: bool
    decision: str
    confirmed_date: _dt.date | None
    power_on_plan_date: _dt.date | None
    power_on_plan_confirmed: bool
    flags: tuple[str, ...]
    version: int

    @property
    def manual(self) -> bool:
        return self.reason is ReasonKind.MANUAL

    def topic(self, lang: str = "zh") -> str:
        """What is discussed: the current reasons of a project item, else the stored title."""
        if self.reasons and not self.manual:
            return ("；" if lang == "zh" else "; ").join(r.text(lang) for r in self.reasons)
        return self.title


@dataclass(frozen=True)
class AttendeeInfo:
    id: int
    name: str  # customer representatives masked unless the principal may see personal data
    organisation: str
    role: str
    is_customer: bool
    invited: bool


@dataclass(frozen=True)
class MeetingView:
    meeting: MeetingInfo
    agenda: tuple[AgendaRow, ...]
    attendees: tuple[AttendeeInfo, ...]
    today: _dt.date
    created: bool = False  # this call assembled a new meeting

    @property
    def included(self) -> tuple[AgendaRow, ...]:
        return tuple(r for r in self.agenda if r.included)


@dataclass(frozen=True)
class AgendaRefresh:
    added: int
    dropped: int
    view: MeetingView
