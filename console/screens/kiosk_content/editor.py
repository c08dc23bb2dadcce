"""The form for one kiosk content item: texts in both languages, timing, picture/QR, showcase figures, schedule.

Times are entered in the hall's local time and stored as UTC instants (see ``kiosk_records``).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone, tzinfo

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.core.errors import QT_TRANSLATE_NOOP
from console.core.services.kiosk_records import NEW_ID, ContentRecord, ShowcaseFacts, as_utc, hall_time
from console.screens.kiosk_content.schedule_editor import ScheduleEditor

KINDS = {
    "notice": QT_TRANSLATE_NOOP("KioskContent", "通知公告"),
    "commitment": QT_TRANSLATE_NOOP("KioskContent", "服务承诺"),
    "guide": QT_TRANSLATE_NOOP("KioskContent", "办事指南"),
    "showcase": QT_TRANSLATE_NOOP("KioskContent", "综合能源案例"),
    "promotion": QT_TRANSLATE_NOOP("KioskContent", "推广（光伏/充电/全电厨房）"),
    "image": QT_TRANSLATE_NOOP("KioskContent", "图片海报"),
    "project_board": QT_TRANSLATE_NOOP("KioskContent", "即将送电项目看板"),
    "qr": QT_TRANSLATE_NOOP("KioskContent", "二维码"),
}
TRANSITIONS = {"fade": QT_TRANSLATE_NOOP("KioskContent", "淡入"), "slide": QT_TRANSLATE_NOOP("KioskContent", "滑入"),
               "none": QT_TRANSLATE_NOOP("KioskContent", "无")}
ORIENTATIONS = {"any": QT_TRANSLATE_NOOP("KioskContent", "横屏和竖屏"),
                "landscape": QT_TRANSLATE_NOOP("KioskContent", "仅横屏"),
                "portrait": QT_TRANSLATE_NOOP("KioskContent", "仅竖屏")}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("KioskContent", KINDS.get(kind, kind))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class ContentEditor(QWidget):
    sig_edited = Signal()

    def __init__(self, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._loaded: ContentRecord | None = None
        self._loading = False
        self._pristine: ContentRecord | None = None
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem("", key)
        self.title, self.title_en = QLineEdit(), QLineEdit()
        self.title.setMaxLength(100)
        self.title_en.setMaxLength(150)
        self.body, self.body_en = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.body, self.body_en):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(90)
        self.image_path = QLineEdit()
        self.image_path.setMinimumWidth(80)
        self.image_button = QPushButton()
        self.image_button.clicked.connect(self.on_pick_image)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_path, 1)
        image_row.addWidget(self.image_button)
        self.qr_text = QLineEdit()
        self.duration = QSpinBox()
        self.duration.setRange(3, 600)
        self.transition = QComboBox()
        for key in TRANSITIONS:
            self.transition.addItem("", key)
        self.orientation = QComboBox()
        for key in ORIENTATIONS:
            self.orientation.addItem("", key)
        self.takeover = QCheckBox()
        self.effective = QDateTimeEdit()
        self.expires_check = QCheckBox()
        self.expires = QDateTimeEdit()
        for edit in (self.effective, self.expires):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.expires_check.toggled.connect(self.expires.setEnabled)
        expires_row = QHBoxLayout()
        expires_row.addWidget(self.expires_check)
        expires_row.addWidget(self.expires, 1)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # English labels are long
        self._rows: list[tuple[QWidget | QHBoxLayout, str]] = [
            (self.kind, QT_TRANSLATE_NOOP("ContentEditor", "类型")),
            (self.title, QT_TRANSLATE_NOOP("ContentEditor", "标题")),
            (self.title_en, QT_TRANSLATE_NOOP("ContentEditor", "英文标题")),
            (self.body, QT_TRANSLATE_NOOP("ContentEditor", "正文（每行一条）")),
            (self.body_en, QT_TRANSLATE_NOOP("ContentEditor", "英文正文")),
            (image_row, QT_TRANSLATE_NOOP("ContentEditor", "图片")),
            (self.qr_text, QT_TRANSLATE_NOOP("ContentEditor", "二维码内容")),
            (self.duration, QT_TRANSLATE_NOOP("ContentEditor", "播放时长（秒）")),
            (self.transition, QT_TRANSLATE_NOOP("ContentEditor", "转场")),
            (self.orientation, QT_TRANSLATE_NOOP("ContentEditor", "适用屏幕")),
            (self.takeover, QT_TRANSLATE_NOOP("ContentEditor", "优先插播")),
            (self.effective, QT_TRANSLATE_NOOP("ContentEditor", "生效时间")),
            (expires_row, QT_TRANSLATE_NOOP("ContentEditor", "失效时间")),
        ]
        self._labels = [QLabel() for _ in self._rows]  # texts set (and re-set on a language change) in retranslate
        for label, (field, _) in zip(self._labels, self._rows, strict=True):
            self.form.addRow(label, field)

        self.showcase = QGroupBox()
        self.customer_type, self.customer_type_en = QLineEdit(), QLineEdit()
        self.measures, self.measures_en = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.measures, self.measures_en):
            edit.setFixedHeight(70)
            edit.setTabChangesFocus(True)
        self.saving = QDoubleSpinBox()
        self.saving.setRange(0, 100)
        self.saving.setSuffix(" %")
        self.note, self.note_en = QLineEdit(), QLineEdit()
        self.showcase_form = QFormLayout(self.showcase)
        self.showcase_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._showcase_rows = [
            (self.customer_type, QT_TRANSLATE_NOOP("ContentEditor", "客户类型")),
            (self.customer_type_en, QT_TRANSLATE_NOOP("ContentEditor", "英文客户类型")),
            (self.measures, QT_TRANSLATE_NOOP("ContentEditor", "措施（每行一条）")),
            (self.measures_en, QT_TRANSLATE_NOOP("ContentEditor", "英文措施")),
            (self.saving, QT_TRANSLATE_NOOP("ContentEditor", "节能率")),
            (self.note, QT_TRANSLATE_NOOP("ContentEditor", "说明")),
            (self.note_en, QT_TRANSLATE_NOOP("ContentEditor", "英文说明")),
        ]
        self._showcase_labels = [QLabel() for _ in self._showcase_rows]
        for label, (field, _) in zip(self._showcase_labels, self._showcase_rows, strict=True):
            self.showcase_form.addRow(label, field)
        self.schedule_box = QGroupBox()
        self.schedule = ScheduleEditor()
        QVBoxLayout(self.schedule_box).addWidget(self.schedule)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.showcase)
        layout.addWidget(self.schedule_box)
        layout.addStretch(1)
        for signal in (self.kind.currentIndexChanged, self.title.textChanged, self.title_en.textChanged,
                       self.body.textChanged, self.body_en.textChanged, self.image_path.textChanged,
                       self.qr_text.textChanged, self.duration.valueChanged, self.transition.currentIndexChanged,
                       self.orientation.currentIndexChanged, self.takeover.toggled, self.effective.dateTimeChanged,
                       self.expires_check.toggled, self.expires.dateTimeChanged, self.customer_type.textChanged,
                       self.customer_type_en.textChanged, self.measures.textChanged, self.measures_en.textChanged,
                       self.saving.valueChanged, self.note.textChanged, self.note_en.textChanged,
                       self.schedule.sig_changed):
            signal.connect(self._on_edited)
        self.retranslate()
        self.set_record(None)

    # --- record in, record out ------------------------------------------------------------------------------

    def _qdt(self, value: datetime) -> QDateTime:
        local = hall_time(value, self._tz)
        return QDateTime(local.date(), local.time())

    def _instant(self, edit: QDateTimeEdit) -> datetime:
        local: datetime = edit.dateTime().toPython()  # type: ignore[assignment]
        zone = self._tz or datetime.now().astimezone().tzinfo or timezone.utc
        return as_utc(local.replace(second=0, microsecond=0, tzinfo=zone))

    def new_record(self, now: datetime) -> ContentRecord:
        start = as_utc(now).replace(second=0, microsecond=0)
        return ContentRecord(NEW_ID, "notice", "", start, expires_at=start + timedelta(days=30))

    def set_record(self, rec: ContentRecord | None) -> None:
        self._loading = True
        try:
            self._loaded = rec
            self.setEnabled(rec is not None)
            rec = rec or self.new_record(datetime.now(timezone.utc))
            self.kind.setCurrentIndex(max(0, self.kind.findData(rec.kind)))
            self.title.setText(rec.title)
            self.title_en.setText(rec.title_en)
            self.body.setPlainText(rec.body)
            self.body_en.setPlainText(rec.body_en)
            self.image_path.setText(rec.image_path)
            self.qr_text.setText(rec.qr_text)
            self.duration.setValue(rec.duration_s)
            self.transition.setCurrentIndex(max(0, self.transition.findData(rec.transition)))
            self.orientation.setCurrentIndex(max(0, self.orientation.findData(rec.orientation)))
            self.takeover.setChecked(rec.takeover)
            self.effective.setDateTime(self._qdt(rec.effective_from))
            self.expires_check.setChecked(rec.expires_at is not None)
            self.expires.setEnabled(rec.expires_at is not None)
            self.expires.setDateTime(self._qdt(rec.expires_at or rec.effective_from + timedelta(days=30)))
            facts = rec.showcase() or ShowcaseFacts()
            self.customer_type.setText(facts.customer_type)
            self.customer_type_en.setText(facts.customer_type_en)
            self.measures.setPlainText("\n".join(facts.measures))
            self.measures_en.setPlainText("\n".join(facts.measures_en))
            self.saving.setValue(facts.saving_pct or 0.0)
            self.note.setText(facts.note)
            self.note_en.setText(facts.note_en)
            self.schedule.set_lines(rec.schedules)
            self._update_visibility()
        finally:
            self._loading = False
        # What the form says right after loading (minutes only, local time): edits are measured against it.
        self._pristine = self.record() if self._loaded is not None else None

    def loaded(self) -> ContentRecord | None:
        return self._loaded

    def record(self) -> ContentRecord:
        """The form as a record, carrying the loaded record's id, version, order and publication."""
        base = self._loaded or self.new_record(datetime.now(timezone.utc))
        kind = self.kind.currentData()
        extra = base.extra
        if kind == "showcase":
            facts = ShowcaseFacts(self.customer_type.text().strip(), self.customer_type_en.text().strip(),
                                  _lines(self.measures.toPlainText()), _lines(self.measures_en.toPlainText()),
                                  self.saving.value() or None, self.note.text().strip(), self.note_en.text().strip())
            extra = facts.to_extra() if facts != ShowcaseFacts() else ""
        return replace(
            base, kind=kind, title=self.title.text(), title_en=self.title_en.text(),
            body=self.body.toPlainText(), body_en=self.body_en.toPlainText(), image_path=self.image_path.text().strip(),
            qr_text=self.qr_text.text().strip(), duration_s=self.duration.value(),
            transition=self.transition.currentData(), orientation=self.orientation.currentData(),
            takeover=self.takeover.isChecked(), effective_from=self._instant(self.effective),
            expires_at=self._instant(self.expires) if self.expires_check.isChecked() else None,
            extra=extra, schedules=self.schedule.lines(),
        )

    def is_dirty(self) -> bool:
        return self._pristine is not None and self.record() != self._pristine

    def _on_edited(self) -> None:
        self._update_visibility()
        if not self._loading:
            self.sig_edited.emit()

    def _update_visibility(self) -> None:
        self.showcase.setVisible(self.kind.currentData() == "showcase")

    def on_pick_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择图片"), self.image_path.text(),
                                              self.tr("图片 (*.png *.jpg *.jpeg *.bmp *.webp)"))
        if path:
            self.image_path.setText(path)

    # --- text -----------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for i, key in enumerate(KINDS):
            self.kind.setItemText(i, kind_label(key))
        for combo, table in ((self.transition, TRANSITIONS), (self.orientation, ORIENTATIONS)):
            for i, key in enumerate(table):
                combo.setItemText(i, QCoreApplication.translate("KioskContent", table[key]))
        for widget, (_, text) in zip(self._labels + self._showcase_labels, self._rows + self._showcase_rows, strict=True):
            widget.setText(self.tr(text))
        self.takeover.setText(self.tr("打断轮播（如停电通知）"))
        self.takeover.setToolTip(self.tr("生效期间只播这一条，到失效时间后自动恢复轮播。"))
        self.expires_check.setText(self.tr("到期下线"))
        self.image_button.setText(self.tr("选择…"))
        self.showcase.setTitle(self.tr("案例数据"))
        self.schedule_box.setTitle(self.tr("排期（分时段播放）"))
        self.qr_text.setPlaceholderText(self.tr("网址或文字，留空则不显示二维码"))
