"""Registering tags: one item (e.g. from the quarantine list) and a whole list from XLSX/CSV with a dry run first."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from console.context import AppContext
from console.core.imports.messages import ImportFileError
from console.core.imports.spec import Action
from console.core.services.warehouse_registration import ImportReport, NewItem, WarehouseRegistration
from console.core.services.warehouse_registry import Choice, Lookups
from console.i18n import translate_error
from console.screens.warehouse.dialogs import choice_combo, date_edit, pydate
from console.screens.warehouse.options import IMPORT_DIR
from console.screens.warehouse.small_table import list_table, set_rows
from widgets.column_table import ColumnSpec, RowStyle


class RegisterDialog(QDialog):
    def __init__(self, lookups: Lookups, epc: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记物资"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.epc = QLineEdit(epc)
        self.epc.setPlaceholderText(self.tr("24位十六进制，或 urn:epc:tag:… 标签URI"))
        self.type = choice_combo(tuple(Choice(t.id, t.name, t.code) for t in lookups.types), self.tr("（请选择类别）"))
        self.serial = QLineEdit()
        self.shelf = choice_combo(lookups.shelves, self.tr("（请选择货架）"))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1_000_000)
        self.made_known = QCheckBox(self.tr("填写出厂日期"))
        self.made = date_edit(today, maximum=today)
        self.tested_known = QCheckBox(self.tr("填写上次试验日期（下次试验按周期计算）"))
        self.tested = date_edit(today, maximum=today)
        for box, edit in ((self.made_known, self.made), (self.tested_known, self.tested)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
        form.addRow(self.tr("EPC"), self.epc)
        form.addRow(self.tr("物资类别"), self.type)
        form.addRow(self.tr("出厂编号"), self.serial)
        form.addRow(self.tr("货架"), self.shelf)
        form.addRow(self.tr("数量"), self.quantity)
        form.addRow(self.made_known, self.made)
        form.addRow(self.tested_known, self.tested)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b3261e;")
        layout.addWidget(self.problem)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def accept(self) -> None:
        if self.type.currentData() is None or self.shelf.currentData() is None or not self.serial.text().strip():
            self.problem.setText(self.tr("请选择类别和货架，并填写出厂编号。"))
            return
        super().accept()

    def values(self) -> NewItem:
        return NewItem(self.epc.text().strip(), int(self.type.currentData()), self.serial.text().strip(),
                       int(self.shelf.currentData()), self.quantity.value(),
                       manufactured_on=pydate(self.made.date()) if self.made_known.isChecked() else None,
                       last_test_on=pydate(self.tested.date()) if self.tested_known.isChecked() else None)


ACTION_STYLES = {"reject": RowStyle(foreground="#b3261e"), "add": RowStyle(foreground="#1b6e2a")}


class ImportDialog(QDialog):
    """Choose a file → see what would happen row by row (nothing written) → import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 on_imported: Callable[[ImportReport], None] | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = WarehouseRegistration(ctx.session_factory, ctx.principal)
        self._on_imported = on_imported
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("批量登记物资"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("从 XLSX 或 CSV 清单登记带标签的物资。列：EPC、物资类别、出厂编号、货架、数量、出厂日期、"
                               "上次试验日期、下次试验日期、报废期限。先预览（不写入），确认后再导入。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choose = QPushButton(self.tr("选择文件…"))
        self.choose.clicked.connect(self.on_choose)
        self.file_label = QLabel()
        row.addWidget(self.choose)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table, self.model = list_table([
            ColumnSpec("line", self.tr("行"), "int", 50), ColumnSpec("action", self.tr("结果"), "text", 70),
            ColumnSpec("key", self.tr("EPC"), "text", 200), ColumnSpec("reasons", self.tr("原因/提示"), "text", 420),
        ], status_key="code", row_styles=ACTION_STYLES)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("导入"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.on_apply)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def on_choose(self) -> None:
        folder = self._ctx.settings.get(IMPORT_DIR) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择物资清单"), folder,
                                              self.tr("表格 (*.xlsx *.csv *.txt);;所有文件 (*)"))
        if path:
            self._ctx.settings.set(IMPORT_DIR, str(Path(path).parent))
            self.preview(Path(path))

    def preview(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self.summary.setText(self.tr("正在检查…"))
        self.apply_button.setEnabled(False)
        self._ctx.tasks.run(lambda: self._service.preview(path), self.on_report, self.on_error, key="wh-import")

    def on_apply(self) -> None:
        if self.path is None:
            return
        path = self.path
        self.apply_button.setEnabled(False)
        self._ctx.tasks.run(lambda: self._service.import_file(path, path.name), self.on_report, self.on_error,
                            key="wh-import")

    def on_error(self, exc: BaseException) -> None:
        if isinstance(exc, ImportFileError):
            text = exc.user_message.text(self._ctx.lang)
        else:
            text = translate_error(exc)
        self.summary.setText(text)
        set_rows(self.model, [], [], extra=("code",))

    def on_report(self, report: ImportReport) -> None:
        self.report = report
        lang = self._ctx.lang
        c = report.counts
        names = {Action.ADD: self.tr("新增"), Action.UPDATE: self.tr("更新"), Action.UNCHANGED: self.tr("不变"),
                 Action.REJECT: self.tr("拒绝")}
        figures = "，".join(f"{names[a]} {c[a]}" for a in (Action.ADD, Action.UPDATE, Action.UNCHANGED, Action.REJECT))
        done = self.tr("已导入：") if report.applied else self.tr("预览（尚未写入）：")
        self.summary.setText(done + figures)
        rows = [{"line": o.line_no, "action": names[o.action], "key": o.key or "",
                 "reasons": "；".join(r.text(lang) for r in (*o.reasons, *o.warnings)), "code": o.action.value}
                for o in report.plan.outcomes]
        set_rows(self.model, rows, range(len(rows)), extra=("code",))
        self.apply_button.setEnabled(not report.applied and (c[Action.ADD] + c[Action.UPDATE]) > 0)
        if report.applied and self._on_imported is not None:
            self._on_imported(report)
