"""CSV/XLSX export: round trip through pandas, Excel niceties, streaming, atomic files, hostile cell text."""
from __future__ import annotations

import enum
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl.worksheet._writer import ALL_TEMP_FILES  # openpyxl's list of its live temporary files

from console.core.exports.tabular import (PROGRESS_EVERY, WIDTH_SAMPLE_ROWS, csv_cell, display_width, write_csv,
                                          write_table, write_xlsx)
from console.core.imports.customers import CUSTOMER_COLUMNS, plan_customer_import
from console.core.imports.spec import Action

COLUMNS = ["户号", "户名", "合同容量(kVA)", "立户日期", "联系电话", "备注"]
ROWS = [
    ("3100010000", "市第一人民医院", 2000, date(2014, 9, 4), "136****8609", "东院"),
    ("3100010037", "实验中学", 800.5, date(2023, 3, 25), "198****7543", ""),
    ("3100010074", "张丽涛(家用充电桩)", 7, date(2022, 7, 28), "131****4974", "含,逗号\n和换行"),
]


class Segment(str, enum.Enum):
    KEY_ACCOUNT = "key_account"


def test_csv_round_trip_through_pandas(tmp_path: Path) -> None:
    path = tmp_path / "客户.csv"
    result = write_csv(path, COLUMNS, iter(ROWS))
    assert result.rows == 3 and path.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == COLUMNS
    expected = [[str(v) if not isinstance(v, date) else v.isoformat() for v in row] for row in ROWS]
    assert frame.values.tolist() == expected


def test_xlsx_round_trip_through_pandas(tmp_path: Path) -> None:
    path = tmp_path / "客户.xlsx"
    result = write_xlsx(path, COLUMNS, iter(ROWS))
    assert (result.rows, result.sheets) == (3, 1)
    frame = pd.read_excel(path, dtype=object, keep_default_na=False)
    assert list(frame.columns) == COLUMNS
    expected = [[datetime.combine(v, datetime.min.time()) if isinstance(v, date) else v for v in row] for row in ROWS]
    assert [[v.to_pydatetime() if isinstance(v, pd.Timestamp) else v for v in row]
            for row in frame.values.tolist()] == expected


def test_xlsx_header_is_bold_frozen_filtered_and_columns_sized(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, COLUMNS, ROWS, sheet_title="客户/档案")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "客户_档案"
    assert all(cell.font.bold for cell in sheet[1]) and not sheet["A2"].font.bold
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:F4"
    widths = {c: sheet.column_dimensions[c].width for c in "ABF"}
    assert widths["A"] == 12 and widths["B"] == display_width("张丽涛(家用充电桩)") + 2 and 8 <= widths["F"] <= 60
    assert sheet["D2"].is_date and sheet["A2"].data_type == "s"


def test_export_of_a_customer_plan_reimports_as_unchanged(tmp_path: Path) -> None:
    plan = plan_customer_import(Path("/work/shared/samples/customers_export.csv"), {})
    from console.core.imports.customers import CUSTOMER_SPEC

    keys = [f.key for f in CUSTOMER_SPEC.fields]
    stored = {o.key: dict(o.values) for o in plan.of(Action.ADD)}
    rows = [tuple(values.get(k) for k in keys) for values in stored.values()]
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"customers.{suffix}"
        write_table(path, CUSTOMER_COLUMNS, rows)
        again = plan_customer_import(path, stored)
        assert again.counts()[Action.UNCHANGED] == 10 and len(again.outcomes) == 10, suffix


