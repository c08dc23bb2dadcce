"""Proof of play: what each kiosk showed and when, for a date range, exportable to CSV or XLSX."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo

import numpy as np
from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.exports.tabular import ExportResult
from console.core.services.kiosk_monitor import PLAYS_SHOWN, KioskMonitorService, PlayLine
from console.core.services.kiosk_records import as_utc, hall_time
from console.dialogs import run_with_progress, show_error
from widgets.column_table import ColumnSpec, ColumnTableModel, ColumnTableView


def _day_start(day: date, tz: tzinfo | None) -> datetime:
    zone = tz or datetime.now().astimezone().tzinfo or timezone.utc
    return as_utc(datetime.combine(day, time.min, zone))


class PlaysTab(QWidget):
    def __init__(self, ctx: AppContext, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tz = tz
        today = hall_time(datetime.now(timezone.utc), tz).date()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, day in ((self.date_from, today - timedelta(days=6)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
        self.kiosk = QComboBox()
        self.kiosk.addItem("", None)
        self.query_button, self.export_button = QPushButton(), QPushButton()
        self.query_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.on_export)
        self.to_label = QLabel()
        self.count = QLabel()
        filters = QHBoxLayout()
        for w in (self.date_from, self.to_label, self.date_to, self.kiosk, self.query_button):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        self.model = ColumnTableModel(self._specs(), self)
        self.view = ColumnTableView()
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.lines: tuple[PlayLine, ...] = ()
        self.retranslate()
        self._load_kiosks()
        self.reload()

    def _specs(self) -> list[ColumnSpec]:
        return [ColumnSpec("at", self.tr("播放时间"), width=170), ColumnSpec("kiosk", self.tr("终端"), width=110),
                ColumnSpec("content", self.tr("内容编号"), "int", width=80), ColumnSpec("title", self.tr("标题"), width=320),
                ColumnSpec("seconds", self.tr("时长（秒）"), "float", width=90,
                           formatter=lambda v: f"{v:.1f}")]

    def monitor(self) -> KioskMonitorService:
        return KioskMonitorService(self._ctx.session_factory, self._ctx.principal)

    def _load_kiosks(self) -> None:
        def fill(kiosks) -> None:  # type: ignore[no-untyped-def]
            for k in kiosks:
                self.kiosk.addItem(k.name, k.id)

        self._ctx.tasks.run(self.monitor().kiosks, fill, lambda e: show_error(self, e))

    def _range(self) -> tuple[datetime, datetime]:
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        return _day_start(first, self._tz), _day_start(last + timedelta(days=1), self._tz)  # type: ignore[operator]

    def reload(self) -> None:
        since, until = self._range()
        kiosk_id = self.kiosk.currentData()
        monitor = self.monitor()
        self._ctx.tasks.run(lambda: monitor.plays(since, until, kiosk_id), self.on_loaded,
                            lambda e: show_error(self, e), key="kiosk-plays")

    def on_loaded(self, lines: tuple[PlayLine, ...]) -> None:
        self.lines = lines
        self.model.set_columns({
            "at": np.array([hall_time(p.shown_at, self._tz).strftime("%Y-%m-%d %H:%M:%S") for p in lines], dtype=object),
            "kiosk": np.array([p.kiosk for p in lines], dtype=object),
            "content": np.array([p.content_id for p in lines], dtype=np.int64),
            "title": np.array([p.title or self.tr("（已删除）") for p in lines], dtype=object),
            "seconds": np.array([p.duration_ms / 1000 for p in lines], dtype=float),
        }, np.arange(len(lines)))
        text = self.tr("共 %1 条").replace("%1", f"{len(lines):,}")
        if len(lines) >= PLAYS_SHOWN:
            text = self.tr("显示最近 %1 条；导出包含全部记录。").replace("%1", f"{PLAYS_SHOWN:,}")
        self.count.setText(text)

    def on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出播放记录"), "proof-of-play.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        since, until = self._range()
        kiosk_id = self.kiosk.currentData()
        columns = [s.title for s in self._specs()]
        monitor = self.monitor()
        run_with_progress(self, self._ctx.tasks, self.tr("正在导出播放记录…"),
                          lambda: monitor.export_plays(path, columns, since, until, kiosk_id, self._tz),
                          self.on_exported)

    def on_exported(self, result: ExportResult) -> None:
        self.count.setText(self.tr("已导出 %1 条到 %2").replace("%1", f"{result.rows:,}").replace("%2", str(result.path)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.to_label.setText(self.tr("至"))
        self.kiosk.setItemText(0, self.tr("全部终端"))
        self.query_button.setText(self.tr("查询"))
        self.export_button.setText(self.tr("导出…"))
