"""Key-account reminder panel: 集团要客 not contacted for more than N days (N is the user's setting)."""
from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.services.customer_records import ReminderList
from console.core.services.key_accounts import MAX_REMINDER_DAYS, KeyAccountService
from console.i18n import translate_error
from console.screens.portfolio.labels import GRADES, label
from widgets.column_table import ColumnSpec, ColumnTableModel, ColumnTableView, RowStyle


class ReminderPanel(QWidget):
    sig_customer_activated = Signal(int)
    sig_days_changed = Signal(int)

    def __init__(self, ctx: AppContext, today: date, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._service = KeyAccountService(ctx.session_factory, ctx.principal)
        self._key = f"portfolio-reminders-{id(self)}"
        self.team_id: int | None = None
        self.result: ReminderList | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        title = QLabel(self.tr("要客联络提醒"))
        title.setStyleSheet("font-weight: bold; color: #1f6f8b; font-size: 11pt;")
        row.addWidget(title)
        row.addSpacing(12)
        caption = QLabel(self.tr("未联络超过(&D)"))
        self.days = QSpinBox()
        self.days.setRange(1, MAX_REMINDER_DAYS)
        self.days.setValue(days)
        self.days.setSuffix(self.tr(" 天"))
        caption.setBuddy(self.days)
        self.days.editingFinished.connect(self.on_days_edited)
        self.days.valueChanged.connect(lambda _v: self.on_days_edited() if not self.days.hasFocus() else None)
        row.addWidget(caption)
        row.addWidget(self.days)
        row.addSpacing(12)
        self.count = QLabel()
        row.addWidget(self.count, 1)
        layout.addLayout(row)
        self.model = ColumnTableModel(
            [ColumnSpec("name", self.tr("客户"), "text", 260),
             ColumnSpec("account", self.tr("户号"), "text", 96),
             ColumnSpec("grade", self.tr("等级"), "text", 64),
             ColumnSpec("last", self.tr("最近联络"), "text", 96),
             ColumnSpec("days", self.tr("未联络"), "int", 80, formatter=self._days_text),
             ColumnSpec("manager", self.tr("客户经理"), "text", 90)],
            status_key="never", row_styles={True: RowStyle(foreground="#b3261e")},
        )
        self.view = ColumnTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.sig_row_activated.connect(lambda cid: self.sig_customer_activated.emit(int(cid)))
        self.view.setToolTip(self.tr("双击或回车打开客户"))
        layout.addWidget(self.view, 1)
        self._last_days = days

    def _days_text(self, value: object) -> str:
        days = int(value)  # type: ignore[call-overload]
        return self.tr("从未") if days < 0 else self.tr("%n 天", "", days)

    def on_days_edited(self) -> None:
        if self.days.value() != self._last_days:
            self._last_days = self.days.value()
            self.sig_days_changed.emit(self._last_days)
            self.refresh()

    def set_team(self, team_id: int | None) -> None:
        self.team_id = team_id
        self.refresh()

    def refresh(self) -> None:
        team, today, days = self.team_id, self._today, self.days.value()
        self.count.setText(self.tr("正在查找…"))
        self._ctx.tasks.run(lambda: self._service.reminders(team, today=today, max_days=days), self.on_result,
                            self.on_error, key=self._key)

    def on_error(self, exc: BaseException) -> None:
        self.count.setText(translate_error(exc))

    def on_result(self, result: ReminderList) -> None:
        self.result = result
        items = result.items
        self.model.set_columns({
            "name": [i.name for i in items],
            "account": [i.account_no for i in items],
            "last": [i.last_contact_on.isoformat() if i.last_contact_on else "" for i in items],
            "days": np.array([-1 if i.days_since_contact is None else i.days_since_contact for i in items], dtype=np.int64),
            "grade": [label(GRADES, i.key_grade) for i in items],
            "manager": [i.manager_name for i in items],
            "never": [i.days_since_contact is None for i in items],
        }, row_ids=[i.customer_id for i in items])
        if result.total > len(items):
            self.count.setText(self.tr("共 %1 户，列出最久未联络的 %2 户").replace("%1", f"{result.total:,}").replace("%2", f"{len(items):,}"))
        elif result.total:
            self.count.setText(self.tr("共 %n 户", "", result.total))
        else:
            self.count.setText(self.tr("没有超期未联络的要客。"))
        self.view.setEnabled(bool(items))
