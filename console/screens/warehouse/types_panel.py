"""Item types (what a tag stands for) and the preventive-test rules behind their due dates."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
    QSplitter, QVBoxLayout, QWidget,
)

from console.context import AppContext
from console.core.security import Permission
from console.core.services.warehouse_types import TestRuleView, TypeInput, TypeRow, WarehouseTypes
from console.i18n import translate_error
from console.screens.warehouse import labels as L
from console.screens.warehouse.message_strip import MessageStrip
from console.screens.warehouse.small_table import list_table, set_rows
from widgets.column_table import ColumnSpec


def _ok_cancel(dialog: QDialog, layout: QVBoxLayout) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(dialog.tr("保存"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("取消"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    layout.addWidget(box)


class TypeDialog(QDialog):
    def __init__(self, rules: tuple[TestRuleView, ...], row: TypeRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增物资类别") if row is None else self.tr("编辑物资类别"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit(row.code if row else "")
        self.name = QLineEdit(row.name if row else "")
        self.category = QComboBox()
        for code in L.CATEGORY:
            self.category.addItem(L.label(L.CATEGORY, code), code)
        self.tracking = QComboBox()
        for code in L.TRACKING:
            self.tracking.addItem(L.label(L.TRACKING, code), code)
        self.unit = QLineEdit(row.unit if row else "件")
        self.item_ref = QLineEdit(row.item_ref if row else "")
        self.item_ref.setPlaceholderText(self.tr("按数量管理时必填：SGTIN 商品项目代码"))
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 1_000_000)
        self.rule = QComboBox()
        self.rule.addItem(self.tr("（无需预防性试验）"), None)
        for r in rules:
            self.rule.addItem(r.name, r.id)
        if row is not None:
            self.category.setCurrentIndex(self.category.findData(row.category))
            self.tracking.setCurrentIndex(self.tracking.findData(row.tracking))
            self.threshold.setValue(row.low_stock_threshold)
            self.rule.setCurrentIndex(max(self.rule.findData(row.rule_id), 0))
        for text, widget in ((self.tr("代码"), self.code), (self.tr("名称"), self.name), (self.tr("类别"), self.category),
                             (self.tr("管理方式"), self.tracking), (self.tr("单位"), self.unit),
                             (self.tr("商品项目代码"), self.item_ref), (self.tr("低库存阈值"), self.threshold),
                             (self.tr("试验规则"), self.rule)):
            form.addRow(text, widget)
        layout.addLayout(form)
        _ok_cancel(self, layout)

    def values(self) -> TypeInput:
        return TypeInput(self.code.text(), self.name.text(), self.category.currentData(), self.tracking.currentData(),
                         self.unit.text(), self.item_ref.text(), self.threshold.value(), self.rule.currentData())


class RuleDialog(QDialog):
    """Months for the test interval, the visual check and the service life; 0 means "not applicable"."""

    def __init__(self, rule: TestRuleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("试验周期：%1").replace("%1", rule.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.spins: list[QSpinBox] = []
        for text, value in ((self.tr("预防性试验周期（月）"), rule.test_interval_months),
                            (self.tr("外观检查周期（月）"), rule.visual_check_months),
                            (self.tr("使用寿命（月）"), rule.service_life_months)):
            spin = QSpinBox()
            spin.setRange(0, 600)
            spin.setSpecialValueText(self.tr("不适用"))
            spin.setValue(value or 0)
            form.addRow(text, spin)
            self.spins.append(spin)
        layout.addLayout(form)
        note = QLabel(self.tr("新周期从各件物资下一次登记试验结果时起执行，已登记的到期日不变。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        _ok_cancel(self, layout)

    def values(self) -> tuple[int | None, int | None, int | None]:
        a, b, c = (spin.value() or None for spin in self.spins)
        return a, b, c


class TypesPanel(QWidget):
    sig_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = WarehouseTypes(ctx.session_factory, ctx.principal)
        self.types: tuple[TypeRow, ...] = ()
        self.rules: tuple[TestRuleView, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        intro = QLabel(self.tr("物资类别决定标签编码方式与试验规则；试验周期与使用寿命按电力安全工器具预防性试验规程，可由管理员修改。"))
        intro.setWordWrap(True)
        bar.addWidget(intro, 1)
        self.add_button = QPushButton(self.tr("新增类别…"))
        self.edit_button = QPushButton(self.tr("编辑类别…"))
        self.rule_button = QPushButton(self.tr("修改试验周期…"))
        self.add_button.clicked.connect(self.on_add)
        self.edit_button.clicked.connect(self.on_edit)
        self.rule_button.clicked.connect(self.on_rule)
        for button in (self.add_button, self.edit_button):
            button.setVisible(ctx.principal.can(Permission.OPERATE_WAREHOUSE))
            bar.addWidget(button)
        self.rule_button.setVisible(ctx.principal.can(Permission.ADMINISTER))
        bar.addWidget(self.rule_button)
        layout.addLayout(bar)
        self.strip = MessageStrip()
        layout.addWidget(self.strip)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table, self.model = list_table([
            ColumnSpec("code", self.tr("代码"), "text", 140), ColumnSpec("name", self.tr("名称"), "text", 180),
            ColumnSpec("category", self.tr("类别"), "text", 90), ColumnSpec("tracking", self.tr("管理方式"), "text", 84),
            ColumnSpec("unit", self.tr("单位"), "text", 50), ColumnSpec("item_ref", self.tr("商品项目代码"), "text", 100),
            ColumnSpec("rule", self.tr("试验规则"), "text", 130), ColumnSpec("interval", self.tr("试验周期"), "text", 80),
            ColumnSpec("life", self.tr("使用寿命"), "text", 80), ColumnSpec("items", self.tr("件数"), "int", 60),
        ])
        self.table.sig_row_activated.connect(lambda _row: self.on_edit())
        self.rules_table, self.rules_model = list_table([
            ColumnSpec("name", self.tr("试验规则"), "text", 200), ColumnSpec("interval", self.tr("预防性试验"), "text", 100),
            ColumnSpec("visual", self.tr("外观检查"), "text", 100), ColumnSpec("life", self.tr("使用寿命"), "text", 100),
        ])
        self.rules_table.sig_row_activated.connect(lambda _row: self.on_rule())
        splitter.addWidget(self.table)
        splitter.addWidget(self.rules_table)
        layout.addWidget(splitter, 1)

    def _months(self, value: int | None) -> str:
        return self.tr("%1 个月").replace("%1", str(value)) if value else ""

    def refresh(self) -> None:
        service = self._service
        self._ctx.tasks.run(lambda: (service.types(), service.rules()), self.on_loaded,
                            lambda e: self.strip.show_message(translate_error(e), "error"), key="wh-types")

    def on_loaded(self, data: tuple[tuple[TypeRow, ...], tuple[TestRuleView, ...]]) -> None:
        self.types, self.rules = data
        set_rows(self.model, [{"code": t.code, "name": t.name, "category": L.label(L.CATEGORY, t.category),
                               "tracking": L.label(L.TRACKING, t.tracking), "unit": t.unit, "item_ref": t.item_ref,
                               "rule": t.rule_name, "interval": self._months(t.test_interval_months),
                               "life": self._months(t.service_life_months), "items": t.items} for t in self.types],
                 [t.id for t in self.types])
        set_rows(self.rules_model, [{"name": r.name, "interval": self._months(r.test_interval_months),
                                     "visual": self._months(r.visual_check_months),
                                     "life": self._months(r.service_life_months)} for r in self.rules],
                 [r.id for r in self.rules])
        self.sig_loaded.emit()

    def _run(self, work, text: str) -> None:  # type: ignore[no-untyped-def]
        def on_done(_result: object) -> None:
            self.strip.show_message(text, "info")
            self._ctx.bus.notify("warehouse", [])
            self.refresh()

        self._ctx.tasks.run(work, on_done, lambda e: self.strip.show_message(translate_error(e), "error"))

    def on_add(self) -> None:
        dialog = TypeDialog(self.rules, None, self)
        if dialog.exec():
            self.save_type(dialog.values())

    def on_edit(self) -> None:
        ids = [int(i) for i in self.table.selected_row_ids()]
        row = next((t for t in self.types if ids and t.id == ids[0]), None)
        if row is None:
            self.strip.show_message(self.tr("请先选择一个类别。"), "warning")
            return
        dialog = TypeDialog(self.rules, row, self)
        if dialog.exec():
            self.save_type(dialog.values(), row.id, row.version)

    def save_type(self, data: TypeInput, type_id: int | None = None, version: int | None = None) -> None:
        self._run(lambda: self._service.save_type(data, type_id, version), self.tr("类别已保存。"))

    def on_rule(self) -> None:
        if not self._ctx.principal.can(Permission.ADMINISTER):
            return
        ids = [int(i) for i in self.rules_table.selected_row_ids()]
        rule = next((r for r in self.rules if ids and r.id == ids[0]), None)
        if rule is None:
            self.strip.show_message(self.tr("请先在下方选择一条试验规则。"), "warning")
            return
        dialog = RuleDialog(rule, self)
        if dialog.exec():
            self.save_rule(rule, *dialog.values())

    def save_rule(self, rule: TestRuleView, interval: int | None, visual: int | None, life: int | None) -> None:
        self._run(lambda: self._service.save_rule(rule.id, interval, visual, life, rule.version),
                  self.tr("试验周期已更新，自各件物资下一次试验起执行。"))
