"""Write column titles and an iterator of rows to CSV or XLSX, streaming, so a million rows never sit in memory.

Values arrive ready for the reader's eyes (personal data already masked by the caller). Files are written
under a temporary name and renamed at the end: a failed or cancelled export never leaves a half file behind
the name the person chose. To cancel, raise from ``on_progress``; the exception propagates unchanged.

CSV is UTF-8 with BOM (Excel otherwise reads it as the ANSI code page) and meant for re-import and other
programs; Excel shows long digit strings in a CSV (ID numbers) as numbers, so people should get XLSX, where
strings stay text.
"""
from __future__ import annotations

import contextlib
import csv
import enum
import itertools
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from console.core.imports.normalize import number_text

ProgressCallback = Callable[[int], None]
PROGRESS_EVERY = 10_000
XLSX_MAX_ROWS = 1_048_576  # per sheet, header included; further rows continue on "<title> (2)" …
XLSX_MAX_CELL = 32_767  # characters Excel holds in one cell
WIDTH_SAMPLE_ROWS = 200  # rows looked at to size the columns before streaming starts
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # data rows written, header not counted
    sheets: int = 1
    truncated_cells: int = 0  # XLSX cells cut to Excel's 32,767-character limit


def write_table(path: str | os.PathLike[str], columns: Sequence[str], rows: Iterable[Sequence[object]],
                **options: object) -> ExportResult:
    """Write by the file's suffix: ``.xlsx`` → :func:`write_xlsx`, anything else → :func:`write_csv`."""
    writer = write_xlsx if Path(path).suffix.lower() == ".xlsx" else write_csv
    return writer(path, columns, rows, **options)  # type: ignore[arg-type]


def _plain(value: object) -> object:
    """Python values the writers understand: enums by value, aware datetimes as local wall-clock time."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def csv_cell(value: object) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, str):
        # A cell starting with = + - @ is run as a formula when the CSV is opened in Excel (CSV injection);
        # the apostrophe makes it text. Plain numbers such as -5 or +8613800000000 are left alone.
        if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
            return "'" + value
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class _AtomicFile:
    """A temporary sibling of ``path`` that becomes ``path`` only if the block finishes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.temp = self.path.with_name(f".{self.path.name}.part")

    def __enter__(self) -> Path:
        return self.temp

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            os.replace(self.temp, self.path)
        else:
            self.temp.unlink(missing_ok=True)


def _counting(rows: Iterable[Sequence[object]], on_progress: ProgressCallback | None) -> Iterator[Sequence[object]]:
    count = 0
    for row in rows:
        yield row
        count += 1
        if on_progress is not None and count % PROGRESS_EVERY == 0:
            on_progress(count)


def write_csv(path: str | os.PathLike[str], columns: Sequence[str], rows: Iterable[Sequence[object]], *,
              on_progress: ProgressCallback | None = None) -> ExportResult:
    written = 0
    with _AtomicFile(path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([csv_cell(c) for c in columns])
        for row in _counting(rows, on_progress):
            writer.writerow([csv_cell(v) for v in row])
            written += 1
    return ExportResult(Path(path), written)


def display_width(text: str) -> int:
    """Columns a string takes in a grid font: CJK and full-width characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_widths(columns: Sequence[str], sample: Sequence[Sequence[object]]) -> list[float]:
    widths = []
    for index, title in enumerate(columns):
        longest = max((display_width(csv_cell(row[index])) for row in sample if index < len(row)), default=0)
        widths.append(float(min(60, max(8, display_width(title) + 4, longest + 2))))
    return widths


class _XlsxCells:
    """Turns row values into what openpyxl's write-only sheet appends, keeping strings strings."""

    def __init__(self) -> None:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        self._illegal = ILLEGAL_CHARACTERS_RE
        self.truncated = 0

    def row(self, sheet, values: Sequence[object]) -> list[object]:  # noqa: ANN001 - openpyxl sheet is untyped
        from openpyxl.cell import WriteOnlyCell

        out: list[object] = []
        for value in values:
            value = _plain(value)
            if isinstance(value, str):
                value = self._illegal.sub("", value)
                if len(value) > XLSX_MAX_CELL:
                    value = value[:XLSX_MAX_CELL]
                    self.truncated += 1
                if value.startswith("="):  # openpyxl would store it as a formula; keep it as the text it is
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"
                    value = cell
            elif isinstance(value, Decimal):
                value = float(value)
            out.append(value)
        return out


def _sheet_title(base: str, number: int) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", base) or "Sheet"
    suffix = f" ({number})" if number > 1 else ""
    return base[: 31 - len(suffix)] + suffix  # Excel's limit on sheet names


def _new_sheet(workbook, title: str, columns: Sequence[str], widths: Sequence[float]):  # noqa: ANN001, ANN202
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    # Write-only sheets emit column widths and panes before the first row, so they are set now.
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for text in columns:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cell.data_type = "s"
        header.append(cell)
    sheet.append(header)
    return sheet


def _add_filter(sheet, width: int, last_row: int) -> None:  # noqa: ANN001
    from openpyxl.utils import get_column_letter

    if width:  # the filter is written after the rows, so it can be set once their count is known
        sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{last_row}"


def _discard(workbook) -> None:  # noqa: ANN001
    """After a failure or cancel: end each sheet's XML stream and delete its temporary file now.

    openpyxl only removes them at interpreter exit, and a half-closed stream garbage-collected later raises
    from lxml inside whatever runs at that moment. ``_writer`` is openpyxl's own attribute for that stream.
    """
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def write_xlsx(path: str | os.PathLike[str], columns: Sequence[str], rows: Iterable[Sequence[object]], *,
               sheet_title: str = "导出", on_progress: ProgressCallback | None = None,
               max_rows_per_sheet: int = XLSX_MAX_ROWS) -> ExportResult:
    """Bold, frozen header with an auto-filter; columns sized from the first rows; write-only for speed.

    Beyond ``max_rows_per_sheet`` (Excel's limit, header included) rows continue on further sheets, each with
    the header again, rather than failing after minutes of work.
    """
    from openpyxl import Workbook

    iterator = _counting(rows, on_progress)
    sample = list(itertools.islice(iterator, WIDTH_SAMPLE_ROWS))
    widths = column_widths(columns, sample)
    cells = _XlsxCells()
    workbook = Workbook(write_only=True)
    sheets = 1
    sheet = _new_sheet(workbook, _sheet_title(sheet_title, sheets), columns, widths)
    in_sheet = 1  # rows in the current sheet, header included
    written = 0
    with _AtomicFile(path) as temp:
        try:
            for row in itertools.chain(sample, iterator):
                if in_sheet >= max_rows_per_sheet:
                    _add_filter(sheet, len(columns), in_sheet)
                    sheet.close()  # a full sheet is finished now, its stream closed, rather than at save
                    sheets += 1
                    sheet = _new_sheet(workbook, _sheet_title(sheet_title, sheets), columns, widths)
                    in_sheet = 1
                sheet.append(cells.row(sheet, row))
                in_sheet += 1
                written += 1
            _add_filter(sheet, len(columns), in_sheet)
            workbook.save(temp)
        except BaseException:
            _discard(workbook)
            raise
    return ExportResult(Path(path), written, sheets, cells.truncated)
