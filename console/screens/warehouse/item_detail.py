"""One item: what it is, where it is, whether it may go out, and its history (movements, tests)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from console.core.services.warehouse_registry import ItemDetail
from console.screens.warehouse import labels as L
from console.screens.warehouse.small_table import list_table, set_rows
from widgets.column_table import ColumnSpec


class ItemDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ItemDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(self.tr("选择一件物资查看详情"))
        self.title.setObjectName("warehouseItemTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.blocked = QLabel()
        self.blocked.setObjectName("warehouseBlocked")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("background:#FDE7E9; border:1px solid #C42B1C; color:#5C0E08; padding:4px;")
        self.blocked.hide()
        layout.addWidget(self.blocked)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._fields: dict[str, QLabel] = {}
        for key, text in (
            ("status", self.tr("状态")), ("location", self.tr("位置")), ("holder", self.tr("领用人")),
            ("project", self.tr("项目")), ("due_back", self.tr("应还日期")), ("reserved", self.tr("预留给")),
            ("next_test", self.tr("下次试验")), ("last_test", self.tr("上次试验")), ("life", self.tr("寿命到期")),
            ("interval", self.tr("试验周期")), ("epc", self.tr("EPC")), ("uri", self.tr("标签URI")),
            ("made", self.tr("出厂日期")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(text, value)
            self._fields[key] = value
        self.form = QWidget()
        self.form.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.form.hide()
        layout.addWidget(self.form)
        self.tabs = QTabWidget()
        self.history, self.history_model = list_table([
            ColumnSpec("at", self.tr("时间"), "text", 120), ColumnSpec("kind", self.tr("作业"), "text", 90),
            ColumnSpec("who", self.tr("人员"), "text", 90), ColumnSpec("project", self.tr("项目"), "text", 90),
            ColumnSpec("place", self.tr("位置"), "text", 140), ColumnSpec("note", self.tr("备注"), "text", 120),
        ])
        self.tests, self.tests_model = list_table([
            ColumnSpec("on", self.tr("日期"), "date", 84), ColumnSpec("kind", self.tr("类别"), "text", 80),
            ColumnSpec("passed", self.tr("结论"), "text", 60), ColumnSpec("next_due", self.tr("下次到期"), "date", 84),
            ColumnSpec("tester", self.tr("试验/检查人"), "text", 90), ColumnSpec("certificate", self.tr("报告编号"), "text", 90),
            ColumnSpec("note", self.tr("备注"), "text", 100),
        ])
        self.tabs.addTab(self.history, self.tr("出入库记录"))
        self.tabs.addTab(self.tests, self.tr("试验与检查"))
        layout.addWidget(self.tabs, 1)
        self.tabs.hide()
        layout.addStretch(0)

    def show_item(self, detail: ItemDetail | None, refusal: str = "") -> None:
        self.detail = detail
        if detail is None:
            self.title.setText(self.tr("选择一件物资查看详情"))
            self.blocked.hide()
            self.form.hide()
            self.tabs.hide()
            for value in self._fields.values():
                value.setText("")
            set_rows(self.history_model, [], [])
            set_rows(self.tests_model, [], [])
            return
        self.title.setText(f"{detail.type_name}  {detail.serial}")
        self.form.show()
        self.tabs.show()
        self.blocked.setText(self.tr("不可领用：%1").replace("%1", refusal) if refusal else "")
        self.blocked.setVisible(bool(refusal))
        f = self._fields
        f["status"].setText(L.label(L.STATUS, detail.status))
        f["location"].setText(detail.location or self.tr("（不在货架上）"))
        f["holder"].setText(detail.holder)
        f["project"].setText(detail.project)
        f["due_back"].setText(L.day(detail.due_back_on))
        f["reserved"].setText(detail.reserved_for)
        f["next_test"].setText(L.day(detail.next_test_due))
        f["last_test"].setText(L.day(detail.last_test_on))
        f["life"].setText(L.day(detail.service_life_ends))
        f["interval"].setText(self.tr("%1 个月").replace("%1", str(detail.test_interval_months))
                              if detail.test_interval_months else "")
        f["epc"].setText(detail.epc)
        f["uri"].setText(detail.tag_uri)
        f["made"].setText(L.day(detail.manufactured_on))
        set_rows(self.history_model, [
            {"at": L.local_time(m.at), "kind": L.label(L.MOVEMENT, m.kind), "who": m.staff or m.user,
             "project": m.project, "place": m.to_location or m.from_location, "note": m.note}
            for m in detail.movements], range(len(detail.movements)))
        set_rows(self.tests_model, [
            {"on": t.tested_on, "kind": L.label(L.CHECK_KIND, t.kind), "passed": L.label(L.PASSED, t.passed),
             "next_due": t.next_due, "tester": t.tester, "certificate": t.certificate_no, "note": t.note}
            for t in detail.tests], range(len(detail.tests)))
