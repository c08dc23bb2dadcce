"""Item types and the preventive-test rules they follow (电力安全工器具预防性试验周期, service lives).

An item type says what a tagged thing is (category, one-by-one or counted, unit, SGTIN item reference for counted
stock, low-stock threshold) and which test rule applies. The rules table holds the intervals; the published
defaults are editable because provinces and years differ. A changed interval applies from each item's next test
result on: stored due dates are not rewritten (they were set by a test done under the old rule).
Warehouse operators maintain types; only an administrator changes the rules.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from console.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationFailed
from console.core.models import Item, ItemType, TestIntervalRule
from console.core.models.enums import ItemCategory, Tracking
from console.core.security import Permission, Principal, require
from console.core.services import audit
from console.core.services.base import SessionFactory, check_version, read_only, unit_of_work


@dataclass(frozen=True)
class TestRuleView:
    __test__ = False
    id: int
    code: str
    name: str
    category: str
    test_interval_months: int | None
    visual_check_months: int | None
    service_life_months: int | None
    version: int


@dataclass(frozen=True)
class TypeRow:
    id: int
    code: str
    name: str
    category: str
    tracking: str
    unit: str
    item_ref: str
    low_stock_threshold: int
    rule_id: int | None
    rule_name: str
    test_interval_months: int | None
    service_life_months: int | None
    items: int  # registered items of this type, scrapped ones included
    version: int


@dataclass(frozen=True)
class TypeInput:
    code: str
    name: str
    category: str  # ItemCategory value
    tracking: str  # Tracking value
    unit: str = "件"
    item_ref: str = ""  # SGTIN item reference (indicator digit included) for counted stock
    low_stock_threshold: int = 0
    rule_id: int | None = None


class WarehouseTypes:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def types(self) -> tuple[TypeRow, ...]:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            counts = dict(s.execute(select(Item.type_id, func.count()).group_by(Item.type_id)).all())
            rows = s.execute(select(ItemType, TestIntervalRule).outerjoin(
                TestIntervalRule, TestIntervalRule.id == ItemType.test_rule_id).order_by(ItemType.id)).all()
            return tuple(TypeRow(t.id, t.code, t.name, t.category.value, t.tracking.value, t.unit, t.item_ref,
                                 t.low_stock_threshold, r.id if r else None, r.name if r else "",
                                 r.test_interval_months if r else None, r.service_life_months if r else None,
                                 counts.get(t.id, 0), t.version) for t, r in rows)

    def rules(self) -> tuple[TestRuleView, ...]:
        require(self._principal, Permission.VIEW_WAREHOUSE)
        with read_only(self._factory) as s:
            return tuple(TestRuleView(r.id, r.code, r.name, r.category.value, r.test_interval_months,
                                      r.visual_check_months, r.service_life_months, r.version)
                         for r in s.scalars(select(TestIntervalRule).order_by(TestIntervalRule.id)))

    def save_type(self, data: TypeInput, type_id: int | None = None, expected_version: int | None = None) -> int:
        """Add a type (``type_id`` None) or change one; the code stays unique, counted stock needs an item ref."""
        require(self._principal, Permission.OPERATE_WAREHOUSE)
        code, name = data.code.strip(), data.name.strip()
        if not code or not name:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "请填写类别代码和名称"))
        try:
            category, tracking = ItemCategory(data.category), Tracking(data.tracking)
        except ValueError:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "类别或管理方式无效")) from None
        item_ref = data.item_ref.strip()
        if tracking == Tracking.COUNTED and not (item_ref.isdigit() and 1 <= len(item_ref) <= 7):
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "按数量管理的物资需要 SGTIN 商品项目代码（1-7 位数字）"))
        if data.low_stock_threshold < 0:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "低库存阈值不能为负数"))
        with unit_of_work(self._factory, "物资类别") as s:
            clash = s.scalar(select(ItemType.id).where(ItemType.code == code))
            if clash is not None and clash != type_id:
                raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "类别代码已存在"))
            if data.rule_id is not None and s.get(TestIntervalRule, data.rule_id) is None:
                raise NotFound(what="规则表", key=str(data.rule_id))
            if type_id is None:
                item_type = ItemType(code=code)
                s.add(item_type)
            else:
                found = s.get(ItemType, type_id)
                if found is None:
                    raise NotFound(what="物资类别", key=str(type_id))
                if expected_version is not None:
                    check_version(expected_version, found.version, "物资类别")
                item_type = found
                item_type.code = code
            item_type.name, item_type.category, item_type.tracking = name, category, tracking
            item_type.unit = data.unit.strip() or "件"
            item_type.item_ref = item_ref if tracking == Tracking.COUNTED else ""
            item_type.low_stock_threshold, item_type.test_rule_id = data.low_stock_threshold, data.rule_id
            s.flush()
            audit.record(s, self._principal, "warehouse.item_type", "item_type", item_type.id, code=code,
                         new=type_id is None)
            return item_type.id

    def save_rule(self, rule_id: int, test_interval_months: int | None, visual_check_months: int | None,
                  service_life_months: int | None, expected_version: int | None = None) -> None:
        require(self._principal, Permission.ADMINISTER)
        for months in (test_interval_months, visual_check_months, service_life_months):
            if months is not None and not 1 <= months <= 600:
                raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "周期应为 1-600 个月"))
        with unit_of_work(self._factory, "规则表") as s:
            rule = s.get(TestIntervalRule, rule_id)
            if rule is None:
                raise NotFound(what="规则表", key=str(rule_id))
            if expected_version is not None:
                check_version(expected_version, rule.version, "规则表")
            old = (rule.test_interval_months, rule.visual_check_months, rule.service_life_months)
            rule.test_interval_months, rule.visual_check_months = test_interval_months, visual_check_months
            rule.service_life_months = service_life_months
            audit.record(s, self._principal, "warehouse.test_rule", "test_interval_rule", rule_id, code=rule.code,
                         old=list(old), new=[test_interval_months, visual_check_months, service_life_months])
