"""The kiosk's progress lookup: one project by number + code, nothing personal, wrong codes rate-limited.

Runs on SQLite (rules in Python) and on PostgreSQL (the SECURITY DEFINER function of migration 0002): the same
cases, so the two implementations cannot drift apart.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from console.core.lookup_codes import check_code_for_phone
from console.core.models import Customer, KioskLookupAttempt, Project, ProjectNode
from console.core.models.enums import ProjectStatus
from console.core.rules.time_limits import CustomerStep
from console.core.services.kiosk_lookup import (
    GLOBAL_MAX_FAILURES,
    MAX_FAILURES,
    WINDOW_S,
    LookupOutcome,
    StepState,
    progress_from_raw,
)
from console.core.services.kiosk_play import KioskPlayService
from console.core.services.kiosk_views import mask_board_name
from console.core.services.project_board import names_a_person


def a_project(db, status: str = "in_progress"):  # type: ignore[no-untyped-def]
    """(application number, right code, customer name, phone, title) of a demo project."""
    with db.session_factory() as s:
        row = s.execute(select(Project.application_no, Customer.phone, Customer.name, Project.title)
                        .join(Customer, Customer.id == Project.customer_id)
                        .where(Project.status == ProjectStatus(status)).order_by(Project.id).limit(1)).one()
    return row[0], check_code_for_phone(row[1]), row[2], row[1], row[3]


def kiosk_ids(db) -> list[int]:  # type: ignore[no-untyped-def]
    from console.core.models import Kiosk

    with db.session_factory() as s:
        return list(s.scalars(select(Kiosk.id).order_by(Kiosk.id)))


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10000:04d}"


def age_attempts(db, seconds: int) -> None:  # type: ignore[no-untyped-def]
    """Move every recorded attempt back in time (instead of waiting)."""
    with db.session_factory() as s:
        for a in s.scalars(select(KioskLookupAttempt)):
            a.at = a.at - timedelta(seconds=seconds)
        s.commit()


def test_the_right_code_shows_the_four_steps_and_nothing_personal(demo_db) -> None:  # type: ignore[no-untyped-def]
    app_no, code, name, phone, title = a_project(demo_db)
    result = KioskPlayService(demo_db.session_factory).lookup(kiosk_ids(demo_db)[0], f" {app_no} ", code)
    assert result.outcome is LookupOutcome.OK
    progress = result.progress
    assert progress is not None and progress.application_no == app_no
    assert [s.step for s in progress.steps] == [s.value for s in CustomerStep]
    assert progress.steps[0].state is StepState.DONE and progress.steps[0].done_on is not None
    assert sum(s.state is StepState.CURRENT for s in progress.steps) == 1
    assert progress.current_step in {s.value for s in CustomerStep}
    shown = repr(dataclasses.asdict(progress))
    for secret in (name, phone, phone[-4:], title):
        assert secret not in shown


def test_wrong_number_and_wrong_code_get_the_same_answer(demo_db) -> None:  # type: ignore[no-untyped-def]
    app_no, code, *_ = a_project(demo_db)
    service = KioskPlayService(demo_db.session_factory)
    kiosk = kiosk_ids(demo_db)[0]
    wrong_code = service.lookup(kiosk, app_no, wrong(code))
    no_such_number = service.lookup(kiosk, "999999999999", code)
    assert wrong_code == no_such_number
    assert wrong_code.outcome is LookupOutcome.NO_MATCH and wrong_code.progress is None


def test_a_project_without_a_code_hash_never_matches(demo_db) -> None:  # type: ignore[no-untyped-def]
    app_no, *_ = a_project(demo_db)
    with demo_db.session_factory() as s:
        s.execute(update(Project).where(Project.application_no == app_no).values(check_code_hash=""))
        s.commit()
    assert KioskPlayService(demo_db.session_factory).lookup(None, app_no, "").outcome is LookupOutcome.NO_MATCH


def test_five_wrong_codes_lock_the_kiosk_until_they_age_out(demo_db) -> None:  # type: ignore[no-untyped-def]
    app_no, code, *_ = a_project(demo_db)
    service = KioskPlayService(demo_db.session_factory)
    first, second = kiosk_ids(demo_db)[:2]
    for _ in range(MAX_FAILURES):
        assert service.lookup(first, app_no, wrong(code)).outcome is LookupOutcome.NO_MATCH
    locked = service.lookup(first, app_no, code)  # even the right code waits: a lock that peeks is no lock
    assert locked.outcome is LookupOutcome.LOCKED and locked.progress is None
    assert 0 < locked.retry_after_s <= WINDOW_S
    assert service.lookup(second, app_no, code).outcome is LookupOutcome.OK  # per kiosk
    with demo_db.session_factory() as s:  # kept in the database: a restart does not reset the count
        assert s.scalar(select(KioskLookupAttempt.id).where(KioskLookupAttempt.kiosk_id == first,
                                                            KioskLookupAttempt.success.is_(False)).limit(1))
    age_attempts(demo_db, WINDOW_S - 60)
    still = service.lookup(first, app_no, code)
    assert still.outcome is LookupOutcome.LOCKED and still.retry_after_s <= 60
    age_attempts(demo_db, 61)
    assert service.lookup(first, app_no, code).outcome is LookupOutcome.OK


def test_a_success_does_not_reset_the_count(demo_db) -> None:  # type: ignore[no-untyped-def]
    """Otherwise a thief could interleave lookups of their own project between guesses."""
    app_no, code, *_ = a_project(demo_db)
    service = KioskPlayService(demo_db.session_factory)
    kiosk = kiosk_ids(demo_db)[0]
    for _ in range(MAX_FAILURES - 1):
        service.lookup(kiosk, app_no, wrong(code))
    assert service.lookup(kiosk, app_no, code).outcome is LookupOutcome.OK
    service.lookup(kiosk, app_no, wrong(code))
    assert service.lookup(kiosk, app_no, code).outcome is LookupOutcome.LOCKED


def test_all_kiosks_together_are_capped(demo_db) -> None:  # type: ignore[no-untyped-def]
    app_no, code, *_ = a_project(demo_db)
    with demo_db.session_factory() as s:
        s.add_all(KioskLookupAttempt(kiosk_id=None, success=False) for _ in range(GLOBAL_MAX_FAILURES))
        s.commit()
    kiosk = kiosk_ids(demo_db)[0]
    assert KioskPlayService(demo_db.session_factory).lookup(kiosk, app_no, code).outcome is LookupOutcome.LOCKED


def test_board_view_masks_names_and_agrees_with_the_lookup_steps(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    """The view's SQL step and mask are the Python rules: same multiset of (name, step, date)."""
    from console.core.services.kiosk_lookup import current_step
    from console.core.services.kiosk_lookup import _nodes as raw_nodes
    from console.core.services.kiosk_views import board_lines

    with demo_db.session_factory() as s:
        board = board_lines(s, demo_today, days=10_000, limit=100_000)
        projects = s.execute(select(Project.id, Project.power_on_plan_date, Project.project_class, Customer.name,
                                    Customer.segment, Customer.usage_category)
                             .join(Customer, Customer.id == Project.customer_id)
                             .where(Project.status == ProjectStatus.IN_PROGRESS,
                                    Project.power_on_plan_date >= demo_today)).all()
        expected = Counter()
        for pid, plan, cls, name, segment, usage in projects:
            nodes = [{"node": n.node.value, "planned_end": n.planned_end, "actual_start": n.actual_start,
                      "actual_end": n.actual_end}
                     for n in s.scalars(select(ProjectNode).where(ProjectNode.project_id == pid))]
            masked = mask_board_name(name, names_a_person(name, segment, usage or ""))
            expected[(masked, current_step(raw_nodes(nodes), False), plan)] += 1
    assert len(board) == len(projects) > 10
    assert Counter((b.masked_name, b.step, b.power_on_plan_date) for b in board) == expected
    assert {b.step for b in board} <= {s.value for s in CustomerStep}
    with demo_db.session_factory() as s:
        names = set(s.scalars(select(Customer.name)))
    assert not names & {b.masked_name for b in board}


