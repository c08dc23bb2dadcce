"""Who is expected: team members presenting, other departments, invited customers (masked where required)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.services.meeting_data import AttendeeInfo


@dataclass(frozen=True)
class AttendeeDraft:
    name: str
    organisation: str
    role: str
    is_customer: bool


class AttendeesPanel(QWidget):
    sig_add_requested = Signal(object)  # AttendeeDraft
    sig_remove_requested = Signal(int)  # attendee id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attendeesTable")
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("单位 / 部门"), self.tr("岗位 / 角色"),
                                              self.tr("类别")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("姓名"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("单位 / 部门，如 运维检修部、客户单位"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("岗位 / 角色"))
        self.customer = QCheckBox(self.tr("客户代表"))
        self.add_button = QPushButton(self.tr("添加参会人"))
        self.remove_button = QPushButton(self.tr("移除所选"))
        form = QHBoxLayout()
        for w, stretch in ((self.name, 1), (self.organisation, 2), (self.role, 1), (self.customer, 0),
                           (self.add_button, 0), (self.remove_button, 0)):
            form.addWidget(w, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.name.returnPressed.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)

    def set_attendees(self, attendees: Sequence[AttendeeInfo]) -> None:
        self._ids = [a.id for a in attendees]
        self.table.setRowCount(len(attendees))
        for row, a in enumerate(attendees):
            kind = self.tr("客户代表") if a.is_customer else self.tr("内部人员")
            for col, text in enumerate((a.name, a.organisation, a.role, kind)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def on_add_clicked(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            return
        self.sig_add_requested.emit(AttendeeDraft(name, self.organisation.text().strip(), self.role.text().strip(),
                                                  self.customer.isChecked()))

    def clear_form(self) -> None:
        for w in (self.name, self.organisation, self.role):
            w.clear()
        self.customer.setChecked(False)

    def on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        for row in rows:
            self.sig_remove_requested.emit(self._ids[row])
