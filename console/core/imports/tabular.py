"""Read a CSV or XLSX file into a header and rows of normalised strings.

The format is decided by the bytes, not the file name: exporting systems name CSV files ``.xls`` and send web
pages as "Excel". Text is decoded by BOM, then strict UTF-8, then GB18030 (a superset of GBK/GB2312). The
delimiter and the header row are chosen together, as the combination under which the most cells match a known
column title; so a title row above the header, or a semicolon-separated file, needs no setting.

Everything that can go wrong with the file as a whole raises :class:`ImportFileError` carrying a message that
tells the person what to do; nothing else escapes.
"""
from __future__ import annotations

import csv
import io
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from console.core.imports.messages import ImportFileError, UserMessage
from console.core.imports.normalize import cell_text, header_key

HEADER_SCAN_ROWS = 30
DELIMITERS = (",", "\t", ";")

# Where the files come from, named in the advice messages give ("export it again from …").
DEFAULT_ORIGIN = UserMessage("原系统", "the system it came from")


def _not_readable(origin: UserMessage) -> ImportFileError:
    return ImportFileError(UserMessage(
        f"文件不是 UTF-8/GBK 编码的 CSV 或 XLSX：请在{origin.zh}中重新导出，或在 Excel 中另存为 XLSX 后再导入。",
        f"The file is not a UTF-8/GBK encoded CSV or an XLSX workbook: export it again from {origin.en}, "
        "or save it as XLSX in Excel, then import it.",
    ))


@dataclass(frozen=True)
class SourceRow:
    """One non-blank row below the header; ``line_no`` is the row number Excel shows for it (1-based)."""

    line_no: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    header_line: int
    rows: tuple[SourceRow, ...]
    blank_rows: int  # entirely empty rows below the header, skipped
    format: str  # "csv" | "xlsx"
    encoding: str | None = None  # csv only: "utf-8-sig", "utf-8", "gb18030", "utf-16"
    delimiter: str | None = None  # csv only
    sheet: str | None = None  # xlsx only


def read_table(
    source: str | os.PathLike[str] | bytes,
    known_headers: Collection[str],
    *,
    sheet: str | None = None,
    origin: UserMessage = DEFAULT_ORIGIN,
) -> Table:
    """Read ``source`` (a path or the file's bytes); ``known_headers`` are the column titles that locate the header.

    ``origin`` names where such files come from (e.g. 营销系统) in the advice of error messages.
    """
    data = _load_bytes(source, origin)
    keys = {header_key(h) for h in known_headers}
    keys.discard("")
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, keys, sheet, origin)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ImportFileError(UserMessage(
            "这是旧版 .xls 或加密的 Excel 文件，无法直接读取：请在 Excel 中取消密码并另存为 .xlsx 后再导入。",
            "This is a legacy .xls or password-protected Excel file: remove the password and save it as .xlsx in "
            "Excel, then import it.",
        ))
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<meta")):
        raise ImportFileError(UserMessage(
            "这是网页格式的“Excel”文件：请用 Excel 打开后另存为 .xlsx 或 CSV，再导入。",
            "This \"Excel\" file is really a web page: open it in Excel and save it as .xlsx or CSV, then import it.",
        ))
    return _read_csv(data, keys, origin)


