"""The inventory's workflow buttons: each opens its dialog, runs the service off the GUI thread and reports the
result or the core's refusal on the panel's message strip; the change bus then tells the table what changed."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from console.context import AppContext
from console.core.services.warehouse_registry import InventoryColumns, ItemDetail, Lookups
from console.core.services.warehouse_workflows import WarehouseWorkflows
from console.i18n import translate_error
from console.screens.warehouse.dialogs import (
    CheckDialog, CheckOutDialog, CheckOutValues, CheckValues, ReturnDialog, ReturnValues, ScrapDialog,
)
from console.screens.warehouse.message_strip import MessageStrip
from console.screens.warehouse.options import EXPORT_DIR


class WorkflowActions(QObject):
    sig_done = Signal(str)  # a workflow finished: the message shown (result or refusal)

    def __init__(self, ctx: AppContext, today: date, lookups: Callable[[], Lookups | None],
                 selection: Callable[[], list[int]], names: Callable[[list[int]], list[str]],
                 inventory: Callable[[], InventoryColumns | None], detail: Callable[[], ItemDetail | None],
                 strip: MessageStrip, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._lookups = lookups
        self.selected_ids = selection
        self._names = names
        self._inventory = inventory
        self._detail = detail
        self.strip = strip
        self._parent = parent
        self._workflows = WarehouseWorkflows(ctx.session_factory, ctx.principal, today=lambda: self._today)

    def _need_selection(self, single: bool = False) -> list[int] | None:
        ids = self.selected_ids()
        if not ids:
            self.strip.show_message(self.tr("请先在表格中选择物资。"), "warning")
            return None
        if single and len(ids) > 1:
            self.strip.show_message(self.tr("试验和检查结果请逐件登记：只选择一件物资。"), "warning")
            return None
        return ids

    def _run(self, work: Callable[[], Any], done_text: str, ids: list[int]) -> None:
        def on_done(_result: Any) -> None:
            self.strip.show_message(done_text, "info")
            self._ctx.bus.notify("items", ids)
            self.sig_done.emit(done_text)

        def on_error(exc: BaseException) -> None:
            self.strip.show_message(translate_error(exc), "error")
            self.sig_done.emit(translate_error(exc))

        self._ctx.tasks.run(work, on_done, on_error)

    def on_check_out(self) -> None:
        ids, lookups = self._need_selection(), self._lookups()
        if ids is None or lookups is None:
            return
        dialog = CheckOutDialog(lookups, self._names(ids), self._today, self._parent)
        if dialog.exec():
            self.check_out(ids, dialog.values())

    def check_out(self, ids: list[int], v: CheckOutValues) -> None:
        w = self._workflows

        def work() -> Any:
            if v.assign_badge and v.staff_id is not None and v.badge_epc:
                w.assign_badge(v.staff_id, v.badge_epc)
                return w.check_out(ids, staff_id=v.staff_id, project_id=v.project_id, due_back_on=v.due_back_on,
                                   note=v.note)
            return w.check_out(ids, staff_id=None if v.badge_epc else v.staff_id, badge_epc=v.badge_epc,
                               project_id=v.project_id, due_back_on=v.due_back_on, note=v.note)

        self._run(work, self.tr("已领用 %1 件。").replace("%1", str(len(ids))), ids)

    def on_return(self) -> None:
        ids, lookups = self._need_selection(), self._lookups()
        if ids is None or lookups is None:
            return
        dialog = ReturnDialog(lookups, self._names(ids), self._parent)
        if dialog.exec():
            self.return_items(ids, dialog.values())

    def return_items(self, ids: list[int], v: ReturnValues) -> None:
        self._run(lambda: self._workflows.return_items(ids, location_id=v.location_id, note=v.note),
                  self.tr("已归还 %1 件。").replace("%1", str(len(ids))), ids)

    def on_send_to_test(self) -> None:
        ids = self._need_selection()
        if ids is not None:
            self.send_to_test(ids)

    def send_to_test(self, ids: list[int]) -> None:
        self._run(lambda: self._workflows.send_to_test(ids), self.tr("已送检 %1 件。").replace("%1", str(len(ids))), ids)

    def on_test(self) -> None:
        self._check("test")

    def on_inspect(self) -> None:
        self._check("inspection")

    def _check(self, kind: str) -> None:
        ids = self._need_selection(single=True)
        if ids is None:
            return
        shown = self._detail()
        detail = shown if shown is not None and shown.id == ids[0] else None
        months = detail.test_interval_months if detail is not None else None
        dialog = CheckDialog(kind, self._names(ids)[0], self._today, months, self._parent)
        if dialog.exec():
            self.record_check(ids[0], kind, dialog.values())

    def record_check(self, item_id: int, kind: str, v: CheckValues) -> None:
        w = self._workflows
        if kind == "test":
            work: Callable[[], Any] = lambda: w.record_test(  # noqa: E731
                item_id, tested_on=v.on, passed=v.passed, next_due=v.next_due, tester=v.tester,
                certificate_no=v.certificate_no, note=v.note)
            text = self.tr("试验结果已登记。")
        else:
            work = lambda: w.record_inspection(item_id, inspected_on=v.on, passed=v.passed,  # noqa: E731
                                               inspector=v.tester, note=v.note)
            text = self.tr("检查结果已登记。")
        self._run(work, text, [item_id])

    def on_scrap(self) -> None:
        ids = self._need_selection()
        if ids is None:
            return
        dialog = ScrapDialog(self._names(ids), self._parent)
        if dialog.exec():
            self.scrap(ids, dialog.values())

    def scrap(self, ids: list[int], reason: str) -> None:
        self._run(lambda: self._workflows.scrap(ids, reason), self.tr("已报废 %1 件。").replace("%1", str(len(ids))), ids)

    def on_print_labels(self) -> None:
        ids = self._need_selection()
        if ids is None:
            return
        folder = self._ctx.settings.get(EXPORT_DIR) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("保存标签 PDF"), str(Path(folder) / "rfid-labels.pdf"),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self._ctx.settings.set(EXPORT_DIR, str(Path(path).parent))
            self.print_labels(ids, Path(path))

    def print_labels(self, ids: list[int], path: Path) -> None:
        inventory = self._inventory()
        if inventory is None:
            return
        from console.screens.warehouse.printing import tag_labels, write_tag_labels  # reportlab: on first print

        labels = tag_labels(inventory, ids)

        def on_done(pages: int) -> None:
            text = self.tr("已生成 %1 张标签（%2 页）：%3").replace("%1", str(len(labels))).replace(
                "%2", str(pages)).replace("%3", str(path))
            self.strip.show_message(text, "info")
            self.sig_done.emit(text)

        self._ctx.tasks.run(lambda: write_tag_labels(labels, path), on_done,
                            lambda exc: self.strip.show_message(translate_error(exc), "error"))
