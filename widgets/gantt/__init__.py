"""Gantt chart of in-progress connection projects.

The plain data lives in :mod:`widgets.gantt.data` (no Qt, also used by ``reports.gantt_pdf``); the Qt widget
:class:`GanttView` is imported lazily so that importing the data does not pull in Qt and pyqtgraph.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from widgets.gantt.data import (
    DeadlineMarker,
    Flag,
    GanttColumn,
    PausedSpan,
    ProjectRow,
    StageBar,
    Status,
)

if TYPE_CHECKING:
    from widgets.gantt.view import GanttView
    from widgets.gantt.zoom import ZoomLevel

__all__ = [
    "DeadlineMarker",
    "Flag",
    "GanttColumn",
    "GanttView",
    "PausedSpan",
    "ProjectRow",
    "StageBar",
    "Status",
    "ZoomLevel",
]


def __getattr__(name: str) -> object:
    if name == "GanttView":
        from widgets.gantt.view import GanttView

        return GanttView
    if name == "ZoomLevel":
        from widgets.gantt.zoom import ZoomLevel

        return ZoomLevel
    raise AttributeError(name)
