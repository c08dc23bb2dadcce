"""Field parsers shared by every import (customers now, warehouse bulk registration next).

Each factory takes the field's label and returns a parser ``str → Parsed``; parsers are only called on non-blank,
already normalised cells and never raise. Reasons never repeat a phone or ID number: they end up in logs and
rejects files that travel further than the source file should.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from console.core.imports.messages import UserMessage
from console.core.imports.spec import Parsed, Parser, bad, ok, skip

_SPACES = re.compile(r"\s+")


def compact(cell: str) -> str:
    """Code-like cell (number, phone, ID): NFKC (so ㎸ → kV), no spaces, no leading apostrophe Excel users type."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", cell)).lstrip("'‘’`")


def choice_key(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", unicodedata.normalize("NFKC", text)).casefold()


def text(label: UserMessage, max_len: int) -> Parser:
    def parse(cell: str) -> Parsed:
        if len(cell) > max_len:
            return bad(UserMessage(f"{label.zh}超过{max_len}个字", f"{label.en} is longer than {max_len} characters"))
        return ok(cell)
    return parse


def choice(label: UserMessage, values: Mapping[str, str]) -> Parser:
    """One of a closed list; ``values`` maps every accepted spelling to the stored code."""
    lookup = {choice_key(spelling): code for spelling, code in values.items()}

    def parse(cell: str) -> Parsed:
        code = lookup.get(choice_key(cell))
        if code is None:
            return bad(UserMessage(f"未知{label.zh}：{cell}", f"unknown {label.en}: {cell}"))
        return ok(code)
    return parse


_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")


def positive_number(label: UserMessage, *, units: tuple[str, ...] = (), integer: bool = False,
                    maximum: float = 1e12) -> Parser:
    """A number > 0, optionally followed by one of ``units`` (``2000kVA``) and with thousands separators."""
    unit_keys = sorted((choice_key(u) for u in units), key=len, reverse=True)
    kind_zh, kind_en = ("正整数", "a positive whole number") if integer else ("正数", "a positive number")

    def parse(cell: str) -> Parsed:
        raw = compact(cell)
        for unit in unit_keys:
            if raw.casefold().endswith(unit):
                raw = raw[: len(raw) - len(unit)]
                break
        if _GROUPED.fullmatch(raw):
            raw = raw.replace(",", "")
        problem = UserMessage(f"{label.zh}应为{kind_zh}：{cell}", f"{label.en} must be {kind_en}: {cell}")
        if not _NUMBER.fullmatch(raw):
            return bad(problem)
        try:
            number = Decimal(raw)
        except InvalidOperation:
            return bad(problem)
        if number <= 0 or number > Decimal(repr(maximum)) or (integer and number != number.to_integral_value()):
            return bad(problem)
        return ok(int(number) if integer else float(number))
    return parse


_DATE_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_DATE_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_EXCEL_SERIAL = re.compile(r"(\d{5})(\.0+)?")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's phantom 1900-02-29 is accounted for


def date_value(label: UserMessage, *, earliest: date = date(1900, 1, 1), latest: date = date(2100, 12, 31)) -> Parser:
    """2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, 20240105, a date-time (time dropped) or an Excel serial."""
    def parse(cell: str) -> Parsed:
        raw = unicodedata.normalize("NFKC", cell).strip()
        problem = UserMessage(f"{label.zh}无法识别：{cell}（应为 2024-01-05 这样的日期）",
                              f"{label.en} is not a date: {cell} (expected e.g. 2024-01-05)")
        warning = None
        head = re.split(r"[T\s]", raw, maxsplit=1)[0] if _DATE_YMD.match(raw) else raw
        match = _DATE_YMD.fullmatch(head) or _DATE_COMPACT.fullmatch(head)
        if match:
            try:
                value = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return bad(problem)
        elif serial := _EXCEL_SERIAL.fullmatch(raw):
            value = _EXCEL_EPOCH + timedelta(days=int(serial[1]))
            warning = UserMessage(f"{label.zh}按 Excel 日期序号 {serial[1]} 解读为 {value.isoformat()}",
                                  f"{label.en} read as Excel date serial {serial[1]} = {value.isoformat()}")
        else:
            return bad(problem)
        if not earliest <= value <= latest:
            return bad(problem)
        return ok(value, warning)
    return parse


_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"(0\d{2,3})-?([2-9]\d{6,7})(?:(?:-|转|ext\.?|x)(\d{1,6}))?", re.IGNORECASE)
_SEVERAL = re.compile(r"[;；,，、/]|\d\s+1[3-9]\d{9}")


