"""The team's Gantt: filter bar, chosen left-hand columns, the Gantt widget (zoom, pan, group-by, legend), drag to
reschedule with undo, refresh on changes, export to PNG and tiled PDF.

Everything that touches the database runs through ``ctx.tasks``; while a planned-date save is in flight the chart
stops taking drags, so two saves of one node never race each other.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.context import AppContext
from console.core.errors import StaleEdit
from console.core.security import Permission
from console.core.services.project_board import BoardProject, BoardStatus, ProjectBoard
from console.core.services.projects import ProjectService
from console.i18n import translate_error
from console.screens.projects import labels as L
from console.screens.projects.message_bar import MessageBar
from console.screens.projects.options import EXPORT_DIR, GANTT_COLUMNS, GANTT_GROUP, split_keys
from console.screens.projects.rows import (
    COLUMN_CHOICES,
    BoardFilter,
    filter_mask,
    gantt_columns,
    group_options,
    planned_span,
    project_row,
    project_rows,
    with_planned,
)
from console.screens.projects.undo import RescheduleCommand
from widgets.gantt import GanttView
from widgets.gantt.data import LABEL_COLUMN, ProjectRow

PNG_MIN_WIDTH = 1600


class GanttPage(QWidget):
    sig_project_opened = Signal(int)
    sig_board_loaded = Signal()
    sig_move_saved = Signal(int, str)  # project id, node — after a drag, undo or redo was saved
    sig_move_failed = Signal(str)  # the message shown
    sig_exported = Signal(str)  # path of a finished export

    def __init__(self, ctx: AppContext, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today or date.today()
        self._service = ProjectService(ctx.session_factory, ctx.principal)
        self._board: ProjectBoard | None = None
        self._projects: dict[int, BoardProject] = {}
        self._order: list[BoardProject] = []
        self._saving = False
        self._notifying = False
        self._progress: QProgressDialog | None = None
        self.editable = ctx.principal.can(Permission.EDIT_PROJECTS)
        self.undo_stack = QUndoStack(self)
        self._build()
        ctx.bus.sig_changed.connect(self.on_data_changed)
        self.refresh()

    # -- construction ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索编号、项目、客户、客户经理"))
        self.search.setMinimumWidth(260)
        self.status_filter = self._combo([("", self.tr("全部状态"))] + [
            (s.value, L.label(L.CLOCK_STATUS, s.value)) for s in (BoardStatus.OVERDUE, BoardStatus.AT_RISK,
                                                                  BoardStatus.ON_TIME)])
        self.flag_filter = self._combo([("", self.tr("全部标记"))] + [(k, L.label(L.FLAG, k)) for k in L.FLAG])
        self.class_filter = self._combo([("", self.tr("全部类别"))] + [(k, L.label(L.CLASS, k)) for k in L.CLASS])
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.status_filter, self.flag_filter, self.class_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("列"))
        self.columns_button.setToolTip(self.tr("选择左侧表格显示的列"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(self._columns_menu())
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("重做"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("导出"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("图片（PNG）…"), self.on_export_png)
        menu.addAction(self.tr("PDF（A4 横向）…"), lambda: self.on_export_pdf("A4"))
        menu.addAction(self.tr("PDF（A3 横向）…"), lambda: self.on_export_pdf("A3"))
        self.export_button.setMenu(menu)
        self.export_button.setVisible(self._ctx.principal.can(Permission.EXPORT_DATA))
        self.undo_button.setVisible(self.editable)
        self.redo_button.setVisible(self.editable)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        bar.addWidget(self.search)
        for combo in (self.status_filter, self.flag_filter, self.class_filter):
            bar.addWidget(combo)
        bar.addWidget(self.columns_button)
        bar.addStretch(1)
        for w in (self.undo_button, self.redo_button, self.refresh_button, self.export_button):
            bar.addWidget(w)
        self.coverage_bar = MessageBar()
        self.message_bar = MessageBar()
        columns = split_keys(self._ctx.settings.get(GANTT_COLUMNS))
        self.view = GanttView(columns=gantt_columns(columns, self._ctx.lang), group_options=group_options(),
                              today=self._today, editable=self.editable)
        self.view.sig_project_activated.connect(self.sig_project_opened)
        self.view.sig_planned_moved.connect(self.on_planned_moved)
        self.view.group_combo.currentIndexChanged.connect(self._remember_group)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.coverage_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for key, text in items:
            combo.addItem(text, key)
        return combo

    def _columns_menu(self) -> QMenu:
        menu = QMenu(self)
        chosen = set(split_keys(self._ctx.settings.get(GANTT_COLUMNS)))
        self.column_actions: dict[str, QAction] = {}
        for choice in COLUMN_CHOICES:
            action = menu.addAction(QCoreApplication.translate(L.CONTEXT, choice.title))
            action.setCheckable(True)
            action.setChecked(choice.key in chosen or choice.key == LABEL_COLUMN)
            action.setEnabled(choice.key != LABEL_COLUMN)
            action.toggled.connect(self._on_columns_toggled)
            self.column_actions[choice.key] = action
        return menu

    # -- data -------------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        service, today = self._service, self._today

        def load() -> tuple[ProjectBoard, list[BoardProject], list[ProjectRow]]:
            # The rows are built in the worker too: for 10k projects that is a few hundred ms off the GUI thread.
            board = service.board(today)
            order = sorted(board.projects, key=lambda p: (p.accepted_on, p.application_no))
            return board, order, project_rows(order)

        self.count_label.setText(self.tr("正在加载…"))
        self._ctx.tasks.run(load, self.on_loaded, self.on_load_error, key="projects-board")

    def on_loaded(self, loaded: tuple[ProjectBoard, list[BoardProject], list[ProjectRow]]) -> None:
        board, self._order, rows = loaded
        self._board = board
        self._projects = {p.id: p for p in self._order}
        self.view.set_rows(rows, filter_mask(self._order, self.current_filter()))
        self.view.set_non_working_days(board.non_working_days)
        group = self._ctx.settings.get(GANTT_GROUP)
        if self.view.state.group_by != (group or None):
            self.view.set_group_by(group or None)
        message = board.coverage_message(self._ctx.lang)
        if message:
            self.coverage_bar.show_message(message, "warning", closable=False)
        else:
            self.coverage_bar.hide()
        self._update_count()
        self.sig_board_loaded.emit()

    def on_load_error(self, exc: BaseException) -> None:
        self.count_label.setText("")
        self.message_bar.show_message(translate_error(exc), "error", self.tr("重试"), self.refresh)

    def on_data_changed(self, entity: str, _ids: list) -> None:  # type: ignore[type-arg]
        if entity in ("projects", "time_limit_tables", "calendar_overrides") and not self._notifying:
            self.refresh()

    def projects(self) -> list[BoardProject]:
        return list(self._order)

    def project(self, project_id: int) -> BoardProject | None:
        return self._projects.get(project_id)

    @property
    def board(self) -> ProjectBoard | None:
        return self._board

    # -- filter and columns ---------------------------------------------------------------------------------------
    def current_filter(self) -> BoardFilter:
        return BoardFilter(self.search.text(), self.status_filter.currentData() or "",
                           self.flag_filter.currentData() or "", self.class_filter.currentData() or "")

    def apply_filter(self) -> None:
        self.view.set_filter(filter_mask(self._order, self.current_filter()))
        self._update_count()

    def _update_count(self) -> None:
        shown = int(self.view.state.mask.sum()) if self.view.state.mask is not None else len(self._order)
        overdue = sum(1 for p in self._order if p.status is BoardStatus.OVERDUE)
        at_risk = sum(1 for p in self._order if p.status is BoardStatus.AT_RISK)
        self.count_label.setText(self.tr("在途项目 {total} 个，显示 {shown} 个 · 超期 {overdue} · 临期 {risk}").format(
            total=len(self._order), shown=shown, overdue=overdue, risk=at_risk))

    def _on_columns_toggled(self) -> None:
        keys = [k for k, a in self.column_actions.items() if a.isChecked()]
        self._ctx.settings.set(GANTT_COLUMNS, ",".join(keys))
        self.view.set_columns(gantt_columns(keys, self._ctx.lang))

    def _remember_group(self) -> None:
        self._ctx.settings.set(GANTT_GROUP, self.view.group_combo.currentData() or "")

    # -- planned-date moves ---------------------------------------------------------------------------------------
    def on_planned_moved(self, project_id: int, node: str, start: date, end: date) -> None:
        """A planned bar was dropped on new dates (already drawn there): save it; on success it becomes undoable."""
        project = self._projects.get(project_id)
        line = project.node(node) if project else None
        before = planned_span(project, node) if project else None
        if project is None or line is None or before is None:
            return
        command = RescheduleCommand(self, project_id, node, L.label(L.NODE, node), before, (start, end), line.version)
        self._save(command, start, end, push=True)

    def save_move(self, command: RescheduleCommand, start: date, end: date) -> None:
        """Undo/redo: draw the dates at once, then save them."""
        project = self._projects.get(command.project_id)
        if project is None:
            return
        self.view.update_row(command.project_id, project_row(with_planned(project, command.node, start, end)))
        self._save(command, start, end, push=False)

    def _save(self, command: RescheduleCommand, start: date, end: date, push: bool) -> None:
        service, expected = self._service, command.version
        pid, node = command.project_id, command.node
        self._set_saving(True)

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self._set_saving(False)
            command.version = result.version
            project = self._projects.get(pid)
            if project is not None:
                self._projects[pid] = with_planned(project, node, start, end, result.version)
                self._order = [self._projects.get(p.id, p) for p in self._order]
            if push:
                self.undo_stack.push(command)
            self.message_bar.hide()
            self._notifying = True
            try:
                self._ctx.bus.notify("projects", [pid])
            finally:
                self._notifying = False
            self.sig_move_saved.emit(pid, node)

        def failed(exc: BaseException) -> None:
            self._set_saving(False)
            project = self._projects.get(pid)
            if project is not None:
                self.view.update_row(pid, project_row(project))  # back to the last saved dates
            message = translate_error(exc)
            if isinstance(exc, StaleEdit):
                # Our copy is out of date, and so is every command in the stack: start again from fresh data.
                self.undo_stack.clear()
                self.message_bar.show_message(message, "warning", self.tr("重新加载"), self.refresh)
            else:
                self.message_bar.show_message(message, "error")
            self.sig_move_failed.emit(message)

        self._ctx.tasks.run(lambda: service.reschedule(pid, node, start, end, expected), done, failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.view.set_editable(self.editable and not saving)
        self.undo_action.setEnabled(not saving and self.undo_stack.canUndo())
        self.redo_action.setEnabled(not saving and self.undo_stack.canRedo())

    # -- export -----------------------------------------------------------------------------------------------------
    def _ask_path(self, title: str, suffix: str, pattern: str) -> str:
        folder = self._ctx.settings.get(EXPORT_DIR) or str(Path.home())
        name = str(Path(folder) / f"{self.tr('在途项目甘特图')}-{self._today.isoformat()}.{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        if path:
            self._ctx.settings.set(EXPORT_DIR, str(Path(path).parent))
        return path

    def on_export_png(self) -> None:
        path = self._ask_path(self.tr("导出甘特图图片"), "png", self.tr("PNG 图片 (*.png)"))
        if path:
            self.export_png_to(path)

    def on_export_pdf(self, page_size: str) -> None:
        path = self._ask_path(self.tr("导出甘特图 PDF"), "pdf", self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.export_pdf_to(path, page_size)

    def export_png_to(self, path: str) -> bool:
        """The whole chart as shown (filter, grouping, columns) into one image; very long charts need the PDF."""
        from widgets.gantt.export import export_png

        progress = self._show_progress(self.tr("正在生成图片…"))
        QApplication.processEvents()
        try:
            export_png(self.view, path, max(PNG_MIN_WIDTH, self.view.width()))
        except (ValueError, OSError) as exc:
            self.message_bar.show_message(self.tr("无法导出图片：{reason}。行数很多时请导出 PDF（自动分页）。").format(
                reason=str(exc)), "error")
            return False
        finally:
            progress.close()
        self.message_bar.show_message(self.tr("已导出：{path}").format(path=path), "info")
        self.sig_exported.emit(path)
        return True

    def export_pdf_to(self, path: str, page_size: str = "A4") -> None:
        """Tiled PDF built in a worker from the same rows, filter, grouping and columns."""
        from reports.gantt_pdf import build_gantt_pdf

        state = self.view.state
        rows, columns, group_by = self.view.rows(), list(self.view.model.columns), state.group_by
        mask = None if state.mask is None else state.mask.copy()
        today = self._today
        holidays = self._board.non_working_days if self._board else None
        title = self.tr("在途项目甘特图")
        self._progress = self._show_progress(self.tr("正在生成 PDF…"))

        def work() -> int:
            return build_gantt_pdf(rows, Path(path), columns=columns, group_by=group_by, mask=mask, today=today,
                                   page_size=page_size, title=title, non_working_days=holidays)

        def done(pages: int) -> None:
            self._close_progress()
            self.message_bar.show_message(self.tr("已导出 {pages} 页：{path}").format(pages=pages, path=path), "info")
            self.sig_exported.emit(path)

        def failed(exc: BaseException) -> None:
            self._close_progress()
            self.message_bar.show_message(self.tr("无法导出 PDF：{reason}").format(reason=translate_error(exc)), "error")

        self._ctx.tasks.run(work, done, failed)

    def _show_progress(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 0, self)
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowTitle(self.tr("导出"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        return dialog

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None
