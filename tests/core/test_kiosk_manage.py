"""Hall staff's content management: validation, optimistic locking, reorder, publish, audit, monitor, export."""
from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime, time, timedelta, timezone

import openpyxl
import pytest
from sqlalchemy import select

from console.core.errors import PermissionDenied, StaleEdit, ValidationFailed
from console.core.models import AuditEntry, Kiosk, KioskContent
from console.core.services.kiosk_manage import KioskContentService
from console.core.services.kiosk_monitor import OFFLINE_AFTER_S, KioskMonitorService
from console.core.services.kiosk_pin import read_pin_hash, verify_pin
from console.core.services.kiosk_play import KioskPlayService, PlayRecord
from console.core.services.kiosk_records import NEW_ID, ContentRecord, ScheduleLine
from tests.conftest import principal_for

NOW = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc)


def manage(db, user: str = "hall") -> KioskContentService:  # type: ignore[no-untyped-def]
    return KioskContentService(db.session_factory, principal_for(db, user), clock=lambda: NOW)


def new(**kw: object) -> ContentRecord:
    kw.setdefault("kind", "notice")
    kw.setdefault("title", "临时停电通知")
    kw.setdefault("effective_from", NOW)
    return ContentRecord(id=NEW_ID, **kw)  # type: ignore[arg-type]


def test_create_appends_unpublished_then_publish_reaches_the_kiosk(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = manage(demo_db)
    saved = svc.save(new(title_en="Outage", schedules=(ScheduleLine(weekdays="67", time_from=time(9), time_to=time(12)),)))
    assert saved.id != NEW_ID and saved.version == 1 and not saved.published
    assert saved.sort_order == max(r.sort_order for r in svc.list_records())
    kiosk = KioskPlayService(demo_db.session_factory, clock=lambda: NOW)
    assert saved.id not in {r.id for r in kiosk.snapshot().contents}
    published = svc.set_published(saved.id, saved.version, True)
    assert published.published and published.version == 2
    on_kiosk = next(r for r in kiosk.snapshot().contents if r.id == saved.id)
    assert on_kiosk.schedules == (ScheduleLine(weekdays="67", time_from=time(9), time_to=time(12)),)
    with demo_db.session_factory() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "kiosk_content",
                                                                 AuditEntry.entity_id == saved.id)))
    assert actions == ["kiosk_content.create", "kiosk_content.publish"]


