"""The admin's rule tables: time-limit versions by effective date (view, draft a new one from any version, withdraw
a future one) and the statutory-calendar override days per year (holidays and 调休 makeup workdays)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.context import AppContext
from console.core.rules.time_limits import NODE_ORDER, ClassLimits, ProjectClass
from console.core.services.rule_admin import OverrideDay, RuleAdminService, RuleTableInvalid, RuleVersion
from console.i18n import translate_error
from console.screens.projects import labels as L
from console.screens.projects.detail_tabs import fill_table, make_table
from console.screens.projects.message_bar import MessageBar

_ENTITIES = ("time_limit_tables", "calendar_overrides")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class RulesPage(QWidget):
    sig_saved = Signal(str)  # what was saved: "version", "version_deleted", "override", "override_deleted"

    def __init__(self, ctx: AppContext, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today or date.today()
        self._service = RuleAdminService(ctx.session_factory, ctx.principal)
        self.versions: list[RuleVersion] = []
        self.override_days: list[OverrideDay] = []
        self.message_bar = MessageBar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        row = QHBoxLayout()
        row.addWidget(self._versions_box(), 3)
        row.addWidget(self._calendar_box(), 2)
        layout.addLayout(row, 1)
        self.refresh()

    # -- construction ---------------------------------------------------------------------------------------------
    def _versions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("时限规则表（工作日，按生效日期分版本；项目沿用受理时有效的版本）"))
        self.version_table = make_table([self.tr("生效日期"), self.tr("说明"), self.tr("采用项目"), self.tr("状态")], stretch=True)
        self.version_table.itemSelectionChanged.connect(self._on_version_selected)
        headers = [L.label(L.NODE, n.value) for n in NODE_ORDER] + [L.label(L.NODE, "total")]
        self.grid = make_table(headers, stretch=True)
        self.grid.setEditTriggers(self.grid.EditTrigger.AllEditTriggers)
        self.grid.setRowCount(len(ProjectClass))
        self.grid.setVerticalHeaderLabels([L.label(L.CLASS, c.value) for c in ProjectClass])
        self.grid.verticalHeader().setVisible(True)
        self.effective = QDateEdit(_qdate(self._today))
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("版本说明（如依据的文件）"))
        self.save_button = QPushButton(self.tr("保存为新版本"))
        self.delete_button = QPushButton(self.tr("撤回选中的待生效版本"))
        self.save_button.clicked.connect(self.on_save_version)
        self.delete_button.clicked.connect(self.on_delete_version)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("生效日期")))
        form.addWidget(self.effective)
        form.addWidget(self.note, 1)
        form.addWidget(self.save_button)
        v = QVBoxLayout(box)
        v.addWidget(self.version_table, 2)
        v.addWidget(QLabel(self.tr("选中版本的时限（空白表示该类别不单独考核此节点）；修改后可保存为新版本：")))
        v.addWidget(self.grid, 3)
        v.addLayout(form)
        v.addWidget(self.delete_button)
        return box

    def _calendar_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("法定节假日与调休（管理员补录）"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self._today.year + 1)
        self.year.valueChanged.connect(self.refresh_overrides)
        self.coverage = QLabel()
        self.coverage.setWordWrap(True)
        self.override_table = make_table([self.tr("日期"), self.tr("类型"), self.tr("说明")], stretch=True)
        self.day = QDateEdit(_qdate(date(self._today.year + 1, 1, 1)))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("节假日（不上班）"), False)
        self.kind.addItem(self.tr("调休上班"), True)
        self.day_note = QLineEdit()
        self.day_note.setPlaceholderText(self.tr("如：春节"))
        self.set_button = QPushButton(self.tr("添加/修改"))
        self.remove_button = QPushButton(self.tr("删除选中"))
        self.set_button.clicked.connect(self.on_set_override)
        self.remove_button.clicked.connect(self.on_delete_override)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        top.addWidget(self.year)
        top.addStretch(1)
        entry = QHBoxLayout()
        entry.addWidget(self.day)
        entry.addWidget(self.kind)
        entry.addWidget(self.day_note, 1)
        v = QVBoxLayout(box)
        v.addLayout(top)
        v.addWidget(self.coverage)
        v.addWidget(self.override_table, 1)
        v.addLayout(entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        v.addLayout(buttons)
        return box

    # -- loading ----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        service, today = self._service, self._today
        self._ctx.tasks.run(lambda: service.versions(today), self.on_versions, self.on_error, key="rules-versions")
        self.refresh_overrides()

    def refresh_overrides(self) -> None:
        service, year = self._service, self.year.value()
        self._ctx.tasks.run(lambda: (service.overrides(year), service.coverage([year])[0]), self.on_overrides,
                            self.on_error, key="rules-overrides")

    def on_error(self, exc: BaseException) -> None:
        if isinstance(exc, RuleTableInvalid):
            lines = "\n".join(f"• {p.text(self._ctx.lang)}" for p in exc.problems)
            self.message_bar.show_message(self.tr("时限规则表有误：") + "\n" + lines, "error")
        else:
            self.message_bar.show_message(translate_error(exc), "error")

    def on_versions(self, versions: list[RuleVersion]) -> None:
        self.versions = versions
        rows = []
        for v in versions:
            state = self.tr("现行") if v.in_force else (
                self.tr("待生效") if v.effective_from > self._today else self.tr("历史"))
            rows.append([v.effective_from.isoformat(), v.note, str(v.projects), state])
        fill_table(self.version_table, rows)
        if versions:
            current = next((i for i, v in enumerate(versions) if v.in_force), 0)
            self.version_table.selectRow(current)
            self._on_version_selected()

    def on_overrides(self, result: tuple) -> None:  # type: ignore[type-arg]
        days, coverage = result
        self.override_days = days
        fill_table(self.override_table, [[d.day.isoformat(), self.tr("调休上班") if d.is_workday else self.tr("节假日"),
                                          d.note] for d in days])
        text = {"library": self.tr("{year} 年：节假日库已收录；此处补录的日期优先。"),
                "overrides": self.tr("{year} 年：节假日库未收录，按此处补录的日期计算。"),
                "weekends": self.tr("{year} 年：节假日库未收录且尚未补录，暂按周一至周五计算工作日——请补录该年节假日与调休。")}
        self.coverage.setText(text[coverage.source].format(year=coverage.year))

    def _on_version_selected(self) -> None:
        row = self.version_table.currentRow()
        if 0 <= row < len(self.versions):
            self.show_limits(self.versions[row])

    def show_limits(self, version: RuleVersion) -> None:
        for r, cls in enumerate(ProjectClass):
            limits = version.table.limits.get(cls)
            for c, node in enumerate(NODE_ORDER):
                days = limits.limit_of(node) if limits else None
                self.grid.setItem(r, c, QTableWidgetItem("" if days is None else str(days)))
            self.grid.setItem(r, len(NODE_ORDER), QTableWidgetItem(str(limits.committed_total_days) if limits else ""))

    # -- writing ----------------------------------------------------------------------------------------------------
    def grid_limits(self) -> dict[ProjectClass, ClassLimits]:
        """The grid as a table; cells that are not whole numbers stay text so validation names them."""
        def cell(r: int, c: int) -> object:
            item = self.grid.item(r, c)
            text = item.text().strip() if item else ""
            return int(text) if text.lstrip("-").isdigit() else text

        out: dict[ProjectClass, ClassLimits] = {}
        for r, cls in enumerate(ProjectClass):
            nodes = tuple((node, cell(r, c)) for c, node in enumerate(NODE_ORDER) if cell(r, c) != "")
            out[cls] = ClassLimits(nodes, cell(r, len(NODE_ORDER)))  # type: ignore[arg-type]
        return out

    def _write(self, fn, what: str) -> None:  # type: ignore[no-untyped-def]
        def done(_result: object) -> None:
            self.message_bar.show_message(self.tr("已保存。"), "info")
            self._ctx.bus.notify(_ENTITIES[0] if what.startswith("version") else _ENTITIES[1])
            self.refresh()
            self.sig_saved.emit(what)

        self._ctx.tasks.run(fn, done, self.on_error)

    def on_save_version(self) -> None:
        service, limits, day, note = self._service, self.grid_limits(), _pydate(self.effective.date()), self.note.text()
        today = self._today
        self._write(lambda: service.add_version(day, limits, note, today), "version")

    def on_delete_version(self) -> None:
        row = self.version_table.currentRow()
        if 0 <= row < len(self.versions):
            v, service, today = self.versions[row], self._service, self._today
            self._write(lambda: service.delete_version(v.id, v.version, today), "version_deleted")

    def on_set_override(self) -> None:
        day = _pydate(self.day.date())
        existing = next((o for o in self.override_days if o.day == day), None)
        service, workday, note = self._service, bool(self.kind.currentData()), self.day_note.text()
        version = existing.version if existing else None
        if day.year != self.year.value():
            self.year.setValue(day.year)
        self._write(lambda: service.set_override(day, workday, note, version), "override")

    def on_delete_override(self) -> None:
        row = self.override_table.currentRow()
        if 0 <= row < len(self.override_days):
            o, service = self.override_days[row], self._service
            self._write(lambda: service.delete_override(o.day, o.version), "override_deleted")
