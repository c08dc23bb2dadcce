"""Choosing the meeting: team and ISO week on the first line, the meeting's date and place on the second."""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.core.rules.iso_week import IsoWeek
from console.core.services.meeting_data import MeetingInfo
from console.core.services.org import TeamInfo


def qdate(d: _dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class WeekBar(QWidget):
    sig_meeting_requested = Signal(int, object)  # team id, IsoWeek
    sig_details_saved = Signal(object, str)  # held_on date, place

    def __init__(self, week: IsoWeek, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week = week
        self._this_week = week
        self.team = QComboBox()
        self.team.setObjectName("teamPicker")
        self.team.setMinimumWidth(160)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("上一周"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("下一周"))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.this_week_button = QPushButton(self.tr("本周"))
        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd ddd")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("会议地点，如 城东供电服务中心三楼会议室"))
        self.place.setMaxLength(100)
        self.save_button = QPushButton(self.tr("保存会议信息"))
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("团队")))
        first.addWidget(self.team)
        first.addSpacing(12)
        first.addWidget(QLabel(self.tr("周次")))
        for w in (self.prev_button, self.week_label, self.next_button, self.this_week_button):
            first.addWidget(w)
        first.addStretch(1)
        first.addWidget(self.status)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("会议日期")))
        second.addWidget(self.held_on)
        second.addSpacing(12)
        second.addWidget(QLabel(self.tr("地点")))
        second.addWidget(self.place, 1)
        second.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        self.prev_button.clicked.connect(lambda: self.set_week(self.week.shifted(-1)))
        self.next_button.clicked.connect(lambda: self.set_week(self.week.shifted(1)))
        self.this_week_button.clicked.connect(lambda: self.set_week(self._this_week))
        self.team.activated.connect(lambda _i: self._request())
        self.save_button.clicked.connect(self.on_save_clicked)
        self._show_week()

    def set_teams(self, teams: Sequence[TeamInfo]) -> None:
        self.team.clear()
        for t in teams:
            self.team.addItem(self.tr("%1（%2）").replace("%1", t.name).replace("%2", t.code), t.id)
        self.team.setEnabled(len(teams) > 1)

    def team_id(self) -> int | None:
        value = self.team.currentData()
        return int(value) if value is not None else None

    def set_week(self, week: IsoWeek) -> None:
        self.week = week
        self._show_week()
        self._request()

    def _show_week(self) -> None:
        w = self.week
        self.week_label.setText(self.tr("%1（%2 — %3）").replace("%1", w.label)
                                .replace("%2", f"{w.monday:%m-%d}").replace("%3", f"{w.sunday:%m-%d}"))
        self.held_on.setDateRange(qdate(w.monday), qdate(w.sunday))

    def _request(self) -> None:
        team_id = self.team_id()
        if team_id is not None:
            self.sig_meeting_requested.emit(team_id, self.week)

    def show_meeting(self, m: MeetingInfo) -> None:
        self.held_on.setDate(qdate(m.held_on))
        self.place.setText(m.place)
        self.status.setText(self.tr("已召开（议程已锁定）") if m.held else self.tr("筹备中"))
        for w in (self.held_on, self.place, self.save_button):
            w.setEnabled(not m.held)

    def on_save_clicked(self) -> None:
        self.sig_details_saved.emit(self.held_on.date().toPython(), self.place.text())
