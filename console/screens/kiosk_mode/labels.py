"""Names the kiosk shows, as Chinese source text marked for translation; translated at display time so the
language button needs no rebuild of the tables."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate

from console.core.errors import QT_TRANSLATE_NOOP

STEP = {
    "accepted": QT_TRANSLATE_NOOP("Kiosk", "申请受理"),
    "supply_plan": QT_TRANSLATE_NOOP("Kiosk", "供电方案答复"),
    "works": QT_TRANSLATE_NOOP("Kiosk", "工程实施"),
    "connection": QT_TRANSLATE_NOOP("Kiosk", "装表接电"),
}
CLASS = {
    "hv-single": QT_TRANSLATE_NOOP("Kiosk", "高压新装（单电源）"),
    "hv-dual": QT_TRANSLATE_NOOP("Kiosk", "高压新装（双电源）"),
    "lv-nonres": QT_TRANSLATE_NOOP("Kiosk", "低压非居民新装"),
    "residential": QT_TRANSLATE_NOOP("Kiosk", "居民新装"),
    "ev-charging": QT_TRANSLATE_NOOP("Kiosk", "充电设施报装"),
}
# The documents the centre asks for (see the domain brief); a name not listed here shows as stored.
DOCUMENT = {name: name for name in (
    QT_TRANSLATE_NOOP("KioskDocuments", "用电申请书"),
    QT_TRANSLATE_NOOP("KioskDocuments", "产权证明或租赁合同"),
    QT_TRANSLATE_NOOP("KioskDocuments", "用电设备清单"),
    QT_TRANSLATE_NOOP("KioskDocuments", "营业执照"),
    QT_TRANSLATE_NOOP("KioskDocuments", "经办人身份证明"),
    QT_TRANSLATE_NOOP("KioskDocuments", "用电地址平面图"),
    QT_TRANSLATE_NOOP("KioskDocuments", "项目批复文件"),
    QT_TRANSLATE_NOOP("KioskDocuments", "授权委托书"),
    QT_TRANSLATE_NOOP("KioskDocuments", "设计单位资质证书"),
    QT_TRANSLATE_NOOP("KioskDocuments", "施工单位资质证书"),
    QT_TRANSLATE_NOOP("KioskDocuments", "主要设备技术资料"),
    QT_TRANSLATE_NOOP("KioskDocuments", "竣工图纸"),
    QT_TRANSLATE_NOOP("KioskDocuments", "设计变更文件"),
    QT_TRANSLATE_NOOP("KioskDocuments", "安装及试验记录"),
    QT_TRANSLATE_NOOP("KioskDocuments", "继电保护整定报告"),
    QT_TRANSLATE_NOOP("KioskDocuments", "安全工器具试验报告"),
    QT_TRANSLATE_NOOP("KioskDocuments", "设备出厂合格证"),
    QT_TRANSLATE_NOOP("KioskDocuments", "隐蔽工程记录"),
    QT_TRANSLATE_NOOP("KioskDocuments", "运行管理制度"),
    QT_TRANSLATE_NOOP("KioskDocuments", "值班人员名单及证书"),
    QT_TRANSLATE_NOOP("KioskDocuments", "计量装置检测报告"),
)}


def step_label(step: str) -> str:
    return QCoreApplication.translate("Kiosk", STEP[step]) if step in STEP else step


def class_label(project_class: str) -> str:
    return QCoreApplication.translate("Kiosk", CLASS[project_class]) if project_class in CLASS else project_class


def document_label(name: str) -> str:
    return QCoreApplication.translate("KioskDocuments", name) if name in DOCUMENT else name


def date_label(day: _dt.date | None) -> str:
    if day is None:
        return ""
    return QDate(day.year, day.month, day.day).toString(QCoreApplication.translate("Kiosk", "yyyy年M月d日"))
