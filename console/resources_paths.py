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
