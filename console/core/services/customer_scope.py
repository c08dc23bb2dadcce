"""Loading one customer for a principal: the team check every customer service makes before touching a row."""
from __future__ import annotations

from sqlalchemy.orm import Session

from console.core.errors import QT_TRANSLATE_NOOP, ConsoleError, NotFound
from console.core.models import Customer
from console.core.security import Permission, Principal, require, require_team
from console.core.services.base import SessionFactory

CUSTOMER = QT_TRANSLATE_NOOP("entities", "客户")


class CustomerMerged(ConsoleError):
    exit_code = 7
    template = QT_TRANSLATE_NOOP("errors", "客户 {account_no} 已并入客户 {into}，请打开合并后的客户。")


def engine_of(factory: SessionFactory):  # type: ignore[no-untyped-def]
    """The engine behind a session factory (the portfolio reads through the raw DBAPI connection)."""
    return factory.kw["bind"]


def load_customer(session: Session, principal: Principal, customer_id: int, *, permission: Permission,
                  allow_merged: bool = False, lock: bool = False) -> Customer:
    """The customer with this id, if the principal may act on it; another team's customer is refused.

    The team check happens here, on the row's own team, so a screen cannot read another team's customer by
    guessing an id: the lead of team A asking for a customer of team B gets PermissionDenied.
    """
    require(principal, permission)
    customer = session.get(Customer, customer_id, with_for_update=lock or None)
    if customer is None:
        raise NotFound(what=CUSTOMER, key=str(customer_id))
    require_team(principal, customer.team_id)
    if customer.merged_into_id is not None and not allow_merged:
        into = session.get(Customer, customer.merged_into_id)
        raise CustomerMerged(account_no=customer.account_no, into=into.account_no if into else customer.merged_into_id)
    return customer


def require_scope(principal: Principal, team_id: int | None) -> None:
    """Refuse data loaded for ``team_id`` (None: all teams) unless this principal may see exactly that scope."""
    from console.core.security import PERMISSION_LABELS, ROLE_LABELS, team_scope
    from console.core.errors import PermissionDenied

    if team_scope(principal, team_id) != team_id:
        raise PermissionDenied(role=ROLE_LABELS[principal.role], action=PERMISSION_LABELS[Permission.ALL_TEAMS])
