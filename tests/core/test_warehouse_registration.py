"""Registering tagged items: one from the quarantine, or a whole list with a dry run first."""
from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from console.core.devices.tag_reads import TagRead
from console.core.epc import giai96_for_asset, sgtin96_for_item
from console.core.errors import PermissionDenied
from console.core.imports.spec import Action
from console.core.models import ImportBatch, ImportBatchRow, Item, Movement, QuarantinedEpc
from console.core.models.enums import MovementKind
from console.core.services.warehouse_common import BadEpc, EpcTaken, EpcUnsuitable
from console.core.services.warehouse_ingest import IngestService
from console.core.services.warehouse_registration import NewItem, WarehouseRegistration
from console.core.services.warehouse_registry import WarehouseRegistry
from tests.core.warehouse_helpers import count, item, service, staff_id, workflows

GLOVES_A = giai96_for_asset("6901234", 20_000_001)
GLOVES_B = giai96_for_asset("6901234", 20_000_002)
METER = sgtin96_for_item("6901234", "100002", 900_001)


def registration(db, user: str = "lead.east") -> WarehouseRegistration:  # type: ignore[no-untyped-def]
    return service(db, WarehouseRegistration, user)


def csv(*rows: str) -> bytes:
    return ("\n".join(("EPC,物资类别,出厂编号,货架,数量,上次试验日期,下次试验日期",) + rows) + "\n").encode()


def test_dry_run_reports_every_row_and_writes_nothing(demo_db) -> None:  # type: ignore[no-untyped-def]
    existing = item(demo_db, 2)
    data = csv(
        f"{GLOVES_A.tag_uri},10kV绝缘手套,G-1,WH01-Z1-S01,,2026-10-01,",
        f"{GLOVES_B.pure_identity},gloves_10kv,G-2,安全工器具区2号货架,,,",
        f"{METER.hex},三相智能电能表,M-1,WH01-Z3-S01,1,,",
        f"{METER.hex.lower()},三相智能电能表,M-1,WH01-Z3-S01,1,,",  # the same row twice
        f"{sgtin96_for_item('6901234', '100001', 5).hex},10kV绝缘手套,X,WH01-Z1-S01,,,",  # SGTIN for a tool
        "not-an-epc,扳手,Y,WH01,,,",
        f"{existing.epc},{'rod_10kv'},{existing.serial},WH01-Z1-S06,,,",
    )
    before = count(demo_db, Item)
    report = registration(demo_db).preview(data)
    actions = [(o.line_no, o.action) for o in report.plan.outcomes]
    assert actions == [(2, Action.ADD), (3, Action.ADD), (4, Action.ADD), (5, Action.REJECT), (6, Action.REJECT),
                       (7, Action.REJECT), (8, Action.UPDATE)]
    reasons = {o.line_no: " / ".join(r.zh for r in o.reasons) for o in report.plan.outcomes}
    assert "重复" in reasons[5]
    assert "GIAI-96" in reasons[6]
    assert "EPC 无法识别" in reasons[7] and "未知物资类别" in reasons[7] and "未知货架" in reasons[7]
    assert report.plan.outcomes[6].changed == ("shelf",)
    assert not report.applied and count(demo_db, Item) == before


