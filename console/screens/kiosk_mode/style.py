"""Sizes and colours of the kiosk's own panels: large, high-contrast, touch targets well above 48 px.

Sizes follow the screen like the slides do (:class:`widgets.kiosk_text.Metrics`: the unit is the height, capped at
1.25 × the width), so 1920×1080 and 1080×1920 both get type readable from two metres.
"""
from __future__ import annotations

from widgets.keypad import MIN_TOUCH_PX
from widgets.kiosk_text import Metrics

ACCENT = "#00665e"
ACCENT_DARK = "#00443f"
INK = "#0f1419"
BODY = "#1f262d"
MUTED = "#4a5560"
ERROR = "#b00020"
PAPER = "#ffffff"
SOFT = "#eef2f5"


def sizes(width: int, height: int) -> dict[str, int]:
    m = Metrics(max(1, width), max(1, height))
    return {
        "title": m.px(0.052),
        "text": max(28, m.px(0.034)),
        "small": max(24, m.px(0.026)),
        "button": max(MIN_TOUCH_PX, m.px(0.075)),
        "bar": max(MIN_TOUCH_PX + 16, m.px(0.09)),
        "margin": m.px(0.04),
        "key": max(MIN_TOUCH_PX, m.px(0.085)),
        "badge": m.px(0.026),
    }


def stylesheet(width: int, height: int) -> str:
    """The kiosk window's sheet. It states every font size itself: an application-wide sheet (the desk's, in
    screenshots) would otherwise shrink the keypad's keys, whose fonts the keypad sets without a sheet."""
    s = sizes(width, height)
    radius = max(8, s["button"] // 6)
    return f"""
    QWidget#kioskPanel, QWidget#kioskResult {{ background: {PAPER}; }}
    QLabel {{ color: {BODY}; }}
    QLabel#kioskTitle {{ color: {INK}; font-size: {s['title']}px; font-weight: bold; }}
    QLabel#kioskText {{ color: {BODY}; font-size: {s['text']}px; }}
    QLabel#kioskHint {{ color: {MUTED}; font-size: {s['small']}px; }}
    QLabel#kioskError {{ color: {ERROR}; font-size: {s['text']}px; font-weight: bold; }}
    QLabel#kioskStepIndicator {{ color: {ACCENT}; font-size: {s['small']}px; font-weight: bold; }}
    QFrame#kioskCard {{ background: {SOFT}; border-radius: {radius}px; }}
    QWidget#kioskBar {{ background: {ACCENT_DARK}; }}
    QLabel#kioskBarText {{ color: {PAPER}; font-size: {s['small']}px; }}
    QPushButton#kioskPrimary, QPushButton#kioskSecondary, QPushButton#kioskBarButton {{
        font-size: {s['text']}px; font-weight: bold; border-radius: {radius}px;
        min-height: {s['button']}px; padding: 0 {s['button'] // 3}px;
    }}
    QPushButton#kioskPrimary {{ background: {ACCENT}; color: {PAPER}; border: 2px solid {ACCENT_DARK}; }}
    QPushButton#kioskPrimary:pressed {{ background: {ACCENT_DARK}; }}
    QPushButton#kioskSecondary {{ background: {SOFT}; color: {INK}; border: 2px solid #4a5866; }}
    QPushButton#kioskSecondary:pressed {{ background: #c9d3de; }}
    QPushButton#kioskBarButton {{ background: {PAPER}; color: {ACCENT_DARK}; border: 2px solid {PAPER}; }}
    QPushButton#kioskBarButton:pressed {{ background: #c9d3de; }}
    QWidget#keypad QPushButton {{ font-size: {round(s['key'] * 0.45)}px; font-weight: bold; }}
    QLabel#keypad_display {{ font-size: {round(s['key'] * 0.5)}px; }}
    QLabel#kiosk_stale_badge {{ font-size: {s['badge']}px; font-weight: bold; }}
    """
