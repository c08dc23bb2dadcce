"""Dashboard: headline figures of the signed-in user's team as charts, loaded off the GUI thread."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.errors import QT_TRANSLATE_NOOP
from console.core.services.dashboard import DashboardFigures, DashboardService
from console.i18n import translate_error
from console.resources_paths import apply_desk_style
from widgets.charts import HBarChart, StatusStackBar

SEGMENT_LABELS = {"ordinary": QT_TRANSLATE_NOOP("DashboardScreen", "普通客户"), "key_account": QT_TRANSLATE_NOOP("DashboardScreen", "集团要客"), "ev_charging": QT_TRANSLATE_NOOP("DashboardScreen", "充电设施专项客户")}
CLASS_LABELS = {"hv-single": QT_TRANSLATE_NOOP("DashboardScreen", "高压单电源"), "hv-dual": QT_TRANSLATE_NOOP("DashboardScreen", "高压双电源"), "lv-nonres": QT_TRANSLATE_NOOP("DashboardScreen", "低压非居民"), "residential": QT_TRANSLATE_NOOP("DashboardScreen", "居民"), "ev-charging": QT_TRANSLATE_NOOP("DashboardScreen", "充电设施")}
FLAG_LABELS = {"stalled": QT_TRANSLATE_NOOP("DashboardScreen", "长期停滞"), "opinion_risk": QT_TRANSLATE_NOOP("DashboardScreen", "舆情风险"), "blocked": QT_TRANSLATE_NOOP("DashboardScreen", "跨部门受阻"), "green_channel": QT_TRANSLATE_NOOP("DashboardScreen", "绿色通道"), "national_key": QT_TRANSLATE_NOOP("DashboardScreen", "国家重点项目")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardScreen", text)


class _Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        head = QLabel(title)
        head.setObjectName("cardTitle")
        self.layout_.addWidget(head)
        self.note = QLabel()
        self.note.setObjectName("cardBody")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.layout_.addWidget(widget, stretch)


class DashboardScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        apply_desk_style(self)
        grid = QGridLayout(self)
        self._customers = _Card(self.tr("客户分级"))
        self.segment_chart = HBarChart(colour="#1f6f8b")
        self._customers.add(self.segment_chart, 1)
        self._projects = _Card(self.tr("在途业扩项目"))
        self.status_bar = StatusStackBar()
        self.status_bar.setMinimumHeight(56)
        self.class_chart = HBarChart(colour="#4a7fb5")
        self._projects.add(QLabel(self.tr("时限状态（按最差节点）")))
        self._projects.add(self.status_bar)
        self._projects.add(self.class_chart, 1)
        self._flags = _Card(self.tr("需关注项目"))
        self.flag_chart = HBarChart(colour="#c0622b")
        self._flags.add(self.flag_chart, 1)
        self._flags.add(self._flags.note)
        self._warehouse = _Card(self.tr("库房提醒"))
        self._warehouse.add(self._warehouse.note, 1)
        for i, card in enumerate((self._customers, self._projects, self._flags, self._warehouse)):
            grid.addWidget(card, i // 2, i % 2)
        self._status = QLabel()
        grid.addWidget(self._status, 2, 0, 1, 2)
        ctx.bus.sig_changed.connect(self.on_data_changed)
        self.refresh()

    def refresh(self) -> None:
        service = DashboardService(self._ctx.session_factory, self._ctx.principal)
        today = date.today()
        self._status.setText(self.tr("正在加载…"))
        self._ctx.tasks.run(lambda: service.figures(today), self.on_figures, self.on_error, key="dashboard")

    def on_data_changed(self, _entity: str, _ids: list) -> None:
        if self.isVisible():
            self.refresh()

    def on_error(self, exc: BaseException) -> None:
        self._status.setText(translate_error(exc))

    def on_figures(self, f: DashboardFigures) -> None:
        self._status.setText("" if (f.customers_by_segment or f.live_projects_by_class or f.items_out or f.tools_test_overdue) else self.tr("（无权查看或暂无数据）"))
        seg = [(k, f.customers_by_segment.get(k, 0)) for k in SEGMENT_LABELS if k in f.customers_by_segment]
        self.segment_chart.set_data([_tr(SEGMENT_LABELS[k]) for k, _ in seg], [v for _, v in seg])
        cls = [(k, f.live_projects_by_class.get(k, 0)) for k in CLASS_LABELS if k in f.live_projects_by_class]
        self.class_chart.set_data([_tr(CLASS_LABELS[k]) for k, _ in cls], [v for _, v in cls])
        st = f.clock_status
        self.status_bar.set_status_counts(st.get("on_time", 0), st.get("at_risk", 0), st.get("overdue", 0))
        flags = [(k, f.flagged_projects.get(k, 0)) for k in FLAG_LABELS if f.flagged_projects.get(k)]
        self.flag_chart.set_data([_tr(FLAG_LABELS[k]) for k, _ in flags], [v for _, v in flags])
        self._flags.note.setText(self._lines({self.tr("两周内计划送电"): f.power_on_next_14_days}))
        self._warehouse.note.setText(self._lines({self.tr("试验超期工器具"): f.tools_test_overdue, self.tr("已领用未归还"): f.items_out}))

    def _lines(self, values: dict[str, int]) -> str:
        rows = "".join(f"<tr><td>{k}</td><td align='right'><b>{v:,}</b></td></tr>" for k, v in values.items())
        return f"<table width='100%' cellpadding='4'>{rows}</table>"
