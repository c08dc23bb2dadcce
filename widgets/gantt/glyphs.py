"""Small painted glyphs shared by the table, the legend and the chart: flag badges and status swatches."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from widgets.gantt.data import Flag
from widgets.gantt.palette import FLAG_COLOR
from widgets.gantt.texts import flag_glyph

BADGE_GAP = 3.0


def flags_of(mask: int) -> list[Flag]:
    return [f for f in Flag if mask & (1 << int(f))]


def badge_font(size_px: float) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, round(size_px * 0.72)))
    font.setBold(True)
    return font


def paint_badge(p: QPainter, rect: QRectF, flag: Flag) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(FLAG_COLOR[flag]))
    p.drawRoundedRect(rect, rect.height() * 0.22, rect.height() * 0.22)
    p.setPen(QPen(QColor("#FFFFFF")))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, flag_glyph(flag))


def paint_flag_badges(p: QPainter, rect: QRectF, mask: int, size_px: float) -> None:
    """Badges left to right, vertically centred in ``rect``; those that do not fit are left out."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setFont(badge_font(size_px))
    x = rect.left()
    y = rect.center().y() - size_px / 2
    for flag in flags_of(mask):
        if x + size_px > rect.right() + 0.5:
            break
        paint_badge(p, QRectF(x, y, size_px, size_px), flag)
        x += size_px + BADGE_GAP
    p.restore()


def badges_width(mask: int, size_px: float) -> float:
    n = len(flags_of(mask))
    return n * size_px + max(0, n - 1) * BADGE_GAP
