"""Warehouse workflows: check-out (领用), return (归还), send to test (送检), test result (试验), inspection (检查),
scrap (报废), badges. Each writes a :class:`Movement` (who, when) and an audit entry in one transaction.

Rules are enforced here, not by greyed-out buttons: a tool whose preventive test is overdue, whose service life has
ended or whose last test/inspection failed cannot be checked out; a reserved item goes out only to its project.
Several items are handled all-or-nothing: one refusal refuses the whole request and names the item.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationFailed
from console.core.models import Item, ItemType, Location, MaterialReservation, Movement, Project, Staff, TestIntervalRule, TestRecord
from console.core.models.enums import ItemStatus, LocationKind, MovementKind
from console.core.security import Permission, Principal, require, require_team
from console.core.services import audit
from console.core.services.base import SessionFactory, check_version, read_only, unit_of_work
from console.core.services.warehouse_common import (
    ACTION_CHECK_OUT, ACTION_INSPECT, ACTION_SCRAP, ACTION_SEND_TO_TEST, ACTION_TEST, AlreadyOut, BadgeTaken,
    ItemInTest, ItemScrapped, LastCheckFailed, MustReturnFirst, NotCheckedOut, ReservedForOtherProject,
    ServiceLifeEnded, TestOverdue, UnknownBadge, WarehouseRefusal, add_months, label_of,
)

KIND_TEST, KIND_INSPECTION = "test", "inspection"
_KIND_WORDS = {KIND_TEST: QT_TRANSLATE_NOOP("errors", "试验"), KIND_INSPECTION: QT_TRANSLATE_NOOP("errors", "检查")}


@dataclass(frozen=True)
class Done:
    """What a workflow changed: the items and the movements written for them."""

    item_ids: tuple[int, ...]
    movement_ids: tuple[int, ...]


class WarehouseWorkflows:
    def __init__(self, factory: SessionFactory, principal: Principal, today: Callable[[], date] | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        self._factory = factory
        self._principal = principal
        self._today = today or date.today
        self._now = now or (lambda: datetime.now(timezone.utc))

    # -- check-out and return --------------------------------------------------------------------------------

    def check_out(self, item_ids: Sequence[int], *, due_back_on: date, staff_id: int | None = None,
                  badge_epc: str | None = None, project_id: int | None = None, note: str = "",
                  versions: Mapping[int, int] | None = None) -> Done:
        """Hand items to a person (chosen, or found by the badge tag read at the desk) for a project."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        today = self._today()
        if due_back_on < today:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "应还日期不能早于今天"))
        with unit_of_work(self._factory, "物资") as s:
            staff = self._staff(s, staff_id, badge_epc)
            if project_id is not None:
                project = s.get(Project, project_id)
                if project is None:
                    raise NotFound(what="项目", key=str(project_id))
                require_team(self._principal, project.team_id)
            items = self._items(s, item_ids, versions)
            for item in items:
                refusal = _check_out_refusal(s, item, today, project_id)
                if refusal is not None:
                    raise refusal
            movements = []
            for item in items:
                self._consume_reservation(s, item, project_id)
                movements.append(self._move(s, item, MovementKind.CHECK_OUT, staff_id=staff.id, project_id=project_id,
                                            from_location_id=item.location_id, note=note))
                item.status, item.location_id = ItemStatus.OUT, None
                item.holder_staff_id, item.project_id, item.due_back_on = staff.id, project_id, due_back_on
            s.flush()
            audit.record(s, self._principal, "warehouse.check_out", "item", items[0].id, items=[i.id for i in items],
                         staff_id=staff.id, project_id=project_id, due_back_on=due_back_on.isoformat())
            return Done(tuple(i.id for i in items), tuple(m.id for m in movements))

    def check_out_refusal(self, item_id: int, project_id: int | None = None) -> WarehouseRefusal | None:
        """Why the item may not go out today, for the desk to say before anyone tries (None if it may)."""
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            item = s.get(Item, item_id)
            if item is None:
                raise NotFound(what="物资", key=str(item_id))
            return _check_out_refusal(s, item, self._today(), project_id)

    def return_items(self, item_ids: Sequence[int], *, location_id: int | None = None, note: str = "",
                     versions: Mapping[int, int] | None = None) -> Done:
        """Take items back; they go to ``location_id`` or, by default, the shelf they were checked out from."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        with unit_of_work(self._factory, "物资") as s:
            if location_id is not None:
                self._shelf(s, location_id)
            items = self._items(s, item_ids, versions)
            for item in items:
                if item.status != ItemStatus.OUT:
                    raise NotCheckedOut(item=label_of(s, item))
            movements = []
            for item in items:
                back_to = location_id or self._last_shelf(s, item)
                movements.append(self._move(s, item, MovementKind.RETURN, staff_id=item.holder_staff_id,
                                            project_id=item.project_id, to_location_id=back_to, note=note))
                item.status, item.location_id = ItemStatus.IN_STOCK, back_to
                item.holder_staff_id = item.project_id = item.due_back_on = None
            s.flush()
            audit.record(s, self._principal, "warehouse.return", "item", items[0].id, items=[i.id for i in items])
            return Done(tuple(i.id for i in items), tuple(m.id for m in movements))

    # -- tests and inspections -------------------------------------------------------------------------------

    def send_to_test(self, item_ids: Sequence[int], note: str = "", versions: Mapping[int, int] | None = None) -> Done:
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        with unit_of_work(self._factory, "物资") as s:
            items = self._items(s, item_ids, versions)
            for item in items:
                self._refuse_unless_home(s, item, ACTION_SEND_TO_TEST)
            movements = []
            for item in items:
                movements.append(self._move(s, item, MovementKind.TEST, from_location_id=item.location_id, note=note))
                item.status = ItemStatus.IN_TEST
            s.flush()
            audit.record(s, self._principal, "warehouse.send_to_test", "item", items[0].id, items=[i.id for i in items])
            return Done(tuple(i.id for i in items), tuple(m.id for m in movements))

    def record_test(self, item_id: int, *, tested_on: date, passed: bool, next_due: date | None = None,
                    tester: str = "", certificate_no: str = "", note: str = "") -> Done:
        """A preventive test result. A pass sets the next due date (by default from the type's interval)."""
        return self._record_check(item_id, KIND_TEST, tested_on, passed, next_due, tester, certificate_no, note)

    def record_inspection(self, item_id: int, *, inspected_on: date, passed: bool, inspector: str = "",
                          note: str = "") -> Done:
        """A visual/functional inspection (e.g. the monthly look at a safety belt); it does not move the test date."""
        return self._record_check(item_id, KIND_INSPECTION, inspected_on, passed, None, inspector, "", note)

    def _record_check(self, item_id: int, kind: str, on: date, passed: bool, next_due: date | None, tester: str,
                      certificate_no: str, note: str) -> Done:
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        if on > self._today():
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "试验或检查日期不能晚于今天"))
        with unit_of_work(self._factory, "物资") as s:
            item = self._items(s, [item_id], None)[0]
            self._refuse_unless_home(s, item, ACTION_TEST if kind == KIND_TEST else ACTION_INSPECT, allow_in_test=True)
            if kind == KIND_TEST and passed:
                next_due = next_due or self._default_next_due(s, item, on)
                if next_due is None:
                    raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "该类物资没有试验周期，请填写下次试验日期"))
                if next_due <= on:
                    raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "下次试验日期应晚于本次试验日期"))
            record = TestRecord(item_id=item.id, kind=kind, tested_on=on, passed=passed,
                                next_due=next_due if passed else None, tester=tester.strip(),
                                certificate_no=certificate_no.strip(), note=note.strip())
            s.add(record)
            movement = self._move(s, item, MovementKind.TEST if kind == KIND_TEST else MovementKind.INSPECT,
                                  to_location_id=item.location_id, note=note)
            if kind == KIND_TEST:
                item.last_test_on = on
                if passed:
                    item.next_test_due = next_due
                if item.status == ItemStatus.IN_TEST:
                    item.status = ItemStatus.IN_STOCK
            s.flush()
            audit.record(s, self._principal, f"warehouse.{kind}", "item", item.id, passed=passed,
                         on=on.isoformat(), next_due=next_due.isoformat() if next_due and passed else None)
            return Done((item.id,), (movement.id,))

    def _default_next_due(self, s: Session, item: Item, on: date) -> date | None:
        months = s.scalar(select(TestIntervalRule.test_interval_months).join(
            ItemType, ItemType.test_rule_id == TestIntervalRule.id).where(ItemType.id == item.type_id))
        return add_months(on, months) if months else None

    # -- scrap, badges ---------------------------------------------------------------------------------------

    def scrap(self, item_ids: Sequence[int], reason: str, versions: Mapping[int, int] | None = None) -> Done:
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        reason = reason.strip()
        if not reason:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请填写报废原因"))
        with unit_of_work(self._factory, "物资") as s:
            items = self._items(s, item_ids, versions)
            for item in items:
                self._refuse_unless_home(s, item, ACTION_SCRAP, allow_in_test=True)
            movements = []
            now = self._now()
            for item in items:
                movements.append(self._move(s, item, MovementKind.SCRAP, from_location_id=item.location_id, note=reason))
                item.status, item.location_id = ItemStatus.SCRAPPED, None
                for reservation in s.scalars(select(MaterialReservation).where(
                        MaterialReservation.item_id == item.id, MaterialReservation.released_at.is_(None))):
                    reservation.released_at = now
            s.flush()
            audit.record(s, self._principal, "warehouse.scrap", "item", items[0].id, items=[i.id for i in items],
                         reason=reason)
            return Done(tuple(i.id for i in items), tuple(m.id for m in movements))

    def assign_badge(self, staff_id: int, badge_epc: str | None) -> None:
        """Give a person a badge tag (or take it away with None) so the desk and the door recognise them."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        epc = badge_epc.strip().upper() if badge_epc else None
        with unit_of_work(self._factory, "人员") as s:
            staff = s.get(Staff, staff_id)
            if staff is None:
                raise NotFound(what="人员", key=str(staff_id))
            if epc:
                owner = s.scalar(select(Staff.name).where(Staff.badge_epc == epc, Staff.id != staff_id))
                if owner is not None or s.scalar(select(Item.id).where(Item.epc == epc)) is not None:
                    raise BadgeTaken(epc=epc, owner=owner or "")
            staff.badge_epc = epc
            audit.record(s, self._principal, "warehouse.badge", "staff", staff_id, assigned=bool(epc))

    # -- helpers ---------------------------------------------------------------------------------------------

    def _staff(self, s: Session, staff_id: int | None, badge_epc: str | None) -> Staff:
        if badge_epc:
            staff = s.scalar(select(Staff).where(Staff.badge_epc == badge_epc.strip().upper(), Staff.active.is_(True)))
            if staff is None:
                raise UnknownBadge(epc=badge_epc.strip().upper())
            return staff
        if staff_id is None:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请选择领用人或刷工牌"))
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise NotFound(what="人员", key=str(staff_id))
        return staff

    def _items(self, s: Session, item_ids: Sequence[int], versions: Mapping[int, int] | None) -> list[Item]:
        if not item_ids:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请至少选择一件物资"))
        items = []
        for item_id in dict.fromkeys(item_ids):
            item = s.get(Item, item_id, with_for_update=True)  # two desks checking out one tool: the second waits
            if item is None:
                raise NotFound(what="物资", key=str(item_id))
            if versions and item_id in versions:
                check_version(versions[item_id], item.version, "物资")
            items.append(item)
        return items

    def _shelf(self, s: Session, location_id: int) -> Location:
        location = s.get(Location, location_id)
        if location is None or location.kind == LocationKind.WAREHOUSE:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请选择库区或货架"))
        return location

    def _last_shelf(self, s: Session, item: Item) -> int | None:
        return s.scalar(select(Movement.from_location_id).where(
            Movement.item_id == item.id, Movement.from_location_id.is_not(None),
            Movement.kind.in_([MovementKind.CHECK_OUT, MovementKind.PORTAL_OUT, MovementKind.TEST]),
        ).order_by(Movement.at.desc(), Movement.id.desc()).limit(1))

    def _refuse_unless_home(self, s: Session, item: Item, action: str, allow_in_test: bool = False) -> None:
        if item.status == ItemStatus.SCRAPPED:
            raise ItemScrapped(item=label_of(s, item), action=action)
        if item.status == ItemStatus.OUT:
            raise MustReturnFirst(item=label_of(s, item), holder=_holder(s, item), action=action)
        if item.status == ItemStatus.IN_TEST and not allow_in_test:
            raise ItemInTest(item=label_of(s, item), action=action)

    def _consume_reservation(self, s: Session, item: Item, project_id: int | None) -> None:
        if item.status != ItemStatus.RESERVED:
            return
        for reservation in s.scalars(select(MaterialReservation).where(
                MaterialReservation.item_id == item.id, MaterialReservation.released_at.is_(None),
                MaterialReservation.project_id == project_id)):
            reservation.released_at = self._now()  # fulfilled: the reserved unit went to its project

    def _move(self, s: Session, item: Item, kind: MovementKind, **values: object) -> Movement:
        movement = Movement(item_id=item.id, kind=kind, at=self._now(), user_id=self._principal.user_id,
                            quantity=item.quantity, **values)
        s.add(movement)
        return movement


def _holder(s: Session, item: Item) -> str:
    if item.holder_staff_id is None:
        return QT_TRANSLATE_NOOP("errors", "未登记的人员")
    return s.scalar(select(Staff.name).where(Staff.id == item.holder_staff_id)) or ""


def _check_out_refusal(s: Session, item: Item, today: date, project_id: int | None) -> WarehouseRefusal | None:
    label = label_of(s, item)
    if item.status == ItemStatus.SCRAPPED:
        return ItemScrapped(item=label, action=ACTION_CHECK_OUT)
    if item.status == ItemStatus.IN_TEST:
        return ItemInTest(item=label, action=ACTION_CHECK_OUT)
    if item.status == ItemStatus.OUT:
        due = item.due_back_on.isoformat() if item.due_back_on else "—"
        return AlreadyOut(item=label, holder=_holder(s, item), due=due)
    if item.service_life_ends is not None and item.service_life_ends <= today:
        return ServiceLifeEnded(item=label, end=item.service_life_ends.isoformat())
    if item.next_test_due is not None and item.next_test_due < today:
        return TestOverdue(item=label, due=item.next_test_due.isoformat())
    last = s.execute(select(TestRecord.kind, TestRecord.tested_on, TestRecord.passed)
                     .where(TestRecord.item_id == item.id)
                     .order_by(TestRecord.tested_on.desc(), TestRecord.id.desc()).limit(1)).first()
    if last is not None and not last.passed:
        return LastCheckFailed(item=label, kind=_KIND_WORDS.get(last.kind, last.kind), on=last.tested_on.isoformat())
    if item.status == ItemStatus.RESERVED:
        reserved_for = s.execute(select(Project.id, Project.application_no).join(
            MaterialReservation, MaterialReservation.project_id == Project.id).where(
            MaterialReservation.item_id == item.id, MaterialReservation.released_at.is_(None))).first()
        if reserved_for is not None and reserved_for.id != project_id:
            return ReservedForOtherProject(item=label, project=reserved_for.application_no)
    return None
