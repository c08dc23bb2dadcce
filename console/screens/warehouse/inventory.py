"""Live inventory: every item as column arrays in one table (50,000 rows stay fast), search and filters in numpy,
the selected item's detail beside it, and the workflow buttons.

Reads arriving change items (a tool through the door): the change bus names them, the panel collects the ids for
a moment, fetches just those rows in a worker and patches them into the arrays in place, then re-applies the
current sort and filter — the table never reloads 50,000 rows for one door pass.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np
from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from console.context import AppContext
from console.core.security import Permission
from console.core.services.warehouse_registry import (
    LIFE_ENDED, TEST_DUE_SOON, TEST_OVERDUE, InventoryColumns, Lookups, WarehouseRegistry,
)
from console.core.services.warehouse_workflows import WarehouseWorkflows
from console.i18n import translate_error
from console.screens.warehouse import labels as L
from console.screens.warehouse.inventory_actions import WorkflowActions
from console.screens.warehouse.item_detail import ItemDetailPanel
from console.screens.warehouse.message_strip import MessageStrip
from console.screens.warehouse.options import HEADER_STATE, SPLITTER_STATE
from widgets.column_table import (
    ColumnSpec, ColumnTableModel, ColumnTableView, RowStyle, apply_mask, chinese_collator, filter_mask, sort_index,
)

SEARCH_KEYS = ("serial", "epc", "type_name", "holder", "project", "location", "zone")
PINYIN_KEYS = ("type_name", "zone", "holder")
PATCH_DELAY_MS = 300
STYLES = {
    "danger": RowStyle(foreground="#b3261e"),
    "late": RowStyle(foreground="#b3261e", background="#fdecea"),
    "warn": RowStyle(foreground="#8a5a00"),
    "muted": RowStyle(foreground="#8a8a8a"),
}


def row_styles(columns: dict[str, np.ndarray], today: date) -> np.ndarray:
    """Colour key per item: overdue return or exit without check-out, test/life problem, due soon, scrapped."""
    status, state = columns["status"], columns["test_state"]
    due_back = columns["due_back_on"]
    style = np.full(len(status), "", dtype=object)
    style[state == TEST_DUE_SOON] = "warn"
    style[(state == TEST_OVERDUE) | (state == LIFE_ENDED)] = "danger"
    out = status == "out"
    style[out & (np.isnat(due_back) | (due_back < np.datetime64(today, "D")))] = "late"
    style[status == "scrapped"] = "muted"
    return style


def attention_mask(columns: dict[str, np.ndarray]) -> np.ndarray:
    """Items someone must act on (a scrapped item's grey is not a call to act)."""
    return np.isin(columns["style"], ["danger", "late", "warn"])


class InventoryPanel(QWidget):
    sig_loaded = Signal(int)  # items loaded
    sig_patched = Signal(list)  # item ids patched in from a change
    sig_detail_shown = Signal(int)  # item id

    def __init__(self, ctx: AppContext, today: date, lookups: Callable[[], Lookups | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._lookups = lookups
        self._registry = WarehouseRegistry(ctx.session_factory, ctx.principal)
        self._workflows = WarehouseWorkflows(ctx.session_factory, ctx.principal, today=lambda: self._today)
        self.inventory: InventoryColumns | None = None
        self._sort: tuple[str | None, Qt.SortOrder] = (None, Qt.SortOrder.AscendingOrder)
        self._collator: Any = None
        self._pending_ids: set[int] = set()
        self._patch_timer = QTimer(self, singleShot=True, interval=PATCH_DELAY_MS)
        self._patch_timer.timeout.connect(self._fetch_changed)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.apply_view)
        self._build()
        ctx.bus.sig_changed.connect(self.on_data_changed)

    # -- layout -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索编号、EPC、名称、领用人、项目、货架…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status = self._combo(self.tr("全部状态"), L.STATUS)
        self.category = self._combo(self.tr("全部类别"), L.CATEGORY)
        self.zone = QComboBox()
        self.zone.addItem(self.tr("全部库区"), None)
        self.attention = QCheckBox(self.tr("只看需处理"))
        self.attention.setToolTip(self.tr("试验超期或即将到期、寿命到期、逾期未还、未办领用出门"))
        for widget in (self.status, self.category, self.zone):
            widget.currentIndexChanged.connect(self.apply_view)
        self.attention.toggled.connect(self.apply_view)
        self.count_label = QLabel()
        bar.addWidget(self.search, 3)
        for widget in (self.status, self.category, self.zone, self.attention):
            bar.addWidget(widget)
        bar.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bar)
        self.strip = MessageStrip()
        layout.addWidget(self.strip)
        self.actions = WorkflowActions(self._ctx, self._today, self._lookups, self.selected_ids, self._names,
                                       lambda: self.inventory, lambda: self.detail.detail, self.strip, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = ColumnTableView()
        self.model = ColumnTableModel(self._specs(), self.table, status_key="style", row_styles=STYLES)
        self.table.setModel(self.model)
        self.table.sig_sort_requested.connect(self.on_sort_requested)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(self._actions())
        self.detail = ItemDetailPanel()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        state = self._ctx.settings.get(HEADER_STATE)
        if not state.isEmpty():
            self.table.restore_header_state(bytes(state.data()))
        split = self._ctx.settings.get(SPLITTER_STATE)
        if not split.isEmpty():
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([760, 420])
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._save_layout())
        self.splitter.splitterMoved.connect(lambda *_: self._save_layout())

    def _combo(self, all_text: str, table: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_text, None)
        for code in table:
            combo.addItem(L.label(table, code), code)
        return combo

    def _specs(self) -> list[ColumnSpec]:
        status = lambda v: L.label(L.STATUS, v)  # noqa: E731
        return [
            ColumnSpec("serial", self.tr("编号"), "text", 100),
            ColumnSpec("type_name", self.tr("名称"), "text", 170),
            ColumnSpec("status", self.tr("状态"), "text", 84, formatter=status),
            ColumnSpec("test_state", self.tr("试验"), "text", 92, formatter=lambda v: L.label(L.TEST_STATE, v)),
            ColumnSpec("next_test_due", self.tr("下次试验"), "date", 86),
            ColumnSpec("location", self.tr("货架"), "text", 100),
            ColumnSpec("holder", self.tr("领用人"), "text", 70),
            ColumnSpec("due_back_on", self.tr("应还"), "date", 86),
            ColumnSpec("project", self.tr("项目"), "text", 110),
            ColumnSpec("zone", self.tr("库区"), "text", 90),
            ColumnSpec("epc", self.tr("EPC"), "text", 200),
        ]

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        a = self.actions
        for key, text, slot in (
            ("check_out", self.tr("领用…"), a.on_check_out), ("return", self.tr("归还…"), a.on_return),
            ("send_to_test", self.tr("送检"), a.on_send_to_test), ("test", self.tr("试验结果…"), a.on_test),
            ("inspect", self.tr("检查…"), a.on_inspect), ("scrap", self.tr("报废…"), a.on_scrap),
            ("labels", self.tr("打印标签…"), a.on_print_labels),
        ):
            button = QPushButton(text)
            button.setObjectName(f"warehouse_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        operate = self._ctx.principal.can(Permission.OPERATE_WAREHOUSE)
        for key, button in self.buttons.items():
            button.setVisible(operate or key == "labels")
        return row

    def _save_layout(self) -> None:
        self._ctx.settings.set(HEADER_STATE, QByteArray(self.table.header_state()))
        self._ctx.settings.set(SPLITTER_STATE, self.splitter.saveState())

    # -- loading ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self._today
        self.count_label.setText(self.tr("正在加载…"))
        self._ctx.tasks.run(lambda: self._registry.inventory(today), self.on_loaded, self.on_error, key="wh-inventory")

    def on_loaded(self, inventory: InventoryColumns) -> None:
        self.inventory = inventory
        inventory.columns["style"] = row_styles(inventory.columns, inventory.today)
        self._fill_zones(inventory)
        self.model.set_columns(inventory.columns, inventory.ids)
        self.apply_view()
        self.sig_loaded.emit(len(inventory))

    def _fill_zones(self, inventory: InventoryColumns) -> None:
        current = self.zone.currentData()
        zones = sorted({z for z in inventory.columns["zone"] if z})
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItem(self.tr("全部库区"), None)
        for name in zones:
            self.zone.addItem(name, name)
        index = self.zone.findData(current)
        self.zone.setCurrentIndex(max(index, 0))
        self.zone.blockSignals(False)

    def on_error(self, exc: BaseException) -> None:
        self.strip.show_message(translate_error(exc), "error")
        self.count_label.setText("")

    # -- view: sort and filter on the arrays ------------------------------------------------------------------

    def apply_view(self) -> None:
        if self.inventory is None:
            return
        cols = self.model.columns
        mask = filter_mask(cols, SEARCH_KEYS, self.search.text())
        for combo, key in ((self.status, "status"), (self.category, "category"), (self.zone, "zone")):
            if combo.currentData() is not None:
                mask &= cols[key] == combo.currentData()
        if self.attention.isChecked():
            mask &= attention_mask(cols)
        key, order = self._sort
        index = sort_index(cols, key, order, collator=self._pinyin(key)) if key else np.arange(len(mask))
        self.model.set_view(apply_mask(index, mask))
        self.count_label.setText(self.tr("共 %1 件，显示 %2 件").replace("%1", f"{len(mask):,}")
                                 .replace("%2", f"{self.model.rowCount():,}"))

    def _pinyin(self, key: str) -> Any:
        if key not in PINYIN_KEYS:
            return None
        if self._collator is None:
            self._collator = chinese_collator()
        return self._collator

    def on_sort_requested(self, key: str, order: Qt.SortOrder) -> None:
        self._sort = (key, order)
        self.apply_view()

    # -- live changes -----------------------------------------------------------------------------------------

    def on_data_changed(self, entity: str, ids: list) -> None:  # type: ignore[type-arg]
        if entity not in ("items", "warehouse"):
            return
        if not ids or self.inventory is None:
            self.refresh()
            return
        self._pending_ids.update(int(i) for i in ids)
        if not self._patch_timer.isActive():
            self._patch_timer.start()

    def _fetch_changed(self) -> None:
        ids, self._pending_ids = sorted(self._pending_ids), set()
        if not ids or self.inventory is None:
            return
        known = self.inventory.ids
        positions = np.searchsorted(known, ids)
        if (positions >= len(known)).any() or (known[np.minimum(positions, len(known) - 1)] != ids).any():
            self.refresh()  # a new item: its row does not exist yet
            return
        today = self._today
        self._ctx.tasks.run(lambda: self._registry.inventory_rows(ids, today), self.on_rows, self.on_error)

    def on_rows(self, rows: InventoryColumns) -> None:
        if self.inventory is None or not len(rows):
            return
        rows.columns["style"] = row_styles(rows.columns, rows.today)
        positions = np.searchsorted(self.inventory.ids, rows.ids)
        cols = self.model.columns
        for key, values in rows.columns.items():
            if key in cols:
                cols[key][positions] = values
        self.model.dataChanged.emit(self.model.index(0, 0),
                                    self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))
        self.apply_view()
        shown = self.detail.detail.id if self.detail.detail is not None else None
        if shown is not None and shown in set(rows.ids.tolist()):
            self.show_detail(shown)
        self.sig_patched.emit([int(i) for i in rows.ids])

    # -- selection and detail ---------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        ids = [int(i) for i in self.table.selected_row_ids()]
        if not ids:
            current = self.model.row_id_at(self.table.currentIndex().row())
            ids = [int(current)] if current is not None else []
        return ids

    def select_item(self, item_id: int) -> bool:
        """Show ``item_id`` (clearing filters that hide it), select it and open its detail."""
        if self.inventory is None:
            return False
        rows = np.flatnonzero(self.model.row_ids[self.model.view_index] == item_id)
        if not len(rows):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in (self.status, self.category, self.zone):
                combo.setCurrentIndex(0)
            self.attention.setChecked(False)
            self.apply_view()
            rows = np.flatnonzero(self.model.row_ids[self.model.view_index] == item_id)
            if not len(rows):
                return False
        index = self.model.index(int(rows[0]), 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(int(rows[0]))
        self.table.scrollTo(index)
        return True

    def on_current_changed(self, current: Any, _previous: Any) -> None:
        item_id = self.model.row_id_at(current.row()) if current.isValid() else None
        if item_id is None:
            self.detail.show_item(None)
            return
        self.show_detail(int(item_id))

    def show_detail(self, item_id: int) -> None:
        def load() -> tuple[Any, str]:
            refusal = self._workflows.check_out_refusal(item_id)
            return self._registry.item(item_id), refusal

        self._ctx.tasks.run(load, self._on_detail, self.on_error, key="wh-detail")

    def _on_detail(self, result: tuple[Any, Any]) -> None:
        detail, refusal = result
        self.detail.show_item(detail, translate_error(refusal) if refusal is not None else "")
        self.sig_detail_shown.emit(detail.id)

    def item_name(self, item_id: int) -> str:
        """Type and serial of an item already in the table (its id otherwise)."""
        if self.inventory is not None:
            position = int(np.searchsorted(self.inventory.ids, item_id))
            if position < len(self.inventory.ids) and self.inventory.ids[position] == item_id:
                return self._names([item_id])[0]
        return f"#{item_id}"

    def _names(self, ids: list[int]) -> list[str]:
        if self.inventory is None:
            return []
        positions = np.searchsorted(self.inventory.ids, ids)
        cols = self.model.columns
        return [f"{cols['type_name'][p]} {cols['serial'][p]}" for p in positions]
