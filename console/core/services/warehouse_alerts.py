"""Warehouse alerts for a given day: overdue tests (and tests due soon), ended service lives, overdue returns,
items that left through the door without a check-out, low stock, and unregistered tags waiting in quarantine.

Critical alerts come first (an overdue tool may be in someone's hands right now), then warnings; within a kind,
the most overdue first.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from console.core.models import Item, ItemType, QuarantinedEpc, Staff
from console.core.models.enums import ItemStatus
from console.core.security import Permission, Principal, require
from console.core.services.base import SessionFactory, read_only
from console.core.services.warehouse_common import item_label
from console.core.services.warehouse_registry import DUE_SOON_DAYS
from console.core.services.warehouse_reservations import stock_levels

TEST_OVERDUE = "test_overdue"
LIFE_ENDED = "life_ended"
RETURN_OVERDUE = "return_overdue"
EXIT_UNREGISTERED = "exit_unregistered"  # went out through the door with no check-out
LOW_STOCK = "low_stock"
TEST_DUE_SOON = "test_due_soon"
QUARANTINE = "quarantine"

CRITICAL, WARNING = "critical", "warning"
_ORDER = (TEST_OVERDUE, LIFE_ENDED, RETURN_OVERDUE, EXIT_UNREGISTERED, LOW_STOCK, TEST_DUE_SOON, QUARANTINE)


@dataclass(frozen=True)
class Alert:
    kind: str
    severity: str
    subject: str  # item label (type + serial) or type name
    item_id: int | None = None
    type_id: int | None = None
    on: date | None = None  # the due / end / due-back date
    days: int = 0  # days overdue (positive) or days left (due soon)
    holder: str = ""  # who has the item, for items that are out
    count: int = 0  # low stock: units in stock; quarantine: tags waiting
    threshold: int = 0


@dataclass(frozen=True)
class AlertSummary:
    alerts: tuple[Alert, ...]
    counts: dict[str, int]  # kind → number of alerts

    @property
    def critical(self) -> int:
        return sum(1 for a in self.alerts if a.severity == CRITICAL)


class WarehouseAlerts:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def alerts(self, today: date, due_soon_days: int = DUE_SOON_DAYS) -> AlertSummary:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        found: list[Alert] = []
        with read_only(self._factory) as s:
            live = Item.status != ItemStatus.SCRAPPED
            base = (select(Item.id, Item.serial, ItemType.name.label("type_name"), Item.next_test_due,
                           Item.service_life_ends, Item.due_back_on, Staff.name.label("holder"))
                    .join(ItemType, ItemType.id == Item.type_id).outerjoin(Staff, Staff.id == Item.holder_staff_id))
            for row in s.execute(base.where(live, Item.service_life_ends <= today)):
                found.append(_item_alert(LIFE_ENDED, CRITICAL, row, row.service_life_ends, today))
            ended = {a.item_id for a in found}
            # A tool away for testing is being dealt with; one whose life ended is reported once, as ended.
            for row in s.execute(base.where(live, Item.status != ItemStatus.IN_TEST, Item.next_test_due < today)):
                if row.id not in ended:
                    found.append(_item_alert(TEST_OVERDUE, CRITICAL, row, row.next_test_due, today))
            soon = today + timedelta(days=due_soon_days)
            for row in s.execute(base.where(live, Item.status != ItemStatus.IN_TEST,
                                            Item.next_test_due.between(today, soon))):
                if row.id not in ended:
                    found.append(_item_alert(TEST_DUE_SOON, WARNING, row, row.next_test_due, today))
            out = Item.status == ItemStatus.OUT
            for row in s.execute(base.where(out, Item.due_back_on < today)):
                found.append(_item_alert(RETURN_OVERDUE, CRITICAL, row, row.due_back_on, today))
            for row in s.execute(base.where(out, Item.due_back_on.is_(None))):
                found.append(_item_alert(EXIT_UNREGISTERED, CRITICAL, row, None, today))
            for level in stock_levels(s):
                if level.low:
                    found.append(Alert(LOW_STOCK, WARNING, level.type_name, type_id=level.type_id,
                                       count=level.in_stock, threshold=level.threshold))
            waiting = s.scalar(select(func.count()).select_from(QuarantinedEpc)
                               .where(QuarantinedEpc.dismissed.is_(False))) or 0
            if waiting:
                found.append(Alert(QUARANTINE, WARNING, "", count=waiting))
        found.sort(key=lambda a: (_ORDER.index(a.kind), -a.days if a.kind != TEST_DUE_SOON else a.days, a.subject))
        counts = {kind: 0 for kind in _ORDER}
        for alert in found:
            counts[alert.kind] += 1
        return AlertSummary(tuple(found), counts)


def _item_alert(kind: str, severity: str, row, on: date | None, today: date) -> Alert:  # type: ignore[no-untyped-def]
    days = (today - on).days if on is not None else 0
    if kind == TEST_DUE_SOON and on is not None:
        days = (on - today).days
    return Alert(kind, severity, item_label(row.type_name, row.serial), item_id=row.id, on=on, days=days,
                 holder=row.holder or "")
