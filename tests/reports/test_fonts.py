"""The embedded CJK font, its fake bold and the paragraph styles."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from reports.fonts import FONT_BOLD, FONT_MONO, FONT_REGULAR, CJKCanvas, make_styles, register_fonts


def test_registration_is_idempotent_and_uses_the_shipped_collection() -> None:
    register_fonts()
    register_fonts()
    names = pdfmetrics.getRegisteredFontNames()
    assert {FONT_REGULAR, FONT_BOLD, FONT_MONO} <= set(names)
    regular = pdfmetrics.getFont(FONT_REGULAR)
    assert regular.face.name == b"WenQuanYiMicroHei"
    assert pdfmetrics.getFont(FONT_MONO).face.name == b"WenQuanYiMicroHeiMono"
    # TrueType, measured from the real glyphs: a CJK ideograph is one em wide.
    assert pdfmetrics.stringWidth("服", FONT_REGULAR, 10) == 10


def test_styles_wrap_chinese_anywhere() -> None:
    st = make_styles()
    assert all(getattr(st, f).wordWrap == "CJK" for f in st.__dataclass_fields__)
    p = Paragraph("阳光服务控制台客户服务日商会资料" * 4, st.cell)
    _, height = p.wrap(60, 1000)
    assert height > st.cell.leading * 5  # 64 ideographs at 9 pt in 60 pt make many lines, no overflow
    assert max(p.getActualLineWidths0()) <= 60


def _content(pdf: bytes) -> str:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]


def test_bold_is_stroked_in_the_fill_colour_and_the_stroke_state_restored() -> None:
    st = make_styles()
    buf = io.BytesIO()
    table = Table([[Paragraph('常规 <b><font color="#c62828">加粗</font></b> 常规', st.cell)]])
    table.setStyle([("GRID", (0, 0), (-1, -1), 1, colors.HexColor("#0000ff")), ("FONTNAME", (0, 0), (-1, -1),
                                                                                  FONT_REGULAR)])
    SimpleDocTemplate(buf).build([table, Paragraph("<b>标题</b>", st.h1)], canvasmaker=CJKCanvas)
    code = _content(buf.getvalue())
    bold_runs = re.findall(r"(\S+ \S+ \S+ RG) (\S+) w 2 Tr (.*?) 0 Tr (\S+) w (\S+ \S+ \S+ RG)", code)
    assert len(bold_runs) == 2
    red = bold_runs[0]
    assert red[0].startswith(".776471 .156863 .156863")  # stroke = the red fill
    assert float(red[1]) > 0
    assert code.count(" 2 Tr ") == 2 and code.count(" 0 Tr ") == 2  # regular text is never stroked


def test_bold_text_extracts_and_only_embedded_fonts_are_used(tmp_path) -> None:
    import subprocess

    st = make_styles()
    path = tmp_path / "bold.pdf"
    SimpleDocTemplate(str(path)).build([Paragraph("普通与<b>加粗</b>混排 Mixed <b>Bold</b>", st.body)],
                                       canvasmaker=CJKCanvas)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "普通与加粗混排 Mixed Bold" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(r.split()[-5] == "yes" for r in rows), fonts
    assert "Helvetica" not in fonts
