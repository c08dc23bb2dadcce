"""The admin's rule tables (time-limit versions by effective date, calendar overrides) and the monthly stock
screening with its XLSX export. SQLite and PostgreSQL (SUNSHINE_TEST_BACKEND=postgres)."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from console.core.errors import NotFound, PermissionDenied, StaleEdit
from console.core.models import AuditEntry, CentreSetting
from console.core.rules.time_limits import DEFAULT_TABLES, ClassLimits, Node, ProjectClass
from console.core.services.clock_inputs import load_clock_inputs
from console.core.services.projects import ProjectService
from console.core.services.rule_admin import (
    BackDatedVersion,
    DuplicateEffectiveDate,
    RuleAdminService,
    RuleTableInvalid,
    VersionInUse,
)
from console.core.services.stock_screening import ScreeningReason
from tests.conftest import principal_for
from tests.support.projects import add_project

D = dt.date


def _admin(db, username: str = "admin") -> RuleAdminService:  # type: ignore[no-untyped-def]
    return RuleAdminService(db.session_factory, principal_for(db, username))


def _limits(hv_single_plan: int = 12) -> dict[ProjectClass, ClassLimits]:
    limits = dict(DEFAULT_TABLES[0].limits)
    hv = limits[ProjectClass.HV_SINGLE]
    limits[ProjectClass.HV_SINGLE] = ClassLimits(((Node.SUPPLY_PLAN, hv_single_plan),) + hv.node_limits[1:],
                                                 hv.committed_total_days)
    return limits


def test_demo_reference_table_is_the_published_default(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as s:
        inputs = load_clock_inputs(s)
    (stored,) = inputs.by_id.values()
    assert dict(stored.limits) == dict(DEFAULT_TABLES[-1].limits)
    assert stored.effective_from == DEFAULT_TABLES[-1].effective_from
    assert stored.limits[ProjectClass.EV_CHARGING].committed_total_days == 10


def test_new_version_applies_to_projects_accepted_from_its_date_only(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    admin = _admin(demo_db)
    version = admin.add_version(D(2026, 12, 1), _limits(12), "2026 年新承诺", demo_today)
    versions = admin.versions(demo_today)
    assert [v.effective_from for v in versions] == [D(2026, 12, 1), DEFAULT_TABLES[-1].effective_from]
    assert versions[0].id == version.id and versions[0].projects == 0 and not versions[0].in_force
    assert versions[1].in_force and versions[1].projects > 0
    assert versions[0].table.limits[ProjectClass.HV_SINGLE].limit_of(Node.SUPPLY_PLAN) == 12
    team = principal_for(demo_db, "lead.east").team_id
    before = add_project(demo_db, team, "hv-single", D(2026, 11, 30), [("supply_plan", None, None, None, None)])
    after = add_project(demo_db, team, "hv-single", D(2026, 12, 1), [("supply_plan", None, None, None, None)])
    board = ProjectService(demo_db.session_factory, principal_for(demo_db, "lead.east")).board(D(2026, 12, 2))
    by_id = {p.id: p for p in board.projects}
    assert by_id[before].node("supply_plan").limit_days == 15  # type: ignore[union-attr]
    assert by_id[after].node("supply_plan").limit_days == 12  # type: ignore[union-attr]
    assert (by_id[before].rules_effective_from, by_id[after].rules_effective_from) == (
        DEFAULT_TABLES[-1].effective_from, D(2026, 12, 1))
    with demo_db.session_factory() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.entity == "time_limit_table")) == "rules_version_add"


def test_version_validation_lists_every_problem(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    limits = _limits(0)
    limits[ProjectClass.RESIDENTIAL] = ClassLimits((), 500)
    del limits[ProjectClass.LV_NONRES]
    with pytest.raises(RuleTableInvalid) as info:
        _admin(demo_db).add_version(D(2027, 1, 1), limits, "", demo_today)
    en = [p.en for p in info.value.problems]
    assert len(en) == 3
    assert any("Supply plan reply" in t and "greater than 0" in t for t in en)
    assert any("500" in t for t in en) and any("missing" in t for t in en)
    assert "供电方案答复" in info.value.message
    with pytest.raises(BackDatedVersion):
        _admin(demo_db).add_version(demo_today - dt.timedelta(days=1), _limits(), "", demo_today)
    _admin(demo_db).add_version(D(2027, 1, 1), _limits(), "", demo_today)
    with pytest.raises(DuplicateEffectiveDate):
        _admin(demo_db).add_version(D(2027, 1, 1), _limits(), "", demo_today)
    for who in ("lead.east", "facilitator"):
        with pytest.raises(PermissionDenied):
            _admin(demo_db, who).add_version(D(2027, 2, 1), _limits(), "", demo_today)


def test_only_a_future_unused_version_can_be_withdrawn(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    admin = _admin(demo_db)
    future = admin.add_version(D(2027, 3, 1), _limits(), "", demo_today)
    current = next(v for v in admin.versions(demo_today) if v.in_force)
    with pytest.raises(VersionInUse):
        admin.delete_version(current.id, current.version, demo_today)
    with pytest.raises(StaleEdit):
        admin.delete_version(future.id, future.version + 1, demo_today)
    admin.delete_version(future.id, future.version, demo_today)
    assert [v.id for v in admin.versions(demo_today)] == [current.id]
    with pytest.raises(NotFound):
        admin.delete_version(future.id, future.version, demo_today)


def test_calendar_overrides_crud_with_optimistic_locking(demo_db) -> None:  # type: ignore[no-untyped-def]
    admin = _admin(demo_db)
    assert [c.source for c in admin.coverage([2026, 2027])] == ["library", "weekends"]
    added = admin.set_override(D(2027, 2, 6), False, "春节")
    with pytest.raises(StaleEdit):  # someone else's day, or a second add
        admin.set_override(D(2027, 2, 6), True, "调休")
    changed = admin.set_override(D(2027, 2, 6), True, "调休", expected_version=added.version)
    assert (changed.is_workday, changed.version) == (True, added.version + 1)
    admin.set_override(D(2027, 2, 7), False, "春节")
    assert [(o.day, o.is_workday) for o in admin.overrides(2027)] == [(D(2027, 2, 6), True), (D(2027, 2, 7), False)]
    assert admin.overrides(2026) == []
    cov = admin.coverage([2027])[0]
    assert (cov.source, cov.overrides) == ("overrides", 2)
    with pytest.raises(StaleEdit):
        admin.delete_override(D(2027, 2, 6), added.version)
    admin.delete_override(D(2027, 2, 6), changed.version)
    assert [o.day for o in admin.overrides()] == [D(2027, 2, 7)]
    with pytest.raises(PermissionDenied):
        _admin(demo_db, "lead.east").set_override(D(2027, 5, 1), False)
    assert _admin(demo_db, "lead.east").overrides() == admin.overrides()  # reading is open to project viewers


def test_screening_lists_stalled_blocked_and_risk_projects_with_reasons(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    service = ProjectService(demo_db.session_factory, principal_for(demo_db, "lead.east"))
    team = principal_for(demo_db, "lead.east").team_id
    # Last progress Fri 30 Oct 2026; to Thu 26 Nov: 2–6, 9–13, 16–20, 23–26 Nov = 19 working days.
    quiet = add_project(demo_db, team, "hv-single", D(2026, 9, 1),
                        [("supply_plan", None, None, D(2026, 9, 1), D(2026, 9, 10)),
                         ("design_review", None, None, D(2026, 10, 20), D(2026, 10, 30))],
                        flags=["blocked"])
    items = service.screening(demo_today)
    item = next(i for i in items if i.project_id == quiet)
    assert item.days_stalled == 19 and item.last_progress_on == D(2026, 10, 30)
    assert ScreeningReason.BLOCKED in item.reasons and ScreeningReason.STALLED not in item.reasons
    assert item.flag_reasons == ("测试：blocked",)
    assert all(i.reasons for i in items)
    assert [i.days_stalled for i in items] == sorted((i.days_stalled for i in items), reverse=True)
    with demo_db.session_factory() as s:
        s.scalar(select(CentreSetting).where(CentreSetting.key == "stalled_after_days")).value = "19"
        s.commit()
    item = next(i for i in service.screening(demo_today) if i.project_id == quiet)
    assert item.reasons[0] is ScreeningReason.STALLED
    board_ids = {p.id for p in service.board(demo_today).projects}
    assert {i.project_id for i in items} <= board_ids


def test_screening_exports_to_xlsx(demo_db, demo_today, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = ProjectService(demo_db.session_factory, principal_for(demo_db, "lead.east"))
    items = service.screening(demo_today)
    assert items
    result = service.export_screening(items, tmp_path / "screen.xlsx", lang="en")
    assert result.rows == len(items)
    sheet = load_workbook(tmp_path / "screen.xlsx", read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Application no." and rows[0][8] == "Working days stalled"
    assert [r[0] for r in rows[1:]] == [i.application_no for i in items]
    assert rows[1][9] == items[0].reason_text("en")
    with demo_db.session_factory() as s:
        assert s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "export"))["rows"] == len(items)
    with pytest.raises(PermissionDenied):
        ProjectService(demo_db.session_factory, principal_for(demo_db, "hall")).export_screening(items, tmp_path / "x.xlsx")
