"""Translated wording of the chart (status and flag names, date labels, tooltips).

pyside6-lupdate extracts only literal ``QCoreApplication.translate("Context", "text")`` calls, so every string is
written out in full at its call rather than through a helper.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from widgets.gantt.data import DeadlineMarker, Flag, PausedSpan, ProjectRow, StageBar, Status
from widgets.gantt.names import CONTEXT, FLAG_GLYPH, FLAG_NAME, STATUS_NAME
from widgets.gantt.timescale import DateLabels

translate = QCoreApplication.translate


def status_name(status: Status) -> str:
    return translate(CONTEXT, STATUS_NAME[status])


def flag_name(flag: Flag) -> str:
    return translate(CONTEXT, FLAG_NAME[flag])


def flag_glyph(flag: Flag) -> str:
    return translate(CONTEXT, FLAG_GLYPH[flag])


def date_labels() -> DateLabels:
    return DateLabels(
        day=QCoreApplication.translate("GanttAxis", "{d}"),
        day_weekday=QCoreApplication.translate("GanttAxis", "{d} {wd}"),
        weekdays=tuple(QCoreApplication.translate("GanttAxis", "一,二,三,四,五,六,日").split(",")),
        month_names=tuple(QCoreApplication.translate("GanttAxis", "1,2,3,4,5,6,7,8,9,10,11,12").split(",")),
        week=QCoreApplication.translate("GanttAxis", "第{w}周"),
        week_short=QCoreApplication.translate("GanttAxis", "{w}"),
        month=QCoreApplication.translate("GanttAxis", "{m}月"),
        month_short=QCoreApplication.translate("GanttAxis", "{m}"),
        month_year=QCoreApplication.translate("GanttAxis", "{y}年{m}月"),
        quarter=QCoreApplication.translate("GanttAxis", "{q}季度"),
        quarter_short=QCoreApplication.translate("GanttAxis", "Q{q}"),
        quarter_year=QCoreApplication.translate("GanttAxis", "{y}年{q}季度"),
        year=QCoreApplication.translate("GanttAxis", "{y}年"),
        year_short=QCoreApplication.translate("GanttAxis", "{y}"),
    )


def _day(d: date | None) -> str:
    return d.isoformat() if d is not None else ""


def stage_tooltip(row: ProjectRow, stage: StageBar) -> str:
    days = (stage.planned_end - stage.planned_start).days + 1
    planned = QCoreApplication.translate("GanttText", "计划：{start} 至 {end}（{days} 天）")
    lines = [
        row.label,
        f"{stage.label} · {status_name(stage.status)}",
        planned.format(start=_day(stage.planned_start), end=_day(stage.planned_end), days=days),
    ]
    if stage.actual_start is None:
        lines.append(QCoreApplication.translate("GanttText", "实际：未开始"))
    elif stage.actual_end is None:
        running = QCoreApplication.translate("GanttText", "实际：{start} 起，进行中")
        lines.append(running.format(start=_day(stage.actual_start)))
    else:
        actual = QCoreApplication.translate("GanttText", "实际：{start} 至 {end}")
        lines.append(actual.format(start=_day(stage.actual_start), end=_day(stage.actual_end)))
    return "\n".join(lines)


def marker_tooltip(row: ProjectRow, marker: DeadlineMarker) -> str:
    node = QCoreApplication.translate("GanttText", "节点时限：{node}")
    due = QCoreApplication.translate("GanttText", "截止：{day} · {status}")
    return "\n".join(
        [row.label, node.format(node=marker.label), due.format(day=_day(marker.day), status=status_name(marker.status))]
    )


def pause_tooltip(span: PausedSpan) -> str:
    if span.end is None:
        text = QCoreApplication.translate("GanttText", "计时暂停：{start} 起（{reason}）")
    else:
        text = QCoreApplication.translate("GanttText", "计时暂停：{start} 至 {end}（{reason}）")
    return text.format(start=_day(span.start), end=_day(span.end), reason=span.reason)


def row_tooltip(row: ProjectRow) -> str:
    status = QCoreApplication.translate("GanttText", "状态：{status}")
    lines = [row.label, status.format(status=status_name(row.status))]
    if row.flags:
        lines.append(" · ".join(flag_name(f) for f in sorted(row.flags)))
    return "\n".join(lines)


def group_title(value: str, count: int) -> str:
    name = value or QCoreApplication.translate("GanttText", "（未分组）")
    return QCoreApplication.translate("GanttText", "{name}（{count} 项）").format(name=name, count=count)
