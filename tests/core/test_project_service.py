"""ProjectService on the demo centre: the board and its clocks, scope and masking, detail, reschedule with
optimistic locking and undo, notes and escalations. Runs on SQLite and, with SUNSHINE_TEST_BACKEND=postgres, on
PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from console.core.errors import NotFound, PermissionDenied, StaleEdit, ValidationFailed
from console.core.models import AuditEntry, Project, ProjectNode
from console.core.models.enums import ProjectStatus
from console.core.rules.clocks import NodeActual, compute_clock
from console.core.rules.time_limits import Node, ProjectClass
from console.core.rules.workday_calendar import PausedSpan
from console.core.services.clock_inputs import load_clock_inputs
from console.core.services.project_board import BoardStatus
from console.core.services.project_edits import ProjectClosed
from console.core.services.projects import ProjectService
from tests.conftest import principal_for
from tests.support.projects import add_project

D = dt.date


def _service(db, username: str = "lead.east") -> ProjectService:  # type: ignore[no-untyped-def]
    return ProjectService(db.session_factory, principal_for(db, username))


def test_board_holds_the_teams_live_projects_only(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    lead = principal_for(demo_db, "lead.east")
    board = _service(demo_db).board(demo_today)
    with demo_db.session_factory() as s:
        expected = set(s.scalars(select(Project.id).where(Project.team_id == lead.team_id,
                                                          Project.status == ProjectStatus.IN_PROGRESS)))
    assert {p.id for p in board.projects} == expected
    assert all(p.team_id == lead.team_id and p.project_status == "in_progress" for p in board.projects)
    assert {p.status for p in board.projects} <= set(BoardStatus)
    assert not [p for p in board.projects if p.clock_problem]
    assert all(p.total is not None for p in board.projects)


def test_board_clocks_equal_the_per_project_clocks(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    """The bulk numpy path and compute_clock give the same due dates, counts and statuses."""
    board = _service(demo_db, "admin").board(demo_today)
    with demo_db.session_factory() as s:
        inputs = load_clock_inputs(s)
    assert len(board.projects) > 50
    for p in board.projects:
        actuals = {Node(n.node): NodeActual(n.actual_start, n.actual_end) for n in p.nodes
                   if n.node in {x.value for x in Node}}
        paused = [PausedSpan(x.start, x.end, x.reason) for x in p.pauses]
        clock = compute_clock(ProjectClass(p.project_class), p.accepted_on, today=demo_today, calendar=inputs.calendar,
                              table=inputs.table_for(None, p.accepted_on), actuals=actuals, paused=paused)
        assert p.total is not None
        assert (p.total.due_on, p.total.used_workdays, p.total.status) == (
            clock.total.due_on, clock.total.used_workdays, clock.total.status.value), p.application_no
        for c in clock.nodes:
            line = p.node(c.node.value)
            assert line is not None
            assert (line.due_on, line.used_workdays, line.left_workdays, line.status, line.projected) == (
                c.due_on, c.used_workdays, c.left_workdays, c.status.value, c.projected), (p.application_no, c.node)


def test_spring_festival_and_a_pause_worked_by_hand(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    """HV single accepted Fri 13 Feb 2026. Working days after it: Sat 14 Feb (调休) = 1; 15–23 Feb off; 24–27 Feb
    = 2–5; Sat 28 Feb (调休) = 6; 2–6 Mar = 7–11; 9–12 Mar = 12–15 → supply plan due Thu 12 Mar. The customer
    held the documents 24–26 Feb (3 working days) → 17 Mar. Committed total 22: 16–20 Mar = 17–21, 23 Mar = 22,
    plus the 3 paused days → Thu 26 Mar."""
    team = principal_for(demo_db, "lead.east").team_id
    pid = add_project(demo_db, team, "hv-single", D(2026, 2, 13),
                      [("acceptance", D(2026, 2, 13), D(2026, 2, 13), D(2026, 2, 13), D(2026, 2, 13)),
                       ("supply_plan", D(2026, 2, 13), D(2026, 3, 12), D(2026, 2, 13), None)],
                      [(D(2026, 2, 24), D(2026, 2, 26), "documents")])
    p = next(x for x in _service(demo_db).board(D(2026, 3, 2)).projects if x.id == pid)
    supply = p.node("supply_plan")
    assert supply is not None and supply.due_on == D(2026, 3, 17)
    # used on 2 Mar: 14 Feb, 27 Feb, 28 Feb, 2 Mar = 4 (24–26 Feb paused); 11 left
    assert (supply.used_workdays, supply.left_workdays, supply.status) == (4, 11, "on_time")
    assert p.total is not None and p.total.due_on == D(2026, 3, 26)
    assert p.status is BoardStatus.ON_TIME and p.current_node == "supply_plan"


def test_national_day_worked_by_hand(demo_db) -> None:  # type: ignore[no-untyped-def]
    """Residential accepted Wed 30 Sep 2026, total 5: 1–7 Oct off; Thu 8, Fri 9, Sat 10 (调休), Mon 12, Tue 13."""
    team = principal_for(demo_db, "lead.east").team_id
    pid = add_project(demo_db, team, "residential", D(2026, 9, 30),
                      [("acceptance", D(2026, 9, 30), D(2026, 9, 30), D(2026, 9, 30), D(2026, 9, 30)),
                       ("connection", D(2026, 10, 8), D(2026, 10, 13), D(2026, 10, 8), None)])
    board = _service(demo_db).board(D(2026, 10, 12))
    p = next(x for x in board.projects if x.id == pid)
    assert p.total is not None
    assert (p.total.due_on, p.total.used_workdays, p.total.left_workdays) == (D(2026, 10, 13), 4, 1)
    assert p.total.status == "at_risk" and p.status is BoardStatus.AT_RISK


def test_a_year_the_calendar_does_not_know_warns_and_an_override_covers_it(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    """HV dual accepted Mon 21 Dec 2026, supply plan 30: 2027 is not in chinesecalendar 1.11, so weekends only:
    22–25 Dec = 1–4, 28–31 Dec = 5–8, Fri 1 Jan = 9, then five a week → Mon 1 Feb 2027. Once the admin enters
    1 Jan 2027 as a holiday the year counts as known (no warning) and the due date moves to 2 Feb."""
    from console.core.services.rule_admin import RuleAdminService

    team = principal_for(demo_db, "lead.east").team_id
    pid = add_project(demo_db, team, "hv-dual", D(2026, 12, 21),
                      [("supply_plan", D(2026, 12, 21), D(2027, 2, 1), D(2026, 12, 21), None)])
    board = _service(demo_db).board(D(2026, 12, 22))
    assert board.fallback_years == (2027,)
    assert "2027" in board.coverage_message("en") and "2027" in board.coverage_message("zh")
    assert next(x for x in board.projects if x.id == pid).node("supply_plan").due_on == D(2027, 2, 1)  # type: ignore[union-attr]
    RuleAdminService(demo_db.session_factory, principal_for(demo_db, "admin")).set_override(D(2027, 1, 1), False, "元旦")
    board = _service(demo_db).board(D(2026, 12, 22))
    assert board.fallback_years == ()
    assert next(x for x in board.projects if x.id == pid).node("supply_plan").due_on == D(2027, 2, 2)  # type: ignore[union-attr]
    assert D(2027, 1, 1) in board.non_working_days and D(2027, 1, 2) in board.non_working_days


def test_scope_and_permissions(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    east = _service(demo_db, "lead.east").board(demo_today)
    west = _service(demo_db, "lead.west").board(demo_today)
    assert east.projects and west.projects and not {p.id for p in east.projects} & {p.id for p in west.projects}
    with pytest.raises(PermissionDenied):
        _service(demo_db, "lead.west").detail(east.projects[0].id, demo_today)
    with pytest.raises(PermissionDenied):
        _service(demo_db, "lead.east").board(demo_today, team_id=west.projects[0].team_id)
    with pytest.raises(PermissionDenied):
        _service(demo_db, "hall").board(demo_today)
    everyone = _service(demo_db, "admin").board(demo_today)
    assert len(everyone.projects) > len(east.projects)
    node = next(n for n in east.projects[0].nodes if n.planned_start)
    with pytest.raises(PermissionDenied):
        _service(demo_db, "facilitator").reschedule(east.projects[0].id, node.node, node.planned_start,
                                                   node.planned_end, node.version)
    with pytest.raises(NotFound):
        _service(demo_db).detail(10**9, demo_today)


def test_person_names_are_masked_for_roles_without_personal_data(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    team = principal_for(demo_db, "lead.east").team_id
    pid = add_project(demo_db, team, "residential", D(2026, 11, 20), customer_name="欧阳明月",
                      title="欧阳明月居民新装")
    lead = next(p for p in _service(demo_db, "lead.east").board(demo_today).projects if p.id == pid)
    facilitator = next(p for p in _service(demo_db, "facilitator").board(demo_today).projects if p.id == pid)
    assert (lead.customer_name, lead.title) == ("欧阳明月", "欧阳明月居民新装")
    assert (facilitator.customer_name, facilitator.title) == ("欧***", "欧***居民新装")
    detail = _service(demo_db, "facilitator").detail(pid, demo_today)
    assert "****" in detail.customer_phone or not detail.customer_phone


def test_detail_has_steps_plans_documents_publications_and_history(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    service = _service(demo_db)
    board = service.board(demo_today)
    hv = next(p for p in board.projects if p.project_class == "hv-single" and p.current_node == "connection")
    d = service.detail(hv.id, demo_today)
    assert d.project == hv  # the detail's clocks are the board's
    assert [s.step for s in d.steps] == ["accepted", "supply_plan", "works", "connection"]
    assert [s.state.value for s in d.steps] == ["done", "done", "done", "current"]
    assert d.steps[3].due_on == hv.node("connection").due_on  # type: ignore[union-attr]
    assert d.supply_plan is not None and d.supply_plan.source_point
    assert {x.kind for x in d.publications} >= {"plan_choice", "progress"}
    assert {doc.stage for doc in d.documents} == {"application", "design", "completion"}
    assert all(doc.owed_now == doc.missing for doc in d.documents)  # every stage reached at 装表接电
    assert d.history == ()


def test_reschedule_saves_audits_and_undoes_with_the_new_version(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    service = _service(demo_db)
    p = service.board(demo_today).projects[0]
    node = next(n for n in p.nodes if n.node == "supply_plan")
    assert node.planned_start and node.planned_end
    moved = service.reschedule(p.id, "supply_plan", node.planned_start + dt.timedelta(days=3),
                               node.planned_end + dt.timedelta(days=3), node.version)
    assert moved.version == node.version + 1
    assert (moved.old_start, moved.old_end) == (node.planned_start, node.planned_end)
    after = service.board(demo_today)
    line = next(x for x in after.projects if x.id == p.id).node("supply_plan")
    assert line is not None and (line.planned_start, line.version) == (moved.new_start, moved.version)
    history = service.detail(p.id, demo_today).history
    assert history[0].action == "reschedule" and history[0].username == "lead.east"
    assert history[0].detail["node"] == "supply_plan"
    assert history[0].detail["after"][0] == moved.new_start.isoformat()
    # The edit made on the old copy is refused and writes nothing.
    with pytest.raises(StaleEdit):
        service.reschedule(p.id, "supply_plan", node.planned_start, node.planned_end, node.version)
    undone = service.reschedule(p.id, "supply_plan", node.planned_start, node.planned_end, moved.version)
    assert undone.version == moved.version + 1
    with demo_db.session_factory() as s:
        row = s.scalar(select(ProjectNode).where(ProjectNode.id == node.node_id))
        assert (row.planned_start, row.planned_end) == (node.planned_start, node.planned_end)
        audits = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "project", AuditEntry.entity_id == p.id, AuditEntry.action == "reschedule"))
        assert audits == 2


def test_reschedule_refuses_bad_requests(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    service = _service(demo_db)
    p = service.board(demo_today).projects[0]
    node = next(n for n in p.nodes if n.node == "supply_plan")
    with pytest.raises(ValidationFailed):
        service.reschedule(p.id, "supply_plan", D(2026, 12, 10), D(2026, 12, 1), node.version)
    with pytest.raises(NotFound):
        service.reschedule(p.id, "no_such_node", D(2026, 12, 1), D(2026, 12, 10), 1)
    team = principal_for(demo_db, "lead.east").team_id
    done = add_project(demo_db, team, "residential", D(2026, 1, 5),
                       [("connection", D(2026, 1, 6), D(2026, 1, 9), D(2026, 1, 6), D(2026, 1, 8))],
                       status="powered_on")
    with pytest.raises(ProjectClosed):
        service.reschedule(done, "connection", D(2026, 1, 7), D(2026, 1, 10), 1)


def test_notes_and_escalations(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    service = _service(demo_db)
    pid = service.board(demo_today).projects[0].id
    note = service.add_note(pid, "  客户来电询问送电时间，已答复 13812345678  ")
    assert note.text.startswith("客户来电") and note.author == "城东团队负责人"
    with pytest.raises(ValidationFailed):
        service.add_note(pid, "   ")
    esc = service.add_escalation(pid, "中心", "外线路径需规划部门批准", demo_today)
    with pytest.raises(ValidationFailed):
        service.add_escalation(pid, "省里", "x", demo_today)
    resolved = service.resolve_escalation(esc.id, "由中心协调规划部门，两周内答复", demo_today, esc.version)
    assert resolved.resolved_on == demo_today and resolved.version == esc.version + 1
    with pytest.raises(StaleEdit):
        service.resolve_escalation(esc.id, "重复决策", demo_today, esc.version)
    d = service.detail(pid, demo_today)
    assert d.notes[0].text == note.text and d.notes[0].author == "城东团队负责人"
    assert d.escalations[-1].decision.startswith("由中心协调")
    actions = [h.action for h in d.history]
    assert actions[:3] == ["escalation_resolve", "escalation_add", "note_add"]
    assert "13812345678" not in str(d.history[-1].detail)  # the audit log masks phone numbers
    with pytest.raises(PermissionDenied):
        _service(demo_db, "facilitator").add_note(pid, "无权")
