"""ColumnTableModel/View over column arrays, and the numpy sort/filter helpers."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor

from widgets.column_table import (
    ColumnSpec,
    ColumnTableModel,
    ColumnTableView,
    RowStyle,
    apply_mask,
    chinese_collator,
    filter_mask,
    sort_index,
)

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
DISPLAY, USER = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole

SPECS = [
    ColumnSpec("name", "客户名称", width=200),
    ColumnSpec("kva", "容量(kVA)", "float"),
    ColumnSpec("count", "户数", "int"),
    ColumnSpec("since", "受理日期", "date"),
    ColumnSpec("key", "重点", "bool"),
]
NAMES = ["张三", "李四", None, "王五", "阿明", "ABC电器", "abc超市"]


def sample_columns(n: int) -> dict[str, object]:
    rng = np.random.default_rng(7)
    kva = rng.uniform(10, 5000, n)
    kva[::11] = np.nan
    names = np.array([NAMES[i % len(NAMES)] for i in range(n)], dtype=object)
    since = np.datetime64("2025-01-01") + rng.integers(0, 365, n).astype("timedelta64[D]")
    since[::13] = np.datetime64("NaT")
    return {
        "name": names,
        "kva": kva,
        "count": rng.integers(0, 100, n),
        "since": since,
        "key": rng.integers(0, 2, n).astype(bool),
        "status": np.array(["ok", "risk", "late"] * (n // 3) + ["ok"] * (n % 3), dtype=object),
    }


def make_model(n: int = 200) -> ColumnTableModel:
    model = ColumnTableModel(
        SPECS,
        status_key="status",
        row_styles={"late": RowStyle(foreground="#b00020", background="#fde7e9"), "risk": RowStyle(background="#fff4ce")},
    )
    model.set_columns(sample_columns(n), row_ids=np.arange(1000, 1000 + n))
    return model


def cell(model: ColumnTableModel, row: int, col: int, role: int = DISPLAY) -> object:
    return model.data(model.index(row, col), role)


# --- model ------------------------------------------------------------------------------------------------

def test_model_passes_qt_model_tester_through_sort_filter_and_reset(qtmodeltester) -> None:
    model = make_model(200)
    qtmodeltester.check(model)
    model.set_view(sort_index(model.columns, "kva", DESC))  # layout change
    model.set_view(apply_mask(model.view_index, filter_mask(model.columns, ["name"], "张")))  # reset
    model.set_view(np.arange(0))
    model.set_columns(sample_columns(50), row_ids=np.arange(50))
    assert model.rowCount() == 50


def test_display_formats_each_kind_and_missing_values_are_empty() -> None:
    model = ColumnTableModel(SPECS)
    model.set_columns(
        {
            "name": ["张三", None],
            "kva": np.array([1234.5, np.nan]),
            "count": np.array([7, 8]),
            "since": np.array(["2025-03-04", "NaT"], dtype="datetime64[D]"),
            "key": np.array([True, False]),
        },
        row_ids=[11, 12],
    )
    assert [cell(model, 0, c) for c in range(5)] == ["张三", "1,234.50", "7", "2025-03-04", "是"]
    assert [cell(model, 1, c) for c in range(5)] == ["", "", "8", "", "否"]
    assert cell(model, 0, 0, Qt.ItemDataRole.ToolTipRole) == "张三"
    assert cell(model, 1, 0, USER) == 12 and type(cell(model, 1, 0, USER)) is int


def test_dates_from_python_and_pandas_and_custom_formatter() -> None:
    specs = [ColumnSpec("d", "日期", "date"), ColumnSpec("amt", "金额", "float", formatter=lambda v: f"¥{v:.0f}")]
    model = ColumnTableModel(specs)
    model.set_columns(
        {"d": pd.Series([dt.date(2025, 1, 2), pd.Timestamp("2025-02-03 10:00"), None]), "amt": [3.4, 5.6, None]},
        row_ids=["a", "b", "c"],
    )
    assert [cell(model, r, 0) for r in range(3)] == ["2025-01-02", "2025-02-03", ""]
    assert [cell(model, r, 1) for r in range(3)] == ["¥3", "¥6", ""]
    assert cell(model, 2, 1, USER) == "c"


def test_alignment_defaults_by_kind_and_can_be_overridden() -> None:
    specs = [*SPECS, ColumnSpec("code", "户号", align=Qt.AlignmentFlag.AlignRight)]
    model = ColumnTableModel(specs)
    model.set_columns({**sample_columns(3), "code": ["1", "2", "3"]}, row_ids=[1, 2, 3])
    align = [cell(model, 0, c, Qt.ItemDataRole.TextAlignmentRole) for c in range(6)]
    assert align[0] & Qt.AlignmentFlag.AlignLeft
    assert align[1] & Qt.AlignmentFlag.AlignRight and align[2] & Qt.AlignmentFlag.AlignRight
    assert align[3] == Qt.AlignmentFlag.AlignCenter
    assert align[5] == Qt.AlignmentFlag.AlignRight


def test_status_column_colours_rows() -> None:
    model = make_model(6)  # statuses ok, risk, late, ok, risk, late
    fg, bg = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole
    assert cell(model, 0, 0, fg) is None and cell(model, 0, 0, bg) is None
    assert cell(model, 1, 3, bg) == QColor("#fff4ce") and cell(model, 1, 3, fg) is None
    assert cell(model, 2, 4, fg) == QColor("#b00020") and cell(model, 2, 4, bg) == QColor("#fde7e9")


def test_data_never_raises_and_reports_an_error_once(qtbot) -> None:
    def broken(value: object) -> str:
        raise ValueError("bad cell")

    model = ColumnTableModel([ColumnSpec("x", "X", formatter=broken)])
    model.set_columns({"x": ["a", "b"]}, row_ids=[1, 2])
    with qtbot.waitSignal(model.sig_error_occurred, timeout=1000) as blocker:
        assert cell(model, 0, 0) is None
        assert cell(model, 1, 0) is None
    assert "bad cell" in blocker.args[0] and model.error_text == blocker.args[0]
    assert cell(model, 1, 0, USER) == 2  # other roles still work
    model.set_columns({"x": ["c"]}, row_ids=[3])
    assert model.error_text is None


def test_out_of_range_and_invalid_indexes_give_none() -> None:
    model = make_model(5)
    assert model.data(model.index(5, 0)) is None
    assert model.data(model.index(0, 9)) is None
    assert model.row_id_at(5) is None and model.row_id_at(-1) is None
    with pytest.raises(IndexError):
        model.set_view([0, 5])


def test_set_columns_validates_lengths_and_keys() -> None:
    model = ColumnTableModel(SPECS)
    with pytest.raises(KeyError):
        model.set_columns({"name": ["a"]}, row_ids=[1])
    cols = sample_columns(3)
    cols["kva"] = np.zeros(4)
    with pytest.raises(ValueError):
        model.set_columns(cols, row_ids=[1, 2, 3])


def test_sorting_keeps_the_selected_row_selected(qtbot) -> None:
    model = make_model(30)
    view = ColumnTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().select(
        model.index(4, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.setCurrentIndex(model.index(4, 0))
    chosen = model.row_id_at(4)
    model.set_view(sort_index(model.columns, "count", DESC))
    assert view.selected_row_ids() == [chosen]
    assert model.row_id_at(view.currentIndex().row()) == chosen


# --- sort / filter helpers --------------------------------------------------------------------------------

def test_sort_numbers_with_nan_last_in_both_directions_and_stable_ties() -> None:
    cols = {"v": np.array([3.0, np.nan, 1.0, 3.0, np.nan, 2.0, 1.0])}
    assert sort_index(cols, "v", ASC).tolist() == [2, 6, 5, 0, 3, 1, 4]
    assert sort_index(cols, "v", DESC).tolist() == [0, 3, 5, 2, 6, 1, 4]


def test_sort_text_with_none_last_by_code_point_or_pinyin() -> None:
    cols = {"name": np.array(["张三", None, "阿明", "李四", "张三", "Bob", None], dtype=object)}
    asc = sort_index(cols, "name", ASC)
    assert [cols["name"][i] for i in asc] == ["Bob", "张三", "张三", "李四", "阿明", None, None]
    assert asc.tolist()[1:3] == [0, 4]  # equal names keep their order
    pinyin = sort_index(cols, "name", ASC, collator=chinese_collator())
    # Chinese collation orders Han by pinyin and puts them before Latin script.
    assert [cols["name"][i] for i in pinyin] == ["阿明", "李四", "张三", "张三", "Bob", None, None]
    desc = sort_index(cols, "name", DESC, collator=chinese_collator())
    assert [cols["name"][i] for i in desc] == ["Bob", "张三", "张三", "李四", "阿明", None, None]
    assert desc.tolist()[1:3] == [0, 4]


def test_sort_dates_with_nat_and_within_a_filtered_view() -> None:
    d = np.array(["2025-03-01", "NaT", "2025-01-01", "2025-02-01"], dtype="datetime64[D]")
    assert sort_index({"d": d}, "d", ASC).tolist() == [2, 3, 0, 1]
    assert sort_index({"d": d}, "d", DESC, index=[0, 1, 3]).tolist() == [0, 3, 1]


def test_sort_mixed_types_numbers_before_text_or_all_as_text() -> None:
    assert sort_index({"m": [10, "9", None, 2.5]}, "m", ASC).tolist() == [3, 0, 1, 2]
    # Dates and numbers do not compare: everything sorts by its text ("2025-01-01" < "5" < "abc").
    assert sort_index({"m": [dt.date(2025, 1, 1), 5, None, "abc"]}, "m", ASC).tolist() == [0, 1, 3, 2]


def test_filter_is_literal_substring_case_insensitive_and_skips_missing() -> None:
    cols = {
        "name": np.array(["张三电器", None, "ABC电器", "abc超市", "a.c"], dtype=object),
        "addr": pd.Series(["杭州市", "杭州市西湖区", None, "宁波", "温州"]),
        "kva": np.array([100.0, np.nan, 250.0, 315.0, 50.0]),
    }
    assert filter_mask(cols, ["name"], "电器").tolist() == [True, False, True, False, False]
    assert filter_mask(cols, ["name"], "abc").tolist() == [False, False, True, True, False]
    assert filter_mask(cols, ["name"], "abc", case=True).tolist() == [False, False, False, True, False]
    assert filter_mask(cols, ["name"], "a.c").tolist() == [False, False, False, False, True]  # not a regex
    assert filter_mask(cols, ["name", "addr"], "西湖").tolist() == [False, True, False, False, False]
    assert filter_mask(cols, ["kva"], "31").tolist() == [False, False, False, True, False]
    assert filter_mask(cols, ["name"], "  ").all()


def test_apply_mask_keeps_sort_order() -> None:
    cols = {"v": np.array([5, 1, 4, 2, 3])}
    order = sort_index(cols, "v", ASC)
    assert apply_mask(order, cols["v"] % 2 == 1).tolist() == [1, 4, 0]


# --- view -------------------------------------------------------------------------------------------------

@pytest.fixture
def shown_view(qtbot):
    model = make_model(50)
    view = ColumnTableView(row_height=30)
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def test_view_uses_fixed_row_heights_and_spec_widths(shown_view) -> None:
    view, model = shown_view
    from PySide6.QtWidgets import QHeaderView

    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert {view.rowHeight(r) for r in (0, 10, 49)} == {30}
    assert view.columnWidth(0) == 200 and view.columnWidth(1) == 120


def test_header_click_requests_sort_and_toggles_order(qtbot, shown_view) -> None:
    view, model = shown_view
    header = view.horizontalHeader()
    pos = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    point = header.viewport().rect().center()
    point.setX(pos)
    with qtbot.waitSignal(view.sig_sort_requested, timeout=1000) as first:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    with qtbot.waitSignal(view.sig_sort_requested, timeout=1000) as second:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert first.args == ["kva", ASC] and second.args == ["kva", DESC]
    assert model.view_index.tolist() == list(range(50))  # the view only asks; the caller sorts
    point.setX(header.sectionViewportPosition(2) + header.sectionSize(2) // 2)
    with qtbot.waitSignal(view.sig_sort_requested, timeout=1000) as other:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert other.args == ["count", ASC]  # a new column starts ascending


def test_double_click_and_enter_activate_the_row_id(qtbot, shown_view) -> None:
    view, model = shown_view
    index = model.index(3, 0)
    centre = view.visualRect(index).center()
    with qtbot.waitSignal(view.sig_row_activated, timeout=1000) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a real double click starts with a press
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == [1003]
    view.setCurrentIndex(model.index(7, 2))
    with qtbot.waitSignal(view.sig_row_activated, timeout=1000) as entered:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert entered.args == [1007]


def test_header_state_round_trip(qtbot, shown_view) -> None:
    view, model = shown_view
    view.setColumnWidth(0, 333)
    view.set_sort_indicator("count", DESC)
    state = view.header_state()
    other = ColumnTableView()
    qtbot.addWidget(other)
    other.setModel(model)
    assert other.columnWidth(0) == 200
    assert other.restore_header_state(state)
    assert other.columnWidth(0) == 333
    assert other.horizontalHeader().sortIndicatorSection() == 2
    assert other.horizontalHeader().sortIndicatorOrder() == DESC
    assert not other.restore_header_state(b"not a header state")


# --- a million rows ---------------------------------------------------------------------------------------

@pytest.mark.slow
def test_million_rows_show_sort_filter_and_activate(qtbot) -> None:
    n = 1_000_000
    rng = np.random.default_rng(1)
    surnames = np.array(["张", "李", "王", "赵", "陈", "刘"], dtype=object)
    names = surnames[rng.integers(0, 6, n)] + rng.integers(0, 100_000, n).astype(str).astype(object)
    names[::1000] = None
    kva = rng.uniform(0, 10_000, n)
    model = ColumnTableModel([ColumnSpec("name", "客户名称"), ColumnSpec("kva", "容量", "float")])
    model.set_columns({"name": names, "kva": kva}, row_ids=np.arange(n))
    view = ColumnTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == n

    order = sort_index(model.columns, "kva", DESC)
    model.set_view(order)
    assert np.all(np.diff(kva[model.view_index]) <= 0)
    assert cell(model, 0, 1) == f"{kva.max():,.2f}"

    mask = filter_mask(model.columns, ["name"], "张99")
    model.set_view(apply_mask(order, mask))
    shown = names[model.view_index]
    assert len(shown) == mask.sum() > 0 and all("张99" in s for s in shown)
    assert np.all(np.diff(kva[model.view_index]) <= 0)

    by_name = sort_index(model.columns, "name", ASC)
    assert names[by_name[-1]] is None and names[by_name[0]] is not None
    model.set_view(by_name)
    view.scrollToBottom()
    last = model.rowCount() - 1
    assert cell(model, last, 0) == "" and model.row_id_at(last) == int(by_name[-1])