def test_edit_replaces_schedules_and_refuses_a_stale_copy(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = manage(demo_db)
    kitchen = next(r for r in svc.list_records() if "厨房" in r.title)
    edited = svc.save(replace(kitchen, body="新正文", schedules=()))
    assert edited.version == kitchen.version + 1 and edited.schedules == () and edited.body == "新正文"
    with pytest.raises(StaleEdit):
        svc.save(replace(kitchen, body="旧副本的修改"))  # someone saved in between: nothing is overwritten
    with pytest.raises(StaleEdit):
        svc.set_published(kitchen.id, kitchen.version, False)
    assert next(r for r in svc.list_records() if r.id == kitchen.id).body == "新正文"


@pytest.mark.parametrize("bad", [
    {"title": "  "},
    {"duration_s": 1},
    {"expires_at": NOW - timedelta(hours=1)},
    {"kind": "qr", "qr_text": ""},
    {"kind": "image", "image_path": ""},
    {"kind": "billboard"},
    {"orientation": "diagonal"},
    {"schedules": (ScheduleLine(weekdays=""),)},
    {"schedules": (ScheduleLine(date_from=NOW.date(), date_to=NOW.date() - timedelta(days=1)),)},
    {"kind": "showcase", "extra": "{broken"},
])
def test_validation_refuses_what_a_kiosk_could_not_play(demo_db, bad: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    with pytest.raises(ValidationFailed):
        manage(demo_db).save(new(**bad))


def test_reorder_is_all_or_nothing(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = manage(demo_db)
    records = svc.list_records()
    reversed_order = [(r.id, r.version) for r in reversed(records)]
    svc.reorder(reversed_order)
    assert [r.id for r in svc.list_records()] == [r.id for r in reversed(records)]
    stale = [(r.id, r.version) for r in records]  # versions from before the reorder
    with pytest.raises(StaleEdit):
        svc.reorder(stale)
    assert [r.id for r in svc.list_records()] == [r.id for r in reversed(records)]


def test_delete(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = manage(demo_db)
    saved = svc.save(new(schedules=(ScheduleLine(weekdays="1"),)))
    svc.delete(saved.id, saved.version)
    assert saved.id not in {r.id for r in svc.list_records()}


@pytest.mark.parametrize("user", ["lead.east", "manager.east", "facilitator"])
def test_only_hall_staff_and_admin_manage(demo_db, user: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        manage(demo_db, user)
    with pytest.raises(PermissionDenied):
        KioskMonitorService(demo_db.session_factory, principal_for(demo_db, user))
    manage(demo_db, "admin").list_records()


def test_set_pin(demo_db) -> None:  # type: ignore[no-untyped-def]
    manage(demo_db).set_pin("135790")
    with demo_db.session_factory() as s:
        assert verify_pin(read_pin_hash(s), "135790")
    with pytest.raises(ValidationFailed):
        manage(demo_db).set_pin("12a4")


def test_preview_snapshot_includes_drafts_and_the_board(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = manage(demo_db)
    draft = svc.save(new())
    snap = svc.preview_snapshot()
    assert draft.id in {r.id for r in snap.contents} and snap.board


def test_monitor_heartbeats_plays_and_export(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock = [NOW]
    kiosk_svc = KioskPlayService(demo_db.session_factory, clock=lambda: clock[0])
    hall1 = kiosk_svc.snapshot("hall-1").kiosk
    assert hall1 is not None
    commitment = next(r for r in kiosk_svc.snapshot().contents if r.kind == "commitment")
    kiosk_svc.heartbeat(hall1.id, commitment.id, "0.1")
    kiosk_svc.record_plays(hall1.id, [PlayRecord(commitment.id, NOW - timedelta(minutes=m), 12_000) for m in range(3)])
    monitor = KioskMonitorService(demo_db.session_factory, principal_for(demo_db, "hall"),
                                  clock=lambda: NOW + timedelta(seconds=10))
    status = {k.name: k for k in monitor.kiosks()}
    assert status["hall-1"].online and status["hall-1"].showing == commitment.title
    assert not status["hall-2"].online and status["hall-2"].last_heartbeat_at is None
    later = KioskMonitorService(demo_db.session_factory, principal_for(demo_db, "hall"),
                                clock=lambda: NOW + timedelta(seconds=OFFLINE_AFTER_S + 1))
    assert not {k.name: k for k in later.kiosks()}["hall-1"].online
    plays = monitor.plays(NOW - timedelta(hours=1), NOW + timedelta(hours=1))
    assert [p.shown_at for p in plays] == sorted((p.shown_at for p in plays), reverse=True)
    assert len(plays) == 3 and all(p.kiosk == "hall-1" and p.title == commitment.title for p in plays)
    assert monitor.plays(NOW - timedelta(hours=1), NOW + timedelta(hours=1), kiosk_id=hall1.id + 1) == ()
    columns = ["时间", "终端", "内容编号", "标题", "时长（秒）"]
    result = monitor.export_plays(tmp_path / "plays.csv", columns, NOW - timedelta(hours=1), NOW + timedelta(hours=1),
                                  tz=timezone(timedelta(hours=8)))
    assert result.rows == 3
    with open(tmp_path / "plays.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == columns and rows[1][1] == "hall-1" and rows[1][4] == "12" and rows[1][0].startswith("2026-11-26 10:00")
    monitor.export_plays(tmp_path / "plays.xlsx", columns, NOW - timedelta(hours=1), NOW + timedelta(hours=1))
    sheet = openpyxl.load_workbook(tmp_path / "plays.xlsx").active
    assert sheet.max_row == 4 and sheet.cell(2, 4).value == commitment.title


def test_register_kiosk(demo_db) -> None:  # type: ignore[no-untyped-def]
    monitor = KioskMonitorService(demo_db.session_factory, principal_for(demo_db, "hall"))
    kid = monitor.register("hall-3", "城西营业厅", "portrait")
    with demo_db.session_factory() as s:
        assert s.get(Kiosk, kid).orientation == "portrait"
    with pytest.raises(ValidationFailed):
        monitor.register("hall-3", "", "landscape")
    with pytest.raises(ValidationFailed):
        monitor.register("hall-4", "", "any")


def test_deleting_content_keeps_its_plays_in_the_log(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = manage(demo_db)
    saved = svc.save(new())
    kiosk_svc = KioskPlayService(demo_db.session_factory, clock=lambda: NOW)
    hall1 = kiosk_svc.snapshot("hall-1").kiosk
    kiosk_svc.record_plays(hall1.id, [PlayRecord(saved.id, NOW, 5000)])  # type: ignore[union-attr]
    svc.delete(saved.id, saved.version)
    with demo_db.session_factory() as s:
        assert s.get(KioskContent, saved.id) is None
    plays = KioskMonitorService(demo_db.session_factory, principal_for(demo_db, "hall")).plays(
        NOW - timedelta(minutes=1), NOW + timedelta(minutes=1))
    assert [(p.content_id, p.title) for p in plays] == [(saved.id, "")]
