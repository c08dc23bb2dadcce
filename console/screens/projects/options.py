"""Desk settings of the project screens, declared once (see console.ui_settings)."""
from __future__ import annotations

from console.screens.projects.rows import DEFAULT_COLUMNS
from console.ui_settings import Option

GANTT_COLUMNS = Option("projects/gantt_columns", str, ",".join(DEFAULT_COLUMNS))
GANTT_GROUP = Option("projects/gantt_group", str, "manager")
EXPORT_DIR = Option("projects/export_dir", str, "")


def split_keys(text: str) -> list[str]:
    return [k for k in text.split(",") if k]
