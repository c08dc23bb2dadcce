"""A canvas that knows the page total: header, "第 x 页 / 共 y 页" footer and outline in one layout pass.

Pages are kept in memory until ``save()`` and only then written, when the total is known (ReportLab's classic
"NumberedCanvas" recipe). That recipe breaks bookmarks — the PDF page they point at does not exist yet while
the story is laid out — so outline marks are recorded with their page number during layout and replayed as real
bookmarks when each page is finally written. One pass instead of two halves the build time of a big pack.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from reports.fonts import FONT_BOLD, FONT_REGULAR, INK, MUTED, CJKCanvas

HEADER_Y = 12 * mm  # distance of the header baseline from the top edge
FOOTER_Y = 9 * mm  # distance of the footer baseline from the bottom edge
SIDE = 15 * mm


@dataclass
class PageDecor:
    """What goes around every page, and where the finished layout reports back to the builder."""

    header_left: str
    header_right: str = ""
    footer_left: str = ""
    footer_right: str = ""
    header_on_first_page: bool = False
    # Height kept free at the foot of page 1 for a contents list with real page numbers (0 = none). It is drawn
    # when the pages are written, the only moment every section's page is known, so it costs no second pass.
    contents_height: float = 0.0
    # Filled in by the canvas on save():
    page_count: int = 0
    outline: list[tuple[str, int, int]] = field(default_factory=list)  # (title, level, page number)


class OutlineMark(Flowable):
    """Zero-size flowable: "an outline entry points at the page I land on"."""

    width = height = 0

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title = title
        self.level = level

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        if isinstance(canv, NumberedCanvas):
            canv.mark_outline(self.title, self.level)


class OutlinedPara(Paragraph):
    """A heading that is also an outline entry: unlike a separate :class:`OutlineMark`, it cannot be left behind
    on the previous page when ``keepWithNext`` carries the heading over to its table."""

    def __init__(self, text: str, style: ParagraphStyle, title: str, level: int = 0) -> None:
        super().__init__(text, style)
        self.outline_title = title
        self.outline_level = level

    def draw(self) -> None:
        if isinstance(self.canv, NumberedCanvas):
            self.canv.mark_outline(self.outline_title, self.outline_level)
        super().draw()


def contents_entries(marks: list[tuple[str, int, int]], total: int) -> list[tuple[str, str]]:
    """Top-level outline entries after the first (the page the contents sit on) with their page or page range,
    and for a section with children (the projects) how many there are."""
    tops = [(i, title, page) for i, (title, level, page) in enumerate(marks) if level == 0]
    entries: list[tuple[str, str]] = []
    for k, (i, title, page) in enumerate(tops):
        if k == 0:
            continue
        end = max(page, tops[k + 1][2] - 1) if k + 1 < len(tops) else total
        children = sum(1 for _, level, _ in marks[i + 1:(tops[k + 1][0] if k + 1 < len(tops) else len(marks))]
                       if level > 0)
        label = f"{title}（{children} 项）" if children else title
        entries.append((label, f"第 {page}–{end} 页" if end > page else f"第 {page} 页"))
    return entries


class NumberedCanvas(CJKCanvas):
    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._page_states: list[dict[str, Any]] = []
        self._marks: list[tuple[str, int, int]] = []

    def mark_outline(self, title: str, level: int) -> None:
        self._marks.append((title, level, self._pageNumber))

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        marks_by_page: dict[int, list[int]] = {}
        for i, (_, _, page) in enumerate(self._marks):
            marks_by_page.setdefault(page, []).append(i)
        marks = list(self._marks)
        contents = contents_entries(self._marks, total)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_decor(total)
            if self._pageNumber == 1 and self._decor.contents_height and contents:
                self._draw_contents(contents)
            for i in marks_by_page.get(self._pageNumber, []):
                self.bookmarkPage(f"outline{i}", fit="XYZ", top=self._pagesize[1])
            Canvas.showPage(self)
        for i, (title, level, _) in enumerate(marks):
            self.addOutlineEntry(title, f"outline{i}", level=level, closed=False)
        if marks:
            self.showOutline()
        self._decor.page_count = total
        self._decor.outline = marks
        Canvas.save(self)

    def _draw_contents(self, entries: list[tuple[str, str]]) -> None:
        width = self._pagesize[0]
        x0, x1 = SIDE + 25 * mm, width - SIDE - 25 * mm
        top = FOOTER_Y + 8 * mm + self._decor.contents_height
        step = min(6.5 * mm, (self._decor.contents_height - 10 * mm) / max(len(entries), 1))
        self.saveState()
        self.setFillColor(INK)
        self.setFont(FONT_BOLD, 11)
        self.drawString(x0, top - 5 * mm, "资料目录")
        self.setStrokeColor(colors.HexColor("#c5ccd4"))
        self.setLineWidth(0.5)
        self.setDash([0.6, 2.2])
        self.setFont(FONT_REGULAR, 9.5)
        for i, (title, pages) in enumerate(entries):
            y = top - 5 * mm - (i + 1) * step
            self.drawString(x0, y, title)
            self.drawRightString(x1, y, pages)
            self.line(x0 + stringWidth(title, FONT_REGULAR, 9.5) + 2 * mm, y + 1,
                      x1 - stringWidth(pages, FONT_REGULAR, 9.5) - 2 * mm, y + 1)
        self.restoreState()

    def _draw_decor(self, total: int) -> None:
        d = self._decor
        width, height = self._pagesize
        page = self._pageNumber
        self.saveState()
        self.setFillColor(MUTED)
        self.setStrokeColor(colors.HexColor("#9aa5b1"))
        self.setLineWidth(0.5)
        if page > 1 or d.header_on_first_page:
            self.setFont(FONT_REGULAR, 8)
            self.drawString(SIDE, height - HEADER_Y, d.header_left)
            if d.header_right:
                self.drawRightString(width - SIDE, height - HEADER_Y, d.header_right)
            self.line(SIDE, height - HEADER_Y - 2.5 * mm, width - SIDE, height - HEADER_Y - 2.5 * mm)
        self.line(SIDE, FOOTER_Y + 4 * mm, width - SIDE, FOOTER_Y + 4 * mm)
        self.setFont(FONT_REGULAR, 7.5)
        if d.footer_left:
            self.drawString(SIDE, FOOTER_Y, d.footer_left)
        if d.footer_right:
            self.drawRightString(width - SIDE, FOOTER_Y, d.footer_right)
        self._draw_page_number(f"第 {page} 页 / 共 {total} 页", width / 2)
        self.restoreState()

    def _draw_page_number(self, text: str, centre_x: float) -> None:
        # Letter-spaced by about a tenth of an em: poppler (pdftotext, used for search and accessibility) drops
        # single spaces between CJK glyphs set solid and would extract "第1页/共6页"; with the tracking it keeps
        # the spaces, so a search for "第 1 页" finds the page.
        size = 9.0
        track = size * 0.12
        width = stringWidth(text, FONT_REGULAR, size) + track * len(text)
        t = self.beginText(centre_x - width / 2, FOOTER_Y)
        t.setFont(FONT_REGULAR, size)
        t.setCharSpace(track)
        t.setFillColor(colors.black)
        t.textOut(text)
        self.drawText(t)
