"""Headline figures for the dashboard, scoped to the principal's team."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from console.core.models import Customer, Item, Project, ProjectFlag
from console.core.models.enums import ItemStatus, ProjectStatus, Segment
from console.core.security import Permission, Principal, require, team_scope
from console.core.services.base import SessionFactory, read_only


@dataclass(frozen=True)
class DashboardFigures:
    team_id: int | None
    customers_by_segment: dict[str, int] = field(default_factory=dict)
    live_projects_by_class: dict[str, int] = field(default_factory=dict)
    flagged_projects: dict[str, int] = field(default_factory=dict)
    power_on_next_14_days: int = 0
    clock_status: dict[str, int] = field(default_factory=dict)  # on_time / at_risk / overdue of live projects
    tools_test_overdue: int = 0
    items_out: int = 0


class DashboardService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def figures(self, today: date, team_id: int | None = None) -> DashboardFigures:
        require(self._principal, Permission.VIEW_DASHBOARD)
        p = self._principal
        scope = team_scope(p, team_id) if p.team_id is not None or p.can(Permission.ALL_TEAMS) else None
        with read_only(self._factory) as s:
            segments: dict[str, int] = {}
            projects: dict[str, int] = {}
            flags: dict[str, int] = {}
            power_on = 0
            clock_status: dict[str, int] = {}
            if p.can(Permission.VIEW_PORTFOLIO):
                q = select(Customer.segment, func.count()).group_by(Customer.segment)
                if scope is not None:
                    q = q.where(Customer.team_id == scope)
                segments = {seg.value if isinstance(seg, Segment) else str(seg): n for seg, n in s.execute(q)}
            if p.can(Permission.VIEW_PROJECTS):
                live = Project.status == ProjectStatus.IN_PROGRESS
                q = select(Project.project_class, func.count()).where(live).group_by(Project.project_class)
                fq = select(ProjectFlag.flag, func.count()).join(Project, Project.id == ProjectFlag.project_id).where(live).group_by(ProjectFlag.flag)
                pq = select(func.count()).select_from(Project).where(live, Project.power_on_plan_date.between(today, date.fromordinal(today.toordinal() + 14)))
                if scope is not None:
                    q, fq, pq = q.where(Project.team_id == scope), fq.where(Project.team_id == scope), pq.where(Project.team_id == scope)
                projects = {c.value: n for c, n in s.execute(q)}
                flags = {f.value: n for f, n in s.execute(fq)}
                power_on = s.scalar(pq) or 0
                clock_status = _clock_status_counts(s, today, scope)
            overdue = out = 0
            if p.can(Permission.VIEW_WAREHOUSE):
                # Same rule as the warehouse alerts: a tool already away for its test is not "overdue".
                overdue = s.scalar(
                    select(func.count()).select_from(Item).where(
                        Item.next_test_due < today, Item.status.not_in((ItemStatus.SCRAPPED, ItemStatus.IN_TEST))
                    )
                ) or 0
                out = s.scalar(select(func.count()).select_from(Item).where(Item.status == ItemStatus.OUT)) or 0
            return DashboardFigures(
                team_id=scope,
                customers_by_segment=segments,
                live_projects_by_class=projects,
                flagged_projects=flags,
                power_on_next_14_days=power_on,
                clock_status=clock_status,
                tools_test_overdue=overdue,
                items_out=out,
            )


def _clock_status_counts(session, today: date, team_id: int | None) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Live projects by the worst of their statutory clocks, computed with the same rules as the Gantt."""
    from console.core.services.project_board import load_board

    counts = {"on_time": 0, "at_risk": 0, "overdue": 0}
    for project in load_board(session, today, team_id=team_id, mask_names=True).projects:
        key = str(project.status)
        if key in counts:
            counts[key] += 1
    return counts
