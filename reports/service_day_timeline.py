"""The mini-timeline on each project page: the customer's four steps above, internal node clocks below.

Drawn straight onto the canvas rather than through ``reportlab.graphics`` shapes: the shape tree and its
renderer cost a quarter of a 200-project pack's build time for ~70 primitives a page.
"""
from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from reports.fonts import ACCENT, FONT_BOLD, FONT_REGULAR, INK, MUTED
from reports.service_day_data import ClockStatus, ProjectSheet

STATUS_COLOURS: dict[ClockStatus, colors.Color] = {
    ClockStatus.NOT_STARTED: colors.HexColor("#c5ccd4"),
    ClockStatus.ON_TIME: colors.HexColor("#2e7d32"),
    ClockStatus.AT_RISK: colors.HexColor("#e08e0b"),
    ClockStatus.OVERDUE: colors.HexColor("#c62828"),
    ClockStatus.PAUSED: colors.HexColor("#8e99a4"),
    ClockStatus.DONE: colors.HexColor("#4a78b0"),
    ClockStatus.DONE_LATE: colors.HexColor("#8e2430"),
}
_PENDING = colors.HexColor("#c5ccd4")
_CURRENT = colors.HexColor("#e08e0b")
_PAUSE_FILL = colors.HexColor("#e9ecef")
_AXIS = colors.HexColor("#9aa5b1")
_LANE_BG = colors.HexColor("#fbfcfd")
_LANE_RULE = colors.HexColor("#e4e7eb")

_STEPS_H = 19.5 * mm
_ROW_H = 4.6 * mm
_AXIS_H = 6 * mm
_LEGEND_H = 5 * mm
_LABEL_W = 24 * mm


