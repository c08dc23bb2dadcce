"""Where packaged resources live (icons, styles, fonts), independent of the working directory."""
from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def icon_path(name: str) -> str:
    return str(RESOURCES / "icons" / f"{name}.svg")


def style_path(name: str) -> Path:
    return RESOURCES / "styles" / f"{name}.qss"


def font_path() -> Path:
    return RESOURCES / "fonts" / "wqy-microhei.ttc"


def nav_icon(name: str):  # type: ignore[no-untyped-def]
    """The icon in teal, and in white for the selected (teal-backed) navigation row."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QIcon, QPixmap

    path = RESOURCES / "icons" / f"{name}.svg"
    icon = QIcon(str(path))
    if path.exists():
        white = QPixmap()
        white.loadFromData(QByteArray(path.read_bytes().replace(b"#1f6f8b", b"#ffffff")), "SVG")
        icon.addPixmap(white, QIcon.Mode.Selected)
    return icon


_desk_style: str | None = None


def apply_desk_style(widget) -> None:  # type: ignore[no-untyped-def]
    """Style one widget's subtree with the desk style sheet.

    Deliberately not the application-wide sheet: with one, Qt routes every widget of every screen through the
    style-sheet engine, which made opening the large screens (warehouse, projects) 100–150 ms slower.
    """
    global _desk_style
    if _desk_style is None:
        path = style_path("desk")
        _desk_style = path.read_text(encoding="utf-8") if path.exists() else ""
    widget.setStyleSheet(_desk_style)
