"""Alerts: overdue tests, ended service lives, overdue returns, exits without check-out, low stock, unknown tags."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.services.warehouse_alerts import (
    CRITICAL, EXIT_UNREGISTERED, LIFE_ENDED, LOW_STOCK, QUARANTINE, RETURN_OVERDUE, TEST_DUE_SOON, TEST_OVERDUE,
    AlertSummary, WarehouseAlerts,
)
from console.i18n import translate_error
from console.screens.warehouse import labels as L
from console.screens.warehouse.small_table import list_table, set_rows
from widgets.column_table import ColumnSpec, RowStyle

REFRESH_DELAY_MS = 1500  # reads keep arriving: gather changes, then reload once


class AlertsPanel(QWidget):
    sig_loaded = Signal(object)  # AlertSummary
    sig_open_item = Signal(int)
    sig_open_quarantine = Signal()

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._service = WarehouseAlerts(ctx.session_factory, ctx.principal)
        self.summary: AlertSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel()
        self.headline.setObjectName("warehouseAlertHeadline")
        self.headline.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.headline, 1)
        layout.addLayout(row)
        self.table, self.model = list_table([
            ColumnSpec("kind", self.tr("提醒"), "text", 120),
            ColumnSpec("subject", self.tr("物资"), "text", 240),
            ColumnSpec("on", self.tr("日期"), "date", 90),
            ColumnSpec("days", self.tr("天数"), "text", 90),
            ColumnSpec("holder", self.tr("领用人"), "text", 80),
            ColumnSpec("detail", self.tr("说明"), "text", 200),
        ], status_key="severity", row_styles={CRITICAL: RowStyle(foreground="#b3261e")})
        self.table.sig_row_activated.connect(self.on_activated)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.sig_changed.connect(self.on_data_changed)

    def refresh(self) -> None:
        today = self._today
        self._ctx.tasks.run(lambda: self._service.alerts(today), self.on_loaded, self.on_error, key="wh-alerts")

    def on_data_changed(self, entity: str, _ids: list) -> None:  # type: ignore[type-arg]
        if entity in ("items", "quarantine", "warehouse") and not self._timer.isActive():
            self._timer.start()

    def on_error(self, exc: BaseException) -> None:
        self.headline.setText(translate_error(exc))

    def on_loaded(self, summary: AlertSummary) -> None:
        self.summary = summary
        waiting = sum(a.count for a in summary.alerts if a.kind == QUARANTINE)  # tags, not alerts
        parts = [f"{L.label(L.ALERT, kind)} {waiting if kind == QUARANTINE else n}"
                 for kind, n in summary.counts.items() if n]
        self.headline.setText(self.tr("需立即处理 %1 项").replace("%1", str(summary.critical)) +
                              ("　·　" + "　".join(parts) if parts else self.tr("　·　暂无提醒")))
        rows = []
        for alert in summary.alerts:
            rows.append({"kind": L.label(L.ALERT, alert.kind), "subject": alert.subject or self.tr("（见待登记标签）"),
                         "on": alert.on, "days": self._days(alert.kind, alert.days), "holder": alert.holder,
                         "detail": self._detail(alert), "severity": alert.severity})
        set_rows(self.model, rows, range(len(rows)), extra=("severity",))
        self.sig_loaded.emit(summary)

    def _days(self, kind: str, days: int) -> str:
        if kind in (LOW_STOCK, QUARANTINE) or not days:
            return ""
        if kind == TEST_DUE_SOON:
            return self.tr("还有 %1 天").replace("%1", str(days))
        return self.tr("已超 %1 天").replace("%1", str(days))

    def _detail(self, alert) -> str:  # type: ignore[no-untyped-def]
        if alert.kind == LOW_STOCK:
            return self.tr("在库 %1，低于阈值 %2").replace("%1", str(alert.count)).replace("%2", str(alert.threshold))
        if alert.kind == QUARANTINE:
            return self.tr("%1 个标签读到但未登记").replace("%1", str(alert.count))
        if alert.kind in (TEST_OVERDUE, LIFE_ENDED) and alert.holder:
            return self.tr("仍在领用人手中：请立即收回")
        texts = {TEST_OVERDUE: self.tr("请送检，合格前不得领用"), LIFE_ENDED: self.tr("请办理报废"),
                 RETURN_OVERDUE: self.tr("请联系领用人归还"), EXIT_UNREGISTERED: self.tr("门禁读到出库，但未办领用手续"),
                 TEST_DUE_SOON: self.tr("请安排送检")}
        return texts.get(alert.kind, "")

    def on_activated(self, row_id: object) -> None:
        if self.summary is None:
            return
        alert = self.summary.alerts[int(row_id)]  # type: ignore[call-overload]
        if alert.item_id is not None:
            self.sig_open_item.emit(alert.item_id)
        elif alert.kind == QUARANTINE:
            self.sig_open_quarantine.emit()
