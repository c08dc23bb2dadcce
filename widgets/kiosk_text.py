"""Sizing and drawing text for kiosk pages: sizes from the screen, text that shrinks to fit, heavy titles.

Big bold titles are drawn as filled and stroked outlines. Qt draws glyphs above ~64 px as outlines, and
outlines of a font without a bold face (WenQuanYi Micro Hei, which we ship) are not emboldened, so
``setBold(True)`` alone leaves large titles thin.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QTextLayout, QTextOption

INK = QColor("#0f1419")  # titles: ~18:1 on white
BODY = QColor("#1f262d")
MUTED = QColor("#4a5560")  # still 7:1 on white
PAPER = QColor("#ffffff")
STRIPE = QColor("#eef2f5")
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_TALL = 1 << 20


@dataclass(frozen=True)
class Metrics:
    """Sizes for a page of ``width`` × ``height``.

    The unit is the screen height, capped at 1.25 × the width: landscape 1920×1080 → 1080, portrait
    1080×1920 → 1350, so portrait screens get somewhat larger type without lines getting too short.
    """

    width: int
    height: int

    @property
    def landscape(self) -> bool:
        return self.width >= self.height

    @property
    def unit(self) -> int:
        return max(1, min(self.height, round(self.width * 1.25)))

    def px(self, fraction: float) -> int:
        return max(1, round(self.unit * fraction))

    @property
    def margin(self) -> int:
        return self.px(0.06)

    @property
    def bottom_band(self) -> int:
        """Space kept free at the bottom for the player's page dots."""
        return self.px(0.07)


def font_px(base: QFont, px: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, px))
    font.setBold(bold)
    return font


def paragraphs_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# --- paragraphs ---------------------------------------------------------------------------------------------

def fit_paragraphs(base: QFont, width: int, height: int, paragraphs: Sequence[str], max_px: int, min_px: int,
                   bullets: bool) -> tuple[int, bool]:
    """Largest pixel size in [min_px, max_px] at which the paragraphs fit; (min_px, False) if none does.

    A size up to 12 % smaller is preferred when it leaves no paragraph ending in a lone character.
    """
    for px in sizes(max_px, min_px):
        if paragraphs_height(font_px(base, px), width, paragraphs, bullets) <= height:
            break
    else:
        return min_px, False
    for smaller in sizes(px, max(min_px, round(px * 0.88))):
        if not _has_orphan(font_px(base, smaller), width, paragraphs, bullets):
            return smaller, True
    return px, True


def _has_orphan(font: QFont, width: int, paragraphs: Sequence[str], bullets: bool) -> bool:
    inner = width - (_bullet_indent(QFontMetrics(font)) if bullets else 0)
    for text in paragraphs:
        lines = _lines(font, inner, text)[0]
        if len(lines) > 1 and len(lines[-1][0]) <= 1:
            return True
    return False


def paragraphs_height(font: QFont, width: int, paragraphs: Sequence[str], bullets: bool) -> int:
    metrics = QFontMetrics(font)
    inner = width - (_bullet_indent(metrics) if bullets else 0)
    if inner <= 0:
        return _TALL
    heights = [metrics.boundingRect(QRect(0, 0, inner, _TALL), WRAP, p).height() for p in paragraphs]
    return sum(heights) + _paragraph_gap(metrics) * max(0, len(heights) - 1)


def draw_paragraphs(painter: QPainter, rect: QRect, paragraphs: Sequence[str], font: QFont, color: QColor,
                    bullet: QColor | None) -> None:
    """Paragraphs top-down in ``rect``, each with a square bullet of colour ``bullet`` when given."""
    painter.save()
    painter.setClipRect(rect)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    indent = _bullet_indent(metrics) if bullet is not None else 0
    y = rect.top()
    for text in paragraphs:
        box = metrics.boundingRect(QRect(0, 0, rect.width() - indent, _TALL), WRAP, text)
        if bullet is not None:
            dot = max(4, metrics.height() // 4)
            painter.fillRect(rect.left() + dot // 2, y + (metrics.height() - dot) // 2, dot, dot, bullet)
        painter.setPen(color)
        painter.drawText(QRect(rect.left() + indent, y, rect.width() - indent, box.height()), WRAP, text)
        y += box.height() + _paragraph_gap(metrics)
    painter.restore()


def _bullet_indent(metrics: QFontMetrics) -> int:
    return round(metrics.height() * 0.8)


def _paragraph_gap(metrics: QFontMetrics) -> int:
    return round(metrics.height() * 0.45)


# --- heavy text (titles, key figures) -----------------------------------------------------------------------

def heavy_height(font: QFont, width: int, text: str) -> int:
    return round(_lines(font, width, text)[1])


def fit_heavy(base: QFont, width: int, height: int, text: str, max_px: int, min_px: int) -> tuple[int, bool]:
    """Largest size in [min_px, max_px] at which ``text`` wraps into ``height``; (min_px, False) if none."""
    for px in sizes(max_px, min_px):
        if heavy_height(font_px(base, px), width, text) <= height:
            return px, True
    return min_px, False


def one_line_px(base: QFont, width: int, text: str, max_px: int, min_px: int) -> int | None:
    """Largest size in [min_px, max_px] at which ``text`` stays on one line, or None."""
    for px in sizes(max_px, min_px):
        if len(_lines(font_px(base, px), width, text)[0]) <= 1:
            return px
    return None


def sizes(max_px: int, min_px: int) -> list[int]:
    """Pixel sizes to try, largest first, in steps of about 5 %."""
    out, px = [], max_px
    while px >= min_px:
        out.append(px)
        px -= max(1, px // 20)
    return out


def draw_heavy(painter: QPainter, rect: QRect, text: str, font: QFont, color: QColor, centred: bool = False) -> int:
    """Wrapped bold text as outlines stroked at 3.5 % of the size; returns the height used."""
    plain = QFont(font)
    plain.setBold(False)  # the stroke gives the weight; a synthetic bold would not apply to outlines anyway
    lines, height = _lines(plain, rect.width(), text)
    path = QPainterPath()
    for line_text, line_width, y, ascent in lines:
        x = rect.left() + ((rect.width() - line_width) / 2 if centred else 0)
        path.addText(QPointF(x, rect.top() + y + ascent), plain, line_text)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(color, max(1.0, plain.pixelSize() * 0.035))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(color)
    painter.drawPath(path)
    painter.restore()
    return round(height)


def _lines(font: QFont, width: int, text: str) -> tuple[list[tuple[str, float, float, float]], float]:
    """(text, natural width, top, ascent) of each wrapped line, and the total height; "\n" breaks a line."""
    lines: list[tuple[str, float, float, float]] = []
    y = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        units = paragraph.encode("utf-16-le")  # QTextLayout counts UTF-16 code units
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            line.setPosition(QPointF(0, y))
            start, length = line.textStart(), line.textLength()
            chunk = units[2 * start: 2 * (start + length)].decode("utf-16-le").rstrip()
            lines.append((chunk, line.naturalTextWidth(), y, line.ascent()))
            y += line.height()
        layout.endLayout()
    return lines, y
