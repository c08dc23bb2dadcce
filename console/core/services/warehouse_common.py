"""What every warehouse service shares: the refusals people read, item labels, the location tree, month arithmetic.

Refusals are :class:`ConsoleError` subclasses (Chinese templates marked for the ``errors`` translation context) so
the desk shows them translated and ``rfid``/import commands print them as they are. Each says what to do next.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.core.errors import QT_TRANSLATE_NOOP, ConsoleError
from console.core.models import Item, ItemType, Location
from console.core.models.enums import LocationKind

# Words that fill {action}/{kind} in the refusals below; marked so the desk translates the parameter too.
ACTION_CHECK_OUT = QT_TRANSLATE_NOOP("errors", "领用")
ACTION_RETURN = QT_TRANSLATE_NOOP("errors", "归还")
ACTION_TEST = QT_TRANSLATE_NOOP("errors", "试验")
ACTION_INSPECT = QT_TRANSLATE_NOOP("errors", "检查")
ACTION_RESERVE = QT_TRANSLATE_NOOP("errors", "预留")
ACTION_SCRAP = QT_TRANSLATE_NOOP("errors", "报废")
ACTION_SEND_TO_TEST = QT_TRANSLATE_NOOP("errors", "送检")
# Names filling {what} of NotFound/StaleEdit that the shared list in errors.py does not have.
ENTITY_STAFF = QT_TRANSLATE_NOOP("entities", "人员")
ENTITY_COUNT = QT_TRANSLATE_NOOP("entities", "盘点")
ENTITY_LOCATION = QT_TRANSLATE_NOOP("entities", "库位")
ENTITY_ITEM_TYPE = QT_TRANSLATE_NOOP("entities", "物资类别")
ENTITY_RESERVATION = QT_TRANSLATE_NOOP("entities", "预留")


class WarehouseRefusal(ConsoleError):
    """A workflow step the rules forbid for this item right now."""

    exit_code = 9


class TestOverdue(WarehouseRefusal):
    __test__ = False  # not a pytest test class
    template = QT_TRANSLATE_NOOP(
        "errors", "{item}的预防性试验已于 {due} 到期，超期工器具不得领用。请先送检并登记合格的试验结果。"
    )


class ServiceLifeEnded(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "{item}的使用寿命已于 {end} 到期，不得领用。请办理报废。")


class LastCheckFailed(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP(
        "errors", "{item}最近一次{kind}（{on}）不合格，不得领用。请重新试验合格后再领用，或办理报废。"
    )


class AlreadyOut(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "{item}已被{holder}领用（应还日期 {due}），请先办理归还。")


class ItemScrapped(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "{item}已报废，不能再{action}。")


class ItemInTest(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "{item}正在送检，登记试验结果之前不能{action}。")


class NotCheckedOut(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "{item}当前不在领用状态，无需归还。")


class MustReturnFirst(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "{item}尚未归还（在{holder}处），请先办理归还再{action}。")


class ReservedForOtherProject(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP(
        "errors", "{item}已为项目 {project} 预留，只能领用到该项目；如需改用，请先取消预留。"
    )


class InsufficientStock(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "{type}当前可用 {available}，不足所需的 {requested}。请减少数量或先补充库存。")


class UnknownBadge(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "工牌 {epc} 未登记到任何在岗人员。请先为人员登记工牌，或直接选择领用人。")


class BadgeTaken(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "标签 {epc} 已是{owner}的工牌或已登记为物资，不能重复使用。")


class EpcTaken(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "EPC {epc} 已登记给{item}，一枚标签只能对应一件物资。")


class EpcUnsuitable(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "标签 {epc} 不适用于{type}：{why}。")


class BadEpc(WarehouseRefusal):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "EPC 无法识别：{epc}（{detail}）。请输入24位十六进制或 urn:epc:tag:… 标签URI。")


class CountAlreadyOpen(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "{zone}已有进行中的盘点（#{count}），请先结束该盘点。")


class CountClosed(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "盘点 #{count} 已于 {at} 结束，不能再修改。")


class NotAZone(WarehouseRefusal):
    template = QT_TRANSLATE_NOOP("errors", "{location}不是库区。盘点按库区进行，请选择一个库区。")


def item_label(type_name: str, serial: str) -> str:
    """How refusals and lists name one item: type and serial, e.g. ``10kV绝缘手套 SN2400012``."""
    return f"{type_name} {serial}"


def label_of(session: Session, item: Item) -> str:
    name = session.scalar(select(ItemType.name).where(ItemType.id == item.type_id)) or ""
    return item_label(name, item.serial)


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's last day (2026-08-31 + 6 months = 2027-02-28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class LocationNode:
    id: int
    parent_id: int | None
    kind: LocationKind
    code: str
    name: str


class LocationTree:
    """All locations in memory (a centre has tens of them): paths, zones and subtrees without recursive SQL."""

    def __init__(self, nodes: Iterable[LocationNode]) -> None:
        self.nodes: dict[int, LocationNode] = {n.id: n for n in nodes}
        self._children: dict[int | None, list[int]] = {}
        for node in self.nodes.values():
            self._children.setdefault(node.parent_id, []).append(node.id)

    @staticmethod
    def load(session: Session) -> LocationTree:
        rows = session.execute(select(Location.id, Location.parent_id, Location.kind, Location.code, Location.name))
        return LocationTree(LocationNode(*row) for row in rows)

    def path(self, location_id: int | None, sep: str = " › ") -> str:
        names: list[str] = []
        current = self.nodes.get(location_id) if location_id is not None else None
        while current is not None:
            names.append(current.name)
            current = self.nodes.get(current.parent_id) if current.parent_id is not None else None
        return sep.join(reversed(names))

    def zone_of(self, location_id: int | None) -> int | None:
        current = self.nodes.get(location_id) if location_id is not None else None
        while current is not None and current.kind != LocationKind.ZONE:
            current = self.nodes.get(current.parent_id) if current.parent_id is not None else None
        return current.id if current is not None else None

    def subtree(self, location_id: int) -> set[int]:
        found, todo = set(), [location_id]
        while todo:
            node = todo.pop()
            if node not in found:
                found.add(node)
                todo.extend(self._children.get(node, ()))
        return found

    def zones(self) -> list[LocationNode]:
        return sorted((n for n in self.nodes.values() if n.kind == LocationKind.ZONE), key=lambda n: n.code)

    def shelves_in(self, zone_id: int) -> list[LocationNode]:
        inside = self.subtree(zone_id)
        return sorted((self.nodes[i] for i in inside if self.nodes[i].kind == LocationKind.SHELF), key=lambda n: n.code)

