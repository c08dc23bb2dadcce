"""Progress lookup on the glass: application number → check code → the visitor's own four steps.

What was typed lives only in the two keypads and the result page; :meth:`LookupPanel.reset` wipes all of it (the
window calls it after 60 s without a touch and whenever the visitor leaves).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.services.kiosk_lookup import ProgressView, StepState
from console.screens.kiosk_mode.labels import class_label, date_label, document_label, step_label
from console.screens.kiosk_mode.steps_strip import StepMark, StepsStrip
from console.screens.kiosk_mode.style import sizes
from widgets.keypad import Keypad

NUMBER, CODE, RESULT = "number", "code", "result"
APP_NO_MIN, APP_NO_MAX = 6, 20
CODE_LENGTH = 4


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def _button(name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
    button = QPushButton()
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    return button


class ResultPage(QWidget):
    """One project's progress: steps with dates, current and next step, documents to bring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskResult")
        self.heading = _label("kioskTitle")
        self.kind = _label("kioskHint")
        self.strip = StepsStrip()
        self.now_next = _label("kioskText")
        self.card = QFrame()
        self.card.setObjectName("kioskCard")
        self.documents = _label("kioskText")
        self.documents.setTextFormat(Qt.TextFormat.RichText)
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.documents)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.kind, self.strip, self.now_next, self.card):
            layout.addWidget(w)
        layout.addStretch(1)
        self.progress: ProgressView | None = None

    def show_progress(self, progress: ProgressView | None) -> None:
        self.progress = progress
        self.retranslate()

    def retranslate(self) -> None:
        p = self.progress
        if p is None:
            for label in (self.heading, self.kind, self.now_next, self.documents):
                label.clear()
            self.strip.set_steps(())
            return
        self.heading.setText(self.tr("申请编号 %1").replace("%1", p.application_no))
        self.kind.setText(class_label(p.project_class))
        self.strip.set_steps([StepMark(step_label(s.step), s.state.value, self._detail(s.state, s.done_on, s.expected_on))
                              for s in p.steps])
        if p.powered_on:
            self.now_next.setText(self.tr("已装表接电，感谢您的耐心等待。"))
        else:
            lines = [self.tr("当前环节：%1").replace("%1", step_label(p.current_step))]
            if p.next_step:
                lines.append(self.tr("下一环节：%1").replace("%1", step_label(p.next_step)))
            self.now_next.setText("\n".join(lines))
        self.documents.setText(self._documents_html(p))
        self.card.setVisible(bool(self.documents.text()))

    def _detail(self, state: StepState, done_on, expected_on) -> str:  # type: ignore[no-untyped-def]
        if state is StepState.DONE:
            return self.tr("已完成 %1").replace("%1", date_label(done_on)) if done_on else self.tr("已完成")
        if expected_on:
            return self.tr("预计 %1").replace("%1", date_label(expected_on))
        return self.tr("办理中") if state is StepState.CURRENT else ""

    def _documents_html(self, p: ProgressView) -> str:
        parts = []
        owed_heading, next_heading = self.tr("请尽快补交："), self.tr("下一步请准备：")
        separator = self.tr("、")
        if p.documents_owed:
            parts.append(f"<b>{owed_heading}</b>" + separator.join(document_label(d) for d in p.documents_owed))
        if p.documents_next:
            parts.append(f"<b>{next_heading}</b>" + separator.join(document_label(d) for d in p.documents_next))
        if not parts and not p.powered_on:
            parts.append(self.tr("目前无需补交资料。"))
        return "<br>".join(parts)


