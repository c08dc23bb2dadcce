"""Warehouse bulk registration (信息采集): the columns of an item list and how each cell is checked.

The key is the tag's EPC, written as 24 hex digits, a tag URI (``urn:epc:tag:giai-96:0.6901234.10000001``) or a
pure identity URI (``urn:epc:id:giai:6901234.10000001``, filter 0); it is stored as upper-case hex. Item type and
shelf stay as written (code or name) for the service to resolve, which also checks that the EPC scheme suits the
type (GIAI/GRAI for individually tracked tools, SGTIN for counted stock).
"""
from __future__ import annotations

import os
from collections.abc import Mapping

from console.core.epc import EpcError, parse
from console.core.imports.messages import UserMessage
from console.core.imports.parsers import choice, compact, date_value, positive_number, text
from console.core.imports.spec import FieldSpec, ImportPlan, ImportSpec, Parsed, bad, ok, plan_import
from console.core.imports.tabular import Table, read_table

SUPPORTED_SCHEMES = ("giai-96", "grai-96", "sgtin-96")


def parse_epc(cell: str) -> Parsed:
    raw = compact(cell)
    try:
        epc = parse(raw)
    except EpcError as exc:
        return bad(UserMessage(f"EPC 无法识别（应为24位十六进制或 urn:epc 标签URI）：{cell}",
                               f"EPC not recognised (24 hex digits or an urn:epc tag URI expected): {cell} — {exc}"))
    if epc.scheme not in SUPPORTED_SCHEMES:
        return bad(UserMessage(f"EPC 编码方案 {epc.scheme} 不用于库房物资（应为 GIAI-96、GRAI-96 或 SGTIN-96）",
                               f"EPC scheme {epc.scheme} is not used for warehouse items (GIAI-96, GRAI-96 or "
                               "SGTIN-96 expected)"))
    return ok(epc.hex)


EPC = UserMessage("EPC", "EPC")
TYPE = UserMessage("物资类别", "Item type")
SERIAL = UserMessage("出厂编号", "Serial number")
SHELF = UserMessage("货架", "Shelf")
QUANTITY = UserMessage("数量", "Quantity")
MADE = UserMessage("出厂日期", "Manufactured on")
LAST_TEST = UserMessage("上次试验日期", "Last test on")
NEXT_TEST = UserMessage("下次试验日期", "Next test due")
LIFE_END = UserMessage("报废期限", "Service life ends")

def item_spec(type_spellings: Mapping[str, str], shelf_spellings: Mapping[str, str]) -> ImportSpec:
    """The spec against the centre's own item types and shelves: each maps every accepted spelling (code, name)
    to the code stored, so an unknown type or shelf is a reason on its row and "unchanged" compares codes."""
    return ImportSpec(
        fields=(
            FieldSpec("epc", EPC, ("EPC编码", "标签EPC", "标签", "epc hex", "tag", "tag uri"), parse_epc, required=True),
            FieldSpec("type", TYPE, ("类别", "物资类型", "品名", "type", "type code"), choice(TYPE, type_spellings),
                      required=True),
            FieldSpec("serial", SERIAL, ("编号", "序列号", "资产编号", "serial", "serial no"), text(SERIAL, 40),
                      required=True),
            FieldSpec("shelf", SHELF, ("库位", "存放位置", "位置", "location", "shelf code"),
                      choice(SHELF, shelf_spellings)),
            FieldSpec("quantity", QUANTITY, ("qty", "count"),
                      positive_number(QUANTITY, integer=True, maximum=1_000_000)),
            FieldSpec("manufactured_on", MADE, ("生产日期", "manufactured", "made on"), date_value(MADE)),
            FieldSpec("last_test_on", LAST_TEST, ("试验日期", "last test", "tested on"), date_value(LAST_TEST)),
            FieldSpec("next_test_due", NEXT_TEST, ("下次试验", "试验到期日", "next test", "next test due"),
                      date_value(NEXT_TEST)),
            FieldSpec("service_life_ends", LIFE_END, ("使用期限", "寿命到期", "service life", "life ends"),
                      date_value(LIFE_END)),
        ),
        key="epc",
    )


# Column titles are the same whatever the types and shelves are: the template header and header detection.
_TITLES_SPEC = item_spec({}, {})
ITEM_COLUMNS: tuple[str, ...] = tuple(f.label.zh for f in _TITLES_SPEC.fields)


def read_item_file(source: str | os.PathLike[str] | bytes, *, sheet: str | None = None) -> Table:
    return read_table(source, _TITLES_SPEC.known_headers(), sheet=sheet)


def plan_item_import(source: str | os.PathLike[str] | bytes, spec: ImportSpec,
                     existing: Mapping[str, Mapping[str, object]], *, sheet: str | None = None) -> ImportPlan:
    """Read and check an item list; ``existing`` maps EPC hex → stored values by field key."""
    return plan_import(read_item_file(source, sheet=sheet), spec, existing)
