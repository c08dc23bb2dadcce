"""The portfolio screen: the team's customers, searchable as you type, with the key-account reminder list.

Opening paints the first rows from one small indexed query while the whole portfolio loads as column arrays
in a worker; every search, filter and sort then runs on those arrays in a worker too (the table only swaps
in the resulting row order), so the window never waits on a query.
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox, QPushButton, QSplitter,
    QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)

from console.context import AppContext
from console.core.models.enums import Role
from console.core.rules.customer_flags import FLAG_LABELS
from console.core.security import Permission
from console.core.services.customers import CustomerService
from console.core.services.org import OrgService
from console.core.services.portfolio import Portfolio, PortfolioPage
from console.core.services.portfolio_columns import PortfolioFrame
from console.core.services.portfolio_query import PortfolioQuery
from console.core.services.saved_filters import SavedFilterRecord, SavedFilterService
from console.i18n import translate_error
from console.screens.portfolio import table
from console.screens.portfolio.labels import SEGMENTS, flag_label, label
from console.screens.portfolio.options import ADMIN_TEAM, HEADER_STATE, REMINDER_DAYS, SPLITTER_STATE
from console.screens.portfolio.reminders import ReminderPanel
from widgets.column_table import ColumnTableModel, ColumnTableView, chinese_collator

if TYPE_CHECKING:
    from console.screens.portfolio.detail import CustomerDetailPage

VIEW = "portfolio"
PATCH_LIMIT = 2000  # more changed ids than this: reload the whole portfolio instead of patching rows


def pinyin_order(chars: Sequence[str]) -> list[str]:
    """Characters in Chinese collation (pinyin) order; called once per sort key build, in a worker."""
    collator = chinese_collator()
    return sorted(chars, key=collator.sortKey)


class PortfolioScreen(QWidget):
    sig_page_shown = Signal(int)  # rows now shown
    sig_loaded = Signal(int)  # the whole portfolio is loaded (customers in scope)

    def __init__(self, ctx: AppContext, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today or date.today()
        self._service = CustomerService(ctx.session_factory, ctx.principal)
        self._filters = SavedFilterService(ctx.session_factory, ctx.principal)
        p = ctx.principal
        self._team_id: int | None = p.team_id
        if p.can(Permission.ALL_TEAMS):
            self._team_id = ctx.settings.get(ADMIN_TEAM) or None
        self._query = PortfolioQuery()
        self.portfolio: Portfolio | None = None
        self.model: ColumnTableModel | None = None
        self._model_frame: PortfolioFrame | None = None
        self._model_generation = -1
        self._saved: list[SavedFilterRecord] = []
        self._tag = str(id(self))
        self._query_started = 0.0
        self.last_query_ms = 0.0
        self._build()
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(400)
        self._header_timer.timeout.connect(self.save_header_state)
        ctx.bus.sig_changed.connect(self.on_data_changed)
        self._secondary_loaded = False
        self._sort_restored = False
        self.load()  # first: nothing else competes with the first rows

    # --- building -------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        p = self._ctx.principal
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        self.team = QComboBox()
        self.team.setVisible(p.can(Permission.ALL_TEAMS))
        if p.can(Permission.ALL_TEAMS):
            self.team.addItem(self.tr("全部团队"), 0)
            for t in OrgService(self._ctx.session_factory, p).teams():
                self.team.addItem(t.name, t.id)
            self.team.setCurrentIndex(max(0, self.team.findData(self._team_id or 0)))
            self.team.currentIndexChanged.connect(self.on_team_changed)
            bar.addWidget(self.team)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("检索户号、户名或地址（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("户号按开头或末尾的数字匹配（5位以上的数字只查户号），户名和地址按包含的文字匹配；空格分隔的多个词须同时命中。"))
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self.on_search_changed)
        self.search.returnPressed.connect(self.focus_table)
        bar.addWidget(self.search, 2)
        self.segment = QComboBox()
        self.segment.addItem(self.tr("全部分级"), "")
        for code, text in SEGMENTS.items():
            self.segment.addItem(label(SEGMENTS, code), code)
        self.segment.currentIndexChanged.connect(self.on_filters_changed)
        bar.addWidget(self.segment)
        self.manager = QComboBox()
        self.manager.setMinimumWidth(110)
        self.manager.currentIndexChanged.connect(self.on_filters_changed)
        bar.addWidget(self.manager)
        self.flag = QComboBox()
        self.flag.addItem(self.tr("全部标记"), 0)
        for flag in FLAG_LABELS:
            self.flag.addItem(flag_label(flag), int(flag))
        self.flag.currentIndexChanged.connect(self.on_filters_changed)
        bar.addWidget(self.flag)
        layout.addLayout(bar)
        actions = QHBoxLayout()
        self.saved = QComboBox()
        self.saved.setMinimumWidth(150)
        self.saved.activated.connect(self.on_saved_chosen)
        actions.addWidget(self.saved)
        self.save_filter = QPushButton(self.tr("保存筛选(&S)…"))
        self.save_filter.clicked.connect(self.on_save_filter)
        self.delete_filter = QPushButton(self.tr("删除筛选"))
        self.delete_filter.clicked.connect(self.on_delete_filter)
        actions.addWidget(self.save_filter)
        actions.addWidget(self.delete_filter)
        self.reset_filters = QPushButton(self.tr("清除条件"))
        self.reset_filters.clicked.connect(self.on_reset)
        actions.addWidget(self.reset_filters)
        actions.addStretch(1)
        self.import_button = QPushButton(self.tr("导入(&I)…"))
        self.import_button.setVisible(p.can(Permission.IMPORT_CUSTOMERS))
        self.import_button.clicked.connect(self.on_import)
        actions.addWidget(self.import_button)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("导出(&E)"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("导出为 Excel (.xlsx)…"), lambda: self.on_export(".xlsx"))
        menu.addAction(self.tr("导出为 CSV…"), lambda: self.on_export(".csv"))
        self.export_button.setMenu(menu)
        self.export_button.setVisible(p.can(Permission.EXPORT_DATA))
        actions.addWidget(self.export_button)
        self.duplicates_button = QPushButton(self.tr("查找重复(&D)…"))
        self.duplicates_button.setVisible(p.can(Permission.EDIT_CUSTOMERS))
        self.duplicates_button.clicked.connect(self.on_duplicates)
        actions.addWidget(self.duplicates_button)
        refresh = QPushButton(self.tr("刷新"))
        refresh.setToolTip(self.tr("重新载入全部客户 (F5)"))
        refresh.clicked.connect(self.load)
        actions.addWidget(refresh)
        layout.addLayout(actions)
        # The reminder list sits under the table, so the table keeps the full width for its ten columns.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = ColumnTableView()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.sig_sort_requested.connect(self.on_sort_requested)
        self.view.sig_row_activated.connect(lambda cid: self.open_customer(int(cid)))
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._header_timer.start())
        self.view.horizontalHeader().sectionMoved.connect(lambda *_: self._header_timer.start())
        self.splitter.addWidget(self.view)
        self.reminders = ReminderPanel(self._ctx, self._today, self._ctx.settings.get(REMINDER_DAYS))
        self.reminders.sig_customer_activated.connect(self.open_customer)
        self.reminders.sig_days_changed.connect(self.on_reminder_days)
        self.splitter.addWidget(self.reminders)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([500, 170])
        state = self._ctx.settings.get(SPLITTER_STATE)
        if not state.isEmpty():
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(lambda *_: self._ctx.settings.set(SPLITTER_STATE, self.splitter.saveState()))
        layout.addWidget(self.splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("portfolioStatus")
        layout.addWidget(self.status)
        self.stack.addWidget(page)
        self._detail: CustomerDetailPage | None = None  # built on first use
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.load)
        self.search.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                self.focus_table()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # --- loading ------------------------------------------------------------------------------------------------

    def load(self) -> None:
        """First rows at once; the whole portfolio behind them, started once those rows are painted.

        Started together, the big load's parsing would hold the interpreter while the few first rows wait.
        """
        team = self._team_id
        self.portfolio = None
        self.status.setText(self.tr("正在载入客户…"))
        self._ctx.tasks.run(lambda: self._service.first_rows(team), self.on_first_rows, self.on_first_error,
                            key=f"portfolio-first-{self._tag}")

    def _load_all(self) -> None:
        team, today, days, query = self._team_id, self._today, self.reminders.days.value(), self._query

        def load_all() -> tuple[Portfolio, PortfolioPage, float]:
            portfolio = self._service.load_portfolio(team, today=today, overdue_days=days, char_order=pinyin_order)
            started = time.perf_counter()
            page = portfolio.run(query)
            return portfolio, page, (time.perf_counter() - started) * 1000.0

        self._ctx.tasks.run(load_all, self.on_loaded, self.on_error, key=f"portfolio-load-{self._tag}")

    def on_first_error(self, exc: BaseException) -> None:
        self.on_error(exc)
        self._after_first_paint()

    def on_first_rows(self, frame: PortfolioFrame) -> None:
        if frame.team_id != self._team_id:
            return  # the team changed meanwhile; its own first rows are on their way
        self._set_model(frame, np.asarray(frame.numbers["flags"], dtype=np.int64), -1)
        self.status.setText(self.tr("正在载入全部客户…（已显示前 %n 户）", "", len(frame)))
        self.sig_page_shown.emit(len(frame))
        QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self._load_all()
        if not self._secondary_loaded:
            self._secondary_loaded = True
            self._load_managers()
            self._load_saved_filters()
            self.reminders.set_team(self._team_id)

    def on_loaded(self, result: tuple[Portfolio, PortfolioPage, float]) -> None:
        self.portfolio, page, ms = result
        self.sig_loaded.emit(self.portfolio.frame.live_count)
        if page.query != self._query:
            self.run_query()  # the person typed while it loaded
        else:
            self.on_page((page, ms))
        portfolio = self.portfolio
        # Build the name order (pinyin) ahead of the first click on that header.
        self._ctx.tasks.run(lambda: portfolio.prepare(("account_no", "name")), None, lambda _e: None)

    def on_error(self, exc: BaseException) -> None:
        self.status.setText(f"<span style='color:#b3261e'>{translate_error(exc)}</span>")

    def _set_model(self, frame: PortfolioFrame, flags: np.ndarray, generation: int) -> None:
        if self.model is None or self._model_frame is not frame:
            self.model = ColumnTableModel(table.specs(frame), self, status_key="status", row_styles=table.OVERDUE_STYLE)
            self.model.set_columns(table.arrays(frame, flags), row_ids=frame.ids)
            self.view.setModel(self.model)
            self._restore_header()
        else:
            current = self._current_id()
            self.model.set_columns(table.arrays(frame, flags), row_ids=frame.ids)
            self._select_id(current)
        self._model_frame = frame
        self._model_generation = generation

    def _restore_header(self) -> None:
        # Translated titles can be wider than the Chinese ones the widths were chosen for.
        metrics = self.view.horizontalHeader().fontMetrics()
        assert self.model is not None
        for col, spec in enumerate(self.model.specs):
            self.view.setColumnWidth(col, max(spec.width, metrics.horizontalAdvance(spec.title) + 18))
        state = self._ctx.settings.get(HEADER_STATE)
        if not state.isEmpty() and self.view.restore_header_state(bytes(state.data())) and not self._sort_restored:
            # The remembered sort comes back with the header; the whole portfolio will load in that order.
            self._sort_restored = True
            header = self.view.horizontalHeader()
            section = header.sortIndicatorSection()
            if 0 <= section < len(self.model.specs):
                self._query = self._query.with_(sort_key=table.sort_key_of(self.model.specs[section].key),
                                                descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        self.view.set_sort_indicator(table.column_key_of(self._query.sort_key),
                                     Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder)

    def save_header_state(self) -> None:
        self._ctx.settings.set(HEADER_STATE, QByteArray(self.view.header_state()))

    # --- querying -----------------------------------------------------------------------------------------------

    def set_query(self, query: PortfolioQuery) -> None:
        if query != self._query:
            self._query = query
            self.run_query()

    @property
    def query(self) -> PortfolioQuery:
        return self._query

    def run_query(self) -> None:
        portfolio, query = self.portfolio, self._query
        if portfolio is None:
            return  # applied when the load finishes
        self._query_started = time.perf_counter()

        def work() -> tuple[PortfolioPage, float]:
            started = time.perf_counter()
            page = portfolio.run(query)
            return page, (time.perf_counter() - started) * 1000.0

        self._ctx.tasks.run(work, self.on_page, self.on_error, key=f"portfolio-query-{self._tag}")

    def on_page(self, result: tuple[PortfolioPage, float]) -> None:
        page, ms = result
        portfolio = self.portfolio
        if portfolio is None:
            return
        if self._model_frame is not portfolio.frame or self._model_generation != page.generation:
            self._set_model(portfolio.frame, portfolio.flags(), page.generation)
        assert self.model is not None
        self.model.set_view(page.rows)
        self.view.set_sort_indicator(table.column_key_of(page.query.sort_key),
                                     Qt.SortOrder.DescendingOrder if page.query.descending else Qt.SortOrder.AscendingOrder)
        self.last_query_ms = ms
        shown, total = len(page.rows), page.total
        text = self.tr("共 %1 户").replace("%1", f"{total:,}") if shown == total else \
            self.tr("共 %1 户，符合条件 %2 户").replace("%1", f"{total:,}").replace("%2", f"{shown:,}")
        self.status.setText(text + self.tr("（查询 %1 毫秒）").replace("%1", f"{ms:.0f}"))
        self.sig_page_shown.emit(shown)

    def on_search_changed(self, text: str) -> None:
        self.set_query(self._query.with_(text=text))

    def on_filters_changed(self, *_args: object) -> None:
        segment = self.segment.currentData()
        manager = self.manager.currentData()
        self.set_query(self._query.with_(
            segments=(segment,) if segment else (),
            manager_ids=tuple(manager) if isinstance(manager, list) else (),
            flags=int(self.flag.currentData() or 0),
        ))

    def on_sort_requested(self, key: str, order: Qt.SortOrder) -> None:
        self.set_query(self._query.with_(sort_key=table.sort_key_of(key), descending=order == Qt.SortOrder.DescendingOrder))
        self._header_timer.start()

    def apply_query(self, query: PortfolioQuery) -> None:
        """Show ``query`` in the controls (a saved filter) and run it."""
        for widget in (self.search, self.segment, self.manager, self.flag):
            widget.blockSignals(True)
        self.search.setText(query.text)
        self.segment.setCurrentIndex(max(0, self.segment.findData(query.segments[0] if query.segments else "")))
        self.manager.setCurrentIndex(max(0, self.manager.findData(list(query.manager_ids)) if query.manager_ids else 0))
        self.flag.setCurrentIndex(max(0, self.flag.findData(query.flags)))
        for widget in (self.search, self.segment, self.manager, self.flag):
            widget.blockSignals(False)
        self.set_query(query)

    def on_reset(self) -> None:
        self.apply_query(PortfolioQuery(sort_key=self._query.sort_key, descending=self._query.descending))

    # --- managers, teams, saved filters ---------------------------------------------------------------------------

    def _load_managers(self) -> None:
        team = self._team_id
        self._ctx.tasks.run(lambda: self._service.managers(team), self.on_managers, self.on_error,
                            key=f"portfolio-managers-{self._tag}")

    def on_managers(self, managers: list[tuple[int, str]]) -> None:
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("全部客户经理"), None)
        me = self._ctx.principal.staff_id
        if me is not None and any(m == me for m, _ in managers):
            self.manager.addItem(self.tr("我的客户"), [me])
        for manager_id, name in managers:
            self.manager.addItem(name, [manager_id])
        self.manager.addItem(self.tr("未分配客户经理"), [-1])
        self.manager.blockSignals(False)
        if self._ctx.principal.role == Role.CUSTOMER_MANAGER and me is not None and not self._query.manager_ids:
            self.manager.setCurrentIndex(1)  # a customer manager starts with their own customers

    def on_team_changed(self) -> None:
        self._team_id = self.team.currentData() or None
        self._ctx.settings.set(ADMIN_TEAM, self._team_id or 0)
        self._query = self._query.with_(manager_ids=())
        self._load_managers()
        self.reminders.set_team(self._team_id)
        self.load()

    def _load_saved_filters(self) -> None:
        self._ctx.tasks.run(lambda: self._filters.list(VIEW), self.on_saved_filters, self.on_error,
                            key=f"portfolio-saved-{self._tag}")

    def on_saved_filters(self, filters: list[SavedFilterRecord]) -> None:
        self._saved = filters
        self.saved.clear()
        self.saved.addItem(self.tr("保存的筛选…"), None)
        for f in filters:
            self.saved.addItem(f.name, f.id)
        self.delete_filter.setEnabled(bool(filters))

    def on_saved_chosen(self, index: int) -> None:
        fid = self.saved.itemData(index)
        chosen = next((f for f in self._saved if f.id == fid), None)
        if chosen is not None:
            self.apply_query(PortfolioQuery.from_spec(chosen.spec))

    def on_save_filter(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("保存筛选"), self.tr("名称："))
        if ok and name.strip():
            spec = self._query.to_spec()
            self._ctx.tasks.run(lambda: self._filters.save(VIEW, name, spec), lambda _r: self._load_saved_filters(),
                                self.on_error)

    def on_delete_filter(self) -> None:
        fid = self.saved.currentData()
        if fid is None:
            self.status.setText(self.tr("请先在列表中选择要删除的筛选。"))
            return
        self._ctx.tasks.run(lambda: self._filters.delete(fid), lambda _r: self._load_saved_filters(), self.on_error)

    # --- customers --------------------------------------------------------------------------------------------------

    @property
    def detail(self) -> CustomerDetailPage:
        if self._detail is None:
            from console.screens.portfolio.detail import CustomerDetailPage  # built on first use, imported then too

            self._detail = CustomerDetailPage(self._ctx, self._today, self.reminders.days.value())
            self._detail.sig_back.connect(self.show_list)
            self._detail.sig_customers_changed.connect(lambda ids: self._ctx.bus.notify("customers", ids))
            self.stack.addWidget(self._detail)
        return self._detail

    def open_customer(self, customer_id: int) -> None:
        self.detail.overdue_days = self.reminders.days.value()
        self.detail.open_customer(customer_id)
        self.stack.setCurrentIndex(1)
        self.detail.tabs.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.focus_table()

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def focus_table(self) -> None:
        self.view.setFocus()
        if self.model is not None and self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id_at(index.row()) if self.model is not None and index.isValid() else None

    def _select_id(self, customer_id: int | None) -> None:
        if customer_id is None or self.model is None:
            return
        frame = self._model_frame
        row = frame.position_of(customer_id) if frame is not None else None
        if row is None:
            return
        visible = np.flatnonzero(self.model.view_index == row)
        if len(visible):
            self.view.setCurrentIndex(self.model.index(int(visible[0]), 0))

    def on_reminder_days(self, days: int) -> None:
        self._ctx.settings.set(REMINDER_DAYS, days)
        portfolio = self.portfolio
        if portfolio is not None:
            self._ctx.tasks.run(lambda: portfolio.set_overdue_days(days), lambda _r: self._refresh_after_patch(), self.on_error)

    def on_data_changed(self, entity: str, ids: list) -> None:
        if entity != "customers":
            return
        if self._detail is not None and self.stack.currentIndex() == 1 and self._detail.customer_id in ids:
            self._detail.reload()
        self.reminders.refresh()
        portfolio = self.portfolio
        if portfolio is None:
            return
        if not ids or len(ids) > PATCH_LIMIT:
            self.load()
            return
        wanted = [int(i) for i in ids]
        self._ctx.tasks.run(lambda: self._service.refresh_rows(portfolio, wanted), lambda _c: self._refresh_after_patch(),
                            self.on_error)

    def _refresh_after_patch(self) -> None:
        self._model_generation = -2  # the flags column (and maybe more) must be taken again
        self.run_query()

    # --- import, export, duplicates ----------------------------------------------------------------------------------

    def _teams(self) -> list[tuple[int, str]]:
        return [(int(self.team.itemData(i)), self.team.itemText(i)) for i in range(1, self.team.count())]

    def on_import(self) -> None:
        from console.screens.portfolio.import_dialog import ImportDialog

        dialog = ImportDialog(self._ctx, self._team_id, self._teams(), self)
        dialog.exec()

    def on_export(self, suffix: str) -> None:
        from console.screens.portfolio.export_runner import ExportRunner

        portfolio, model = self.portfolio, self.model
        if portfolio is None or model is None:
            self.status.setText(self.tr("客户尚未载入完毕，请稍候再导出。"))
            return
        runner = ExportRunner(self._ctx, self)
        path = runner.ask_path(suffix)
        if path is None:
            return
        runner.sig_finished.connect(lambda r: QMessageBox.information(
            self, self.tr("导出完成"), self.tr("已导出 %1 行到\n%2").replace("%1", f"{r.rows:,}").replace("%2", str(r.path))))
        runner.run(portfolio, model.view_index.copy(), self._query, path)

    def on_duplicates(self) -> None:
        from console.screens.portfolio.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self._ctx, self._team_id, self)
        dialog.sig_open_customer.connect(lambda cid: (dialog.accept(), self.open_customer(cid)))
        dialog.scan()
        dialog.exec()

    # --- screenshots ------------------------------------------------------------------------------------------------

    def show_subview(self, name: str) -> None:
        """``shot --view portfolio:detail`` (a key account's file), ``:detail-ev``, ``:list``."""
        if name == "list":
            self.show_list()
            return
        wanted = {"detail": "key_account", "detail-ev": "ev_charging"}.get(name)
        if wanted is None or self.model is None or self._model_frame is None:
            return
        frame = self._model_frame
        segment = frame.categories["segment"]
        code = segment.code_of(wanted)
        rows = self.model.view_index
        hits = rows[segment.codes[rows] == code] if code >= 0 else rows
        if len(hits):
            self.open_customer(int(frame.ids[int(hits[0])]))
