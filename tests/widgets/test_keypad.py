"""Kiosk keypad: taps, touch, physical keys, masking, limits and touch-target size."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from widgets.keypad import MIN_TOUCH_PX, Keypad, default_key_px


@pytest.fixture
def make_keypad(qtbot):
    def make(**kw: object) -> Keypad:
        pad = Keypad(**kw)  # type: ignore[arg-type]
        qtbot.addWidget(pad)
        pad.resize(600, 900)
        pad.show()
        qtbot.waitExposed(pad)
        return pad

    return make


def tap(qtbot, pad: Keypad, key: str) -> None:
    qtbot.mouseClick(pad.key_button(key), Qt.MouseButton.LeftButton)


def test_taps_build_the_text_and_signal_each_change(qtbot, make_keypad) -> None:
    pad = make_keypad()
    seen: list[str] = []
    pad.sig_text_changed.connect(seen.append)
    for key in "2025":
        tap(qtbot, pad, key)
    tap(qtbot, pad, "backspace")
    assert pad.text() == "202" and pad.display_text() == "202"
    assert seen == ["2", "20", "202", "2025", "202"]
    tap(qtbot, pad, "clear")
    assert pad.text() == "" and seen[-1] == ""


def test_ok_submits_only_from_min_length(qtbot, make_keypad) -> None:
    pad = make_keypad(min_length=3)
    submitted: list[str] = []
    pad.sig_submitted.connect(submitted.append)
    for key in "12":
        tap(qtbot, pad, key)
    assert not pad.key_button("ok").isEnabled()
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert submitted == []
    tap(qtbot, pad, "3")
    assert pad.key_button("ok").isEnabled()
    with qtbot.waitSignal(pad.sig_submitted, timeout=1000) as blocker:
        tap(qtbot, pad, "ok")
    assert blocker.args == ["123"] and pad.text() == "123"  # the caller decides whether to clear


def test_clear_and_backspace_are_disabled_while_empty(make_keypad) -> None:
    pad = make_keypad()
    assert not pad.key_button("clear").isEnabled() and not pad.key_button("backspace").isEnabled()
    pad.press("1")
    assert pad.key_button("clear").isEnabled() and pad.key_button("backspace").isEnabled()


def test_physical_keyboard_in_numeric_mode_ignores_letters(qtbot, make_keypad) -> None:
    pad = make_keypad()
    qtbot.keyClicks(pad, "12a3")
    assert pad.text() == "123"
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.text() == "12"
    with qtbot.waitSignal(pad.sig_submitted, timeout=1000) as blocker:
        qtbot.keyClick(pad, Qt.Key.Key_Enter)
    assert blocker.args == ["12"]
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    assert pad.text() == ""


def test_alphanumeric_mode_has_letter_keys_and_uppercases_typing(qtbot, make_keypad) -> None:
    pad = make_keypad(mode="alphanumeric")
    qtbot.keyClicks(pad, "gy20")
    tap(qtbot, pad, "K")
    assert pad.text() == "GY20K"
    numeric = make_keypad()
    with pytest.raises(KeyError):
        numeric.key_button("A")
    with pytest.raises(ValueError):
        Keypad(mode="hex")  # type: ignore[arg-type]


def test_masked_mode_shows_dots_but_keeps_the_text(qtbot, make_keypad) -> None:
    pad = make_keypad(masked=True, prompt="请输入查询码")
    assert pad.display_text() == "请输入查询码"
    qtbot.keyClicks(pad, "4821")
    assert pad.text() == "4821" and pad.display_text() == "●●●●"
    pad.set_masked(False)
    assert pad.display_text() == "4821" and not pad.is_masked()


def test_max_length_stops_input(qtbot, make_keypad) -> None:
    pad = make_keypad(max_length=4)
    qtbot.keyClicks(pad, "123456")
    assert pad.text() == "1234"
    pad.set_text("9x87-65")
    assert pad.text() == "9876"


def test_touch_taps_type_like_clicks(qtbot, make_keypad) -> None:
    pad = make_keypad()
    device = QTest.createTouchDevice()
    window = pad.window()
    for key in ("7", "0"):
        button = pad.key_button(key)
        point = button.mapTo(window, button.rect().center())
        QTest.touchEvent(window, device).press(0, point, window).commit()
        QTest.touchEvent(window, device).release(0, point, window).commit()
    qtbot.waitUntil(lambda: pad.text() == "70", timeout=1000)


def test_every_key_is_a_touch_target_of_at_least_48_px(make_keypad) -> None:
    pad = make_keypad(mode="alphanumeric", key_px=10)
    assert pad.key_size() == MIN_TOUCH_PX
    for key in [*"0123456789ABCXYZ", "clear", "backspace", "ok"]:
        button = pad.key_button(key)
        assert button.width() >= MIN_TOUCH_PX and button.height() >= MIN_TOUCH_PX, key


def test_keys_and_type_scale_up_for_large_screens(make_keypad) -> None:
    small, large = make_keypad(key_px=48), make_keypad(key_px=120)
    assert large.key_button("5").font().pixelSize() > 2 * small.key_button("5").font().pixelSize()
    assert large.key_button("5").minimumHeight() == 120
    assert default_key_px() >= MIN_TOUCH_PX
