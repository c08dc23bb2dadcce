"""Signing in and managing accounts."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from console.core.errors import AccountLocked, AuthenticationFailed, NotFound, ValidationFailed
from console.core.models import UserAccount
from console.core.models.enums import Role
from console.core.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from console.core.security import Permission, Principal, require
from console.core.services import audit
from console.core.services.base import SessionFactory, unit_of_work

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8


def principal_of(user: UserAccount) -> Principal:
    return Principal(user.id, user.username, user.display_name, user.role, user.team_id, user.staff_id)


class AuthService:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def login(self, username: str, password: str, *, now: datetime | None = None) -> Principal:
        now = now or datetime.now(timezone.utc)
        with unit_of_work(self._factory, "账号") as session:
            user = session.scalar(select(UserAccount).where(UserAccount.username == username.strip()))
            if user is None or not user.active or user.role == Role.KIOSK:
                verify_password(dummy_hash(), password)  # same cost as a real check
                raise AuthenticationFailed()
            locked_until = _aware(user.locked_until)
            if locked_until and locked_until > now:
                raise AccountLocked(until=locked_until.astimezone().strftime("%H:%M"))
            if not verify_password(user.password_hash, password):
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    user.failed_logins = 0
                audit.record(session, None, "login_failed", "user", user.id, username=user.username)
                session.commit()
                raise AuthenticationFailed()
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            principal = principal_of(user)
            audit.record(session, principal, "login", "user", user.id)
            return principal

    def change_password(self, principal: Principal, old: str, new: str) -> None:
        _check_strength(new)
        with unit_of_work(self._factory, "账号") as session:
            user = session.get(UserAccount, principal.user_id)
            if user is None:
                raise NotFound(what="用户", key=principal.username)
            if not verify_password(user.password_hash, old):
                raise AuthenticationFailed()
            user.password_hash = hash_password(new)
            audit.record(session, principal, "password_changed", "user", user.id)

    def create_user(
        self,
        principal: Principal,
        username: str,
        display_name: str,
        password: str,
        role: Role,
        team_id: int | None,
    ) -> int:
        require(principal, Permission.ADMINISTER)
        _check_strength(password)
        with unit_of_work(self._factory, "账号") as session:
            user = UserAccount(
                username=username,
                display_name=display_name,
                password_hash=hash_password(password),
                role=role,
                team_id=team_id,
            )
            session.add(user)
            session.flush()
            audit.record(session, principal, "user_created", "user", user.id, role=role.value)
            return user.id


def _check_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(detail=f"密码至少 {MIN_PASSWORD_LENGTH} 位")


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every timestamp we store is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value
