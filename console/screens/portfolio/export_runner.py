"""Exporting the current view with a progress dialog that can cancel (the file appears only when complete)."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from console.context import AppContext
from console.core.exports.tabular import ExportResult
from console.core.services.customer_export import PortfolioExportService
from console.core.services.portfolio import Portfolio
from console.core.services.portfolio_query import PortfolioQuery
from console.i18n import translate_error
from console.screens.portfolio.options import EXPORT_DIR


class ExportCancelled(Exception):
    pass


class _Progress(QObject):
    sig_rows = Signal(int)  # emitted from the worker; queued to the GUI thread


class ExportRunner(QObject):
    sig_finished = Signal(object)  # ExportResult

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._service = PortfolioExportService(ctx.session_factory, ctx.principal)

    def ask_path(self, suffix: str) -> str | None:
        folder = self._ctx.settings.get(EXPORT_DIR) or str(Path.home())
        name = os.path.join(folder, self.tr("客户档案") + suffix)
        pattern = self.tr("Excel 工作簿 (*.xlsx)") if suffix == ".xlsx" else self.tr("CSV 文件 (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("导出当前视图"), name, pattern)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        self._ctx.settings.set(EXPORT_DIR, os.path.dirname(path))
        return path

    def run(self, portfolio: Portfolio, rows: np.ndarray, query: PortfolioQuery, path: str) -> None:
        total = len(rows)
        dialog = QProgressDialog(self.tr("正在导出 %n 行…", "", total), self.tr("取消"), 0, max(total, 1), self._parent)
        dialog.setWindowTitle(self.tr("导出"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        cancelled = threading.Event()
        dialog.canceled.connect(cancelled.set)
        relay = _Progress(self)
        relay.sig_rows.connect(dialog.setValue)
        lang = self._ctx.lang

        def progress(done: int) -> None:
            if cancelled.is_set():
                raise ExportCancelled()
            relay.sig_rows.emit(done)

        def work() -> ExportResult:
            return self._service.export(portfolio, rows, path, lang=lang, query=query, on_progress=progress)

        def done(result: ExportResult) -> None:
            dialog.reset()
            self.sig_finished.emit(result)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            if not isinstance(exc, ExportCancelled):
                QMessageBox.warning(self._parent, self.tr("导出失败"), translate_error(exc))

        self._ctx.tasks.run(work, done, failed)
