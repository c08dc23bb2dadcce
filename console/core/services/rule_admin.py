"""The admin's rule tables: time-limit versions (by effective date) and the statutory-calendar override days.

Reading is open to everyone who sees projects (the Gantt shows which version a project runs on); writing needs
ADMINISTER. A new time-limit version is checked by :func:`~console.core.rules.time_limits.table_problems` and may
only take effect today or later: a project keeps the version in force when it was accepted, so a back-dated
version would silently move the deadlines of projects already running. A version that is not yet in force and
that no project recorded may be withdrawn.

Calendar overrides win over the holiday library (see :mod:`console.core.rules.workday_calendar`); the admin
enters a year's holidays and 调休 makeup workdays here when the installed library does not know that year yet.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import extract, func, select
from sqlalchemy.orm import selectinload

from console.core.errors import QT_TRANSLATE_NOOP, ConsoleError, NotFound, StaleEdit
from console.core.models import CalendarOverride as CalendarOverrideRow
from console.core.models import Project
from console.core.models import TimeLimitTable as TimeLimitTableRow
from console.core.rules.time_limits import (
    ClassLimits,
    ProjectClass,
    TableProblem,
    TimeLimitTable,
    table_in_force,
    table_problems,
)
from console.core.rules.workday_calendar import WorkdayCalendar, YearSource
from console.core.security import Permission, Principal, require
from console.core.services.audit import record
from console.core.services.base import SessionFactory, check_version, read_only, unit_of_work
from console.core.services.clock_inputs import load_clock_inputs
from console.core.services.rule_storage import rule_rows, stored_rules

RULE_TABLE = QT_TRANSLATE_NOOP("entities", "时限规则表")
CALENDAR_DAY = QT_TRANSLATE_NOOP("entities", "日历调整")


class RuleTableInvalid(ConsoleError):
    """The edited table has problems; ``problems`` says each one in both languages (the editor lists them)."""

    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "时限规则表有误：{detail}")

    def __init__(self, problems: Sequence[TableProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(detail="；".join(p.zh for p in self.problems))


class BackDatedVersion(ConsoleError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "errors", "生效日期 {day} 早于今天。已受理的项目按受理时的规则计时，新版本只能从今天或以后生效。")


class VersionInUse(ConsoleError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "errors", "{day} 生效的时限规则表已生效或已有项目采用，不能删除；如需调整请新增一个版本。")


class DuplicateEffectiveDate(ConsoleError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "已有一个在 {day} 生效的时限规则表版本；请换一个生效日期。")


@dataclass(frozen=True)
class RuleVersion:
    id: int
    version: int
    effective_from: _dt.date
    note: str
    table: TimeLimitTable
    projects: int  # projects that recorded this version at acceptance
    in_force: bool  # the version in force today


@dataclass(frozen=True)
class OverrideDay:
    day: _dt.date
    is_workday: bool
    note: str
    version: int


@dataclass(frozen=True)
class YearCoverage:
    year: int
    source: str  # YearSource value: library / overrides / weekends
    overrides: int


class RuleAdminService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    # -- time-limit versions ------------------------------------------------------------------------------------
    def versions(self, today: _dt.date) -> list[RuleVersion]:
        """Every stored version, newest first (empty on a database that relies on the built-in defaults)."""
        require(self._principal, Permission.VIEW_PROJECTS)
        with read_only(self._factory) as s:
            rows = s.scalars(select(TimeLimitTableRow).options(selectinload(TimeLimitTableRow.rules))).all()
            inputs = load_clock_inputs(s)
            used = dict(s.execute(select(Project.rules_table_id, func.count()).group_by(Project.rules_table_id)).all())
            current = _in_force(inputs.versions, today)
            out = [RuleVersion(r.id, r.version, r.effective_from, r.note or "", inputs.by_id[r.id], int(used.get(r.id, 0)),
                               current is not None and r.effective_from == current.effective_from) for r in rows]
        return sorted(out, key=lambda v: v.effective_from, reverse=True)

    def add_version(self, effective_from: _dt.date, limits: Mapping[ProjectClass | str, ClassLimits], note: str,
                    today: _dt.date) -> RuleVersion:
        require(self._principal, Permission.ADMINISTER)
        table = TimeLimitTable(effective_from, dict(limits), note)
        problems = table_problems(table)
        if problems:
            raise RuleTableInvalid(problems)
        if effective_from < today:
            raise BackDatedVersion(day=effective_from.isoformat())
        with unit_of_work(self._factory, RULE_TABLE) as s:
            if s.scalar(select(TimeLimitTableRow.id).where(TimeLimitTableRow.effective_from == effective_from)):
                raise DuplicateEffectiveDate(day=effective_from.isoformat())
            row = TimeLimitTableRow(effective_from=effective_from, note=note)
            row.rules.extend(rule_rows(table))
            s.add(row)
            s.flush()
            record(s, self._principal, "rules_version_add", "time_limit_table", row.id,
                   effective_from=effective_from.isoformat(), note=note,
                   rules=[[c.value, n, d] for c, n, _, d in stored_rules(table)])
            new_id, new_version = row.id, row.version
        return RuleVersion(new_id, new_version, effective_from, note, table, 0, effective_from == today)

    def delete_version(self, table_id: int, expected_version: int, today: _dt.date) -> None:
        """Withdraw a version that is not in force yet and that no project recorded."""
        require(self._principal, Permission.ADMINISTER)
        with unit_of_work(self._factory, RULE_TABLE) as s:
            row = s.get(TimeLimitTableRow, table_id)
            if row is None:
                raise NotFound(what=RULE_TABLE, key=str(table_id))
            check_version(expected_version, row.version, RULE_TABLE)
            used = s.scalar(select(func.count()).select_from(Project).where(Project.rules_table_id == table_id))
            if row.effective_from <= today or used:
                raise VersionInUse(day=row.effective_from.isoformat())
            record(s, self._principal, "rules_version_delete", "time_limit_table", table_id,
                   effective_from=row.effective_from.isoformat())
            s.delete(row)

    # -- calendar overrides -------------------------------------------------------------------------------------
    def overrides(self, year: int | None = None) -> list[OverrideDay]:
        require(self._principal, Permission.VIEW_PROJECTS)
        with read_only(self._factory) as s:
            q = select(CalendarOverrideRow).order_by(CalendarOverrideRow.day)
            if year is not None:
                q = q.where(extract("year", CalendarOverrideRow.day) == year)
            return [OverrideDay(o.day, bool(o.is_workday), o.note or "", o.version) for o in s.scalars(q)]

    def set_override(self, day: _dt.date, is_workday: bool, note: str = "",
                     expected_version: int | None = None) -> OverrideDay:
        """Add a day (``expected_version`` None) or change one loaded earlier (its version): a day someone else
        added or changed meanwhile is refused as a stale edit rather than overwritten."""
        require(self._principal, Permission.ADMINISTER)
        with unit_of_work(self._factory, CALENDAR_DAY) as s:
            row = s.get(CalendarOverrideRow, day)
            if row is None:
                if expected_version is not None:
                    raise StaleEdit(what=CALENDAR_DAY)
                row = CalendarOverrideRow(day=day, is_workday=is_workday, note=note)
                s.add(row)
                action = "calendar_override_add"
            else:
                check_version(expected_version if expected_version is not None else -1, row.version, CALENDAR_DAY)
                row.is_workday, row.note = is_workday, note
                action = "calendar_override_change"
            s.flush()
            record(s, self._principal, action, "calendar_override", None, day=day.isoformat(),
                   is_workday=is_workday, note=note)
            return OverrideDay(row.day, bool(row.is_workday), row.note or "", row.version)

    def delete_override(self, day: _dt.date, expected_version: int) -> None:
        require(self._principal, Permission.ADMINISTER)
        with unit_of_work(self._factory, CALENDAR_DAY) as s:
            row = s.get(CalendarOverrideRow, day)
            if row is None:
                raise NotFound(what=CALENDAR_DAY, key=day.isoformat())
            check_version(expected_version, row.version, CALENDAR_DAY)
            record(s, self._principal, "calendar_override_delete", "calendar_override", None, day=day.isoformat())
            s.delete(row)

    def coverage(self, years: Sequence[int]) -> list[YearCoverage]:
        """Where each year's working days come from, so the admin sees which years still need entering."""
        require(self._principal, Permission.VIEW_PROJECTS)
        with read_only(self._factory) as s:
            days = [(o.day, bool(o.is_workday)) for o in s.scalars(select(CalendarOverrideRow))]
        calendar = WorkdayCalendar(dict(days))
        counts: dict[int, int] = {}
        for d, _ in days:
            counts[d.year] = counts.get(d.year, 0) + 1
        return [YearCoverage(y, YearSource(calendar.year_source(y)).value, counts.get(y, 0)) for y in years]


def _in_force(versions: Sequence[TimeLimitTable], today: _dt.date) -> TimeLimitTable | None:
    try:
        return table_in_force(versions, today)
    except LookupError:
        return None
