"""Registering tagged items (信息采集): one at a time (typically a tag from the quarantine list) or in bulk from an
XLSX/CSV list with a dry run first, as for customers.

Rules beyond the column checks: the EPC scheme must suit the item type (GIAI-96/GRAI-96 for individually tracked
tools and instruments, SGTIN-96 for counted stock, whose item reference must match the type's when the type has
one); a staff badge's tag cannot become an item. When the list gives a last test date but no next due date, the
type's test interval fills it in; a manufacture date and the type's service life give the end of life.
Registered EPCs leave the quarantine. A bulk import is one transaction, kept as an ImportBatch with what each
updated row held before.
"""
from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from console.core.epc import EpcError, decode_hex
from console.core.epc import parse as parse_epc
from console.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationFailed
from console.core.imports.items import item_spec, plan_item_import
from console.core.imports.messages import UserMessage
from console.core.imports.spec import Action, ImportPlan, reject_more
from console.core.models import (
    ImportBatch, ImportBatchRow, Item, ItemType, Location, Movement, QuarantinedEpc, Staff, TestIntervalRule,
)
from console.core.models.enums import ItemStatus, LocationKind, MovementKind, Tracking
from console.core.security import Permission, Principal, require
from console.core.services import audit
from console.core.services.base import SessionFactory, read_only, unit_of_work
from console.core.services.warehouse_common import BadEpc, EpcTaken, EpcUnsuitable, add_months



@dataclass(frozen=True)
class NewItem:
    epc: str  # hex or URI; stored as upper-case hex
    type_id: int
    serial: str
    shelf_id: int
    quantity: int = 1
    manufactured_on: date | None = None
    last_test_on: date | None = None
    next_test_due: date | None = None
    service_life_ends: date | None = None


@dataclass(frozen=True)
class ImportReport:
    plan: ImportPlan
    applied: bool
    batch_id: int | None = None

    @property
    def counts(self) -> dict[Action, int]:
        return self.plan.counts()


@dataclass(frozen=True)
class _TypeInfo:
    id: int
    code: str
    name: str
    tracking: Tracking
    item_ref: str
    test_months: int | None
    life_months: int | None


