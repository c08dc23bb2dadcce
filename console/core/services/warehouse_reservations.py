"""一网联动: materials reserved for a connection project (customer need → project → stock), and low-stock levels.

A reservation holds whole tagged items (one row per item): counted stock such as meters carries one SGTIN tag
per unit, so "reserve 12 single-phase meters" marks 12 in-stock meters RESERVED for the project. Only items that
could be checked out today are taken (no overdue test, no ended service life), oldest registration first.
A reserved item goes out only to its project (see the check-out rules); check-out to it fulfils the reservation.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import func, or_, select

from console.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationFailed
from console.core.models import Item, ItemType, MaterialReservation, Movement, Project
from console.core.models.enums import ItemStatus, MovementKind
from console.core.security import Permission, Principal, require, require_team, team_scope
from console.core.services import audit
from console.core.services.base import SessionFactory, read_only, unit_of_work
from console.core.services.warehouse_common import InsufficientStock, item_label


@dataclass(frozen=True)
class ReservationView:
    id: int
    project_id: int
    project: str  # application number
    project_title: str
    type_name: str
    item_id: int | None
    item: str  # type and serial
    quantity: int
    created_at: datetime
    released_at: datetime | None


@dataclass(frozen=True)
class StockLevel:
    type_id: int
    type_name: str
    unit: str
    in_stock: int  # units on the shelves, not reserved
    reserved: int
    out: int
    threshold: int

    @property
    def low(self) -> bool:
        return self.threshold > 0 and self.in_stock < self.threshold


class WarehouseReservations:
    def __init__(self, factory: SessionFactory, principal: Principal, today: Callable[[], date] | None = None) -> None:
        self._factory = factory
        self._principal = principal
        self._today = today or date.today

    def reserve(self, project_id: int, type_id: int, quantity: int, note: str = "") -> tuple[int, ...]:
        """Reserve ``quantity`` items of a type for a project; returns the reservation ids."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        if quantity < 1:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "预留数量应为正整数"))
        today = self._today()
        with unit_of_work(self._factory, "物资") as s:
            project = s.get(Project, project_id)
            if project is None:
                raise NotFound(what="项目", key=str(project_id))
            require_team(self._principal, project.team_id)
            item_type = s.get(ItemType, type_id)
            if item_type is None:
                raise NotFound(what="物资类别", key=str(type_id))
            candidates = s.scalars(
                select(Item).where(
                    Item.type_id == type_id, Item.status == ItemStatus.IN_STOCK,
                    or_(Item.next_test_due.is_(None), Item.next_test_due >= today),
                    or_(Item.service_life_ends.is_(None), Item.service_life_ends > today),
                ).order_by(Item.id).limit(quantity).with_for_update()
            ).all()
            if len(candidates) < quantity:
                raise InsufficientStock(type=item_type.name, available=len(candidates), requested=quantity)
            now = datetime.now(timezone.utc)
            reservations = []
            for item in candidates:
                reservation = MaterialReservation(project_id=project_id, type_id=type_id, quantity=item.quantity,
                                                  item_id=item.id)
                s.add(reservation)
                reservations.append(reservation)
                item.status = ItemStatus.RESERVED
                s.add(Movement(item_id=item.id, kind=MovementKind.RESERVE, at=now, user_id=self._principal.user_id,
                               project_id=project_id, quantity=item.quantity, note=note.strip()))
            s.flush()
            audit.record(s, self._principal, "warehouse.reserve", "project", project_id, type_id=type_id,
                         quantity=quantity, items=[i.id for i in candidates])
            return tuple(r.id for r in reservations)

    def release(self, reservation_ids: Sequence[int], note: str = "") -> int:
        """Cancel open reservations; their items go back to plain stock. Returns how many were released."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        with unit_of_work(self._factory, "预留") as s:
            now = datetime.now(timezone.utc)
            released = 0
            for reservation_id in dict.fromkeys(reservation_ids):
                reservation = s.get(MaterialReservation, reservation_id)
                if reservation is None:
                    raise NotFound(what="预留", key=str(reservation_id))
                project_team = s.scalar(select(Project.team_id).where(Project.id == reservation.project_id))
                if project_team is not None:
                    require_team(self._principal, project_team)
                if reservation.released_at is not None:
                    continue
                reservation.released_at = now
                released += 1
                item = s.get(Item, reservation.item_id) if reservation.item_id is not None else None
                if item is not None and item.status == ItemStatus.RESERVED:
                    item.status = ItemStatus.IN_STOCK
                    s.add(Movement(item_id=item.id, kind=MovementKind.UNRESERVE, at=now,
                                   user_id=self._principal.user_id, project_id=reservation.project_id,
                                   quantity=item.quantity, note=note.strip()))
            audit.record(s, self._principal, "warehouse.release", "reservation", None, ids=list(reservation_ids))
            return released

    def reservations(self, project_id: int | None = None, open_only: bool = True) -> tuple[ReservationView, ...]:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            query = (
                select(MaterialReservation, Project.application_no, Project.title, ItemType.name, Item.serial)
                .join(Project, Project.id == MaterialReservation.project_id)
                .join(ItemType, ItemType.id == MaterialReservation.type_id)
                .outerjoin(Item, Item.id == MaterialReservation.item_id)
                .order_by(Project.application_no, ItemType.name, MaterialReservation.id)
            )
            if project_id is not None:
                query = query.where(MaterialReservation.project_id == project_id)
            if open_only:
                query = query.where(MaterialReservation.released_at.is_(None))
            if not self._principal.can(Permission.ALL_TEAMS) and self._principal.team_id is not None:
                query = query.where(Project.team_id == team_scope(self._principal))
            return tuple(
                ReservationView(r.id, r.project_id, no, title, type_name, r.item_id,
                                item_label(type_name, serial) if serial else type_name, r.quantity, r.created_at,
                                r.released_at)
                for r, no, title, type_name, serial in s.execute(query)
            )

    def stock_levels(self) -> tuple[StockLevel, ...]:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            return stock_levels(s)

    def set_low_stock_threshold(self, type_id: int, threshold: int) -> None:
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        if threshold < 0:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "低库存阈值不能为负数"))
        with unit_of_work(self._factory, "物资类别") as s:
            item_type = s.get(ItemType, type_id)
            if item_type is None:
                raise NotFound(what="物资类别", key=str(type_id))
            old = item_type.low_stock_threshold
            item_type.low_stock_threshold = threshold
            audit.record(s, self._principal, "warehouse.threshold", "item_type", type_id, old=old, new=threshold)


def stock_levels(s) -> tuple[StockLevel, ...]:  # type: ignore[no-untyped-def]
    """Units per type and status (sum of quantities): what the low-stock alert compares with the threshold."""
    totals: dict[tuple[int, ItemStatus], int] = {
        (type_id, status): int(units or 0)
        for type_id, status, units in s.execute(
            select(Item.type_id, Item.status, func.sum(Item.quantity)).group_by(Item.type_id, Item.status))
    }
    levels = []
    for t in s.scalars(select(ItemType).order_by(ItemType.id)):
        levels.append(StockLevel(t.id, t.name, t.unit, totals.get((t.id, ItemStatus.IN_STOCK), 0),
                                 totals.get((t.id, ItemStatus.RESERVED), 0), totals.get((t.id, ItemStatus.OUT), 0),
                                 t.low_stock_threshold))
    return tuple(levels)
