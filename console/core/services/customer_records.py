"""Plain, frozen records the customer services hand to screens and commands (never ORM objects).

Phones and ID numbers in these records are already masked unless the record says ``revealed``: the only
way to see them whole is ``CustomerService.reveal``, which writes an audit entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    account_no: str
    name: str
    segment: str
    key_grade: str | None
    usage_category: str
    address: str
    voltage_level: str
    capacity_kva: float
    industry: str
    team_id: int
    team_name: str
    manager_id: int | None
    manager_name: str
    opened_on: date | None
    phone: str  # masked
    id_number: str  # masked
    last_contact_on: date | None
    open_projects: int
    complaints_open: int
    flags: int  # stored bits (see console.core.rules.customer_flags)
    version: int


@dataclass(frozen=True)
class ContactRecord:
    id: int
    name: str
    title: str
    phone: str  # masked
    id_number: str  # masked
    is_primary: bool


@dataclass(frozen=True)
class VisitRecord:
    id: int
    kind: str  # ContactKind value: call / visit
    happened_on: date
    staff_id: int | None
    staff_name: str
    summary: str
    next_action: str
    version: int


@dataclass(frozen=True)
class IntentionRecord:
    id: int
    kind: str  # IntentionKind value
    description: str
    estimated_kw: float
    found_on: date
    status: str  # IntentionStatus value
    visit_id: int | None
    reserve_entry_id: int | None
    version: int


@dataclass(frozen=True)
class ProjectLink:
    id: int
    application_no: str
    title: str
    project_class: str
    status: str
    accepted_on: date
    powered_on_on: date | None


@dataclass(frozen=True)
class ComplaintRecord:
    id: int
    received_on: date
    channel: str
    summary: str
    closed_on: date | None


@dataclass(frozen=True)
class ChargingRecord:
    kind: str  # home / public / bus / highway
    chargers: int
    total_kw: float
    operator: str


@dataclass(frozen=True)
class KeyAccountPanel:
    """What a team lead checks on a key group account (集团要客) at a glance."""

    open_projects: int
    open_complaints: int
    open_intentions: int
    days_since_contact: int | None  # None: never contacted
    overdue: bool
    max_days: int


@dataclass(frozen=True)
class DuplicateHint:
    customer_id: int
    account_no: str
    name: str
    reasons: tuple[str, ...]  # "id_number" / "phone" / "address"


@dataclass(frozen=True)
class CustomerDetail:
    profile: CustomerProfile
    contacts: tuple[ContactRecord, ...]
    visits: tuple[VisitRecord, ...]
    intentions: tuple[IntentionRecord, ...]
    projects: tuple[ProjectLink, ...]
    complaints: tuple[ComplaintRecord, ...]
    charging: ChargingRecord | None
    key_panel: KeyAccountPanel | None
    duplicates: tuple[DuplicateHint, ...]
    may_edit: bool
    may_reveal: bool


@dataclass(frozen=True)
class KeyAccountReminder:
    customer_id: int
    account_no: str
    name: str
    key_grade: str | None
    manager_name: str
    last_contact_on: date | None
    days_since_contact: int | None  # None: never contacted


@dataclass(frozen=True)
class ReminderList:
    items: tuple[KeyAccountReminder, ...]  # most overdue first, at most the limit asked for
    total: int  # all overdue key accounts in scope
    max_days: int
