"""Chinese names of statuses and flags: the source text of their translations and the PDF's wording.

``QT_TRANSLATE_NOOP`` here is a plain function, so this module stays free of Qt; pyside6-lupdate recognises the
call by name and extracts the strings, and the Qt side translates them with ``QCoreApplication.translate``.
"""
from __future__ import annotations

from widgets.gantt.data import Flag, Status

CONTEXT = "Gantt"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


STATUS_NAME: dict[Status, str] = {
    Status.ON_TIME: QT_TRANSLATE_NOOP("Gantt", "正常"),
    Status.AT_RISK: QT_TRANSLATE_NOOP("Gantt", "临期"),
    Status.OVERDUE: QT_TRANSLATE_NOOP("Gantt", "超期"),
    Status.DONE: QT_TRANSLATE_NOOP("Gantt", "已完成"),
}
FLAG_NAME: dict[Flag, str] = {
    Flag.STALLED: QT_TRANSLATE_NOOP("Gantt", "长期停滞"),
    Flag.OPINION_RISK: QT_TRANSLATE_NOOP("Gantt", "舆情风险"),
    Flag.BLOCKED: QT_TRANSLATE_NOOP("Gantt", "跨部门受阻"),
    Flag.GREEN_CHANNEL: QT_TRANSLATE_NOOP("Gantt", "绿色通道"),
    Flag.NATIONAL_KEY: QT_TRANSLATE_NOOP("Gantt", "国家重点项目"),
}
# One character per flag, drawn white on a coloured badge: legible at 11 px in any CJK font, no icon files.
FLAG_GLYPH: dict[Flag, str] = {
    Flag.STALLED: QT_TRANSLATE_NOOP("Gantt", "停"),
    Flag.OPINION_RISK: QT_TRANSLATE_NOOP("Gantt", "舆"),
    Flag.BLOCKED: QT_TRANSLATE_NOOP("Gantt", "阻"),
    Flag.GREEN_CHANNEL: QT_TRANSLATE_NOOP("Gantt", "绿"),
    Flag.NATIONAL_KEY: QT_TRANSLATE_NOOP("Gantt", "国"),
}
