"""The meeting service on the demo centre: assembly, permissions, edits, decisions flowing back, the pack's data.

Runs on SQLite and, with ``SUNSHINE_TEST_BACKEND=postgres``, on PostgreSQL.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from sqlalchemy import select

from console.core.errors import PermissionDenied, StaleEdit, ValidationFailed
from console.core.models import AgendaItem, AuditEntry, Centre, Project, ProjectFlag, ProjectNote, Team, UserAccount
from console.core.models.enums import ProjectFlagKind, ProjectStatus, Role
from console.core.rules.agenda import AgendaWindow, ReasonKind, assemble_agenda
from console.core.rules.iso_week import IsoWeek
from console.core.services.meeting_data import (
    AlreadyOnAgenda,
    AutomaticItem,
    MeetingHeld,
    ProjectNotInTeam,
    UnknownTeam,
)
from console.core.services.meetings import MeetingService
from console.core.services.project_snapshots import load_clocked_projects
from tests.conftest import principal_for

W48 = IsoWeek(2026, 48)


def service(db, username: str = "facilitator") -> MeetingService:  # type: ignore[no-untyped-def]
    return MeetingService(db.session_factory, principal_for(db, username))


def east_id(db) -> int:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return s.scalar(select(Team.id).where(Team.code == "T01"))


def audit_actions(db, entity: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        q = select(AuditEntry.action).order_by(AuditEntry.id)
        if entity:
            q = q.where(AuditEntry.entity == entity)
        return list(s.scalars(q))


# -- opening ----------------------------------------------------------------------------------------------------------
def test_opening_a_week_assembles_the_agenda_from_the_rules_once(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    view = svc.open(None, W48, demo_today)  # a facilitator is scoped to their own team
    assert view.created and view.meeting.team_id == east_id(demo_db)
    assert (view.meeting.week, view.meeting.held_on) == ("2026-W48", dt.date(2026, 11, 26))
    with demo_db.session_factory() as s:
        expected = assemble_agenda(load_clocked_projects(s, view.meeting.team_id, demo_today),
                                   AgendaWindow(demo_today, view.meeting.held_on))
    assert len(expected) >= 10
    assert [r.project_id for r in view.agenda] == [c.project_id for c in expected]
    assert [r.reasons for r in view.agenda] == [c.reasons for c in expected]
    assert all(r.included and r.presenter for r in view.agenda)
    # The presenting customer managers are expected, once each.
    presenters = {r.presenter for r in view.agenda}
    assert {a.name for a in view.attendees} == presenters and len(view.attendees) == len(presenters)
    again = svc.open(view.meeting.team_id, W48, demo_today)
    assert not again.created and again.meeting.id == view.meeting.id and again.agenda == view.agenda
    assert audit_actions(demo_db, "meeting").count("meeting_create") == 1


def test_personal_names_are_masked_on_the_agenda(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    view = service(demo_db).open(None, W48, demo_today)
    masked = [r.customer_name for r in view.agenda if "*" in r.customer_name]
    assert masked, "the demo east team has residential customers on the agenda"
    assert all(re.fullmatch(r".\*+", n) for n in masked)


def test_only_meeting_roles_of_the_team_may_prepare(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        service(demo_db, "manager.east").open(None, W48, demo_today)
    with pytest.raises(PermissionDenied):
        service(demo_db, "lead.west").open(east_id(demo_db), W48, demo_today)
    east = service(demo_db).open(None, W48, demo_today)
    with pytest.raises(PermissionDenied):
        service(demo_db, "lead.west").view(east.meeting.id, demo_today)
    with pytest.raises(PermissionDenied):
        service(demo_db, "lead.west").record_decision(east.agenda[0].item_id, "x", None, east.agenda[0].version)
    assert service(demo_db, "admin").view(east.meeting.id, demo_today).meeting.id == east.meeting.id
    with pytest.raises(ValidationFailed):
        service(demo_db, "admin").open(None, W48, demo_today)  # admin sees every team: must pick one


def test_teams_are_found_by_code_or_name_and_an_unknown_one_lists_the_choices(demo_db) -> None:  # type: ignore[no-untyped-def]
    admin = service(demo_db, "admin")
    assert admin.find_team("t02").name == "城西服务团队" and admin.find_team("城东服务团队").code == "T01"
    with pytest.raises(UnknownTeam) as err:
        admin.find_team("T99")
    assert "T99" in err.value.message and "T01 城东服务团队" in err.value.message
    with pytest.raises(UnknownTeam):
        service(demo_db).find_team("T02")  # the east facilitator does not see the west team


# -- agenda edits -----------------------------------------------------------------------------------------------------
def test_order_and_inclusion_are_saved(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    view = svc.open(None, W48, demo_today)
    ids = [r.item_id for r in view.agenda]
    new_order = [ids[2], ids[0], ids[1], *ids[3:]]
    svc.reorder(view.meeting.id, new_order)
    first = view.agenda[2]
    svc.set_included(first.item_id, False, first.version)
    after = svc.view(view.meeting.id, demo_today)
    assert [r.item_id for r in after.agenda] == new_order
    assert not after.agenda[0].included and len(after.included) == len(ids) - 1
    with pytest.raises(StaleEdit):
        svc.set_included(first.item_id, True, first.version)  # loaded before the change above
    with pytest.raises(StaleEdit):
        svc.reorder(view.meeting.id, ids[1:])  # someone's list that misses an item


def test_manual_items_can_be_added_and_removed_automatic_ones_only_excluded(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    view = svc.open(None, W48, demo_today)
    topic = svc.add_item(view.meeting.id, "上周决议落实情况通报")
    with demo_db.session_factory() as s:
        other_team = s.scalar(select(Project.application_no).where(Project.team_id != view.meeting.team_id))
        quiet = s.scalar(select(Project.application_no).where(
            Project.team_id == view.meeting.team_id, Project.status == ProjectStatus.POWERED_ON))
    project_item = svc.add_item(view.meeting.id, "", quiet)
    after = svc.view(view.meeting.id, demo_today)
    assert [r.item_id for r in after.agenda[-2:]] == [topic, project_item]
    assert after.agenda[-1].application_no == quiet and after.agenda[-1].manual
    with pytest.raises(ProjectNotInTeam):
        svc.add_item(view.meeting.id, "", other_team)
    with pytest.raises(AlreadyOnAgenda):
        svc.add_item(view.meeting.id, "", view.agenda[0].application_no)
    with pytest.raises(ValidationFailed):
        svc.add_item(view.meeting.id, "   ")
    with pytest.raises(AutomaticItem):
        svc.remove_item(view.agenda[0].item_id)
    svc.remove_item(topic)
    assert topic not in [r.item_id for r in svc.view(view.meeting.id, demo_today).agenda]


def test_refresh_keeps_hand_edits_adds_newcomers_and_drops_leavers(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    view = svc.open(None, W48, demo_today)
    keep_excluded, leaver, decided = view.agenda[0], view.agenda[1], view.agenda[2]
    svc.set_included(keep_excluded.item_id, False, keep_excluded.version)
    svc.record_decision(decided.item_id, "督促客户本周补齐资料", None, decided.version)
    with demo_db.session_factory.begin() as s:
        s.get(Project, leaver.project_id).status = ProjectStatus.POWERED_ON
        s.get(Project, decided.project_id).status = ProjectStatus.POWERED_ON
        newcomer = s.scalar(select(Project).where(Project.team_id == view.meeting.team_id,
                                                  Project.status == ProjectStatus.POWERED_ON,
                                                  Project.id.not_in([leaver.project_id, decided.project_id])))
        newcomer.status = ProjectStatus.IN_PROGRESS
        s.add(ProjectFlag(project_id=newcomer.id, flag=ProjectFlagKind.OPINION_RISK, set_on=demo_today))
    result = svc.refresh_agenda(view.meeting.id, demo_today)
    ids = [r.item_id for r in result.view.agenda]
    assert (result.added, result.dropped) == (1, 1)
    assert leaver.item_id not in ids and decided.item_id in ids
    assert ids[0] == keep_excluded.item_id and not result.view.agenda[0].included
    assert result.view.agenda[-1].project_id == newcomer.id
    assert ReasonKind.OPINION_RISK in [r.kind for r in result.view.agenda[-1].reasons]
    assert [r.position for r in result.view.agenda] == list(range(1, len(ids) + 1))


# -- decisions --------------------------------------------------------------------------------------------------------
def test_a_confirmed_date_becomes_the_projects_confirmed_power_on_plan(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    view = svc.open(None, W48, demo_today)
    row = next(r for r in view.agenda if r.reason is ReasonKind.POWER_ON_PLAN)
    new_date = row.power_on_plan_date + dt.timedelta(days=3)
    changed = svc.record_decision(row.item_id, "同意送电，提前 7 天发布停电公告", new_date, row.version)
    assert changed == [row.project_id]
    with demo_db.session_factory() as s:
        p = s.get(Project, row.project_id)
        assert (p.power_on_plan_date, p.power_on_plan_confirmed) == (new_date, True)
        notes = list(s.scalars(select(ProjectNote.text).where(ProjectNote.project_id == p.id)))
        assert notes == ["客户服务日商会（2026-W48）决议：同意送电，提前 7 天发布停电公告"]
        logged = s.scalars(select(AuditEntry).where(AuditEntry.entity == "project",
                                                    AuditEntry.entity_id == p.id)).all()
        assert [(e.action, e.detail["new"]) for e in logged] == [("power_on_plan_confirm", new_date.isoformat())]
    after = next(r for r in svc.view(view.meeting.id, demo_today).agenda if r.item_id == row.item_id)
    assert (after.decision, after.confirmed_date, after.power_on_plan_confirmed) == (
        "同意送电，提前 7 天发布停电公告", new_date, True)
    assert ReasonKind.POWER_ON_PLAN not in [r.kind for r in after.reasons]
    # Saving the same again changes no project and writes no second note.
    assert svc.record_decision(row.item_id, after.decision, new_date, after.version) == []
    with pytest.raises(StaleEdit):
        svc.record_decision(row.item_id, "旧页面的修改", None, row.version)


def test_a_held_meeting_freezes_the_agenda_but_takes_decisions_and_attendance(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    view = svc.open(None, W48, demo_today)
    svc.mark_held(view.meeting.id, view.meeting.version)
    held = svc.view(view.meeting.id, demo_today)
    assert held.meeting.held
    row = held.agenda[0]
    with pytest.raises(MeetingHeld):
        svc.set_included(row.item_id, False, row.version)
    with pytest.raises(MeetingHeld):
        svc.add_item(view.meeting.id, "临时议题")
    with pytest.raises(MeetingHeld):
        svc.refresh_agenda(view.meeting.id, demo_today)
    svc.record_decision(row.item_id, "会后补录决议", None, row.version)
    svc.add_attendee(view.meeting.id, "迟到的同事", "运维检修部", "配电运检专责")
    assert len(svc.view(view.meeting.id, demo_today).attendees) == len(view.attendees) + 1


def test_meeting_date_must_stay_in_its_week(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    view = svc.open(None, W48, demo_today)
    svc.update_details(view.meeting.id, dt.date(2026, 11, 27), "城东供电服务中心三楼会议室", view.meeting.version)
    info = svc.view(view.meeting.id, demo_today).meeting
    assert (info.held_on, info.place) == (dt.date(2026, 11, 27), "城东供电服务中心三楼会议室")
    with pytest.raises(ValidationFailed):
        svc.update_details(view.meeting.id, dt.date(2026, 12, 3), "", info.version)
    with pytest.raises(StaleEdit):
        svc.update_details(view.meeting.id, dt.date(2026, 11, 26), "", view.meeting.version)


# -- attendees and the pack -------------------------------------------------------------------------------------------
def test_customer_representatives_are_masked_unless_the_viewer_may_see_them(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    view = svc.open(None, W48, demo_today)
    svc.add_attendee(view.meeting.id, "徐建国", "天堂纺织", "客户代表", is_customer=True)
    with pytest.raises(ValidationFailed):
        svc.add_attendee(view.meeting.id, " ")
    names = lambda v: {a.name for a in v.attendees if a.is_customer}  # noqa: E731
    assert names(svc.view(view.meeting.id, demo_today)) == {"徐**"}  # the facilitator may not unmask
    assert names(service(demo_db, "lead.east").view(view.meeting.id, demo_today)) == {"徐建国"}
    pack = service(demo_db, "lead.east").pack(view.meeting.id, demo_today)
    assert "徐**" in {a.name for a in pack.attendees_expected}
    assert "徐建国" not in repr(pack)


def test_the_pack_holds_the_included_items_in_order_with_nothing_unmasked(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db, "lead.east")
    view = svc.open(None, W48, demo_today)
    dropped = view.agenda[1]
    svc.set_included(dropped.item_id, False, dropped.version)
    svc.add_item(view.meeting.id, "上周决议落实情况通报")
    pack = svc.pack(view.meeting.id, demo_today, dt.datetime(2026, 11, 25, 16, 30))
    included = [r for r in view.agenda if r.item_id != dropped.item_id]
    assert [p.application_no for p in pack.projects] == [r.application_no for r in included]
    assert [e.seq for e in pack.agenda] == list(range(1, len(included) + 2))
    assert pack.agenda[-1].topic == "上周决议落实情况通报" and pack.agenda[-1].application_no == ""
    assert (pack.team_name, pack.week_label, pack.meeting_date) == ("城东服务团队", "2026-W48", dt.date(2026, 11, 26))
    plans = [r for r in included if r.power_on_plan_date and not r.power_on_plan_confirmed]
    assert sorted(pl.application_no for pl in pack.power_on_plans) == sorted(r.application_no for r in plans)
    assert all("****" in pl.contact_phone_masked for pl in pack.power_on_plans)
    with demo_db.session_factory() as s:
        from console.core.models import Customer

        raw = {c for c in s.scalars(select(Customer.name).join(Project, Project.customer_id == Customer.id)
                                    .where(Project.id.in_([r.project_id for r in included])))}
        personal = set(s.scalars(select(Customer.phone))) | set(s.scalars(select(Customer.id_number)))
    printed = {p.customer_name for p in pack.projects}
    assert printed - raw, "some names are masked"
    text = repr(dataclasses.asdict(pack))
    assert not any(v and v in text for v in personal)
    for p in pack.projects:
        text = text.replace(p.application_no, "")
    assert not re.search(r"\d{7}", text), "no phone-like run of digits besides application numbers"


def test_an_empty_week_gives_an_empty_pack_and_the_export_is_logged(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory.begin() as s:
        centre_id = s.scalar(select(Centre.id))
        quiet = Team(centre_id=centre_id, code="T09", name="新建服务团队")
        s.add(quiet)
        s.flush()
        team_id = quiet.id
    svc = service(demo_db, "admin")
    view = svc.open(team_id, W48, demo_today)
    assert view.agenda == () and view.attendees == ()
    pack = svc.pack(view.meeting.id, demo_today)
    assert (pack.projects, pack.agenda, pack.power_on_plans) == ([], [], [])
    svc.log_export(view.meeting.id, "pack.pdf", 3, 0)
    with demo_db.session_factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
        user = s.scalar(select(UserAccount).where(UserAccount.role == Role.ADMIN))
    assert (entry.entity, entry.entity_id, entry.user_id) == ("meeting", view.meeting.id, user.id)
    assert entry.detail == {"kind": "service_day_pack", "week": "2026-W48", "target": "pack.pdf", "pages": 3,
                            "projects": 0}


def test_items_are_stored_with_their_primary_reason_and_title(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    view = service(demo_db).open(None, W48, demo_today)
    with demo_db.session_factory() as s:
        stored = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == view.meeting.id)
                           .order_by(AgendaItem.sort_order)).all()
    assert [(i.reason, i.title) for i in stored] == [(r.reasons[0].kind.value, r.topic()) for r in view.agenda]


def test_a_reprinted_pack_carries_the_recorded_decisions(demo_db, demo_today, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from reports.service_day import build_service_day_pack

    svc = service(demo_db)
    view = svc.open(None, W48, demo_today)
    row = next(r for r in view.agenda if r.reason is ReasonKind.POWER_ON_PLAN)
    confirmed = row.power_on_plan_date + dt.timedelta(days=2)
    svc.record_decision(row.item_id, "同意按期送电，客户补齐竣工资料", confirmed, row.version)
    pack = svc.pack(view.meeting.id, demo_today)
    assert [(d.application_no, d.decision, d.due_on) for d in pack.decisions] == [
        (row.application_no, "同意按期送电，客户补齐竣工资料", confirmed)]
    out = tmp_path / "pack.pdf"
    build_service_day_pack(pack, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    decisions_page = text[text.index("会议决议事项"):]
    assert "同意按期送电" in decisions_page and confirmed.isoformat() in decisions_page
