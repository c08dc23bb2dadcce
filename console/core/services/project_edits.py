"""Writes on a project: moving a node's planned (baseline) dates, notes, escalations (分级决策).

Each runs inside the caller's unit of work and leaves an audit entry on the project, which is the project's
history. A planned-date move is checked against the node version the person saw (optimistic locking): if
someone else moved it meanwhile, :class:`~console.core.errors.StaleEdit` says so and nothing is written.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.errors import QT_TRANSLATE_NOOP, ConsoleError, NotFound, ValidationFailed
from console.core.models import Project, ProjectEscalation, ProjectNode, ProjectNote
from console.core.models.enums import NodeKey, ProjectStatus
from console.core.security import Principal, require_team
from console.core.services.audit import record
from console.core.services.base import check_version

PROJECT = QT_TRANSLATE_NOOP("entities", "项目")
PROJECT_NODE = QT_TRANSLATE_NOOP("entities", "项目节点")
ESCALATION = QT_TRANSLATE_NOOP("entities", "分级决策事项")
ESCALATION_LEVELS = ("班组", "中心", "公司")  # stored as written; the screens translate them
NOTE_MAX = 2000
MAX_SHIFT_DAYS = 730  # a planned date moved by more than two years is a slip of the mouse, not a plan


class ProjectClosed(ConsoleError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "项目 {application_no} 已办结，计划日期不能再调整。")


@dataclass(frozen=True)
class Rescheduled:
    project_id: int
    node: str
    version: int  # the node's version after the save (what an undo must present)
    old_start: _dt.date | None
    old_end: _dt.date | None
    new_start: _dt.date
    new_end: _dt.date


def project_in_scope(session: Session, principal: Principal, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(what=PROJECT, key=str(project_id))
    require_team(principal, project.team_id)
    return project


def reschedule_node(session: Session, principal: Principal, project_id: int, node: str, start: _dt.date,
                    end: _dt.date, expected_version: int) -> Rescheduled:
    project = project_in_scope(session, principal, project_id)
    if project.status != ProjectStatus.IN_PROGRESS:
        raise ProjectClosed(application_no=project.application_no)
    if end < start:
        raise ValidationFailed(detail=f"计划结束日期 {end} 早于开始日期 {start}")
    try:
        key = NodeKey(node)
    except ValueError:
        raise NotFound(what=PROJECT_NODE, key=node) from None
    row = session.scalar(select(ProjectNode).where(ProjectNode.project_id == project_id, ProjectNode.node == key))
    if row is None:
        raise NotFound(what=PROJECT_NODE, key=f"{project.application_no} {node}")
    check_version(expected_version, row.version, PROJECT_NODE)
    if row.planned_start and abs((start - row.planned_start).days) > MAX_SHIFT_DAYS:
        raise ValidationFailed(detail=f"计划日期一次移动超过 {MAX_SHIFT_DAYS} 天")
    old_start, old_end = row.planned_start, row.planned_end
    row.planned_start, row.planned_end = start, end
    session.flush()  # the version check of the ORM (version_id_col) happens here
    record(session, principal, "reschedule", "project", project_id, node=node,
           before=[_iso(old_start), _iso(old_end)], after=[start.isoformat(), end.isoformat()])
    return Rescheduled(project_id, node, row.version, old_start, old_end, start, end)


def _iso(day: _dt.date | None) -> str | None:
    return day.isoformat() if day else None


def add_note(session: Session, principal: Principal, project_id: int, text: str) -> ProjectNote:
    project_in_scope(session, principal, project_id)
    text = text.strip()
    if not text:
        raise ValidationFailed(detail="备注内容不能为空")
    if len(text) > NOTE_MAX:
        raise ValidationFailed(detail=f"备注不能超过 {NOTE_MAX} 字")
    note = ProjectNote(project_id=project_id, user_id=principal.user_id, text=text)
    session.add(note)
    session.flush()
    record(session, principal, "note_add", "project", project_id, text=text[:200])
    return note


def add_escalation(session: Session, principal: Principal, project_id: int, level: str, reason: str,
                   raised_on: _dt.date) -> ProjectEscalation:
    project_in_scope(session, principal, project_id)
    reason = reason.strip()
    if level not in ESCALATION_LEVELS:
        raise ValidationFailed(detail=f"决策层级应为 {'、'.join(ESCALATION_LEVELS)} 之一")
    if not reason:
        raise ValidationFailed(detail="请填写提请决策的事由")
    row = ProjectEscalation(project_id=project_id, level=level, raised_on=raised_on, reason=reason)
    session.add(row)
    session.flush()
    record(session, principal, "escalation_add", "project", project_id, level=level, reason=reason[:200])
    return row


def resolve_escalation(session: Session, principal: Principal, escalation_id: int, decision: str,
                       resolved_on: _dt.date, expected_version: int) -> ProjectEscalation:
    row = session.get(ProjectEscalation, escalation_id)
    if row is None:
        raise NotFound(what=ESCALATION, key=str(escalation_id))
    project_in_scope(session, principal, row.project_id)
    check_version(expected_version, row.version, ESCALATION)
    decision = decision.strip()
    if not decision:
        raise ValidationFailed(detail="请填写决策意见")
    if resolved_on < row.raised_on:
        raise ValidationFailed(detail=f"决策日期 {resolved_on} 早于提请日期 {row.raised_on}")
    row.decision, row.resolved_on = decision, resolved_on
    session.flush()
    record(session, principal, "escalation_resolve", "project", row.project_id, level=row.level,
           decision=decision[:200])
    return row
