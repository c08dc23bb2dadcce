"""Chinese fonts and paragraph styles for every PDF built under ``reports``.

The shipped WenQuanYi Micro Hei collection is registered as a TrueType font, so ReportLab embeds a subset of it
in each PDF and ``pdftotext`` can extract the text. The built-in ``STSong-Light`` CID font is deliberately not used:
it is not embedded, so a printer or viewer substitutes whatever font it has.

WenQuanYi ships no bold face (subfont 1 is the monospaced variant), so :data:`FONT_BOLD` is the same outlines
registered under a second name and drawn "fill then stroke" (text render mode 2) by :class:`CJKCanvas`. Every
builder must hand ``CJKCanvas`` (or a subclass) to its doc template, otherwise bold text simply prints regular.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.lib.rl_accel import fp_str

FONT_REGULAR = "WQYMicroHei"
FONT_BOLD = "WQYMicroHei-Bold"
FONT_MONO = "WQYMicroHeiMono"
_FONT_FILE = "wqy-microhei.ttc"
# Stroke width of the fake bold, as a fraction of the font size: 3 % thickens strokes visibly without closing
# the counters of dense characters such as 僵 or 髓 at 8 pt.
_BOLD_STROKE = 0.03

_lock = threading.Lock()


def register_fonts() -> None:
    """Register the regular, fake-bold and mono fonts once per process (safe to call from any builder)."""
    with _lock:
        if FONT_REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        with resources.as_file(resources.files("resources.fonts") / _FONT_FILE) as path:
            regular = TTFont(FONT_REGULAR, str(path), subfontIndex=0)
            bold = TTFont(FONT_BOLD, str(path), subfontIndex=0)
            mono = TTFont(FONT_MONO, str(path), subfontIndex=1)
        # Bold first: the family check below uses the regular name as "already done".
        pdfmetrics.registerFont(bold)
        pdfmetrics.registerFont(mono)
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFontFamily(
            FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD, italic=FONT_REGULAR, boldItalic=FONT_BOLD
        )


class _FakeBoldTextObject(PDFTextObject):
    """Text object that strokes glyphs of :data:`FONT_BOLD` in the fill colour, then restores the stroke state."""

    def _formatText(self, text: str) -> str:
        body = super()._formatText(text)
        if self._fontname != FONT_BOLD:
            return body
        canv = self._canvas
        fill = getattr(self, "_fillColorObj", None) or canv._fillColorObj
        saved = self._code
        try:
            # Borrow the colour setter so every colour model (RGB, CMYK, spot) gets the right operator.
            self._code = []
            self.setStrokeColor(fill)
            set_stroke = " ".join(self._code)
            self._code = []
            self.setStrokeColor(canv._strokeColorObj)
            restore_stroke = " ".join(self._code)
        finally:
            self._code = saved
        width = fp_str(self._fontsize * _BOLD_STROKE)
        return f"{set_stroke} {width} w 2 Tr {body} 0 Tr {fp_str(canv._lineWidth)} w {restore_stroke}"


class CJKCanvas(Canvas):
    """Canvas whose text objects draw the fake-bold CJK face, starting in the embedded font.

    ReportLab's default initial font is Helvetica, which lands in every page's resources un-embedded even when no
    text uses it; starting in WenQuanYi keeps "every font embedded" true for the whole file.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        register_fonts()
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = FONT_REGULAR
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> PDFTextObject:
        return _FakeBoldTextObject(self, x, y, direction=direction)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles shared by the reports; all wrap Chinese anywhere (``wordWrap='CJK'``)."""

    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    notice: ParagraphStyle
    mono: ParagraphStyle


INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1d4e89")


def make_styles(base_size: float = 9.0) -> Styles:
    """Build the style set (fonts are registered on the way, so callers need not remember to)."""
    register_fonts()
    s = base_size

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", FONT_REGULAR)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontSize=size, leading=leading, wordWrap="CJK", **kw)

    return Styles(
        body=style("body", s + 1, (s + 1) * 1.45),
        small=style("small", s - 1, (s - 1) * 1.35, textColor=MUTED),
        tiny=style("tiny", s - 2, (s - 2) * 1.3, textColor=MUTED),
        cell=style("cell", s, s * 1.3),
        cell_center=style("cell_center", s, s * 1.3, alignment=TA_CENTER),
        cell_right=style("cell_right", s, s * 1.3, alignment=TA_RIGHT),
        cell_head=style("cell_head", s, s * 1.3, fontName=FONT_BOLD, alignment=TA_CENTER, textColor=colors.white),
        title=style("title", s * 2.8, s * 3.6, fontName=FONT_BOLD, alignment=TA_CENTER, textColor=ACCENT),
        subtitle=style("subtitle", s * 1.6, s * 2.2, alignment=TA_CENTER, textColor=INK),
        h1=style("h1", s * 1.7, s * 2.2, fontName=FONT_BOLD, textColor=ACCENT, spaceAfter=s * 0.6),
        h2=style("h2", s * 1.15, s * 1.4, fontName=FONT_BOLD, textColor=INK, spaceBefore=s * 0.45, spaceAfter=s * 0.2,
                 keepWithNext=1),
        notice=style("notice", s * 1.8, s * 2.6, fontName=FONT_BOLD, alignment=TA_CENTER, textColor=ACCENT),
        mono=style("mono", s, s * 1.3, fontName=FONT_MONO, alignment=TA_LEFT),
    )
