"""Hall staff's content list: create, edit, reorder, publish/withdraw, delete — with the kiosk preview beside it."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.context import AppContext
from console.core.services.kiosk_manage import KioskContentService
from console.core.services.kiosk_play import KioskSnapshot
from console.core.services.kiosk_records import NEW_ID, ContentRecord, hall_time
from console.dialogs import show_error
from console.screens.kiosk_content.editor import ContentEditor, kind_label
from console.screens.kiosk_content.preview import PreviewPane

ENTITY = "kiosk_contents"


class ContentTab(QWidget):
    def __init__(self, ctx: AppContext, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tz = tz
        self._records: tuple[ContentRecord, ...] = ()
        self._selected_id: int | None = None
        self.table = QTableWidget(0, 2)  # title and status; type and expiry in the tooltip (the pane is narrow)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.on_selection_changed)
        self.buttons: dict[str, QPushButton] = {}
        button_grid = QGridLayout()
        for i, (key, slot) in enumerate((("new", self.on_new), ("up", lambda: self.on_move(-1)), ("down", lambda: self.on_move(1)),
                          ("publish", lambda: self.on_publish(True)), ("withdraw", lambda: self.on_publish(False)),
                          ("delete", self.on_delete))):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[key] = button
            button_grid.addWidget(button, i // 3, i % 3)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(button_grid)

        self.editor = ContentEditor(tz)
        self.editor.sig_edited.connect(self.on_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        self.save_button, self.revert_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.on_save)
        self.revert_button.clicked.connect(self.on_revert)
        self.status = QLabel()
        self.status.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(scroll, 1)
        middle_layout.addLayout(save_row)

        self.preview = PreviewPane(tz)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for w in (left, middle, self.preview):
            self.splitter.addWidget(w)
        self.splitter.setSizes([290, 500, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        ctx.bus.sig_changed.connect(self.on_data_changed)
        self.retranslate()
        self._update_buttons()
        self.reload()

    def service(self) -> KioskContentService:
        return KioskContentService(self._ctx.session_factory, self._ctx.principal, tz=self._tz)

    # --- loading --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        service = self.service()
        self._ctx.tasks.run(service.preview_snapshot, self.on_loaded, self.on_error, key="kiosk-content")

    def on_loaded(self, snapshot: KioskSnapshot) -> None:
        first_load = not self._records
        self._records = snapshot.contents
        self.preview.set_content(snapshot.contents, snapshot.board)
        if first_load and self._selected_id is None and self._records:
            self._selected_id = self._records[0].id  # open on the first item rather than an empty form
        self._fill_table()
        selected = next((r for r in self._records if r.id == self._selected_id), None)
        if selected is not None and not self.editor.is_dirty():
            self.editor.set_record(selected)
            self.preview.set_current(selected)
        self._update_buttons()

    def on_error(self, exc: BaseException) -> None:
        show_error(self, exc, on_reload=self.reload)
        self.reload()

    def on_data_changed(self, entity: str, _ids: list) -> None:  # type: ignore[type-arg]
        if entity == ENTITY:
            self.reload()

    def _status_of(self, rec: ContentRecord, now: datetime) -> tuple[str, str]:
        if rec.is_expired(now):
            return self.tr("已过期"), "#8a1c1c"
        if not rec.published:
            return self.tr("草稿"), "#5b6470"
        if rec.effective_from > now:
            return self.tr("待生效"), "#8a6200"
        return (self.tr("已发布·插播") if rec.takeover else self.tr("已发布")), "#00665e"

    def _fill_table(self) -> None:
        now = datetime.now(timezone.utc)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._records))
        for row, rec in enumerate(self._records):
            status, colour = self._status_of(rec, now)
            until = hall_time(rec.expires_at, self._tz).strftime("%Y-%m-%d %H:%M") if rec.expires_at else "—"
            tip = f"{kind_label(rec.kind)} · " + self.tr("失效时间：%1").replace("%1", until)
            for col, text in enumerate((rec.title, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rec.id)
                item.setToolTip(tip)
                if col == 1:
                    item.setForeground(QBrush(QColor(colour)))
                self.table.setItem(row, col, item)
            if rec.id == self._selected_id:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    # --- selection and editing ------------------------------------------------------------------------------

    def selected(self) -> ContentRecord | None:
        return next((r for r in self._records if r.id == self._selected_id), None)

    def select(self, content_id: int) -> None:
        for row, rec in enumerate(self._records):
            if rec.id == content_id:
                self.table.selectRow(row)
                return

    def _confirm_discard(self) -> bool:
        if not self.editor.is_dirty():
            return True
        answer = QMessageBox.question(self, self.tr("未保存的修改"), self.tr("放弃对当前内容的修改？"))
        return answer == QMessageBox.StandardButton.Yes

    def on_selection_changed(self) -> None:
        items = self.table.selectedItems()
        new_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        if new_id == self._selected_id:
            return
        if not self._confirm_discard():
            self.table.blockSignals(True)
            self.select(self._selected_id or NEW_ID)
            self.table.blockSignals(False)
            return
        self._selected_id = new_id
        rec = self.selected()
        self.editor.set_record(rec)
        self.preview.set_current(rec)
        self._update_buttons()

    def on_new(self) -> None:
        if not self._confirm_discard():
            return
        self.table.clearSelection()
        self._selected_id = None
        rec = self.editor.new_record(datetime.now(timezone.utc))
        self.editor.set_record(rec)
        self.preview.set_current(None)
        self.editor.title.setFocus()
        self._update_buttons()

    def on_edited(self) -> None:
        self.preview.set_current(self.editor.record())
        self._update_buttons()

    def on_revert(self) -> None:
        self.editor.set_record(self.selected() if self._selected_id is not None else None)
        self.preview.set_current(self.selected())
        self._update_buttons()

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.status.setText(self.tr("正在保存…"))

        def finished(value: Any) -> None:
            self.status.setText(self.tr("已保存。大厅屏约 1 分钟内更新。"))
            done(value)
            self._ctx.bus.notify(ENTITY)

        def failed(exc: BaseException) -> None:
            self.status.setText("")
            self.on_error(exc)

        self._ctx.tasks.run(fn, finished, failed)

    def on_save(self) -> None:
        record = self.editor.record()
        service = self.service()

        def saved(rec: ContentRecord) -> None:
            self._selected_id = rec.id
            self.editor.set_record(rec)

        self._run(lambda: service.save(record), saved)

    def on_publish(self, published: bool) -> None:
        rec = self.selected()
        if rec is None:
            return
        service = self.service()
        self._run(lambda: service.set_published(rec.id, rec.version, published), lambda _r: None)

    def on_move(self, step: int) -> None:
        rec = self.selected()
        if rec is None:
            return
        order = list(self._records)
        i = order.index(rec)
        j = i + step
        if not 0 <= j < len(order):
            return
        order[i], order[j] = order[j], order[i]
        service = self.service()
        self._run(lambda: service.reorder([(r.id, r.version) for r in order]), lambda _r: None)

    def on_delete(self) -> None:
        rec = self.selected()
        if rec is None:
            return
        answer = QMessageBox.question(self, self.tr("删除内容"), self.tr("删除“%1”？播放记录会保留。").replace("%1", rec.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.service()

        def deleted(_r: object) -> None:
            self._selected_id = None
            self.editor.set_record(None)
            self.preview.set_current(None)

        self._run(lambda: service.delete(rec.id, rec.version), deleted)

    def _update_buttons(self) -> None:
        rec = self.selected()
        dirty = self.editor.is_dirty()
        editing_new = self.editor.loaded() is not None and self.editor.loaded().id == NEW_ID  # type: ignore[union-attr]
        self.save_button.setEnabled(dirty or editing_new)
        self.revert_button.setEnabled(dirty)
        for key in ("up", "down", "delete"):
            self.buttons[key].setEnabled(rec is not None and not dirty)
        self.buttons["publish"].setEnabled(rec is not None and not rec.published and not dirty)
        self.buttons["withdraw"].setEnabled(rec is not None and rec.published and not dirty)

    # --- text -----------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("标题"), self.tr("状态")])
        for key, text in (("new", self.tr("新建")), ("up", self.tr("上移")), ("down", self.tr("下移")),
                          ("publish", self.tr("发布")), ("withdraw", self.tr("撤回")), ("delete", self.tr("删除"))):
            self.buttons[key].setText(text)
        self.save_button.setText(self.tr("保存"))
        self.revert_button.setText(self.tr("撤销修改"))
        if self._records:
            self._fill_table()
