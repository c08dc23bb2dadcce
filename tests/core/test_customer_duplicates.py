"""Duplicate scan flags exactly the groups; a merge moves all history and hides the merged customers."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, update

from console.core.errors import PermissionDenied, ValidationFailed
from console.core.models import AuditEntry, Complaint, Customer, Visit
from console.core.models.enums import ContactKind
from console.core.rules.customer_flags import CustomerFlag
from console.core.services.customer_duplicates import DuplicateService
from console.core.services.customers import CustomerService
from console.core.services.customer_scope import CustomerMerged
from tests.conftest import principal_for

DUP = int(CustomerFlag.POSSIBLE_DUPLICATE)


def east_ids(db, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    team = principal_for(db, "lead.east").team_id
    with db.session_factory() as s:
        return list(s.scalars(select(Customer.id).where(Customer.team_id == team).order_by(Customer.id).limit(n)))


def make_duplicates(db) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    a, b, c = east_ids(db, 3)
    with db.session_factory() as s:
        phone = s.get(Customer, a).phone
        s.execute(update(Customer).where(Customer.id == b).values(phone=phone))
        s.execute(update(Customer).where(Customer.id == c).values(normalized_address="上城区某路1号",
                                                                   flags=int(CustomerFlag.OPINION_RISK)))
        s.execute(update(Customer).where(Customer.id == a).values(normalized_address="上城区某路1号"))
        s.commit()
    return a, b, c


def flags(db, cid: int) -> int:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return s.get(Customer, cid).flags


def test_scan_flags_members_and_masks_values(demo_db) -> None:  # type: ignore[no-untyped-def]
    a, b, c = make_duplicates(demo_db)
    other = east_ids(demo_db, 4)[3]
    with demo_db.session_factory() as s:  # a stale flag from an earlier scan is cleared
        s.execute(update(Customer).where(Customer.id == other).values(flags=DUP))
        s.commit()
    result = DuplicateService(demo_db.session_factory, principal_for(demo_db, "lead.east")).scan()
    reasons = {g.reason: {m.id for m in g.members} for g in result.groups}
    assert reasons["phone"] >= {a, b} and reasons["address"] >= {a, c}
    phone_group = next(g for g in result.groups if g.reason == "phone" and a in {m.id for m in g.members})
    assert "****" in phone_group.shown_value
    assert flags(demo_db, a) & DUP and flags(demo_db, b) & DUP and flags(demo_db, c) & DUP
    assert flags(demo_db, c) & int(CustomerFlag.OPINION_RISK)  # other bits kept
    assert not flags(demo_db, other) & DUP
    hints = CustomerService(demo_db.session_factory, principal_for(demo_db, "lead.east")).detail(a).duplicates
    assert {h.customer_id for h in hints} >= {b, c}


def test_merge_moves_history_and_hides_the_merged(demo_db) -> None:  # type: ignore[no-untyped-def]
    a, b, c = make_duplicates(demo_db)
    with demo_db.session_factory() as s:
        s.add(Visit(customer_id=b, kind=ContactKind.VISIT, happened_on=date(2026, 11, 25), summary="走访"))
        s.add(Complaint(customer_id=c, received_on=date(2026, 11, 1), summary="电费"))
        s.commit()
        version = s.get(Customer, a).version
    lead = principal_for(demo_db, "lead.east")
    service = DuplicateService(demo_db.session_factory, lead)
    service.scan()
    with demo_db.session_factory() as s:
        version = s.get(Customer, a).version
    result = service.merge(a, version, [b, c])
    assert result.moved["visits"] >= 1 and result.moved["complaints"] >= 1
    with demo_db.session_factory() as s:
        kept = s.get(Customer, a)
        assert kept.last_contact_on == date(2026, 11, 25) and kept.complaints_open >= 1
        assert s.get(Customer, b).merged_into_id == a and s.get(Customer, c).merged_into_id == a
        assert s.scalar(select(func.count()).select_from(Visit).where(Visit.customer_id == b)) == 0
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "merge", AuditEntry.entity_id == a))
    customers = CustomerService(demo_db.session_factory, lead)
    with pytest.raises(CustomerMerged):
        customers.detail(b)
    frame = customers.load_portfolio().frame
    assert frame.position_of(b) is None and frame.position_of(a) is not None


def test_merge_rules(demo_db) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = make_duplicates(demo_db)
    west = principal_for(demo_db, "lead.west").team_id
    with demo_db.session_factory() as s:
        west_id = s.scalar(select(Customer.id).where(Customer.team_id == west).limit(1))
        version = s.get(Customer, a).version
    lead = DuplicateService(demo_db.session_factory, principal_for(demo_db, "lead.east"))
    with pytest.raises(ValidationFailed):
        lead.merge(a, version, [a])
    with pytest.raises(PermissionDenied):
        lead.merge(a, version, [west_id])
    with pytest.raises(PermissionDenied):
        DuplicateService(demo_db.session_factory, principal_for(demo_db, "manager.east")).merge(a, version, [b])
    admin = DuplicateService(demo_db.session_factory, principal_for(demo_db, "admin"))
    with pytest.raises(ValidationFailed):
        admin.merge(a, version, [west_id])
