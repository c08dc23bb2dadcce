"""The desk's main window: navigation on the left, one lazily built screen at a time, status bar below."""
from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget, QWidget,
)

from console.context import AppContext
from console.core.security import ROLE_LABELS
from console.i18n import translate_error
from console.resources_paths import apply_desk_style, nav_icon
from console.screens.registry import ScreenSpec, screens_for
from console.ui_settings import LAST_VIEW, MAIN_GEOMETRY, MAIN_STATE

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    sig_view_changed = Signal(str)

    def __init__(self, ctx: AppContext, team_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("阳光服务控制台"))
        self.resize(1280, 800)
        self._specs: list[ScreenSpec] = screens_for(ctx)
        self._pages: dict[str, QWidget] = {}
        self._prefetched = False
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        apply_desk_style(self.nav)
        self.stack = QStackedWidget()
        for spec in self._specs:  # noqa: B007 - items first, then the width they need
            item = QListWidgetItem(nav_icon(spec.icon), QCoreApplication.translate("screens", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{QCoreApplication.translate('screens', spec.title)} ({spec.shortcut})")
            self.nav.addItem(item)
            holder = QWidget()
            self.stack.addWidget(holder)
        # Wide enough for the longest label in the UI language (English labels are longer).
        self.nav.setFixedWidth(max(170, self.nav.sizeHintForColumn(0) + 28))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.on_nav_row_changed)
        self._build_menu()
        self._build_status(team_name)
        ctx.tasks.sig_error.connect(self.on_unhandled_error)
        self._restore()

    # -- navigation -------------------------------------------------------------------------------------------
    def show_view(self, key: str) -> bool:
        for row, spec in enumerate(self._specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                return True
        return False

    def current_view(self) -> str:
        row = self.nav.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else ""

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def on_nav_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        spec = self._specs[row]
        if spec.key not in self._pages:
            try:
                widget = spec.factory(self._ctx)
            except Exception as exc:  # noqa: BLE001 - a broken screen must not take the desk down
                from console.screens.empty_state import EmptyStateScreen

                widget = EmptyStateScreen(self.tr("无法打开此页面"), translate_error(exc))
            old = self.stack.widget(row)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(row, widget)
            self._pages[spec.key] = widget
        self.stack.setCurrentIndex(row)
        self._ctx.settings.set(LAST_VIEW, spec.key)
        self.sig_view_changed.emit(spec.key)

    # -- chrome -----------------------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setObjectName("action_quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        for spec in self._specs:
            action = QAction(QCoreApplication.translate("screens", spec.title), self)
            action.setObjectName(f"action_view_{spec.key}")
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_view(k))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self.on_about)
        help_menu.addAction(about)

    def _build_status(self, team_name: str) -> None:
        p = self._ctx.principal
        role = QCoreApplication.translate("roles", ROLE_LABELS[p.role])
        self.user_label = QLabel(self.tr("%1（%2）").replace("%1", p.display_name).replace("%2", role))
        self.team_label = QLabel(team_name or self.tr("全部团队"))
        self.db_label = QLabel(self._ctx.db.target.display)
        self.busy_label = QLabel()
        for w in (self.user_label, self.team_label, self.db_label):
            self.statusBar().addPermanentWidget(w)
        self.statusBar().addWidget(self.busy_label)
        apply_desk_style(self.statusBar())
        self._ctx.tasks.sig_busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("正在处理…") if busy else ""))

    def on_about(self) -> None:
        QMessageBox.about(self, self.tr("关于"), self.tr("阳光服务控制台\n供电客户服务中心运营工作台"))

    def on_unhandled_error(self, exc: BaseException) -> None:
        from console.dialogs import show_error

        show_error(self, exc)

    def _restore(self) -> None:
        s = self._ctx.settings
        geometry = s.get(MAIN_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = s.get(MAIN_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        if not self.show_view(s.get(LAST_VIEW)) and self._specs:
            self.nav.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._prefetched:
            self._prefetched = True
            # After the first view has painted and loaded: the imports compete with it for the GIL.
            QTimer.singleShot(1500, self._prefetch_screens)

    def _prefetch_screens(self) -> None:
        """Import the other screens' modules (pyqtgraph, ReportLab, …) in a background thread while the user reads
        the first one: importing them on the GUI thread when a screen is first opened stalled it for up to 0.8 s.
        The modules create no widgets at import time, so importing them off the GUI thread is safe."""
        # pandas is what the tables' sorts and searches need first (a screen may sort on the GUI thread once).
        modules = ["pandas", *(spec.module for spec in self._specs if spec.module and spec.key not in self._pages)]

        def run() -> None:
            for name in modules:
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - the screen reports its own failure when opened
                    log.debug("prefetch of %s failed", name, exc_info=True)

        threading.Thread(target=run, name="screen-prefetch", daemon=True).start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        s = self._ctx.settings
        s.set(MAIN_GEOMETRY, self.saveGeometry())
        s.set(MAIN_STATE, self.saveState())
        s.sync()
        super().closeEvent(event)
