"""Undo/redo of a planned-date move on the Gantt (Ctrl+Z / Ctrl+Shift+Z).

The drag itself is saved before its command is pushed, so the first ``redo`` (QUndoStack.push calls it) does
nothing. Undo and redo save through the same optimistic-locking path as the drag, presenting the node version this
command last saved: if someone else moved the node in between, the save is refused as a stale edit instead of
overwriting their change.
"""
from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class MoveSaver(Protocol):
    def save_move(self, command: RescheduleCommand, start: date, end: date) -> None: ...


class RescheduleCommand(QUndoCommand):
    def __init__(self, saver: MoveSaver, project_id: int, node: str, node_label: str, before: tuple[date, date],
                 after: tuple[date, date], version: int) -> None:
        super().__init__(QCoreApplication.translate("Projects", "调整「{node}」计划日期").format(node=node_label))
        self.saver = saver
        self.project_id = project_id
        self.node = node
        self.before = before
        self.after = after
        self.version = version  # the node's version after this command's last successful save
        self._saved = True

    def redo(self) -> None:
        if self._saved:  # pushed right after the drag was saved
            self._saved = False
            return
        self.saver.save_move(self, *self.after)

    def undo(self) -> None:
        self.saver.save_move(self, *self.before)
