"""Roles, team scoping, argon2id passwords and sign-in — enforced in the core."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from console.core.demo.org_gen import DEMO_PASSWORD
from console.core.errors import AccountLocked, AuthenticationFailed, PermissionDenied
from console.core.masking import mask_free_text, mask_id_number, mask_person_name, mask_phone
from console.core.models import UserAccount
from console.core.models.enums import Role
from console.core.passwords import hash_password, verify_password
from console.core.security import KIOSK_PRINCIPAL, Permission, Principal, may_see_personal_data, require, team_scope
from console.core.services.auth import MAX_FAILED_LOGINS, AuthService
from console.core.services.org import OrgService


def p(role: Role, team: int | None = 1) -> Principal:
    return Principal(1, "u", "U", role, team)


def test_passwords_are_argon2id() -> None:
    h = hash_password("correct horse")
    assert h.startswith("$argon2id$")
    assert verify_password(h, "correct horse")
    assert not verify_password(h, "wrong horse")
    assert not verify_password("garbage", "x")


@pytest.mark.parametrize(
    ("role", "permission", "allowed"),
    [
        (Role.TEAM_LEAD, Permission.VIEW_PORTFOLIO, True),
        (Role.TEAM_LEAD, Permission.ADMINISTER, False),
        (Role.HALL_STAFF, Permission.VIEW_PORTFOLIO, False),
        (Role.HALL_STAFF, Permission.MANAGE_KIOSK, True),
        (Role.FACILITATOR, Permission.PREPARE_MEETINGS, True),
        (Role.FACILITATOR, Permission.UNMASK_PERSONAL_DATA, False),
        (Role.KIOSK, Permission.VIEW_PORTFOLIO, False),
        (Role.KIOSK, Permission.KIOSK_PLAY, True),
        (Role.ADMIN, Permission.ALL_TEAMS, True),
    ],
)
def test_role_permissions(role: Role, permission: Permission, allowed: bool) -> None:
    if allowed:
        require(p(role), permission)
    else:
        with pytest.raises(PermissionDenied):
            require(p(role), permission)


def test_team_scope_keeps_a_lead_in_their_team() -> None:
    lead = p(Role.TEAM_LEAD, team=2)
    assert team_scope(lead) == 2
    assert team_scope(lead, 2) == 2
    with pytest.raises(PermissionDenied):
        team_scope(lead, 3)
    assert team_scope(p(Role.ADMIN, None)) is None
    assert team_scope(p(Role.ADMIN, None), 3) == 3
    with pytest.raises(PermissionDenied):
        team_scope(KIOSK_PRINCIPAL)


def test_personal_data_visibility_by_role() -> None:
    assert may_see_personal_data(p(Role.CUSTOMER_MANAGER))
    assert not may_see_personal_data(p(Role.FACILITATOR))
    assert not may_see_personal_data(p(Role.HALL_STAFF))
    assert not may_see_personal_data(KIOSK_PRINCIPAL)


def test_masking() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_id_number("330102199001011234") == "330***********1234"
    assert mask_person_name("张三丰") == "张**"
    assert mask_free_text("客户电话13812345678，身份证330102199001011234") == "客户电话138****5678，身份证330***********1234"


def test_login_with_demo_accounts(demo_db) -> None:  # type: ignore[no-untyped-def]
    auth = AuthService(demo_db.session_factory)
    lead = auth.login("lead.east", DEMO_PASSWORD)
    assert lead.role == Role.TEAM_LEAD and lead.team_id is not None
    with pytest.raises(AuthenticationFailed):
        auth.login("lead.east", "wrong-password")
    with pytest.raises(AuthenticationFailed):
        auth.login("nobody", DEMO_PASSWORD)


def test_repeated_wrong_passwords_lock_the_account(demo_db) -> None:  # type: ignore[no-untyped-def]
    auth = AuthService(demo_db.session_factory)
    now = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            auth.login("manager.east", "nope", now=now)
    with pytest.raises(AccountLocked):
        auth.login("manager.east", DEMO_PASSWORD, now=now + timedelta(minutes=1))
    assert auth.login("manager.east", DEMO_PASSWORD, now=now + timedelta(hours=1)).username == "manager.east"


def test_kiosk_accounts_cannot_sign_in_at_a_desk(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory.begin() as s:
        s.add(UserAccount(username="kiosk1", display_name="k", password_hash=hash_password(DEMO_PASSWORD), role=Role.KIOSK))
    with pytest.raises(AuthenticationFailed):
        AuthService(demo_db.session_factory).login("kiosk1", DEMO_PASSWORD)


def test_org_service_is_scoped(demo_db) -> None:  # type: ignore[no-untyped-def]
    auth = AuthService(demo_db.session_factory)
    lead = auth.login("lead.east", DEMO_PASSWORD)
    admin = auth.login("admin", DEMO_PASSWORD)
    assert [t.id for t in OrgService(demo_db.session_factory, lead).teams()] == [lead.team_id]
    assert len(OrgService(demo_db.session_factory, admin).teams()) == 4
    with pytest.raises(PermissionDenied):
        OrgService(demo_db.session_factory, lead).staff(team_id=lead.team_id % 4 + 1)


def test_failed_logins_are_audited_without_the_password(demo_db) -> None:  # type: ignore[no-untyped-def]
    from console.core.models import AuditEntry

    with pytest.raises(AuthenticationFailed):
        AuthService(demo_db.session_factory).login("lead.east", "13812345678")
    with demo_db.session_factory() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")).all()
    assert entries and all("13812345678" not in str(e.detail) for e in entries)
