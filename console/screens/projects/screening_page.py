"""结存项目筛查: the month's stalled, blocked and risk projects, with days stalled and reasons; filter, sort by
column, open a project, export what is shown to XLSX."""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.context import AppContext
from console.core.security import Permission
from console.core.services.projects import ProjectService
from console.core.services.stock_screening import ScreeningItem, ScreeningReason
from console.i18n import translate_error
from console.screens.projects import labels as L
from console.screens.projects.message_bar import MessageBar
from console.screens.projects.options import EXPORT_DIR
from widgets.column_ops import filter_mask, sort_index
from widgets.column_table import ColumnSpec, ColumnTableModel, ColumnTableView

_SEARCHED = ("app_no", "title", "customer", "manager", "flag_notes")


class ScreeningPage(QWidget):
    sig_project_opened = Signal(int)
    sig_loaded = Signal()
    sig_exported = Signal(str)

    def __init__(self, ctx: AppContext, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today or date.today()
        self._service = ProjectService(ctx.session_factory, ctx.principal)
        self.items: list[ScreeningItem] = []
        self._sort: tuple[str, Qt.SortOrder] | None = None
        self._progress: QProgressDialog | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight:bold;")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索申请编号、项目、客户、客户经理或标记说明"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("全部原因"), "")
        for r in ScreeningReason:
            self.reason.addItem(L.label(L.SCREENING_REASON, r.value), r.value)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setVisible(ctx.principal.can(Permission.EXPORT_DATA))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.summary = QLabel()
        self.message_bar = MessageBar()
        self.model = ColumnTableModel(self._specs(), self)
        self.table = ColumnTableView()
        self.table.setModel(self.model)
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.reason)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.search.textChanged.connect(self.apply_filter)
        self.reason.currentIndexChanged.connect(self.apply_filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.on_export)
        self.table.sig_sort_requested.connect(self.on_sort)
        self.table.sig_row_activated.connect(lambda pid: self.sig_project_opened.emit(int(pid)))
        ctx.bus.sig_changed.connect(self.on_data_changed)
        self.refresh()

    def _specs(self) -> list[ColumnSpec]:
        return [
            ColumnSpec("app_no", self.tr("申请编号"), width=110),
            ColumnSpec("title", self.tr("项目名称"), width=240),
            ColumnSpec("customer", self.tr("客户"), width=150),
            ColumnSpec("manager", self.tr("客户经理"), width=72),
            ColumnSpec("class", self.tr("类别"), width=90),
            ColumnSpec("node", self.tr("当前环节"), width=90),
            ColumnSpec("progress", self.tr("最近进展"), "date", width=90),
            ColumnSpec("stalled", self.tr("停滞工作日"), "int", width=92),
            ColumnSpec("reasons", self.tr("筛查原因"), width=180),
            ColumnSpec("flag_notes", self.tr("标记说明"), width=180),
            ColumnSpec("waiting", self.tr("等待客户事项"), width=130),
            ColumnSpec("total_left", self.tr("总时限剩余"), "int", width=80),
            ColumnSpec("total_due", self.tr("总时限截止"), "date", width=90),
        ]

    # -- data -------------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        service, today = self._service, self._today
        self.heading.setText(self.tr("截至 {day} 的在途项目").format(day=today.isoformat()))
        self._ctx.tasks.run(lambda: service.screening(today), self.on_items, self.on_error, key="projects-screening")

    def on_data_changed(self, entity: str, _ids: list) -> None:  # type: ignore[type-arg]
        if entity in ("projects", "time_limit_tables", "calendar_overrides") and self.isVisible():
            self.refresh()

    def on_error(self, exc: BaseException) -> None:
        self.message_bar.show_message(translate_error(exc), "error", self.tr("重试"), self.refresh)

    def on_items(self, items: list[ScreeningItem]) -> None:
        self.items = list(items)
        sep = "、" if self._ctx.lang == "zh" else ", "
        cols = {
            "app_no": [i.application_no for i in items], "title": [i.title for i in items],
            "customer": [i.customer_name for i in items], "manager": [i.manager_name for i in items],
            "class": [L.label(L.CLASS, i.project_class) for i in items],
            "node": [L.label(L.NODE, i.current_node) if i.current_node else "" for i in items],
            "progress": np.array([i.last_progress_on for i in items], "datetime64[D]"),
            "stalled": np.array([i.days_stalled for i in items], np.int64),
            "reasons": [sep.join(L.label(L.SCREENING_REASON, r.value) for r in i.reasons) for i in items],
            "flag_notes": ["；".join(i.flag_reasons) for i in items],
            "waiting": [L.label(L.PAUSE, i.open_pause) if i.open_pause else "" for i in items],
            "total_left": np.array([np.nan if i.total_left is None else i.total_left for i in items], float),
            "total_due": np.array([i.total_due or np.datetime64("NaT") for i in items], "datetime64[D]"),
        }
        self.model.set_columns(cols, np.array([i.project_id for i in items], np.int64))
        self.apply_filter()
        counts = Counter(r for i in items for r in i.reasons)
        self.summary.setText(self.tr("共 {n} 项").format(n=len(items)) + " · " + " · ".join(
            f"{L.label(L.SCREENING_REASON, r.value)} {counts[r]}" for r in ScreeningReason if counts[r]))
        self.sig_loaded.emit()

    def _mask(self) -> np.ndarray:
        mask = filter_mask(self.model.columns, _SEARCHED, self.search.text()) if self.items else np.zeros(0, bool)
        reason = self.reason.currentData()
        if reason:
            mask &= np.array([ScreeningReason(reason) in i.reasons for i in self.items], bool)
        return mask

    def apply_filter(self) -> None:
        if not self.model.row_ids.size:
            return
        index = np.arange(len(self.items), dtype=np.int64)
        if self._sort is not None:
            index = sort_index(self.model.columns, self._sort[0], self._sort[1])
        self.model.set_view(index[self._mask()[index]])

    def on_sort(self, key: str, order: Qt.SortOrder) -> None:
        self._sort = (key, order)
        self.apply_filter()

    def shown_items(self) -> list[ScreeningItem]:
        return [self.items[int(i)] for i in self.model.view_index]

    # -- export -----------------------------------------------------------------------------------------------------
    def on_export(self) -> None:
        folder = self._ctx.settings.get(EXPORT_DIR) or str(Path.home())
        name = str(Path(folder) / f"{self.tr('结存项目筛查')}-{self._today.isoformat()}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出结存项目筛查"), name, self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self._ctx.settings.set(EXPORT_DIR, str(Path(path).parent))
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the rows as filtered and sorted on screen (in the UI language)."""
        items, service, lang = self.shown_items(), self._service, self._ctx.lang
        self._progress = QProgressDialog(self.tr("正在导出…"), "", 0, 0, self)
        self._progress.setCancelButton(None)  # type: ignore[arg-type]
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.show()

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self._close_progress()
            self.message_bar.show_message(self.tr("已导出 {n} 行：{path}").format(n=result.rows, path=path), "info")
            self.sig_exported.emit(path)

        def failed(exc: BaseException) -> None:
            self._close_progress()
            self.on_error(exc)

        self._ctx.tasks.run(lambda: service.export_screening(items, path, lang), done, failed)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None
