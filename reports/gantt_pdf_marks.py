"""Small marks of the printed Gantt, shared by its rows and its legend: badges, hatching, diamonds."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from reports.fonts import FONT_BOLD
from widgets.gantt import palette as pal
from widgets.gantt.data import Flag
from widgets.gantt.names import FLAG_GLYPH

BADGE_PT = 9.0


def colour(hex_colour: str) -> colors.Color:
    return colors.HexColor(hex_colour)


def badge(c: Canvas, flag: Flag, x: float, y: float) -> None:
    c.setFillColor(colour(pal.FLAG_COLOR[flag]))
    c.roundRect(x, y, BADGE_PT, BADGE_PT, 1.8, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(FONT_BOLD, 6.5)
    c.drawCentredString(x + BADGE_PT / 2, y + 2.1, FLAG_GLYPH[flag])


def hatch(c: Canvas, x0: float, x1: float, y: float, h: float) -> None:
    c.saveState()
    path = c.beginPath()
    path.rect(x0, y, x1 - x0, h)
    c.clipPath(path, stroke=0, fill=0)
    c.setStrokeColor(colour(pal.PAUSED_HATCH))
    c.setLineWidth(0.4)
    k = x0 - h
    while k < x1:
        c.line(k, y, k + h, y + h)
        k += 3.0
    c.restoreState()
    c.setStrokeColor(colour(pal.PAUSED_HATCH))
    c.rect(x0, y, x1 - x0, h, stroke=1, fill=0)


def diamond(c: Canvas, x: float, y: float, fill: str, s: float = 3.6) -> None:
    path = c.beginPath()
    path.moveTo(x, y + s)
    path.lineTo(x + s, y)
    path.lineTo(x, y - s)
    path.lineTo(x - s, y)
    path.close()
    c.setStrokeColor(colour(pal.MARKER_EDGE))
    c.setFillColor(colour(fill))
    c.setLineWidth(0.4)
    c.drawPath(path, stroke=1, fill=1)
