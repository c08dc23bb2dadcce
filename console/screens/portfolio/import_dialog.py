"""Import wizard: choose a file, see every row's outcome (dry run), then commit all at once — or undo the last import.

Nothing is written until "Import" is pressed; the commit re-checks the file inside its transaction, so a
preview that went stale is refused whole rather than applied half.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from console.context import AppContext
from console.core.errors import QT_TRANSLATE_NOOP
from console.core.imports.messages import ImportFileError
from console.core.imports.spec import Action
from console.core.security import Permission
from console.core.services.customer_import import BatchInfo, CustomerImportService, ImportPreview, ImportResult
from console.i18n import translate_error
from console.screens.portfolio.options import IMPORT_DIR
from widgets.column_table import ColumnSpec, ColumnTableModel, ColumnTableView, RowStyle

ACTION_ORDER = [Action.ADD, Action.UPDATE, Action.UNCHANGED, Action.REJECT]
FIELD_TITLES = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "户名"), "address": QT_TRANSLATE_NOOP("ImportDialog", "用电地址"),
    "segment": QT_TRANSLATE_NOOP("ImportDialog", "客户分类"), "key_grade": QT_TRANSLATE_NOOP("ImportDialog", "要客等级"),
    "usage_category": QT_TRANSLATE_NOOP("ImportDialog", "用电类别"), "voltage_level": QT_TRANSLATE_NOOP("ImportDialog", "电压等级"),
    "capacity_kva": QT_TRANSLATE_NOOP("ImportDialog", "合同容量"), "industry": QT_TRANSLATE_NOOP("ImportDialog", "行业分类"),
    "team": QT_TRANSLATE_NOOP("ImportDialog", "所属团队"), "manager": QT_TRANSLATE_NOOP("ImportDialog", "客户经理"),
    "contact_name": QT_TRANSLATE_NOOP("ImportDialog", "联系人"), "phone": QT_TRANSLATE_NOOP("ImportDialog", "联系电话"),
    "id_number": QT_TRANSLATE_NOOP("ImportDialog", "证件号码"), "opened_on": QT_TRANSLATE_NOOP("ImportDialog", "立户日期"),
}


class ImportDialog(QDialog):
    sig_imported = Signal(list)  # customer ids added/updated/restored ([] = many: reload all)

    def __init__(self, ctx: AppContext, team_id: int | None, teams: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入客户清单"))
        self.resize(1100, 640)
        self._ctx = ctx
        self._service = CustomerImportService(ctx.session_factory, ctx.principal)
        self._key = f"portfolio-import-{id(self)}"
        self.preview: ImportPreview | None = None
        self._zh = ctx.lang == "zh"
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("营销系统导出的客户文件（CSV UTF-8/GBK 或 XLSX）"))
        browse = QPushButton(self.tr("选择文件(&F)…"))
        browse.clicked.connect(self.on_browse)
        row.addWidget(QLabel(self.tr("文件：")))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.team = QComboBox()
        self.team.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if ctx.principal.can(Permission.ALL_TEAMS):
            self.team.addItem(self.tr("（按文件中的团队）"), 0)
            for tid, name in teams:
                self.team.addItem(name, tid)
            row.addWidget(QLabel(self.tr("默认团队：")))
            row.addWidget(self.team)
            if team_id:
                self.team.setCurrentIndex(max(0, self.team.findData(team_id)))
            self.team.setMinimumWidth(self.team.sizeHint().width())
        self.check = QPushButton(self.tr("检查(&C)"))
        self.check.setDefault(True)
        self.check.clicked.connect(self.on_check)
        row.addWidget(self.check)
        layout.addLayout(row)
        self.summary = QLabel(self.tr("选择文件后点“检查”：先列出每一行将新增、更新还是被拒绝，确认后才写入。"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        filters = QHBoxLayout()
        self.show_only = QComboBox()
        self.show_only.addItem(self.tr("全部行"), "")
        for action, text in ((Action.ADD, self.tr("新增")), (Action.UPDATE, self.tr("更新")), (Action.UNCHANGED, self.tr("未变")),
                             (Action.REJECT, self.tr("拒绝"))):
            self.show_only.addItem(text, action.value)
        self.show_only.addItem(self.tr("有提示"), "warn")
        self.show_only.currentIndexChanged.connect(self.on_filter)
        filters.addWidget(QLabel(self.tr("显示：")))
        filters.addWidget(self.show_only)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.model = ColumnTableModel(
            [ColumnSpec("line", self.tr("行号"), "int", 52), ColumnSpec("action", self.tr("结果"), "text", 56),
             ColumnSpec("account", self.tr("户号"), "text", 100), ColumnSpec("name", self.tr("户名"), "text", 170),
             ColumnSpec("changed", self.tr("变更"), "text", 150), ColumnSpec("reasons", self.tr("原因 / 提示"), "text", 520)],
            status_key="action_code",
            row_styles={"reject": RowStyle(foreground="#b3261e", background="#fdecea"), "add": RowStyle(foreground="#1b5e20"),
                        "update": RowStyle(foreground="#0d47a1")},
        )
        self.table = ColumnTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        metrics = self.table.horizontalHeader().fontMetrics()
        for col, spec in enumerate(self.model.specs):  # English titles are wider than the Chinese ones
            self.table.setColumnWidth(col, max(spec.width, metrics.horizontalAdvance(spec.title) + 18))
        self.table.clicked.connect(self.on_row_chosen)
        self.table.activated.connect(self.on_row_chosen)
        layout.addWidget(self.table, 1)
        # Reasons can be long; the chosen row's full text shows here instead of an elided cell.
        self.row_detail = QLabel()
        self.row_detail.setWordWrap(True)
        self.row_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.row_detail)
        buttons = QHBoxLayout()
        self.undo = QPushButton(self.tr("撤销上次导入(&U)…"))
        self.undo.clicked.connect(self.on_undo)
        self.commit = QPushButton(self.tr("导入(&I)"))
        self.commit.setEnabled(False)
        self.commit.clicked.connect(self.on_commit)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        buttons.addWidget(self.commit)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._actions = np.empty(0, dtype=object)
        self._warned = np.empty(0, dtype=bool)

    # --- steps ---------------------------------------------------------------------------------------------------

    def on_browse(self) -> None:
        start = self._ctx.settings.get(IMPORT_DIR) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择客户文件"), start,
                                              self.tr("客户文件 (*.csv *.xlsx *.txt *.xls);;所有文件 (*)"))
        if path:
            self._ctx.settings.set(IMPORT_DIR, os.path.dirname(path))
            self.path.setText(path)
            self.on_check()

    def load_file(self, path: str) -> None:
        """Check ``path`` at once (used by the screen's drop handler and by tests)."""
        self.path.setText(path)
        self.on_check()

    def on_check(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.summary.setText(self.tr("请先选择文件。"))
            return
        team = self.team.currentData() or None if self.team.count() else None
        self.commit.setEnabled(False)
        self.check.setEnabled(False)
        self.summary.setText(self.tr("正在检查…"))
        self._ctx.tasks.run(lambda: self._service.dry_run(path, team_id=team), self.on_preview, self.on_error, key=self._key)

    def on_error(self, exc: BaseException) -> None:
        self.check.setEnabled(True)
        if isinstance(exc, ImportFileError):
            text = exc.user_message.text(self._ctx.lang)
        else:
            text = translate_error(exc)
        self.summary.setText(f"<span style='color:#b3261e'>{text}</span>")

    def on_preview(self, preview: ImportPreview) -> None:
        self.check.setEnabled(True)
        self.preview = preview
        counts = preview.counts()
        warnings = sum(1 for o in preview.plan.outcomes if o.warnings)
        self.summary.setText(
            self.tr("新增 %1 · 更新 %2 · 未变 %3 · 拒绝 %4 · 有提示 %5").replace("%1", f"{counts[Action.ADD]:,}")
            .replace("%2", f"{counts[Action.UPDATE]:,}").replace("%3", f"{counts[Action.UNCHANGED]:,}")
            .replace("%4", f"{counts[Action.REJECT]:,}").replace("%5", f"{warnings:,}")
            + (self.tr("（未使用的列：%1）").replace("%1", "、".join(preview.plan.ignored_columns)) if preview.plan.ignored_columns else "")
        )
        to_write = counts[Action.ADD] + counts[Action.UPDATE]
        self.commit.setText(self.tr("导入 %n 行", "", to_write))
        self.commit.setEnabled(to_write > 0)
        self._fill(preview)

    def _fill(self, preview: ImportPreview) -> None:
        outcomes = preview.plan.outcomes
        lang = self._ctx.lang
        names = {Action.ADD: self.tr("新增"), Action.UPDATE: self.tr("更新"), Action.UNCHANGED: self.tr("未变"),
                 Action.REJECT: self.tr("拒绝")}
        sep = "；" if self._zh else "; "
        self._actions = np.array([o.action.value for o in outcomes], dtype=object)
        self._warned = np.array([bool(o.warnings) for o in outcomes], dtype=bool)
        self.model.set_columns({
            "line": np.array([o.line_no for o in outcomes], dtype=np.int64),
            "action": [names[o.action] for o in outcomes],
            "account": [o.key or "" for o in outcomes],
            "name": [str(o.values.get("name", "")) for o in outcomes],
            "changed": [("、" if self._zh else ", ").join(self._field(f) for f in o.changed) for o in outcomes],
            "reasons": [sep.join([r.text(lang) for r in o.reasons] + [w.text(lang) for w in o.warnings]) for o in outcomes],
            "action_code": self._actions,
        }, row_ids=[o.line_no for o in outcomes])
        self.on_filter()

    def _field(self, key: str) -> str:
        return QCoreApplication.translate("ImportDialog", FIELD_TITLES[key]) if key in FIELD_TITLES else key

    def on_row_chosen(self, index) -> None:  # type: ignore[no-untyped-def]
        if not index.isValid():
            return
        line = self.model.data(self.model.index(index.row(), 0))
        reasons = self.model.data(self.model.index(index.row(), 5))
        self.row_detail.setText(self.tr("第 %1 行：%2").replace("%1", str(line)).replace("%2", reasons or self.tr("无")))

    def on_filter(self) -> None:
        wanted = self.show_only.currentData()
        rows = np.arange(len(self._actions))
        if wanted == "warn":
            rows = rows[self._warned]
        elif wanted:
            rows = rows[self._actions == wanted]
        self.model.set_view(rows)

    def on_commit(self) -> None:
        preview = self.preview
        if preview is None:
            return
        rejected = preview.counts()[Action.REJECT]
        if rejected:
            answer = QMessageBox.question(self, self.tr("有被拒绝的行"),
                                          self.tr("%n 行有误，将不导入。仍导入其余的行吗？", "", rejected))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.commit.setEnabled(False)
        self.summary.setText(self.tr("正在导入…"))
        self._ctx.tasks.run(lambda: self._service.commit(preview), self.on_committed, self.on_error, key=self._key)

    def on_committed(self, result: ImportResult) -> None:
        self.preview = None
        self.summary.setText(self.tr("已导入（批次 %1）：新增 %2，更新 %3。如有误可“撤销上次导入”。")
                             .replace("%1", str(result.batch_id)).replace("%2", f"{result.added:,}").replace("%3", f"{result.updated:,}"))
        ids = list(result.customer_ids)
        self.sig_imported.emit(ids if len(ids) <= 2000 else [])
        self._ctx.bus.notify("customers", ids if len(ids) <= 2000 else [])

    def on_undo(self) -> None:
        self._ctx.tasks.run(self._service.last_batch, self.on_last_batch, self.on_error, key=self._key)

    def on_last_batch(self, info: BatchInfo | None) -> None:
        if info is None:
            QMessageBox.information(self, self.tr("撤销导入"), self.tr("没有可撤销的客户导入。"))
            return
        when = info.at.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(self, self.tr("撤销导入"), self.tr("撤销 %1 于 %2 导入的“%3”？\n新增的 %4 户将删除，更新的 %5 户恢复原值。")
                                      .replace("%1", info.username).replace("%2", when).replace("%3", info.file_name)
                                      .replace("%4", f"{info.added:,}").replace("%5", f"{info.updated:,}"))
        if answer == QMessageBox.StandardButton.Yes:
            self._ctx.tasks.run(self._service.undo_last, self.on_undone, self.on_error, key=self._key)

    def on_undone(self, result: tuple[BatchInfo, list[int]]) -> None:
        info, ids = result
        self.summary.setText(self.tr("已撤销导入批次 %1。").replace("%1", str(info.id)))
        self.sig_imported.emit(ids if len(ids) <= 2000 else [])
        self._ctx.bus.notify("customers", ids if len(ids) <= 2000 else [])

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # Enter in the path box checks the file instead of closing the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.path.hasFocus():
            self.on_check()
            return
        super().keyPressEvent(event)
