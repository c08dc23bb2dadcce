"""RFID label sheets: positions, text, embedded fonts and QR codes a scanner can read."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from console.core.epc import giai96_for_asset, sgtin96_for_item
from reports.tag_labels import LAYOUTS, TagLabel, build_tag_labels, epc_lines, group_hex
from tests.reports.pdf_tools import (
    PHONE_LIKE,
    decode_qr_codes,
    needs_poppler,
    overlapping_words,
    page_texts,
    pdffonts,
    qpdf_check,
    word_boxes,
)

pytestmark = needs_poppler
NAMES = ["绝缘手套（12kV）", "高压验电器 10kV", "绝缘操作杆 10kV 三节 3 米", "携带型短路接地线 10kV 25mm² 三相",
         "安全帽（玻璃钢）", "核相器", "智能电能表 三相四线 0.5S 级 3×1.5(6)A 3×57.7/100V", "电流互感器 LMZ-0.66 300/5"]


def _labels(n: int) -> list[TagLabel]:
    out = []
    for i in range(n):
        epc = (giai96_for_asset("0614141", 20240000 + 7 * i) if i % 3
               else sgtin96_for_item("0614141", "812345", 6789 + i))
        out.append(TagLabel(NAMES[i % len(NAMES)], f"GJ-2024-{i + 1:05d}", epc.hex, epc.pure_identity))
    return out


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[TagLabel], Path, int]:
    labels = _labels(30)
    path = tmp_path_factory.mktemp("labels") / "labels.pdf"
    info = build_tag_labels(labels, path)
    return labels, path, info.page_count


def test_thirty_labels_fill_one_sheet_and_start_the_next(sheet) -> None:
    labels, path, pages = sheet
    assert pages == 2 == len(PdfReader(str(path)).pages)
    first, second = page_texts(path)
    assert LAYOUTS["A4 grid"].per_page == 24
    assert labels[23].serial in first and labels[24].serial in second and labels[24].serial not in first


def test_label_text_shows_name_serial_and_grouped_epc(sheet) -> None:
    labels, path, _ = sheet
    text = "".join(page_texts(path))
    flat = " ".join(text.split())  # labels side by side share a text line
    for label in labels:
        assert label.serial in text
        for line in epc_lines(label.epc_hex):
            assert line in flat
    assert "绝缘手套（12kV）" in text
    assert not PHONE_LIKE.search(text)


def test_every_qr_code_scans_to_its_epc_uri(sheet) -> None:
    labels, path, _ = sheet
    assert decode_qr_codes(path, 1) == sorted(lb.epc_uri for lb in labels[:24])
    assert decode_qr_codes(path, 2) == sorted(lb.epc_uri for lb in labels[24:])


def test_fonts_embedded_and_file_sound(sheet) -> None:
    _, path, _ = sheet
    fonts = pdffonts(path)
    assert fonts and all(f.embedded for f in fonts) and not any("STSong" in f.name for f in fonts)
    assert qpdf_check(path).returncode == 0


def test_text_stays_inside_its_label(sheet) -> None:
    _, path, _ = sheet
    geo = LAYOUTS["A4 grid"]
    mm = 72 / 25.4
    for _, x0, y0, x1, y1, word in word_boxes(path):
        col = int(x0 // (geo.label_w * mm))
        row = int((y0 - geo.top * mm) // (geo.label_h * mm))
        right = (col + 1) * geo.label_w * mm
        bottom = geo.top * mm + (row + 1) * geo.label_h * mm
        assert x1 <= right + 0.5 and y1 <= bottom + 0.5, (word, x0, y0, x1, y1)
    assert overlapping_words(path) == []


def test_start_position_skips_used_labels_on_a_partly_used_sheet(tmp_path: Path) -> None:
    labels = _labels(5)
    path = tmp_path / "partial.pdf"
    info = build_tag_labels(labels, path, start_position=20)
    assert info.page_count == 2  # slots 20-23 on the first sheet, one on the next
    first, second = page_texts(path)
    assert [lb.serial in first for lb in labels] == [True] * 4 + [False]
    boxes = [b for b in word_boxes(path) if b[0] == 0 and labels[0].serial in b[5]]
    assert boxes and boxes[0][2] > (LAYOUTS["A4 grid"].top + 6 * 36) * 72 / 25.4  # row 7 of 8: near the bottom


def test_large_layout_and_binary_output() -> None:
    buf = io.BytesIO()
    info = build_tag_labels(_labels(11), buf, layout="A4 large")
    assert (info.page_count, info.per_page) == (2, 10)
    assert len(PdfReader(io.BytesIO(buf.getvalue())).pages) == 2


def test_overlong_names_are_cut_with_an_ellipsis_not_printed_over_the_epc(tmp_path: Path) -> None:
    epc = giai96_for_asset("0614141", 1)
    label = TagLabel("超长名称" * 30, "S-1", epc.hex, epc.pure_identity)
    path = tmp_path / "long.pdf"
    build_tag_labels([label], path)
    text = page_texts(path)[0]
    assert "…" in text and "S-1" in text


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        TagLabel("x", "1", "30ZZ", "urn:epc:id:giai:1.1")
    with pytest.raises(ValueError):
        TagLabel("x", "1", "303", "urn:epc:id:giai:1.1")  # not whole 16-bit words
    with pytest.raises(ValueError):
        build_tag_labels([], io.BytesIO())
    with pytest.raises(ValueError):
        build_tag_labels(_labels(1), io.BytesIO(), layout="Letter")
    with pytest.raises(ValueError):
        build_tag_labels(_labels(1), io.BytesIO(), start_position=24)
    assert TagLabel("x", "1", "3034 257b", "u").epc_hex == "3034257B"
    assert group_hex("3034257BF7194E4000001A85") == "3034 257B F719 4E40 0000 1A85"
