"""Inspect generated PDFs the way a printer or a reader would: poppler, qpdf and pypdf."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

PHONE_LIKE = re.compile(r"\d{11}")

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdftoppm", "qpdf")),
    reason="poppler-utils and qpdf are needed to inspect PDFs",
)


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def page_texts(path: Path) -> list[str]:
    """Text of each page (pdftotext separates pages with a form feed)."""
    return pdftotext(path).split("\f")[:-1]


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool


def pdffonts(path: Path) -> list[FontRow]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        # Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, ID
        parts = line.split()
        emb = parts[-5]
        rows.append(FontRow(parts[0], " ".join(parts[1:-6]), emb == "yes"))
    return rows


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


def outline(path: Path) -> list[tuple[str, int, int]]:
    """(title, depth, zero-based page index) for every outline entry, in order."""
    reader = PdfReader(str(path))
    found: list[tuple[str, int, int]] = []

    def walk(items: list[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                page = reader.get_destination_page_number(item)  # type: ignore[arg-type]
                found.append((item.title, depth, page))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return found


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(str(path)).pages]


def ink_fractions(path: Path, dpi: int = 20) -> list[float]:
    """Share of non-white pixels per page, from a coarse greyscale render: catches blank-looking pages."""
    raw = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(path)], check=True, capture_output=True).stdout
    fractions = []
    pos = 0
    while pos < len(raw):
        # Binary PGM: "P5\n<w> <h>\n<max>\n" then w*h bytes.
        header = []
        while len(header) < 4:
            end = raw.index(b"\n", pos)
            header += raw[pos:end].split()
            pos = end + 1
        w, h = int(header[1]), int(header[2])
        pixels = np.frombuffer(raw, dtype=np.uint8, count=w * h, offset=pos)
        pos += w * h
        fractions.append(float(np.mean(pixels < 200)))
    return fractions


def word_boxes(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page index, xMin, yMin, xMax, yMax, word) for every word poppler finds."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    boxes = []
    page = -1
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = word.search(line)
        if m:
            boxes.append((page, *map(float, m.groups()[:4]), m.group(5)))
    return boxes


def render_gray(path: Path, page: int, dpi: int = 150) -> np.ndarray:
    """One page (1-based) as a greyscale image array."""
    raw = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path)],
                         check=True, capture_output=True).stdout
    magic, size, _maxval, pixels = raw.split(b"\n", 3)
    assert magic == b"P5"
    w, h = map(int, size.split())
    return np.frombuffer(pixels, dtype=np.uint8, count=w * h).reshape(h, w)


def decode_qr_codes(path: Path, page: int, dpi: int = 150) -> list[str]:
    """Texts of the QR codes a scanner reads off the rendered page (needs the zxing-cpp package)."""
    zxingcpp = pytest.importorskip("zxingcpp")
    return sorted(r.text for r in zxingcpp.read_barcodes(render_gray(path, page, dpi))
                  if r.format == zxingcpp.BarcodeFormat.QRCode)


def overlapping_words(path: Path, min_share: float = 0.25) -> list[tuple[int, str, str]]:
    """Pairs of words on the same page whose boxes overlap by more than ``min_share`` of the smaller box:
    text printed over other text (rows too short for their content, labels on top of each other)."""
    by_page: dict[int, list[tuple[float, float, float, float, str]]] = {}
    for page, x0, y0, x1, y1, word in word_boxes(path):
        by_page.setdefault(page, []).append((x0, y0, x1, y1, word))
    found = []
    for page, words in by_page.items():
        words.sort()
        for i, (ax0, ay0, ax1, ay1, aw) in enumerate(words):
            for bx0, by0, bx1, by1, bw in words[i + 1:]:
                if bx0 >= ax1:
                    break
                w, h = min(ax1, bx1) - max(ax0, bx0), min(ay1, by1) - max(ay0, by0)
                smaller = min((ax1 - ax0) * (ay1 - ay0), (bx1 - bx0) * (by1 - by0))
                if w > 0 and h > 0 and smaller > 0 and w * h > min_share * smaller:
                    found.append((page, aw, bw))
    return found
