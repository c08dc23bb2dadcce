"""Small building blocks the report builders share: escaped paragraphs, grid tables, QR codes, dates."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

import segno
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from reports.fonts import ACCENT, FONT_BOLD, FONT_REGULAR, INK

GRID = colors.HexColor("#9aa5b1")
ZEBRA = colors.HexColor("#f3f5f8")
HEAD_BG = ACCENT


def esc(text: object) -> str:
    """Escape data for Paragraph markup: a customer called "A&B<公司>" must print, not break the layout."""
    return escape("" if text is None else str(text))


def hex_colour(c: colors.Color) -> str:
    """``#rrggbb`` for Paragraph ``<font color=…>`` markup."""
    return "#" + c.hexval()[2:]


class Para(Paragraph):
    """A Paragraph that remembers its line breaking for the width it was last wrapped to.

    A paragraph in a table cell is wrapped two or three times per page (table sizing, KeepInFrame, drawing),
    and CJK line breaking measures every character each time; re-using the result for the same width cuts a
    large pack's build time by about a fifth.
    """

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_for:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return size


def para(text: object, style: ParagraphStyle) -> Para:
    return Para(esc(text), style)


def fmt_date(d: date | None, short: bool = False) -> str:
    if d is None:
        return "—"
    return d.strftime("%m-%d" if short else "%Y-%m-%d")


def fmt_datetime(d: datetime | None) -> str:
    return "—" if d is None else d.strftime("%Y-%m-%d %H:%M")


def fmt_kva(kva: float) -> str:
    return f"{kva:,.0f} kVA" if kva == int(kva) else f"{kva:,.1f} kVA"


def out_target(out: Path | BinaryIO) -> str | BinaryIO:
    """ReportLab wants a file name as ``str`` or an open binary file."""
    return str(out) if isinstance(out, Path) else out


def table_style(*cmds: tuple[object, ...]) -> TableStyle:
    """A TableStyle that starts in the embedded font: a Table sets its cell font even when every cell is a
    Paragraph, and ReportLab's default cell font is Helvetica, which would then appear un-embedded in the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), *cmds])


def grid_table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    header_rows: int = 1,
    zebra: bool = True,
    row_heights: Sequence[float | None] | float | None = None,
    extra: Sequence[tuple[object, ...]] = (),
    padding: float = 3,
    font_size: float = 9,
    center_cols: Sequence[int] = (),
) -> Table:
    """A ruled table with a dark header row.

    Free text (names, addresses, reasons) must be a Paragraph so that Chinese wraps inside the cell; short
    values from a closed set (dates, numbers, headings, status words) may be plain strings, which draw several
    times faster — that is what keeps a 200-project pack inside its time budget.
    """
    table = Table(
        [list(r) for r in rows],
        colWidths=list(col_widths),
        rowHeights=row_heights,
        repeatRows=header_rows,
        hAlign="LEFT",
    )
    cmds: list[tuple[object, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.3),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 0.8),
    ]
    cmds += [("ALIGN", (c, 0), (c, -1), "CENTER") for c in center_cols]
    if header_rows:
        last = header_rows - 1
        cmds += [("BACKGROUND", (0, 0), (-1, last), HEAD_BG), ("FONTNAME", (0, 0), (-1, last), FONT_BOLD),
                 ("TEXTCOLOR", (0, 0), (-1, last), colors.white), ("ALIGN", (0, 0), (-1, last), "CENTER")]
    if zebra and len(rows) > header_rows:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    cmds.extend(extra)
    table.setStyle(table_style(*cmds))
    return table


class QrCode(Flowable):
    """A QR code drawn as vector rectangles (one per run of dark modules), so it prints sharp at any size."""

    def __init__(self, data: str, size: float, error: str = "m") -> None:
        super().__init__()
        self.data = data
        self.size = size
        self._matrix = [list(row) for row in segno.make(data, error=error, micro=False).matrix]
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n = len(self._matrix)
        quiet = 2  # modules of white border; the page around it is white too
        module = self.size / (n + 2 * quiet)
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.black)
        path = canv.beginPath()
        for r, row in enumerate(self._matrix):
            y = self.size - (quiet + r + 1) * module
            c = 0
            while c < n:
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    path.rect((quiet + start) * module, y, (c - start) * module, module)
                else:
                    c += 1
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()
