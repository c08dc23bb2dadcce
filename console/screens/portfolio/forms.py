"""Small forms of the customer file: a contact-log entry and an energy-service intention."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QPlainTextEdit, QWidget,
)

from console.core.models.enums import ContactKind, IntentionKind, IntentionStatus
from console.core.services.customer_log import IntentionInput, VisitInput
from console.core.services.customer_records import IntentionRecord, VisitRecord
from console.screens.portfolio.labels import CONTACT_KINDS, INTENTION_KINDS, INTENTION_STATUS, label


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)

    def on_accept(self) -> None:
        self.accept()

    def show_error(self, text: str) -> None:
        self.message.setText(text)


class VisitDialog(_Form):
    """定期联络 / 现场走访 entry; ``value()`` gives the checked input."""

    def __init__(self, today: date, existing: VisitRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("编辑联络记录") if existing else self.tr("新增联络记录"), parent)
        self._today = today
        self.kind = QComboBox()
        for kind in ContactKind:
            self.kind.addItem(label(CONTACT_KINDS, kind.value), kind.value)
        self.on = QDateEdit(_qdate(existing.happened_on if existing else today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMaximumDate(_qdate(today))
        self.summary = QPlainTextEdit(existing.summary if existing else "")
        self.summary.setPlaceholderText(self.tr("联络内容：了解到的情况、客户诉求"))
        self.summary.setTabChangesFocus(True)
        self.next_action = QPlainTextEdit(existing.next_action if existing else "")
        self.next_action.setPlaceholderText(self.tr("下一步工作（可空）"))
        self.next_action.setTabChangesFocus(True)
        self.next_action.setMaximumHeight(70)
        if existing:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
        self.form.addRow(self.tr("方式(&K)"), self.kind)
        self.form.addRow(self.tr("日期(&D)"), self.on)
        self.form.addRow(self.tr("内容(&S)"), self.summary)
        self.form.addRow(self.tr("下一步(&N)"), self.next_action)
        self.finish()

    def value(self) -> VisitInput:
        return VisitInput(ContactKind(self.kind.currentData()), _date(self.on.date()), self.summary.toPlainText(),
                          self.next_action.toPlainText())

    def on_accept(self) -> None:
        if not self.summary.toPlainText().strip():
            self.show_error(self.tr("请填写联络内容。"))
            self.summary.setFocus()
            return
        self.accept()


class IntentionDialog(_Form):
    """An energy-service intention (电能替代、综合能源、可调节负荷、分布式电源)."""

    def __init__(self, today: date, existing: IntentionRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("编辑用能意向") if existing else self.tr("新增用能意向"), parent)
        self.kind = QComboBox()
        for kind in IntentionKind:
            self.kind.addItem(label(INTENTION_KINDS, kind.value), kind.value)
        self.description = QPlainTextEdit(existing.description if existing else "")
        self.description.setPlaceholderText(self.tr("意向内容，如：厂房屋顶分布式光伏"))
        self.description.setTabChangesFocus(True)
        self.kw = QDoubleSpinBox()
        self.kw.setRange(0, 10_000_000)
        self.kw.setDecimals(0)
        self.kw.setSuffix(" kW")
        self.kw.setValue(existing.estimated_kw if existing else 0)
        self.found = QDateEdit(_qdate(existing.found_on if existing else today))
        self.found.setCalendarPopup(True)
        self.found.setDisplayFormat("yyyy-MM-dd")
        self.status = QComboBox()
        for status in IntentionStatus:
            self.status.addItem(label(INTENTION_STATUS, status.value), status.value)
        if existing:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
            self.status.setCurrentIndex(max(0, self.status.findData(existing.status)))
        self.form.addRow(self.tr("类别(&K)"), self.kind)
        self.form.addRow(self.tr("内容(&S)"), self.description)
        self.form.addRow(self.tr("预计容量(&P)"), self.kw)
        self.form.addRow(self.tr("发现日期(&D)"), self.found)
        if existing:
            self.form.addRow(self.tr("状态(&T)"), self.status)
        self.finish()

    def value(self) -> IntentionInput:
        return IntentionInput(IntentionKind(self.kind.currentData()), self.description.toPlainText(), self.kw.value(),
                              _date(self.found.date()))

    def status_value(self) -> IntentionStatus:
        return IntentionStatus(self.status.currentData())

    def on_accept(self) -> None:
        if not self.description.toPlainText().strip():
            self.show_error(self.tr("请填写意向内容。"))
            self.description.setFocus()
            return
        self.accept()
