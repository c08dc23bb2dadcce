"""Translated wording of the chart (status and flag names, date labels, tooltips)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from widgets.gantt.data import DeadlineMarker, Flag, PausedSpan, ProjectRow, StageBar, Status
from widgets.gantt.names import CONTEXT, FLAG_GLYPH, FLAG_NAME, STATUS_NAME
from widgets.gantt.timescale import DateLabels


def status_name(status: Status) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_NAME[status])


def flag_name(flag: Flag) -> str:
    return QCoreApplication.translate(CONTEXT, FLAG_NAME[flag])


def flag_glyph(flag: Flag) -> str:
    return QCoreApplication.translate(CONTEXT, FLAG_GLYPH[flag])


def date_labels() -> DateLabels:
    def tr(text: str) -> str:
        return QCoreApplication.translate("GanttAxis", text)

    return DateLabels(
        day=tr("{d}"),
        day_weekday=tr("{d} {wd}"),
        weekdays=tuple(tr("一,二,三,四,五,六,日").split(",")),
        week=tr("第{w}周"),
        week_short=tr("{w}"),
        month=tr("{m}月"),
        month_short=tr("{m}"),
        month_year=tr("{y}年{m}月"),
        quarter=tr("{q}季度"),
        quarter_short=tr("Q{q}"),
        quarter_year=tr("{y}年{q}季度"),
        year=tr("{y}年"),
        year_short=tr("{y}"),
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("GanttText", text)


def _day(d: date | None) -> str:
    return d.isoformat() if d is not None else ""


def _days(start: date, end: date) -> int:
    return (end - start).days + 1


def stage_tooltip(row: ProjectRow, stage: StageBar) -> str:
    lines = [row.label, f"{stage.label} · {status_name(stage.status)}"]
    lines.append(
        _tr("计划：{start} 至 {end}（{days} 天）").format(
            start=_day(stage.planned_start), end=_day(stage.planned_end),
            days=_days(stage.planned_start, stage.planned_end),
        )
    )
    if stage.actual_start is None:
        lines.append(_tr("实际：未开始"))
    elif stage.actual_end is None:
        lines.append(_tr("实际：{start} 起，进行中").format(start=_day(stage.actual_start)))
    else:
        lines.append(_tr("实际：{start} 至 {end}").format(start=_day(stage.actual_start), end=_day(stage.actual_end)))
    return "\n".join(lines)


def marker_tooltip(row: ProjectRow, marker: DeadlineMarker) -> str:
    return "\n".join(
        [
            row.label,
            _tr("节点时限：{node}").format(node=marker.label),
            _tr("截止：{day} · {status}").format(day=_day(marker.day), status=status_name(marker.status)),
        ]
    )


def pause_tooltip(span: PausedSpan) -> str:
    if span.end is None:
        text = _tr("计时暂停：{start} 起（{reason}）").format(start=_day(span.start), reason=span.reason)
    else:
        text = _tr("计时暂停：{start} 至 {end}（{reason}）").format(
            start=_day(span.start), end=_day(span.end), reason=span.reason
        )
    return text


def row_tooltip(row: ProjectRow) -> str:
    lines = [row.label, _tr("状态：{status}").format(status=status_name(row.status))]
    if row.flags:
        lines.append(" · ".join(flag_name(f) for f in sorted(row.flags)))
    return "\n".join(lines)


def group_title(value: str, count: int) -> str:
    name = value or _tr("（未分组）")
    return _tr("{name}（{count} 项）").format(name=name, count=count)
