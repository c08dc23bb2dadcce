"""The hall staff's desk screen: edit, save, publish, reorder, preview as a kiosk, heartbeats, proof of play."""
from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console.core.models import KioskContent
from console.core.services.kiosk_play import KioskPlayService, PlayRecord
from console.screens.kiosk_content.screen import KioskContentScreen


@pytest.fixture
def screen(qtbot, demo_db, make_context):  # type: ignore[no-untyped-def]
    ctx = make_context(demo_db, "hall")
    widget = KioskContentScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    content = widget.page("content")
    qtbot.waitUntil(lambda: bool(content._records), timeout=10_000)
    widget.ctx = ctx  # type: ignore[attr-defined]
    return widget


def settle(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=10_000)


def test_opens_on_the_first_item_with_its_kiosk_preview(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    content = screen.page("content")
    first = content._records[0]
    assert content.editor.title.text() == first.title
    qtbot.waitUntil(lambda: not content.preview.frame().isNull(), timeout=5000)
    assert content.preview.frame().size().toTuple() == (1920, 1080)  # the kiosk's own resolution
    content.preview.orientation.setCurrentIndex(1)
    qtbot.waitUntil(lambda: content.preview.frame().size().toTuple() == (1080, 1920), timeout=5000)
    assert content.preview.player.current_slide_id == str(first.id)


def test_create_save_and_publish(qtbot, screen, demo_db) -> None:  # type: ignore[no-untyped-def]
    content = screen.page("content")
    qtbot.mouseClick(content.buttons["new"], Qt.MouseButton.LeftButton)
    assert content.save_button.isEnabled()
    content.editor.title.setText("周六延时服务")
    content.editor.title_en.setText("Saturday late opening")
    content.editor.body.setPlainText("本周六营业至 18:00")
    content.editor.schedule.add_rule()
    content.editor.schedule.rows[0].days[5].setChecked(True)  # Saturday added to Monday–Friday
    qtbot.mouseClick(content.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen.ctx)
    qtbot.waitUntil(lambda: any(r.title == "周六延时服务" for r in content._records), timeout=10_000)
    saved = next(r for r in content._records if r.title == "周六延时服务")
    assert not saved.published and saved.schedules[0].weekdays == "123456"
    assert content.selected() == saved and not content.editor.is_dirty()
    qtbot.mouseClick(content.buttons["publish"], Qt.MouseButton.LeftButton)
    settle(qtbot, screen.ctx)
    qtbot.waitUntil(lambda: content.selected() is not None and content.selected().published, timeout=10_000)
    with demo_db.session_factory() as s:
        row = s.scalar(select(KioskContent).where(KioskContent.title == "周六延时服务"))
        assert row.published and row.title_en == "Saturday late opening"


def test_edit_enables_save_and_revert_restores(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    content = screen.page("content")
    original = content.editor.title.text()
    assert not content.save_button.isEnabled()
    content.editor.title.setText(original + "（修订）")
    assert content.save_button.isEnabled() and content.revert_button.isEnabled()
    assert not content.buttons["up"].isEnabled()  # no reorder or publish half-way through an edit
    assert content.preview.player.playlist[0].title == original + "（修订）"  # the preview follows the form
    qtbot.mouseClick(content.revert_button, Qt.MouseButton.LeftButton)
    assert content.editor.title.text() == original and not content.save_button.isEnabled()


def test_move_down_reorders_in_the_database(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    content = screen.page("content")
    first, second = content._records[0], content._records[1]
    qtbot.mouseClick(content.buttons["down"], Qt.MouseButton.LeftButton)
    settle(qtbot, screen.ctx)
    qtbot.waitUntil(lambda: content._records[0].id == second.id, timeout=10_000)
    assert content._records[1].id == first.id and content.selected().id == first.id


def test_playlist_preview_shows_what_a_portrait_kiosk_plays_now(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    content = screen.page("content")
    preview = content.preview
    preview.mode.setCurrentIndex(1)
    preview.orientation.setCurrentIndex(1)
    titles = [s.title for s in preview.player.playlist]
    assert "国庆假期营业时间调整（已过期）" not in titles  # expired content never shows
    assert len(titles) >= 8
    preview.language.setCurrentIndex(1)
    assert "Service commitments" in [s.title for s in preview.player.playlist]


def test_kiosks_tab_shows_heartbeats(qtbot, screen, demo_db) -> None:  # type: ignore[no-untyped-def]
    service = KioskPlayService(demo_db.session_factory)
    hall1 = service.snapshot("hall-1").kiosk
    service.heartbeat(hall1.id, None, "9.9")  # type: ignore[union-attr]
    screen.show_subview("kiosks")
    tab = screen.page("kiosks")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2 and tab.table.item(0, 6) is not None
                    and tab.table.item(0, 6).text() == "9.9", timeout=10_000)
    assert tab.table.item(0, 3).text() == "在线" and tab.table.item(1, 3).text() == "离线"


def test_plays_tab_lists_and_exports(qtbot, screen, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service = KioskPlayService(demo_db.session_factory)
    snap = service.snapshot("hall-1")
    now = datetime.now(timezone.utc)
    service.record_plays(snap.kiosk.id, [PlayRecord(snap.contents[0].id, now - timedelta(minutes=i), 12_000)  # type: ignore[union-attr]
                                         for i in range(3)])
    screen.show_subview("plays")
    tab = screen.page("plays")
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10_000)
    assert tab.model.index(0, 3).data() == snap.contents[0].title
    target = tmp_path / "plays.csv"
    tab.export_to(str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    settle(qtbot, screen.ctx)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "播放时间" and len(rows) == 4
