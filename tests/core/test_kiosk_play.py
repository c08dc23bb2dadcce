"""The kiosk process's database work: what it loads, what it writes, and what the kiosk role may not do."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from console.core.errors import PermissionDenied
from console.core.models import Kiosk, KioskContent, ProofOfPlay
from console.core.security import KIOSK_PRINCIPAL
from console.core.services.kiosk_pin import DEMO_PIN, ensure_pin, verify_pin
from console.core.services.kiosk_play import KioskPlayService, PlayRecord
from console.core.services.kiosk_records import as_utc
from tests.conftest import principal_for

NOW = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc)  # 10:00 in the hall (UTC+8), demo 'today'
SHANGHAI = timezone(timedelta(hours=8))


def service(db) -> KioskPlayService:  # type: ignore[no-untyped-def]
    return KioskPlayService(db.session_factory, clock=lambda: NOW, tz=SHANGHAI)


def test_snapshot_holds_published_unexpired_content_only(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as s:
        draft = s.scalar(select(KioskContent).where(KioskContent.title == "分布式光伏 一站式服务"))
        draft.published = False
        s.commit()
    snap = service(demo_db).snapshot("hall-2")
    titles = {r.title for r in snap.contents}
    assert "供电服务“十项承诺”" in titles
    assert "分布式光伏 一站式服务" not in titles  # drafts never reach a kiosk
    assert not any("已过期" in t for t in titles)  # the expired National Day notice
    assert all(r.published for r in snap.contents)
    assert snap.kiosk is not None and snap.kiosk.name == "hall-2" and snap.kiosk.orientation == "portrait"
    kitchen = next(r for r in snap.contents if "厨房" in r.title)
    assert kitchen.schedules and kitchen.schedules[0].weekdays == "12345"
    assert snap.loaded_at == NOW


def test_board_lists_the_next_month_masked(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    board = service(demo_db).snapshot().board
    assert board, "the demo has projects nearing power-on"
    assert all(demo_today <= b.power_on_plan_date <= demo_today + timedelta(days=30) for b in board)
    assert [b.power_on_plan_date for b in board] == sorted(b.power_on_plan_date for b in board)
    assert all("*" in b.masked_name for b in board)


def test_unnamed_kiosk_is_the_first_of_its_orientation(demo_db) -> None:  # type: ignore[no-untyped-def]
    assert service(demo_db).snapshot(None, "portrait").kiosk.name == "hall-2"  # type: ignore[union-attr]
    assert service(demo_db).snapshot("no-such-kiosk").kiosk is None


def test_heartbeat_and_proof_of_play_are_written(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    kiosk = svc.snapshot("hall-1").kiosk
    assert kiosk is not None
    with demo_db.session_factory() as s:
        version_before = s.get(Kiosk, kiosk.id).version
    svc.heartbeat(kiosk.id, 3, "1.2.3")
    plays = [PlayRecord(3, NOW - timedelta(seconds=30), 12_000), PlayRecord(4, NOW - timedelta(seconds=18), 12_000)]
    assert svc.record_plays(kiosk.id, plays) == 2
    assert svc.record_plays(kiosk.id, []) == 0
    with demo_db.session_factory() as s:
        row = s.get(Kiosk, kiosk.id)
        assert row.last_content_id == 3 and row.app_version == "1.2.3"
        assert as_utc(row.last_heartbeat_at) == NOW
        assert row.version == version_before  # the desk's optimistic lock is not disturbed by heartbeats
        logged = s.execute(select(ProofOfPlay.content_id, ProofOfPlay.duration_ms).where(ProofOfPlay.kiosk_id == kiosk.id)
                           .order_by(ProofOfPlay.shown_at)).all()
    assert [tuple(r) for r in logged] == [(3, 12_000), (4, 12_000)]


@pytest.mark.parametrize("username", ["admin", "hall", "lead.east"])
def test_only_the_kiosk_plays(demo_db, username: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        KioskPlayService(demo_db.session_factory, principal_for(demo_db, username))
    KioskPlayService(demo_db.session_factory, KIOSK_PRINCIPAL)


def test_the_kiosk_principal_reads_nothing_else(demo_db) -> None:  # type: ignore[no-untyped-def]
    """Every desk service refuses the kiosk principal before it reads a row."""
    from console.core.services.dashboard import DashboardService
    from console.core.services.kiosk_manage import KioskContentService
    from console.core.services.kiosk_monitor import KioskMonitorService
    from console.core.services.meetings import MeetingService
    from console.core.services.projects import ProjectService

    refused = 0
    for make, call in (
        (lambda: KioskContentService(demo_db.session_factory, KIOSK_PRINCIPAL), lambda s: s.list_records()),
        (lambda: KioskMonitorService(demo_db.session_factory, KIOSK_PRINCIPAL), lambda s: s.kiosks()),
        (lambda: ProjectService(demo_db.session_factory, KIOSK_PRINCIPAL), lambda s: s.board(NOW.date())),
        (lambda: DashboardService(demo_db.session_factory, KIOSK_PRINCIPAL), lambda s: s.figures(NOW.date())),
        (lambda: MeetingService(demo_db.session_factory, KIOSK_PRINCIPAL), lambda s: s.teams()),
    ):
        with pytest.raises(PermissionDenied):
            call(make())
        refused += 1
    assert refused == 5


def test_pin_is_created_from_the_demo_once_and_checked(demo_db) -> None:  # type: ignore[no-untyped-def]
    assert ensure_pin(demo_db.session_factory) is True
    assert ensure_pin(demo_db.session_factory) is False
    pin_hash = service(demo_db).snapshot().pin_hash
    assert pin_hash.startswith("$argon2id$")
    assert verify_pin(pin_hash, DEMO_PIN)
    assert not verify_pin(pin_hash, "0000")