@pytest.mark.parametrize(("name", "person", "masked"), [
    ("张三", True, "张*"), ("欧阳明月", True, "欧***"), ("杭州华丰纺织有限公司", False, "杭州**有限公司"),
    ("西湖小学", False, "西**小学"), ("某厂", False, "某**"), ("王", True, "*"),
])
def test_board_masks(name: str, person: bool, masked: str) -> None:
    assert mask_board_name(name, person) == masked


# --- steps from raw rows (no database) ---------------------------------------------------------------------

def raw(nodes, status="in_progress", plan=None, docs=()):  # type: ignore[no-untyped-def]
    return {"project": {"application_no": "A1", "project_class": "hv-single", "status": status,
                        "accepted_on": "2026-01-05", "power_on_plan_date": plan, "powered_on_on": None},
            "nodes": [dict(zip(("node", "planned_end", "actual_start", "actual_end"), n)) for n in nodes],
            "documents": [dict(zip(("stage", "name", "required", "received_on"), d)) for d in docs]}


HV = ["supply_plan", "design_review", "intermediate_inspection", "completion_inspection", "connection"]


def test_hv_project_in_works_owes_design_documents_and_prepares_completion_ones() -> None:
    nodes = [("supply_plan", "2026-01-26", "2026-01-05", "2026-01-20"),
             ("design_review", "2026-02-20", "2026-02-10", None)] + [(n, "2026-04-01", None, None) for n in HV[2:]]
    docs = [("application", "用电申请书", True, "2026-01-05"), ("design", "设计单位资质证书", True, None),
            ("completion", "竣工图纸", True, None), ("completion", "可选资料", False, None)]
    view = progress_from_raw(raw(nodes, plan="2026-04-10", docs=docs))
    assert [s.state for s in view.steps] == [StepState.DONE, StepState.DONE, StepState.CURRENT, StepState.PENDING]
    assert view.steps[1].done_on == date(2026, 1, 20)
    assert view.current_step == "works" and view.next_step == "connection"
    assert view.steps[3].expected_on == date(2026, 4, 10)  # the confirmed power-on plan wins over the baseline
    assert view.documents_owed == ("设计单位资质证书",)
    assert view.documents_next == ("竣工图纸",)


def test_low_voltage_works_step_is_done_once_the_connection_starts() -> None:
    nodes = [("supply_plan", "2026-01-07", "2026-01-05", "2026-01-06"), ("connection", "2026-01-12", None, None)]
    assert progress_from_raw(raw(nodes)).current_step == "works"
    nodes[1] = ("connection", "2026-01-12", "2026-01-10", None)
    view = progress_from_raw(raw(nodes))
    assert view.current_step == "connection" and view.next_step == ""
    assert view.steps[2].state is StepState.DONE


def test_powered_on_project_has_every_step_done_and_nothing_to_bring() -> None:
    nodes = [(n, "2026-02-01", "2026-01-10", "2026-01-20") for n in HV]
    view = progress_from_raw(raw(nodes, status="powered_on", docs=[("completion", "竣工图纸", True, None)]))
    assert view.powered_on and view.current_step == "" and view.next_step == ""
    assert all(s.state is StepState.DONE for s in view.steps)
    assert view.documents_owed == () and view.documents_next == ()
