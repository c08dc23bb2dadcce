"""Turning a stored meeting and today's project data into the plain view the desk and the pack read."""
from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

from sqlalchemy.orm import Session

from console.core.masking import mask_person_name
from console.core.models import Meeting, Team, UserAccount
from console.core.models.enums import MeetingStatus
from console.core.rules.agenda import AgendaWindow, ReasonKind, reasons_for
from console.core.rules.project_snapshot import ClockedProject
from console.core.services.meeting_data import AgendaRow, AttendeeInfo, MeetingInfo, MeetingView


def reason_kind(stored: str) -> ReasonKind:
    """The stored primary reason; an unknown slug (a newer version wrote it) reads as a manual item."""
    try:
        return ReasonKind(stored)
    except ValueError:
        return ReasonKind.MANUAL


def meeting_info(session: Session, m: Meeting) -> MeetingInfo:
    team = session.get(Team, m.team_id)
    facilitator = session.get(UserAccount, m.facilitator_id) if m.facilitator_id else None
    return MeetingInfo(m.id, m.team_id, team.name if team else str(m.team_id), m.week, m.held_on, m.place or "",
                       facilitator.display_name if facilitator else "", m.status == MeetingStatus.HELD, m.version)


def meeting_view(session: Session, m: Meeting, projects: Mapping[int, ClockedProject], today: _dt.date,
                 unmask: bool, created: bool = False) -> MeetingView:
    window = AgendaWindow(today, m.held_on)
    rows: list[AgendaRow] = []
    for position, item in enumerate(m.items, 1):
        p = projects.get(item.project_id) if item.project_id is not None else None
        s = p.snapshot if p else None
        rows.append(AgendaRow(
            item_id=item.id, position=position, project_id=item.project_id,
            application_no=s.application_no if s else "", customer_name=s.customer_name if s else "",
            presenter=s.manager_name if s else "", reason=reason_kind(item.reason),
            reasons=reasons_for(p, window) if p else (), title=item.title, included=bool(item.included),
            decision=item.decision or "", confirmed_date=item.confirmed_date,
            power_on_plan_date=s.power_on_plan_date if s else None,
            power_on_plan_confirmed=s.power_on_plan_confirmed if s else False,
            flags=tuple(sorted(s.flags)) if s else (), version=item.version,
        ))
    attendees = tuple(
        AttendeeInfo(a.id, a.name if (unmask or not a.is_customer) else mask_person_name(a.name), a.organisation or "",
                     a.role or "", bool(a.is_customer), bool(a.invited))
        for a in sorted(m.attendees, key=lambda a: (a.is_customer, a.id))
    )
    return MeetingView(meeting_info(session, m), tuple(rows), attendees, today, created)
