"""Zoom levels of the time axis as pixels per day; the date header picks its labels from the scale itself, so any
scale in between (an export fitted to a width) still gets sensible labels."""
from __future__ import annotations

from enum import Enum


class ZoomLevel(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


SCALE: dict[ZoomLevel, float] = {
    ZoomLevel.DAY: 40.0,
    ZoomLevel.WEEK: 10.0,
    ZoomLevel.MONTH: 3.2,
    ZoomLevel.QUARTER: 1.1,
}
ORDER = (ZoomLevel.DAY, ZoomLevel.WEEK, ZoomLevel.MONTH, ZoomLevel.QUARTER)  # finest first


def level_of(scale: float) -> ZoomLevel | None:
    """The level whose scale this is, or None for a scale in between."""
    return next((lv for lv in ORDER if abs(SCALE[lv] - scale) < 1e-9), None)


def step(scale: float, steps: int) -> float:
    """Scale ``steps`` levels finer (positive) or coarser (negative) than ``scale``, clamped at the ends."""
    finer_first = [SCALE[lv] for lv in ORDER]
    if steps > 0:
        candidates = [s for s in finer_first if s > scale * 1.0001]
        return candidates[max(0, len(candidates) - steps)] if candidates else finer_first[0]
    if steps < 0:
        candidates = [s for s in finer_first if s < scale / 1.0001]
        return candidates[min(len(candidates) - 1, -steps - 1)] if candidates else finer_first[-1]
    return scale
