"""客户服务日商会: pick team and week, edit the agenda, attendees and decisions, then preview, print or save the pack.

Every database call and the PDF build run in the TaskRunner; the screen only shows what comes back. A write is
followed by a reload of the meeting (reasons are recomputed from today's data) and a change notification.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.context import AppContext
from console.core.config import cache_dir
from console.core.rules.iso_week import IsoWeek
from console.core.services.meeting_data import MeetingView
from console.core.services.meeting_files import PackFile, save_copy, write_pack
from console.core.services.meetings import MeetingService
from console.dialogs import run_with_progress, show_error
from console.screens.meetings.add_item_dialog import AddItemDialog
from console.screens.meetings.agenda_model import COL_TOPIC, AgendaModel, moved_order
from console.screens.meetings.attendees_panel import AttendeeDraft, AttendeesPanel
from console.screens.meetings.decisions_panel import DecisionsPanel
from console.screens.meetings.pack_preview import PackPreview, print_document
from console.screens.meetings.week_bar import WeekBar


class MeetingsScreen(QWidget):
    def __init__(self, ctx: AppContext, today: Callable[[], _dt.date] = _dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._service = MeetingService(ctx.session_factory, ctx.principal)
        self.view_data: MeetingView | None = None
        self.pack: PackFile | None = None
        self.week_bar = WeekBar(IsoWeek.of(today()))
        self.generate_button = QPushButton(self.tr("生成 PDF"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为…"))
        self.held_button = QPushButton(self.tr("标记为已召开"))
        self.model = AgendaModel(ctx.lang, self)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TOPIC, QHeaderView.ResizeMode.Stretch)
        self.up_button = QPushButton(self.tr("上移"))
        self.up_button.setShortcut("Ctrl+Up")
        self.down_button = QPushButton(self.tr("下移"))
        self.down_button.setShortcut("Ctrl+Down")
        self.add_button = QPushButton(self.tr("添加议题…"))
        self.remove_button = QPushButton(self.tr("删除议题"))
        self.refresh_button = QPushButton(self.tr("按最新数据重新汇总"))
        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.attendees = AttendeesPanel()
        self.decisions = DecisionsPanel(ctx.lang)
        self.preview = PackPreview()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._agenda_tab(), self.tr("议程"))
        self.tabs.addTab(self.attendees, self.tr("参会人员"))
        self.tabs.addTab(self.decisions, self.tr("会议决议"))
        self.tabs.addTab(self.preview, self.tr("资料预览"))
        self._layout()
        self._connect()
        self._run(self._service.teams, self.on_teams, key="meeting-teams")

    # -- layout -------------------------------------------------------------------------------------------------------
    def _agenda_tab(self) -> QWidget:
        tab = QWidget()
        buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        return tab

    def _layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.held_button)
        actions.addStretch(1)
        for b in (self.generate_button, self.print_button, self.save_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.week_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        self._set_enabled(False)

    def _connect(self) -> None:
        self.week_bar.sig_meeting_requested.connect(self.on_meeting_requested)
        self.week_bar.sig_details_saved.connect(self.on_details_saved)
        self.model.sig_include_requested.connect(self.on_include_requested)
        self.model.sig_order_requested.connect(self.on_order_requested)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.refresh_button.clicked.connect(self.on_refresh_clicked)
        self.attendees.sig_add_requested.connect(self.on_attendee_add)
        self.attendees.sig_remove_requested.connect(self.on_attendee_remove)
        self.decisions.sig_save_requested.connect(self.on_decision_save)
        self.held_button.clicked.connect(self.on_held_clicked)
        self.generate_button.clicked.connect(lambda: self.generate())
        self.print_button.clicked.connect(self.on_print_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self._ctx.bus.sig_changed.connect(self.on_data_changed)

    def _set_enabled(self, ready: bool) -> None:
        held = bool(self.view_data and self.view_data.meeting.held)
        for b in (self.up_button, self.down_button, self.add_button, self.remove_button, self.refresh_button,
                  self.held_button):
            b.setEnabled(ready and not held)
        for b in (self.generate_button, self.print_button, self.save_button):
            b.setEnabled(ready)

    # -- running work -------------------------------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None], key: str | None = None) -> None:
        self._ctx.tasks.run(fn, on_done, self.on_error, key=key)

    def _write(self, fn: Callable[[], Any], entity_ids: Callable[[Any], dict[str, list[int]]] | None = None) -> None:
        """Save, then reload the meeting and tell the other views."""
        def done(result: Any) -> None:
            self.pack = None  # the printed pack no longer matches: generate again before printing
            self.reload()
            if self.view_data is not None:
                self._ctx.bus.notify("meetings", [self.view_data.meeting.id])
            for entity, ids in (entity_ids(result) if entity_ids else {}).items():
                if ids:
                    self._ctx.bus.notify(entity, ids)

        self._run(fn, done)

    def on_error(self, exc: BaseException) -> None:
        show_error(self, exc, on_reload=self.reload)

    # -- opening ------------------------------------------------------------------------------------------------------
    def on_teams(self, teams: list) -> None:  # type: ignore[type-arg]
        self.week_bar.set_teams(teams)
        team_id = self.week_bar.team_id()
        if team_id is not None:
            self.on_meeting_requested(team_id, self.week_bar.week)

    def on_meeting_requested(self, team_id: int, week: IsoWeek) -> None:
        today = self._today()
        self._set_enabled(False)
        self._run(lambda: self._service.open(team_id, week, today), self.on_view, key="meeting-view")

    def reload(self) -> None:
        if self.view_data is None:
            return
        meeting_id, today = self.view_data.meeting.id, self._today()
        self._run(lambda: self._service.view(meeting_id, today), self.on_view, key="meeting-view")

    def on_data_changed(self, entity: str, _ids: list) -> None:  # type: ignore[type-arg]
        if entity in ("projects", "meetings") and self.isVisible():
            self.reload()

    def on_view(self, view: MeetingView) -> None:
        if self.view_data is None or self.view_data.meeting.id != view.meeting.id:
            self.pack = None
        self.view_data = view
        self.week_bar.show_meeting(view.meeting)
        self.model.set_rows(view.agenda, editable=not view.meeting.held)
        self.attendees.set_attendees(view.attendees)
        self.decisions.set_rows(view.agenda)
        self.summary.setText(self._summary(view))
        self._set_enabled(True)

    def _summary(self, view: MeetingView) -> str:
        if not view.agenda:
            return self.tr("本周没有需要集体审议的项目。可添加自定议题，或照常打印签到表。")
        plans = sum(1 for r in view.included if r.power_on_plan_date and not r.power_on_plan_confirmed)
        return (self.tr("共 %1 项议程，其中 %2 项上会；待确认的验收送电计划 %3 项。拖动行或用“上移/下移”调整顺序。")
                .replace("%1", str(len(view.agenda))).replace("%2", str(len(view.included))).replace("%3", str(plans)))

    # -- agenda -------------------------------------------------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        ids = self.model.item_ids()
        if row < 0 or not 0 <= row + step < len(ids):
            return
        self.on_order_requested(moved_order(ids, [row], row + step + (1 if step > 0 else 0)))
        self.table.selectRow(row + step)

    def on_order_requested(self, item_ids: list[int]) -> None:
        meeting_id = self.view_data.meeting.id if self.view_data else 0
        self._write(lambda: self._service.reorder(meeting_id, item_ids))

    def on_include_requested(self, item_id: int, included: bool, version: int) -> None:
        self._write(lambda: self._service.set_included(item_id, included, version))

    def on_add_clicked(self) -> None:
        dialog = AddItemDialog(self)
        if self.view_data is None or dialog.exec() != AddItemDialog.DialogCode.Accepted:
            return
        topic, application_no = dialog.values()
        meeting_id = self.view_data.meeting.id
        self._write(lambda: self._service.add_item(meeting_id, topic, application_no))

    def on_remove_clicked(self) -> None:
        row = self.model.row_at(self.selected_row())
        if row is not None:
            self._write(lambda: self._service.remove_item(row.item_id))

    def on_refresh_clicked(self) -> None:
        if self.view_data is None:
            return
        meeting_id, today = self.view_data.meeting.id, self._today()
        self._write(lambda: self._service.refresh_agenda(meeting_id, today))

    def on_details_saved(self, held_on: _dt.date, place: str) -> None:
        if self.view_data is not None:
            m = self.view_data.meeting
            self._write(lambda: self._service.update_details(m.id, held_on, place, m.version))

    def on_held_clicked(self) -> None:
        if self.view_data is not None:
            m = self.view_data.meeting
            self._write(lambda: self._service.mark_held(m.id, m.version))

    # -- attendees and decisions ----------------------------------------------------------------------------------
    def on_attendee_add(self, draft: AttendeeDraft) -> None:
        if self.view_data is None:
            return
        meeting_id = self.view_data.meeting.id
        self._write(lambda: self._service.add_attendee(meeting_id, draft.name, draft.organisation, draft.role,
                                                       draft.is_customer))
        self.attendees.clear_form()

    def on_attendee_remove(self, attendee_id: int) -> None:
        self._write(lambda: self._service.remove_attendee(attendee_id))

    def on_decision_save(self, item_id: int, decision: str, confirmed: _dt.date | None, version: int) -> None:
        self._write(lambda: self._service.record_decision(item_id, decision, confirmed, version),
                    lambda changed: {"projects": list(changed)})

    # -- the pack -----------------------------------------------------------------------------------------------------
    def pack_path(self) -> Path:
        m = self.view_data.meeting if self.view_data else None
        return cache_dir() / "meetings" / f"meeting-{m.id if m else 0}.pdf"

    def generate(self, then: Callable[[PackFile], None] | None = None) -> None:
        """Build the PDF in a worker behind a progress dialog, show it in the preview, then call ``then``."""
        if self.view_data is None:
            return
        meeting_id, today, out = self.view_data.meeting.id, self._today(), self.pack_path()

        def done(pack: PackFile) -> None:
            self.pack = pack
            self.preview.load(pack.path)
            self.tabs.setCurrentWidget(self.preview)
            if then is not None:
                then(pack)

        run_with_progress(self, self._ctx.tasks, self.tr("正在生成会议资料…"),
                          lambda: write_pack(self._service, meeting_id, today, out), done, self.on_error)

    def _with_pack(self, then: Callable[[PackFile], None]) -> None:
        if self.pack is not None and self.preview.path == self.pack.path:
            then(self.pack)
        else:
            self.generate(then)

    def on_save_clicked(self) -> None:
        self._with_pack(self.save_pack_as)

    def choose_save_path(self, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存会议资料"), suggested, self.tr("PDF 文件 (*.pdf)"))
        return name

    def save_pack_as(self, pack: PackFile) -> None:
        m = self.view_data.meeting if self.view_data else None
        if m is None:
            return
        chosen = self.choose_save_path(f"{m.team_name}-{m.week}-客户服务日商会.pdf")
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        self._run(lambda: save_copy(self._service, m.id, pack, target), lambda _p: None)

    def on_print_clicked(self) -> None:
        self._with_pack(self.print_pack)

    def confirm_print(self, printer: Any) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.preview.document.pageCount())
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def print_pack(self, pack: PackFile) -> int:
        from PySide6.QtPrintSupport import QPrinter

        m = self.view_data.meeting if self.view_data else None
        doc = self.preview.document
        if m is None or doc is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{m.team_name} {m.week} 客户服务日商会")
        if not self.confirm_print(printer):
            return 0
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_document(doc, printer)
        finally:
            self.unsetCursor()
        where = printer.printerName() or Path(printer.outputFileName()).name
        self._run(lambda: self._service.log_export(m.id, f"打印：{where}", printed, pack.projects), lambda _r: None)
        return printed

    # -- screenshots ----------------------------------------------------------------------------------------------------
    def show_subview(self, name: str) -> None:
        pages = {"agenda": 0, "attendees": 1, "decisions": 2, "preview": 3}
        if name == "preview":
            self.generate()
        elif name in pages:
            self.tabs.setCurrentIndex(pages[name])
