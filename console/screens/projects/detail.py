"""One project's detail page: a header with the project's identity and watch flags, then tabs for progress and
clocks, the dual plan, documents, 三公开, escalations and notes, and the full history."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.security import Permission
from console.core.services.project_detail import ProjectDetail
from console.core.services.projects import ProjectService
from console.i18n import translate_error
from console.screens.projects import labels as L
from console.screens.projects.detail_decisions import DecisionsTab
from console.screens.projects.detail_tabs import STATUS_COLOURS, DocumentsTab, HistoryTab, PlanTab, ProgressTab, PublicityTab
from console.screens.projects.message_bar import MessageBar

_STATUS_COLOUR = {"on_time": STATUS_COLOURS["on_time"], "at_risk": STATUS_COLOURS["at_risk"],
                  "overdue": STATUS_COLOURS["overdue"], "done": STATUS_COLOURS["done_on_time"]}


class ProjectDetailPanel(QWidget):
    sig_loaded = Signal(int)  # project id, after the detail (re)loaded
    sig_written = Signal(int)  # project id, after a note/escalation was saved

    def __init__(self, ctx: AppContext, project_id: int, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.project_id = project_id
        self._today = today or date.today()
        self._service = ProjectService(ctx.session_factory, ctx.principal)
        self.detail: ProjectDetail | None = None
        self.title = QLabel(self.tr("正在加载…"))
        self.title.setStyleSheet("font-size:18px; font-weight:bold;")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_bar = MessageBar()
        self.tabs = QTabWidget()
        self.progress_tab = ProgressTab()
        self.plan_tab = PlanTab()
        self.documents_tab = DocumentsTab()
        self.publicity_tab = PublicityTab()
        self.decisions_tab = DecisionsTab(ctx.principal.can(Permission.EDIT_PROJECTS), self._today)
        self.decisions_tab.bind(self._service, project_id)
        self.decisions_tab.sig_write.connect(self.run_write)
        self.history_tab = HistoryTab()
        for tab, title in ((self.progress_tab, self.tr("进度与时限")), (self.plan_tab, self.tr("双方案")),
                           (self.documents_tab, self.tr("资料")), (self.publicity_tab, self.tr("三公开")),
                           (self.decisions_tab, self.tr("分级决策与备注")), (self.history_tab, self.tr("历史记录"))):
            self.tabs.addTab(tab, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        ctx.bus.sig_changed.connect(self.on_data_changed)
        self.refresh()

    def refresh(self) -> None:
        service, pid, today = self._service, self.project_id, self._today
        self._ctx.tasks.run(lambda: service.detail(pid, today), self.on_detail, self.on_error,
                            key=f"project-detail-{id(self)}")

    def on_data_changed(self, entity: str, ids: list) -> None:  # type: ignore[type-arg]
        if entity == "projects" and (not ids or self.project_id in ids):
            self.refresh()

    def on_error(self, exc: BaseException) -> None:
        self.message_bar.show_message(translate_error(exc), "error", self.tr("重试"), self.refresh)

    def run_write(self, write: Callable[[], object]) -> None:
        def done(_result: object) -> None:
            self.message_bar.hide()
            self._ctx.bus.notify("projects", [self.project_id])  # reloads this panel too
            self.sig_written.emit(self.project_id)

        self._ctx.tasks.run(write, done, self.on_error)

    def on_detail(self, d: ProjectDetail) -> None:
        self.detail = d
        p = d.project
        self.title.setText(p.title)
        status = L.label(L.CLOCK_STATUS, p.status.value)
        flags = "".join(f"<span style='background:#5F5F5F;color:white;padding:1px 4px;'>&nbsp;{L.label(L.FLAG, f)}&nbsp;"
                        f"</span> " for f in sorted(p.flags))
        parts = [
            self.tr("申请编号 {no}").format(no=p.application_no),
            L.label(L.CLASS, p.project_class),
            self.tr("客户 {name}").format(name=p.customer_name) + (f"（{d.customer_phone}）" if d.customer_phone else ""),
            self.tr("客户经理 {name}").format(name=p.manager_name or "—"),
            self.tr("受理 {day}").format(day=L.day_text(p.accepted_on)),
            f"{d.voltage_level} {d.capacity_kva:g} kVA".strip(),
        ]
        plan = self.tr("验收送电计划 {day}").format(day=L.day_text(p.power_on_plan_date)) if p.power_on_plan_date else ""
        colour = _STATUS_COLOUR.get(p.status.value, "#333333")
        self.facts.setText(" · ".join(x for x in parts if x) + (f" · {plan}" if plan else "")
                           + f"<br><b style='color:{colour}'>{status}</b> &nbsp; {flags}"
                           + (f"<br>{d.address}" if d.address else ""))
        if d.fallback_years:
            from console.core.rules.workday_calendar import CalendarCoverage

            self.message_bar.show_message(CalendarCoverage(d.fallback_years).message(self._ctx.lang), "warning")
        for tab in (self.progress_tab, self.plan_tab, self.documents_tab, self.publicity_tab, self.decisions_tab,
                    self.history_tab):
            tab.show_detail(d)
        self.sig_loaded.emit(self.project_id)
