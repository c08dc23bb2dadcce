"""Display names of the portfolio's stored codes. Marked for translation here, translated when shown."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.core.errors import QT_TRANSLATE_NOOP
from console.core.rules.customer_flags import FLAG_LABELS, CustomerFlag, flag_list

CTX = "portfolio_labels"

SEGMENTS = {
    "ordinary": QT_TRANSLATE_NOOP("portfolio_labels", "普通客户"),
    "key_account": QT_TRANSLATE_NOOP("portfolio_labels", "集团要客"),
    "ev_charging": QT_TRANSLATE_NOOP("portfolio_labels", "充电设施专项客户"),
}
GRADES = {
    "special": QT_TRANSLATE_NOOP("portfolio_labels", "特级"),
    "first": QT_TRANSLATE_NOOP("portfolio_labels", "一级"),
    "second": QT_TRANSLATE_NOOP("portfolio_labels", "二级"),
    "third": QT_TRANSLATE_NOOP("portfolio_labels", "三级"),
}
CONTACT_KINDS = {
    "call": QT_TRANSLATE_NOOP("portfolio_labels", "定期联络"),
    "visit": QT_TRANSLATE_NOOP("portfolio_labels", "现场走访"),
}
INTENTION_KINDS = {
    "substitution": QT_TRANSLATE_NOOP("portfolio_labels", "电能替代"),
    "integrated": QT_TRANSLATE_NOOP("portfolio_labels", "综合能源"),
    "adjustable_load": QT_TRANSLATE_NOOP("portfolio_labels", "可调节负荷"),
    "distributed_gen": QT_TRANSLATE_NOOP("portfolio_labels", "分布式电源"),
}
INTENTION_STATUS = {
    "new": QT_TRANSLATE_NOOP("portfolio_labels", "新发现"),
    "in_reserve": QT_TRANSLATE_NOOP("portfolio_labels", "已入储备库"),
    "converted": QT_TRANSLATE_NOOP("portfolio_labels", "已立项"),
    "dropped": QT_TRANSLATE_NOOP("portfolio_labels", "已放弃"),
}
PROJECT_STATUS = {
    "in_progress": QT_TRANSLATE_NOOP("portfolio_labels", "在途"),
    "powered_on": QT_TRANSLATE_NOOP("portfolio_labels", "已送电"),
    "cancelled": QT_TRANSLATE_NOOP("portfolio_labels", "已撤销"),
}
PROJECT_CLASSES = {
    "hv-single": QT_TRANSLATE_NOOP("portfolio_labels", "高压单电源"),
    "hv-dual": QT_TRANSLATE_NOOP("portfolio_labels", "高压双电源"),
    "lv-nonres": QT_TRANSLATE_NOOP("portfolio_labels", "低压非居民"),
    "residential": QT_TRANSLATE_NOOP("portfolio_labels", "居民"),
    "ev-charging": QT_TRANSLATE_NOOP("portfolio_labels", "充电设施"),
}
CHARGING_KINDS = {
    "home": QT_TRANSLATE_NOOP("portfolio_labels", "家用充电桩"),
    "public": QT_TRANSLATE_NOOP("portfolio_labels", "公共充电站"),
    "bus": QT_TRANSLATE_NOOP("portfolio_labels", "公交充电站"),
    "highway": QT_TRANSLATE_NOOP("portfolio_labels", "高速服务区充电站"),
}
DUPLICATE_REASONS = {
    "id_number": QT_TRANSLATE_NOOP("portfolio_labels", "证件号码相同"),
    "phone": QT_TRANSLATE_NOOP("portfolio_labels", "联系电话相同"),
    "address": QT_TRANSLATE_NOOP("portfolio_labels", "地址相同"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def label(table: dict[str, str], code: str | None) -> str:
    """Translated label of a stored code; an unknown code is shown as it is rather than hidden."""
    if not code:
        return ""
    return tr(table[code]) if code in table else code


def flag_label(flag: CustomerFlag) -> str:
    return QCoreApplication.translate("customer_flags", FLAG_LABELS[flag])


def flags_text(bits: int) -> str:
    separator = QCoreApplication.translate("portfolio_labels", "、")  # ", " in English
    return separator.join(flag_label(f) for f in flag_list(bits))
