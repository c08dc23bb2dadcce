"""The generic import plan: one outcome per row, duplicates, updates only on change, blanks never clear."""
from __future__ import annotations

import pytest

from console.core.imports.messages import ImportFileError, UserMessage
from console.core.imports.parsers import positive_number, text
from console.core.imports.spec import (Action, FieldSpec, ImportSpec, bind_columns, plan_import,
                                       reject_more, rejects_table)
from console.core.imports.tabular import read_table

CODE = UserMessage("编码", "Code")
NAME = UserMessage("名称", "Name")
QTY = UserMessage("数量", "Quantity")
SPEC = ImportSpec(
    fields=(
        FieldSpec("code", CODE, ("item code",), text(CODE, 8), required=True),
        FieldSpec("name", NAME, (), text(NAME, 20), required=True),
        FieldSpec("qty", QTY, ("qty",), positive_number(QTY, integer=True)),
    ),
    key="code",
)


def plan(csv_text: str, existing: dict[str, dict[str, object]] | None = None):  # noqa: ANN201
    table = read_table(csv_text.encode("utf-8"), SPEC.known_headers())
    return plan_import(table, SPEC, existing or {})


def test_add_update_unchanged_reject() -> None:
    result = plan("编码,名称,数量\nA1,手套,2\nA2,验电器,3\nA3,绝缘杆,1\nA4,,x\n",
                  {"A2": {"code": "A2", "name": "验电器", "qty": 5}, "A3": {"code": "A3", "name": "绝缘杆", "qty": 1}})
    actions = [(o.line_no, o.action) for o in result.outcomes]
    assert actions == [(2, Action.ADD), (3, Action.UPDATE), (4, Action.UNCHANGED), (5, Action.REJECT)]
    assert result.outcomes[1].changed == ("qty",) and result.outcomes[1].values["qty"] == 3
    assert [r.zh for r in result.outcomes[3].reasons] == ["名称不能为空", "数量应为正整数：x"]
    assert result.counts() == {Action.ADD: 1, Action.UPDATE: 1, Action.UNCHANGED: 1, Action.REJECT: 1}
    assert [o.key for o in result.of(Action.REJECT)] == ["A4"]


def test_blank_cells_and_absent_columns_never_clear_stored_values() -> None:
    stored = {"A1": {"code": "A1", "name": "手套", "qty": 7}}
    assert plan("编码,名称,数量\nA1,手套,\n", stored).outcomes[0].action is Action.UNCHANGED
    assert plan("编码,名称\nA1,手套\n", stored).outcomes[0].action is Action.UNCHANGED
    assert "qty" not in plan("编码,名称\nA1,手套\n").outcomes[0].values


def test_identical_duplicate_keeps_first_and_rejects_the_repeat() -> None:
    result = plan("编码,名称,数量\nA1,手套,2\nB1,靴,1\nA1,手套,2.0\n")
    assert [o.action for o in result.outcomes] == [Action.ADD, Action.ADD, Action.REJECT]
    assert [r.zh for r in result.outcomes[2].reasons] == ["与第2行完全重复"]


def test_conflicting_duplicates_are_all_rejected_pointing_at_each_other() -> None:
    result = plan("编码,名称,数量\nA1,手套,2\nA1,手套,3\nB1,靴,1\nA1,套,2\n")
    assert [o.action for o in result.outcomes] == [Action.REJECT, Action.REJECT, Action.ADD, Action.REJECT]
    assert result.outcomes[0].reasons[0].zh == "编码A1在第3、5行也出现且内容不同：请只保留正确的一行"
    assert result.outcomes[3].reasons[0].zh == "编码A1在第2、3行也出现且内容不同：请只保留正确的一行"
    assert "line(s) 2, 3" in result.outcomes[3].reasons[0].en


def test_invalid_key_keeps_the_cell_text_as_key_and_is_not_a_duplicate() -> None:
    result = plan("编码,名称\nTOO-LONG-CODE,甲\nTOO-LONG-CODE,甲\n,乙\n")
    assert [o.key for o in result.outcomes] == ["TOO-LONG-CODE", "TOO-LONG-CODE", None]
    assert all(len(o.reasons) == 1 for o in result.outcomes)


def test_cells_beyond_the_header_reject_the_row_but_trailing_empties_do_not() -> None:
    result = plan("编码,名称\nA1,杭州市,上城区\nA2,乙,,,\n")
    assert result.outcomes[0].action is Action.REJECT and "未加引号的逗号" in result.outcomes[0].reasons[0].zh
    assert result.outcomes[1].action is Action.ADD


def test_short_rows_are_padded_with_blanks() -> None:
    result = plan("编码,名称,数量\nA1\n")
    assert [r.zh for r in result.outcomes[0].reasons] == ["名称不能为空"]


def test_missing_required_column_lists_them() -> None:
    with pytest.raises(ImportFileError) as caught:
        plan("数量,备注\n1,x\n")
    assert caught.value.zh.startswith("缺少必需列：编码、名称。")
    assert caught.value.en.startswith("Required columns missing: Code, Name.")


def test_same_field_twice_is_a_file_error() -> None:
    with pytest.raises(ImportFileError, match="“数量”和“qty”都是数量列"):
        bind_columns(("编码", "名称", "数量", "qty"), SPEC)


def test_unknown_columns_are_listed_and_english_titles_bind() -> None:
    result = plan("Code,Name,Qty,备注,\nA1,手套,2,易损,\n")
    assert result.ignored_columns == ("备注",)
    assert result.columns == {"code": 0, "name": 1, "qty": 2}
    assert result.outcomes[0].cells == ("A1", "手套", "2", "易损")


def test_reject_more_turns_rows_into_rejects() -> None:
    result = plan("编码,名称\nA1,甲\nA2,乙\n")
    extra = UserMessage("未知团队：城北", "unknown team: 城北")
    updated = reject_more(result, {3: [extra]})
    assert [o.action for o in updated.outcomes] == [Action.ADD, Action.REJECT]
    assert updated.outcomes[1].reasons == (extra,)


def test_spec_refuses_ambiguous_titles_and_optional_keys() -> None:
    with pytest.raises(ValueError):
        ImportSpec((FieldSpec("a", CODE, required=True), FieldSpec("b", NAME, ("编码",))), key="a")
    with pytest.raises(ValueError):
        ImportSpec((FieldSpec("a", CODE),), key="a")


def test_rejects_table_reimports_once_fixed() -> None:
    result = plan("编码,名称,数量\nA1,手套,2\nA2,,x\nA3,靴,1,多余\n")
    columns, rows = rejects_table(result)
    assert columns == ["编码", "名称", "数量", "", "原行号", "未导入原因"]
    assert rows == [("A2", "", "x", "", "3", "名称不能为空；数量应为正整数：x"),
                    ("A3", "靴", "1", "多余", "4", "本行比表头多出1个非空单元格（是否有未加引号的逗号？）")]
    assert rejects_table(result, "en")[1][0][-1] == "Name is empty; Quantity must be a positive whole number: x"
    fixed = [("A2", "验电器", "3", "", "3", "…"), ("A3", "靴", "1", "", "4", "…")]
    text = "\n".join(",".join(r) for r in [tuple(columns), *fixed]) + "\n"
    again = plan(text)
    assert [o.action for o in again.outcomes] == [Action.ADD, Action.ADD]
    assert again.ignored_columns == ("原行号", "未导入原因")
