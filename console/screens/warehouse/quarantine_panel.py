"""Unregistered tags (待登记): EPCs the readers saw that are neither an item nor a badge. Register or dismiss."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.security import Permission
from console.core.services.warehouse_registration import ImportReport, NewItem, WarehouseRegistration
from console.core.services.warehouse_registry import Lookups, QuarantineEntry, WarehouseRegistry
from console.i18n import translate_error
from console.screens.warehouse import labels as L
from console.screens.warehouse.message_strip import MessageStrip
from console.screens.warehouse.registration_dialogs import ImportDialog, RegisterDialog
from console.screens.warehouse.small_table import list_table, set_rows
from widgets.column_table import ColumnSpec


class QuarantinePanel(QWidget):
    sig_loaded = Signal(int)
    sig_registered = Signal(int)  # new item id

    def __init__(self, ctx: AppContext, today: date, lookups: Callable[[], Lookups | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._lookups = lookups
        self._registry = WarehouseRegistry(ctx.session_factory, ctx.principal)
        self._registration = WarehouseRegistration(ctx.session_factory, ctx.principal)
        self.entries: tuple[QuarantineEntry, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.count = QLabel()
        self.count.setWordWrap(True)
        bar.addWidget(self.count, 1)
        self.register_button = QPushButton(self.tr("登记为物资…"))
        self.dismiss_button = QPushButton(self.tr("忽略所选"))
        self.import_button = QPushButton(self.tr("批量登记（XLSX/CSV）…"))
        self.register_button.clicked.connect(self.on_register)
        self.dismiss_button.clicked.connect(self.on_dismiss)
        self.import_button.clicked.connect(self.on_import)
        operate = ctx.principal.can(Permission.OPERATE_WAREHOUSE)
        for button in (self.register_button, self.dismiss_button, self.import_button):
            button.setVisible(operate)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.strip = MessageStrip()
        layout.addWidget(self.strip)
        self.table, self.model = list_table([
            ColumnSpec("epc", self.tr("EPC"), "text", 200), ColumnSpec("uri", self.tr("标签URI"), "text", 280),
            ColumnSpec("reader", self.tr("读写器"), "text", 90), ColumnSpec("first", self.tr("首次读到"), "text", 150),
            ColumnSpec("last", self.tr("最近读到"), "text", 150), ColumnSpec("reads", self.tr("读数"), "int", 60),
        ])
        self.table.sig_row_activated.connect(lambda _row: self.on_register())
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=1000)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.sig_changed.connect(self.on_data_changed)

    def refresh(self) -> None:
        self._ctx.tasks.run(self._registry.quarantine, self.on_loaded, self.on_error, key="wh-quarantine")

    def on_data_changed(self, entity: str, _ids: list) -> None:  # type: ignore[type-arg]
        if entity in ("quarantine", "warehouse") and not self._timer.isActive():
            self._timer.start()

    def on_error(self, exc: BaseException) -> None:
        self.strip.show_message(translate_error(exc), "error")

    def on_loaded(self, entries: tuple[QuarantineEntry, ...]) -> None:
        self.entries = entries
        self.count.setText(self.tr("%1 个标签读到但未登记。登记后即纳入库存；不属于本库房的标签可忽略。")
                           .replace("%1", str(len(entries))))
        rows = [{"epc": e.epc, "uri": e.tag_uri or self.tr("（非 GS1 编码）"), "reader": e.reader,
                 "first": L.local_time(L.from_us(e.first_seen_us), True),
                 "last": L.local_time(L.from_us(e.last_seen_us), True), "reads": e.reads} for e in entries]
        set_rows(self.model, rows, [e.epc for e in entries])
        self.sig_loaded.emit(len(entries))

    def selected_epcs(self) -> list[str]:
        epcs = [str(e) for e in self.table.selected_row_ids()]
        if not epcs:
            current = self.model.row_id_at(self.table.currentIndex().row())
            epcs = [str(current)] if current is not None else []
        return epcs

    def on_register(self) -> None:
        epcs, lookups = self.selected_epcs(), self._lookups()
        if lookups is None:
            return
        dialog = RegisterDialog(lookups, epcs[0] if epcs else "", self._today, self)
        if dialog.exec():
            self.register(dialog.values())

    def register(self, new: NewItem) -> None:
        def on_done(item_id: int) -> None:
            self.strip.show_message(self.tr("已登记，物资已入库。"), "info")
            self._ctx.bus.notify("items", [])
            self.refresh()
            self.sig_registered.emit(item_id)

        self._ctx.tasks.run(lambda: self._registration.register(new), on_done, self.on_error)

    def on_dismiss(self) -> None:
        epcs = self.selected_epcs()
        if epcs:
            self.dismiss(epcs)

    def dismiss(self, epcs: list[str]) -> None:
        def on_done(n: int) -> None:
            self.strip.show_message(self.tr("已忽略 %1 个标签。").replace("%1", str(n)), "info")
            self._ctx.bus.notify("quarantine", [])
            self.refresh()

        self._ctx.tasks.run(lambda: self._registration.dismiss_quarantine(epcs), on_done, self.on_error)

    def on_import(self) -> None:
        def imported(_report: ImportReport) -> None:
            self._ctx.bus.notify("items", [])
            self.refresh()

        ImportDialog(self._ctx, self, imported).exec()
