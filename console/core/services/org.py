"""Reading the organisation: teams and staff, scoped to what the principal may see."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from console.core.models import Staff, Team
from console.core.models.enums import Post
from console.core.security import Principal, team_scope
from console.core.services.base import SessionFactory, read_only


@dataclass(frozen=True)
class TeamInfo:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    post: Post
    team_id: int | None


class OrgService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def teams(self) -> list[TeamInfo]:
        scope = team_scope(self._principal)
        with read_only(self._factory) as session:
            query = select(Team).order_by(Team.code)
            if scope is not None:
                query = query.where(Team.id == scope)
            return [TeamInfo(t.id, t.code, t.name) for t in session.scalars(query)]

    def team_by_name_or_code(self, key: str) -> TeamInfo | None:
        for team in self.teams():
            if key in (team.name, team.code, str(team.id)):
                return team
        return None

    def staff(self, team_id: int | None = None, post: Post | None = None) -> list[StaffInfo]:
        scope = team_scope(self._principal, team_id)
        with read_only(self._factory) as session:
            query = select(Staff).where(Staff.active.is_(True)).order_by(Staff.id)
            if scope is not None:
                query = query.where(Staff.team_id == scope)
            if post is not None:
                query = query.where(Staff.post == post)
            return [StaffInfo(s.id, s.name, s.post, s.team_id) for s in session.scalars(query)]
