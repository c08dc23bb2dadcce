"""Customer file, team scoping in the service layer, audited unmasking, key accounts, saved filters."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from console.core.errors import NotFound, PermissionDenied, StaleEdit
from console.core.models import AuditEntry, Contact, Customer
from console.core.models.enums import Segment
from console.core.rules.customer_flags import CustomerFlag
from console.core.services.customers import CustomerService
from console.core.services.key_accounts import KeyAccountService
from console.core.services.saved_filters import SavedFilterService
from tests.conftest import principal_for

TODAY = date(2026, 11, 26)


def svc(db, user: str = "lead.east") -> CustomerService:  # type: ignore[no-untyped-def]
    return CustomerService(db.session_factory, principal_for(db, user))


def customer_of(db, user: str, **where) -> Customer:  # type: ignore[no-untyped-def]
    team = principal_for(db, user).team_id
    with db.session_factory() as s:
        q = select(Customer).where(Customer.team_id == team)
        for key, value in where.items():
            q = q.where(getattr(Customer, key) == value)
        return s.scalars(q.order_by(Customer.id).limit(1)).one()


def test_team_lead_cannot_read_another_teams_customer_by_id(demo_db) -> None:  # type: ignore[no-untyped-def]
    west_customer = customer_of(demo_db, "lead.west")
    with pytest.raises(PermissionDenied):
        svc(demo_db, "lead.east").detail(west_customer.id, today=TODAY)
    with pytest.raises(PermissionDenied):
        svc(demo_db, "manager.east").reveal(west_customer.id, "phone")
    assert svc(demo_db, "lead.west").detail(west_customer.id, today=TODAY).profile.id == west_customer.id
    assert svc(demo_db, "admin").detail(west_customer.id, today=TODAY).profile.id == west_customer.id
    with pytest.raises(NotFound):
        svc(demo_db).detail(10**9)


def test_detail_masks_personal_data(demo_db) -> None:  # type: ignore[no-untyped-def]
    c = customer_of(demo_db, "lead.east", segment=Segment.KEY_ACCOUNT)
    d = svc(demo_db).detail(c.id, today=TODAY)
    assert d.profile.phone == c.phone[:3] + "****" + c.phone[-4:]
    assert "*" in d.profile.id_number and d.profile.id_number != c.id_number
    assert d.contacts and all("****" in k.phone for k in d.contacts)
    assert d.may_reveal and d.may_edit
    facilitator = svc(demo_db, "facilitator").detail(c.id, today=TODAY)
    assert not facilitator.may_reveal and not facilitator.may_edit


def test_reveal_is_audited_and_needs_the_permission(demo_db) -> None:  # type: ignore[no-untyped-def]
    c = customer_of(demo_db, "lead.east", segment=Segment.KEY_ACCOUNT)
    with demo_db.session_factory() as s:
        contact = s.scalars(select(Contact).where(Contact.customer_id == c.id)).first()
    assert svc(demo_db).reveal(c.id, "phone") == c.phone
    assert svc(demo_db).reveal(c.id, "phone", contact_id=contact.id) == contact.phone
    with pytest.raises(PermissionDenied):
        svc(demo_db, "facilitator").reveal(c.id, "phone")
    with demo_db.session_factory() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "unmask", AuditEntry.entity_id == c.id)))
    assert len(entries) == 2
    assert all(c.phone not in str(e.detail) for e in entries)  # the log itself holds no personal data


def test_key_account_panel_and_charging_details(demo_db) -> None:  # type: ignore[no-untyped-def]
    key = customer_of(demo_db, "lead.east", segment=Segment.KEY_ACCOUNT)
    d = svc(demo_db).detail(key.id, today=TODAY, overdue_days=30)
    assert d.key_panel is not None and d.charging is None
    assert d.key_panel.days_since_contact == ((TODAY - key.last_contact_on).days if key.last_contact_on else None)
    assert d.key_panel.overdue == (key.last_contact_on is None or (TODAY - key.last_contact_on).days > 30)
    ev = customer_of(demo_db, "lead.east", segment=Segment.EV_CHARGING)
    e = svc(demo_db).detail(ev.id, today=TODAY)
    assert e.key_panel is None and e.charging is not None and e.charging.chargers >= 1


def test_flags_only_editable_bits_and_stale_versions(demo_db) -> None:  # type: ignore[no-untyped-def]
    c = customer_of(demo_db, "lead.east")
    wanted = int(CustomerFlag.OPINION_RISK | CustomerFlag.POSSIBLE_DUPLICATE)
    version = svc(demo_db).set_flags(c.id, c.version, wanted)
    with demo_db.session_factory() as s:
        assert s.get(Customer, c.id).flags == int(CustomerFlag.OPINION_RISK)
    with pytest.raises(StaleEdit):
        svc(demo_db).set_flags(c.id, c.version, 0)
    svc(demo_db).set_flags(c.id, version, 0)
    with pytest.raises(PermissionDenied):
        svc(demo_db, "facilitator").set_flags(c.id, version + 1, 0)


def test_reminders_list_overdue_key_accounts_most_overdue_first(demo_db) -> None:  # type: ignore[no-untyped-def]
    lead = principal_for(demo_db, "lead.east")
    never = customer_of(demo_db, "lead.east", segment=Segment.KEY_ACCOUNT)
    with demo_db.session_factory() as s:
        s.execute(update(Customer).where(Customer.id == never.id).values(last_contact_on=None))
        s.commit()
        expected = s.scalar(select(func.count()).select_from(Customer).where(
            Customer.team_id == lead.team_id, Customer.segment == Segment.KEY_ACCOUNT,
            (Customer.last_contact_on.is_(None)) | (Customer.last_contact_on < TODAY - timedelta(days=20))))
    result = KeyAccountService(demo_db.session_factory, lead).reminders(today=TODAY, max_days=20)
    assert result.total == expected and len(result.items) == min(expected, 200)
    assert result.items[0].days_since_contact is None
    days = [r.days_since_contact for r in result.items if r.days_since_contact is not None]
    assert days == sorted(days, reverse=True) and all(d > 20 for d in days)
    fewer = KeyAccountService(demo_db.session_factory, lead).reminders(today=TODAY, max_days=90)
    assert fewer.total < result.total
    west = principal_for(demo_db, "lead.west").team_id
    with pytest.raises(PermissionDenied):
        KeyAccountService(demo_db.session_factory, lead).reminders(west, today=TODAY)


def test_saved_filters_belong_to_their_user(demo_db) -> None:  # type: ignore[no-untyped-def]
    east = SavedFilterService(demo_db.session_factory, principal_for(demo_db, "lead.east"))
    west = SavedFilterService(demo_db.session_factory, principal_for(demo_db, "lead.west"))
    saved = east.save("portfolio", "要客超期", {"segments": ["key_account"], "flags": 65536})
    east.save("portfolio", "要客超期", {"segments": ["key_account"], "flags": 0})  # same name: replaced
    assert [(f.name, f.spec["flags"]) for f in east.list("portfolio")] == [("要客超期", 0)]
    assert west.list("portfolio") == []
    with pytest.raises(NotFound):
        west.delete(saved.id)
    east.delete(saved.id)
    assert east.list("portfolio") == []


def test_assign_manager_must_be_of_the_team(demo_db) -> None:  # type: ignore[no-untyped-def]
    from console.core.errors import ValidationFailed

    c = customer_of(demo_db, "lead.east")
    east_manager = svc(demo_db).managers()[-1][0]
    west_manager = svc(demo_db, "lead.west").managers()[0][0]
    version = svc(demo_db).assign_manager(c.id, c.version, east_manager)
    with pytest.raises(ValidationFailed):
        svc(demo_db).assign_manager(c.id, version, west_manager)
