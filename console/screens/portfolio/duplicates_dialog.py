"""Possible duplicates of the team: scan (flags them), review group by group, merge into the customer kept."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from console.context import AppContext
from console.core.security import Permission
from console.core.services.customer_duplicates import DuplicateGroup, DuplicateMember, DuplicateService, ScanResult
from console.i18n import translate_error
from console.screens.portfolio.labels import DUPLICATE_REASONS, SEGMENTS, label
from console.screens.portfolio.record_model import RecordColumn, RecordTableModel


class DuplicatesDialog(QDialog):
    sig_open_customer = Signal(int)

    def __init__(self, ctx: AppContext, team_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("疑似重复客户"))
        self.resize(1000, 560)
        self._ctx = ctx
        self._team_id = team_id
        self._service = DuplicateService(ctx.session_factory, ctx.principal)
        self._key = f"portfolio-duplicates-{id(self)}"
        self.result: ScanResult | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("正在查找证件号码、联系电话或地址相同的客户…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.groups = QListWidget()
        self.groups.currentRowChanged.connect(self.on_group)
        splitter.addWidget(self.groups)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.members = RecordTableModel[DuplicateMember]([
            RecordColumn(self.tr("户号"), lambda m: m.account_no), RecordColumn(self.tr("户名"), lambda m: m.name),
            RecordColumn(self.tr("客户分级"), lambda m: label(SEGMENTS, m.segment)),
            RecordColumn(self.tr("最近联络"), lambda m: m.last_contact_on.isoformat() if m.last_contact_on else ""),
            RecordColumn(self.tr("用电地址"), lambda m: m.address),
        ])
        self.member_view = QTableView()
        self.member_view.setModel(self.members)
        self.member_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_view.verticalHeader().setVisible(False)
        self.member_view.horizontalHeader().setStretchLastSection(True)
        self.member_view.doubleClicked.connect(self.on_open)
        right_layout.addWidget(self.member_view, 1)
        row = QHBoxLayout()
        self.merge = QPushButton(self.tr("保留所选客户，并入本组其他客户(&M)…"))
        self.merge.setEnabled(False)
        self.merge.setVisible(ctx.principal.can(Permission.MERGE_CUSTOMERS))
        self.merge.clicked.connect(self.on_merge)
        row.addWidget(self.merge)
        row.addStretch(1)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        right_layout.addLayout(row)
        splitter.addWidget(right)
        splitter.setSizes([330, 670])
        layout.addWidget(splitter, 1)
        self.member_view.selectionModel().selectionChanged.connect(lambda *_: self.merge.setEnabled(self._selected() is not None))

    def scan(self) -> None:
        team = self._team_id
        self._ctx.tasks.run(lambda: self._service.scan(team), self.on_scanned, self.on_error, key=self._key)

    def on_error(self, exc: BaseException) -> None:
        self.summary.setText(f"<span style='color:#b3261e'>{translate_error(exc)}</span>")

    def on_scanned(self, result: ScanResult) -> None:
        self.result = result
        self._ctx.bus.notify("customers", [])  # flags changed on many rows
        shown = len(result.groups)
        text = self.tr("找到 %1 组疑似重复，%2 户已标记“疑似重复”。").replace("%1", f"{result.group_count:,}").replace("%2", f"{result.flagged:,}")
        if shown < result.group_count:
            text += self.tr("（列出最大的 %1 组）").replace("%1", f"{shown:,}")
        self.summary.setText(text)
        self.groups.clear()
        for group in result.groups:
            item = QListWidgetItem(f"{label(DUPLICATE_REASONS, group.reason)} · {group.shown_value} ({len(group.members)})")
            self.groups.addItem(item)
        if result.groups:
            self.groups.setCurrentRow(0)

    def _group(self) -> DuplicateGroup | None:
        row = self.groups.currentRow()
        return self.result.groups[row] if self.result and 0 <= row < len(self.result.groups) else None

    def _selected(self) -> DuplicateMember | None:
        index = self.member_view.currentIndex()
        return self.members.record(index.row()) if index.isValid() else None

    def on_group(self, _row: int) -> None:
        group = self._group()
        self.members.set_records(group.members if group else [])
        self.merge.setEnabled(False)

    def on_open(self, index) -> None:  # type: ignore[no-untyped-def]
        member = self.members.record(index.row())
        if member is not None:
            self.sig_open_customer.emit(member.id)

    def on_merge(self) -> None:
        group, keep = self._group(), self._selected()
        if group is None or keep is None:
            return
        others = [m for m in group.members if m.id != keep.id]
        answer = QMessageBox.question(self, self.tr("合并客户"), self.tr("保留 %1（%2），把同组其他 %n 户并入？其历史记录全部转到保留的客户。", "", len(others))
                                      .replace("%1", keep.name).replace("%2", keep.account_no))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [m.id for m in others]

        def done(_r: object) -> None:
            self._ctx.bus.notify("customers", [keep.id, *ids])
            row = self.groups.currentRow()
            assert self.result is not None
            groups = list(self.result.groups)
            del groups[row]
            self.result = ScanResult(tuple(groups), self.result.group_count - 1, self.result.flagged)
            self.groups.takeItem(row)
            self.on_group(self.groups.currentRow())

        self._ctx.tasks.run(lambda: self._service.merge(keep.id, keep.version, ids), done, self.on_error, key=self._key)
