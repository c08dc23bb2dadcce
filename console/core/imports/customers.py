"""The customer portfolio import: columns of the marketing system's customer export and how each is checked.

Field keys match the ``Customer`` model's attributes where one exists; ``team`` and ``manager`` stay names (as
written in the file) for the service to resolve to ids, adding a reason via ``spec.reject_more`` when a name
is unknown. Text limits follow the model's column lengths.
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping

from console.core.imports.messages import UserMessage
from console.core.imports.parsers import choice, compact, date_value, id_number, phone, positive_number, text
from console.core.imports.spec import FieldSpec, ImportPlan, ImportSpec, Parsed, bad, ok, plan_import
from console.core.imports.tabular import Table, read_table

SEGMENTS: dict[str, str] = {
    "普通客户": "ordinary", "ordinary": "ordinary", "ordinary customer": "ordinary",
    "集团要客": "key_account", "key_account": "key_account", "key account": "key_account",
    "充电设施专项客户": "ev_charging", "ev_charging": "ev_charging", "ev charging": "ev_charging",
    "EV charging customer": "ev_charging",
}
KEY_GRADES: dict[str, str] = {
    "特级": "special", "一级": "first", "二级": "second", "三级": "third",
    "special": "special", "first": "first", "second": "second", "third": "third",
}
# Voltage levels as the marketing system writes them (the stored value); spellings such as "10kV", "AC 10kV",
# "10千伏" and "0.4kV" are accepted for them.
VOLTAGE_LEVELS: tuple[str, ...] = (
    "交流220V", "交流380V", "交流660V", "交流1000V", "交流3kV", "交流6kV", "交流10kV", "交流20kV", "交流35kV",
    "交流66kV", "交流110kV", "交流220kV", "交流330kV", "交流500kV", "交流750kV", "交流1000kV",
)
_VOLTAGE_SPELLINGS = {"0.4kv": "交流380V", "400v": "交流380V", "0.22kv": "交流220V", "0.38kv": "交流380V"}

_ACCOUNT_DIGITS = 10
_SCIENTIFIC = re.compile(r"\d(\.\d+)?E\+?\d+", re.IGNORECASE)


def _voltage_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for level in VOLTAGE_LEVELS:
        match = re.fullmatch(r"交流(\d+)(kV|V)", level)
        assert match is not None
        number, unit = match[1], match[2].casefold()
        units = (unit, "千伏") if unit == "kv" else (unit, "伏")
        for prefix in ("", "交流", "ac"):
            for spelled in units:
                lookup[f"{prefix}{number}{spelled}"] = level
    for spelling, level in _VOLTAGE_SPELLINGS.items():
        for prefix in ("", "交流", "ac"):
            lookup[prefix + spelling] = level
    return lookup


_VOLTAGES = _voltage_lookup()


def parse_account_no(cell: str) -> Parsed:
    """户号: exactly 10 digits once Excel's decorations (apostrophe, ``.0``, full-width digits) are gone."""
    raw = compact(cell)
    raw = re.sub(r"^(\d+)\.0+$", r"\1", raw)
    if re.fullmatch(rf"\d{{{_ACCOUNT_DIGITS}}}", raw):
        return ok(raw)
    if _SCIENTIFIC.fullmatch(raw):
        return bad(UserMessage(
            "户号应为10位数字（Excel 以科学计数法显示，数字已丢失：请把该列设为文本后重新导出）",
            "account number must be 10 digits (Excel shows it in scientific notation and digits are lost: "
            "format the column as text and export again)",
        ))
    return bad(UserMessage("户号应为10位数字", "account number must be 10 digits"))


def parse_voltage(cell: str) -> Parsed:
    level = _VOLTAGES.get(compact(cell).casefold())
    if level is None:
        return bad(UserMessage(f"未知电压等级：{cell}", f"unknown voltage level: {cell}"))
    return ok(level)


def _label(zh: str, en: str) -> UserMessage:
    return UserMessage(zh, en)


