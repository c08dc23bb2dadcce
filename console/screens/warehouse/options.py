"""Warehouse screen settings, declared once (see console.ui_settings)."""
from __future__ import annotations

from PySide6.QtCore import QByteArray

from console.ui_settings import Option, header_state_option

HEADER_STATE = header_state_option("warehouse")
SPLITTER_STATE = Option("views/warehouse/splitter", QByteArray, QByteArray())
# "off": this desk does not talk to readers (another desk or `rfid listen --ingest` does);
# "readers": connect to the readers in the database; "simulate": simulated readers for demos.
READERS_MODE = Option("warehouse/readers_mode", str, "off")
EXPORT_DIR = Option("warehouse/export_dir", str, "")
IMPORT_DIR = Option("warehouse/import_dir", str, "")
