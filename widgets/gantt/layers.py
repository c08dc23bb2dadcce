"""Drawable layers: for each kind of mark (planned, actual by status, paused, deadline by status) the x spans
sorted by display line, so the rows on screen are one ``searchsorted`` slice away.

The chart hands only that slice (plus a margin) to each pyqtgraph item: a frame then costs the same for 100 or
10,000 projects, where one BarGraphItem holding every bar redraws all of them each frame.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from widgets.gantt.arrays import GanttArrays, Layout
from widgets.gantt.data import Status

# Vertical lanes inside a display line (line units, 0 = top of the line): the actual bar above, the thinner
# planned baseline below, the paused hatch across both.
ACTUAL_LANE = (0.14, 0.54)
PLANNED_LANE = (0.62, 0.84)
PAUSED_LANE = (0.08, 0.92)
MARKER_Y = (ACTUAL_LANE[0] + ACTUAL_LANE[1]) / 2

PLANNED = "planned"
PAUSED = "paused"
STATUSES = tuple(Status)


def actual_key(status: Status) -> str:
    return f"actual_{status.name.lower()}"


def marker_key(status: Status) -> str:
    return f"marker_{status.name.lower()}"


@dataclass
class Span:
    """Spans of one kind sorted by line; ``src`` is the index of each span in the :class:`GanttArrays` columns."""

    line: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    src: np.ndarray

    def window(self, first_line: int, end_line: int) -> slice:
        lo, hi = np.searchsorted(self.line, (first_line, end_line), side="left")
        return slice(int(lo), int(hi))

    def __len__(self) -> int:
        return int(self.line.size)


def _sorted_span(lines: np.ndarray, x0: np.ndarray, x1: np.ndarray, keep: np.ndarray) -> Span:
    src = np.flatnonzero(keep)
    order = np.argsort(lines[src], kind="stable")
    src = src[order]
    return Span(line=lines[src].astype(np.int32), x0=x0[src], x1=x1[src], src=src)


def _columns(arrays: GanttArrays, key: str, today_x: int) -> tuple[np.ndarray, np.ndarray]:
    """The x0/x1 columns a layer reads (running stages and pauses end with today)."""
    if key == PLANNED:
        return arrays.planned_x0, arrays.planned_x1
    if key == PAUSED:
        return arrays.pause_x0, arrays.resolved_pause_x1(today_x)
    if key.startswith("marker_"):
        return arrays.mark_x, arrays.mark_x
    return arrays.actual_x0, arrays.resolved_actual_x1(today_x)


def _lines(layout: Layout, item_row: np.ndarray) -> np.ndarray:
    return layout.row_line[item_row] if item_row.size else np.empty(0, np.int32)


def build_layers(arrays: GanttArrays, layout: Layout, today_x: int) -> dict[str, Span]:
    bar_line = _lines(layout, arrays.bar_row)
    mark_line = _lines(layout, arrays.mark_row)
    pause_line = _lines(layout, arrays.pause_row)
    started = (bar_line >= 0) & ~np.isnan(arrays.actual_x0)
    keys: dict[str, tuple[np.ndarray, np.ndarray]] = {
        PLANNED: (bar_line, bar_line >= 0),
        PAUSED: (pause_line, pause_line >= 0),
    }
    for status in STATUSES:
        keys[actual_key(status)] = (bar_line, started & (arrays.bar_status == status))
        keys[marker_key(status)] = (mark_line, (mark_line >= 0) & (arrays.mark_status == status))
    return {key: _sorted_span(lines, *_columns(arrays, key, today_x), keep) for key, (lines, keep) in keys.items()}


def patch_line(layers: dict[str, Span], arrays: GanttArrays, line: int, today_x: int) -> None:
    """Refresh the x spans of one display line after its row changed dates but nothing that decides which layer
    holds what (statuses, started or not, counts, line): O(log n) per layer instead of a rebuild."""
    if line < 0:
        return
    for key, span in layers.items():
        sl = span.window(line, line + 1)
        if sl.stop > sl.start:
            x0, x1 = _columns(arrays, key, today_x)
            span.x0[sl] = x0[span.src[sl]]
            span.x1[sl] = x1[span.src[sl]]
