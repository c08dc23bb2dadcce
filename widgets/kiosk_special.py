"""Pages for the kiosk's special slide kinds: the live power-on board and integrated-energy showcases.

They are the default factories of :class:`~widgets.kiosk_player.KioskPlayer` for ``"project_board"``
(``Slide.data``: a sequence of :class:`~widgets.kiosk_slides.BoardRow`) and ``"showcase"``
(``Slide.data``: a :class:`~widgets.kiosk_slides.ShowcaseCase`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from widgets.kiosk_slides import BoardRow, ShowcaseCase, SlidePage
from widgets.kiosk_text import (
    BODY,
    INK,
    MUTED,
    PAPER,
    STRIPE,
    Metrics,
    draw_heavy,
    draw_paragraphs,
    fit_paragraphs,
    font_px,
    heavy_height,
    paragraphs_of,
    sizes,
)


@dataclass(frozen=True)
class _BoardFit:
    stacked: bool  # two lines per project (name; step and date) instead of three columns
    px: int
    row_h: int
    shown: int
    widths: tuple[int, ...]


class ProjectBoardPage(SlidePage):
    """Projects nearing power-on: masked customer, current step, planned date.

    One line per project in three columns while that fits at a comfortable size; on narrow (portrait)
    screens two lines per project, the name on its own line. The type shrinks to a legible minimum; past
    that the page shows the projects that fit, says how many more there are, and elides long names.
    """

    def rows(self) -> list[BoardRow]:
        return [r for r in (self.slide.data or ()) if isinstance(r, BoardRow)]

    def paint_content(self, painter: QPainter, m: Metrics, area: QRect) -> None:
        note = paragraphs_of(self.slide.body)
        if note:
            font = font_px(self.font(), m.px(0.03))
            height = QFontMetrics(font).height()
            painter.setFont(font)
            painter.setPen(MUTED)
            painter.drawText(QRect(area.left(), area.top(), area.width(), height), Qt.AlignmentFlag.AlignLeft, note[0])
            area.setTop(area.top() + height + m.px(0.025))
        rows = self.rows()
        if not rows:
            painter.setFont(font_px(self.font(), m.px(0.04)))
            painter.setPen(MUTED)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("KioskSlides", "近期暂无送电项目"))
            return
        headers = [QCoreApplication.translate("KioskSlides", "客户"),
                   QCoreApplication.translate("KioskSlides", "当前环节"),
                   QCoreApplication.translate("KioskSlides", "计划送电")]
        cells = [[r.masked_name, r.step, _date_text(r.planned_power_on)] for r in rows]
        fit = self._fit(m, area, headers, cells)
        self.text_fits &= fit.shown == len(rows)
        y = area.top()
        if fit.stacked:
            for i, (name, step, date) in enumerate(cells[: fit.shown]):
                self._paint_stacked(painter, area, y, fit, name, step, date, STRIPE if i % 2 else PAPER)
                y += fit.row_h
        else:
            header_font = font_px(self.font(), round(fit.px * 0.8), bold=True)
            self._paint_row(painter, area.left(), y, fit.row_h, headers, fit.widths, header_font, PAPER, self.accent)
            body_font = font_px(self.font(), fit.px)
            for i, row_cells in enumerate(cells[: fit.shown]):
                y += fit.row_h
                self._paint_row(painter, area.left(), y, fit.row_h, row_cells, fit.widths, body_font, INK,
                                STRIPE if i % 2 else PAPER)
            y += fit.row_h
        if fit.shown < len(rows):
            more = _more_text(len(rows) - fit.shown)
            painter.setFont(font_px(self.font(), round(fit.px * 0.8)))
            painter.setPen(MUTED)
            painter.drawText(QRect(area.left(), y, area.width(), round(fit.px * 1.75)), Qt.AlignmentFlag.AlignCenter, more)

    def _fit(self, m: Metrics, area: QRect, headers: list[str], cells: list[list[str]]) -> _BoardFit:
        """The largest type at which everything fits, trying columns first, then two-line rows."""
        max_px, comfortable, min_px = m.px(0.042), m.px(0.036), m.px(0.03)
        for px in sizes(max_px, comfortable):
            fit = self._columns_fit(px, area, headers, cells)
            if fit.shown == len(cells) and sum(fit.widths) <= area.width():
                return self._spread(fit, area.width())
        for px in sizes(max_px, min_px):
            fit = self._stacked_fit(px, area, cells)
            if fit.shown == len(cells) and fit.widths[0] <= area.width():
                return fit
        columns = self._columns_fit(min_px, area, headers, cells)
        if sum(columns.widths) <= area.width():
            return self._spread(columns, area.width())
        stacked = self._stacked_fit(min_px, area, cells)
        return _BoardFit(True, min_px, stacked.row_h, stacked.shown, (area.width(),))

    def _columns_fit(self, px: int, area: QRect, headers: list[str], cells: list[list[str]]) -> _BoardFit:
        row_h = round(px * 1.75)
        shown = _rows_that_fit(area.height() - row_h, row_h, len(cells))  # the header takes one row
        body = QFontMetrics(font_px(self.font(), px))
        header = QFontMetrics(font_px(self.font(), round(px * 0.8), bold=True))
        slack = 2 * _cell_pad(px) + 2  # +2: elidedText rounds differently from horizontalAdvance
        widths = tuple(max([header.horizontalAdvance(headers[c])] + [body.horizontalAdvance(r[c]) for r in cells[:shown]])
                       + slack for c in range(len(headers)))
        return _BoardFit(False, px, row_h, shown, widths)

    def _stacked_fit(self, px: int, area: QRect, cells: list[list[str]]) -> _BoardFit:
        row_h = round(px * 1.3 + px * 0.8 * 1.3 + px * 0.6)
        shown = _rows_that_fit(area.height(), row_h, len(cells))
        body = QFontMetrics(font_px(self.font(), px))
        name_w = max(body.horizontalAdvance(r[0]) for r in cells[:shown]) if shown else 0
        return _BoardFit(True, px, row_h, shown, (name_w + 2 * _cell_pad(px) + 2,))

    @staticmethod
    def _spread(fit: _BoardFit, width: int) -> _BoardFit:
        spare = width - sum(fit.widths)
        total = sum(fit.widths)
        widths = tuple(w + spare * w // total for w in fit.widths)
        return _BoardFit(fit.stacked, fit.px, fit.row_h, fit.shown, widths)

    def _paint_row(self, painter: QPainter, left: int, y: int, height: int, cells: Sequence[str],
                   widths: Sequence[int], font: QFont, colour: QColor, fill: QColor) -> None:
        painter.fillRect(QRect(left, y, sum(widths), height), fill)
        painter.setFont(font)
        painter.setPen(colour)
        metrics = QFontMetrics(font)
        pad = _cell_pad(font.pixelSize())
        x = left
        for text, width in zip(cells, widths, strict=True):
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * pad)
            self.text_fits &= elided == text
            painter.drawText(QRect(x + pad, y, width - 2 * pad, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
            x += width

    def _paint_stacked(self, painter: QPainter, area: QRect, y: int, fit: _BoardFit, name: str, step: str,
                       date: str, fill: QColor) -> None:
        painter.fillRect(QRect(area.left(), y, area.width(), fit.row_h), fill)
        pad = _cell_pad(fit.px)
        inner = QRect(area.left() + pad, y + round(fit.px * 0.3), area.width() - 2 * pad, fit.row_h)
        name_font = font_px(self.font(), fit.px)
        elided = QFontMetrics(name_font).elidedText(name, Qt.TextElideMode.ElideRight, inner.width())
        self.text_fits &= elided == name
        painter.setFont(name_font)
        painter.setPen(INK)
        name_h = round(fit.px * 1.3)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), name_h), Qt.AlignmentFlag.AlignVCenter, elided)
        detail = QCoreApplication.translate("KioskSlides", "%1 · 计划送电 %2").replace("%1", step).replace("%2", date)
        painter.setFont(font_px(self.font(), round(fit.px * 0.8), bold=True))
        painter.setPen(self.accent)
        painter.drawText(QRect(inner.left(), inner.top() + name_h, inner.width(), round(fit.px * 1.04)),
                         Qt.AlignmentFlag.AlignVCenter, detail)


class ShowcasePage(SlidePage):
    """An integrated-energy case: customer type, the measures taken and a large savings figure."""

    def paint_content(self, painter: QPainter, m: Metrics, area: QRect) -> None:
        case = self.slide.data if isinstance(self.slide.data, ShowcaseCase) else None
        if case is None:
            return
        gap = m.px(0.04)
        if m.landscape:
            card = QRect(area.right() - round(area.width() * 0.36), area.top(), round(area.width() * 0.36), area.height())
            text_area = QRect(area.left(), area.top(), card.left() - area.left() - gap, area.height())
        else:
            card = QRect(area.left(), area.top(), area.width(), round(area.height() * 0.32))
            text_area = QRect(area.left(), card.bottom() + gap, area.width(), area.bottom() - card.bottom() - gap)
        self._paint_card(painter, m, card, case)
        heading_font = font_px(self.font(), m.px(0.036), bold=True)
        heading_h = QFontMetrics(heading_font).height()
        painter.setFont(heading_font)
        painter.setPen(self.accent)
        heading = QCoreApplication.translate("KioskSlides", "客户类型：%1").replace("%1", case.customer_type)
        painter.drawText(QRect(text_area.left(), text_area.top(), text_area.width(), heading_h),
                         Qt.AlignmentFlag.AlignLeft, heading)
        body = text_area.adjusted(0, heading_h + m.px(0.03), 0, 0)
        paragraphs = list(case.measures) + paragraphs_of(self.slide.body)
        px, fits = fit_paragraphs(self.font(), body.width(), body.height(), paragraphs, m.px(0.046), m.px(0.03), True)
        self.text_fits &= fits
        draw_paragraphs(painter, body, paragraphs, font_px(self.font(), px), BODY, self.accent)

    def _paint_card(self, painter: QPainter, m: Metrics, card: QRect, case: ShowcaseCase) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.accent)
        painter.drawRoundedRect(card, m.px(0.02), m.px(0.02))
        inner = card.adjusted(m.px(0.03), 0, -m.px(0.03), 0)
        label_font = font_px(self.font(), m.px(0.036), bold=True)
        figure_font = font_px(self.font(), m.px(0.16))
        note_font = font_px(self.font(), m.px(0.032))
        label = QCoreApplication.translate("KioskSlides", "综合节能")
        figure = f"{case.savings_pct:.0f}%"
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        label_h = QFontMetrics(label_font).boundingRect(QRect(0, 0, inner.width(), 1 << 20), flags, label).height()
        figure_h = heavy_height(figure_font, inner.width(), figure)
        note_h = (QFontMetrics(note_font).boundingRect(QRect(0, 0, inner.width(), 1 << 20), flags, case.note).height()
                  if case.note else 0)
        total = label_h + figure_h + note_h
        self.text_fits &= total <= card.height()
        y = card.top() + (card.height() - total) // 2
        painter.setFont(label_font)
        painter.setPen(PAPER)
        painter.drawText(QRect(inner.left(), y, inner.width(), label_h), flags, label)
        y += label_h
        draw_heavy(painter, QRect(inner.left(), y, inner.width(), figure_h), figure, figure_font, PAPER, centred=True)
        y += figure_h
        if case.note:
            painter.setFont(note_font)
            painter.setPen(PAPER)
            painter.drawText(QRect(inner.left(), y, inner.width(), note_h), flags, case.note)


def _rows_that_fit(height: int, row_h: int, count: int) -> int:
    """Rows shown in ``height``: all of them, or as many as leave one row for the "N more" line."""
    capacity = max(0, height // row_h)
    return count if count <= capacity else max(0, capacity - 1)


def _more_text(count: int) -> str:
    return QCoreApplication.translate("KioskSlides", "另有 %n 个项目", None, count)


def _cell_pad(px: int) -> int:
    return max(4, px // 2)


def _date_text(value: dt.date | str) -> str:
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day).toString(QCoreApplication.translate("KioskSlides", "M月d日"))
    return str(value)
