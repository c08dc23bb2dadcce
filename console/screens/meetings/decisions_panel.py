"""After the meeting: each item's decision and, for a project, the power-on date the meeting confirmed.

Saving a confirmed date writes it back to the project as its confirmed power-on plan (the service does that and
logs it); the panel says so next to the date so nobody is surprised.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.services.meeting_data import AgendaRow


def _qdate(d: _dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class DecisionsPanel(QWidget):
    sig_save_requested = Signal(int, str, object, int)  # item id, decision, confirmed date or None, version

    def __init__(self, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[AgendaRow] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("decisionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("序号"), self.tr("申请编号 / 事项"), self.tr("决议"),
                                              self.tr("确认送电日期")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.topic = QLabel()
        self.topic.setWordWrap(True)
        self.decision = QPlainTextEdit()
        self.decision.setPlaceholderText(self.tr("会议决议：责任单位、责任人、完成时限"))
        self.confirm = QCheckBox(self.tr("确认送电日期"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.hint = QLabel(self.tr("保存后，该日期写入项目的验收送电计划并标记为已确认。"))
        self.hint.setObjectName("hint")
        self.save_button = QPushButton(self.tr("保存决议"))
        self.save_button.setEnabled(False)
        editor = QWidget()
        form = QFormLayout(editor)
        form.addRow(self.tr("议题"), self.topic)
        form.addRow(self.tr("决议"), self.decision)
        dates = QHBoxLayout()
        dates.addWidget(self.confirm)
        dates.addWidget(self.date)
        dates.addWidget(self.hint, 1)
        form.addRow("", dates)
        form.addRow("", self.save_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)
        self.confirm.toggled.connect(self.date.setEnabled)
        self.table.itemSelectionChanged.connect(self.on_selection_changed)
        self.save_button.clicked.connect(self.on_save_clicked)

    def set_rows(self, rows: Sequence[AgendaRow]) -> None:
        selected = self.current()
        self._rows = [r for r in rows if r.included]
        self.table.setRowCount(len(self._rows))
        for i, r in enumerate(self._rows):
            what = r.application_no + (f" {r.customer_name}" if r.customer_name else "") if r.application_no else r.title
            cells = (str(i + 1), what, r.decision, r.confirmed_date.isoformat() if r.confirmed_date else "")
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        again = next((i for i, r in enumerate(self._rows) if selected and r.item_id == selected.item_id), None)
        if again is None and self._rows:
            again = 0  # start on the first item, so the editor below is never an empty form
        if again is not None:
            self.table.selectRow(again)
        else:
            self.table.clearSelection()
        self._load(self.current())

    def current(self) -> AgendaRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def on_selection_changed(self) -> None:
        self._load(self.current())

    def _load(self, r: AgendaRow | None) -> None:
        self.save_button.setEnabled(r is not None)
        self.decision.setEnabled(r is not None)
        self.topic.setText(r.topic(self._lang) if r else "")
        self.decision.setPlainText(r.decision if r else "")
        is_project = r is not None and r.project_id is not None
        self.confirm.setEnabled(is_project)
        self.hint.setVisible(is_project)
        day = (r.confirmed_date or r.power_on_plan_date) if r else None
        self.confirm.setChecked(bool(r and r.confirmed_date))
        self.date.setEnabled(bool(r and r.confirmed_date))
        self.date.setDate(_qdate(day) if day else QDate.currentDate())

    def on_save_clicked(self) -> None:
        r = self.current()
        if r is None:
            return
        day = self.date.date().toPython() if (self.confirm.isChecked() and r.project_id is not None) else None
        self.sig_save_requested.emit(r.item_id, self.decision.toPlainText(), day, r.version)