def test_import_adds_items_with_derived_dates_and_updates_changed_fields(demo_db) -> None:  # type: ignore[no-untyped-def]
    existing = item(demo_db, 2)
    IngestService(demo_db.session_factory).ingest([TagRead("door-1", GLOVES_A.hex, 1, -70, 10**15)])
    assert count(demo_db, QuarantinedEpc) == 1
    data = csv(f"{GLOVES_A.hex},gloves_10kv,G-1,WH01-Z1-S01,,2026-10-01,",
               f"{existing.epc},rod_10kv,{existing.serial},WH01-Z1-S06,,,")
    report = registration(demo_db).import_file(data, "入库清单.csv")
    assert report.applied and report.counts[Action.ADD] == 1 and report.counts[Action.UPDATE] == 1
    with demo_db.session_factory() as s:
        new = s.scalar(select(Item).where(Item.epc == GLOVES_A.hex))
        assert new is not None
        assert (new.serial, new.last_test_on, new.next_test_due) == ("G-1", date(2026, 10, 1), date(2027, 4, 1))
        assert s.scalar(select(Movement.kind).where(Movement.item_id == new.id)) == MovementKind.REGISTER
        batch = s.get(ImportBatch, report.batch_id)
        assert batch is not None and (batch.kind, batch.added, batch.updated) == ("items", 1, 1)
        rows = s.scalars(select(ImportBatchRow).where(ImportBatchRow.batch_id == batch.id)).all()
        previous = next(r.previous for r in rows if r.action == "update")
        assert previous is not None and previous["shelf"] != "WH01-Z1-S06"
    assert count(demo_db, QuarantinedEpc) == 0  # registered tags leave the quarantine
    assert registration(demo_db).preview(data).counts[Action.UNCHANGED] == 2  # importing again changes nothing


def test_xlsx_list_is_read_like_csv(demo_db) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["库房物资登记表"])
    sheet.append(["标签EPC", "品名", "序列号", "库位", "出厂日期"])
    sheet.append([METER.hex, "meter_3p", "M-9", "WH01-Z3-S02", date(2026, 1, 5)])
    buffer = io.BytesIO()
    book.save(buffer)
    report = registration(demo_db).import_file(buffer.getvalue(), "list.xlsx")
    assert report.counts[Action.ADD] == 1
    with demo_db.session_factory() as s:
        assert s.scalar(select(Item.manufactured_on).where(Item.epc == METER.hex)) == date(2026, 1, 5)


def test_register_one_item_from_the_quarantine(demo_db) -> None:  # type: ignore[no-untyped-def]
    IngestService(demo_db.session_factory).ingest([TagRead("door-1", METER.hex, 1, -70, 10**15)])
    registry = service(demo_db, WarehouseRegistry)
    assert [q.epc for q in registry.quarantine()] == [METER.hex]
    assert registry.quarantine()[0].tag_uri == METER.tag_uri
    lookups = registry.lookups()
    meters = next(t for t in lookups.types if t.code == "meter_3p")
    gloves = next(t for t in lookups.types if t.code == "gloves_10kv")
    shelf = lookups.shelves[0].id
    with pytest.raises(EpcUnsuitable):
        registration(demo_db).register(NewItem(METER.hex, gloves.id, "X", shelf))
    item_id = registration(demo_db).register(NewItem(METER.tag_uri, meters.id, "M-77", shelf))
    assert registry.item_id_by_epc(METER.hex) == item_id
    assert registry.quarantine() == ()
    with pytest.raises(EpcTaken):
        registration(demo_db).register(NewItem(METER.hex, meters.id, "M-78", shelf))
    with pytest.raises(BadEpc):
        registration(demo_db).register(NewItem("12345", meters.id, "M-79", shelf))


def test_a_badge_cannot_become_an_item(demo_db) -> None:  # type: ignore[no-untyped-def]
    workflows(demo_db).assign_badge(staff_id(demo_db), GLOVES_B.hex)
    report = registration(demo_db).preview(csv(f"{GLOVES_B.hex},gloves_10kv,G-2,WH01-Z1-S01,,,"))
    assert report.plan.outcomes[0].action is Action.REJECT
    assert "工牌" in report.plan.outcomes[0].reasons[0].zh


def test_dismissed_tags_leave_the_list(demo_db) -> None:  # type: ignore[no-untyped-def]
    IngestService(demo_db.session_factory).ingest([TagRead("door-1", METER.hex, 1, -70, 10**15)])
    assert registration(demo_db).dismiss_quarantine([METER.hex.lower()]) == 1
    assert service(demo_db, WarehouseRegistry).quarantine() == ()
    with pytest.raises(PermissionDenied):
        registration(demo_db, "facilitator").dismiss_quarantine([METER.hex])
