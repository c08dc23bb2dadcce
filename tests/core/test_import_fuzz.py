"""Whatever the file holds, the import raises nothing but ImportFileError and gives every row one outcome."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.core.imports.customers import CUSTOMER_SPEC, plan_customer_import
from console.core.imports.messages import ImportFileError
from console.core.imports.normalize import cell_text
from console.core.imports.spec import Action, ImportPlan

SAMPLE = Path("/work/shared/samples/customers_export.csv")
with SAMPLE.open(encoding="utf-8-sig", newline="") as _fh:
    _RECORDS = list(csv.reader(_fh))
HEADER, ROWS = _RECORDS[0], _RECORDS[1:]
FIELD_KEYS = {f.key for f in CUSTOMER_SPEC.fields}
REQUIRED = {f.key for f in CUSTOMER_SPEC.fields if f.required}

# Deterministic runs (same examples every time), no example database left in the checkout.
FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=150,
                suppress_health_check=[HealthCheck.too_slow])


def to_csv(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def check_plan(plan: ImportPlan, expected_lines: list[int]) -> None:
    """Nothing silently lost: one outcome per non-blank row, and each outcome is self-consistent."""
    assert [o.line_no for o in plan.outcomes] == expected_lines
    assert sum(plan.counts().values()) == len(expected_lines)
    for outcome in plan.outcomes:
        assert set(outcome.values) <= FIELD_KEYS
        if outcome.action is Action.REJECT:
            assert outcome.reasons
        else:
            assert not outcome.reasons and REQUIRED <= set(outcome.values)
            assert outcome.key == outcome.values["account_no"]
        assert bool(outcome.changed) == (outcome.action is Action.UPDATE)


def non_blank_lines(rows: list[list[str]], first_line: int = 2) -> list[int]:
    return [first_line + i for i, row in enumerate(rows) if any(cell_text(c) for c in row)]


@FUZZ
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_only_raise_import_file_error(data: bytes) -> None:
    try:
        plan_customer_import(data, {})
    except ImportFileError as exc:
        assert exc.zh and exc.en


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_after_a_valid_header(data: bytes) -> None:
    try:
        plan = plan_customer_import(",".join(HEADER).encode("utf-8") + b"\r\n" + data, {})
    except ImportFileError as exc:
        assert exc.zh and exc.en
        return
    assert len({o.line_no for o in plan.outcomes}) == len(plan.outcomes)


_cells = st.text(max_size=25)
_rows = st.lists(st.lists(_cells, min_size=0, max_size=len(HEADER) + 2), max_size=15)


@FUZZ
@given(_rows, st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_arbitrary_text_rows_each_get_one_outcome(rows: list[list[str]], encoding: str) -> None:
    data = to_csv(rows, encoding)
    try:
        plan = plan_customer_import(data, {})
    except ImportFileError:
        # The only whole-file refusal text rows can cause: a NUL makes the file look binary.
        assert any("\x00" in cell for row in rows for cell in row)
        return
    check_plan(plan, non_blank_lines(rows))


_mutation = st.tuples(st.integers(0, len(ROWS) - 1), st.integers(0, len(HEADER) - 1),
                      st.one_of(_cells, st.sampled_from(["", "大客户", "31000100", "３１０００１００００", "'3100010000",
                                                         "3100010000.0", "2024/1/5", "45296", "0", "-1", "x" * 300,
                                                         "136****8609", "13661318609;13912345678"])))


@FUZZ
@given(st.lists(_mutation, max_size=12), st.dictionaries(st.sampled_from([r[0] for r in ROWS]),
                                                          st.fixed_dictionaries({"phone": st.text(max_size=3)}),
                                                          max_size=4))
def test_random_cell_mutations_keep_one_outcome_per_row(mutations: list[tuple[int, int, str]],
                                                        existing: dict[str, dict[str, object]]) -> None:
    rows = [list(r) for r in ROWS]
    for row, col, value in mutations:
        rows[row][col] = value.replace("\x00", "")
    check_plan(plan_customer_import(to_csv(rows), existing), non_blank_lines(rows))


_excel_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20).filter(
    lambda s: not s.startswith("="))
_excel_value = st.one_of(
    st.none(), _excel_text, st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(), st.dates(date(1900, 3, 1), date(2100, 1, 1)),
    st.datetimes(datetime(1900, 3, 1), datetime(2100, 1, 1)).map(lambda d: d.replace(microsecond=0)),
)


@settings(FUZZ, max_examples=40)
@given(st.lists(st.lists(_excel_value, max_size=len(HEADER)), max_size=8))
def test_arbitrary_excel_cells_each_get_one_outcome(rows: list[list[object]]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["导出标题"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    plan = plan_customer_import(buffer.getvalue(), {})
    expected = [3 + i for i, row in enumerate(rows) if any(cell_text(v) for v in row)]
    check_plan(plan, expected)
