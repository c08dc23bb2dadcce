"""Dashboard: headline figures of the signed-in user's team, loaded off the GUI thread."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.errors import QT_TRANSLATE_NOOP
from console.core.services.dashboard import DashboardFigures, DashboardService
from console.i18n import translate_error

SEGMENT_LABELS = {"ordinary": QT_TRANSLATE_NOOP("DashboardScreen", "普通客户"), "key_account": QT_TRANSLATE_NOOP("DashboardScreen", "集团要客"), "ev_charging": QT_TRANSLATE_NOOP("DashboardScreen", "充电设施专项客户")}
CLASS_LABELS = {"hv-single": QT_TRANSLATE_NOOP("DashboardScreen", "高压单电源"), "hv-dual": QT_TRANSLATE_NOOP("DashboardScreen", "高压双电源"), "lv-nonres": QT_TRANSLATE_NOOP("DashboardScreen", "低压非居民"), "residential": QT_TRANSLATE_NOOP("DashboardScreen", "居民"), "ev-charging": QT_TRANSLATE_NOOP("DashboardScreen", "充电设施")}
FLAG_LABELS = {"stalled": QT_TRANSLATE_NOOP("DashboardScreen", "长期停滞"), "opinion_risk": QT_TRANSLATE_NOOP("DashboardScreen", "舆情风险"), "blocked": QT_TRANSLATE_NOOP("DashboardScreen", "跨部门受阻"), "green_channel": QT_TRANSLATE_NOOP("DashboardScreen", "绿色通道"), "national_key": QT_TRANSLATE_NOOP("DashboardScreen", "国家重点项目")}


class _Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        head = QLabel(title)
        head.setObjectName("cardTitle")
        layout.addWidget(head)
        self.body = QLabel("…")
        self.body.setObjectName("cardBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body, 1)


class DashboardScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        grid = QGridLayout(self)
        self._customers = _Card(self.tr("客户分级"))
        self._projects = _Card(self.tr("在途业扩项目"))
        self._flags = _Card(self.tr("需关注项目"))
        self._warehouse = _Card(self.tr("库房提醒"))
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
        self._status.setText("")
        self._customers.body.setText(self._lines({self.tr(SEGMENT_LABELS[k]): v for k, v in f.customers_by_segment.items()}))
        self._projects.body.setText(self._lines({self.tr(CLASS_LABELS.get(k, k)): v for k, v in f.live_projects_by_class.items()}))
        flagged = {self.tr(FLAG_LABELS.get(k, k)): v for k, v in f.flagged_projects.items()}
        flagged[self.tr("两周内计划送电")] = f.power_on_next_14_days
        self._flags.body.setText(self._lines(flagged))
        self._warehouse.body.setText(self._lines({self.tr("试验超期工器具"): f.tools_test_overdue, self.tr("已领用未归还"): f.items_out}))

    def _lines(self, values: dict[str, int]) -> str:
        if not values:
            return self.tr("（无权查看或暂无数据）")
        rows = "".join(f"<tr><td>{k}</td><td align='right'><b>{v:,}</b></td></tr>" for k, v in values.items())
        return f"<table width='100%' cellpadding='4'>{rows}</table>"