def _load_bytes(source: str | os.PathLike[str] | bytes, origin: UserMessage) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        try:
            with open(source, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise ImportFileError(UserMessage(
                f"无法打开文件 {os.fspath(source)}：{exc.strerror or exc}。请确认文件存在且未被其他程序占用。",
                f"Cannot open {os.fspath(source)}: {exc.strerror or exc}. Check that the file exists and is not "
                "locked by another program.",
            )) from exc
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportFileError(UserMessage(f"文件是空的：请选择从{origin.zh}导出的文件。",
                                          f"The file is empty: choose the file exported from {origin.en}."))
    return data


def _decode(data: bytes, origin: UserMessage) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        attempts = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        attempts = ("utf-16",)  # Excel's "Unicode text" export: UTF-16 with BOM, tab-separated
    else:
        attempts = ("utf-8", "gb18030")
    for encoding in attempts:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:  # NULs mean a binary file (or UTF-16 without BOM), not text
            return text, encoding
    raise _not_readable(origin)


def _read_csv(data: bytes, keys: set[str], origin: UserMessage) -> Table:
    text, encoding = _decode(data, origin)
    best: tuple[int, int, str] | None = None  # (matches, -delimiter order, delimiter)
    for order, delimiter in enumerate(DELIMITERS):
        head = _parse_csv(text, delimiter, limit=HEADER_SCAN_ROWS)
        matches = max((_matches(row, keys) for row in head), default=0)
        if matches and (best is None or matches > best[0]):
            best = (matches, -order, delimiter)
    if best is None:
        raise _no_header(origin)
    delimiter = best[2]
    records = _parse_csv(text, delimiter, limit=None)
    return _build_table(records, keys, origin, fmt="csv", encoding=encoding, delimiter=delimiter)


def _parse_csv(text: str, delimiter: str, limit: int | None) -> list[tuple[str, ...]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[str, ...]] = []
    try:
        for raw in reader:
            records.append(tuple(cell_text(cell) for cell in raw))
            if limit is not None and len(records) >= limit:
                break
    except csv.Error as exc:
        line = len(records) + 1
        raise ImportFileError(UserMessage(
            f"第{line}行无法按 CSV 解析（{exc}）：请检查引号是否成对，或在 Excel 中另存为 XLSX 后再导入。",
            f"Line {line} is not valid CSV ({exc}): check that quotes are paired, or save the file as XLSX in "
            "Excel and import that.",
        )) from exc
    return records


def _read_xlsx(data: bytes, keys: set[str], sheet: str | None, origin: UserMessage) -> Table:
    # openpyxl is imported here: it costs ~0.1 s and only the import dialog needs it.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a damaged zip/XML surfaces as any of a dozen exception types
        raise ImportFileError(UserMessage(
            "XLSX 文件已损坏或不是 Excel 工作簿：请在 Excel 中打开并重新保存，或重新导出后再导入。",
            "The XLSX file is damaged or not an Excel workbook: open and save it again in Excel, or export it "
            "again, then import it.",
        )) from exc
    try:
        worksheet = _pick_sheet(workbook, sheet)
        try:
            records = [tuple(cell_text(v) for v in row) for row in worksheet.iter_rows(min_row=1, values_only=True)]
        except Exception as exc:  # noqa: BLE001 - same: damage inside the sheet XML
            raise ImportFileError(UserMessage(
                f"工作表“{worksheet.title}”内容已损坏：请在 Excel 中打开并重新保存后再导入。",
                f"Sheet \"{worksheet.title}\" is damaged: open and save the file again in Excel, then import it.",
            )) from exc
        title = worksheet.title
    finally:
        workbook.close()
    return _build_table(records, keys, origin, fmt="xlsx", sheet=title)


def _pick_sheet(workbook, sheet: str | None):  # noqa: ANN001, ANN202 - openpyxl types are untyped
    names = [ws.title for ws in workbook.worksheets]
    if sheet is not None:
        if sheet not in names:
            raise ImportFileError(UserMessage(
                f"找不到工作表“{sheet}”，文件中的工作表有：{'、'.join(names) or '（无）'}。",
                f"There is no sheet \"{sheet}\"; the workbook has: {', '.join(names) or '(none)'}.",
            ))
        return workbook[sheet]
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    if not visible:
        raise ImportFileError(UserMessage(
            "工作簿中没有可见的工作表：请在 Excel 中检查后重新保存。",
            "The workbook has no visible worksheet: check it in Excel and save it again.",
        ))
    return visible[0]


def _matches(row: Sequence[str], keys: set[str]) -> int:
    return sum(1 for cell in row if cell and header_key(cell) in keys)


def _trim(row: Sequence[str]) -> tuple[str, ...]:
    end = len(row)
    while end and not row[end - 1]:
        end -= 1
    return tuple(row[:end])


def _build_table(records: Sequence[tuple[str, ...]], keys: set[str], origin: UserMessage, *, fmt: str,
                 encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None) -> Table:
    scores = [_matches(row, keys) for row in records[:HEADER_SCAN_ROWS]]
    best = max(scores, default=0)
    if best == 0:
        raise _no_header(origin)
    header_index = scores.index(best)
    rows: list[SourceRow] = []
    blank = 0
    for index in range(header_index + 1, len(records)):
        cells = _trim(records[index])
        if cells:
            rows.append(SourceRow(index + 1, cells))
        else:
            blank += 1
    return Table(_trim(records[header_index]), header_index + 1, tuple(rows), blank, fmt, encoding, delimiter, sheet)


def _no_header(origin: UserMessage) -> ImportFileError:
    return ImportFileError(UserMessage(
        f"在前{HEADER_SCAN_ROWS}行中找不到表头：请确认文件是{origin.zh}导出的原始文件，且表头未被修改。",
        f"No header row in the first {HEADER_SCAN_ROWS} rows: use the file exactly as {origin.en} "
        "exported it, with its column titles unchanged.",
    ))