def _masked(label: UserMessage) -> Parsed:
    return skip(UserMessage(f"{label.zh}已脱敏（含*），未导入该项，原值保持不变",
                            f"{label.en} is masked (contains *); not imported, the stored value is kept"))


def phone(label: UserMessage) -> Parser:
    """An 11-digit mobile (``+86`` dropped) or a landline with area code, stored as ``0571-87654321[-ext]``."""
    def parse(cell: str) -> Parsed:
        if "*" in cell or "＊" in cell:
            return _masked(label)
        if _SEVERAL.search(cell):
            return bad(UserMessage(f"{label.zh}只能填一个号码", f"{label.en} must hold a single number"))
        raw = re.sub(r"[\s()（）]", "", compact(cell))
        mobile = re.sub(r"^(\+86|0086|86)(?=1\d{10}$)", "", raw.replace("-", ""))
        if _MOBILE.fullmatch(mobile):
            return ok(mobile)
        match = _LANDLINE.fullmatch(raw)
        if match:
            area, number, ext = match[1], match[2], match[3]
            if len(area) == 4 and area.startswith(("010", "02")):  # Beijing and 02x areas have 3-digit codes
                area, number = area[:3], area[3:] + number
            if 7 <= len(number) <= 8 and number[0] not in "01":
                return ok(f"{area}-{number}" + (f"-{ext}" if ext else ""))
        return bad(UserMessage(f"{label.zh}应为11位手机号或带区号的固定电话",
                               f"{label.en} must be an 11-digit mobile or a landline with area code"))
    return parse


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def resident_id_ok(value: str) -> bool:
    """GB 11643: 17 digits, a real birth date, and the ISO 7064 MOD 11-2 check character."""
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if born.year < 1900:
        return False
    total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == value[17]


_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_code_ok(code: str) -> bool:
    """GB 11714 organisation code (9 characters, MOD 11 check) embedded at positions 9-17 of a credit code."""
    if not re.fullmatch(r"[0-9A-Z]{8}[0-9X]", code):
        return False
    total = sum(int(c, 36) * w for c, w in zip(code[:8], _ORG_WEIGHTS))
    check = 11 - total % 11
    return code[8] == {10: "X", 11: "0"}.get(check, str(check))


def credit_code_ok(value: str) -> bool:
    """GB 32100 unified social credit code (organisations): MOD 31 check character over the whole code, and the
    embedded organisation code's own check; both together keep a mistyped resident ID from passing by chance."""
    if len(value) != 18 or any(c not in _USCC_CHARS for c in value):
        return False
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(value[:17], _USCC_WEIGHTS))
    return _USCC_CHARS[(31 - total % 31) % 31] == value[17] and _org_code_ok(value[8:17])


def id_number(label: UserMessage, max_len: int = 20) -> Parser:
    """Resident ID or organisation credit code. Anything that fails its check is kept with a warning, not rejected.

    The number belongs to the contact, not to the account: refusing the whole customer over it would keep a
    correct account out of the portfolio, while the warning puts the doubtful number in front of the manager.
    """
    def parse(cell: str) -> Parsed:
        if "*" in cell or "＊" in cell:
            return _masked(label)
        value = compact(cell).upper()
        if len(value) > max_len:
            return bad(UserMessage(f"{label.zh}超过{max_len}个字符", f"{label.en} is longer than {max_len} characters"))
        if resident_id_ok(value) or credit_code_ok(value):
            return ok(value)
        if re.fullmatch(r"\d{15}", value):
            return ok(value, UserMessage(f"{label.zh}是15位旧身份证号，已按原样导入",
                                         f"{label.en} is an old 15-digit ID; imported as written"))
        if len(value) == 18:
            return ok(value, UserMessage(
                f"{label.zh}校验不通过（出生日期或校验位不符），已按原样导入，请核对",
                f"{label.en} fails its check (birth date or check character); imported as written, please verify",
            ))
        return ok(value, UserMessage(f"{label.zh}不是身份证号或统一社会信用代码，已按原样导入，请核对",
                                     f"{label.en} is neither a resident ID nor a credit code; imported as written"))
    return parse