class WarehouseRegistration:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    # -- one item --------------------------------------------------------------------------------------------

    def register(self, new: NewItem) -> int:
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        try:
            epc = parse_epc(new.epc.strip()).hex
        except EpcError as exc:
            raise BadEpc(epc=new.epc.strip(), detail=str(exc)) from None
        if not new.serial.strip():
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请填写出厂编号"))
        if new.quantity < 1:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "数量应为正整数"))
        with unit_of_work(self._factory, "物资") as s:
            types = _types(s)
            info = next((t for t in types.values() if t.id == new.type_id), None)
            if info is None:
                raise NotFound(what="物资类别", key=str(new.type_id))
            shelf = s.get(Location, new.shelf_id)
            if shelf is None or shelf.kind == LocationKind.WAREHOUSE:
                raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请选择库区或货架"))
            problem = _epc_problem(s, epc, info)
            if problem is not None:
                raise EpcUnsuitable(epc=epc, type=info.name, why=problem)
            taken = s.scalar(select(Item.serial).where(Item.epc == epc))
            if taken is not None:
                raise EpcTaken(epc=epc, item=taken)
            values = _derived(info, {"manufactured_on": new.manufactured_on, "last_test_on": new.last_test_on,
                                     "next_test_due": new.next_test_due, "service_life_ends": new.service_life_ends})
            item = Item(type_id=info.id, serial=new.serial.strip(), epc=epc, location_id=shelf.id,
                        status=ItemStatus.IN_STOCK, quantity=new.quantity, **values)
            s.add(item)
            s.flush()
            s.add(Movement(item_id=item.id, kind=MovementKind.REGISTER, at=datetime.now(timezone.utc),
                           user_id=self._principal.user_id, to_location_id=shelf.id, quantity=new.quantity))
            s.execute(delete(QuarantinedEpc).where(QuarantinedEpc.epc == epc))
            audit.record(s, self._principal, "warehouse.register", "item", item.id, type=info.code)
            return item.id

    def dismiss_quarantine(self, epcs: Sequence[str]) -> int:
        """Foreign tags (a visitor's, a supplier's pallet): hidden from the list, still counted if read again."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        wanted = [e.strip().upper() for e in epcs if e.strip()]
        with unit_of_work(self._factory, "物资") as s:
            done = s.execute(update(QuarantinedEpc).where(QuarantinedEpc.epc.in_(wanted))
                             .values(dismissed=True)).rowcount or 0
            audit.record(s, self._principal, "warehouse.dismiss", "quarantine", None, count=done)
            return int(done)

    # -- bulk ------------------------------------------------------------------------------------------------

    def preview(self, source: str | os.PathLike[str] | bytes, *, sheet: str | None = None) -> ImportReport:
        """The dry run: what importing ``source`` would do, row by row; nothing is written."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        with read_only(self._factory) as s:
            return ImportReport(self._plan(s, source, sheet), applied=False)

    def import_file(self, source: str | os.PathLike[str] | bytes, file_name: str = "", *,
                    sheet: str | None = None) -> ImportReport:
        """Check and apply in one transaction: added rows become items in stock, updated rows change the fields
        the file supplies. Rejected rows are left out (see the report for why)."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        with unit_of_work(self._factory, "物资") as s:
            plan = self._plan(s, source, sheet)
            batch = ImportBatch(kind="items", file_name=file_name[:260], user_id=self._principal.user_id)
            s.add(batch)
            s.flush()
            types = {t.code: t for t in _types(s).values()}
            shelves = dict(s.execute(select(Location.code, Location.id)).all())
            now = datetime.now(timezone.utc)
            registered: list[str] = []
            for outcome in plan.outcomes:
                if outcome.action is Action.ADD:
                    registered.append(self._add(s, outcome.values, types, shelves, batch.id, now))
                elif outcome.action is Action.UPDATE:
                    self._update(s, outcome.values, outcome.changed, types, shelves, batch.id)
            if registered:
                s.execute(delete(QuarantinedEpc).where(QuarantinedEpc.epc.in_(registered)))
            counts = plan.counts()
            batch.added, batch.updated, batch.rejected = counts[Action.ADD], counts[Action.UPDATE], counts[Action.REJECT]
            audit.record(s, self._principal, "warehouse.import", "import_batch", batch.id, file=file_name,
                         added=batch.added, updated=batch.updated, rejected=batch.rejected)
            return ImportReport(plan, applied=True, batch_id=batch.id)

    def _plan(self, s: Session, source: str | os.PathLike[str] | bytes, sheet: str | None) -> ImportPlan:
        types = _types(s)
        type_spellings = {k: v.code for t in types.values() for k, v in ((t.code, t), (t.name, t))}
        shelves = s.execute(select(Location.code, Location.name).where(Location.kind != LocationKind.WAREHOUSE)).all()
        shelf_spellings = {k: code for code, name in shelves for k in (code, name)}
        spec = item_spec(type_spellings, shelf_spellings)
        plan = plan_item_import(source, spec, {}, sheet=sheet)
        epcs = [str(o.key) for o in plan.outcomes if o.action is not Action.REJECT and o.key]
        existing = _existing(s, epcs)
        plan = plan_item_import(source, spec, existing, sheet=sheet) if existing else plan
        by_code = {t.code: t for t in types.values()}
        reasons: dict[int, list[UserMessage]] = {}
        for outcome in plan.outcomes:
            if outcome.action is Action.REJECT or not outcome.key:
                continue
            info = by_code.get(str(outcome.values.get("type") or existing.get(str(outcome.key), {}).get("type")))
            problem = _epc_problem(s, str(outcome.key), info) if info is not None else None
            if problem is not None and info is not None:
                reasons.setdefault(outcome.line_no, []).append(_why_message(problem, info))
        return reject_more(plan, reasons) if reasons else plan

    def _add(self, s: Session, values: Mapping[str, object], types: Mapping[str, _TypeInfo],
             shelves: Mapping[str, int], batch_id: int, now: datetime) -> str:
        info = types[str(values["type"])]
        dates = _derived(info, {k: values.get(k) for k in ("manufactured_on", "last_test_on", "next_test_due",
                                                           "service_life_ends")})
        shelf_id = shelves.get(str(values.get("shelf"))) if values.get("shelf") else None
        item = Item(type_id=info.id, serial=str(values["serial"]), epc=str(values["epc"]), location_id=shelf_id,
                    status=ItemStatus.IN_STOCK, quantity=int(values.get("quantity") or 1), **dates)  # type: ignore[arg-type]
        s.add(item)
        s.flush()
        s.add(Movement(item_id=item.id, kind=MovementKind.REGISTER, at=now, user_id=self._principal.user_id,
                       to_location_id=shelf_id, quantity=item.quantity))
        s.add(ImportBatchRow(batch_id=batch_id, entity_id=item.id, action="add", previous=None))
        return item.epc

    def _update(self, s: Session, values: Mapping[str, object], changed: Sequence[str],
                types: Mapping[str, _TypeInfo], shelves: Mapping[str, int], batch_id: int) -> None:
        item = s.scalar(select(Item).where(Item.epc == str(values["epc"])))
        assert item is not None
        previous = _stored_values(item, *_codes(s))
        for key in changed:
            value = values[key]
            if key == "type":
                item.type_id = types[str(value)].id
            elif key == "shelf":
                item.location_id = shelves[str(value)]
            else:
                setattr(item, key, value)
        s.add(ImportBatchRow(batch_id=batch_id, entity_id=item.id, action="update",
                             previous={k: (v.isoformat() if isinstance(v, date) else v) for k, v in previous.items()}))


def _types(s: Session) -> dict[int, _TypeInfo]:
    rows = s.execute(select(ItemType.id, ItemType.code, ItemType.name, ItemType.tracking, ItemType.item_ref,
                            TestIntervalRule.test_interval_months, TestIntervalRule.service_life_months)
                     .outerjoin(TestIntervalRule, TestIntervalRule.id == ItemType.test_rule_id))
    return {r[0]: _TypeInfo(*r) for r in rows}


# Why a tag does not suit an item type: Chinese (marked for the desk's translation) and English for import reports.
WHY_COUNTED = QT_TRANSLATE_NOOP("errors", "按数量管理的物资应使用 SGTIN-96 标签")
WHY_INDIVIDUAL = QT_TRANSLATE_NOOP("errors", "逐件管理的工器具和仪表应使用 GIAI-96 或 GRAI-96 标签")
WHY_ITEM_REF = QT_TRANSLATE_NOOP("errors", "SGTIN 标签中的商品项目代码与该物资类别不符")
WHY_BADGE = QT_TRANSLATE_NOOP("errors", "该标签是人员工牌")
_WHY_EN = {
    WHY_COUNTED: "counted stock needs an SGTIN-96 tag",
    WHY_INDIVIDUAL: "individually tracked tools and instruments need a GIAI-96 or GRAI-96 tag",
    WHY_ITEM_REF: "the SGTIN item reference does not match this item type",
    WHY_BADGE: "this tag is a staff badge",
}


def _epc_problem(s: Session, epc: str, info: _TypeInfo) -> str | None:
    """One of the WHY_* texts, or None when ``epc`` suits ``info``."""
    decoded = decode_hex(epc)
    if info.tracking == Tracking.COUNTED and decoded.scheme != "sgtin-96":
        return WHY_COUNTED
    if info.tracking == Tracking.INDIVIDUAL and decoded.scheme == "sgtin-96":
        return WHY_INDIVIDUAL
    if decoded.scheme == "sgtin-96" and info.item_ref and \
            decoded.field("item_reference").lstrip("0") != info.item_ref.lstrip("0"):
        return WHY_ITEM_REF
    if s.scalar(select(Staff.id).where(Staff.badge_epc == epc)) is not None:
        return WHY_BADGE
    return None


def _why_message(why: str, info: _TypeInfo) -> UserMessage:
    return UserMessage(f"标签不适用于{info.name}：{why}", f"tag does not suit {info.code}: {_WHY_EN[why]}")


def _derived(info: _TypeInfo, values: Mapping[str, object]) -> dict[str, object]:
    out = dict(values)
    last, made = values.get("last_test_on"), values.get("manufactured_on")
    if out.get("next_test_due") is None and isinstance(last, date) and info.test_months:
        out["next_test_due"] = add_months(last, info.test_months)
    if out.get("service_life_ends") is None and isinstance(made, date) and info.life_months:
        out["service_life_ends"] = add_months(made, info.life_months)
    return out


def _stored_values(item: Item, type_codes: Mapping[int, str], shelf_codes: Mapping[int, str]) -> dict[str, object]:
    return {"type": type_codes.get(item.type_id), "serial": item.serial,
            "shelf": shelf_codes.get(item.location_id) if item.location_id is not None else None,
            "quantity": item.quantity, "manufactured_on": item.manufactured_on, "last_test_on": item.last_test_on,
            "next_test_due": item.next_test_due, "service_life_ends": item.service_life_ends}


def _codes(s: Session) -> tuple[dict[int, str], dict[int, str]]:
    return dict(s.execute(select(ItemType.id, ItemType.code)).all()), dict(s.execute(select(Location.id, Location.code)).all())


def _existing(s: Session, epcs: Sequence[str]) -> dict[str, dict[str, object]]:
    type_codes, shelf_codes = _codes(s)
    found: dict[str, dict[str, object]] = {}
    for start in range(0, len(epcs), 900):
        for item in s.scalars(select(Item).where(Item.epc.in_(epcs[start:start + 900]))):
            found[item.epc] = {"epc": item.epc, **_stored_values(item, type_codes, shelf_codes)}
    return found
