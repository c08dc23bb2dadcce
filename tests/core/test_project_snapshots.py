"""Loading live projects as masked snapshots with clocks, and the stored rule tables they are timed by."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from console.core.models import Project, ProjectNode, Team
from console.core.models.enums import ProjectStatus, Segment
from console.core.rules.clocks import compute_clock
from console.core.rules.time_limits import DEFAULT_TABLES, Node, ProjectClass
from console.core.services.clock_inputs import load_clock_inputs
from console.core.services.project_snapshots import (
    display_address,
    display_customer_name,
    is_person,
    load_clocked_projects,
)


def test_people_are_masked_and_organisations_are_not() -> None:
    assert is_person("张三", Segment.ORDINARY, "居民生活用电")
    assert is_person("张三便利店", Segment.ORDINARY, "一般工商业")  # named after its owner: masked to be safe
    assert is_person("李四（家用充电桩）", Segment.EV_CHARGING)
    assert not is_person("城北公交充电站", Segment.EV_CHARGING)
    assert not is_person("之江化工", Segment.KEY_ACCOUNT)
    assert not is_person("华东精密机械制造有限公司", Segment.ORDINARY, "大工业用电")
    assert display_customer_name("张三丰", True) == "张**" and display_customer_name("之江化工", False) == "之江化工"
    assert display_address("杭州市上城区望江小区3幢502室", True) == "杭州市上城区望江小区*幢***室"
    assert display_address("杭州市滨江区江南大道100号", False) == "杭州市滨江区江南大道100号"


def test_stored_tables_are_read_as_versions(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as s:
        inputs = load_clock_inputs(s)
    (table,) = inputs.versions
    hv = table.limits[ProjectClass.HV_SINGLE]
    assert hv.node_limits == DEFAULT_TABLES[0].limits[ProjectClass.HV_SINGLE].node_limits
    assert hv.committed_total_days == 22
    assert table.limits[ProjectClass.RESIDENTIAL].node_limits == () and table.limits[
        ProjectClass.RESIDENTIAL].committed_total_days == 5


def test_an_empty_database_falls_back_to_the_published_defaults(empty_db) -> None:  # type: ignore[no-untyped-def]
    with empty_db.session_factory() as s:
        assert load_clock_inputs(s).versions == DEFAULT_TABLES


def test_live_projects_load_with_the_clock_their_dates_give(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as s:
        team_id = s.scalar(select(Team.id).where(Team.code == "T01"))
        live = set(s.scalars(select(Project.id).where(Project.team_id == team_id,
                                                      Project.status == ProjectStatus.IN_PROGRESS)))
        projects = load_clocked_projects(s, team_id, demo_today)
        inputs = load_clock_inputs(s)
    assert {p.snapshot.id for p in projects} == live and all(p.clock is not None for p in projects)
    hv = next(p for p in projects if p.snapshot.project_class is ProjectClass.HV_SINGLE and p.snapshot.actuals())
    s_ = hv.snapshot
    expected = compute_clock(s_.project_class, s_.accepted_on, today=demo_today, calendar=inputs.calendar,
                             table=inputs.versions[0], actuals=s_.actuals(), paused=s_.paused_spans())
    assert hv.clock == expected
    assert Node.SUPPLY_PLAN in s_.actuals() and "acceptance" not in {n.value for n in s_.actuals()}


def test_contradictory_dates_give_no_clock_and_say_why(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory.begin() as s:
        node = s.scalars(select(ProjectNode).join(Project).where(
            Project.status == ProjectStatus.IN_PROGRESS, ProjectNode.node == "supply_plan",
            ProjectNode.actual_start.is_not(None))).first()
        node.actual_end = node.actual_start - dt.timedelta(days=3)
        project_id, team_id = node.project_id, node.project.team_id
    with demo_db.session_factory() as s:
        broken = next(p for p in load_clocked_projects(s, team_id, demo_today) if p.snapshot.id == project_id)
    assert broken.clock is None and "before acceptance" in broken.clock_problem
