"""Stock counts (盘点): start one for a zone, watch expected vs seen fill in as the readers report, close it with
the adjustments recorded, and export the count as a PDF report."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from console.context import AppContext
from console.core.security import Permission
from console.core.services.warehouse_counts import (
    FOUND, MISPLACED, MISSING, UNEXPECTED, CloseOutcome, CountResult, CountSummary, WarehouseCounts,
)
from console.core.services.warehouse_registry import Lookups
from console.i18n import translate_error
from console.screens.warehouse import labels as L
from console.screens.warehouse.message_strip import MessageStrip
from console.screens.warehouse.options import EXPORT_DIR
from console.screens.warehouse.small_table import list_table, set_rows
from widgets.column_table import ColumnSpec, RowStyle

OUTCOME_STYLES = {MISSING: RowStyle(foreground="#b3261e"), MISPLACED: RowStyle(foreground="#8a5a00"),
                  UNEXPECTED: RowStyle(foreground="#8a5a00")}


class CountPanel(QWidget):
    sig_result_shown = Signal(object)  # CountResult
    sig_done = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = WarehouseCounts(ctx.session_factory, ctx.principal)
        self.counts: tuple[CountSummary, ...] = ()
        self.result: CountResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.zone = QComboBox()
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(14)
        self.start_button = QPushButton(self.tr("开始盘点"))
        self.start_button.clicked.connect(self.on_start)
        bar.addWidget(QLabel(self.tr("库区")))
        bar.addWidget(self.zone)
        bar.addWidget(self.start_button)
        bar.addStretch(1)
        self.scan_button = QPushButton(self.tr("录入手持机读数…"))
        self.close_button = QPushButton(self.tr("结束盘点并调整…"))
        self.export_button = QPushButton(self.tr("导出盘点报告 PDF…"))
        self.scan_button.clicked.connect(self.on_scan)
        self.close_button.clicked.connect(self.on_close)
        self.export_button.clicked.connect(self.on_export)
        for button in (self.scan_button, self.close_button, self.export_button):
            bar.addWidget(button)
        operate = ctx.principal.can(Permission.OPERATE_WAREHOUSE)
        for widget in (self.zone, self.start_button, self.scan_button, self.close_button):
            widget.setVisible(operate)
        layout.addLayout(bar)
        self.strip = MessageStrip()
        layout.addWidget(self.strip)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda item, _prev: item is not None and self.show_count(
            int(item.data(Qt.ItemDataRole.UserRole))))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.totals = QLabel()
        self.totals.setObjectName("warehouseCountTotals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("font-size: 14px;")
        right_layout.addWidget(self.totals)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("只看差异"), "diff")
        self.filter.addItem(self.tr("全部"), None)
        for code in (MISSING, MISPLACED, UNEXPECTED, FOUND):
            self.filter.addItem(L.label(L.OUTCOME, code), code)
        self.filter.currentIndexChanged.connect(self._fill_lines)
        right_layout.addWidget(self.filter, 0, Qt.AlignmentFlag.AlignLeft)
        self.table, self.model = list_table([
            ColumnSpec("outcome", self.tr("结果"), "text", 150), ColumnSpec("item", self.tr("物资"), "text", 200),
            ColumnSpec("status", self.tr("状态"), "text", 70), ColumnSpec("registered", self.tr("登记位置"), "text", 160),
            ColumnSpec("seen_by", self.tr("读到于"), "text", 90), ColumnSpec("epc", self.tr("EPC"), "text", 200),
        ], status_key="code", row_styles=OUTCOME_STYLES)
        right_layout.addWidget(self.table, 1)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([200, 880])
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self, singleShot=True, interval=1000)
        self._timer.timeout.connect(self._reload_current)
        ctx.bus.sig_changed.connect(self.on_data_changed)
        self._update_buttons()

    def set_zones(self, lookups: Lookups) -> None:
        self.zone.clear()
        for z in lookups.zones:
            self.zone.addItem(f"{z.text} ({z.detail})", z.id)

    # -- loading ----------------------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        self._ctx.tasks.run(self._service.counts, lambda counts: self.on_counts(counts, select), self.on_error,
                            key="wh-counts")

    def on_counts(self, counts: tuple[CountSummary, ...], select: int | None = None) -> None:
        self.counts = counts
        current = select if select is not None else (self.result.count.id if self.result else None)
        self.list.blockSignals(True)
        self.list.clear()
        for c in counts:
            state = self.tr("进行中") if c.closed_at is None else self.tr("已结束")
            item = QListWidgetItem(f"#{c.id} {c.zone}\n{L.local_time(c.started_at)}  {state}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [c.id for c in counts]
        if current in ids or ids:
            row = ids.index(current) if current in ids else 0
            self.list.setCurrentRow(row)
        else:
            self.result = None
            self.totals.setText(self.tr("还没有盘点。选择库区后点击“开始盘点”，库区内读写器读到的标签会自动计入。"))
            set_rows(self.model, [], [], extra=("code",))
            self._update_buttons()

    def show_count(self, count_id: int) -> None:
        self._ctx.tasks.run(lambda: self._service.result(count_id), self.on_result, self.on_error, key="wh-count")

    def on_result(self, result: CountResult) -> None:
        self.result = result
        t, c = result.totals, result.count
        state = self.tr("进行中") if c.closed_at is None else self.tr("已于 %1 结束").replace("%1", L.local_time(c.closed_at))
        self.totals.setText(
            self.tr("<b>#%1 %2</b>（%3）　应盘 <b>%4</b>，已读到 <b>%5</b>　·　盘亏 <b style='color:#b3261e'>%6</b>"
                    "　错放 <b>%7</b>　盘盈 <b>%8</b>")
            .replace("%1", str(c.id)).replace("%2", c.zone).replace("%3", state).replace("%4", str(result.expected))
            .replace("%5", str(c.seen)).replace("%6", str(t[MISSING])).replace("%7", str(t[MISPLACED]))
            .replace("%8", str(t[UNEXPECTED])))
        self._fill_lines()
        self._update_buttons()
        self.sig_result_shown.emit(result)

    def _fill_lines(self) -> None:
        if self.result is None:
            return
        wanted = self.filter.currentData()
        lines = [ln for ln in self.result.lines
                 if wanted is None or (wanted == "diff" and ln.outcome != FOUND) or ln.outcome == wanted]
        set_rows(self.model, [{"outcome": L.label(L.OUTCOME, ln.outcome), "item": ln.item or self.tr("（未登记标签）"),
                               "status": L.label(L.STATUS, ln.status) if ln.status else "",
                               "registered": ln.registered_at.rsplit(" › ", 1)[-1], "seen_by": ln.seen_by, "epc": ln.epc,
                               "code": ln.outcome} for ln in lines], range(len(lines)), extra=("code",))

    def _reload_current(self) -> None:
        if self.result is not None and self.result.count.closed_at is None:
            self.show_count(self.result.count.id)

    def on_data_changed(self, entity: str, _ids: list) -> None:  # type: ignore[type-arg]
        if entity in ("stock_counts", "items") and self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def on_error(self, exc: BaseException) -> None:
        self.strip.show_message(translate_error(exc), "error")

    def _update_buttons(self) -> None:
        open_count = self.result is not None and self.result.count.closed_at is None
        self.scan_button.setEnabled(open_count)
        self.close_button.setEnabled(open_count)
        self.export_button.setEnabled(self.result is not None)

    # -- actions ----------------------------------------------------------------------------------------------

    def on_start(self) -> None:
        if self.zone.currentData() is not None:
            self.start(int(self.zone.currentData()))

    def start(self, zone_id: int) -> None:
        def on_done(count_id: int) -> None:
            self.strip.show_message(self.tr("盘点已开始：库区内读写器读到的标签会自动计入。"), "info")
            self.refresh(select=count_id)
            self.sig_done.emit("started")

        self._ctx.tasks.run(lambda: self._service.start(zone_id), on_done, self.on_error)

    def on_scan(self) -> None:
        if self.result is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("录入手持机读数"),
                                                 self.tr("每行一个 EPC（可从手持机导出后粘贴）："))
        if ok and text.strip():
            self.record_seen(self.result.count.id, text.split())

    def record_seen(self, count_id: int, epcs: list[str]) -> None:
        def on_done(n: int) -> None:
            self.strip.show_message(self.tr("新计入 %1 个标签。").replace("%1", str(n)), "info")
            self.show_count(count_id)

        self._ctx.tasks.run(lambda: self._service.record_seen(count_id, epcs), on_done, self.on_error)

    def on_close(self) -> None:
        if self.result is None:
            return
        t = self.result.totals
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("结束盘点"),
                          self.tr("盘亏 %1、错放 %2、盘盈 %3。结束时按实盘调整台账（盘亏物资移出货架、错放物资改登记到本库区、"
                                  "已领用却在库的物资收回入库），每项调整记入出入库记录。")
                          .replace("%1", str(t[MISSING])).replace("%2", str(t[MISPLACED])).replace("%3", str(t[UNEXPECTED])),
                          parent=self)
        adjust = box.addButton(self.tr("结束并调整"), QMessageBox.ButtonRole.AcceptRole)
        plain = box.addButton(self.tr("结束，不调整"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() in (adjust, plain):
            self.close_count(self.result.count.id, box.clickedButton() is adjust)

    def close_count(self, count_id: int, adjust: bool) -> None:
        def on_done(outcome: CloseOutcome) -> None:
            self.strip.show_message(self.tr("盘点已结束，调整 %1 件。").replace("%1", str(len(outcome.adjusted_item_ids))),
                                    "info")
            self._ctx.bus.notify("items", list(outcome.adjusted_item_ids) or [])
            if outcome.quarantined:
                self._ctx.bus.notify("quarantine", [])
            self.refresh(select=count_id)
            self.sig_done.emit("closed")

        self._ctx.tasks.run(lambda: self._service.close(count_id, adjust), on_done, self.on_error)

    def on_export(self) -> None:
        if self.result is None:
            return
        folder = self._ctx.settings.get(EXPORT_DIR) or str(Path.home())
        name = f"盘点报告-{self.result.count.zone}-{self.result.count.id}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出盘点报告"), str(Path(folder) / name),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self._ctx.settings.set(EXPORT_DIR, str(Path(path).parent))
            self.export(Path(path))

    def export(self, path: Path) -> None:
        if self.result is None:
            return
        result, by = self.result, self._ctx.principal.display_name
        from console.screens.warehouse.printing import write_count_report  # reportlab: on first export

        def on_done(pages: int) -> None:
            text = self.tr("盘点报告已导出（%1 页）：%2").replace("%1", str(pages)).replace("%2", str(path))
            self.strip.show_message(text, "info")
            self.sig_done.emit(text)

        self._ctx.tasks.run(lambda: write_count_report(result, by, path), on_done, self.on_error)
