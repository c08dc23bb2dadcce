"""Printable Gantt of in-progress projects, tiled across A4 or A3 landscape pages.

Built from the same plain rows the Gantt widget shows (``widgets.gantt.data``), not from the widget. A long chart
is cut into blocks of lines down the pages and, when the time span is wider than a page at a legible scale, into
time slices across them; every page repeats the left-hand columns and the date header, a group cut by a page
break repeats its header marked "续", and the pages are numbered "第 x 页 / 共 y 页".
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

import numpy as np
from reportlab.lib.pagesizes import A3, A4, landscape

from reports.fonts import CJKCanvas, register_fonts
from reports.gantt_pdf_draw import PageGeometry, draw_page
from widgets.gantt.arrays import GanttArrays, build_layout
from widgets.gantt.data import FLAGS_COLUMN, LABEL_COLUMN, STATUS_COLUMN, GanttColumn, ProjectRow, day_number
from widgets.gantt.timescale import Unit, calendar_days, unit_starts

PAGE_SIZES = {"A4": landscape(A4), "A3": landscape(A3)}
# Points per day at which each unit's header labels and the bars stay legible on paper.
UNIT_SCALE = {Unit.DAY: 16.0, Unit.WEEK: 4.5, Unit.MONTH: 1.5, Unit.QUARTER: 0.55}
MAX_AUTO_TILES = 2  # auto scale: the finest unit that needs at most this many pages across
MIN_SCALE_SHARE, MAX_SCALE_SHARE = 0.8, 2.5  # how far a unit's scale may shrink or grow to fill whole pages
PX_TO_PT = 0.6  # the widget's column widths are pixels; on paper the same columns take 0.6 pt per pixel

DEFAULT_COLUMNS = (
    GanttColumn(LABEL_COLUMN, "项目", 220),
    GanttColumn(STATUS_COLUMN, "状态", 76),
    GanttColumn(FLAGS_COLUMN, "标记", 72),
)


@dataclass(frozen=True)
class PageLine:
    """One printed line: a row (``row`` >= 0) or a group header (``header`` set, ``continued`` after a break)."""

    row: int = -1
    header: str = ""
    count: int = 0
    continued: bool = False


@dataclass(frozen=True)
class PagePlan:
    lines: tuple[PageLine, ...]
    first_day: int
    end_day: int
    number: int
    total: int


def _time_tiles(first: int, end: int, unit: Unit, scale: float, width: float) -> list[tuple[int, int]]:
    """Cut ``[first, end)`` into slices of whole units, each as wide as fits in ``width`` points."""
    starts = unit_starts(unit, first, end)
    tiles: list[tuple[int, int]] = []
    tile_start = starts[0]
    for a, b in zip(starts[:-1], starts[1:]):
        if (b - tile_start) * scale > width and a > tile_start:
            tiles.append((tile_start, a))
            tile_start = a
    tiles.append((tile_start, starts[-1]))
    return tiles


def _choose_unit(first: int, end: int, width: float) -> Unit:
    for unit in (Unit.DAY, Unit.WEEK, Unit.MONTH):
        if len(_time_tiles(first, end, unit, UNIT_SCALE[unit] * MIN_SCALE_SHARE, width)) <= MAX_AUTO_TILES:
            return unit
    return Unit.QUARTER


def _fitted_scale(first: int, end: int, unit: Unit, width: float) -> float:
    """The unit's scale adjusted so the span fills its pages: shrunk a little when that saves a page, grown when
    the last page would otherwise be nearly empty."""
    starts = unit_starts(unit, first, end)
    span = starts[-1] - starts[0]
    longest_unit = max(b - a for a, b in zip(starts[:-1], starts[1:]))
    pages = max(1, math.ceil(span * UNIT_SCALE[unit] * MIN_SCALE_SHARE / width))
    # One unit of slack per page: tiles are cut at unit boundaries, so a page holds whole units only.
    fitted = pages * width / (span + pages * longest_unit)
    return min(max(fitted, UNIT_SCALE[unit] * MIN_SCALE_SHARE), UNIT_SCALE[unit] * MAX_SCALE_SHARE)


def _line_blocks(arrays: GanttArrays, group_by: str | None, mask: np.ndarray | None, per_page: int) -> list[list[PageLine]]:
    """Lines per page; a header never ends a page, and a group cut by a break starts the next page "continued"."""
    layout = build_layout(arrays, group_by, mask)
    blocks: list[list[PageLine]] = []
    block: list[PageLine] = []
    current: PageLine | None = None
    for line in range(layout.n_lines):
        row = int(layout.line_row[line])
        header = layout.headers.get(line)
        if header is not None:
            current = PageLine(header=header.value, count=header.count)
        item = current if header is not None else PageLine(row=row)
        if len(block) >= per_page or (header is not None and len(block) >= per_page - 1):
            blocks.append(block)
            block = []
            if header is None and current is not None:
                block.append(PageLine(header=current.header, count=current.count, continued=True))
        block.append(item)  # type: ignore[arg-type]
    if block or not blocks:
        blocks.append(block)
    return blocks


def plan_pages(
    arrays: GanttArrays,
    geometry: PageGeometry,
    *,
    group_by: str | None,
    mask: np.ndarray | None,
    today_x: int,
    unit: Unit | None,
    first: date | None,
    last: date | None,
) -> tuple[list[PagePlan], Unit, float]:
    lo, hi = arrays.x_extent(today_x)
    first_x = day_number(first) if first else int(np.floor(lo)) - 3
    end_x = day_number(last) + 1 if last else int(np.ceil(hi)) + 3
    if end_x <= first_x:
        raise ValueError("the time span is empty")
    if unit is None:  # (Unit.DAY is 0, so no "or")
        unit = _choose_unit(first_x, end_x, geometry.chart_width)
    scale = _fitted_scale(first_x, end_x, unit, geometry.chart_width)
    tiles = _time_tiles(first_x, end_x, unit, scale, geometry.chart_width)
    blocks = _line_blocks(arrays, group_by, mask, geometry.lines_per_page)
    total = len(blocks) * len(tiles)
    plans = [
        PagePlan(tuple(block), t0, t1, number=i * len(tiles) + j + 1, total=total)
        for i, block in enumerate(blocks)
        for j, (t0, t1) in enumerate(tiles)
    ]
    return plans, unit, scale


def build_gantt_pdf(
    rows: Sequence[ProjectRow],
    out: str | Path | BinaryIO,
    *,
    columns: Sequence[GanttColumn] = DEFAULT_COLUMNS,
    group_by: str | None = None,
    mask: np.ndarray | None = None,
    today: date | None = None,
    page_size: str = "A4",
    unit: Unit | None = None,
    first: date | None = None,
    last: date | None = None,
    title: str = "在途项目甘特图",
    non_working_days: Iterable[date] | None = None,
) -> int:
    """Write the PDF to ``out`` and return its page count.

    ``unit`` fixes the time scale (day/week/month/quarter); by default the finest one that keeps the chart at most
    two pages wide. ``first``/``last`` limit the time span (default: everything in the rows, and today).
    ``non_working_days`` are shaded (statutory holidays, weekends not made workdays); by default weekends.
    """
    register_fonts()
    today = today or date.today()
    arrays = GanttArrays.from_rows(rows)
    page = PAGE_SIZES[page_size]
    geometry = PageGeometry.for_page(page, [(c, c.width * PX_TO_PT) for c in columns])
    plans, unit, scale = plan_pages(
        arrays, geometry, group_by=group_by, mask=mask, today_x=day_number(today), unit=unit, first=first, last=last
    )
    calendar = calendar_days(non_working_days)
    target = str(out) if isinstance(out, Path) else out
    canvas = CJKCanvas(target, pagesize=page, pageCompression=1)
    canvas.setTitle(title)
    for plan in plans:
        draw_page(canvas, geometry, arrays, plan, unit=unit, scale=scale, today=today, title=title,
                  calendar=calendar)
        canvas.showPage()
    canvas.save()
    return len(plans)
