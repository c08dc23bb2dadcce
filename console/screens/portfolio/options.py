"""Portfolio settings, declared once (see console.ui_settings)."""
from __future__ import annotations

from PySide6.QtCore import QByteArray

from console.core.rules.customer_flags import DEFAULT_CONTACT_DAYS
from console.ui_settings import Option, header_state_option

HEADER_STATE = header_state_option("portfolio")
SPLITTER_STATE = Option("views/portfolio/splitter", QByteArray, QByteArray())
REMINDER_DAYS = Option("portfolio/reminder_days", int, DEFAULT_CONTACT_DAYS)
EXPORT_DIR = Option("portfolio/export_dir", str, "")
IMPORT_DIR = Option("portfolio/import_dir", str, "")
ADMIN_TEAM = Option("portfolio/admin_team", int, 0)  # 0 = all teams
