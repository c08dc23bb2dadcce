"""The hall kiosk's window: it cannot be closed without the PIN, forgets visitors after a minute, looks up
progress, plays from the cache while the database is away and recovers by itself, and logs what it showed."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from console.core.errors import DatabaseUnavailable
from console.core.lookup_codes import check_code_for_phone
from console.core.models import Customer, Project, ProofOfPlay
from console.core.models.enums import ProjectStatus
from console.core.services.kiosk_cache import KioskCache
from console.core.services.kiosk_manage import KioskContentService
from console.core.services.kiosk_pin import DEMO_PIN, ensure_pin
from console.core.services.kiosk_records import NEW_ID, ContentRecord
from console.kiosk_app import language_switcher
from console.screens.kiosk_mode.controller import KioskController
from console.screens.kiosk_mode.window import KioskWindow
from tests.conftest import principal_for

SHANGHAI = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc)  # Thursday 10:00 in the hall


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


class Link:
    """The database as the kiosk reaches it; ``down`` makes every call fail as an unreachable server would."""

    def __init__(self, db) -> None:  # type: ignore[no-untyped-def]
        self.db = db
        self.down = False

    def __call__(self):  # type: ignore[no-untyped-def]
        if self.down:
            raise DatabaseUnavailable(url="postgresql://hall", reason="connection refused")
        return self.db.session_factory


@pytest.fixture
def kiosk(qtbot, demo_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    ensure_pin(demo_db.session_factory)
    made: list[KioskWindow] = []

    def make(*, guarded: bool = True, idle_ms: int = 60_000, cursor_ms: int = 60_000, retry_ms: int = 15_000,
             size: tuple[int, int] = (1280, 720), switch: bool = False) -> KioskWindow:
        clock, link = Clock(), Link(demo_db)
        controller = KioskController(link, KioskCache(tmp_path / f"cache{len(made)}"), kiosk_name="hall-1",
                                     clock=clock, tz=SHANGHAI, retry_ms=retry_ms, refresh_ms=600_000)
        switcher = language_switcher(QApplication.instance()) if switch else None
        window = KioskWindow(controller, guarded=guarded, idle_ms=idle_ms, cursor_ms=cursor_ms,
                             switch_language=switcher)
        window.resize(*size)
        window.clock, window.link = clock, link  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        made.append(window)
        assert controller.load_now()
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in made:
        window.allow_close()
        window.close()
        window.controller.tasks.wait_all(10_000)


def test_close_alt_f4_and_esc_are_refused_without_the_pin(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.close() is False and window.isVisible()
    assert window.page() == "pin"
    window.go_home()
    qtbot.keyClick(window.player, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible() and window.page() == "pin"
    qtbot.keyClick(window.pin.pad, Qt.Key.Key_Escape)  # Esc on the PIN pad only backs out of it
    assert window.page() == "home" and window.isVisible()
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    assert window.page() == "pin" and window.isVisible()


def test_wrong_pin_keeps_it_locked_and_five_lock_the_pad(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    window.request_exit()
    for digit in "0000":
        qtbot.mouseClick(window.pin.pad.key_button(digit), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin.pad.key_button("ok"), Qt.MouseButton.LeftButton)
    assert window.isVisible() and "不正确" in window.pin.message_text()
    assert window.pin.pad.text() == ""  # a PIN never stays on the pad
    for _ in range(4):
        window.on_pin_entered("9999")
    assert "分钟后再试" in window.pin.message_text()
    window.on_pin_entered(DEMO_PIN)  # even the right PIN waits out the lock
    assert window.isVisible()


def test_the_pin_opens_the_way_out(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    window.close()
    assert window.page() == "pin"
    with qtbot.waitSignal(window.sig_exit_granted, timeout=5000):
        for digit in DEMO_PIN:
            qtbot.mouseClick(window.pin.pad.key_button(digit), Qt.MouseButton.LeftButton)
        qtbot.keyClick(window.pin.pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_five_taps_in_the_corner_ask_for_the_pin(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    for _ in range(4):
        window.guard.press_at(QPoint(10, 10))
    assert window.page() == "home"
    window.guard.press_at(QPoint(10, 10))
    assert window.page() == "pin"


def test_minimising_brings_it_back_full_screen(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    window.showMinimized()
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowFullScreen), timeout=5000)


def a_project(db):  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        app_no, phone = s.execute(select(Project.application_no, Customer.phone)
                                  .join(Customer, Customer.id == Project.customer_id)
                                  .where(Project.status == ProjectStatus.IN_PROGRESS).limit(1)).one()
    return app_no, check_code_for_phone(phone)


def type_on(qtbot, pad, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        qtbot.mouseClick(pad.key_button(char), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.key_button("ok"), Qt.MouseButton.LeftButton)


def test_lookup_shows_only_that_project_and_wrong_codes_get_one_answer(qtbot, kiosk, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    app_no, code = a_project(demo_db)
    qtbot.mouseClick(window.lookup_button, Qt.MouseButton.LeftButton)
    assert window.page() == "lookup" and window.player.isHidden() is False
    type_on(qtbot, window.lookup.number_pad, app_no)
    assert window.lookup.stage == "code"
    bad = f"{(int(code) + 1) % 10000:04d}"
    with qtbot.waitSignal(window.controller.sig_lookup_done, timeout=10_000):
        type_on(qtbot, window.lookup.code_pad, bad)
    assert "申请编号或查询码不正确" in window.lookup.error_text()
    assert window.lookup.stage == "code" and window.lookup.code_pad.text() == ""
    with qtbot.waitSignal(window.controller.sig_lookup_done, timeout=10_000):
        type_on(qtbot, window.lookup.code_pad, code)
    assert window.lookup.stage == "result"
    steps = window.lookup.result.strip.steps()
    assert [s.label for s in steps] == ["申请受理", "供电方案答复", "工程实施", "装表接电"]
    assert sum(s.state == "current" for s in steps) == 1
    assert app_no in window.lookup.result.heading.text()


def test_a_minute_without_a_touch_wipes_what_was_typed(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(idle_ms=300)
    window.open_lookup()
    type_on(qtbot, window.lookup.number_pad, "202611")
    for char in "12":
        qtbot.mouseClick(window.lookup.code_pad.key_button(char), Qt.MouseButton.LeftButton)
    assert window.lookup.typed_text() == "20261112"
    with qtbot.waitSignal(window.guard.sig_idle, timeout=5000):
        pass
    assert window.page() == "home"
    assert window.lookup.typed_text() == "" and window.lookup.stage == "number"
    assert window.lookup.error_text() == ""


def test_touches_keep_the_visitor_session_alive(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(idle_ms=400)
    window.open_lookup()
    for _ in range(6):  # a touch every 100 ms for 600 ms: longer than the idle time, never idle
        qtbot.mouseClick(window.lookup.number_pad.key_button("1"), Qt.MouseButton.LeftButton)
        qtbot.wait(100)
    assert window.page() == "lookup" and window.lookup.number_pad.text() == "111111"


def test_pointer_hides_when_idle_and_returns_on_movement(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(cursor_ms=50)
    qtbot.waitUntil(lambda: window.guard.cursor_hidden, timeout=5000)
    assert QGuiApplication.overrideCursor() is not None
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    qtbot.mouseMove(window.player, QPoint(200, 200))
    qtbot.waitUntil(lambda: not window.guard.cursor_hidden, timeout=5000)
    window.allow_close()
    window.close()
    assert QGuiApplication.overrideCursor() is None


def test_offline_plays_the_cache_with_a_badge_and_recovers_by_itself(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(retry_ms=100)
    playing = window.player.playlist
    assert playing and not window.player.is_stale()
    window.link.down = True
    with qtbot.waitSignal(window.controller.sig_online_changed, timeout=10_000):
        window.controller.refresh()
    assert window.player.is_stale() and "10:00" in window.player.stale_text()
    assert window.player.playlist == playing  # still the last good content
    window.link.down = False
    qtbot.waitUntil(lambda: not window.player.is_stale(), timeout=10_000)
    assert window.controller.online


def test_a_fresh_kiosk_without_database_starts_from_the_disk_cache(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    link = Link(demo_db)
    cache = KioskCache(tmp_path / "cache")
    first = KioskController(link, cache, kiosk_name="hall-1", clock=Clock(), tz=SHANGHAI)
    assert first.load_now()
    link.down = True
    second = KioskController(link, cache, kiosk_name="hall-1", clock=Clock(), tz=SHANGHAI, retry_ms=600_000)
    window = KioskWindow(second, guarded=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    with qtbot.waitSignal(second.sig_online_changed, timeout=10_000):
        second.start()
    assert second.snapshot == first.snapshot
    assert window.player.is_stale() and len(window.player.playlist) > 3
    second.stop()
    second.tasks.wait_all(5000)


def test_takeover_interrupts_and_leaves_when_it_expires(qtbot, kiosk, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    service = KioskContentService(demo_db.session_factory, principal_for(demo_db, "hall"))
    outage = service.save(ContentRecord(NEW_ID, "notice", "紧急停电通知", NOW - timedelta(minutes=5), takeover=True,
                                        expires_at=NOW + timedelta(minutes=30), body="线路故障抢修中"))
    service.set_published(outage.id, outage.version, True)
    assert window.controller.load_now()
    assert window.player.in_takeover and window.player.current_slide_id == str(outage.id)
    window.clock.now = NOW + timedelta(minutes=31)
    window.apply_playlist()  # what the schedule timer does at the expiry instant
    assert not window.player.in_takeover and window.player.current_slide_id != str(outage.id)


def test_what_showed_is_logged_and_reported_with_the_heartbeat(qtbot, kiosk, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    first = window.player.current_slide_id
    window.clock.now = NOW + timedelta(seconds=12)
    window.player.advance()
    window.clock.now = NOW + timedelta(seconds=20)
    window.open_lookup()  # covering the loop ends the slide's turn on screen
    plays = window.controller.queued_plays
    assert [(str(p.content_id), p.duration_ms) for p in plays] == [(first, 12_000), (window.player.current_slide_id, 8000)]
    window.controller.heartbeat()
    window.controller.tasks.wait_all(10_000)
    qtbot.waitUntil(lambda: not window.controller.queued_plays and not window.controller.tasks.busy, timeout=10_000)
    with demo_db.session_factory() as s:
        logged = s.execute(select(ProofOfPlay.content_id, ProofOfPlay.duration_ms).order_by(ProofOfPlay.shown_at)).all()
    assert [(str(c), d) for c, d in logged] == [(first, 12_000), (window.player.current_slide_id, 8000)]


def test_portrait_kiosk_plays_portrait_content(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(size=(540, 960))
    assert window.orientation == "portrait" and window.controller.orientation == "portrait"
    assert window.player.playlist
    assert QApplication.instance() is not None


def test_english_button_then_idle_returns_to_chinese(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk(idle_ms=500, switch=True)
    qtbot.mouseClick(window.lang_button, Qt.MouseButton.LeftButton)
    try:
        assert window.lang == "en" and window.lookup_button.text() == "Progress lookup"
        assert "Service commitments" in [s.title for s in window.player.playlist]  # content from title_en
        qtbot.mouseClick(window.lookup_button, Qt.MouseButton.LeftButton)
        assert window.lookup.title.text() == "Progress lookup"
        assert window.lookup.number_pad.key_button("ok").text() == "OK"
        qtbot.mouseClick(window.lookup.home_button, Qt.MouseButton.LeftButton)
        assert window.page() == "home"
        with qtbot.waitSignal(window.guard.sig_idle, timeout=5000):
            pass
        assert window.lang == "zh" and window.lookup_button.text() == "业扩进度查询"
        assert "供电服务“十项承诺”" in [s.title for s in window.player.playlist]
    finally:
        window.set_language("zh")


def test_cancel_on_the_pin_pad_goes_home(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk()
    window.request_exit()
    for char in "24":
        qtbot.mouseClick(window.pin.pad.key_button(char), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin.cancel_button, Qt.MouseButton.LeftButton)
    assert window.page() == "home" and window.pin.pad.text() == "" and window.isVisible()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_every_touch_target_is_at_least_48_px(qtbot, kiosk, size) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    window = kiosk(guarded=False, size=size)
    for open_page in (window.go_home, window.open_lookup, window.request_exit):
        open_page()
        qtbot.wait(1)
        buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
        assert buttons
        small = [(b.text(), b.width(), b.height()) for b in buttons if min(b.width(), b.height()) < 48]
        assert not small, small
