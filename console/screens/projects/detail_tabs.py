"""Read-only tabs of the project detail: steps and node clocks, the dual plan, documents, 三公开, history."""
from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.core.services.project_detail import ProjectDetail, StepState
from console.screens.projects import labels as L

STATUS_COLOURS = {"overdue": "#D55E00", "done_late": "#D55E00", "at_risk": "#E69F00", "on_time": "#009E73",
                  "done_on_time": "#2B7FB0", "not_started": "#6B6B6B"}


def make_table(headers: Sequence[str], stretch: bool = False) -> QTableWidget:
    """A small read-only table; ``stretch`` sizes every column to its contents and gives the rest to the last."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    if stretch:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], colours: Sequence[str | None] = (),
               colour_column: int = -1) -> None:
    """Replace the rows; ``colours[i]`` (a hex colour) paints row i's ``colour_column`` text."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c == colour_column and r < len(colours) and colours[r]:
                item.setForeground(QColor(colours[r]))
            table.setItem(r, c, item)
    if table.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive:
        table.resizeColumnsToContents()


class ProgressTab(QWidget):
    """The four customer-facing steps, the internal nodes with their clocks, the committed total, paused spans."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps_row = QHBoxLayout()
        self.step_boxes: list[QLabel] = []
        for _ in range(4):
            box = QLabel()
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setMinimumHeight(56)
            box.setTextFormat(Qt.TextFormat.RichText)
            self.step_boxes.append(box)
            self.steps_row.addWidget(box, 1)
        self.nodes = make_table([self.tr("节点"), self.tr("时限（工作日）"), self.tr("计划开始"), self.tr("计划完成"),
                                 self.tr("实际开始"), self.tr("实际完成"), self.tr("计时起点"), self.tr("截止日期"),
                                 self.tr("已用"), self.tr("剩余"), self.tr("状态")], stretch=True)
        self.pauses = make_table([self.tr("暂停开始"), self.tr("暂停结束"), self.tr("原因"), self.tr("节点"),
                                  self.tr("说明")], stretch=True)
        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.steps_row)
        layout.addWidget(QLabel(self.tr("内部节点与工作日时限（客户原因暂停的时间不计）")))
        layout.addWidget(self.nodes, 3)
        layout.addWidget(QLabel(self.tr("计时暂停（等待客户）")))
        layout.addWidget(self.pauses, 1)
        layout.addWidget(self.rules_label)

    def show_detail(self, d: ProjectDetail) -> None:
        for box, step in zip(self.step_boxes, d.steps):
            colour = {"done": "#2B7FB0", "current": "#009E73", "pending": "#8A8A8A"}[step.state.value]
            when = L.day_text(step.finished_on) if step.state is StepState.DONE else (
                self.tr("截止 {day}").format(day=L.day_text(step.due_on)) if step.due_on else "")
            box.setText(f"<div style='font-size:15px;font-weight:bold;color:{colour}'>{L.label(L.STEP, step.step)}</div>"
                        f"<div>{L.label(L.STEP_STATE, step.state.value)} {when}</div>")
            box.setStyleSheet(f"border:2px solid {colour}; border-radius:6px; padding:4px;")
        p = d.project
        rows, colours = [], []
        for n in p.nodes:
            rows.append([L.label(L.NODE, n.node), L.days_text(n.limit_days) or "—", L.day_text(n.planned_start),
                         L.day_text(n.planned_end), L.day_text(n.actual_start), L.day_text(n.actual_end),
                         L.day_text(n.starts_on) + (self.tr("（预计）") if n.projected else ""), L.day_text(n.due_on),
                         L.days_text(n.used_workdays), L.days_text(n.left_workdays),
                         L.label(L.CLOCK_STATUS, n.status) if n.status else ""])
            colours.append(STATUS_COLOURS.get(n.status))
        if p.total is not None:
            t = p.total
            rows.append([L.label(L.NODE, "total"), str(t.limit_days), "", "", L.day_text(p.accepted_on), "",
                         L.day_text(p.accepted_on), L.day_text(t.due_on), str(t.used_workdays), str(t.left_workdays),
                         L.label(L.CLOCK_STATUS, t.status)])
            colours.append(STATUS_COLOURS.get(t.status))
        fill_table(self.nodes, rows, colours, colour_column=10)
        fill_table(self.pauses, [[L.day_text(x.start), L.day_text(x.end) or self.tr("（仍在等待）"),
                                  L.label(L.PAUSE, x.reason), L.label(L.NODE, x.node) if x.node else "", x.note]
                                 for x in p.pauses])
        text = self.tr("按 {day} 起施行的时限规则计时。").format(day=L.day_text(p.rules_effective_from)) \
            if p.rules_effective_from else ""
        if p.clock_problem:
            text += " " + self.tr("无法计时：节点日期相互矛盾或缺少规则，请核实。")
        self.rules_label.setText(text)


class PlanTab(QWidget):
    """双方案: 供电方案 and 综合能源方案, answered together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.supply = QGroupBox(self.tr("供电方案"))
        self.energy = QGroupBox(self.tr("综合能源方案"))
        self.supply_form, self.energy_form = QFormLayout(self.supply), QFormLayout(self.energy)
        layout = QHBoxLayout(self)
        layout.addWidget(self.supply, 1)
        layout.addWidget(self.energy, 1)

    @staticmethod
    def _reset(form: QFormLayout) -> None:
        while form.rowCount():
            form.removeRow(0)

    def _value(self, text: str) -> QLabel:
        label = QLabel(text or "—")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_detail(self, d: ProjectDetail) -> None:
        self._reset(self.supply_form)
        self._reset(self.energy_form)
        sp = d.supply_plan
        if sp is None:
            self.supply_form.addRow(self._value(self.tr("尚未答复")))
        else:
            for title, value in ((self.tr("电压等级"), sp.voltage_level), (self.tr("容量（kVA）"), f"{sp.capacity_kva:g}"),
                                 (self.tr("电源点"), sp.source_point), (self.tr("接入方式/路径"), sp.route),
                                 (self.tr("方案确定依据"), sp.choice_basis), (self.tr("答复日期"), L.day_text(sp.answered_on)),
                                 (self.tr("有效期至"), L.day_text(sp.valid_until))):
                self.supply_form.addRow(title, self._value(value))
        ep = d.energy_plan
        if ep is None:
            self.energy_form.addRow(self._value(self.tr("未提供综合能源方案")))
        else:
            self.energy_form.addRow(self.tr("能效措施"), self._value("\n".join(f"• {m}" for m in ep.measures)))
            self.energy_form.addRow(self.tr("预计节能"), self._value(f"{ep.estimated_saving_pct:g}%"))
            self.energy_form.addRow(self.tr("说明"), self._value(ep.note))


class DocumentsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.table = make_table([self.tr("阶段"), self.tr("资料"), self.tr("必需"), self.tr("收到日期"), self.tr("状态")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_detail(self, d: ProjectDetail) -> None:
        rows, colours = [], []
        for doc in d.documents:
            if doc.received_on:
                state, colour = self.tr("已收"), None
            elif doc.owed_now:
                state, colour = self.tr("缺，当前应交"), "#D55E00"
            elif doc.required:
                state, colour = self.tr("缺，后续阶段交"), "#9A6A00"
            else:
                state, colour = self.tr("非必需"), None
            rows.append([L.label(L.DOC_STAGE, doc.stage), doc.name, self.tr("是") if doc.required else self.tr("否"),
                         L.day_text(doc.received_on), state])
            colours.append(colour)
        fill_table(self.table, rows, colours, colour_column=4)
        owed = sum(1 for doc in d.documents if doc.owed_now)
        self.summary.setText(self.tr("共 {n} 份资料，尚缺 {missing} 份，其中当前应交 {owed} 份。").format(
            n=len(d.documents), missing=len(d.missing_documents), owed=owed))


class PublicityTab(QWidget):
    """三公开: how the supply plan was chosen, the progress nodes and dates, the acceptance/power-on plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        QVBoxLayout(frame).addWidget(self.plan)
        self.table = make_table([self.tr("公开事项"), self.tr("公开日期"), self.tr("渠道"), self.tr("内容")])
        layout = QVBoxLayout(self)
        layout.addWidget(frame)
        layout.addWidget(self.table, 1)

    def show_detail(self, d: ProjectDetail) -> None:
        p = d.project
        if p.power_on_plan_date:
            state = self.tr("已确认") if d.power_on_plan_confirmed else self.tr("待确认")
            text = self.tr("验收送电计划：{day}（{state}）").format(day=L.day_text(p.power_on_plan_date), state=state)
        else:
            text = self.tr("验收送电计划：尚未排定")
        owed = [doc.name for doc in d.documents if doc.owed_now]
        if owed:
            text += "<br>" + self.tr("客户尚需提供：{docs}").format(docs="、".join(owed))
        self.plan.setText(text)
        fill_table(self.table, [[L.label(L.PUBLICATION, x.kind), L.day_text(x.published_on), x.channel, x.content]
                                for x in d.publications])


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = make_table([self.tr("时间"), self.tr("用户"), self.tr("操作"), self.tr("内容")])
        QVBoxLayout(self).addWidget(self.table)

    def show_detail(self, d: ProjectDetail) -> None:
        fill_table(self.table, [[local_time(h.at), h.username, L.label(L.HISTORY_ACTION, h.action),
                                 self._text(h.action, dict(h.detail))] for h in d.history])

    def _text(self, action: str, detail: dict) -> str:  # type: ignore[type-arg]
        if action == "reschedule":
            before, after = detail.get("before") or ["", ""], detail.get("after") or ["", ""]
            return self.tr("{node}：{b0} 至 {b1} → {a0} 至 {a1}").format(
                node=L.label(L.NODE, str(detail.get("node", ""))), b0=before[0] or "—", b1=before[1] or "—",
                a0=after[0], a1=after[1])
        if action == "note_add":
            return str(detail.get("text", ""))
        if action in ("escalation_add", "escalation_resolve"):
            what = detail.get("reason") if action == "escalation_add" else detail.get("decision")
            return f"{L.label(L.LEVEL, str(detail.get('level', '')))}：{what or ''}"
        return " ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in detail.items())


def local_time(at: _dt.datetime) -> str:
    """Stored instants are UTC (SQLite hands them back without a zone); shown in the desk's local time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=_dt.timezone.utc)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")
