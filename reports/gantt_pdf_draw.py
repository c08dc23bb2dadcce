"""Drawing one page of the printed Gantt with the widget's colours and lanes (see ``reports.gantt_pdf``)."""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports.fonts import FONT_BOLD, FONT_REGULAR
from reports.gantt_pdf_marks import BADGE_PT, badge, colour, diamond, hatch
from widgets.gantt import palette as pal
from widgets.gantt.arrays import GanttArrays
from widgets.gantt.data import FLAGS_COLUMN, LABEL_COLUMN, STATUS_COLUMN, Flag, GanttColumn, Status, from_day_number
from widgets.gantt.layers import ACTUAL_LANE, MARKER_Y, PAUSED_LANE, PLANNED_LANE
from widgets.gantt.names import FLAG_NAME, STATUS_NAME
from widgets.gantt.timescale import DateLabels, Unit, day_runs, non_working_between, unit_starts, upper_unit

if TYPE_CHECKING:
    from reports.gantt_pdf import PagePlan

TEXT_PT = 7.5
SMALL_PT = 6.5
MAX_TABLE_SHARE = 0.45
LABELS = DateLabels()


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…" if text else ""


def _split_title(text: str, width: float) -> tuple[str, str]:
    """A column title on one line, or cut over two when it is wider than its column (CJK breaks anywhere)."""
    if stringWidth(text, FONT_BOLD, TEXT_PT) <= width:
        return text, ""
    bracket = text.find("（")
    if bracket > 0 and stringWidth(text[:bracket], FONT_BOLD, TEXT_PT) <= width:
        return text[:bracket], text[bracket:]
    cut = len(text)
    while cut > 1 and stringWidth(text[:cut], FONT_BOLD, TEXT_PT) > width:
        cut -= 1
    return text[:cut], text[cut:]


