"""Reading CSV/XLSX files into normalised rows: encodings, delimiters, header detection, Excel cell values."""
from __future__ import annotations

import io
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from console.core.imports.messages import ImportFileError
from console.core.imports.normalize import cell_text, header_key, normalize_text
from console.core.imports.tabular import read_table

SAMPLE = Path("/work/shared/samples/customers_export.csv")
KNOWN = ["户号", "户名", "用电地址", "客户分类", "电压等级", "合同容量(kVA)", "联系电话", "立户日期"]


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8-sig")


def test_sample_reads_with_bom_header_on_line_one() -> None:
    table = read_table(SAMPLE, KNOWN)
    assert table.format == "csv" and table.encoding == "utf-8-sig" and table.delimiter == ","
    assert table.header_line == 1 and table.header[0] == "户号" and table.header[-1] == "立户日期"
    assert len(table.rows) == 12
    assert [r.line_no for r in table.rows] == list(range(2, 14))
    assert table.rows[0].cells[:2] == ("3100010000", "市第一人民医院")


def test_gbk_and_plain_utf8_give_the_same_rows() -> None:
    reference = read_table(SAMPLE, KNOWN)
    gbk = read_table(sample_text().encode("gbk"), KNOWN)
    plain = read_table(sample_text().encode("utf-8"), KNOWN)
    assert gbk.encoding == "gb18030" and plain.encoding == "utf-8"
    assert gbk.rows == reference.rows == plain.rows and gbk.header == reference.header


def test_utf16_tab_separated_unicode_text_from_excel() -> None:
    text = sample_text().replace(",", "\t")
    table = read_table(text.encode("utf-16"), KNOWN)
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    assert table.rows == read_table(SAMPLE, KNOWN).rows


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_delimiter_is_sniffed(delimiter: str) -> None:
    text = sample_text().replace(",", delimiter)
    table = read_table(text.encode("utf-8"), KNOWN)
    assert table.delimiter == delimiter
    assert table.rows == read_table(SAMPLE, KNOWN).rows


def test_title_row_and_blank_rows_keep_excel_line_numbers() -> None:
    lines = sample_text().splitlines()
    text = "\n".join(["客户档案导出,,,", "", lines[0], lines[1], ",,,,", "", lines[2]]) + "\n"
    table = read_table(text.encode("utf-8"), KNOWN)
    assert table.header_line == 3
    assert [r.line_no for r in table.rows] == [4, 7]
    assert table.blank_rows == 2


def test_cells_are_normalised() -> None:
    account = "\uff13\uff11\uff10\uff10\uff10\uff11\uff10\uff10\uff10\uff10"  # full-width 3100010000
    text = f"户号,户名,联系电话\n{account},\u3000市第一\u200b人民医院\t（东院）  ,138 1234\u00a05678\n"
    table = read_table(text.encode("gb18030"), KNOWN)
    assert table.rows[0].cells == ("3100010000", "市第一人民医院 (东院)", "138 1234 5678")


def test_full_width_header_and_required_star_still_match() -> None:
    text = "*户号,户　名,合同容量（ｋＶＡ）\n3100010000,甲,5\n"
    assert read_table(text.encode("utf-8"), KNOWN).header_line == 1
    assert header_key("合同容量（ｋＶＡ）") == header_key("合同容量(kVA)")


def test_normalisation_keeps_chinese_and_symbols_outside_the_full_width_block() -> None:
    assert normalize_text("①号楼，Ａ座") == "①号楼,A座"


@pytest.mark.parametrize(("value", "expected"), [
    (None, ""), (3100010000.0, "3100010000"), (3100010000, "3100010000"), (2000.5, "2000.5"),
    (0.1 + 0.2, "0.3"), (1e20, "100000000000000000000"), (True, "TRUE"), (Decimal("42.50"), "42.5"),
    (datetime(2024, 1, 5), "2024-01-05"), (datetime(2024, 1, 5, 8, 30), "2024-01-05 08:30:00"),
    (date(2024, 1, 5), "2024-01-05"), (time(8, 30), "08:30:00"), ("  a\n b ", "a b"),
])
def test_cell_text(value: object, expected: str) -> None:
    assert cell_text(value) == expected


def _xlsx_bytes(rows: list[list[object]], *, title: str = "客户", hidden_first: bool = False) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if hidden_first:
        sheet.title = "说明"
        sheet.sheet_state = "hidden"
        sheet.append(["户号", "户名"])
        sheet = workbook.create_sheet(title)
    else:
        sheet.title = title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_title_row_numbers_and_dates() -> None:
    data = _xlsx_bytes([
        ["客户档案（2024年）"],
        ["户号", "户名", "合同容量(kVA)", "立户日期", "联系电话"],
        [3100010000.0, "甲", 2000, datetime(2014, 9, 4), 13661318609],
        [None, None, None, None, None],
        ["'3100010037", "乙", 800.5, "2023/3/25", "13661318609"],
    ])
    table = read_table(data, KNOWN)
    assert (table.format, table.sheet, table.header_line) == ("xlsx", "客户", 2)
    assert table.rows[0] == table.rows[0].__class__(3, ("3100010000", "甲", "2000", "2014-09-04", "13661318609"))
    assert table.rows[1].line_no == 5 and table.rows[1].cells[:3] == ("'3100010037", "乙", "800.5")
    assert table.blank_rows == 1


def test_xlsx_first_visible_sheet_or_named_sheet() -> None:
    data = _xlsx_bytes([["户号", "户名"], ["3100010000", "甲"]], title="导出", hidden_first=True)
    assert read_table(data, KNOWN).sheet == "导出"
    assert read_table(data, KNOWN, sheet="说明").rows == ()
    with pytest.raises(ImportFileError, match="找不到工作表“无此表”"):
        read_table(data, KNOWN, sheet="无此表")


@pytest.mark.parametrize(("data", "fragment"), [
    (b"", "文件是空的"),
    (b"\xef\xbb\xbf\r\n", "文件是空的"),
    (bytes(range(128, 256)) * 4, "不是 UTF-8/GBK 编码"),
    (b"\x00\x01\x02binary\x00", "不是 UTF-8/GBK 编码"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "旧版 .xls"),
    (b"<html><table><tr><td>\xe6\x88\xb7\xe5\x8f\xb7</td></tr></table></html>", "网页格式"),
    ("名称,数量\n甲,1\n".encode(), "找不到表头"),
    (b"PK\x03\x04 this is not a zip", "XLSX 文件已损坏"),
])
def test_unreadable_files_raise_import_file_error(data: bytes, fragment: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_table(data, KNOWN)
    assert fragment in caught.value.zh and caught.value.en


def test_truncated_xlsx_is_a_clear_error() -> None:
    data = _xlsx_bytes([["户号", "户名"], ["3100010000", "甲"]])
    with pytest.raises(ImportFileError, match="XLSX"):
        read_table(data[: len(data) // 2], KNOWN)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="无法打开文件"):
        read_table(tmp_path / "nope.csv", KNOWN)


def test_oversized_csv_field_is_a_clear_error() -> None:
    data = ("户号,户名\n3100010000,\"" + "长" * 200_000 + "\"\n").encode()
    with pytest.raises(ImportFileError, match="第2行无法按 CSV 解析"):
        read_table(data, KNOWN)
