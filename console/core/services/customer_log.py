"""The contact log (定期联络 / 现场走访) and energy-service intentions, and sending intentions to the reserve pool.

Adding or editing a visit keeps ``Customer.last_contact_on`` (the portfolio's denormalised column) equal to
the latest visit date, in the same transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.core.errors import QT_TRANSLATE_NOOP, ConsoleError, NotFound, ValidationFailed
from console.core.models import Customer, Intention, ReserveEntry, Visit
from console.core.models.enums import ContactKind, IntentionKind, IntentionStatus
from console.core.security import Permission, Principal
from console.core.services import audit
from console.core.services.base import SessionFactory, check_version, unit_of_work
from console.core.services.customer_scope import load_customer

VISIT = QT_TRANSLATE_NOOP("entities", "走访记录")
INTENTION = QT_TRANSLATE_NOOP("entities", "用能意向")
MAX_TEXT = 2000


class AlreadyInReserve(ConsoleError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "该意向已在项目储备库中，无需重复提交。")


@dataclass(frozen=True)
class VisitInput:
    kind: ContactKind
    happened_on: date
    summary: str
    next_action: str = ""


@dataclass(frozen=True)
class IntentionInput:
    kind: IntentionKind
    description: str
    estimated_kw: float
    found_on: date
    visit_id: int | None = None


def _check_visit(data: VisitInput, today: date) -> None:
    if data.happened_on > today:
        raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "联络日期不能晚于今天"))
    if not data.summary.strip():
        raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请填写联络内容"))
    if len(data.summary) > MAX_TEXT or len(data.next_action) > MAX_TEXT:
        raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "内容过长（最多2000字）"))


def _check_intention(data: IntentionInput) -> None:
    if not data.description.strip():
        raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请填写意向内容"))
    if not 0 <= data.estimated_kw <= 10_000_000:
        raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "预计容量应在 0 至 10,000,000 kW 之间"))


def _refresh_last_contact(s: Session, customer: Customer) -> None:
    s.flush()
    customer.last_contact_on = s.scalar(select(func.max(Visit.happened_on)).where(Visit.customer_id == customer.id))


class CustomerLogService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def add_visit(self, customer_id: int, data: VisitInput, *, today: date | None = None) -> int:
        _check_visit(data, today or date.today())
        with unit_of_work(self._factory, VISIT) as s:
            c = load_customer(s, self._principal, customer_id, permission=Permission.EDIT_CUSTOMERS)
            visit = Visit(customer_id=c.id, staff_id=self._principal.staff_id, kind=data.kind,
                          happened_on=data.happened_on, summary=data.summary.strip(), next_action=data.next_action.strip())
            s.add(visit)
            _refresh_last_contact(s, c)
            s.flush()
            return visit.id

    def edit_visit(self, visit_id: int, version: int, data: VisitInput, *, today: date | None = None) -> None:
        _check_visit(data, today or date.today())
        with unit_of_work(self._factory, VISIT) as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFound(what=VISIT, key=str(visit_id))
            c = load_customer(s, self._principal, visit.customer_id, permission=Permission.EDIT_CUSTOMERS)
            check_version(version, visit.version, VISIT)
            visit.kind, visit.happened_on = data.kind, data.happened_on
            visit.summary, visit.next_action = data.summary.strip(), data.next_action.strip()
            _refresh_last_contact(s, c)

    def add_intention(self, customer_id: int, data: IntentionInput) -> int:
        _check_intention(data)
        with unit_of_work(self._factory, INTENTION) as s:
            c = load_customer(s, self._principal, customer_id, permission=Permission.EDIT_CUSTOMERS)
            if data.visit_id is not None:
                visit = s.get(Visit, data.visit_id)
                if visit is None or visit.customer_id != c.id:
                    raise NotFound(what=VISIT, key=str(data.visit_id))
            intention = Intention(customer_id=c.id, visit_id=data.visit_id, kind=data.kind,
                                  description=data.description.strip(), estimated_kw=data.estimated_kw,
                                  found_on=data.found_on, status=IntentionStatus.NEW)
            s.add(intention)
            s.flush()
            return intention.id

    def edit_intention(self, intention_id: int, version: int, data: IntentionInput,
                       status: IntentionStatus | None = None) -> None:
        _check_intention(data)
        with unit_of_work(self._factory, INTENTION) as s:
            intention = self._intention(s, intention_id)
            check_version(version, intention.version, INTENTION)
            intention.kind, intention.description = data.kind, data.description.strip()
            intention.estimated_kw, intention.found_on = data.estimated_kw, data.found_on
            if status is not None:
                intention.status = status
            entry = s.scalar(select(ReserveEntry).where(ReserveEntry.intention_id == intention.id))
            if entry is not None and entry.project_id is None:  # the pool shows what the manager now knows
                entry.kind, entry.estimated_kw = data.kind, data.estimated_kw

    def send_to_reserve(self, intention_id: int, version: int) -> int:
        """Put an intention into the project reserve pool (项目储备库) of the customer's team."""
        with unit_of_work(self._factory, INTENTION) as s:
            intention = self._intention(s, intention_id)
            check_version(version, intention.version, INTENTION)
            if s.scalar(select(ReserveEntry.id).where(ReserveEntry.intention_id == intention.id)) is not None:
                raise AlreadyInReserve()
            customer = s.get(Customer, intention.customer_id)
            assert customer is not None
            entry = ReserveEntry(intention_id=intention.id, customer_id=customer.id, team_id=customer.team_id,
                                 title=f"{customer.name}：{intention.description}"[:200], kind=intention.kind,
                                 estimated_kw=intention.estimated_kw)
            s.add(entry)
            intention.status = IntentionStatus.IN_RESERVE
            s.flush()
            audit.record(s, self._principal, "reserve", "intention", intention.id, reserve_entry_id=entry.id,
                         account_no=customer.account_no)
            return entry.id

    def _intention(self, s: Session, intention_id: int) -> Intention:
        intention = s.get(Intention, intention_id)
        if intention is None:
            raise NotFound(what=INTENTION, key=str(intention_id))
        load_customer(s, self._principal, intention.customer_id, permission=Permission.EDIT_CUSTOMERS)
        return intention

