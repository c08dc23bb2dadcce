"""Possible duplicate customers (same ID number, phone or normalised address): flag them, merge them.

A merge keeps everything: the contacts, visits, intentions, reserve entries, complaints and projects of the
merged customers move to the customer kept, and the merged rows stay in the table marked
``merged_into_id`` (the portfolio no longer shows them; opening one says where it went).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from console.core.errors import QT_TRANSLATE_NOOP, ValidationFailed
from console.core.masking import mask_id_number, mask_phone
from console.core.models import ChargingFacility, Complaint, Contact, Customer, Intention, Project, ReserveEntry, Visit
from console.core.models.enums import ProjectStatus
from console.core.rules.customer_flags import CustomerFlag
from console.core.security import Permission, Principal, require, team_scope
from console.core.services import audit
from console.core.services.base import SessionFactory, check_version, unit_of_work
from console.core.services.customer_scope import CUSTOMER, load_customer
from console.core.services.customers import possible_duplicates

DUP = int(CustomerFlag.POSSIBLE_DUPLICATE)
REASONS = ("id_number", "phone", "address")
_COLUMN = {"id_number": Customer.id_number, "phone": Customer.phone, "address": Customer.normalized_address}
_CHUNK = 500


@dataclass(frozen=True)
class DuplicateMember:
    id: int
    account_no: str
    name: str
    segment: str
    address: str
    last_contact_on: date | None
    version: int


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str  # id_number / phone / address
    shown_value: str  # masked for phone and ID number
    members: tuple[DuplicateMember, ...]


@dataclass(frozen=True)
class ScanResult:
    groups: tuple[DuplicateGroup, ...]  # at most the limit asked for, largest first
    group_count: int
    flagged: int  # customers now carrying the duplicate flag


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_ids: tuple[int, ...]
    moved: dict[str, int]


def _shown(reason: str, value: str) -> str:
    if reason == "phone":
        return mask_phone(value)
    if reason == "id_number":
        return mask_id_number(value)
    return value


class DuplicateService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def scan(self, team_id: int | None = None, *, limit: int = 500) -> ScanResult:
        """Find the groups, then set the duplicate flag on exactly their members (cleared on everyone else)."""
        require(self._principal, Permission.VIEW_PORTFOLIO)
        require(self._principal, Permission.EDIT_CUSTOMERS)
        scope = team_scope(self._principal, team_id)
        with unit_of_work(self._factory, CUSTOMER) as s:
            values = {reason: self._duplicate_values(s, reason, scope) for reason in REASONS}
            members: set[int] = set()
            groups: list[tuple[str, str, list[int]]] = []
            for reason, found in values.items():
                for value, ids in found.items():
                    members.update(ids)
                    groups.append((reason, value, ids))
            self._reflag(s, scope, members)
            groups.sort(key=lambda g: (-len(g[2]), g[0], g[1]))
            shown = groups[:limit]
            rows = {c.id: c for c in _customers(s, sorted({i for g in shown for i in g[2]}))}
            out = tuple(
                DuplicateGroup(reason, _shown(reason, value), tuple(_member(rows[i]) for i in ids))
                for reason, value, ids in shown
            )
            audit.record(s, self._principal, "duplicate_scan", "customer", None, team_id=scope, groups=len(groups),
                         flagged=len(members))
            return ScanResult(out, len(groups), len(members))

    def _duplicate_values(self, s: Session, reason: str, scope: int | None) -> dict[str, list[int]]:
        column = _COLUMN[reason]
        where = [Customer.merged_into_id.is_(None), column != ""]
        if scope is not None:
            where.append(Customer.team_id == scope)
        dup_values = select(column).where(*where).group_by(column).having(func.count() > 1)
        out: dict[str, list[int]] = {}
        for value, cid in s.execute(select(column, Customer.id).where(*where, column.in_(dup_values)).order_by(column, Customer.id)):
            out.setdefault(value, []).append(int(cid))
        return out

    def _reflag(self, s: Session, scope: int | None, members: set[int]) -> None:
        # Bulk UPDATEs: the flag is the scan's own bookkeeping, so the row version (people's edits) stays.
        clear = update(Customer).where(Customer.flags.op("&")(DUP) != 0, Customer.merged_into_id.is_(None))
        if scope is not None:
            clear = clear.where(Customer.team_id == scope)
        s.execute(clear.values(flags=Customer.flags.op("&")(~DUP)).execution_options(synchronize_session=False))
        ids = sorted(members)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            s.execute(update(Customer).where(Customer.id.in_(chunk)).values(flags=Customer.flags.op("|")(DUP))
                      .execution_options(synchronize_session=False))

    def merge(self, keep_id: int, keep_version: int, merge_ids: Sequence[int]) -> MergeResult:
        """Merge ``merge_ids`` into ``keep_id`` (same team), moving their history; all in one transaction."""
        merge_ids = sorted(set(merge_ids) - {keep_id})
        if not merge_ids:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请至少选择一个要并入的客户"))
        with unit_of_work(self._factory, CUSTOMER) as s:
            keep = load_customer(s, self._principal, keep_id, permission=Permission.MERGE_CUSTOMERS)
            check_version(keep_version, keep.version, CUSTOMER)
            merged = [load_customer(s, self._principal, i, permission=Permission.MERGE_CUSTOMERS) for i in merge_ids]
            if any(c.team_id != keep.team_id for c in merged):
                raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "只能合并同一团队的客户"))
            moved: dict[str, int] = {}
            for model in (Contact, Visit, Intention, ReserveEntry, Complaint, Project):
                result = s.execute(update(model).where(model.customer_id.in_(merge_ids)).values(customer_id=keep.id)
                                   .execution_options(synchronize_session=False))
                moved[model.__tablename__] = int(result.rowcount or 0)
            if s.scalar(select(ChargingFacility.id).where(ChargingFacility.customer_id == keep.id)) is None:
                first = s.scalar(select(ChargingFacility).where(ChargingFacility.customer_id.in_(merge_ids)).limit(1))
                if first is not None:
                    first.customer_id = keep.id
                    moved["charging_facilities"] = 1
            # Only one primary contact survives: the kept customer's own, if it has one.
            primaries = list(s.scalars(select(Contact).where(Contact.customer_id == keep.id, Contact.is_primary.is_(True))
                                       .order_by(Contact.id)))
            for extra in primaries[1:]:
                extra.is_primary = False
            for c in merged:
                c.merged_into_id = keep.id
                c.flags = c.flags & ~DUP
            s.flush()
            _recount(s, keep)
            if not possible_duplicates(s, keep, limit=1, by_phone=True):
                keep.flags = keep.flags & ~DUP
            audit.record(s, self._principal, "merge", "customer", keep.id, merged=list(merge_ids),
                         merged_accounts=[c.account_no for c in merged], moved=moved)
            return MergeResult(keep.id, tuple(merge_ids), moved)


def _recount(s: Session, c: Customer) -> None:
    """The denormalised columns of the kept customer, from its (now larger) history."""
    c.last_contact_on = s.scalar(select(func.max(Visit.happened_on)).where(Visit.customer_id == c.id))
    c.open_projects = int(s.scalar(select(func.count()).select_from(Project).where(
        Project.customer_id == c.id, Project.status == ProjectStatus.IN_PROGRESS)) or 0)
    c.complaints_open = int(s.scalar(select(func.count()).select_from(Complaint).where(
        Complaint.customer_id == c.id, Complaint.closed_on.is_(None))) or 0)


def _customers(s: Session, ids: Sequence[int]) -> list[Customer]:
    out: list[Customer] = []
    for start in range(0, len(ids), _CHUNK):
        out.extend(s.scalars(select(Customer).where(Customer.id.in_(ids[start:start + _CHUNK]))))
    return out


def _member(c: Customer) -> DuplicateMember:
    return DuplicateMember(c.id, c.account_no, c.name, c.segment.value, c.address, c.last_contact_on, c.version)

