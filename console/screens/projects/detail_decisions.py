"""Escalations (分级决策) and notes of a project: listed, and — for roles that edit projects — added and decided.

Writes go through the project service in a worker; the panel reloads the detail after each one.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.services.project_detail import EscalationLine, ProjectDetail
from console.core.services.project_edits import ESCALATION_LEVELS
from console.screens.projects import labels as L
from console.screens.projects.detail_tabs import fill_table, local_time, make_table

Runner = Callable[[Callable[[], object]], None]  # runs a service call in a worker, then reloads the detail


class DecisionsTab(QWidget):
    sig_write = Signal(object)  # a zero-argument callable doing one service write

    def __init__(self, editable: bool, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._escalations: tuple[EscalationLine, ...] = ()
        self.escalations = make_table([self.tr("层级"), self.tr("提请日期"), self.tr("事由"), self.tr("决策意见"),
                                       self.tr("决策日期")])
        self.notes = make_table([self.tr("时间"), self.tr("填写人"), self.tr("备注")])
        self.level = QComboBox()
        for level in ESCALATION_LEVELS:
            self.level.addItem(L.label(L.LEVEL, level), level)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("提请决策的事由"))
        self.raise_button = QPushButton(self.tr("提请决策"))
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("对选中事项的决策意见"))
        self.decide_button = QPushButton(self.tr("记录决策"))
        self.note_text = QPlainTextEdit()
        self.note_text.setPlaceholderText(self.tr("添加备注（如客户沟通情况、下一步安排）"))
        self.note_text.setMaximumHeight(70)
        self.note_button = QPushButton(self.tr("添加备注"))

        escalation_box = QGroupBox(self.tr("分级决策"))
        ev = QVBoxLayout(escalation_box)
        ev.addWidget(self.escalations, 1)
        raise_row = QHBoxLayout()
        raise_row.addWidget(QLabel(self.tr("层级")))
        raise_row.addWidget(self.level)
        raise_row.addWidget(self.reason, 1)
        raise_row.addWidget(self.raise_button)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.decision, 1)
        decide_row.addWidget(self.decide_button)
        notes_box = QGroupBox(self.tr("备注"))
        nv = QVBoxLayout(notes_box)
        nv.addWidget(self.notes, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_text, 1)
        note_row.addWidget(self.note_button)
        if editable:
            ev.addLayout(raise_row)
            ev.addLayout(decide_row)
            nv.addLayout(note_row)
        layout = QHBoxLayout(self)
        layout.addWidget(escalation_box, 1)
        layout.addWidget(notes_box, 1)
        self.raise_button.clicked.connect(self.on_raise)
        self.decide_button.clicked.connect(self.on_decide)
        self.note_button.clicked.connect(self.on_add_note)
        self._service: object = None
        self._project_id = 0

    def bind(self, service: object, project_id: int) -> None:
        self._service, self._project_id = service, project_id

    def show_detail(self, d: ProjectDetail) -> None:
        self._escalations = d.escalations
        fill_table(self.escalations, [[L.label(L.LEVEL, e.level), L.day_text(e.raised_on), e.reason, e.decision,
                                       L.day_text(e.resolved_on)] for e in d.escalations])
        fill_table(self.notes, [[local_time(n.at), n.author, n.text] for n in d.notes])

    def on_raise(self) -> None:
        service, pid, level, reason = self._service, self._project_id, self.level.currentData(), self.reason.text()
        self.sig_write.emit(lambda: service.add_escalation(pid, level, reason, self._today))  # type: ignore[attr-defined]
        self.reason.clear()

    def on_decide(self) -> None:
        row = self.escalations.currentRow()
        if not 0 <= row < len(self._escalations):
            return
        e, service, decision = self._escalations[row], self._service, self.decision.text()
        self.sig_write.emit(lambda: service.resolve_escalation(e.id, decision, self._today, e.version))  # type: ignore[attr-defined]
        self.decision.clear()

    def on_add_note(self) -> None:
        service, pid, text = self._service, self._project_id, self.note_text.toPlainText()
        self.sig_write.emit(lambda: service.add_note(pid, text))  # type: ignore[attr-defined]
        self.note_text.clear()
