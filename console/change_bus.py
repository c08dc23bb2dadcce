"""One "changed" notification after every write; each view decides whether to refresh."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """``sig_changed(entity, ids)``: entity is a table-level name ("customers", "projects", "items", …);
    ids is a list of row ids, or an empty list for "many rows, refresh fully"."""

    sig_changed = Signal(str, list)

    def notify(self, entity: str, ids: list[int] | None = None) -> None:
        self.sig_changed.emit(entity, list(ids or []))
