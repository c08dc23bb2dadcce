"""Names shown on the project screens, as Chinese source text marked for translation in context "Projects".

The tables hold the marked source text; :func:`label` translates at display time, so a language switch needs no
rebuild of the tables.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from console.core.errors import QT_TRANSLATE_NOOP

CONTEXT = "Projects"

CLASS = {
    "hv-single": QT_TRANSLATE_NOOP("Projects", "高压单电源"),
    "hv-dual": QT_TRANSLATE_NOOP("Projects", "高压双电源"),
    "lv-nonres": QT_TRANSLATE_NOOP("Projects", "低压非居民"),
    "residential": QT_TRANSLATE_NOOP("Projects", "居民"),
    "ev-charging": QT_TRANSLATE_NOOP("Projects", "电动汽车充电设施"),
}
NODE = {
    "acceptance": QT_TRANSLATE_NOOP("Projects", "申请受理"),
    "supply_plan": QT_TRANSLATE_NOOP("Projects", "供电方案答复"),
    "design_review": QT_TRANSLATE_NOOP("Projects", "设计审查"),
    "intermediate_inspection": QT_TRANSLATE_NOOP("Projects", "中间检查"),
    "completion_inspection": QT_TRANSLATE_NOOP("Projects", "竣工检验"),
    "connection": QT_TRANSLATE_NOOP("Projects", "装表接电"),
    "total": QT_TRANSLATE_NOOP("Projects", "承诺总时限"),
}
STEP = {
    "accepted": QT_TRANSLATE_NOOP("Projects", "申请受理"),
    "supply_plan": QT_TRANSLATE_NOOP("Projects", "供电方案答复"),
    "works": QT_TRANSLATE_NOOP("Projects", "工程实施"),
    "connection": QT_TRANSLATE_NOOP("Projects", "装表接电"),
}
STEP_STATE = {
    "done": QT_TRANSLATE_NOOP("Projects", "已完成"),
    "current": QT_TRANSLATE_NOOP("Projects", "办理中"),
    "pending": QT_TRANSLATE_NOOP("Projects", "未开始"),
}
CLOCK_STATUS = {
    "on_time": QT_TRANSLATE_NOOP("Projects", "正常"),
    "at_risk": QT_TRANSLATE_NOOP("Projects", "临期"),
    "overdue": QT_TRANSLATE_NOOP("Projects", "超期"),
    "done_on_time": QT_TRANSLATE_NOOP("Projects", "按期完成"),
    "done_late": QT_TRANSLATE_NOOP("Projects", "超期完成"),
    "not_started": QT_TRANSLATE_NOOP("Projects", "未开始"),
    "done": QT_TRANSLATE_NOOP("Projects", "已完成"),
}
FLAG = {
    "stalled": QT_TRANSLATE_NOOP("Projects", "长期停滞"),
    "opinion_risk": QT_TRANSLATE_NOOP("Projects", "舆情风险"),
    "blocked": QT_TRANSLATE_NOOP("Projects", "跨部门受阻"),
    "green_channel": QT_TRANSLATE_NOOP("Projects", "绿色通道"),
    "national_key": QT_TRANSLATE_NOOP("Projects", "国家重点项目"),
}
PAUSE = {
    "documents": QT_TRANSLATE_NOOP("Projects", "等待客户补充资料"),
    "payment": QT_TRANSLATE_NOOP("Projects", "等待客户缴费"),
    "customer_works": QT_TRANSLATE_NOOP("Projects", "客户自行施工"),
}
SEGMENT = {
    "ordinary": QT_TRANSLATE_NOOP("Projects", "普通客户"),
    "key_account": QT_TRANSLATE_NOOP("Projects", "集团要客"),
    "ev_charging": QT_TRANSLATE_NOOP("Projects", "充电设施专项客户"),
}
DOC_STAGE = {
    "application": QT_TRANSLATE_NOOP("Projects", "申请时"),
    "design": QT_TRANSLATE_NOOP("Projects", "设计施工前"),
    "completion": QT_TRANSLATE_NOOP("Projects", "竣工时"),
}
PUBLICATION = {
    "plan_choice": QT_TRANSLATE_NOOP("Projects", "供电方案确定依据"),
    "progress": QT_TRANSLATE_NOOP("Projects", "进度节点及时间"),
    "power_on_plan": QT_TRANSLATE_NOOP("Projects", "验收送电计划及所需资料"),
}
SCREENING_REASON = {
    "stalled": QT_TRANSLATE_NOOP("Projects", "长期停滞"),
    "blocked": QT_TRANSLATE_NOOP("Projects", "跨部门受阻"),
    "opinion_risk": QT_TRANSLATE_NOOP("Projects", "舆情风险"),
    "overdue": QT_TRANSLATE_NOOP("Projects", "超期"),
    "at_risk": QT_TRANSLATE_NOOP("Projects", "临期"),
    "waiting_customer": QT_TRANSLATE_NOOP("Projects", "等待客户"),
    "data_check": QT_TRANSLATE_NOOP("Projects", "节点日期待核实"),
}
HISTORY_ACTION = {
    "reschedule": QT_TRANSLATE_NOOP("Projects", "调整计划日期"),
    "note_add": QT_TRANSLATE_NOOP("Projects", "添加备注"),
    "escalation_add": QT_TRANSLATE_NOOP("Projects", "提请分级决策"),
    "escalation_resolve": QT_TRANSLATE_NOOP("Projects", "作出决策"),
    "update": QT_TRANSLATE_NOOP("Projects", "修改"),
    "export": QT_TRANSLATE_NOOP("Projects", "导出"),
}
LEVEL = {
    "班组": QT_TRANSLATE_NOOP("Projects", "班组"),
    "中心": QT_TRANSLATE_NOOP("Projects", "中心"),
    "公司": QT_TRANSLATE_NOOP("Projects", "公司"),
}


def label(table: Mapping[str, str], key: str) -> str:
    """The translated name of ``key`` in ``table`` (the key itself when the table does not know it)."""
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def day_text(day: _dt.date | None) -> str:
    return day.isoformat() if day else ""


def days_text(n: int | None) -> str:
    return "" if n is None else str(n)
