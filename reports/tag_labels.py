"""RFID tag labels for the smart warehouse: item name, serial, EPC in hex and a QR code of the EPC URI.

Printed on standard A4 label sheets, so nothing else goes on the page (no header or footer to land on a label)
and every label sits at a fixed position; ``start_position`` skips labels already used on a partly used sheet.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from reports.fonts import FONT_BOLD, FONT_MONO, FONT_REGULAR, INK, MUTED, CJKCanvas, register_fonts
from reports.pdf_parts import QrCode, esc, out_target

_HEX = re.compile(r"[0-9A-Fa-f]+")


@dataclass(frozen=True)
class TagLabel:
    item_name: str
    serial: str
    epc_hex: str  # e.g. 3034257BF7194E4000001A85 (96 bits); spaces allowed
    epc_uri: str  # pure-identity URI, e.g. urn:epc:id:giai:0614141.12345400

    def __post_init__(self) -> None:
        compact = self.epc_hex.replace(" ", "")
        if not _HEX.fullmatch(compact) or len(compact) % 4:
            raise ValueError(f"EPC must be hex in whole 16-bit words, got {self.epc_hex!r}")
        object.__setattr__(self, "epc_hex", compact.upper())


@dataclass(frozen=True)
class LabelLayout:
    """Geometry of a label sheet (millimetres, from the top-left corner of the sheet)."""

    cols: int
    rows: int
    label_w: float
    label_h: float
    left: float
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        return self.cols * self.rows


LAYOUTS: dict[str, LabelLayout] = {
    # 24 labels of 70 x 36 mm, the most common A4 sheet for asset labels.
    "A4 grid": LabelLayout(cols=3, rows=8, label_w=70, label_h=36, left=0, top=4.5),
    # 10 labels of 99.1 x 57 mm, for large tools where the label is read from a distance.
    "A4 large": LabelLayout(cols=2, rows=5, label_w=99.1, label_h=57, left=4.65, top=6, gap_x=2.5),
}


@dataclass(frozen=True)
class LabelSheetInfo:
    page_count: int
    per_page: int


def group_hex(epc_hex: str) -> str:
    """``3034257BF719…`` → ``3034 257B F719 …``: easier to read aloud and compare with a reader's display."""
    return " ".join(epc_hex[i:i + 4] for i in range(0, len(epc_hex), 4))


def build_tag_labels(labels: list[TagLabel], out: Path | BinaryIO, layout: str = "A4 grid",
                     start_position: int = 0, cut_guides: bool = True) -> LabelSheetInfo:
    """Print ``labels`` onto label sheets; ``start_position`` is the first free label (0 = top left)."""
    if not labels:
        raise ValueError("no labels to print")
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose one of {sorted(LAYOUTS)}")
    geo = LAYOUTS[layout]
    if not 0 <= start_position < geo.per_page:
        raise ValueError(f"start_position must be within the first sheet (0..{geo.per_page - 1})")
    register_fonts()
    canvas = CJKCanvas(out_target(out), pagesize=A4)
    canvas.setTitle(f"RFID 标签（{len(labels)} 张）")
    canvas.setAuthor("阳光服务控制台 · 智慧库房")
    canvas.setSubject("EPC 标签打印")
    canvas.setCreator("阳光服务控制台")
    styles = _styles(geo)
    slots = start_position + len(labels)
    pages = math.ceil(slots / geo.per_page)
    for page in range(pages):
        for slot in range(geo.per_page):
            index = page * geo.per_page + slot - start_position
            if 0 <= index < len(labels):
                x, y = _origin(geo, slot)
                _draw_label(canvas, labels[index], x, y, geo, styles, cut_guides)
        canvas.showPage()
    canvas.save()
    return LabelSheetInfo(page_count=pages, per_page=geo.per_page)


def _origin(geo: LabelLayout, slot: int) -> tuple[float, float]:
    """Bottom-left corner of a slot, in points."""
    col, row = slot % geo.cols, slot // geo.cols
    x = (geo.left + col * (geo.label_w + geo.gap_x)) * mm
    y = A4[1] - (geo.top + (row + 1) * geo.label_h + row * geo.gap_y) * mm
    return x, y


def _styles(geo: LabelLayout) -> list[ParagraphStyle]:
    """Name styles from large to small; the first whose wrapped name fits is used."""
    big = 11 if geo.label_h >= 50 else 9
    return [ParagraphStyle(f"name{s}", fontName=FONT_BOLD, fontSize=s, leading=s * 1.2, wordWrap="CJK",
                           textColor=INK) for s in (big, big - 1, big - 2, 6)]


def _draw_label(c: CJKCanvas, label: TagLabel, x: float, y: float, geo: LabelLayout,
                styles: list[ParagraphStyle], cut_guides: bool) -> None:
    w, h = geo.label_w * mm, geo.label_h * mm
    pad = 3 * mm
    # 0.7 mm modules or larger scan reliably with a phone; beyond ~26 mm the QR only steals room from the name.
    qr = min(h - 2 * pad, 26 * mm if geo.label_w < 80 else 40 * mm)
    text_w = w - qr - 3 * pad
    c.saveState()
    if cut_guides:
        c.setStrokeColor(colors.HexColor("#d0d5db"))
        c.setLineWidth(0.3)
        c.setDash([1, 2])
        c.rect(x + 0.5, y + 0.5, w - 1, h - 1)
        c.setDash([])
    QrCode(label.epc_uri, qr, error="m").drawOn(c, x + w - pad - qr, y + (h - qr) / 2)
    lines = epc_lines(label.epc_hex)
    mono_size = 6.8 if geo.label_h < 50 else 9.5
    reserved = (len(lines) + 1) * mono_size * 1.25 + 1 * mm
    name = _fit_name(label.item_name, styles, text_w, h - 2 * pad - reserved)
    _, name_h = name.wrap(text_w, h)
    name.drawOn(c, x + pad, y + h - pad - name_h)
    c.setFillColor(MUTED)
    c.setFont(FONT_REGULAR, mono_size)
    base = y + pad + len(lines) * mono_size * 1.25
    c.drawString(x + pad, base, f"序列号 {label.serial}")
    c.setFillColor(INK)
    c.setFont(FONT_MONO, mono_size)
    for i, line in enumerate(lines):
        c.drawString(x + pad, base - (i + 1) * mono_size * 1.25, line)
    c.restoreState()


def epc_lines(epc_hex: str) -> list[str]:
    """Grouped hex on two balanced lines (a 96-bit EPC: 3 + 3 groups); longer EPCs take four groups a line."""
    groups = group_hex(epc_hex).split()
    per_line = max(1, math.ceil(len(groups) / 2)) if len(groups) <= 8 else 4
    return [" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line)]


def _fit_name(name: str, styles: list[ParagraphStyle], width: float, height: float) -> Paragraph:
    for style in styles:
        p = Paragraph(esc(name), style)
        if p.wrap(width, height)[1] <= height:
            return p
    # Still too long at the smallest size: cut it and say so, rather than print over the EPC.
    text = name
    while text:
        text = text[:-1]
        p = Paragraph(esc(text) + "…", styles[-1])
        if p.wrap(width, height)[1] <= height:
            return p
    return Paragraph("…", styles[-1])
