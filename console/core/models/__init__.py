"""All tables. Model classes load on first use (PEP 562), so importing ``console.core.models.enums`` — as the
login window does — does not pay for SQLAlchemy's ORM before the first window paints."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = ("audit", "customers", "kiosk", "meetings", "org", "projects", "rules", "warehouse")

_EXPORTS = {
    "Base": "base",
    "AuditEntry": "audit",
    **dict.fromkeys(
        ("ChargingFacility", "Complaint", "Contact", "Customer", "ImportBatch", "ImportBatchRow", "Intention",
         "ReserveEntry", "SavedFilter", "Visit"), "customers"),
    **dict.fromkeys(("Kiosk", "KioskContent", "KioskLookupAttempt", "KioskSchedule", "ProofOfPlay"), "kiosk"),
    **dict.fromkeys(("AgendaItem", "Meeting", "MeetingAttendee"), "meetings"),
    **dict.fromkeys(("Centre", "Staff", "Team", "UserAccount"), "org"),
    **dict.fromkeys(
        ("EnergyPlan", "Project", "ProjectDocument", "ProjectEscalation", "ProjectFlag", "ProjectNode", "ProjectNote",
         "ProjectPause", "ProjectPublication", "SupplyPlan"), "projects"),
    **dict.fromkeys(("CalendarOverride", "CentreSetting", "TestIntervalRule", "TimeLimitRule", "TimeLimitTable"), "rules"),
    **dict.fromkeys(
        ("Item", "ItemType", "Location", "MaterialReservation", "Movement", "QuarantinedEpc", "Reader", "StockCount",
         "StockCountSeen", "TagReadRow", "TestRecord"), "warehouse"),
}

__all__ = sorted(_EXPORTS)


def load_all() -> None:
    """Import every model module so ``Base.metadata`` knows every table (migrations, create_all, mappers)."""
    for name in _MODULES:
        importlib.import_module(f"console.core.models.{name}")


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'console.core.models' has no attribute {name!r}")
    load_all()  # cross-module foreign keys and relationships need every table registered
    value = getattr(importlib.import_module(f"console.core.models.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from console.core.models.audit import AuditEntry
    from console.core.models.base import Base
    from console.core.models.customers import (
        ChargingFacility, Complaint, Contact, Customer, ImportBatch, ImportBatchRow, Intention, ReserveEntry,
        SavedFilter, Visit,
    )
    from console.core.models.kiosk import Kiosk, KioskContent, KioskLookupAttempt, KioskSchedule, ProofOfPlay
    from console.core.models.meetings import AgendaItem, Meeting, MeetingAttendee
    from console.core.models.org import Centre, Staff, Team, UserAccount
    from console.core.models.projects import (
        EnergyPlan, Project, ProjectDocument, ProjectEscalation, ProjectFlag, ProjectNode, ProjectNote, ProjectPause,
        ProjectPublication, SupplyPlan,
    )
    from console.core.models.rules import CalendarOverride, CentreSetting, TestIntervalRule, TimeLimitRule, TimeLimitTable
    from console.core.models.warehouse import (
        Item, ItemType, Location, MaterialReservation, Movement, QuarantinedEpc, Reader, StockCount, StockCountSeen,
        TagReadRow, TestRecord,
    )