class LookupPanel(QWidget):
    sig_submit = Signal(str, str)  # application number, check code
    sig_home = Signal()
    sig_toggle_language = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = _label("kioskTitle", wrap=False)
        self.lang_button = _button("kioskSecondary", lambda: self.sig_toggle_language.emit())
        self.home_button = _button("kioskSecondary", lambda: self.sig_home.emit())
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.lang_button)
        header.addWidget(self.home_button)

        self.indicator = _label("kioskStepIndicator")
        self.prompt = _label("kioskText")
        self.entered = _label("kioskTitle")  # the number typed, shown back on the code step
        self.hint = _label("kioskHint")
        self.error = _label("kioskError")
        self.back_button = _button("kioskSecondary", self.on_back)
        info = QVBoxLayout()
        for w in (self.indicator, self.prompt, self.entered, self.hint, self.error):
            info.addWidget(w)
        info.addStretch(1)
        info.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.info = QWidget()
        self.info.setLayout(info)

        self.number_pad = Keypad(max_length=APP_NO_MAX, min_length=APP_NO_MIN)
        self.code_pad = Keypad(masked=True, max_length=CODE_LENGTH, min_length=CODE_LENGTH)
        self.number_pad.sig_submitted.connect(self.on_number)
        self.code_pad.sig_submitted.connect(self.on_code)
        self.pads = QStackedWidget()
        self.pads.addWidget(self.number_pad)
        self.pads.addWidget(self.code_pad)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.info, 5)
        self.body.addWidget(self.pads, 5)
        self.entry = QWidget()
        self.entry.setLayout(self.body)

        self.result = ResultPage()
        self.done_button = _button("kioskPrimary", lambda: self.sig_home.emit())
        result_box = QVBoxLayout()
        result_box.addWidget(self.result, 1)
        result_box.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.result_page = QWidget()
        self.result_page.setLayout(result_box)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.entry)
        self.pages.addWidget(self.result_page)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        self._stage = NUMBER
        self._busy = False
        self._error_key: tuple[str, int] | None = None
        self.retranslate()
        self.reset()

    # --- state ----------------------------------------------------------------------------------------------

    @property
    def stage(self) -> str:
        return self._stage

    def typed_text(self) -> str:
        """Everything a passer-by could read back: both keypads and the result on show."""
        shown = self.result.progress.application_no if self.result.progress else ""
        return self.number_pad.text() + self.code_pad.text() + shown

    def reset(self) -> None:
        self.number_pad.clear()
        self.code_pad.clear()
        self.result.show_progress(None)
        self._set_error(None)
        self._busy = False
        self._go(NUMBER)

    def _go(self, stage: str) -> None:
        self._stage = stage
        self.pages.setCurrentWidget(self.result_page if stage == RESULT else self.entry)
        self.pads.setCurrentWidget(self.code_pad if stage == CODE else self.number_pad)
        self.back_button.setVisible(stage == CODE)
        (self.code_pad if stage == CODE else self.number_pad).setFocus()
        self._retranslate_stage()

    def on_number(self, text: str) -> None:
        self._set_error(None)
        self._go(CODE)

    def on_code(self, code: str) -> None:
        if self._busy:
            return
        self._busy = True
        self.code_pad.setEnabled(False)
        self.hint.setText(self.tr("正在查询，请稍候…"))
        self.sig_submit.emit(self.number_pad.text(), code)

    def on_back(self) -> None:
        self.code_pad.clear()
        self._set_error(None)
        self._go(NUMBER)

    def _answered(self) -> None:
        self._busy = False
        self.code_pad.setEnabled(True)
        self.code_pad.clear()

    def show_progress(self, progress: ProgressView) -> None:
        self._answered()
        self.result.show_progress(progress)
        self._go(RESULT)

    def show_no_match(self) -> None:
        self._answered()
        self._set_error(("no_match", 0))
        self._go(CODE)

    def show_locked(self, retry_after_s: int) -> None:
        self._answered()
        self._set_error(("locked", retry_after_s))
        self._go(CODE)

    def show_unavailable(self) -> None:
        self._answered()
        self._set_error(("unavailable", 0))
        self._go(CODE)

    def error_text(self) -> str:
        return self.error.text()

    def _set_error(self, key: tuple[str, int] | None) -> None:
        self._error_key = key
        self._retranslate_error()

    # --- text and size --------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("业扩进度查询"))
        self.lang_button.setText(self.tr("English"))
        self.home_button.setText(self.tr("返回首页"))
        self.back_button.setText(self.tr("修改申请编号"))
        self.done_button.setText(self.tr("完成"))
        for pad in (self.number_pad, self.code_pad):
            pad.key_button("ok").setText(QCoreApplication.translate("Keypad", "确定"))
            pad.key_button("clear").setText(QCoreApplication.translate("Keypad", "清除"))
            pad.key_button("backspace").setText(QCoreApplication.translate("Keypad", "退格"))
        self.number_pad.set_prompt(self.tr("申请编号"))
        self.code_pad.set_prompt(self.tr("查询码"))
        self.result.retranslate()
        self._retranslate_stage()
        self._retranslate_error()

    def _retranslate_stage(self) -> None:
        self.entered.setVisible(self._stage == CODE)
        self.entered.setText(self.tr("申请编号 %1").replace("%1", self.number_pad.text()))
        if self._stage == CODE:
            self.indicator.setText(self.tr("第 2 步，共 2 步"))
            self.prompt.setText(self.tr("请输入查询码：办电时预留联系电话的后 4 位"))
            self.hint.setText(self.tr("查询码只显示为圆点，旁人看不到。"))
        else:
            self.indicator.setText(self.tr("第 1 步，共 2 步"))
            self.prompt.setText(self.tr("请输入申请编号"))
            self.hint.setText(self.tr("申请编号印在受理回执上，也可在“网上国网”App 中查看。"))

    def _retranslate_error(self) -> None:
        key = self._error_key
        if key is None:
            self.error.clear()
        elif key[0] == "no_match":
            self.error.setText(self.tr("申请编号或查询码不正确，请核对后重新输入。"))
        elif key[0] == "locked":
            minutes = max(1, math.ceil(key[1] / 60))
            self.error.setText(self.tr("查询次数过多，请 %1 分钟后再试，或到窗口咨询。").replace("%1", str(minutes)))
        else:
            self.error.setText(self.tr("查询服务暂时不可用，请稍后再试或到窗口咨询。"))
        self.error.setVisible(key is not None)

    def apply_size(self, width: int, height: int) -> None:
        s = sizes(width, height)
        portrait = height > width
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.body.setStretch(0, 3 if portrait else 5)
        self.body.setStretch(1, 7 if portrait else 5)
        self.body.setSpacing(s["margin"])
        self.layout().setContentsMargins(s["margin"], s["margin"] // 2, s["margin"], s["margin"] // 2)
        for pad in (self.number_pad, self.code_pad):
            pad.set_key_size(s["key"])
        self.result.strip.set_layout(portrait, s["text"] if portrait else round(s["text"] * 1.3))
        self.result.layout().setSpacing(s["margin"] // 2)
