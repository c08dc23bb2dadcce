"""One customer's file: profile, contacts (masked), contact log, intentions, projects, complaints.

Shown in place of the list (Esc or the back button returns). Every read and write runs in a worker; after a
write the page reloads the customer and tells the change bus, so the portfolio patches that row.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QPushButton, QScrollArea, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from console.context import AppContext
from console.core.rules.customer_flags import EDITABLE_MASK, CustomerFlag
from console.core.security import Permission
from console.core.services.customer_duplicates import DuplicateService
from console.core.services.customer_log import CustomerLogService
from console.core.services.customer_records import (
    ComplaintRecord, ContactRecord, CustomerDetail, IntentionRecord, ProjectLink, VisitRecord,
)
from console.core.services.customers import CustomerService
from console.i18n import translate_error
from console.screens.portfolio.forms import IntentionDialog, VisitDialog
from console.screens.portfolio.labels import (
    CHARGING_KINDS, CONTACT_KINDS, DUPLICATE_REASONS, GRADES, INTENTION_KINDS, INTENTION_STATUS, PROJECT_CLASSES,
    PROJECT_STATUS, SEGMENTS, flag_label, label,
)
from console.screens.portfolio.record_model import RecordColumn, RecordTableModel

EDITABLE_FLAGS = [f for f in CustomerFlag if int(f) & EDITABLE_MASK]


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def _table(model: RecordTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class CustomerDetailPage(QWidget):
    sig_back = Signal()
    sig_customers_changed = Signal(list)  # customer ids written here

    def __init__(self, ctx: AppContext, today: date, overdue_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self.overdue_days = overdue_days
        self._service = CustomerService(ctx.session_factory, ctx.principal)
        self._log = CustomerLogService(ctx.session_factory, ctx.principal)
        self.detail: CustomerDetail | None = None
        self.customer_id: int | None = None
        self._key = f"portfolio-detail-{id(self)}"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← 返回列表"))
        self.back_button.setToolTip(self.tr("返回客户列表 (Esc)"))
        self.back_button.clicked.connect(self.sig_back.emit)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold; color: #12485b;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #40505c;")
        head.addWidget(self.back_button)
        head.addSpacing(10)
        head.addWidget(self.title)
        head.addSpacing(10)
        head.addWidget(self.subtitle, 1)
        outer.addLayout(head)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self._build_profile_tab()
        self._build_contacts_tab()
        self._build_visits_tab()
        self._build_intentions_tab()
        self._build_projects_tab()
        self._build_complaints_tab()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.sig_back.emit)
        for number in range(self.tabs.count()):  # Alt+1…6 (Ctrl+1…6 switch the desk's screens)
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self, activated=lambda n=number: self.tabs.setCurrentIndex(n))
        for number in range(self.tabs.count()):
            self.tabs.setTabToolTip(number, f"Alt+{number + 1}")

    # --- building ---------------------------------------------------------------------------------------------

    def _build_profile_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.profile_grid = QGridLayout()
        self.profile_grid.setHorizontalSpacing(18)
        self.profile_grid.setVerticalSpacing(6)
        self._fields: dict[str, QLabel] = {}
        rows = [
            ("account_no", self.tr("户号")), ("segment", self.tr("客户分级")), ("usage_category", self.tr("用电类别")),
            ("voltage_level", self.tr("电压等级")), ("capacity", self.tr("合同容量")), ("industry", self.tr("行业")),
            ("team", self.tr("所属团队")), ("manager", self.tr("客户经理")), ("opened_on", self.tr("立户日期")),
            ("last_contact", self.tr("最近联络")), ("phone", self.tr("联系电话")), ("id_number", self.tr("证件号码")),
        ]
        for i, (key, title) in enumerate(rows):
            r, c = divmod(i, 3)
            caption = QLabel(self.tr("%1：").replace("%1", title))
            caption.setStyleSheet("color: #5f6f7a;")
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fields[key] = value
            self.profile_grid.addWidget(caption, r, c * 2, Qt.AlignmentFlag.AlignRight)
            self.profile_grid.addWidget(value, r, c * 2 + 1)
        address_caption = QLabel(self.tr("%1：").replace("%1", self.tr("用电地址")))
        address_caption.setStyleSheet("color: #5f6f7a;")
        self._fields["address"] = QLabel()
        self._fields["address"].setWordWrap(True)
        self.profile_grid.addWidget(address_caption, 4, 0, Qt.AlignmentFlag.AlignRight)
        self.profile_grid.addWidget(self._fields["address"], 4, 1, 1, 5)
        layout.addLayout(self.profile_grid)
        reveal_row = QHBoxLayout()
        self.reveal_phone = QPushButton(self.tr("显示完整电话(&P)"))
        self.reveal_phone.setToolTip(self.tr("查看完整个人信息会记入审计日志"))
        self.reveal_phone.clicked.connect(lambda: self.reveal("phone"))
        self.reveal_id = QPushButton(self.tr("显示完整证件号(&I)"))
        self.reveal_id.setToolTip(self.tr("查看完整个人信息会记入审计日志"))
        self.reveal_id.clicked.connect(lambda: self.reveal("id_number"))
        reveal_row.addWidget(self.reveal_phone)
        reveal_row.addWidget(self.reveal_id)
        reveal_row.addStretch(1)
        layout.addLayout(reveal_row)
        panels = QHBoxLayout()
        self.key_panel = QGroupBox(self.tr("要客看板"))
        key_layout = QGridLayout(self.key_panel)
        self._key_values: dict[str, QLabel] = {}
        for i, (key, title) in enumerate([("projects", self.tr("在途项目")), ("complaints", self.tr("未结投诉")),
                                          ("intentions", self.tr("跟进中意向")), ("days", self.tr("距上次联络"))]):
            caption = QLabel(title)
            caption.setStyleSheet("color: #5f6f7a;")
            value = QLabel()
            value.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f6f8b;")
            self._key_values[key] = value
            key_layout.addWidget(caption, 0, i)
            key_layout.addWidget(value, 1, i)
        self.charging_panel = QGroupBox(self.tr("充电设施"))
        self.charging_text = QLabel()
        QVBoxLayout(self.charging_panel).addWidget(self.charging_text)
        self.flags_panel = QGroupBox(self.tr("客户标记"))
        flags_layout = QVBoxLayout(self.flags_panel)
        self._flag_boxes: dict[CustomerFlag, QCheckBox] = {}
        for flag in EDITABLE_FLAGS:
            box = QCheckBox(flag_label(flag))
            self._flag_boxes[flag] = box
            flags_layout.addWidget(box)
        self.duplicate_label = QLabel()
        self.duplicate_label.setStyleSheet("color: #9a4a00;")
        flags_layout.addWidget(self.duplicate_label)
        self.save_flags = QPushButton(self.tr("保存标记(&F)"))
        self.save_flags.clicked.connect(self.on_save_flags)
        flags_layout.addWidget(self.save_flags)
        panels.addWidget(self.key_panel, 2)
        panels.addWidget(self.charging_panel, 2)
        panels.addWidget(self.flags_panel, 1)
        layout.addLayout(panels)
        self.duplicates_panel = QGroupBox(self.tr("疑似重复客户"))
        dup_layout = QVBoxLayout(self.duplicates_panel)
        self.duplicates_text = QLabel()
        self.duplicates_text.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("并入本客户(&M)…"))
        self.merge_button.setToolTip(self.tr("把上列客户的联系人、走访、意向、项目与投诉并入本客户；被并入的客户保留历史并不再显示"))
        self.merge_button.clicked.connect(self.on_merge)
        dup_layout.addWidget(self.duplicates_text)
        dup_layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.duplicates_panel)
        self.recent_panel = QGroupBox(self.tr("近期联络"))
        recent_layout = QVBoxLayout(self.recent_panel)
        self.recent = RecordTableModel[VisitRecord]([
            RecordColumn(self.tr("日期"), lambda v: _d(v.happened_on)),
            RecordColumn(self.tr("方式"), lambda v: label(CONTACT_KINDS, v.kind)),
            RecordColumn(self.tr("联络人"), lambda v: v.staff_name),
            RecordColumn(self.tr("内容"), lambda v: v.summary),
            RecordColumn(self.tr("下一步"), lambda v: v.next_action),
        ])
        self.recent_view = _table(self.recent)
        self.recent_view.setColumnWidth(3, 420)
        self.recent_view.doubleClicked.connect(lambda _i: self.tabs.setCurrentIndex(2))
        self.recent_empty = QLabel(self.tr("尚无联络记录。"))
        self.recent_empty.setStyleSheet("color: #5f6f7a;")
        recent_layout.addWidget(self.recent_view)
        recent_layout.addWidget(self.recent_empty)
        layout.addWidget(self.recent_panel, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, self.tr("概况"))

    def _build_contacts_tab(self) -> None:
        self.contacts = RecordTableModel[ContactRecord]([
            RecordColumn(self.tr("姓名"), lambda c: c.name), RecordColumn(self.tr("职务"), lambda c: c.title),
            RecordColumn(self.tr("电话"), lambda c: c.phone), RecordColumn(self.tr("证件号码"), lambda c: c.id_number),
            RecordColumn(self.tr("主要联系人"), lambda c: self.tr("是") if c.is_primary else ""),
        ])
        self.contacts_view = _table(self.contacts)
        self.reveal_contact = QPushButton(self.tr("显示所选联系人的完整电话(&P)"))
        self.reveal_contact.setToolTip(self.tr("查看完整个人信息会记入审计日志"))
        self.reveal_contact.clicked.connect(self.on_reveal_contact)
        self.tabs.addTab(self._with_buttons(self.contacts_view, [self.reveal_contact]), self.tr("联系人"))

    def _build_visits_tab(self) -> None:
        self.visits = RecordTableModel[VisitRecord]([
            RecordColumn(self.tr("日期"), lambda v: _d(v.happened_on)),
            RecordColumn(self.tr("方式"), lambda v: label(CONTACT_KINDS, v.kind)),
            RecordColumn(self.tr("联络人"), lambda v: v.staff_name),
            RecordColumn(self.tr("内容"), lambda v: v.summary),
            RecordColumn(self.tr("下一步"), lambda v: v.next_action),
        ])
        self.visits_view = _table(self.visits)
        self.visits_view.setColumnWidth(3, 380)
        self.visits_view.doubleClicked.connect(lambda _i: self.on_edit_visit())
        self.add_visit = QPushButton(self.tr("新增联络(&N)…"))
        self.add_visit.clicked.connect(self.on_add_visit)
        self.edit_visit = QPushButton(self.tr("编辑(&E)…"))
        self.edit_visit.clicked.connect(self.on_edit_visit)
        self.tabs.addTab(self._with_buttons(self.visits_view, [self.add_visit, self.edit_visit]), self.tr("联络记录"))

    def _build_intentions_tab(self) -> None:
        self.intentions = RecordTableModel[IntentionRecord]([
            RecordColumn(self.tr("发现日期"), lambda i: _d(i.found_on)),
            RecordColumn(self.tr("类别"), lambda i: label(INTENTION_KINDS, i.kind)),
            RecordColumn(self.tr("内容"), lambda i: i.description),
            RecordColumn(self.tr("预计容量(kW)"), lambda i: f"{i.estimated_kw:,.0f}", align_right=True),
            RecordColumn(self.tr("状态"), lambda i: label(INTENTION_STATUS, i.status)),
        ])
        self.intentions_view = _table(self.intentions)
        self.intentions_view.setColumnWidth(2, 320)
        self.intentions_view.doubleClicked.connect(lambda _i: self.on_edit_intention())
        self.add_intention = QPushButton(self.tr("新增意向(&N)…"))
        self.add_intention.clicked.connect(self.on_add_intention)
        self.edit_intention = QPushButton(self.tr("编辑(&E)…"))
        self.edit_intention.clicked.connect(self.on_edit_intention)
        self.to_reserve = QPushButton(self.tr("提交项目储备库(&R)"))
        self.to_reserve.clicked.connect(self.on_send_to_reserve)
        self.tabs.addTab(self._with_buttons(self.intentions_view, [self.add_intention, self.edit_intention, self.to_reserve]),
                         self.tr("用能意向"))

    def _build_projects_tab(self) -> None:
        self.projects = RecordTableModel[ProjectLink]([
            RecordColumn(self.tr("申请编号"), lambda p: p.application_no), RecordColumn(self.tr("项目"), lambda p: p.title),
            RecordColumn(self.tr("类别"), lambda p: label(PROJECT_CLASSES, p.project_class)),
            RecordColumn(self.tr("状态"), lambda p: label(PROJECT_STATUS, p.status)),
            RecordColumn(self.tr("受理日期"), lambda p: _d(p.accepted_on)), RecordColumn(self.tr("送电日期"), lambda p: _d(p.powered_on_on)),
        ])
        self.projects_view = _table(self.projects)
        self.projects_view.setColumnWidth(1, 300)
        self.tabs.addTab(self.projects_view, self.tr("业扩项目"))

    def _build_complaints_tab(self) -> None:
        self.complaints = RecordTableModel[ComplaintRecord]([
            RecordColumn(self.tr("受理日期"), lambda k: _d(k.received_on)), RecordColumn(self.tr("渠道"), lambda k: k.channel),
            RecordColumn(self.tr("内容"), lambda k: k.summary),
            RecordColumn(self.tr("办结日期"), lambda k: _d(k.closed_on) or self.tr("未结"),
                         colour=lambda k: None if k.closed_on else "#b3261e"),
        ])
        self.complaints_view = _table(self.complaints)
        self.complaints_view.setColumnWidth(2, 360)
        self.tabs.addTab(self.complaints_view, self.tr("投诉"))

    def _with_buttons(self, view: QWidget, buttons: list[QPushButton]) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        return holder

    # --- loading -----------------------------------------------------------------------------------------------

    def open_customer(self, customer_id: int) -> None:
        self.customer_id = customer_id
        if self.detail is None or self.detail.profile.id != customer_id:
            self.title.setText(self.tr("正在载入…"))
            self.subtitle.setText("")
        self.reload()

    def reload(self) -> None:
        if self.customer_id is None:
            return
        cid, today, days = self.customer_id, self._today, self.overdue_days
        self._ctx.tasks.run(lambda: self._service.detail(cid, today=today, overdue_days=days), self.on_detail,
                            self.on_error, key=self._key)

    def on_error(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(translate_error(exc))

    def on_detail(self, detail: CustomerDetail) -> None:
        self.detail = detail
        self.message.setText("")
        p = detail.profile
        self.title.setText(p.name)
        grade = label(GRADES, p.key_grade)
        self.subtitle.setText(" · ".join(x for x in (p.account_no, label(SEGMENTS, p.segment), grade, p.team_name) if x))
        f = self._fields
        f["account_no"].setText(p.account_no)
        f["segment"].setText(self.tr("%1（%2）").replace("%1", label(SEGMENTS, p.segment)).replace("%2", grade)
                             if grade else label(SEGMENTS, p.segment))
        f["usage_category"].setText(p.usage_category)
        f["voltage_level"].setText(p.voltage_level)
        f["capacity"].setText(f"{p.capacity_kva:,.0f} kVA")
        f["industry"].setText(p.industry)
        f["team"].setText(p.team_name)
        f["manager"].setText(p.manager_name)
        f["opened_on"].setText(_d(p.opened_on))
        f["last_contact"].setText(_d(p.last_contact_on) or self.tr("从未联络"))
        f["phone"].setText(p.phone)
        f["id_number"].setText(p.id_number)
        f["address"].setText(p.address)
        self.reveal_phone.setVisible(detail.may_reveal and bool(p.phone))
        self.reveal_id.setVisible(detail.may_reveal and bool(p.id_number))
        self._show_key_panel(detail)
        self._show_charging(detail)
        for flag, box in self._flag_boxes.items():
            box.setChecked(bool(p.flags & int(flag)))
            box.setEnabled(detail.may_edit)
        self.save_flags.setVisible(detail.may_edit)
        duplicate = bool(p.flags & int(CustomerFlag.POSSIBLE_DUPLICATE))
        self.duplicate_label.setText(self.tr("已标记：疑似重复") if duplicate else "")
        self._show_duplicates(detail)
        self.contacts.set_records(detail.contacts)
        self.visits.set_records(detail.visits)
        self.recent.set_records(detail.visits[:6])
        self.recent_view.setVisible(bool(detail.visits))
        self.recent_empty.setVisible(not detail.visits)
        self.intentions.set_records(detail.intentions)
        self.projects.set_records(detail.projects)
        self.complaints.set_records(detail.complaints)
        for button in (self.add_visit, self.edit_visit, self.add_intention, self.edit_intention, self.to_reserve):
            button.setEnabled(detail.may_edit)
        self.reveal_contact.setVisible(detail.may_reveal)
        for index, (title, count) in enumerate(((self.tr("联系人"), len(detail.contacts)), (self.tr("联络记录"), len(detail.visits)),
                                                 (self.tr("用能意向"), len(detail.intentions)),
                                                 (self.tr("业扩项目"), len(detail.projects)), (self.tr("投诉"), len(detail.complaints))),
                                                start=1):
            self.tabs.setTabText(index, f"{title} ({count})")

    def _show_key_panel(self, detail: CustomerDetail) -> None:
        panel = detail.key_panel
        self.key_panel.setVisible(panel is not None)
        if panel is None:
            return
        self._key_values["projects"].setText(str(panel.open_projects))
        self._key_values["complaints"].setText(str(panel.open_complaints))
        self._key_values["intentions"].setText(str(panel.open_intentions))
        days = self._key_values["days"]
        days.setText(self.tr("从未联络") if panel.days_since_contact is None else self.tr("%n 天", "", panel.days_since_contact))
        colour = "#b3261e" if panel.overdue else "#1f6f8b"
        days.setStyleSheet(f"font-size: 16pt; font-weight: bold; color: {colour};")
        days.setToolTip(self.tr("超过 %n 天未联络即提醒", "", panel.max_days))

    def _show_charging(self, detail: CustomerDetail) -> None:
        c = detail.charging
        self.charging_panel.setVisible(c is not None)
        if c is not None:
            lines = [self.tr("类型：%1").replace("%1", label(CHARGING_KINDS, c.kind)),
                     self.tr("充电桩：%1 台").replace("%1", str(c.chargers)),
                     self.tr("总功率：%1 kW").replace("%1", f"{c.total_kw:,.0f}")]
            if c.operator:
                lines.append(self.tr("运营商：%1").replace("%1", c.operator))
            self.charging_text.setText("\n".join(lines))

    def _show_duplicates(self, detail: CustomerDetail) -> None:
        self.duplicates_panel.setVisible(bool(detail.duplicates))
        lines = []
        for hint in detail.duplicates:
            reasons = "、".join(label(DUPLICATE_REASONS, r) for r in hint.reasons)
            lines.append(f"{hint.account_no}  {hint.name}  （{reasons}）")
        self.duplicates_text.setText("\n".join(lines))
        self.merge_button.setVisible(self._ctx.principal.can(Permission.MERGE_CUSTOMERS) and bool(detail.duplicates))

    # --- actions -----------------------------------------------------------------------------------------------

    def _after_write(self, _result: object = None) -> None:
        if self.customer_id is not None:
            self.sig_customers_changed.emit([self.customer_id])
        self.reload()

    def reveal(self, field: str) -> None:
        if self.detail is None:
            return
        cid = self.detail.profile.id
        target = self._fields[field]
        self._ctx.tasks.run(lambda: self._service.reveal(cid, field), target.setText, self.on_error)

    def on_reveal_contact(self) -> None:
        index = self.contacts_view.currentIndex()
        contact = self.contacts.record(index.row()) if index.isValid() else None
        if self.detail is None or contact is None:
            self.on_error(ValueError(self.tr("请先选择一位联系人。")))
            return
        cid, contact_id = self.detail.profile.id, contact.id

        def show(value: str) -> None:
            self.message.setStyleSheet("color: #40505c;")
            self.message.setText(self.tr("%1 的电话：%2（已记入审计日志）").replace("%1", contact.name).replace("%2", value))

        self._ctx.tasks.run(lambda: self._service.reveal(cid, "phone", contact_id), show, self.on_error)

    def on_save_flags(self) -> None:
        if self.detail is None:
            return
        bits = sum(int(f) for f, box in self._flag_boxes.items() if box.isChecked())
        cid, version = self.detail.profile.id, self.detail.profile.version
        self._ctx.tasks.run(lambda: self._service.set_flags(cid, version, bits), self._after_write, self.on_error)

    def on_add_visit(self) -> None:
        if self.detail is None:
            return
        dialog = VisitDialog(self._today, parent=self)
        if dialog.exec():
            cid, data, today = self.detail.profile.id, dialog.value(), self._today
            self._ctx.tasks.run(lambda: self._log.add_visit(cid, data, today=today), self._after_write, self.on_error)

    def on_edit_visit(self) -> None:
        visit = self.visits.record(self.visits_view.currentIndex().row())
        if visit is None:
            return
        dialog = VisitDialog(self._today, visit, parent=self)
        if dialog.exec():
            data, today = dialog.value(), self._today
            self._ctx.tasks.run(lambda: self._log.edit_visit(visit.id, visit.version, data, today=today),
                                self._after_write, self.on_error)

    def on_add_intention(self) -> None:
        if self.detail is None:
            return
        dialog = IntentionDialog(self._today, parent=self)
        if dialog.exec():
            cid, data = self.detail.profile.id, dialog.value()
            self._ctx.tasks.run(lambda: self._log.add_intention(cid, data), self._after_write, self.on_error)

    def on_edit_intention(self) -> None:
        intention = self.intentions.record(self.intentions_view.currentIndex().row())
        if intention is None:
            return
        dialog = IntentionDialog(self._today, intention, parent=self)
        if dialog.exec():
            data, status = dialog.value(), dialog.status_value()
            self._ctx.tasks.run(lambda: self._log.edit_intention(intention.id, intention.version, data, status),
                                self._after_write, self.on_error)

    def on_send_to_reserve(self) -> None:
        intention = self.intentions.record(self.intentions_view.currentIndex().row())
        if intention is None:
            self.on_error(ValueError(self.tr("请先选择一条意向。")))
            return
        self._ctx.tasks.run(lambda: self._log.send_to_reserve(intention.id, intention.version),
                            self._after_write, self.on_error)

    def on_merge(self) -> None:
        if self.detail is None or not self.detail.duplicates:
            return
        d = self.detail
        names = "\n".join(f"{h.account_no} {h.name}" for h in d.duplicates)
        answer = QMessageBox.question(self, self.tr("合并客户"), self.tr("把以下客户并入 %1（%2）？\n\n%3\n\n被并入客户的历史记录全部转到本客户，此操作会记入审计日志。")
                                      .replace("%1", d.profile.name).replace("%2", d.profile.account_no).replace("%3", names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        merged = [h.customer_id for h in d.duplicates]
        service = DuplicateService(self._ctx.session_factory, self._ctx.principal)

        def done(_result: object) -> None:
            self.sig_customers_changed.emit([d.profile.id, *merged])
            self.reload()

        self._ctx.tasks.run(lambda: service.merge(d.profile.id, d.profile.version, merged), done, self.on_error)
