"""The customer portfolio (一核): loading a team's portfolio, one customer's file, revealing personal data.

Every method checks the permission and the team: a principal without ALL_TEAMS only ever reads their own
team's customers, whatever id or team a screen passes (see :func:`customer_scope.load_customer`).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from console.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationFailed
from console.core.masking import mask_id_number, mask_phone
from console.core.models import (
    ChargingFacility, Complaint, Contact, Customer, Intention, Project, ReserveEntry, Staff, Team, Visit,
)
from console.core.models.enums import IntentionStatus, Post, ProjectStatus, Segment
from console.core.rules.customer_flags import DEFAULT_CONTACT_DAYS, EDITABLE_MASK, STORED_MASK, contact_overdue
from console.core.security import Permission, Principal, may_see_personal_data, require, team_scope
from console.core.services import audit
from console.core.services.base import SessionFactory, check_version, read_only, unit_of_work
from console.core.services.customer_records import (
    ChargingRecord, ComplaintRecord, ContactRecord, CustomerDetail, CustomerProfile, DuplicateHint,
    IntentionRecord, KeyAccountPanel, ProjectLink, VisitRecord,
)
from console.core.services.customer_scope import CUSTOMER, engine_of, load_customer, require_scope
from console.core.services.portfolio import Portfolio
from console.core.services.portfolio_columns import PortfolioFrame, load_frame, read_first_rows, read_rows
from console.core.services.portfolio_query import CharOrder

REVEALABLE = ("phone", "id_number")
FIRST_ROWS = 80  # enough to fill a 1280×800 window before the whole portfolio has loaded


class CustomerService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal
        self._engine = engine_of(factory)
        self._dialect = self._engine.dialect.name

    # --- portfolio --------------------------------------------------------------------------------------------

    def portfolio_scope(self, team_id: int | None = None) -> int | None:
        require(self._principal, Permission.VIEW_PORTFOLIO)
        return team_scope(self._principal, team_id)

    def load_portfolio(self, team_id: int | None = None, *, today: date | None = None,
                       overdue_days: int = DEFAULT_CONTACT_DAYS, char_order: CharOrder | None = None,
                       progress: Callable[[str], None] | None = None) -> Portfolio:
        """Every live customer of the team (admin: ``None`` = all teams) as column arrays."""
        scope = self.portfolio_scope(team_id)
        frame = load_frame(self._engine, self._dialect, scope, progress)
        return Portfolio(frame, today or date.today(), overdue_days, char_order)

    def first_rows(self, team_id: int | None = None, limit: int = FIRST_ROWS) -> PortfolioFrame:
        """The first rows in account order, read with one small indexed query so the view paints at once."""
        return read_first_rows(self._engine, self._dialect, self.portfolio_scope(team_id), limit)

    def refresh_rows(self, portfolio: Portfolio, ids: Sequence[int]) -> set[str]:
        """Re-read these customers into a loaded portfolio (after an edit here or a change notice)."""
        require(self._principal, Permission.VIEW_PORTFOLIO)
        require_scope(self._principal, portfolio.team_id)
        return portfolio.patch(read_rows(self._engine, self._dialect, list(ids)), list(ids))

    def managers(self, team_id: int | None = None) -> list[tuple[int, str]]:
        """Customer managers of the team (admin, all teams: every customer manager), for the filter."""
        scope = self.portfolio_scope(team_id)
        with read_only(self._factory) as s:
            q = select(Staff.id, Staff.name).where(Staff.post == Post.CUSTOMER_MANAGER).order_by(Staff.id)
            if scope is not None:
                q = q.where(Staff.team_id == scope)
            return [(int(i), str(n)) for i, n in s.execute(q)]

    # --- one customer -----------------------------------------------------------------------------------------

    def detail(self, customer_id: int, *, today: date | None = None,
               overdue_days: int = DEFAULT_CONTACT_DAYS) -> CustomerDetail:
        today = today or date.today()
        with read_only(self._factory) as s:
            c = load_customer(s, self._principal, customer_id, permission=Permission.VIEW_PORTFOLIO)
            profile = _profile(s, c)
            contacts = tuple(
                ContactRecord(k.id, k.name, k.title, mask_phone(k.phone), mask_id_number(k.id_number), k.is_primary)
                for k in s.scalars(select(Contact).where(Contact.customer_id == c.id).order_by(Contact.is_primary.desc(), Contact.id))
            )
            staff = dict(s.execute(select(Staff.id, Staff.name)).all())
            visits = tuple(
                VisitRecord(v.id, _value(v.kind), v.happened_on, v.staff_id, staff.get(v.staff_id, ""), v.summary,
                            v.next_action, v.version)
                for v in s.scalars(select(Visit).where(Visit.customer_id == c.id).order_by(Visit.happened_on.desc(), Visit.id.desc()))
            )
            reserve = dict(s.execute(select(ReserveEntry.intention_id, ReserveEntry.id).where(ReserveEntry.customer_id == c.id)).all())
            intentions = tuple(
                IntentionRecord(i.id, _value(i.kind), i.description, i.estimated_kw, i.found_on, _value(i.status),
                                i.visit_id, reserve.get(i.id), i.version)
                for i in s.scalars(select(Intention).where(Intention.customer_id == c.id).order_by(Intention.found_on.desc(), Intention.id.desc()))
            )
            projects = tuple(
                ProjectLink(p.id, p.application_no, p.title, _value(p.project_class), _value(p.status), p.accepted_on,
                            p.powered_on_on)
                for p in s.scalars(select(Project).where(Project.customer_id == c.id).order_by(Project.accepted_on.desc()))
            )
            complaints = tuple(
                ComplaintRecord(k.id, k.received_on, k.channel, k.summary, k.closed_on)
                for k in s.scalars(select(Complaint).where(Complaint.customer_id == c.id).order_by(Complaint.received_on.desc()))
            )
            facility = s.scalar(select(ChargingFacility).where(ChargingFacility.customer_id == c.id))
            charging = ChargingRecord(facility.kind, facility.chargers, facility.total_kw, facility.operator) if facility else None
            panel = None
            if c.segment == Segment.KEY_ACCOUNT:
                panel = _key_panel(projects, complaints, intentions, c.last_contact_on, today, overdue_days)
            duplicates = tuple(possible_duplicates(s, c))
        p = self._principal
        return CustomerDetail(profile, contacts, visits, intentions, projects, complaints, charging, panel, duplicates,
                              p.can(Permission.EDIT_CUSTOMERS), may_see_personal_data(p))

    def reveal(self, customer_id: int, field: str, contact_id: int | None = None) -> str:
        """The unmasked phone or ID number of a customer (or one of its contacts); every call is audited."""
        if field not in REVEALABLE:
            raise ValidationFailed(detail=field)
        with unit_of_work(self._factory, CUSTOMER) as s:
            c = load_customer(s, self._principal, customer_id, permission=Permission.UNMASK_PERSONAL_DATA,
                              allow_merged=True)
            if contact_id is None:
                value = getattr(c, field)
            else:
                contact = s.get(Contact, contact_id)
                if contact is None or contact.customer_id != c.id:
                    raise NotFound(what=QT_TRANSLATE_NOOP("entities", "联系人"), key=str(contact_id))
                value = getattr(contact, field)
            audit.record(s, self._principal, "unmask", "customer", c.id, field=field, contact_id=contact_id,
                         account_no=c.account_no)
            return str(value or "")

    def set_flags(self, customer_id: int, version: int, flags: int) -> int:
        """Set the hand-kept flags (risk, importance, arrears); the duplicate flag is left as the scan set it."""
        with unit_of_work(self._factory, CUSTOMER) as s:
            c = load_customer(s, self._principal, customer_id, permission=Permission.EDIT_CUSTOMERS)
            check_version(version, c.version, CUSTOMER)
            before = c.flags
            c.flags = (c.flags & STORED_MASK & ~EDITABLE_MASK) | (flags & EDITABLE_MASK)
            if c.flags != before:
                audit.record(s, self._principal, "update", "customer", c.id, flags_before=before, flags=c.flags)
            s.flush()
            return c.version

    def assign_manager(self, customer_id: int, version: int, manager_id: int | None) -> int:
        with unit_of_work(self._factory, CUSTOMER) as s:
            c = load_customer(s, self._principal, customer_id, permission=Permission.EDIT_CUSTOMERS)
            check_version(version, c.version, CUSTOMER)
            if manager_id is not None:
                staff = s.get(Staff, manager_id)
                if staff is None or staff.team_id != c.team_id:
                    raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "客户经理须属于客户所在团队"))
            if c.manager_id != manager_id:
                audit.record(s, self._principal, "update", "customer", c.id, manager_before=c.manager_id, manager=manager_id)
                c.manager_id = manager_id
            s.flush()
            return c.version


def _value(v: Any) -> str:
    return v.value if hasattr(v, "value") else str(v)


def _profile(s: Session, c: Customer) -> CustomerProfile:
    team = s.get(Team, c.team_id)
    manager = s.get(Staff, c.manager_id) if c.manager_id else None
    return CustomerProfile(
        c.id, c.account_no, c.name, _value(c.segment), _value(c.key_grade) if c.key_grade else None, c.usage_category,
        c.address, c.voltage_level, c.capacity_kva, c.industry, c.team_id, team.name if team else "",
        c.manager_id, manager.name if manager else "", c.opened_on, mask_phone(c.phone), mask_id_number(c.id_number),
        c.last_contact_on, c.open_projects, c.complaints_open, c.flags, c.version,
    )


def _key_panel(projects: Sequence[ProjectLink], complaints: Sequence[ComplaintRecord],
               intentions: Sequence[IntentionRecord], last_contact: date | None, today: date,
               max_days: int) -> KeyAccountPanel:
    return KeyAccountPanel(
        open_projects=sum(1 for p in projects if p.status == ProjectStatus.IN_PROGRESS.value),
        open_complaints=sum(1 for k in complaints if k.closed_on is None),
        open_intentions=sum(1 for i in intentions if i.status in (IntentionStatus.NEW.value, IntentionStatus.IN_RESERVE.value)),
        days_since_contact=(today - last_contact).days if last_contact else None,
        overdue=contact_overdue(last_contact, today, max_days),
        max_days=max_days,
    )


def possible_duplicates(s: Session, c: Customer, limit: int = 20, *, by_phone: bool | None = None) -> list[DuplicateHint]:
    """Other live customers sharing this one's ID number, phone or normalised address (same team scope).

    ID number and address are indexed; the phone is not, so it is compared only when asked, or when the
    duplicate scan has flagged this customer (a million-row scan per opened file would cost ~0.2 s).
    """
    from console.core.rules.customer_flags import CustomerFlag

    if by_phone is None:
        by_phone = bool(c.flags & int(CustomerFlag.POSSIBLE_DUPLICATE))
    tests = []
    if c.id_number:
        tests.append(Customer.id_number == c.id_number)
    if c.phone and by_phone:
        tests.append(Customer.phone == c.phone)
    if c.normalized_address:
        tests.append(Customer.normalized_address == c.normalized_address)
    if not tests:
        return []
    q = (select(Customer).where(and_(or_(*tests), Customer.id != c.id, Customer.merged_into_id.is_(None),
                                     Customer.team_id == c.team_id)).order_by(Customer.id).limit(limit))
    hints = []
    for other in s.scalars(q):
        reasons = tuple(r for r, same in (("id_number", c.id_number and other.id_number == c.id_number),
                                          ("phone", c.phone and other.phone == c.phone),
                                          ("address", c.normalized_address and other.normalized_address == c.normalized_address)) if same)
        hints.append(DuplicateHint(other.id, other.account_no, other.name, reasons))
    return hints


def count_customers(s: Session, team_id: int | None) -> int:
    q = select(func.count()).select_from(Customer).where(Customer.merged_into_id.is_(None))
    if team_id is not None:
        q = q.where(Customer.team_id == team_id)
    return int(s.scalar(q) or 0)
