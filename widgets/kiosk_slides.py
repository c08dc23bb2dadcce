"""Slides for the hall kiosk: the plain data a screen passes in, and the page for ordinary slides.

Pages paint themselves with QPainter from their own size, so one page works in landscape 1920×1080 and
portrait 1080×1920 and re-lays itself out on resize. Type is sized from the screen (see
:class:`~widgets.kiosk_text.Metrics`) and shrinks only as far as a legible minimum to fit long text;
``text_fits`` tells whether it did. Special kinds (project board, showcase) live in
:mod:`widgets.kiosk_special`.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPixmap, QPixmapCache
from PySide6.QtWidgets import QWidget

from widgets.kiosk_text import (
    BODY,
    INK,
    PAPER,
    Metrics,
    draw_heavy,
    draw_paragraphs,
    fit_heavy,
    fit_paragraphs,
    font_px,
    heavy_height,
    one_line_px,
    paragraphs_of,
)
from widgets.qr import draw_qr, qr_image

Transition = Literal["fade", "slide", "none"]
DEFAULT_ACCENT = "#00665e"


@dataclass(frozen=True)
class Slide:
    """One slide. ``data`` carries the payload of special kinds (board rows, a showcase case)."""

    id: str
    kind: str
    title: str
    body: str = ""
    image_path: str | None = None
    qr_text: str | None = None
    duration_ms: int = 10_000
    transition: Transition = "fade"
    accent: str = DEFAULT_ACCENT
    qr_caption: str = ""
    data: Any = None


@dataclass(frozen=True)
class BoardRow:
    """A project on the live power-on board; the name arrives already masked."""

    masked_name: str
    step: str
    planned_power_on: dt.date | str


@dataclass(frozen=True)
class ShowcaseCase:
    """An integrated-energy case: who, what was done, what it saved."""

    customer_type: str
    measures: tuple[str, ...]
    savings_pct: float
    note: str = ""


def kind_label(kind: str) -> str:
    labels = {
        "notice": QCoreApplication.translate("KioskSlides", "通知公告"),
        "commitment": QCoreApplication.translate("KioskSlides", "服务承诺"),
        "guide": QCoreApplication.translate("KioskSlides", "办事指南"),
        "showcase": QCoreApplication.translate("KioskSlides", "综合能源案例"),
        "promotion": QCoreApplication.translate("KioskSlides", "惠民推荐"),
        "project_board": QCoreApplication.translate("KioskSlides", "送电动态"),
        "qr": QCoreApplication.translate("KioskSlides", "扫码服务"),
    }
    return labels.get(kind, "")


def load_pixmap(path: str | None) -> QPixmap | None:
    """Cached by path and modification time, so a replaced image file shows on its next turn."""
    if not path:
        return None
    try:
        key = f"kiosk:{path}:{os.stat(path).st_mtime_ns}"
    except OSError:
        return None
    pixmap = QPixmap()
    if QPixmapCache.find(key, pixmap):
        return pixmap
    pixmap = QPixmap(path)
    if pixmap.isNull():
        return None
    QPixmapCache.insert(key, pixmap)
    return pixmap


class SlidePage(QWidget):
    """Base page: white paper, accent bar, kind label and title; subclasses paint the content below.

    The page is rendered once per size into a pixmap (:meth:`prepare`) and blitted from then on: fitting
    the text costs 30–120 ms, far too much for every frame of a slide transition.
    """

    def __init__(self, slide: Slide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slide = slide
        self.accent = QColor(slide.accent if QColor.isValidColorName(slide.accent) else DEFAULT_ACCENT)
        self.text_fits = True
        self._rendered = QPixmap()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def prepare(self) -> None:
        """Render for the current size now (the player calls this before a transition starts)."""
        ratio = self.devicePixelRatioF()
        if not self._rendered.isNull() and self._rendered.size() == self.size() * ratio:
            return
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.fillRect(self.rect(), PAPER)
        self.text_fits = True
        self.paint_page(painter, Metrics(self.width(), self.height()))
        painter.end()
        self._rendered = pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self.prepare()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._rendered)
        painter.end()

    def paint_page(self, painter: QPainter, m: Metrics) -> None:
        painter.fillRect(0, 0, self.width(), m.px(0.014), self.accent)
        top = self.paint_heading(painter, m)
        self.paint_content(painter, m, QRect(m.margin, top, self.width() - 2 * m.margin,
                                             self.height() - m.bottom_band - top))

    def heading_width(self, m: Metrics) -> int:
        return self.width() - 2 * m.margin

    def paint_heading(self, painter: QPainter, m: Metrics) -> int:
        """Kind label and title; returns the y where content starts."""
        y = m.margin
        label = kind_label(self.slide.kind)
        if label:
            font = font_px(self.font(), m.px(0.03), bold=True)
            metrics = QFontMetrics(font)
            pad = m.px(0.012)
            pill = QRect(m.margin, y, metrics.horizontalAdvance(label) + 2 * pad, metrics.height() + pad)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.accent)
            painter.drawRoundedRect(pill, pad, pad)
            painter.setFont(font)
            painter.setPen(PAPER)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            y = pill.bottom() + m.px(0.03)
        width = self.heading_width(m)
        title, max_px = self.slide.title, m.px(0.07)
        title_px = one_line_px(self.font(), width, title, max_px, round(max_px * 0.75))
        if title_px is None:
            # Two lines it is: break at the " · " a title is made of rather than leave one orphaned character.
            title = title.replace(" · ", "\n")
            title_px, fits = fit_heavy(self.font(), width, max_px * 3, title, max_px, m.px(0.05))
            self.text_fits &= fits
        title_font = font_px(self.font(), title_px)
        y += draw_heavy(painter, QRect(m.margin, y, width, heavy_height(title_font, width, title)),
                        title, title_font, INK)
        y += m.px(0.018)
        painter.fillRect(m.margin, y, m.px(0.09), m.px(0.008), self.accent)
        return y + m.px(0.04)

    def paint_content(self, painter: QPainter, m: Metrics, area: QRect) -> None:
        raise NotImplementedError


class TextSlidePage(SlidePage):
    """Notices, commitments, guides, promotions: body paragraphs with an optional picture and QR code.

    The picture and QR code sit in a column on the right in landscape and in a band at the bottom in
    portrait. An ``image`` slide whose picture loads shows just the picture (a designed poster).
    """

    def __init__(self, slide: Slide, parent: QWidget | None = None) -> None:
        super().__init__(slide, parent)
        self.pixmap = load_pixmap(slide.image_path)
        self.qr = qr_image(slide.qr_text) if slide.qr_text else None

    @property
    def is_poster(self) -> bool:
        return self.slide.kind == "image" and self.pixmap is not None

    def paint_page(self, painter: QPainter, m: Metrics) -> None:
        if self.is_poster:
            _draw_pixmap_fit(painter, self.pixmap, self.rect().adjusted(0, 0, 0, -m.bottom_band))
        else:
            super().paint_page(painter, m)

    def _has_visual(self) -> bool:
        return self.pixmap is not None or self.qr is not None

    def heading_width(self, m: Metrics) -> int:
        if m.landscape and self._has_visual():
            return round(m.width * 0.58) - m.margin
        return super().heading_width(m)

    def split(self, m: Metrics, area: QRect) -> tuple[QRect, QRect]:
        """(text area, picture/QR area): a column on the right in landscape, a band at the bottom in portrait."""
        text_area = QRect(area)
        if not self._has_visual():
            return text_area, QRect()
        if m.landscape:
            split = round(m.width * 0.58)
            text_area.setRight(split - m.px(0.02))
            return text_area, QRect(split + m.px(0.02), m.margin, m.width - m.margin - split - m.px(0.02),
                                    area.bottom() - m.margin)
        band = round(area.height() * 0.42)
        text_area.setBottom(area.bottom() - band - m.px(0.03))
        return text_area, QRect(area.left(), area.bottom() - band, area.width(), band)

    def paint_content(self, painter: QPainter, m: Metrics, area: QRect) -> None:
        text_area, visual = self.split(m, area)
        paragraphs = paragraphs_of(self.slide.body)
        if paragraphs:
            bullets = len(paragraphs) > 1
            px, fits = fit_paragraphs(self.font(), text_area.width(), text_area.height(), paragraphs,
                                      m.px(0.05), m.px(0.03), bullets)
            self.text_fits &= fits
            draw_paragraphs(painter, text_area, paragraphs, font_px(self.font(), px), BODY,
                            self.accent if bullets else None)
        if visual.isValid():
            self._paint_visual(painter, m, visual)

    def _paint_visual(self, painter: QPainter, m: Metrics, area: QRect) -> None:
        picture_area, qr_area = QRect(area), QRect()
        if self.pixmap is not None and self.qr is not None:
            if m.landscape:
                picture_area.setBottom(area.top() + round(area.height() * 0.58))
                qr_area = QRect(area.left(), picture_area.bottom() + m.px(0.03), area.width(),
                                area.bottom() - picture_area.bottom() - m.px(0.03))
            else:
                picture_area.setRight(area.left() + round(area.width() * 0.58))
                qr_area = QRect(picture_area.right() + m.px(0.03), area.top(),
                                area.right() - picture_area.right() - m.px(0.03), area.height())
        elif self.qr is not None:
            picture_area, qr_area = QRect(), area
        if self.pixmap is not None and picture_area.isValid():
            _draw_pixmap_fit(painter, self.pixmap, picture_area)
        if self.qr is not None and qr_area.isValid():
            self._paint_qr(painter, m, qr_area)

    def _paint_qr(self, painter: QPainter, m: Metrics, area: QRect) -> None:
        caption = self.slide.qr_caption or QCoreApplication.translate("KioskSlides", "手机扫码 了解详情")
        font = font_px(self.font(), m.px(0.03), bold=True)
        caption_h = QFontMetrics(font).height() + m.px(0.015)
        side = min(area.width(), area.height() - caption_h, m.px(0.42))
        code_area = QRect(area.left() + (area.width() - side) // 2, area.top() + (area.height() - side - caption_h) // 2,
                          side, side)
        drawn = draw_qr(painter, self.qr, code_area)
        if drawn.isEmpty():
            return
        painter.setPen(QColor("#c5ccd3"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(drawn.adjusted(-1, -1, 0, 0))
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(QRect(area.left(), drawn.bottom() + m.px(0.015), area.width(), caption_h),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, caption)


def _draw_pixmap_fit(painter: QPainter, pixmap: QPixmap, area: QRect) -> None:
    scaled = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(area.left() + (area.width() - scaled.width()) // 2,
                   area.top() + (area.height() - scaled.height()) // 2, scaled.width(), scaled.height())
    painter.drawPixmap(target, pixmap)
