"""The weekly client service-day meeting (客户服务日商会): assemble, edit, decide, and feed the printed pack.

Every method requires PREPARE_MEETINGS (team lead, facilitator, admin) and keeps to the principal's team. A
decision's confirmed date is written back to the project (power-on plan date, confirmed) under that same
permission: the meeting is where plans are confirmed collectively, so the facilitator records them for everyone.
Each write goes to the audit log; project write-backs are logged against the project as well.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.core.errors import NotFound, StaleEdit
from console.core.models import AgendaItem, Meeting, MeetingAttendee, Project, ProjectNote, Staff, Team
from console.core.models.enums import MeetingStatus
from console.core.rules.agenda import AgendaWindow, ExistingItem, ReasonKind, assemble_agenda, merge_agenda
from console.core.rules.iso_week import BadWeek, IsoWeek
from console.core.rules.project_snapshot import ClockedProject
from console.core.security import Permission, Principal, may_see_personal_data, require, require_team, team_scope
from console.core.services import audit
from console.core.services.base import SessionFactory, check_version, read_only, unit_of_work
from console.core.services.meeting_data import (
    AgendaRefresh,
    AlreadyOnAgenda,
    AutomaticItem,
    DateOutsideWeek,
    FieldRequired,
    FieldTooLong,
    MeetingHeld,
    MeetingView,
    ProjectNotInTeam,
    TeamRequired,
    UnknownTeam,
    WeekInvalid,
)
from console.core.services.meeting_pack import build_pack
from console.core.services.meeting_rows import meeting_view
from console.core.services.org import OrgService, TeamInfo
from console.core.services.project_snapshots import load_clocked_projects
from reports.service_day_data import ServiceDayPack

WHAT = "商会"
PRESENTER_ROLE = "客户经理"


def parse_week(text: str) -> IsoWeek:
    try:
        return IsoWeek.parse(text)
    except BadWeek:
        raise WeekInvalid(text=text) from None


class MeetingService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    # -- teams and opening ------------------------------------------------------------------------------------------
    def teams(self) -> list[TeamInfo]:
        require(self._principal, Permission.PREPARE_MEETINGS)
        return OrgService(self._factory, self._principal).teams()

    def find_team(self, key: str) -> TeamInfo:
        """A team by code, name or id among those the principal may prepare meetings for."""
        teams = self.teams()
        k = key.strip()
        for t in teams:
            if k in (t.code, t.name, str(t.id)) or k.casefold() == t.code.casefold():
                return t
        raise UnknownTeam(key=key, known="、".join(f"{t.code} {t.name}" for t in teams) or "—")

    def open(self, team_id: int | None, week: IsoWeek, today: _dt.date) -> MeetingView:
        """The team's meeting for ``week``; created with an automatically assembled agenda the first time."""
        require(self._principal, Permission.PREPARE_MEETINGS)
        scope = team_scope(self._principal, team_id)
        if scope is None:
            raise TeamRequired()
        try:
            meeting_id, created = self._get_or_create(scope, week, today)
        except IntegrityError:
            # Another desk created the same meeting a moment ago: the unique (team, week) key kept one; use it.
            meeting_id, created = self._get_or_create(scope, week, today)
        return self.view(meeting_id, today, created=created)

    def _get_or_create(self, team_id: int, week: IsoWeek, today: _dt.date) -> tuple[int, bool]:
        with unit_of_work(self._factory, WHAT) as s:
            team = s.get(Team, team_id)
            if team is None:
                raise NotFound(what="团队", key=str(team_id))
            m = s.scalar(select(Meeting).where(Meeting.team_id == team_id, Meeting.week == week.label))
            if m is not None:
                return m.id, False
            m = Meeting(team_id=team_id, week=week.label, held_on=week.day(), place="",
                        facilitator_id=self._principal.user_id, status=MeetingStatus.DRAFT)
            s.add(m)
            s.flush()
            agenda = assemble_agenda(load_clocked_projects(s, team_id, today), AgendaWindow(today, m.held_on))
            s.add_all(AgendaItem(meeting_id=m.id, project_id=c.project_id, reason=c.primary.value, title=c.title(),
                                 sort_order=i, included=True) for i, c in enumerate(agenda, 1))
            self._invite_presenters(s, m, team, [c.project_id for c in agenda])
            audit.record(s, self._principal, "meeting_create", "meeting", m.id, team=team.code, week=week.label,
                         items=len(agenda))
            return m.id, True

    @staticmethod
    def _invite_presenters(s: Session, m: Meeting, team: Team, project_ids: Sequence[int]) -> None:
        """The customer managers presenting the agenda's projects are expected at the meeting."""
        if not project_ids:
            return
        names = s.scalars(select(Staff.name).join(Project, Project.manager_id == Staff.id)
                          .where(Project.id.in_(project_ids)).distinct().order_by(Staff.name)).all()
        s.add_all(MeetingAttendee(meeting_id=m.id, name=n, organisation=team.name, role=PRESENTER_ROLE,
                                  is_customer=False, invited=True) for n in names)

    def view(self, meeting_id: int, today: _dt.date, created: bool = False) -> MeetingView:
        """The meeting with each project item's reasons recomputed from today's data."""
        require(self._principal, Permission.PREPARE_MEETINGS)
        with read_only(self._factory) as s:
            m = self._meeting(s, meeting_id)
            projects = _agenda_projects(s, m, today)
            return meeting_view(s, m, projects, today, may_see_personal_data(self._principal), created)

    def pack(self, meeting_id: int, today: _dt.date, generated_at: _dt.datetime | None = None) -> ServiceDayPack:
        """The printable pack's data, personal data masked whatever the principal may see on screen."""
        require(self._principal, Permission.PREPARE_MEETINGS)
        with read_only(self._factory) as s:
            m = self._meeting(s, meeting_id)
            projects = _agenda_projects(s, m, today)
            view = meeting_view(s, m, projects, today, unmask=False)
        return build_pack(view, projects, generated_at)

    # -- the meeting itself -------------------------------------------------------------------------------------------
    def update_details(self, meeting_id: int, held_on: _dt.date, place: str, version: int) -> None:
        require(self._principal, Permission.PREPARE_MEETINGS)
        place = place.strip()
        if len(place) > 100:
            raise FieldTooLong(field="会议地点", limit=100)
        with unit_of_work(self._factory, WHAT) as s:
            m = self._meeting(s, meeting_id)
            check_version(version, m.version, WHAT)
            if IsoWeek.of(held_on).label != m.week:
                raise DateOutsideWeek(day=held_on.isoformat(), week=m.week)
            m.held_on, m.place = held_on, place
            audit.record(s, self._principal, "meeting_update", "meeting", m.id, held_on=held_on.isoformat(),
                         place=place)

    def mark_held(self, meeting_id: int, version: int) -> None:
        """The meeting took place: the agenda is frozen; decisions and attendance may still be recorded."""
        require(self._principal, Permission.PREPARE_MEETINGS)
        with unit_of_work(self._factory, WHAT) as s:
            m = self._meeting(s, meeting_id)
            check_version(version, m.version, WHAT)
            m.status = MeetingStatus.HELD
            audit.record(s, self._principal, "meeting_held", "meeting", m.id, week=m.week)

    # -- agenda edits -------------------------------------------------------------------------------------------------
    def refresh_agenda(self, meeting_id: int, today: _dt.date) -> AgendaRefresh:
        """Re-run the rules on today's data, keeping the facilitator's order, exclusions and decisions."""
        require(self._principal, Permission.PREPARE_MEETINGS)
        with unit_of_work(self._factory, WHAT) as s:
            m = self._editable(s, meeting_id)
            fresh = assemble_agenda(load_clocked_projects(s, m.team_id, today), AgendaWindow(today, m.held_on))
            items = {i.id: i for i in m.items}
            plan = merge_agenda([ExistingItem(i.id, i.project_id, i.sort_order, _touched(i)) for i in m.items], fresh)
            for item_id in plan.drop:
                s.delete(items[item_id])
            for item_id, current in plan.keep:
                item = items[item_id]
                if current is not None and item.reason != ReasonKind.MANUAL.value:
                    _set(item, reason=current.primary.value, title=current.title())
            s.flush()
            _save_order(s, [item_id for item_id, _ in plan.keep])
            order = len(plan.keep)
            for order, c in enumerate(plan.add, order + 1):
                s.add(AgendaItem(meeting_id=m.id, project_id=c.project_id, reason=c.primary.value, title=c.title(),
                                 sort_order=order, included=True))
            audit.record(s, self._principal, "agenda_refresh", "meeting", m.id, added=len(plan.add),
                         dropped=len(plan.drop))
        return AgendaRefresh(len(plan.add), len(plan.drop), self.view(meeting_id, today))

    def set_included(self, item_id: int, included: bool, version: int) -> None:
        require(self._principal, Permission.PREPARE_MEETINGS)
        with unit_of_work(self._factory, "议程") as s:
            item = self._item(s, item_id, editable=True)
            check_version(version, item.version, "议程")
            item.included = included
            audit.record(s, self._principal, "agenda_include" if included else "agenda_exclude", "agenda_item",
                         item.id, meeting=item.meeting_id, title=item.title)

    def reorder(self, meeting_id: int, item_ids: Sequence[int]) -> None:
        """Save the agenda in this order; ``item_ids`` must name exactly the items on it now."""
        require(self._principal, Permission.PREPARE_MEETINGS)
        with unit_of_work(self._factory, "议程") as s:
            m = self._editable(s, meeting_id)
            items = {i.id: i for i in m.items}
            if sorted(items) != sorted(item_ids) or len(set(item_ids)) != len(item_ids):
                raise StaleEdit(what="议程")
            _save_order(s, item_ids)
            audit.record(s, self._principal, "agenda_reorder", "meeting", m.id, order=list(item_ids))

    def add_item(self, meeting_id: int, title: str, application_no: str = "") -> int:
        """A manual item: a free topic, or a project of the team the rules did not pick (by application number)."""
        require(self._principal, Permission.PREPARE_MEETINGS)
        title, application_no = title.strip(), application_no.strip()
        if not title and not application_no:
            raise FieldRequired(field="议题或申请编号")
        if len(title) > 200:
            raise FieldTooLong(field="议题", limit=200)
        with unit_of_work(self._factory, "议程") as s:
            m = self._editable(s, meeting_id)
            project_id = None
            if application_no:
                project_id = s.scalar(select(Project.id).where(Project.application_no == application_no,
                                                               Project.team_id == m.team_id))
                if project_id is None:
                    raise ProjectNotInTeam(application_no=application_no)
                if any(i.project_id == project_id for i in m.items):
                    raise AlreadyOnAgenda(application_no=application_no)
            last = s.scalar(select(func.max(AgendaItem.sort_order)).where(AgendaItem.meeting_id == m.id)) or 0
            item = AgendaItem(meeting_id=m.id, project_id=project_id, reason=ReasonKind.MANUAL.value,
                              title=title or f"增补议题：{application_no}", sort_order=last + 1, included=True)
            s.add(item)
            s.flush()
            audit.record(s, self._principal, "agenda_add", "agenda_item", item.id, meeting=m.id, title=item.title,
                         project=project_id)
            return item.id

    def remove_item(self, item_id: int) -> None:
        """Only items added by hand can be removed; automatic ones are excluded instead (so a refresh keeps
        them off rather than bringing them back)."""
        require(self._principal, Permission.PREPARE_MEETINGS)
        with unit_of_work(self._factory, "议程") as s:
            item = self._item(s, item_id, editable=True)
            if item.reason != ReasonKind.MANUAL.value:
                raise AutomaticItem(title=item.title)
            audit.record(s, self._principal, "agenda_remove", "agenda_item", item.id, meeting=item.meeting_id,
                         title=item.title)
            s.delete(item)

    # -- attendees ----------------------------------------------------------------------------------------------------
    def add_attendee(self, meeting_id: int, name: str, organisation: str = "", role: str = "",
                     is_customer: bool = False, invited: bool = True) -> int:
        require(self._principal, Permission.PREPARE_MEETINGS)
        name, organisation, role = name.strip(), organisation.strip(), role.strip()
        if not name:
            raise FieldRequired(field="参会人姓名")
        for value, limit, label in ((name, 50, "参会人姓名"), (organisation, 100, "单位"), (role, 50, "岗位")):
            if len(value) > limit:
                raise FieldTooLong(field=label, limit=limit)
        with unit_of_work(self._factory, WHAT) as s:
            m = self._meeting(s, meeting_id)
            a = MeetingAttendee(meeting_id=m.id, name=name, organisation=organisation, role=role,
                                is_customer=is_customer, invited=invited)
            s.add(a)
            s.flush()
            audit.record(s, self._principal, "attendee_add", "meeting", m.id, customer=is_customer,
                         organisation=organisation)
            return a.id

    def remove_attendee(self, attendee_id: int) -> None:
        require(self._principal, Permission.PREPARE_MEETINGS)
        with unit_of_work(self._factory, WHAT) as s:
            a = s.get(MeetingAttendee, attendee_id)
            if a is None:
                raise NotFound(what="参会人", key=str(attendee_id))
            self._meeting(s, a.meeting_id)
            audit.record(s, self._principal, "attendee_remove", "meeting", a.meeting_id, customer=a.is_customer)
            s.delete(a)

    # -- decisions ----------------------------------------------------------------------------------------------------
    def record_decision(self, item_id: int, decision: str, confirmed_date: _dt.date | None, version: int) -> list[int]:
        """Save an item's decision and confirmed date; for a project item the confirmed date becomes the
        project's confirmed power-on plan and the decision a project note. Returns the changed project ids.

        Clearing the confirmed date leaves the project as it is: un-confirming a plan is the project's business.
        """
        require(self._principal, Permission.PREPARE_MEETINGS)
        decision = decision.strip()
        changed: list[int] = []
        with unit_of_work(self._factory, "议程") as s:
            item = self._item(s, item_id, editable=False)
            check_version(version, item.version, "议程")
            m = s.get(Meeting, item.meeting_id)
            assert m is not None
            old_decision = item.decision or ""
            _set(item, decision=decision, confirmed_date=confirmed_date)
            project = s.get(Project, item.project_id) if item.project_id is not None else None
            if project is not None and confirmed_date is not None and (
                    project.power_on_plan_date != confirmed_date or not project.power_on_plan_confirmed):
                audit.record(s, self._principal, "power_on_plan_confirm", "project", project.id, meeting=m.week,
                             old=project.power_on_plan_date.isoformat() if project.power_on_plan_date else None,
                             new=confirmed_date.isoformat())
                project.power_on_plan_date, project.power_on_plan_confirmed = confirmed_date, True
                changed.append(project.id)
            if project is not None and decision and decision != old_decision:
                s.add(ProjectNote(project_id=project.id, user_id=self._principal.user_id,
                                  text=f"客户服务日商会（{m.week}）决议：{decision}"))
                if project.id not in changed:
                    changed.append(project.id)
            audit.record(s, self._principal, "meeting_decision", "agenda_item", item.id, meeting=m.id,
                         project=item.project_id, decision=decision,
                         confirmed=confirmed_date.isoformat() if confirmed_date else None)
        return changed

    # -- export -------------------------------------------------------------------------------------------------------
    def log_export(self, meeting_id: int, target: str, pages: int, projects: int) -> None:
        """Record that the pack left the system (file name, pages, project count; the log holds no personal data)."""
        require(self._principal, Permission.PREPARE_MEETINGS)
        with unit_of_work(self._factory, WHAT) as s:
            m = self._meeting(s, meeting_id)
            audit.record(s, self._principal, "export", "meeting", m.id, kind="service_day_pack", week=m.week,
                         target=target, pages=pages, projects=projects)

    # -- helpers ------------------------------------------------------------------------------------------------------
    def _meeting(self, s: Session, meeting_id: int) -> Meeting:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(what=WHAT, key=str(meeting_id))
        require_team(self._principal, m.team_id)
        return m

    def _editable(self, s: Session, meeting_id: int) -> Meeting:
        m = self._meeting(s, meeting_id)
        if m.status == MeetingStatus.HELD:
            raise MeetingHeld(week=m.week)
        return m

    def _item(self, s: Session, item_id: int, editable: bool) -> AgendaItem:
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise NotFound(what="议程", key=str(item_id))
        if editable:
            self._editable(s, item.meeting_id)
        else:
            self._meeting(s, item.meeting_id)
        return item


def _agenda_projects(s: Session, m: Meeting, today: _dt.date) -> dict[int, ClockedProject]:
    ids = [i.project_id for i in m.items if i.project_id is not None]
    return {p.snapshot.id: p for p in load_clocked_projects(s, m.team_id, today, ids, live=False)}


def _save_order(s: Session, item_ids: Sequence[int]) -> None:
    """Positions are written without bumping the items' versions: moving an item must not make another desk's
    pending decision on it fail as "changed by someone else". Order conflicts are caught by :meth:`reorder`'s
    check that the list names exactly the items on the agenda."""
    table = AgendaItem.__table__
    stmt = update(table).where(table.c.id == bindparam("b_id")).values(sort_order=bindparam("b_order"))
    if item_ids:
        s.execute(stmt, [{"b_id": i, "b_order": n} for n, i in enumerate(item_ids, 1)])


def _touched(item: AgendaItem) -> bool:
    return (item.reason == ReasonKind.MANUAL.value or not item.included or bool(item.decision)
            or item.confirmed_date is not None)


def _set(obj: object, **values: object) -> None:
    """Assign only what changed, so an unchanged row keeps its version and never trips another desk's edit."""
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