class Timeline(Flowable):
    """``today`` (the meeting date) bounds the running bars and is marked on the axis."""

    def __init__(self, project: ProjectSheet, today: date, width: float) -> None:
        super().__init__()
        self.project = project
        self.today = today
        self.width = width
        self.height = _STEPS_H + _AXIS_H + max(len(project.nodes), 1) * _ROW_H + _LEGEND_H + 2 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineCap(0)
        self._steps(c)
        self._lanes(c, self.height - _STEPS_H - 1 * mm)
        self._legend(c)
        c.restoreState()

    def _steps(self, c: Canvas) -> None:
        p = self.project
        n = len(p.steps)
        if n == 0:
            return
        y = self.height - 5 * mm
        margin = 20 * mm
        gap = (self.width - 2 * margin) / max(n - 1, 1)
        xs = [margin + i * gap for i in range(n)]
        r = 2.6 * mm
        for i in range(n - 1):
            done = i < p.current_step
            c.setStrokeColor(ACCENT if done else _PENDING)
            c.setLineWidth(1.6 if done else 1)
            c.setDash([] if done else [2, 2])
            c.line(xs[i] + 3 * mm, y, xs[i + 1] - 3 * mm, y)
        c.setDash([])
        for i, (x, step) in enumerate(zip(xs, p.steps)):
            current = i == p.current_step
            if i < p.current_step:
                c.setFillColor(ACCENT)
                c.setStrokeColor(ACCENT)
                c.setLineWidth(1)
                c.circle(x, y, r, stroke=1, fill=1)
                _text(c, x, y - 1.1 * mm, "✓", FONT_BOLD, 9, colors.white, "middle")
            elif current:
                c.setFillColor(colors.white)
                c.setStrokeColor(_CURRENT)
                c.setLineWidth(2)
                c.circle(x, y, r, stroke=1, fill=1)
                c.setFillColor(_CURRENT)
                c.circle(x, y, 1.1 * mm, stroke=0, fill=1)
            else:
                c.setFillColor(colors.white)
                c.setStrokeColor(_PENDING)
                c.setLineWidth(1)
                c.circle(x, y, r, stroke=1, fill=1)
            _text(c, x, y - 6.2 * mm, step.label, FONT_BOLD if current else FONT_REGULAR, 8,
                  _CURRENT if current else INK, "middle")
            when = step.done_on.strftime("%Y-%m-%d") if step.done_on else ("进行中" if current else "未开始")
            _text(c, x, y - 9.6 * mm, when, FONT_REGULAR, 6.5, MUTED, "middle")

    def _lanes(self, c: Canvas, top: float) -> None:
        p, today = self.project, self.today
        x0, x1 = _LABEL_W, self.width - 3 * mm
        start, end = _date_range(p, today)
        total = (end - start).days or 1

        def x_of(d: date) -> float:
            return x0 + (d - start).days / total * (x1 - x0)

        rows = max(len(p.nodes), 1)
        bottom = top - rows * _ROW_H
        c.setFillColor(_LANE_BG)
        c.rect(x0, bottom, x1 - x0, rows * _ROW_H, stroke=0, fill=1)
        c.setLineWidth(0.4)
        c.setStrokeColor(_AXIS)
        c.setFillColor(_PAUSE_FILL)
        c.setDash([1.5, 1.5])
        for span in p.paused:
            a, b = x_of(span.start), x_of(span.end or today)
            c.rect(a, bottom, max(b - a, 0.8), rows * _ROW_H, stroke=1, fill=1)
        c.setDash([])
        if not p.nodes:
            _text(c, x0 + 2 * mm, top - _ROW_H + 1.6 * mm, "本类项目不设内部环节，按承诺总时限考核", FONT_REGULAR, 7, MUTED)
        for i, node in enumerate(p.nodes):
            y = top - (i + 1) * _ROW_H
            _text(c, x0 - 2 * mm, y + 1.4 * mm, node.name, FONT_REGULAR, 7, INK, "end")
            c.setStrokeColor(_LANE_RULE)
            c.setLineWidth(0.3)
            c.line(x0, y, x1, y)
            if node.started_on:
                stop = node.finished_on or today
                a, b = x_of(node.started_on), x_of(max(stop, node.started_on))
                c.setFillColor(STATUS_COLOURS[node.status])
                c.roundRect(a, y + 1.0 * mm, max(b - a, 1.2), _ROW_H - 2.0 * mm, 0.8, stroke=0, fill=1)
            if node.due_on:
                self._due_marker(c, x_of(node.due_on), y, node.due_on.strftime("%m-%d"))
        c.setStrokeColor(_AXIS)
        c.setLineWidth(0.6)
        c.line(x0, bottom, x1, bottom)
        c.setLineWidth(0.5)
        for tick in _ticks(start, end):
            xt = x_of(tick)
            c.line(xt, bottom, xt, bottom - 1.2 * mm)
            _text(c, xt, bottom - 4 * mm, tick.strftime("%m-%d"), FONT_REGULAR, 6, MUTED, "middle")
        xt = x_of(today)
        c.setStrokeColor(_CURRENT)
        c.setLineWidth(0.9)
        c.setDash([2, 1.5])
        c.line(xt, bottom, xt, top + 1 * mm)
        c.setDash([])
        _text(c, xt, top + 1.6 * mm, "会议日", FONT_BOLD, 6, _CURRENT, "middle")

    @staticmethod
    def _due_marker(c: Canvas, xd: float, y: float, label: str) -> None:
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(xd, y + 0.6 * mm, xd, y + _ROW_H - 0.6 * mm)
        _triangle(c, xd, y + _ROW_H - 0.2 * mm, 1.3 * mm)
        lw = stringWidth(label, FONT_REGULAR, 5.5)
        # A white backing keeps the date legible where it sits on top of a bar.
        c.setFillColor(colors.white)
        c.rect(xd + 1.2 * mm, y + _ROW_H - 2.9 * mm, lw + 1.2, 2.4 * mm, stroke=0, fill=1)
        _text(c, xd + 1.2 * mm + 0.6, y + _ROW_H - 2.4 * mm, label, FONT_REGULAR, 5.5, INK)

    def _legend(self, c: Canvas) -> None:
        items = [(ClockStatus.ON_TIME, "正常"), (ClockStatus.AT_RISK, "临期"), (ClockStatus.OVERDUE, "超期"),
                 (ClockStatus.DONE, "按期完成"), (ClockStatus.DONE_LATE, "超期完成")]
        x, y = _LABEL_W, 1 * mm
        for status, label in items:
            c.setFillColor(STATUS_COLOURS[status])
            c.roundRect(x, y, 4 * mm, 2.2 * mm, 0.6, stroke=0, fill=1)
            _text(c, x + 5 * mm, y + 0.3 * mm, label, FONT_REGULAR, 6, MUTED)
            x += 19 * mm
        c.setFillColor(_PAUSE_FILL)
        c.setStrokeColor(_AXIS)
        c.setLineWidth(0.4)
        c.setDash([1.5, 1.5])
        c.rect(x, y, 4 * mm, 2.2 * mm, stroke=1, fill=1)
        c.setDash([])
        _text(c, x + 5 * mm, y + 0.3 * mm, "暂停计时（等待客户）", FONT_REGULAR, 6, MUTED)
        x += 32 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(x + 2 * mm, y - 0.2 * mm, x + 2 * mm, y + 2.6 * mm)
        _triangle(c, x + 2 * mm, y + 2.6 * mm, 1.3 * mm)
        _text(c, x + 5 * mm, y + 0.3 * mm, "到期日", FONT_REGULAR, 6, MUTED)


def _text(c: Canvas, x: float, y: float, s: str, font: str, size: float, colour: colors.Color,
          anchor: str = "start") -> None:
    c.setFont(font, size)
    c.setFillColor(colour)
    if anchor == "middle":
        c.drawCentredString(x, y, s)
    elif anchor == "end":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)


def _triangle(c: Canvas, x: float, top: float, size: float) -> None:
    """Downward triangle with its flat side at ``top``: the due-date marker."""
    c.setFillColor(INK)
    path = c.beginPath()
    path.moveTo(x - size, top)
    path.lineTo(x + size, top)
    path.lineTo(x, top - size)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _date_range(project: ProjectSheet, today: date) -> tuple[date, date]:
    days: list[date] = [today]
    for node in project.nodes:
        days.extend(d for d in (node.started_on, node.due_on, node.finished_on) if d)
    for span in project.paused:
        days.extend(d for d in (span.start, span.end) if d)
    days.extend(s.done_on for s in project.steps if s.done_on)
    start, end = min(days), max(days)
    span_days = max((end - start).days, 14)
    pad = max(2, span_days // 20)
    return start - timedelta(days=pad), start + timedelta(days=span_days + pad)


def _ticks(start: date, end: date) -> list[date]:
    """Mondays, thinned so that ticks stay about 9 or fewer across the axis."""
    days = (end - start).days
    step_weeks = max(1, -(-days // (7 * 9)))
    first = start + timedelta(days=(7 - start.weekday()) % 7)
    return [first + timedelta(weeks=k) for k in range(0, days // 7 + 1, step_weeks)
            if first + timedelta(weeks=k) <= end]
