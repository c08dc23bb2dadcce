"""业扩项目 screen: the Gantt, the monthly stock screening and (for the admin) the rule tables as tabs; a project
opened from either list gets a closable tab of its own, so several can be compared and the Gantt stays as it was.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.security import Permission
from console.screens.projects.detail import ProjectDetailPanel
from console.screens.projects.gantt_page import GanttPage
from console.screens.projects.screening_page import ScreeningPage

MAX_DETAIL_TABS = 8  # older detail tabs close first; a row of tabs wider than the window helps nobody


class ProjectsScreen(QWidget):
    def __init__(self, ctx: AppContext, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today or date.today()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.on_close_tab)
        self.gantt = GanttPage(ctx, self._today)
        self.gantt.sig_project_opened.connect(self.open_project)
        self.tabs.addTab(self.gantt, self.tr("甘特图"))
        self._screening: ScreeningPage | None = None
        self._rules: QWidget | None = None
        self.tabs.addTab(QWidget(), self.tr("结存项目筛查"))
        if ctx.principal.can(Permission.ADMINISTER):
            self.tabs.addTab(QWidget(), self.tr("时限规则与日历"))
        self._fixed_tabs = self.tabs.count()
        for i in range(self._fixed_tabs):
            self.tabs.tabBar().setTabButton(i, self.tabs.tabBar().ButtonPosition.RightSide, None)  # type: ignore[arg-type]
        self.tabs.currentChanged.connect(self._build_lazy_tab)
        self.details: dict[int, ProjectDetailPanel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # -- tabs -------------------------------------------------------------------------------------------------------
    def _build_lazy_tab(self, index: int) -> None:
        """The screening and the rule editor load their data the first time they are shown."""
        if index == 1 and self._screening is None:
            self._screening = ScreeningPage(self._ctx, self._today)
            self._screening.sig_project_opened.connect(self.open_project)
            self._replace_tab(1, self._screening, self.tr("结存项目筛查"))
        elif index == 2 and self._fixed_tabs == 3 and self._rules is None:
            from console.screens.projects.rules_page import RulesPage

            self._rules = RulesPage(self._ctx, self._today)
            self._replace_tab(2, self._rules, self.tr("时限规则与日历"))

    def _replace_tab(self, index: int, widget: QWidget, title: str) -> None:
        old = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)  # type: ignore[arg-type]
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        old.deleteLater()

    @property
    def screening(self) -> ScreeningPage:
        if self._screening is None:
            self._build_lazy_tab(1)
        assert self._screening is not None
        return self._screening

    def open_project(self, project_id: int) -> ProjectDetailPanel:
        panel = self.details.get(project_id)
        if panel is None:
            if len(self.details) >= MAX_DETAIL_TABS:
                self.on_close_tab(self._fixed_tabs)
            panel = ProjectDetailPanel(self._ctx, project_id, self._today)
            project = self.gantt.project(project_id)
            title = project.application_no if project else str(project_id)
            self.tabs.addTab(panel, title)
            if project is not None:
                self.tabs.setTabToolTip(self.tabs.indexOf(panel), project.title)
            self.details[project_id] = panel
        self.tabs.setCurrentWidget(panel)
        return panel

    def on_close_tab(self, index: int) -> None:
        if index < self._fixed_tabs:
            return
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        for pid, panel in list(self.details.items()):
            if panel is widget:
                del self.details[pid]
        if widget is not None:
            widget.deleteLater()

    # -- shot ---------------------------------------------------------------------------------------------------------
    def show_subview(self, name: str) -> None:
        """``shot --view projects:detail`` (a busy high-voltage project), ``:screening`` or ``:rules``."""
        if name == "detail":
            projects = self.gantt.projects()
            if projects:
                def richness(p):  # type: ignore[no-untyped-def]
                    return (p.project_class.startswith("hv"), len(p.pauses) + len(p.flags), len(p.nodes))

                self.open_project(max(projects, key=richness).id)
        elif name == "screening":
            self.tabs.setCurrentIndex(1)
        elif name == "rules" and self._fixed_tabs == 3:
            self.tabs.setCurrentIndex(2)
