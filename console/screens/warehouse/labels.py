"""Display names of the warehouse's stored codes. Marked for translation here, translated when shown."""
from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtCore import QCoreApplication

from console.core.errors import QT_TRANSLATE_NOOP

CTX = "warehouse_labels"

STATUS = {
    "in_stock": QT_TRANSLATE_NOOP("warehouse_labels", "在库"),
    "out": QT_TRANSLATE_NOOP("warehouse_labels", "已领用"),
    "in_test": QT_TRANSLATE_NOOP("warehouse_labels", "送检中"),
    "reserved": QT_TRANSLATE_NOOP("warehouse_labels", "已预留"),
    "scrapped": QT_TRANSLATE_NOOP("warehouse_labels", "已报废"),
}
CATEGORY = {
    "safety_tool": QT_TRANSLATE_NOOP("warehouse_labels", "安全工器具"),
    "instrument": QT_TRANSLATE_NOOP("warehouse_labels", "仪器仪表"),
    "spare_part": QT_TRANSLATE_NOOP("warehouse_labels", "备品备件"),
    "meter": QT_TRANSLATE_NOOP("warehouse_labels", "电能表"),
    "ct": QT_TRANSLATE_NOOP("warehouse_labels", "互感器"),
    "cable": QT_TRANSLATE_NOOP("warehouse_labels", "电缆"),
    "consumable": QT_TRANSLATE_NOOP("warehouse_labels", "耗材"),
}
TRACKING = {
    "individual": QT_TRANSLATE_NOOP("warehouse_labels", "逐件"),
    "counted": QT_TRANSLATE_NOOP("warehouse_labels", "计数"),
}
TEST_STATE = {
    "none": "",
    "ok": QT_TRANSLATE_NOOP("warehouse_labels", "正常"),
    "due_soon": QT_TRANSLATE_NOOP("warehouse_labels", "即将到期"),
    "overdue": QT_TRANSLATE_NOOP("warehouse_labels", "试验超期"),
    "life_ended": QT_TRANSLATE_NOOP("warehouse_labels", "寿命到期"),
}
MOVEMENT = {
    "register": QT_TRANSLATE_NOOP("warehouse_labels", "信息采集"),
    "receive": QT_TRANSLATE_NOOP("warehouse_labels", "入库"),
    "check_out": QT_TRANSLATE_NOOP("warehouse_labels", "领用"),
    "return": QT_TRANSLATE_NOOP("warehouse_labels", "归还"),
    "test": QT_TRANSLATE_NOOP("warehouse_labels", "试验"),
    "inspect": QT_TRANSLATE_NOOP("warehouse_labels", "检查"),
    "count_adjust": QT_TRANSLATE_NOOP("warehouse_labels", "盘点调整"),
    "scrap": QT_TRANSLATE_NOOP("warehouse_labels", "报废"),
    "reserve": QT_TRANSLATE_NOOP("warehouse_labels", "预留"),
    "unreserve": QT_TRANSLATE_NOOP("warehouse_labels", "取消预留"),
    "move": QT_TRANSLATE_NOOP("warehouse_labels", "移库"),
    "portal_in": QT_TRANSLATE_NOOP("warehouse_labels", "门禁：进库"),
    "portal_out": QT_TRANSLATE_NOOP("warehouse_labels", "门禁：出库"),
}
ALERT = {
    "test_overdue": QT_TRANSLATE_NOOP("warehouse_labels", "试验超期"),
    "life_ended": QT_TRANSLATE_NOOP("warehouse_labels", "使用寿命到期"),
    "return_overdue": QT_TRANSLATE_NOOP("warehouse_labels", "逾期未还"),
    "exit_unregistered": QT_TRANSLATE_NOOP("warehouse_labels", "未办领用出门"),
    "low_stock": QT_TRANSLATE_NOOP("warehouse_labels", "库存不足"),
    "test_due_soon": QT_TRANSLATE_NOOP("warehouse_labels", "试验即将到期"),
    "quarantine": QT_TRANSLATE_NOOP("warehouse_labels", "未登记标签"),
}
OUTCOME = {
    "found": QT_TRANSLATE_NOOP("warehouse_labels", "账实相符"),
    "missing": QT_TRANSLATE_NOOP("warehouse_labels", "盘亏（未见）"),
    "misplaced": QT_TRANSLATE_NOOP("warehouse_labels", "错放"),
    "unexpected": QT_TRANSLATE_NOOP("warehouse_labels", "盘盈（不应在此）"),
}
LINK = {
    "connecting": QT_TRANSLATE_NOOP("warehouse_labels", "正在连接"),
    "connected": QT_TRANSLATE_NOOP("warehouse_labels", "已连接，配置中"),
    "reading": QT_TRANSLATE_NOOP("warehouse_labels", "正在读取"),
    "disconnected": QT_TRANSLATE_NOOP("warehouse_labels", "已断开，等待重连"),
    "stopped": QT_TRANSLATE_NOOP("warehouse_labels", "已停止"),
    "off": QT_TRANSLATE_NOOP("warehouse_labels", "本机未连接"),
}
CHECK_KIND = {
    "test": QT_TRANSLATE_NOOP("warehouse_labels", "预防性试验"),
    "inspection": QT_TRANSLATE_NOOP("warehouse_labels", "检查"),
}
PASSED = {
    True: QT_TRANSLATE_NOOP("warehouse_labels", "合格"),
    False: QT_TRANSLATE_NOOP("warehouse_labels", "不合格"),
}


def label(table: dict, code: object) -> str:  # type: ignore[type-arg]
    """The translated display name of ``code`` in ``table`` (the code itself when unknown)."""
    text = table.get(code, str(code) if code is not None else "")
    return QCoreApplication.translate(CTX, text) if text else ""


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def local_time(value: datetime | None, with_seconds: bool = False) -> str:
    """A stored time in the desk's local time. SQLite hands back naive datetimes, which are UTC."""
    if value is None:
        return ""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M")


def from_us(value_us: int | None) -> datetime | None:
    return datetime.fromtimestamp(value_us / 1_000_000, tz=timezone.utc) if value_us is not None else None


def day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""
