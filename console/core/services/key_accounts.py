"""Key group accounts (集团要客): the reminder list of accounts the manager has not contacted for too long."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, or_, select

from console.core.models import Customer, Staff
from console.core.models.enums import Segment
from console.core.rules.customer_flags import DEFAULT_CONTACT_DAYS
from console.core.security import Permission, Principal, require, team_scope
from console.core.services.base import SessionFactory, read_only
from console.core.services.customer_records import KeyAccountReminder, ReminderList

MAX_REMINDER_DAYS = 365


class KeyAccountService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def reminders(self, team_id: int | None = None, *, today: date | None = None,
                  max_days: int = DEFAULT_CONTACT_DAYS, limit: int = 200,
                  manager_id: int | None = None) -> ReminderList:
        """Key accounts never contacted or last contacted more than ``max_days`` ago; never-contacted first."""
        require(self._principal, Permission.VIEW_PORTFOLIO)
        scope = team_scope(self._principal, team_id)
        today = today or date.today()
        max_days = max(0, min(int(max_days), MAX_REMINDER_DAYS))
        limit_date = today - timedelta(days=max_days)
        where = [
            Customer.segment == Segment.KEY_ACCOUNT,
            Customer.merged_into_id.is_(None),
            or_(Customer.last_contact_on.is_(None), Customer.last_contact_on < limit_date),
        ]
        if scope is not None:
            where.append(Customer.team_id == scope)
        if manager_id is not None:
            where.append(Customer.manager_id == manager_id)
        with read_only(self._factory) as s:
            total = int(s.scalar(select(func.count()).select_from(Customer).where(*where)) or 0)
            q = (select(Customer.id, Customer.account_no, Customer.name, Customer.key_grade, Staff.name,
                        Customer.last_contact_on)
                 .outerjoin(Staff, Staff.id == Customer.manager_id)
                 .where(*where)
                 # NULLs (never contacted) first on both backends: they are the most overdue.
                 .order_by(Customer.last_contact_on.is_not(None), Customer.last_contact_on, Customer.account_no)
                 .limit(limit))
            items = tuple(
                KeyAccountReminder(int(cid), acct, name, grade.value if grade else None, manager or "", last,
                                   (today - last).days if last else None)
                for cid, acct, name, grade, manager, last in s.execute(q)
            )
        return ReminderList(items, total, max_days)
