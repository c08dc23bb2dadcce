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