ACCOUNT = _label("户号", "Account number")
NAME = _label("户名", "Customer name")
ADDRESS = _label("用电地址", "Supply address")
SEGMENT = _label("客户分类", "Customer segment")
KEY_GRADE = _label("要客等级", "Key account grade")
USAGE = _label("用电类别", "Usage category")
VOLTAGE = _label("电压等级", "Voltage level")
CAPACITY = _label("合同容量(kVA)", "Contract capacity (kVA)")
INDUSTRY = _label("行业分类", "Industry")
TEAM = _label("所属团队", "Team")
MANAGER = _label("客户经理", "Customer manager")
CONTACT = _label("联系人", "Contact")
PHONE = _label("联系电话", "Phone")
ID_NUMBER = _label("证件号码", "ID number")
OPENED = _label("立户日期", "Account opened on")

CUSTOMER_SPEC = ImportSpec(
    fields=(
        FieldSpec("account_no", ACCOUNT, ("户号(10位)", "用户编号", "客户编号", "account_no", "account no"),
                  parse_account_no, required=True),
        FieldSpec("name", NAME, ("客户名称", "用户名称", "name", "customer"), text(NAME, 100), required=True),
        FieldSpec("address", ADDRESS, ("地址", "用电地址(详细)", "address"), text(ADDRESS, 200)),
        FieldSpec("segment", SEGMENT, ("客户分级", "客户类型", "segment"), choice(SEGMENT, SEGMENTS), required=True),
        FieldSpec("key_grade", KEY_GRADE, ("要客级别", "key grade", "grade"), choice(KEY_GRADE, KEY_GRADES)),
        FieldSpec("usage_category", USAGE, ("用电分类", "usage category", "usage"), text(USAGE, 30)),
        FieldSpec("voltage_level", VOLTAGE, ("供电电压", "voltage", "voltage level"), parse_voltage),
        FieldSpec("capacity_kva", CAPACITY, ("合同容量", "合同容量(千伏安)", "容量", "capacity", "capacity_kva",
                                              "capacity (kVA)"),
                  positive_number(CAPACITY, units=("kVA", "千伏安"), maximum=10_000_000)),
        FieldSpec("industry", INDUSTRY, ("行业", "行业类别", "industry"), text(INDUSTRY, 50)),
        FieldSpec("team", TEAM, ("团队", "服务团队", "所属服务团队", "team"), text(TEAM, 50)),
        FieldSpec("manager", MANAGER, ("manager", "account manager"), text(MANAGER, 50)),
        FieldSpec("contact_name", CONTACT, ("联系人姓名", "contact name", "contact_name"), text(CONTACT, 50)),
        FieldSpec("phone", PHONE, ("电话", "手机", "手机号", "联系方式", "mobile", "phone number"), phone(PHONE)),
        FieldSpec("id_number", ID_NUMBER, ("身份证号", "身份证号码", "证件号", "id_number", "id no"),
                  id_number(ID_NUMBER)),
        FieldSpec("opened_on", OPENED, ("立户时间", "开户日期", "opened_on", "opened on"), date_value(OPENED)),
    ),
    key="account_no",
    origin=UserMessage("营销系统", "the marketing system"),
)

# The template header (and the column order of a re-importable customer export).
CUSTOMER_COLUMNS: tuple[str, ...] = tuple(f.label.zh for f in CUSTOMER_SPEC.fields)


def read_customer_file(source: str | os.PathLike[str] | bytes, *, sheet: str | None = None) -> Table:
    return read_table(source, CUSTOMER_SPEC.known_headers(), sheet=sheet, origin=CUSTOMER_SPEC.origin)


def plan_customer_import(source: str | os.PathLike[str] | bytes, existing: Mapping[str, Mapping[str, object]],
                         *, sheet: str | None = None) -> ImportPlan:
    """Read and check a customer file; ``existing`` maps account number → stored values by field key."""
    return plan_import(read_customer_file(source, sheet=sheet), CUSTOMER_SPEC, existing)
