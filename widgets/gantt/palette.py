"""Colours and glyphs of the chart, as hex strings so the PDF builder uses the very same ones without Qt.

Status colours come from the Okabe-Ito palette, which stays distinguishable with the common colour-vision
deficiencies; text on the bars is dark because every one of these fills has at least 4.5:1 contrast with it.
"""
from __future__ import annotations

from widgets.gantt.data import Flag, Status

STATUS_FILL: dict[Status, str] = {
    Status.ON_TIME: "#009E73",  # bluish green
    Status.AT_RISK: "#E69F00",  # orange
    Status.OVERDUE: "#D55E00",  # vermillion
    Status.DONE: "#56B4E9",  # sky blue
}
STATUS_EDGE: dict[Status, str] = {
    Status.ON_TIME: "#00684C",
    Status.AT_RISK: "#9A6A00",
    Status.OVERDUE: "#8C3D00",
    Status.DONE: "#2B7FB0",
}
BAR_TEXT = "#111111"
PENDING_TEXT = "#5A5A5A"
PLANNED_EDGE = "#3C3C3C"
PLANNED_FILL = "#FFFFFF"
PAUSED_HATCH = "#5A5A5A"
MARKER_EDGE = "#1A1A1A"
TODAY = "#CC79A7"  # reddish purple: distinct from every status colour
GRID_MINOR = "#E3E3E3"
GRID_MAJOR = "#BDBDBD"
ZEBRA = "#F6F7F9"
NON_WORKING = "#ECECEC"
GROUP_BAND = "#E4ECF4"
GROUP_TEXT = "#1F3A56"
SELECTED = "#FFF1BF"
HEADER_BG = "#F2F4F7"
HEADER_TEXT = "#202020"

# Badge colours of the flag glyphs (white text on them).
FLAG_COLOR: dict[Flag, str] = {
    Flag.STALLED: "#5F5F5F",
    Flag.OPINION_RISK: "#A0306E",
    Flag.BLOCKED: "#B23A00",
    Flag.GREEN_CHANNEL: "#007A58",
    Flag.NATIONAL_KEY: "#0060A0",
}
