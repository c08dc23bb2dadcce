"""The smart warehouse screen: tabs for the live inventory, alerts, reservations, readers, unregistered tags and
stock counts, a header that says at a glance what needs doing and whether the readers are live.

Everything loads off the GUI thread (TaskRunner); reads arrive through :class:`LiveReads` and the change bus, and
each tab refreshes itself — the window never waits for the database or a reader.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.services.warehouse_alerts import AlertSummary
from console.core.services.warehouse_registry import Lookups, WarehouseRegistry
from console.i18n import translate_error
from console.screens.warehouse.alerts_panel import AlertsPanel
from console.screens.warehouse.count_panel import CountPanel
from console.screens.warehouse.inventory import InventoryPanel
from console.screens.warehouse.live import LiveReads
from console.screens.warehouse.options import READERS_MODE
from console.screens.warehouse.quarantine_panel import QuarantinePanel
from console.screens.warehouse.readers_panel import ReadersPanel
from console.screens.warehouse.reservations_panel import ReservationsPanel
from console.screens.warehouse.types_panel import TypesPanel

TABS = ("inventory", "alerts", "reservations", "readers", "quarantine", "counts", "types")


class WarehouseScreen(QWidget):
    sig_lookups_loaded = Signal()

    def __init__(self, ctx: AppContext, today: date | None = None, parent: QWidget | None = None,
                 reader_overrides: dict[str, object] | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today or date.today()
        self.lookups: Lookups | None = None
        self.live = LiveReads(ctx.session_factory, ctx.principal, ctx.bus, self, reader_overrides)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(self.tr("智慧库房"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.headline = QLabel()
        self.headline.setObjectName("warehouseHeadline")
        # a long headline (English) is clipped rather than widening the whole window
        self.headline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.live_label = QLabel()
        self.live_label.setObjectName("warehouseLive")
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.headline, 1)
        head.addWidget(self.live_label)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        self.inventory = InventoryPanel(ctx, self._today, lambda: self.lookups)
        self.alerts = AlertsPanel(ctx, self._today)
        self.reservations = ReservationsPanel(ctx, lambda: self.lookups)
        self.readers = ReadersPanel(ctx, self.live, self.inventory.item_name, self._staff_name)
        self.quarantine = QuarantinePanel(ctx, self._today, lambda: self.lookups)
        self.counts = CountPanel(ctx)
        self.types = TypesPanel(ctx)
        for widget, text in ((self.inventory, self.tr("库存")), (self.alerts, self.tr("提醒")),
                             (self.reservations, self.tr("项目预留")), (self.readers, self.tr("读写器")),
                             (self.quarantine, self.tr("待登记标签")), (self.counts, self.tr("盘点")),
                             (self.types, self.tr("类别与试验周期"))):
            self.tabs.addTab(widget, text)
        layout.addWidget(self.tabs, 1)
        self._loaded_tabs: set[str] = set()
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.alerts.sig_loaded.connect(self.on_alerts)
        self.alerts.sig_open_item.connect(self.open_item)
        self.alerts.sig_open_quarantine.connect(lambda: self.show_subview("quarantine"))
        self.quarantine.sig_loaded.connect(self._tab_counts)
        self.readers.sig_mode_requested.connect(self.set_readers_mode)
        self.live.sig_mode_changed.connect(self.on_mode_changed)
        self.live.sig_status.connect(lambda _s: self._show_live())
        ctx.bus.sig_changed.connect(lambda entity, _ids: entity == "warehouse" and self._load_lookups())
        self.inventory.refresh()
        self.alerts.refresh()
        self.quarantine.refresh()
        self._loaded_tabs.update({"inventory", "alerts", "quarantine"})
        self._load_lookups()
        self.readers.refresh()
        mode = ctx.settings.get(READERS_MODE)
        self.readers.show_mode(mode if mode in ("off", "readers", "simulate") else "off")
        self._show_live()
        if mode in ("readers", "simulate"):
            self.set_readers_mode(mode)

    # -- data shared by the tabs ------------------------------------------------------------------------------

    def _load_lookups(self) -> None:
        registry = WarehouseRegistry(self._ctx.session_factory, self._ctx.principal)
        self._ctx.tasks.run(registry.lookups, self.on_lookups, lambda e: self.headline.setText(translate_error(e)),
                            key="wh-lookups")

    def on_lookups(self, lookups: Lookups) -> None:
        self.lookups = lookups
        self.counts.set_zones(lookups)
        self.sig_lookups_loaded.emit()

    def _staff_name(self, staff_id: int) -> str:
        if self.lookups is not None:
            for choice in self.lookups.staff:
                if choice.id == staff_id:
                    return choice.text
        return str(staff_id)

    def on_tab_changed(self, index: int) -> None:
        key = TABS[index]
        if key in self._loaded_tabs:
            return
        self._loaded_tabs.add(key)
        {"reservations": self.reservations.refresh, "counts": self.counts.refresh,
         "readers": self.readers.refresh, "types": self.types.refresh}.get(key, lambda: None)()

    def on_alerts(self, summary: AlertSummary) -> None:
        c = summary.counts
        self.headline.setText(
            self.tr("试验超期 %1　寿命到期 %2　逾期未还 %3　未办领用出门 %4　库存不足 %5")
            .replace("%1", str(c["test_overdue"])).replace("%2", str(c["life_ended"]))
            .replace("%3", str(c["return_overdue"])).replace("%4", str(c["exit_unregistered"]))
            .replace("%5", str(c["low_stock"])))
        self.headline.setStyleSheet("color:#b3261e;" if summary.critical else "color:#1b6e2a;")
        self.tabs.setTabText(TABS.index("alerts"), self.tr("提醒 (%1)").replace("%1", str(summary.critical)))

    def _tab_counts(self, waiting: int) -> None:
        text = self.tr("待登记标签 (%1)").replace("%1", str(waiting)) if waiting else self.tr("待登记标签")
        self.tabs.setTabText(TABS.index("quarantine"), text)

    # -- readers ----------------------------------------------------------------------------------------------

    def set_readers_mode(self, mode: str) -> None:
        """Switch the readers off the GUI thread (it reads the database and waits for reader threads)."""
        self.live_label.setText(self.tr("读写器：正在切换…"))

        def on_error(exc: BaseException) -> None:
            self.live_label.setText(translate_error(exc))
            self.readers.show_mode(self.live.mode)

        self._ctx.settings.set(READERS_MODE, mode)
        self._ctx.tasks.run(lambda: self.live.set_mode(mode), None, on_error, key="wh-readers-mode")

    def on_mode_changed(self, _mode: str) -> None:
        self._show_live()

    def _show_live(self) -> None:
        mode = self.live.mode
        if mode == "off":
            self.live_label.setText(self.tr("读写器：本机未连接"))
            self.live_label.setStyleSheet("color:#5f6b7a;")
            return
        states = self.live.statuses()
        up = sum(1 for s in states.values() if s.state.value == "reading")
        text = self.tr("读写器：%1/%2 在线").replace("%1", str(up)).replace("%2", str(len(states)))
        if mode == "simulate":
            text += self.tr("（模拟）")
        self.live_label.setText(text)
        self.live_label.setStyleSheet("color:#1b6e2a;" if up == len(states) and states else "color:#b3261e;")

    def shutdown(self) -> None:
        """Stop the readers (the window is closing, or a test is done)."""
        self.live.stop()

    # -- navigation -------------------------------------------------------------------------------------------

    def open_item(self, item_id: int) -> None:
        self.tabs.setCurrentIndex(TABS.index("inventory"))
        self.inventory.select_item(item_id)

    def show_subview(self, name: str) -> None:
        """``shot --view warehouse:<tab>``; ``detail`` opens the first item needing attention."""
        if name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))
            return
        if name == "detail":
            self.tabs.setCurrentIndex(0)
            if self.inventory.inventory is not None:
                self.inventory.attention.setChecked(True)
                first = self.inventory.model.row_id_at(0)
                if first is not None:
                    self.inventory.select_item(int(first))