def test_streaming_reads_rows_only_as_it_writes_them(tmp_path: Path) -> None:
    produced = 0
    seen: list[int] = []

    def rows():  # noqa: ANN202
        nonlocal produced
        for i in range(3 * PROGRESS_EVERY):
            produced += 1
            yield (i, f"客户{i}")

    def on_progress(count: int) -> None:
        # Only the first rows are read ahead (to size columns): the writer holds no more than that.
        assert produced - count <= WIDTH_SAMPLE_ROWS
        seen.append(count)

    for writer in (write_csv, write_xlsx):
        produced, seen = 0, []
        result = writer(tmp_path / f"big.{writer.__name__}", ["序号", "户名"], rows(), on_progress=on_progress)
        assert result.rows == 3 * PROGRESS_EVERY and seen == [PROGRESS_EVERY, 2 * PROGRESS_EVERY, 3 * PROGRESS_EVERY]


class Cancelled(Exception):
    pass


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path, writer) -> None:  # noqa: ANN001
    path = tmp_path / "out.dat"
    path.write_text("old")

    def stop(count: int) -> None:
        raise Cancelled

    rows = ((i, "x") for i in range(PROGRESS_EVERY + 5))
    openpyxl_temp_files = list(ALL_TEMP_FILES)
    with pytest.raises(Cancelled):
        writer(path, ["a", "b"], rows, on_progress=stop)
    assert path.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["out.dat"]
    assert ALL_TEMP_FILES == openpyxl_temp_files  # the sheet's own temporary file is gone too


def test_rows_beyond_the_sheet_limit_continue_on_another_sheet(tmp_path: Path) -> None:
    path = tmp_path / "split.xlsx"
    result = write_xlsx(path, ["n"], ((i,) for i in range(10)), sheet_title="导出", max_rows_per_sheet=4)
    assert (result.rows, result.sheets) == (10, 4)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["导出", "导出 (2)", "导出 (3)", "导出 (4)"]
    values = [[c.value for c in row] for ws in workbook.worksheets for row in ws.iter_rows()]
    assert values == [["n"], [0], [1], [2], ["n"], [3], [4], [5], ["n"], [6], [7], [8], ["n"], [9]]


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    hostile = ["=HYPERLINK(\"http://x\",\"点我\")", "+1+cmd", "-2+3", "@SUM(A1)", "-5", "+8613661318609"]
    csv_path, xlsx_path = tmp_path / "h.csv", tmp_path / "h.xlsx"
    write_csv(csv_path, ["v"], [(v,) for v in hostile])
    write_xlsx(xlsx_path, ["v"], [(v,) for v in hostile])
    csv_values = pd.read_csv(csv_path, encoding="utf-8-sig", dtype=str)["v"].tolist()
    assert csv_values == ["'" + v for v in hostile[:4]] + hostile[4:]
    sheet = openpyxl.load_workbook(xlsx_path).active
    assert [(c.value, c.data_type) for (c,) in sheet.iter_rows(min_row=2)] == [(v, "s") for v in hostile]


def test_odd_values(tmp_path: Path) -> None:
    aware = datetime(2024, 1, 5, 8, 0, tzinfo=timezone(timedelta(hours=8)))
    row = (None, True, Decimal("42.50"), Segment.KEY_ACCOUNT, aware, "a\x00b\x07c", "长" * 40_000)
    result = write_xlsx(tmp_path / "odd.xlsx", list("ABCDEFG"), [row])
    assert result.truncated_cells == 1
    cells = [c.value for c in openpyxl.load_workbook(tmp_path / "odd.xlsx").active[2]]
    assert cells[:4] == [None, True, 42.5, "key_account"] and cells[5] == "abc" and len(cells[6]) == 32_767
    assert cells[4] == aware.astimezone().replace(tzinfo=None)
    assert [csv_cell(v) for v in row[:4]] == ["", "TRUE", "42.5", "key_account"]
    assert csv_cell(3100010000.0) == "3100010000" and csv_cell(date(2024, 1, 5)) == "2024-01-05"


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_no_rows_still_writes_the_header(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty.{suffix}"
    assert write_table(path, COLUMNS, iter(())).rows == 0
    frame = pd.read_csv(path, encoding="utf-8-sig") if suffix == "csv" else pd.read_excel(path)
    assert list(frame.columns) == COLUMNS and frame.empty
