"""Shared field parsers: numbers, dates, phones, ID numbers, closed lists."""
from __future__ import annotations

from datetime import date

import pytest

from console.core.imports.messages import UserMessage
from console.core.imports.parsers import (choice, credit_code_ok, date_value, id_number, phone,
                                          positive_number, resident_id_ok, text)

LABEL = UserMessage("字段", "Field")


@pytest.mark.parametrize(("cell", "value"), [
    ("2000", 2000.0), ("2,000", 2000.0), ("42.5", 42.5), ("630kVA", 630.0), ("630 KVA", 630.0),
    ("８００千伏安", 800.0), (".5", 0.5),
])
def test_positive_number_accepts(cell: str, value: float) -> None:
    result = positive_number(LABEL, units=("kVA", "千伏安"))(cell)
    assert result.error is None and result.value == value


@pytest.mark.parametrize("cell", ["0", "-5", "abc", "1e3", "nan", "inf", "2,00", "1.2.3", "10kW", "99999999999999"])
def test_positive_number_rejects(cell: str) -> None:
    result = positive_number(LABEL, units=("kVA",))(cell)
    assert result.error is not None and result.error.zh == f"字段应为正数：{cell}" and not result.supplied


def test_positive_integer() -> None:
    parse = positive_number(LABEL, integer=True)
    assert parse("3").value == 3 and parse("3.0").value == 3
    assert parse("3.5").error is not None


@pytest.mark.parametrize(("cell", "value"), [
    ("2024-01-05", date(2024, 1, 5)), ("2024/1/5", date(2024, 1, 5)), ("2024.1.5", date(2024, 1, 5)),
    ("20240105", date(2024, 1, 5)), ("2024年1月5日", date(2024, 1, 5)), ("2024-01-05 08:30:00", date(2024, 1, 5)),
    ("2024-01-05T08:30", date(2024, 1, 5)), ("２０２４／１／５", date(2024, 1, 5)),
])
def test_dates(cell: str, value: date) -> None:
    result = date_value(LABEL)(cell)
    assert result.error is None and result.warning is None and result.value == value


def test_excel_serial_date_is_read_with_a_warning() -> None:
    result = date_value(LABEL)("45296")
    assert result.value == date(2024, 1, 5)
    assert result.warning is not None and "Excel 日期序号 45296" in result.warning.zh


@pytest.mark.parametrize("cell", ["2024-02-30", "2024-13-01", "1/5/2024", "yesterday", "20241305", "1899-12-31", "12"])
def test_bad_dates(cell: str) -> None:
    result = date_value(LABEL)(cell)
    assert result.error is not None and result.error.zh.startswith("字段无法识别：")


@pytest.mark.parametrize(("cell", "value"), [
    ("13661318609", "13661318609"), ("136 6131 8609", "13661318609"), ("+86 136-6131-8609", "13661318609"),
    ("'13661318609", "13661318609"), ("0571-87654321", "0571-87654321"), ("(0571)87654321", "0571-87654321"),
    ("057187654321", "0571-87654321"), ("010-62345678", "010-62345678"), ("01062345678", "010-62345678"),
    ("021-6234567", "021-6234567"), ("0571-87654321-123", "0571-87654321-123"),
    ("0571-87654321转8", "0571-87654321-8"),
])
def test_phones(cell: str, value: str) -> None:
    result = phone(LABEL)(cell)
    assert result.error is None and result.value == value


@pytest.mark.parametrize("cell", ["87654321", "95598", "12345678901", "1366131860", "0571-0123456",
                                  "phone", "136613186090"])
def test_bad_phones_do_not_echo_the_number(cell: str) -> None:
    result = phone(LABEL)(cell)
    assert result.error is not None and result.error.zh == "字段应为11位手机号或带区号的固定电话"


def test_several_phones_in_one_cell() -> None:
    result = phone(LABEL)("13661318609;13912345678")
    assert result.error is not None and result.error.zh == "字段只能填一个号码"


def test_masked_values_are_not_supplied() -> None:
    for parser, cell in ((phone(LABEL), "136****8609"), (id_number(LABEL), "330***********1234")):
        result = parser(cell)
        assert not result.supplied and result.error is None and result.warning is not None
        assert "已脱敏" in result.warning.zh


def test_resident_id_check_digit_and_birth_date() -> None:
    assert resident_id_ok("11010519491231002X")
    assert not resident_id_ok("110105194912310021")  # check character
    assert not resident_id_ok("110105194913310026")  # month 13
    assert credit_code_ok("91350100M000100Y43")
    assert not credit_code_ok("91350100M000100Y44")


@pytest.mark.parametrize(("cell", "value", "warned"), [
    ("11010519491231002x", "11010519491231002X", False),
    ("91350100M000100Y43", "91350100M000100Y43", False),
    ("110105194912310021", "110105194912310021", True),
    ("110105491231002", "110105491231002", True),
    ("E12345678", "E12345678", True),
])
def test_id_numbers_are_kept_and_doubtful_ones_warned(cell: str, value: str, warned: bool) -> None:
    result = id_number(LABEL)(cell)
    assert result.error is None and result.value == value and (result.warning is not None) == warned
    if result.warning is not None:
        assert value not in result.warning.zh


def test_id_number_too_long_for_the_column_is_rejected() -> None:
    assert id_number(LABEL)("1" * 21).error is not None


def test_choice_and_text() -> None:
    parse = choice(LABEL, {"集团要客": "key_account", "key_account": "key_account"})
    assert parse("Key Account").value == "key_account" and parse("集团要客").value == "key_account"
    assert parse("大客户").error == UserMessage("未知字段：大客户", "unknown Field: 大客户")
    assert text(LABEL, 3)("四个字符").error is not None and text(LABEL, 4)("四个字符").value == "四个字符"
