"""Readers: each configured reader with its live link state, what this desk receives and stores, and the switch
between off, the real readers and the simulator."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QSplitter, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.devices.llrp_client import ReaderStatus
from console.core.services.warehouse_ingest import IngestResult
from console.core.services.warehouse_registry import ReaderView, WarehouseRegistry
from console.i18n import translate_error
from console.screens.warehouse import labels as L
from console.screens.warehouse.live import LiveReads
from console.screens.warehouse.small_table import list_table, set_rows
from widgets.column_table import ColumnSpec, RowStyle

MAX_PASSES = 200
STATE_STYLES = {"reading": RowStyle(foreground="#1b6e2a"), "disconnected": RowStyle(foreground="#b3261e"),
                "connecting": RowStyle(foreground="#8a5a00"), "connected": RowStyle(foreground="#8a5a00")}


class ReadersPanel(QWidget):
    sig_mode_requested = Signal(str)
    sig_refreshed = Signal()

    def __init__(self, ctx: AppContext, live: LiveReads, item_name: Callable[[int], str] | None = None,
                 staff_name: Callable[[int], str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._live = live
        self._item_name = item_name or str
        self._staff_name = staff_name or str
        self.passes: list[dict[str, object]] = []  # newest first
        self._registry = WarehouseRegistry(ctx.session_factory, ctx.principal)
        self.readers: tuple[ReaderView, ...] = ()
        self._status: dict[str, ReaderStatus] = {}
        self._stored: dict[str, int] = {}
        self._last_read: dict[str, float] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        modes = QHBoxLayout()
        modes.addWidget(QLabel(self.tr("本机读写器：")))
        self.mode_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        for mode, text in (("off", self.tr("不连接")), ("readers", self.tr("连接库房读写器")),
                           ("simulate", self.tr("模拟读写器（演示）"))):
            button = QRadioButton(text)
            button.setObjectName(f"warehouse_mode_{mode}")
            button.toggled.connect(lambda on, m=mode: on and self.sig_mode_requested.emit(m))
            group.addButton(button)
            modes.addWidget(button)
            self.mode_buttons[mode] = button
        modes.addStretch(1)
        layout.addLayout(modes)
        hint = QLabel(self.tr("读写器同一时间只接受一个连接：请只在一台电脑上连接（或在服务器上运行 "
                              "sunshine-console rfid listen --ingest），其他电脑选择“不连接”即可看到实时数据。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5f6b7a;")
        layout.addWidget(hint)
        self.table, self.model = list_table([
            ColumnSpec("name", self.tr("读写器"), "text", 100), ColumnSpec("address", self.tr("地址"), "text", 130),
            ColumnSpec("place", self.tr("位置"), "text", 190), ColumnSpec("kind", self.tr("类型"), "text", 150),
            ColumnSpec("state", self.tr("连接状态"), "text", 120), ColumnSpec("stored", self.tr("已入库读数"), "int", 90),
            ColumnSpec("last", self.tr("最近读到"), "text", 90), ColumnSpec("reason", self.tr("说明"), "text", 240),
        ], status_key="state_code", row_styles=STATE_STYLES)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        doors = QWidget()
        doors_layout = QVBoxLayout(doors)
        doors_layout.setContentsMargins(0, 4, 0, 0)
        doors_layout.addWidget(QLabel(self.tr("最近门禁通行")))
        self.passes_table, self.passes_model = list_table([
            ColumnSpec("at", self.tr("时间"), "text", 90), ColumnSpec("reader", self.tr("读写器"), "text", 90),
            ColumnSpec("direction", self.tr("方向"), "text", 60), ColumnSpec("item", self.tr("物资"), "text", 240),
            ColumnSpec("staff", self.tr("工牌识别的人员"), "text", 110), ColumnSpec("status", self.tr("通行后状态"), "text", 100),
        ], status_key="style", row_styles={"alert": RowStyle(foreground="#b3261e")})
        doors_layout.addWidget(self.passes_table, 1)
        splitter.addWidget(doors)
        splitter.setSizes([180, 400])
        layout.addWidget(splitter, 1)
        self.stats = QLabel()
        self.stats.setObjectName("warehouseReaderStats")
        layout.addWidget(self.stats)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.render)
        live.sig_status.connect(self.on_status)
        live.sig_ingested.connect(self.on_ingested)
        live.sig_failed.connect(self.on_failed)
        live.sig_mode_changed.connect(self.on_mode_changed)
        self._failure = ""

    def refresh(self) -> None:
        self._ctx.tasks.run(self._registry.readers, self.on_readers, lambda e: self.stats.setText(translate_error(e)),
                            key="wh-readers")

    def on_readers(self, readers: tuple[ReaderView, ...]) -> None:
        self.readers = readers
        self.render()
        self.sig_refreshed.emit()

    def show_mode(self, mode: str) -> None:
        button = self.mode_buttons[mode]
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)

    def on_mode_changed(self, mode: str) -> None:
        self.show_mode(mode)
        if mode == "off":
            self._timer.stop()
        else:
            self._timer.start()
        self.render()

    def on_status(self, status: ReaderStatus) -> None:
        self._status[status.reader] = status
        self.render()

    def on_ingested(self, result: IngestResult) -> None:
        now = time.time()
        for reader, n in result.by_reader.items():
            self._stored[reader] = self._stored.get(reader, 0) + n
            self._last_read[reader] = now
        self._failure = ""
        if result.passes:
            for p in result.passes:
                left_unchecked = p.direction == "out" and p.status_after == "out" and p.staff_id is None
                self.passes.insert(0, {
                    "at": L.local_time(L.from_us(p.at_us), True)[11:], "reader": p.reader,
                    "direction": self.tr("出库") if p.direction == "out" else self.tr("进库"),
                    "item": self._item_name(p.item_id),
                    "staff": self._staff_name(p.staff_id) if p.staff_id is not None else "",
                    "status": self.tr("未办领用出门") if left_unchecked else L.label(L.STATUS, p.status_after),
                    "style": "alert" if left_unchecked else ""})
            del self.passes[MAX_PASSES:]
            set_rows(self.passes_model, self.passes, range(len(self.passes)), extra=("style",))

    def on_failed(self, text: str) -> None:
        self._failure = text

    def render(self) -> None:
        mode = self._live.mode
        rows = []
        now = time.time()
        for r in self.readers:
            status = self._status.get(r.name) if mode != "off" else None
            state = status.state.value if status is not None else "off"
            kind = self.tr("门禁（外 %1 / 内 %2）").replace("%1", str(r.outer_antenna)).replace(
                "%2", str(r.inner_antenna)) if r.is_portal else self.tr("货架")
            last = self._last_read.get(r.name)
            rows.append({"name": r.name, "address": self.tr("（模拟）") if mode == "simulate" else r.address,
                         "place": r.location, "kind": kind, "state": L.label(L.LINK, state),
                         "stored": self._stored.get(r.name, 0),
                         "last": self.tr("%1 秒前").replace("%1", str(int(now - last))) if last else "",
                         "reason": status.reason if status is not None else "", "state_code": state})
        set_rows(self.model, rows, [r.id for r in self.readers], extra=("state_code",))
        stats = self._live.stats()
        text = self.tr("本机收到 %1 条读数，已入库 %2 条，排队 %3 条").replace("%1", f"{stats.received:,}").replace(
            "%2", f"{stats.delivered:,}").replace("%3", f"{stats.queued:,}")
        if self._failure:
            text += self.tr("　·　数据库暂不可写，读数保留在队列中：%1").replace("%1", self._failure)
        self.stats.setText(text)
