"""Visit log and intentions: last contact kept current, reserve pool once, team scope, stale edits."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from console.core.errors import PermissionDenied, StaleEdit, ValidationFailed
from console.core.models import AuditEntry, Customer, Intention, ReserveEntry, Visit
from console.core.models.enums import ContactKind, IntentionKind, IntentionStatus
from console.core.services.customer_log import AlreadyInReserve, CustomerLogService, IntentionInput, VisitInput
from tests.conftest import principal_for

TODAY = date(2026, 11, 26)


def log(db, user: str = "manager.east") -> CustomerLogService:  # type: ignore[no-untyped-def]
    return CustomerLogService(db.session_factory, principal_for(db, user))


def a_customer(db, user: str = "manager.east") -> Customer:  # type: ignore[no-untyped-def]
    team = principal_for(db, user).team_id
    with db.session_factory() as s:
        return s.scalars(select(Customer).where(Customer.team_id == team).order_by(Customer.id).limit(1)).one()


def last_contact(db, cid: int) -> date | None:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return s.get(Customer, cid).last_contact_on


def test_visits_keep_last_contact_current(demo_db) -> None:  # type: ignore[no-untyped-def]
    c = a_customer(demo_db)
    vid = log(demo_db).add_visit(c.id, VisitInput(ContactKind.VISIT, TODAY - timedelta(days=3), "现场走访，了解扩产计划"), today=TODAY)
    assert last_contact(demo_db, c.id) == max(d for d in (c.last_contact_on, TODAY - timedelta(days=3)) if d)
    log(demo_db).add_visit(c.id, VisitInput(ContactKind.CALL, TODAY, "电话回访"), today=TODAY)
    assert last_contact(demo_db, c.id) == TODAY
    with demo_db.session_factory() as s:
        visit = s.get(Visit, vid)
        assert visit.staff_id == principal_for(demo_db, "manager.east").staff_id
    with pytest.raises(ValidationFailed):
        log(demo_db).add_visit(c.id, VisitInput(ContactKind.CALL, TODAY + timedelta(days=1), "未来"), today=TODAY)
    with pytest.raises(ValidationFailed):
        log(demo_db).add_visit(c.id, VisitInput(ContactKind.CALL, TODAY, "  "), today=TODAY)


def test_editing_a_visit_moves_last_contact_back(demo_db) -> None:  # type: ignore[no-untyped-def]
    c = a_customer(demo_db)
    vid = log(demo_db).add_visit(c.id, VisitInput(ContactKind.CALL, TODAY, "电话"), today=TODAY)
    with demo_db.session_factory() as s:
        version = s.get(Visit, vid).version
        latest_other = max((v.happened_on for v in s.scalars(select(Visit).where(Visit.customer_id == c.id, Visit.id != vid))), default=None)
    earlier = TODAY - timedelta(days=400)
    log(demo_db).edit_visit(vid, version, VisitInput(ContactKind.CALL, earlier, "电话（日期更正）"), today=TODAY)
    assert last_contact(demo_db, c.id) == max(d for d in (latest_other, earlier) if d)
    with pytest.raises(StaleEdit):
        log(demo_db).edit_visit(vid, version, VisitInput(ContactKind.CALL, earlier, "又改"), today=TODAY)


def test_intention_goes_to_the_reserve_pool_once(demo_db) -> None:  # type: ignore[no-untyped-def]
    c = a_customer(demo_db)
    iid = log(demo_db).add_intention(c.id, IntentionInput(IntentionKind.DISTRIBUTED_GEN, "厂房屋顶光伏", 800.0, TODAY))
    with demo_db.session_factory() as s:
        version = s.get(Intention, iid).version
    entry_id = log(demo_db).send_to_reserve(iid, version)
    with demo_db.session_factory() as s:
        entry = s.get(ReserveEntry, entry_id)
        intention = s.get(Intention, iid)
        assert entry.team_id == c.team_id and entry.estimated_kw == 800.0 and entry.kind == IntentionKind.DISTRIBUTED_GEN
        assert intention.status == IntentionStatus.IN_RESERVE
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "reserve", AuditEntry.entity_id == iid))
        version = intention.version
    with pytest.raises(AlreadyInReserve):
        log(demo_db).send_to_reserve(iid, version)
    log(demo_db).edit_intention(iid, version, IntentionInput(IntentionKind.DISTRIBUTED_GEN, "厂房屋顶光伏（扩大）", 1200.0, TODAY))
    with demo_db.session_factory() as s:
        assert s.get(ReserveEntry, entry_id).estimated_kw == 1200.0


def test_other_team_and_read_only_roles_cannot_write(demo_db) -> None:  # type: ignore[no-untyped-def]
    west = a_customer(demo_db, "lead.west")
    with pytest.raises(PermissionDenied):
        log(demo_db).add_visit(west.id, VisitInput(ContactKind.CALL, TODAY, "越权"), today=TODAY)
    east = a_customer(demo_db)
    with pytest.raises(PermissionDenied):
        log(demo_db, "facilitator").add_visit(east.id, VisitInput(ContactKind.CALL, TODAY, "只读"), today=TODAY)
    with pytest.raises(PermissionDenied):
        log(demo_db).add_intention(west.id, IntentionInput(IntentionKind.INTEGRATED, "越权", 1.0, TODAY))
