"""The customer import against the shared marketing-system sample, in every shape the file arrives in."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from console.core.imports.customers import (CUSTOMER_COLUMNS, CUSTOMER_SPEC, parse_account_no, parse_voltage,
                                            plan_customer_import)
from console.core.imports.messages import ImportFileError
from console.core.imports.spec import Action, ImportPlan

SAMPLE = Path("/work/shared/samples/customers_export.csv")


def sample_rows() -> tuple[list[str], list[list[str]]]:
    with SAMPLE.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def to_csv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def essence(plan: ImportPlan) -> list[tuple]:
    """What a plan decides, independent of where the rows sat in the file."""
    return [(o.action, o.key, dict(o.values), o.reasons, o.warnings, o.changed) for o in plan.outcomes]


def test_sample_rejects_exactly_the_two_bad_rows_with_their_reasons() -> None:
    plan = plan_customer_import(SAMPLE, {})
    assert plan.counts() == {Action.ADD: 10, Action.UPDATE: 0, Action.REJECT: 2, Action.UNCHANGED: 0}
    rejects = {o.line_no: [r.zh for r in o.reasons] for o in plan.of(Action.REJECT)}
    assert rejects == {6: ["未知客户分类：大客户"], 9: ["户号应为10位数字"]}
    assert plan.of(Action.REJECT)[1].key == "31000100"
    assert plan.ignored_columns == () and len(plan.outcomes) == 12


def test_sample_values_are_typed_and_canonical() -> None:
    first = plan_customer_import(SAMPLE, {}).outcomes[0]
    assert first.values == {
        "account_no": "3100010000", "name": "市第一人民医院", "address": "杭州市上城区人民路275号",
        "segment": "key_account", "usage_category": "一般工商业", "voltage_level": "交流10kV",
        "capacity_kva": 2000.0, "industry": "房地产业", "team": "城东服务团队", "manager": "孙霞芳",
        "contact_name": "何强芳", "phone": "13661318609", "id_number": "330113909960308246",
        "opened_on": date(2014, 9, 4),
    }


def test_sample_id_numbers_fail_their_check_and_are_warned_not_rejected() -> None:
    plan = plan_customer_import(SAMPLE, {})
    assert all(len(o.warnings) == 1 and o.warnings[0].zh.startswith("证件号码") for o in plan.outcomes)
    assert all("id_number" in o.values for o in plan.of(Action.ADD))


def test_gbk_copy_gives_the_same_plan() -> None:
    gbk = SAMPLE.read_text(encoding="utf-8-sig").encode("gbk")
    assert plan_customer_import(gbk, {}) == plan_customer_import(SAMPLE, {})


def _openpyxl_workbook() -> bytes:
    header, rows = sample_rows()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "客户档案"
    sheet.append(["营销系统客户档案导出（2025年6月）"])
    sheet.append(header)
    for i, row in enumerate(rows):
        account: object = float(row[0]) if i % 2 else int(row[0])  # Excel stores both; pandas/openpyxl differ
        opened = datetime.strptime(row[13], "%Y-%m-%d")
        sheet.append([account, *row[1:6], float(row[6]), *row[7:11], int(row[11]), row[12], opened])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _pandas_workbook() -> bytes:
    header, rows = sample_rows()
    frame = pd.DataFrame(rows, columns=header)
    frame["户号"] = frame["户号"].astype("float64")  # as a column with a gap comes out of pandas: floats
    frame["合同容量(kVA)"] = frame["合同容量(kVA)"].astype("int64")
    frame["联系电话"] = frame["联系电话"].astype("int64")
    frame["立户日期"] = pd.to_datetime(frame["立户日期"])
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        pd.DataFrame([["客户档案导出"]]).to_excel(writer, sheet_name="Sheet1", header=False, index=False)
        frame.to_excel(writer, sheet_name="Sheet1", startrow=2)  # index column kept, as pandas does by default
    return buffer.getvalue()


@pytest.mark.parametrize("make", [_openpyxl_workbook, _pandas_workbook], ids=["openpyxl", "pandas"])
def test_xlsx_with_title_row_and_numeric_cells_gives_the_same_plan(make) -> None:  # noqa: ANN001
    plan = plan_customer_import(make(), {})
    assert plan.source is not None and plan.source.format == "xlsx"
    assert plan.header_line in (2, 3)
    assert essence(plan) == essence(plan_customer_import(SAMPLE, {}))
    assert [o.line_no for o in plan.outcomes] == [plan.header_line + n for n in range(1, 13)]


def test_full_width_digits_and_apostrophes_are_normalised() -> None:
    header, rows = sample_rows()
    rows[0][0] = "\uff13\uff11\uff10\uff10\uff10\uff11\uff10\uff10\uff10\uff10"
    rows[1][0] = "'" + rows[1][0]
    rows[2][0] = rows[2][0] + ".0"
    rows[3][11] = "１５２ ３３０７ ９２４４"
    assert essence(plan_customer_import(to_csv(header, rows), {})) == essence(plan_customer_import(SAMPLE, {}))


def test_reimport_is_unchanged_and_a_real_change_is_an_update() -> None:
    first = plan_customer_import(SAMPLE, {})
    stored = {o.key: dict(o.values) for o in first.of(Action.ADD)}
    assert plan_customer_import(SAMPLE, stored).counts()[Action.UNCHANGED] == 10
    stored["3100010000"]["capacity_kva"] = 1600.0
    stored["3100010000"]["segment"] = "ordinary"
    again = plan_customer_import(SAMPLE, stored)
    assert again.outcomes[0].action is Action.UPDATE
    assert again.outcomes[0].changed == ("segment", "capacity_kva")


def test_masked_export_reimported_does_not_overwrite_personal_data() -> None:
    header, rows = sample_rows()
    stored = {o.key: dict(o.values) for o in plan_customer_import(SAMPLE, {}).of(Action.ADD)}
    rows[0][11] = "136****8609"
    rows[0][12] = "330***********8246"
    outcome = plan_customer_import(to_csv(header, rows), stored).outcomes[0]
    assert outcome.action is Action.UNCHANGED
    assert "phone" not in outcome.values and "id_number" not in outcome.values
    assert [w.zh[:4] for w in outcome.warnings] == ["联系电话", "证件号码"]


def test_duplicate_account_rows_in_the_file() -> None:
    header, rows = sample_rows()
    same = list(rows[0])
    changed = list(rows[1])
    changed[2] = "另一个地址"
    plan = plan_customer_import(to_csv(header, [*rows, same, changed]), {})
    assert plan.outcomes[12].reasons[0].zh == "与第2行完全重复"
    assert plan.outcomes[1].action is Action.REJECT and plan.outcomes[13].action is Action.REJECT
    assert plan.outcomes[1].reasons[0].zh == "户号3100010037在第15行也出现且内容不同：请只保留正确的一行"
    assert plan.counts()[Action.ADD] == 9 and len(plan.outcomes) == 14


def test_missing_required_columns_is_a_file_error() -> None:
    header, rows = sample_rows()
    keep = [i for i, title in enumerate(header) if title not in ("户号", "户名")]
    data = to_csv([header[i] for i in keep], [[row[i] for i in keep] for row in rows])
    with pytest.raises(ImportFileError) as caught:
        plan_customer_import(data, {})
    assert caught.value.zh.startswith("缺少必需列：户号、户名。")


def test_file_errors_name_the_marketing_system() -> None:
    with pytest.raises(ImportFileError) as caught:
        plan_customer_import(bytes(range(128, 256)), {})
    assert caught.value.zh.startswith("文件不是 UTF-8/GBK 编码的 CSV 或 XLSX：请在营销系统中重新导出")
    assert "export it again from the marketing system" in caught.value.en


def test_english_headers_and_segment_slugs() -> None:
    data = to_csv(["Account number", "Customer name", "segment", "Voltage level", "capacity (kVA)", "Key grade"],
                  [["3100010000", "Hospital", "key_account", "AC 10kV", "2,000 kVA", "一级"],
                   ["3100010001", "Home", "Ordinary", "0.22kV", "8", ""],
                   ["3100010002", "Station", "EV charging", "交流10千伏", "630", "特级"]])
    plan = plan_customer_import(data, {})
    assert [o.values["segment"] for o in plan.outcomes] == ["key_account", "ordinary", "ev_charging"]
    assert [o.values["voltage_level"] for o in plan.outcomes] == ["交流10kV", "交流220V", "交流10kV"]
    assert plan.outcomes[0].values["capacity_kva"] == 2000.0 and plan.outcomes[0].values["key_grade"] == "first"


def test_account_numbers_and_voltages() -> None:
    assert parse_account_no("3.10001E+09").error.zh.startswith("户号应为10位数字（Excel 以科学计数法显示")
    assert parse_account_no("310001000").error.zh == "户号应为10位数字"
    assert parse_account_no("31000100001").error.zh == "户号应为10位数字"
    assert parse_voltage("交流10kv").value == "交流10kV" and parse_voltage("０.４ｋＶ").value == "交流380V"
    assert parse_voltage("10kW").error.zh == "未知电压等级：10kW"


def test_template_columns_read_back_into_every_field() -> None:
    assert CUSTOMER_COLUMNS[:4] == ("户号", "户名", "用电地址", "客户分类")
    plan = plan_customer_import(to_csv(list(CUSTOMER_COLUMNS), []), {})
    assert set(plan.columns) == {f.key for f in CUSTOMER_SPEC.fields}
