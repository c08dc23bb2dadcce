"""Board projects (core dataclasses) → the Gantt widget's plain rows, the left-hand columns and the filter mask.

Colours follow the clocks: a stage's actual bar and its deadline marker take the node clock's status (a node
finished late stays "overdue": the limit was broken), nodes without a limit of their own (申请受理, low-voltage
steps) take the committed total's, and a finished one is "done". Every clocked node gets a deadline marker at its
statutory due date, and the committed total gets one of its own.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
from PySide6.QtCore import QCoreApplication

from console.core.errors import QT_TRANSLATE_NOOP
from console.core.services.project_board import BoardProject, BoardStatus, NodeLine
from console.screens.projects import labels as L
from widgets.gantt.data import (
    FLAGS_COLUMN,
    LABEL_COLUMN,
    STATUS_COLUMN,
    DeadlineMarker,
    Flag,
    GanttColumn,
    PausedSpan,
    ProjectRow,
    StageBar,
    Status,
)

_BOARD_STATUS = {BoardStatus.ON_TIME: Status.ON_TIME, BoardStatus.AT_RISK: Status.AT_RISK,
                 BoardStatus.OVERDUE: Status.OVERDUE, BoardStatus.DONE: Status.DONE}
_CLOCK_STATUS = {"on_time": Status.ON_TIME, "at_risk": Status.AT_RISK, "overdue": Status.OVERDUE,
                 "done_on_time": Status.DONE, "done_late": Status.OVERDUE, "not_started": Status.ON_TIME}
_FLAGS = {"stalled": Flag.STALLED, "opinion_risk": Flag.OPINION_RISK, "blocked": Flag.BLOCKED,
          "green_channel": Flag.GREEN_CHANNEL, "national_key": Flag.NATIONAL_KEY}


@dataclass(frozen=True)
class ColumnChoice:
    key: str
    title: str  # marked source text, context "Projects"
    width: int  # pixels for Chinese text
    width_en: int  # English words run longer


COLUMN_CHOICES: tuple[ColumnChoice, ...] = (
    ColumnChoice(LABEL_COLUMN, QT_TRANSLATE_NOOP("Projects", "项目"), 230, 230),
    ColumnChoice(STATUS_COLUMN, QT_TRANSLATE_NOOP("Projects", "状态"), 70, 88),
    ColumnChoice(FLAGS_COLUMN, QT_TRANSLATE_NOOP("Projects", "标记"), 64, 64),
    ColumnChoice("app_no", QT_TRANSLATE_NOOP("Projects", "申请编号"), 110, 120),
    ColumnChoice("customer", QT_TRANSLATE_NOOP("Projects", "客户"), 140, 140),
    ColumnChoice("manager", QT_TRANSLATE_NOOP("Projects", "客户经理"), 72, 76),
    ColumnChoice("class", QT_TRANSLATE_NOOP("Projects", "类别"), 90, 130),
    ColumnChoice("accepted", QT_TRANSLATE_NOOP("Projects", "受理日期"), 90, 90),
    ColumnChoice("node", QT_TRANSLATE_NOOP("Projects", "当前环节"), 90, 150),
    ColumnChoice("left", QT_TRANSLATE_NOOP("Projects", "剩余工作日"), 80, 124),
    ColumnChoice("total_due", QT_TRANSLATE_NOOP("Projects", "总时限截止"), 90, 90),
)
DEFAULT_COLUMNS = (LABEL_COLUMN, STATUS_COLUMN, FLAGS_COLUMN, "manager", "node", "left")
GROUP_CHOICES: tuple[tuple[str, str], ...] = (
    ("manager", QT_TRANSLATE_NOOP("Projects", "客户经理")),
    ("segment", QT_TRANSLATE_NOOP("Projects", "客户分级")),
    ("stage", QT_TRANSLATE_NOOP("Projects", "当前环节")),
    ("class", QT_TRANSLATE_NOOP("Projects", "项目类别")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(L.CONTEXT, text)


def gantt_columns(keys: Sequence[str], lang: str = "zh") -> list[GanttColumn]:
    """The chosen columns in the order of :data:`COLUMN_CHOICES`; the project label is always shown."""
    wanted = set(keys) | {LABEL_COLUMN}
    return [GanttColumn(c.key, _tr(c.title), c.width if lang == "zh" else c.width_en)
            for c in COLUMN_CHOICES if c.key in wanted]


def group_options() -> list[tuple[str, str]]:
    return [(key, _tr(title)) for key, title in GROUP_CHOICES]


def _stage_status(node: NodeLine, project: BoardProject) -> Status:
    if node.status:
        return _CLOCK_STATUS[node.status]
    if node.actual_end is not None:
        return Status.DONE
    if project.total is not None:
        return _CLOCK_STATUS[project.total.status]
    return _BOARD_STATUS[project.status]


def _stage(node: NodeLine, project: BoardProject) -> StageBar:
    # A node without a recorded baseline is drawn over its statutory window (clock start → due date).
    start = node.planned_start or node.starts_on or node.actual_start or project.accepted_on
    end = node.planned_end or node.due_on or start
    return StageBar(node.node, L.label(L.NODE, node.node), start, max(start, end), node.actual_start, node.actual_end,
                    _stage_status(node, project))


def _deadlines(project: BoardProject) -> tuple[DeadlineMarker, ...]:
    limit = QCoreApplication.translate("Projects", "{node}时限")
    marks = [DeadlineMarker(n.due_on, limit.format(node=L.label(L.NODE, n.node)), _CLOCK_STATUS[n.status])
             for n in project.nodes if n.due_on is not None and n.status]
    if project.total is not None:
        marks.append(DeadlineMarker(project.total.due_on, L.label(L.NODE, "total"), _CLOCK_STATUS[project.total.status]))
    return tuple(marks)


def left_days(project: BoardProject) -> int | None:
    """The most pressing working days left: the running node's clock or the committed total, whichever is less
    (negative once over)."""
    current = project.current
    left = [x for x in (current.left_workdays if current else None,
                        project.total.left_workdays if project.total else None) if x is not None]
    return min(left, default=None)


def project_row(project: BoardProject) -> ProjectRow:
    stage = L.label(L.NODE, project.current_node) if project.current_node else QCoreApplication.translate("Projects", "已送电")
    manager = project.manager_name or QCoreApplication.translate("Projects", "（未指定）")
    left = left_days(project)
    return ProjectRow(
        id=project.id,
        label=project.title,
        status=_BOARD_STATUS[project.status],
        groups={"manager": manager, "segment": L.label(L.SEGMENT, project.segment), "stage": stage,
                "class": L.label(L.CLASS, project.project_class)},
        columns={
            "app_no": project.application_no, "customer": project.customer_name, "manager": manager,
            "class": L.label(L.CLASS, project.project_class), "accepted": project.accepted_on.isoformat(),
            "node": stage, "left": "" if left is None else str(left),
            "total_due": L.day_text(project.total.due_on if project.total else None),
        },
        flags=frozenset(_FLAGS[f] for f in project.flags if f in _FLAGS),
        stages=tuple(_stage(n, project) for n in project.nodes),
        deadlines=_deadlines(project),
        paused=tuple(PausedSpan(p.start, p.end, L.label(L.PAUSE, p.reason)) for p in project.pauses),
    )


def project_rows(projects: Iterable[BoardProject]) -> list[ProjectRow]:
    return [project_row(p) for p in projects]


@dataclass(frozen=True)
class BoardFilter:
    text: str = ""
    status: str = ""  # BoardStatus value or "" for any
    flag: str = ""  # flag slug or "" for any
    project_class: str = ""  # class slug or "" for any

    @property
    def empty(self) -> bool:
        return not (self.text.strip() or self.status or self.flag or self.project_class)


def filter_mask(projects: Sequence[BoardProject], f: BoardFilter) -> np.ndarray | None:
    """One bool per project (None: show all). Text matches application number, title, customer or manager."""
    if f.empty:
        return None
    needle = f.text.strip().lower()
    return np.fromiter(
        ((not needle or needle in f"{p.application_no} {p.title} {p.customer_name} {p.manager_name}".lower())
         and (not f.status or p.status.value == f.status)
         and (not f.flag or f.flag in p.flags)
         and (not f.project_class or p.project_class == f.project_class) for p in projects),
        dtype=bool, count=len(projects))


def planned_span(project: BoardProject, node: str) -> tuple[date, date] | None:
    """The planned dates the chart draws for ``node`` (its baseline, or the statutory window without one)."""
    line = project.node(node)
    if line is None:
        return None
    stage = _stage(line, project)
    return stage.planned_start, stage.planned_end


def with_planned(project: BoardProject, node: str, start: date, end: date, version: int | None = None) -> BoardProject:
    """``project`` with one node's planned dates (and, after a save, its version) replaced."""
    nodes = tuple(replace(n, planned_start=start, planned_end=end, version=n.version if version is None else version)
                  if n.node == node else n for n in project.nodes)
    return replace(project, nodes=nodes)
