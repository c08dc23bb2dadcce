"""What lies under the pointer, found with numpy on the row's slice of the column arrays (no scene items).

Targets are deliberately larger than what is drawn: a whole half line for the planned lane and a few pixels
either side of a bar, so a finger on a touch screen hits what it aims at.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from widgets.gantt.arrays import GanttArrays, Layout

PAD_PX = 6.0  # slack either side of a bar
MARKER_RADIUS_PX = 9.0
PLANNED_ZONE_FROM = 0.5  # the lower half of a line grabs the planned bar


@dataclass(frozen=True)
class Hit:
    """``kind`` is "group" (a header line), "row" (empty part of a project line), "stage" or "marker".

    ``index`` is the stage or marker index in the :class:`GanttArrays` columns; ``planned_zone`` says the pointer is
    on the planned lane (a drag there reschedules); ``pause`` is the paused span under the pointer or -1.
    """

    kind: str
    line: int
    row: int = -1
    index: int = -1
    planned_zone: bool = False
    pause: int = -1


def _nearest_interval(x: float, x0: np.ndarray, x1: np.ndarray, pad: float) -> int:
    """Index of the interval nearest to ``x`` within ``pad`` (inside counts as distance 0), ties to the shortest."""
    if x0.size == 0:
        return -1
    dist = np.maximum(np.maximum(x0 - x, x - x1), 0.0)
    dist = np.where(np.isnan(dist), np.inf, dist)
    ok = dist <= pad
    if not ok.any():
        return -1
    key = np.where(ok, dist * 1e6 + (x1 - x0), np.inf)
    return int(np.argmin(key))


def hit_test(
    arrays: GanttArrays, layout: Layout, x: float, y: float, px_per_day: float, today_x: int
) -> Hit | None:
    """Hit at view coordinates ``x`` (day number) and ``y`` (line units, 0 at the top)."""
    if not math.isfinite(x) or not math.isfinite(y) or y < 0 or y >= layout.n_lines:
        return None
    line = int(y)
    row = int(layout.line_row[line])
    if row < 0:
        return Hit("group", line)
    frac = y - line
    pad = PAD_PX / px_per_day
    p0, p1 = int(arrays.pause_off[row]), int(arrays.pause_off[row + 1])
    pause = -1
    if p1 > p0:
        px1 = np.where(np.isnan(arrays.pause_x1[p0:p1]), float(today_x + 1), arrays.pause_x1[p0:p1])
        inside = np.flatnonzero((arrays.pause_x0[p0:p1] <= x) & (x < px1))
        pause = p0 + int(inside[0]) if inside.size else -1
    m0, m1 = int(arrays.mark_off[row]), int(arrays.mark_off[row + 1])
    if m1 > m0 and frac < PLANNED_ZONE_FROM:
        dx = np.abs(arrays.mark_x[m0:m1] - x) * px_per_day
        k = int(np.argmin(dx))
        if dx[k] <= MARKER_RADIUS_PX:
            return Hit("marker", line, row, m0 + k, pause=pause)
    b0, b1 = int(arrays.bar_off[row]), int(arrays.bar_off[row + 1])
    planned_zone = frac >= PLANNED_ZONE_FROM
    if b1 > b0:
        planned = _nearest_interval(x, arrays.planned_x0[b0:b1], arrays.planned_x1[b0:b1], pad)
        if planned_zone and planned >= 0:
            return Hit("stage", line, row, b0 + planned, planned_zone=True, pause=pause)
        actual_x1 = np.where(np.isnan(arrays.actual_x1[b0:b1]), float(today_x + 1), arrays.actual_x1[b0:b1])
        actual = _nearest_interval(x, arrays.actual_x0[b0:b1], actual_x1, pad)
        if actual >= 0:
            return Hit("stage", line, row, b0 + actual, pause=pause)
        if planned >= 0:
            return Hit("stage", line, row, b0 + planned, pause=pause)
    return Hit("row", line, row, pause=pause)
