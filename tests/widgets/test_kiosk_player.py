"""Kiosk player: loop order, takeover and resume, stale badge, activity, and pages that fit both orientations."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from widgets.kiosk_demo import FONT_PATH, demo_slides
from widgets.kiosk_player import KioskPlayer
from widgets.kiosk_slides import BoardRow, ShowcaseCase, Slide, SlidePage, TextSlidePage
from widgets.kiosk_special import ProjectBoardPage, ShowcasePage
from widgets.kiosk_text import Metrics
from widgets.qr import qr_image

T0 = dt.datetime(2025, 6, 9, 9, 0)


@pytest.fixture(scope="module", autouse=True)
def cjk_font(qapp: QApplication) -> None:
    font_id = QFontDatabase.addApplicationFont(str(FONT_PATH))
    assert font_id >= 0
    qapp.setFont(QFont(QFontDatabase.applicationFontFamilies(font_id)[0]))


def slide(id: str, duration_ms: int = 60, transition: str = "none", **kw: object) -> Slide:
    return Slide(id=id, kind=kw.pop("kind", "notice"), title=f"标题{id}", duration_ms=duration_ms,  # type: ignore[arg-type]
                 transition=transition, **kw)  # type: ignore[arg-type]


@pytest.fixture
def player(qtbot) -> KioskPlayer:
    p = KioskPlayer(clock=lambda: T0, transition_ms=30)
    qtbot.addWidget(p)
    p.resize(960, 540)
    p.show()
    qtbot.waitExposed(p)
    return p


def next_shown(qtbot, player: KioskPlayer, timeout: int = 2000) -> str:
    with qtbot.waitSignal(player.sig_slide_shown, timeout=timeout) as blocker:
        pass
    return blocker.args[0]


def test_plays_in_order_and_loops(qtbot, player: KioskPlayer) -> None:
    with qtbot.waitSignal(player.sig_slide_shown, timeout=1000) as first:
        player.set_playlist([slide("a"), slide("b", transition="fade"), slide("c", transition="slide")])
    assert first.args == ["a", T0]
    assert [next_shown(qtbot, player) for _ in range(4)] == ["b", "c", "a", "b"]
    assert player.dots_state() == (3, 1)


def test_single_slide_is_logged_on_every_turn(qtbot, player: KioskPlayer) -> None:
    player.set_playlist([slide("only")])
    assert [next_shown(qtbot, player) for _ in range(2)] == ["only", "only"]
    assert player.dots_state() == (0, 0)  # no dots for a single slide


def test_takeover_interrupts_and_the_loop_resumes_where_it_was(qtbot, player: KioskPlayer) -> None:
    player.set_playlist([slide("a", 5000), slide("b", 5000), slide("c", 60)])
    player.advance()
    assert player.current_slide_id == "b" and player.position == 1
    with qtbot.waitSignal(player.sig_slide_shown, timeout=1000) as shown:
        player.takeover(slide("outage", 30, kind="notice", accent="#b00020"))
    assert shown.args[0] == "outage" and player.in_takeover and player.current_slide_id == "outage"
    assert player.dots_state() == (0, 0)
    with qtbot.assertNotEmitted(player.sig_slide_shown, wait=150):
        player.advance()  # neither the timer nor a manual advance leaves a takeover
    with qtbot.waitSignal(player.sig_slide_shown, timeout=1000) as resumed:
        player.end_takeover()
    assert resumed.args[0] == "b" and player.position == 1 and not player.in_takeover
    assert player.dots_state() == (3, 1)


def test_playlist_update_keeps_the_current_slide_or_restarts(qtbot, player: KioskPlayer) -> None:
    a, b, c = slide("a", 5000), slide("b", 5000), slide("c", 5000)
    player.set_playlist([a, b, c])
    player.advance()
    with qtbot.assertNotEmitted(player.sig_slide_shown, wait=50):
        player.set_playlist([slide("new", 5000), b, c])  # "b" still on screen: no jump, no re-show
    assert player.current_slide_id == "b" and player.position == 1
    with qtbot.waitSignal(player.sig_slide_shown, timeout=1000) as shown:
        player.set_playlist([a, c])  # "b" expired: start over
    assert shown.args[0] == "a" and player.position == 0
    player.set_playlist([])
    assert player.current_slide_id is None and player.current_page is None


def test_playlist_change_during_takeover_applies_on_resume(qtbot, player: KioskPlayer) -> None:
    player.set_playlist([slide("a", 5000), slide("b", 5000)])
    player.takeover(slide("t", 5000))
    player.set_playlist([slide("x", 5000), slide("b", 5000)])
    assert player.current_slide_id == "t"
    with qtbot.waitSignal(player.sig_slide_shown, timeout=1000) as shown:
        player.end_takeover()
    assert shown.args[0] == "x"


def test_pause_holds_the_slide_and_resume_continues(qtbot, player: KioskPlayer) -> None:
    player.set_playlist([slide("a", 60), slide("b", 60)])
    player.set_paused(True)
    with qtbot.assertNotEmitted(player.sig_slide_shown, wait=200):
        pass
    player.set_paused(False)
    assert next_shown(qtbot, player) == "b"


def test_stale_badge_toggles(player: KioskPlayer) -> None:
    assert not player.is_stale()
    player.set_stale(True, "数据更新于 10:32")
    assert player.is_stale() and player.stale_text() == "数据更新于 10:32"
    badge = player.findChild(QLabel, "kiosk_stale_badge")
    assert badge.geometry().right() <= player.width() and badge.y() < player.height() // 5
    player.set_stale(False)
    assert not player.is_stale()
    player.set_stale(True)
    assert player.stale_text()  # a default text


def test_user_activity_from_click_key_and_touch(qtbot, player: KioskPlayer) -> None:
    player.set_playlist([slide("a", 5000)])
    with qtbot.waitSignal(player.sig_user_activity, timeout=1000):
        qtbot.mouseClick(player, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))  # lands on the page
    with qtbot.waitSignal(player.sig_user_activity, timeout=1000):
        qtbot.keyClick(player, Qt.Key.Key_Space)
    device = QTest.createTouchDevice()
    with qtbot.waitSignal(player.sig_user_activity, timeout=1000):
        QTest.touchEvent(player.window(), device).press(0, QPoint(100, 100), player.window()).commit()
    QTest.touchEvent(player.window(), device).release(0, QPoint(100, 100), player.window()).commit()


def test_fade_transition_ends_with_one_page_and_no_effect(qtbot, player: KioskPlayer) -> None:
    player.set_playlist([slide("a", 5000), slide("b", 5000, transition="fade")])
    player.advance()
    page = player.current_page
    qtbot.waitUntil(lambda: page.graphicsEffect() is None, timeout=2000)
    qtbot.waitUntil(lambda: len(player.findChildren(SlidePage)) == 1, timeout=2000)
    assert page.geometry() == player.rect()


def test_custom_factory_is_used_and_a_failing_one_falls_back(qtbot, player: KioskPlayer) -> None:
    made: list[str] = []

    def factory(s: Slide, parent: QWidget) -> QWidget:
        made.append(s.id)
        return QLabel("自定义", parent)

    def broken(s: Slide, parent: QWidget) -> QWidget:
        raise RuntimeError("bad payload")

    player.register_factory("weather", factory)
    player.register_factory("broken", broken)
    player.set_playlist([slide("w", 5000, kind="weather"), slide("x", 5000, kind="broken")])
    assert made == ["w"] and isinstance(player.current_page, QLabel)
    player.advance()
    assert isinstance(player.current_page, TextSlidePage) and player.current_slide_id == "x"


def test_special_kinds_get_their_pages(player: KioskPlayer) -> None:
    board = slide("board", 5000, kind="project_board", data=(BoardRow("张*", "装表接电", dt.date(2025, 6, 10)),))
    case = slide("case", 5000, kind="showcase", data=ShowcaseCase("商业客户", ("空调改蓄冷",), 18.0))
    player.set_playlist([board, case])
    assert isinstance(player.current_page, ProjectBoardPage)
    player.advance()
    assert isinstance(player.current_page, ShowcasePage)


# --- pages in both orientations ---------------------------------------------------------------------------

def render(qtbot, s: Slide, size: tuple[int, int]) -> tuple[KioskPlayer, SlidePage, QImage]:
    """The player is returned too: the page is its child and dies with it."""
    player = KioskPlayer(transition_ms=0)
    qtbot.addWidget(player)
    player.resize(*size)
    player.set_playlist([s])
    page = player.current_page
    assert isinstance(page, SlidePage)
    return player, page, page.grab().toImage()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
@pytest.mark.parametrize("demo", demo_slides(dt.date(2025, 6, 9)), ids=lambda s: s.id)
def test_demo_content_fits_without_clipping(qtbot, demo: Slide, size: tuple[int, int]) -> None:
    _, page, image = render(qtbot, demo, size)
    assert page.text_fits, f"{demo.id} does not fit at {size}"
    assert _ink_share(image) > 0.2  # plenty drawn, not a blank page


def test_picture_and_qr_move_from_the_side_to_the_bottom(qtbot) -> None:
    promo = next(s for s in demo_slides() if s.qr_text)
    for size in ((1920, 1080), (1080, 1920)):
        _player, page, _ = render(qtbot, promo, size)
        m = Metrics(*size)
        text_area, visual = page.split(m, QRect(m.margin, 300, size[0] - 2 * m.margin, size[1] - 400))
        if m.landscape:
            assert visual.left() > size[0] // 2 and text_area.right() < visual.left()
        else:
            assert visual.top() > size[1] // 2 and text_area.bottom() < visual.top()


def test_type_scales_with_the_screen(qtbot) -> None:
    assert Metrics(1920, 1080).px(0.05) == 54 and Metrics(3840, 2160).px(0.05) == 108
    assert Metrics(1080, 1920).px(0.05) == 68  # portrait: a little larger, lines stay long enough


def test_board_overflow_says_how_many_more(qtbot) -> None:
    rows = tuple(BoardRow(f"客户{i:02d}**有限公司", "工程实施", dt.date(2025, 7, 1)) for i in range(40))
    _, page, _ = render(qtbot, slide("board", 5000, kind="project_board", data=rows), (1920, 1080))
    assert not page.text_fits  # 40 rows cannot fit one screen; the page says so instead of clipping


def test_image_slide_with_a_missing_file_falls_back_to_text(qtbot, tmp_path: Path) -> None:
    _, page, image = render(qtbot, slide("img", 5000, kind="image", image_path=str(tmp_path / "nope.png"),
                                      body="图片缺失时显示文字"), (1920, 1080))
    assert isinstance(page, TextSlidePage) and not page.is_poster and _ink_share(image) > 0
    picture = QImage(400, 300, QImage.Format.Format_RGB32)
    picture.fill(QColor("#204080"))
    path = tmp_path / "poster.png"
    picture.save(str(path))
    _, page, image = render(qtbot, slide("img", 5000, kind="image", image_path=str(path)), (1920, 1080))
    assert page.is_poster and QColor(image.pixel(960, 500)) == QColor("#204080")


def test_qr_image_matches_segno_modules() -> None:
    text = "https://www.95598.cn/"
    image = qr_image(text, border=2)
    code = segno.make(text, error="m", micro=False)
    rows = [list(r) for r in code.matrix_iter(scale=1, border=2)]
    assert image.width() == image.height() == len(rows)
    for y in (2, 5, len(rows) // 2, len(rows) - 3):
        for x in range(len(rows)):
            assert (QColor(image.pixel(x, y)).value() < 128) == bool(rows[y][x])


def _ink_share(image: QImage) -> float:
    """Share of pixel rows holding a clearly dark pixel (every 2nd row, every 4th pixel sampled)."""
    rows = range(0, image.height(), 2)
    inked = sum(any(QColor(image.pixel(x, y)).value() < 100 for x in range(0, image.width(), 4)) for y in rows)
    return inked / len(rows)


def test_page_is_laid_out_once_per_size(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []
    original = TextSlidePage.paint_page

    def counting(self: TextSlidePage, painter, m: Metrics) -> None:
        calls.append((m.width, m.height))
        original(self, painter, m)

    monkeypatch.setattr(TextSlidePage, "paint_page", counting)
    player, page, _ = render(qtbot, demo_slides()[0], (1920, 1080))
    page.grab()
    page.grab()
    assert calls == [(1920, 1080)]  # transitions repaint many times; the text is fitted once
    player.resize(1080, 1920)
    page.grab()
    assert calls == [(1920, 1080), (1080, 1920)]
