"""Dayparting rules of one content item: date range, weekdays, time-of-day window — one row per rule.

No rule means "all day, every day while effective". Weekdays are ISO (1 = Monday), as stored.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import QT_TRANSLATE_NOOP
from console.core.services.kiosk_records import ScheduleLine

WEEKDAYS = (QT_TRANSLATE_NOOP("ScheduleEditor", "一"), QT_TRANSLATE_NOOP("ScheduleEditor", "二"),
            QT_TRANSLATE_NOOP("ScheduleEditor", "三"), QT_TRANSLATE_NOOP("ScheduleEditor", "四"),
            QT_TRANSLATE_NOOP("ScheduleEditor", "五"), QT_TRANSLATE_NOOP("ScheduleEditor", "六"),
            QT_TRANSLATE_NOOP("ScheduleEditor", "日"))


def _optional_date(parent: QWidget) -> tuple[QCheckBox, QDateEdit]:
    check = QCheckBox(parent)
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    return check, edit


class ScheduleRow(QFrame):
    sig_changed = Signal()
    sig_remove = Signal(object)

    def __init__(self, line: ScheduleLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.from_check, self.from_edit = _optional_date(self)
        self.to_check, self.to_edit = _optional_date(self)
        self.days = [QCheckBox(self) for _ in WEEKDAYS]
        self.time_check = QCheckBox(self)
        self.time_from, self.time_to = QTimeEdit(self), QTimeEdit(self)
        for edit in (self.time_from, self.time_to):
            edit.setDisplayFormat("HH:mm")
            edit.setEnabled(False)
            self.time_check.toggled.connect(edit.setEnabled)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(lambda: self.sig_remove.emit(self))
        self.from_label, self.to_label, self.days_label = QLabel(self), QLabel(self), QLabel(self)
        # Three short lines: the editor pane is narrow on a 1280-pixel desk.
        first = QHBoxLayout()
        for w in (self.from_check, self.from_edit, self.to_label, self.to_check, self.to_edit):
            first.addWidget(w)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.days_label)
        for box in self.days:
            second.addWidget(box)
        second.addStretch(1)
        third = QHBoxLayout()
        for w in (self.time_check, self.time_from, QLabel("–", self), self.time_to):
            third.addWidget(w)
        third.addStretch(1)
        third.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        for line_layout in (first, second, third):
            layout.addLayout(line_layout)
        self.set_line(line)
        for check in (self.from_check, self.to_check, self.time_check, *self.days):
            check.toggled.connect(self._changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._changed)
        for edit in (self.time_from, self.time_to):
            edit.timeChanged.connect(self._changed)
        self.retranslate()

    def _changed(self, *_args: object) -> None:
        self.sig_changed.emit()

    def set_line(self, line: ScheduleLine) -> None:
        for check, edit, value in ((self.from_check, self.from_edit, line.date_from),
                                   (self.to_check, self.to_edit, line.date_to)):
            check.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))
        for i, box in enumerate(self.days):
            box.setChecked(str(i + 1) in line.weekdays)
        timed = line.time_from is not None or line.time_to is not None
        self.time_check.setChecked(timed)
        self.time_from.setTime(_qtime(line.time_from or time(0, 0)))
        self.time_to.setTime(_qtime(line.time_to or time(0, 0)))

    def line(self) -> ScheduleLine:
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]

        weekdays = "".join(str(i + 1) for i, box in enumerate(self.days) if box.isChecked())
        timed = self.time_check.isChecked()
        return ScheduleLine(day(self.from_check, self.from_edit), day(self.to_check, self.to_edit), weekdays,
                            self.time_from.time().toPython() if timed else None,  # type: ignore[arg-type]
                            self.time_to.time().toPython() if timed else None)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.from_check.setText(self.tr("从"))
        self.to_label.setText(self.tr("至"))
        self.days_label.setText(self.tr("星期"))
        for box, name in zip(self.days, WEEKDAYS, strict=True):
            box.setText(QCoreApplication.translate("ScheduleEditor", name))
        self.time_check.setText(self.tr("时段"))
        self.remove_button.setText(self.tr("删除此排期"))
        self.time_to.setToolTip(self.tr("结束时间早于开始时间表示跨午夜"))


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class ScheduleEditor(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ScheduleRow] = []
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_rule)
        self.rows_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add_button)
        self.retranslate()

    def set_lines(self, lines: Sequence[ScheduleLine]) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for line in lines:
            self._add(line)
        self.retranslate()

    def lines(self) -> tuple[ScheduleLine, ...]:
        return tuple(row.line() for row in self.rows)

    def add_rule(self) -> None:
        self._add(ScheduleLine(weekdays="12345"))
        self.retranslate()
        self.sig_changed.emit()

    def _add(self, line: ScheduleLine) -> None:
        row = ScheduleRow(line, self)
        row.sig_changed.connect(lambda: self.sig_changed.emit())
        row.sig_remove.connect(self._remove)
        self.rows.append(row)
        self.rows_box.addWidget(row)

    def _remove(self, row: ScheduleRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.retranslate()
        self.sig_changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("添加排期"))
        self.hint.setText(self.tr("未设排期：生效期内全天播放。") if not self.rows else
                          self.tr("只在以下任一时段播放（大厅当地时间）。"))
