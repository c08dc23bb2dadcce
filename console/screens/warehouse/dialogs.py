"""Workflow dialogs: check-out, return, test or inspection result, scrap. Each collects plain values; the panel
runs the service off the GUI thread and shows the core's refusal if there is one."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget,
)

from console.core.services.warehouse_registry import Choice, Lookups


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date, minimum: date | None = None, maximum: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if minimum is not None:
        edit.setMinimumDate(qdate(minimum))
    if maximum is not None:
        edit.setMaximumDate(qdate(maximum))
    return edit


def choice_combo(choices: tuple[Choice, ...], none_text: str | None = None) -> QComboBox:
    """A searchable combo: type part of a name or code to jump to it."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if none_text is not None:
        combo.addItem(none_text, None)
    for c in choices:
        combo.addItem(f"{c.text}  {c.detail}".strip(), c.id)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
    return combo


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("WarehouseDialogs", "取消"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _items_line(dialog: QDialog, names: list[str]) -> QLabel:
    shown = "、".join(names[:4]) + (QCoreApplication.translate("WarehouseDialogs", " 等 %1 件").replace("%1", str(len(names))) if len(names) > 4 else "")
    text = QLabel(shown)
    text.setWordWrap(True)
    text.setStyleSheet("font-weight: bold;")
    return text


@dataclass(frozen=True)
class CheckOutValues:
    staff_id: int | None
    badge_epc: str | None  # a badge read or typed: the person is whoever holds it
    project_id: int | None
    due_back_on: date
    note: str
    assign_badge: bool  # give the typed badge to the chosen person first, then check out to them


class CheckOutDialog(QDialog):
    def __init__(self, lookups: Lookups, names: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("领用"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(_items_line(self, names))
        form = QFormLayout()
        self.staff = choice_combo(lookups.staff, self.tr("（请选择领用人）"))
        self.badge = QLineEdit()
        self.badge.setPlaceholderText(self.tr("刷工牌，或输入工牌 EPC"))
        self.assign = QCheckBox(self.tr("将此工牌登记给所选人员"))
        self.project = choice_combo(lookups.projects, self.tr("（不关联项目）"))
        self.due = date_edit(today + timedelta(days=1), minimum=today)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("用途、工作票号等"))
        form.addRow(self.tr("领用人"), self.staff)
        form.addRow(self.tr("工牌"), self.badge)
        form.addRow("", self.assign)
        form.addRow(self.tr("项目"), self.project)
        form.addRow(self.tr("应还日期"), self.due)
        form.addRow(self.tr("备注"), self.note)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b3261e;")
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, self.tr("确认领用")))

    def accept(self) -> None:
        if self.staff.currentData() is None and not self.badge.text().strip():
            self.problem.setText(self.tr("请选择领用人或刷工牌。"))
            return
        if self.assign.isChecked() and (self.staff.currentData() is None or not self.badge.text().strip()):
            self.problem.setText(self.tr("登记工牌需要同时选择人员并输入工牌。"))
            return
        super().accept()

    def values(self) -> CheckOutValues:
        badge = self.badge.text().strip() or None
        staff_id = self.staff.currentData()
        return CheckOutValues(staff_id, badge, self.project.currentData(), pydate(self.due.date()),
                              self.note.text().strip(), self.assign.isChecked() and badge is not None)


@dataclass(frozen=True)
class ReturnValues:
    location_id: int | None
    note: str


class ReturnDialog(QDialog):
    def __init__(self, lookups: Lookups, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("归还"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(_items_line(self, names))
        form = QFormLayout()
        self.shelf = choice_combo(lookups.shelves, self.tr("（放回原货架）"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("外观、损坏情况等"))
        form.addRow(self.tr("放至"), self.shelf)
        form.addRow(self.tr("备注"), self.note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("确认归还")))

    def values(self) -> ReturnValues:
        return ReturnValues(self.shelf.currentData(), self.note.text().strip())


@dataclass(frozen=True)
class CheckValues:
    on: date
    passed: bool
    next_due: date | None  # None: from the type's interval
    tester: str
    certificate_no: str
    note: str


class CheckDialog(QDialog):
    """The result of a preventive test (``kind="test"``) or an inspection (``kind="inspection"``)."""

    def __init__(self, kind: str, name: str, today: date, interval_months: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("登记试验结果") if kind == "test" else self.tr("登记检查结果"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(_items_line(self, [name]))
        form = QFormLayout()
        self.on = date_edit(today, maximum=today)
        self.passed = QRadioButton(self.tr("合格"))
        self.failed = QRadioButton(self.tr("不合格"))
        self.passed.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.passed)
        group.addButton(self.failed)
        verdict = QHBoxLayout()
        verdict.addWidget(self.passed)
        verdict.addWidget(self.failed)
        verdict.addStretch(1)
        self.auto_due = QCheckBox(self.tr("按试验周期（%1 个月）计算下次试验日期").replace("%1", str(interval_months))
                                  if interval_months else self.tr("该类物资无试验周期，请填写下次试验日期"))
        self.auto_due.setChecked(bool(interval_months))
        self.auto_due.setEnabled(bool(interval_months))
        self.next_due = date_edit(today + timedelta(days=365), minimum=today + timedelta(days=1))
        self.next_due.setEnabled(not interval_months)
        self.auto_due.toggled.connect(lambda on: self.next_due.setEnabled(not on))
        self.tester = QLineEdit()
        self.certificate = QLineEdit()
        self.note = QLineEdit()
        form.addRow(self.tr("日期"), self.on)
        form.addRow(self.tr("结论"), verdict)
        if kind == "test":
            form.addRow("", self.auto_due)
            form.addRow(self.tr("下次试验"), self.next_due)
            form.addRow(self.tr("试验单位/人"), self.tester)
            form.addRow(self.tr("报告编号"), self.certificate)
        else:
            form.addRow(self.tr("检查人"), self.tester)
        form.addRow(self.tr("备注"), self.note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("保存")))

    def values(self) -> CheckValues:
        next_due = None if (self.kind != "test" or self.auto_due.isChecked()) else pydate(self.next_due.date())
        return CheckValues(pydate(self.on.date()), self.passed.isChecked(), next_due, self.tester.text().strip(),
                           self.certificate.text().strip(), self.note.text().strip())


class ScrapDialog(QDialog):
    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("报废"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(_items_line(self, names))
        layout.addWidget(QLabel(self.tr("报废原因（必填，记入出入库记录）：")))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("例如：试验不合格、超过使用年限、外观破损"))
        self.reason.setMaximumHeight(90)
        layout.addWidget(self.reason)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b3261e;")
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, self.tr("确认报废")))

    def accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.problem.setText(self.tr("请填写报废原因。"))
            return
        super().accept()

    def values(self) -> str:
        return self.reason.toPlainText().strip()