@dataclass(frozen=True)
class PageGeometry:
    width: float
    height: float
    columns: tuple[tuple[GanttColumn, float], ...]
    margin: float = 24.0
    title_h: float = 24.0
    header_h: float = 28.0
    footer_h: float = 22.0
    row_h: float = 16.0

    @classmethod
    def for_page(cls, page: tuple[float, float], columns: Sequence[tuple[GanttColumn, float]]) -> PageGeometry:
        width, height = page
        total = sum(w for _, w in columns)
        cap = (width - 2 * cls.margin) * MAX_TABLE_SHARE
        shrink = min(1.0, cap / total) if total else 1.0
        return cls(width, height, tuple((c, w * shrink) for c, w in columns))

    @property
    def table_width(self) -> float:
        return sum(w for _, w in self.columns)

    @property
    def chart_left(self) -> float:
        return self.margin + self.table_width

    @property
    def chart_width(self) -> float:
        return self.width - self.margin - self.chart_left

    @property
    def header_top(self) -> float:
        return self.height - self.margin - self.title_h

    @property
    def lines_top(self) -> float:
        return self.header_top - self.header_h

    @property
    def lines_per_page(self) -> int:
        return max(3, int((self.lines_top - self.margin - self.footer_h) // self.row_h))


def draw_page(
    c: Canvas, g: PageGeometry, arrays: GanttArrays, plan: PagePlan, *, unit: Unit, scale: float, today: date,
    title: str, calendar: np.ndarray | None = None,
) -> None:
    _title(c, g, plan, today, title)
    _line_fills(c, g, plan)
    _table(c, g, arrays, plan)
    _date_header(c, g, plan, unit, scale)
    c.saveState()
    body_bottom = g.lines_top - len(plan.lines) * g.row_h
    clip = c.beginPath()
    clip.rect(g.chart_left, body_bottom, g.chart_width, g.lines_top - body_bottom)
    c.clipPath(clip, stroke=0, fill=0)
    _grid(c, g, plan, unit, scale, body_bottom, calendar)
    for i, line in enumerate(plan.lines):
        if line.row >= 0:
            _row_marks(c, g, arrays, line.row, g.lines_top - i * g.row_h, plan.first_day, scale, today)
    _today(c, g, plan, scale, today, body_bottom)
    c.restoreState()
    c.setStrokeColor(colour(pal.GRID_MAJOR))
    c.setLineWidth(0.6)
    c.line(g.chart_left, g.header_top, g.chart_left, body_bottom)
    c.rect(g.margin, body_bottom, g.width - 2 * g.margin, g.header_top - body_bottom, stroke=1, fill=0)
    _footer(c, g, plan)


def _title(c: Canvas, g: PageGeometry, plan: PagePlan, today: date, title: str) -> None:
    y = g.height - g.margin - 14
    c.setFillColor(colour(pal.HEADER_TEXT))
    c.setFont(FONT_BOLD, 12)
    c.drawString(g.margin, y, title)
    span = f"{from_day_number(plan.first_day).isoformat()} 至 {from_day_number(plan.end_day - 1).isoformat()}"
    c.setFont(FONT_REGULAR, 8)
    c.drawRightString(g.width - g.margin, y, f"统计日 {today.isoformat()}　时段 {span}")


def _line_fills(c: Canvas, g: PageGeometry, plan: PagePlan) -> None:
    width = g.width - 2 * g.margin
    for i, line in enumerate(plan.lines):
        band = pal.GROUP_BAND if line.header else (pal.ZEBRA if i % 2 else None)
        if band:
            c.setFillColor(colour(band))
            c.rect(g.margin, g.lines_top - (i + 1) * g.row_h, width, g.row_h, stroke=0, fill=1)


def _table(c: Canvas, g: PageGeometry, arrays: GanttArrays, plan: PagePlan) -> None:
    c.setFillColor(colour(pal.HEADER_BG))
    c.rect(g.margin, g.lines_top, g.width - 2 * g.margin, g.header_h, stroke=0, fill=1)
    x = g.margin
    c.setFillColor(colour(pal.HEADER_TEXT))
    c.setFont(FONT_BOLD, TEXT_PT)
    for column, width in g.columns:
        first, rest = _split_title(column.title, width - 6)
        if rest:
            c.drawString(x + 3, g.lines_top + g.header_h / 2 + 1.5, first)
            c.drawString(x + 3, g.lines_top + g.header_h / 2 - 7.5, fit(rest, FONT_BOLD, TEXT_PT, width - 6))
        else:
            c.drawString(x + 3, g.lines_top + g.header_h / 2 - 3, first)
        x += width
    for i, line in enumerate(plan.lines):
        base = g.lines_top - (i + 1) * g.row_h + (g.row_h - TEXT_PT) / 2 + 1
        if line.header:
            text = f"{line.header or '（未分组）'}（{line.count} 项）" + ("（续）" if line.continued else "")
            c.setFillColor(colour(pal.GROUP_TEXT))
            c.setFont(FONT_BOLD, TEXT_PT)
            c.drawString(g.margin + 3, base, fit(text, FONT_BOLD, TEXT_PT, g.table_width - 6))
            continue
        x = g.margin
        for column, width in g.columns:
            _cell(c, arrays, line.row, column.key, x, base, width)
            x += width


def _cell(c: Canvas, arrays: GanttArrays, row_index: int, key: str, x: float, base: float, width: float) -> None:
    row = arrays.rows[row_index]
    c.setFillColor(colour(pal.HEADER_TEXT))
    c.setFont(FONT_REGULAR, TEXT_PT)
    if key == FLAGS_COLUMN:
        bx = x + 3
        for flag in Flag:
            if flag in row.flags and bx + BADGE_PT <= x + width:
                badge(c, flag, bx, base - 2)
                bx += BADGE_PT + 2
        return
    if key == STATUS_COLUMN:
        c.setFillColor(colour(pal.STATUS_FILL[row.status]))
        c.rect(x + 3, base - 0.5, 6, 6, stroke=0, fill=1)
        c.setFillColor(colour(pal.HEADER_TEXT))
        c.drawString(x + 12, base, fit(STATUS_NAME[row.status], FONT_REGULAR, TEXT_PT, width - 15))
        return
    text = row.label if key == LABEL_COLUMN else row.columns.get(key, "")
    c.drawString(x + 3, base, fit(text, FONT_REGULAR, TEXT_PT, width - 6))


def _date_header(c: Canvas, g: PageGeometry, plan: PagePlan, unit: Unit, scale: float) -> None:
    half = g.header_h / 2
    upper = upper_unit(unit)
    bands = [(upper, g.lines_top + half, half, True), (unit, g.lines_top, half, False)] if upper is not None else [
        (unit, g.lines_top, g.header_h, False)
    ]
    c.setStrokeColor(colour(pal.GRID_MAJOR))
    c.setLineWidth(0.4)
    for band_unit, bottom, height, is_upper in bands:
        starts = unit_starts(band_unit, plan.first_day, plan.end_day)
        font = FONT_BOLD if is_upper else FONT_REGULAR
        for a, b in zip(starts[:-1], starts[1:]):
            left = g.chart_left + max(a - plan.first_day, 0) * scale
            right = g.chart_left + min(b - plan.first_day, plan.end_day - plan.first_day) * scale
            if right <= left:
                continue
            c.line(left, bottom, left, bottom + height)
            text = next((t for t in LABELS.candidates(band_unit, a, upper=is_upper)
                         if stringWidth(t, font, TEXT_PT) <= right - left - 4), "")
            c.setFillColor(colour(pal.HEADER_TEXT))
            c.setFont(font, TEXT_PT)
            if is_upper:
                c.drawString(left + 3, bottom + height / 2 - 2.5, text)
            else:
                c.drawCentredString((left + right) / 2, bottom + height / 2 - 2.5, text)
    if upper is not None:
        c.line(g.chart_left, g.lines_top + half, g.width - g.margin, g.lines_top + half)
    c.line(g.margin, g.lines_top, g.width - g.margin, g.lines_top)


def _grid(
    c: Canvas, g: PageGeometry, plan: PagePlan, unit: Unit, scale: float, bottom: float, calendar: np.ndarray | None
) -> None:
    if scale >= 4:
        c.setFillColor(colour(pal.NON_WORKING))
        for start, end in day_runs(non_working_between(calendar, plan.first_day, plan.end_day)):
            left = g.chart_left + (start - plan.first_day) * scale
            c.rect(left, bottom, (end - start) * scale, g.lines_top - bottom, stroke=0, fill=1)
    upper = upper_unit(unit)
    for grid_unit, ink in ((unit, pal.GRID_MINOR), (upper, pal.GRID_MAJOR)):
        if grid_unit is None:
            continue
        c.setStrokeColor(colour(ink))
        c.setLineWidth(0.4)
        for start in unit_starts(grid_unit, plan.first_day, plan.end_day):
            x = g.chart_left + (start - plan.first_day) * scale
            c.line(x, bottom, x, g.lines_top)


def _lane(top: float, row_h: float, lane: tuple[float, float]) -> tuple[float, float]:
    """Bottom y and height of a lane of the line whose top is ``top``."""
    return top - lane[1] * row_h, (lane[1] - lane[0]) * row_h


def _row_marks(
    c: Canvas, g: PageGeometry, arrays: GanttArrays, row: int, top: float, first_day: int, scale: float, today: date
) -> None:
    def px(x: float) -> float:
        return g.chart_left + (x - first_day) * scale

    today_end = float((today - from_day_number(0)).days + 1)
    b0, b1 = int(arrays.bar_off[row]), int(arrays.bar_off[row + 1])
    labels: list[tuple[str, float, float, str]] = []
    c.setLineWidth(0.5)
    for b in range(b0, b1):
        y, h = _lane(top, g.row_h, PLANNED_LANE)
        c.setStrokeColor(colour(pal.PLANNED_EDGE))
        c.setFillColor(colour(pal.PLANNED_FILL))
        c.rect(px(arrays.planned_x0[b]), y, (arrays.planned_x1[b] - arrays.planned_x0[b]) * scale, h, stroke=1, fill=1)
        label = arrays.rows[row].stages[b - b0].label
        a0 = arrays.actual_x0[b]
        if math.isnan(a0):
            labels.append((label, px(arrays.planned_x0[b]), px(arrays.planned_x1[b]), pal.PENDING_TEXT))
            continue
        a1 = today_end if math.isnan(arrays.actual_x1[b]) else arrays.actual_x1[b]
        status = Status(int(arrays.bar_status[b]))
        y, h = _lane(top, g.row_h, ACTUAL_LANE)
        c.setStrokeColor(colour(pal.STATUS_EDGE[status]))
        c.setFillColor(colour(pal.STATUS_FILL[status]))
        c.rect(px(a0), y, (a1 - a0) * scale, h, stroke=1, fill=1)
        labels.append((label, px(a0), px(a1), pal.BAR_TEXT))
    for p in range(int(arrays.pause_off[row]), int(arrays.pause_off[row + 1])):
        p1 = today_end if math.isnan(arrays.pause_x1[p]) else arrays.pause_x1[p]
        hatch(c, px(arrays.pause_x0[p]), px(p1), *_lane(top, g.row_h, PAUSED_LANE))
    cy = top - MARKER_Y * g.row_h
    for m in range(int(arrays.mark_off[row]), int(arrays.mark_off[row + 1])):
        diamond(c, px(arrays.mark_x[m]), cy, pal.STATUS_FILL[Status(int(arrays.mark_status[m]))])
    # Names last, over hatching and diamonds; a stage not started yet puts its name in its empty actual lane.
    y, h = _lane(top, g.row_h, ACTUAL_LANE)
    for text, left, right, ink in labels:
        _bar_label(c, g, text, left, right, y, h, ink)


def _bar_label(c: Canvas, g: PageGeometry, text: str, left: float, right: float, y: float, h: float, ink: str) -> None:
    left, right = max(left, g.chart_left), min(right, g.width - g.margin)
    if right - left < stringWidth(text, FONT_REGULAR, SMALL_PT) + 3:
        return
    c.setFillColor(colour(ink))
    c.setFont(FONT_REGULAR, SMALL_PT)
    c.drawString(left + 1.5, y + (h - SMALL_PT) / 2 + 1, text)


def _today(c: Canvas, g: PageGeometry, plan: PagePlan, scale: float, today: date, bottom: float) -> None:
    x_day = (today - from_day_number(0)).days + 0.5
    if not plan.first_day <= x_day < plan.end_day:
        return
    x = g.chart_left + (x_day - plan.first_day) * scale
    c.setStrokeColor(colour(pal.TODAY))
    c.setLineWidth(1.2)
    c.setDash(3, 2)
    c.line(x, bottom, x, g.lines_top)
    c.setDash()


def _footer(c: Canvas, g: PageGeometry, plan: PagePlan) -> None:
    y = g.margin + 4
    x = g.margin
    c.setFont(FONT_REGULAR, SMALL_PT)
    entries: list[tuple[str, str]] = [(pal.STATUS_FILL[s], STATUS_NAME[s]) for s in Status]
    for fill, name in entries:
        c.setFillColor(colour(fill))
        c.rect(x, y, 9, 6, stroke=0, fill=1)
        c.setFillColor(colour(pal.HEADER_TEXT))
        c.drawString(x + 11, y, name)
        x += 14 + stringWidth(name, FONT_REGULAR, SMALL_PT) + 6
    c.setStrokeColor(colour(pal.PLANNED_EDGE))
    c.setLineWidth(0.5)
    c.rect(x, y + 1, 9, 4, stroke=1, fill=0)
    c.drawString(x + 11, y, "计划（基线）")
    x += 14 + stringWidth("计划（基线）", FONT_REGULAR, SMALL_PT) + 6
    hatch(c, x, x + 9, y - 1, 8)
    c.setFillColor(colour(pal.HEADER_TEXT))
    c.drawString(x + 11, y, "计时暂停")
    x += 14 + stringWidth("计时暂停", FONT_REGULAR, SMALL_PT) + 6
    diamond(c, x + 4, y + 3, pal.STATUS_FILL[Status.OVERDUE])
    c.setFillColor(colour(pal.HEADER_TEXT))
    c.drawString(x + 11, y, "节点时限")
    x += 14 + stringWidth("节点时限", FONT_REGULAR, SMALL_PT) + 6
    for flag in Flag:
        badge(c, flag, x, y - 1.5)
        c.setFillColor(colour(pal.HEADER_TEXT))
        c.setFont(FONT_REGULAR, SMALL_PT)
        c.drawString(x + BADGE_PT + 2, y, FLAG_NAME[flag])
        x += BADGE_PT + 4 + stringWidth(FLAG_NAME[flag], FONT_REGULAR, SMALL_PT) + 6
    c.setFont(FONT_REGULAR, 8)
    c.setFillColor(colour(pal.HEADER_TEXT))
    c.drawRightString(g.width - g.margin, y, f"第 {plan.number} 页 / 共 {plan.total} 页")
