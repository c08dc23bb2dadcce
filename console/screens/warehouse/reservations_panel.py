"""一网联动: stock reserved for projects, and stock levels against their low-stock thresholds."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton,
    QSpinBox, QSplitter, QVBoxLayout, QWidget,
)

from console.context import AppContext
from console.core.security import Permission
from console.core.services.warehouse_registry import Lookups
from console.core.services.warehouse_reservations import ReservationView, StockLevel, WarehouseReservations
from console.i18n import translate_error
from console.screens.warehouse import labels as L
from console.screens.warehouse.dialogs import choice_combo
from console.screens.warehouse.message_strip import MessageStrip
from console.screens.warehouse.small_table import list_table, set_rows
from widgets.column_table import ColumnSpec, RowStyle


class ReserveDialog(QDialog):
    def __init__(self, lookups: Lookups, levels: tuple[StockLevel, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("为项目预留物资"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.project = choice_combo(lookups.projects, self.tr("（请选择项目）"))
        self.type = QComboBox()
        for level in levels:
            self.type.addItem(self.tr("%1（在库 %2 %3）").replace("%1", level.type_name).replace(
                "%2", str(level.in_stock)).replace("%3", level.unit), level.type_id)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.note = QLineEdit()
        form.addRow(self.tr("项目"), self.project)
        form.addRow(self.tr("物资"), self.type)
        form.addRow(self.tr("数量"), self.quantity)
        form.addRow(self.tr("备注"), self.note)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b3261e;")
        layout.addWidget(self.problem)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("预留"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def accept(self) -> None:
        if self.project.currentData() is None:
            self.problem.setText(self.tr("请选择项目。"))
            return
        super().accept()

    def values(self) -> tuple[int, int, int, str]:
        return int(self.project.currentData()), int(self.type.currentData()), self.quantity.value(), self.note.text()


class ReservationsPanel(QWidget):
    sig_loaded = Signal()

    def __init__(self, ctx: AppContext, lookups: Callable[[], Lookups | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lookups = lookups
        self._service = WarehouseReservations(ctx.session_factory, ctx.principal)
        self.reservations: tuple[ReservationView, ...] = ()
        self.levels: tuple[StockLevel, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        intro = QLabel(self.tr("客户需求 → 业扩项目 → 库存：为项目预留的物资只能领用到该项目。"))
        intro.setWordWrap(True)
        bar.addWidget(intro, 1)
        self.reserve_button = QPushButton(self.tr("预留物资…"))
        self.release_button = QPushButton(self.tr("取消所选预留"))
        self.threshold_button = QPushButton(self.tr("设置低库存阈值…"))
        self.reserve_button.clicked.connect(self.on_reserve)
        self.release_button.clicked.connect(self.on_release)
        self.threshold_button.clicked.connect(self.on_threshold)
        operate = ctx.principal.can(Permission.OPERATE_WAREHOUSE)
        for button in (self.reserve_button, self.release_button, self.threshold_button):
            button.setVisible(operate)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.strip = MessageStrip()
        layout.addWidget(self.strip)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table, self.model = list_table([
            ColumnSpec("project", self.tr("项目编号"), "text", 110), ColumnSpec("title", self.tr("项目"), "text", 260),
            ColumnSpec("item", self.tr("物资"), "text", 220), ColumnSpec("quantity", self.tr("数量"), "int", 50),
            ColumnSpec("at", self.tr("预留时间"), "text", 130),
        ])
        self.levels_table, self.levels_model = list_table([
            ColumnSpec("type", self.tr("物资类别"), "text", 200), ColumnSpec("in_stock", self.tr("在库可用"), "int", 80),
            ColumnSpec("reserved", self.tr("已预留"), "int", 70), ColumnSpec("out", self.tr("已领用"), "int", 70),
            ColumnSpec("threshold", self.tr("低库存阈值"), "int", 90), ColumnSpec("state", self.tr("库存"), "text", 80),
        ], status_key="low", row_styles={True: RowStyle(foreground="#b3261e")})
        splitter.addWidget(self.table)
        splitter.addWidget(self.levels_table)
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self, singleShot=True, interval=1000)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.sig_changed.connect(lambda entity, _ids: entity in ("items", "warehouse") and self._timer.start())

    def refresh(self) -> None:
        service = self._service
        self._ctx.tasks.run(lambda: (service.reservations(), service.stock_levels()), self.on_loaded,
                            lambda e: self.strip.show_message(translate_error(e), "error"), key="wh-reservations")

    def on_loaded(self, data: tuple[tuple[ReservationView, ...], tuple[StockLevel, ...]]) -> None:
        self.reservations, self.levels = data
        set_rows(self.model, [{"project": r.project, "title": r.project_title, "item": r.item, "quantity": r.quantity,
                               "at": L.local_time(r.created_at)} for r in self.reservations],
                 [r.id for r in self.reservations])
        set_rows(self.levels_model, [{"type": lv.type_name, "in_stock": lv.in_stock, "reserved": lv.reserved,
                                      "out": lv.out, "threshold": lv.threshold,
                                      "state": self.tr("不足") if lv.low else "", "low": lv.low}
                                     for lv in self.levels], [lv.type_id for lv in self.levels], extra=("low",))
        self.sig_loaded.emit()

    def _run(self, work: Callable[[], object], text: Callable[[object], str]) -> None:
        def on_done(result: object) -> None:
            self.strip.show_message(text(result), "info")
            self._ctx.bus.notify("items", [])
            self.refresh()

        self._ctx.tasks.run(work, on_done, lambda e: self.strip.show_message(translate_error(e), "error"))

    def on_reserve(self) -> None:
        lookups = self._lookups()
        if lookups is None:
            return
        dialog = ReserveDialog(lookups, self.levels, self)
        if dialog.exec():
            self.reserve(*dialog.values())

    def reserve(self, project_id: int, type_id: int, quantity: int, note: str = "") -> None:
        self._run(lambda: self._service.reserve(project_id, type_id, quantity, note),
                  lambda ids: self.tr("已预留 %1 件。").replace("%1", str(len(ids))))  # type: ignore[arg-type]

    def on_release(self) -> None:
        ids = [int(i) for i in self.table.selected_row_ids()]
        if ids:
            self._run(lambda: self._service.release(ids), lambda n: self.tr("已取消 %1 项预留。").replace("%1", str(n)))

    def on_threshold(self) -> None:
        ids = [int(i) for i in self.levels_table.selected_row_ids()]
        if not ids:
            self.strip.show_message(self.tr("请先在下方选择物资类别。"), "warning")
            return
        level = next(lv for lv in self.levels if lv.type_id == ids[0])
        value, ok = QInputDialog.getInt(self, self.tr("低库存阈值"), level.type_name, level.threshold, 0, 1_000_000)
        if ok:
            self._run(lambda: self._service.set_low_stock_threshold(level.type_id, value),
                      lambda _r: self.tr("阈值已更新。"))
