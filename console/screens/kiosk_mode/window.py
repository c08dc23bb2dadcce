"""The hall kiosk's window: the content loop with a touch bar, the progress lookup, and the PIN way out.

Locked (``guarded=True``): it refuses every close — window manager, Alt+F4, Esc — and asks for the admin PIN on
an on-screen keypad instead; a minimised window comes straight back full screen. After 60 s without a touch it
wipes whatever a visitor typed, returns to the loop and to Chinese.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.services.kiosk_lookup import LookupOutcome, LookupResult
from console.core.services.kiosk_pin import AttemptLimiter
from console.core.services.kiosk_records import hall_time, playlist_now
from console.screens.kiosk_mode.controller import KioskController
from console.screens.kiosk_mode.guard import CURSOR_MS, IDLE_MS, KioskGuard
from console.screens.kiosk_mode.lookup_panel import LookupPanel
from console.screens.kiosk_mode.pin_panel import PinPanel
from console.screens.kiosk_mode.slides import prepare_player, slide_set, welcome_slide
from console.screens.kiosk_mode.style import sizes, stylesheet
from widgets.kiosk_player import KioskPlayer
from widgets.kiosk_slides import Slide

MAX_SCHEDULE_WAIT_MS = 10 * 60_000  # re-check the schedule at least this often (the board's dates move too)
DEFAULT_LANG = "zh"


class KioskWindow(QWidget):
    sig_exit_granted = Signal()

    def __init__(self, controller: KioskController, *, lang: str = DEFAULT_LANG, guarded: bool = True,
                 switch_language: Callable[[str], None] | None = None, idle_ms: int = IDLE_MS,
                 cursor_ms: int = CURSOR_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.guarded = guarded
        self._switch_language = switch_language
        self._may_close = not guarded
        self._takeover: Slide | None = None
        self.pin_limiter = AttemptLimiter()
        self.setObjectName("kioskWindow")
        self.setWindowTitle("Sunshine kiosk")
        if guarded:
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.player = prepare_player(KioskPlayer(clock=controller.clock))
        self.player.sig_slide_shown.connect(self.on_slide_shown)
        self.bar = self._build_bar()
        home = QWidget()
        home_layout = QVBoxLayout(home)
        home_layout.setContentsMargins(0, 0, 0, 0)
        home_layout.setSpacing(0)
        home_layout.addWidget(self.player, 1)
        home_layout.addWidget(self.bar)
        self.home = home
        self.lookup = LookupPanel()
        self.lookup.sig_home.connect(self.go_home)
        self.lookup.sig_submit.connect(self.on_lookup_submit)
        self.lookup.sig_toggle_language.connect(self.toggle_language)
        self.pin = PinPanel()
        self.pin.sig_pin_entered.connect(self.on_pin_entered)
        self.pin.sig_cancel.connect(self.go_home)
        self.stack = QStackedWidget()
        for page in (self.home, self.lookup, self.pin):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.guard = KioskGuard(self, idle_ms, cursor_ms, hide_cursor=guarded)
        self.guard.sig_idle.connect(self.on_idle)
        self.guard.sig_exit_requested.connect(self.request_exit)
        self._schedule = QTimer(self)
        self._schedule.setSingleShot(True)
        self._schedule.timeout.connect(self.apply_playlist)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(20_000)
        self._clock_timer.timeout.connect(self._update_clock)
        self._clock_timer.start()
        controller.sig_snapshot.connect(self.apply_playlist)
        controller.sig_online_changed.connect(self.on_online_changed)
        controller.sig_lookup_done.connect(self.on_lookup_done)
        controller.sig_lookup_failed.connect(lambda _exc: self.lookup.show_unavailable())
        self.retranslate()

    # --- building -------------------------------------------------------------------------------------------

    def _build_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("kioskBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.lang_button = QPushButton()
        self.lookup_button = QPushButton()
        for button, slot in ((self.lang_button, self.toggle_language), (self.lookup_button, self.open_lookup)):
            button.setObjectName("kioskBarButton")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("kioskBarText")
        self.hotline = QLabel()
        self.hotline.setObjectName("kioskBarText")
        for label in (self.clock_label, self.hotline):  # they give way (and elide) before the buttons do
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hotline.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(bar)
        row.addWidget(self.lang_button)
        row.addSpacing(24)
        self.bar_texts = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # one above the other in portrait
        self.bar_texts.setSpacing(0)
        self.bar_texts.addWidget(self.clock_label, 1)
        self.bar_texts.addWidget(self.hotline, 1)
        row.addLayout(self.bar_texts, 1)
        row.addSpacing(24)
        row.addWidget(self.lookup_button)
        return bar

    # --- what plays -----------------------------------------------------------------------------------------

    @property
    def orientation(self) -> str:
        return "portrait" if self.height() > self.width() else "landscape"

    def hall_now(self) -> datetime:
        return hall_time(self.controller.clock(), self.controller.tz)

    def apply_playlist(self) -> None:
        snapshot = self.controller.snapshot
        now = self.hall_now()
        if snapshot is None:
            loop, takeover, next_change = (welcome_slide(),), None, None
        else:
            current = playlist_now(snapshot.contents, now, self.orientation, self.controller.tz)
            slides = slide_set(current, self.lang, snapshot.board, now.date())
            loop, takeover, next_change = slides.loop, slides.takeover, current.next_change
        self.player.set_playlist(loop)
        if takeover is not None and takeover != self._takeover:
            self.player.takeover(takeover)
        elif takeover is None and self._takeover is not None:
            self.player.end_takeover()
        self._takeover = takeover
        wait = MAX_SCHEDULE_WAIT_MS if next_change is None else (next_change - now).total_seconds() * 1000
        self._schedule.start(int(min(MAX_SCHEDULE_WAIT_MS, max(1000, wait))))
        self._update_stale()

    def on_slide_shown(self, slide_id: str, at: datetime) -> None:
        if self.stack.currentWidget() is self.home:
            self.controller.note_shown(int(slide_id) if slide_id.isdigit() else None, at)

    def on_online_changed(self, _online: bool) -> None:
        self._update_stale()

    def _update_stale(self) -> None:
        snapshot = self.controller.snapshot
        if self.controller.online is not False:
            self.player.set_stale(False)
            return
        if snapshot is None:
            self.player.set_stale(True, self.tr("离线"))
            return
        loaded = hall_time(snapshot.loaded_at, self.controller.tz)
        fmt = "HH:mm" if loaded.date() == self.hall_now().date() else self.tr("M月d日 HH:mm")
        stamp = QLocale().toString(QDateTime(loaded.date(), loaded.time()), fmt)
        self.player.set_stale(True, self.tr("离线播放 · 内容更新于 %1").replace("%1", stamp))

    # --- pages ----------------------------------------------------------------------------------------------

    def page(self) -> str:
        return {self.home: "home", self.lookup: "lookup", self.pin: "pin"}[self.stack.currentWidget()]  # type: ignore[index]

    def _cover(self, page: QWidget) -> None:
        if self.stack.currentWidget() is self.home and page is not self.home:
            self.controller.note_shown(None, self.controller.clock())
            self.player.set_paused(True)
        self.stack.setCurrentWidget(page)

    def open_lookup(self) -> None:
        self.lookup.reset()
        self._cover(self.lookup)

    def request_exit(self) -> None:
        if self.stack.currentWidget() is self.pin:
            self.go_home()  # Esc on the PIN pad backs out of it
            return
        self.pin.reset()
        wait = self.pin_limiter.locked_for()
        if wait.total_seconds() > 0:
            self.pin.show_locked(wait)
        self._cover(self.pin)

    def go_home(self) -> None:
        self.lookup.reset()
        self.pin.reset()
        if self.stack.currentWidget() is not self.home:
            self.stack.setCurrentWidget(self.home)
            self.player.set_paused(False)
            current = self.player.current_slide_id
            self.controller.note_shown(int(current) if current and current.isdigit() else None, self.controller.clock())

    def on_idle(self) -> None:
        """A minute without a touch: nothing a visitor typed or saw stays on the glass."""
        self.go_home()
        if self.lang != DEFAULT_LANG:
            self.set_language(DEFAULT_LANG)

    # --- lookup ---------------------------------------------------------------------------------------------

    def on_lookup_submit(self, application_no: str, code: str) -> None:
        self.controller.lookup(application_no, code)

    def on_lookup_done(self, result: LookupResult) -> None:
        if self.stack.currentWidget() is not self.lookup:
            return  # the visitor left (or the idle reset ran) before the answer came
        if result.outcome is LookupOutcome.OK and result.progress is not None:
            self.lookup.show_progress(result.progress)
        elif result.outcome is LookupOutcome.LOCKED:
            self.lookup.show_locked(result.retry_after_s)
        else:
            self.lookup.show_no_match()

    # --- leaving --------------------------------------------------------------------------------------------

    def on_pin_entered(self, pin: str) -> None:
        wait = self.pin_limiter.locked_for()
        if wait.total_seconds() > 0:
            self.pin.show_locked(wait)
            return
        if self.controller.pin_matches(pin):
            self.pin_limiter.succeeded()
            self._may_close = True
            self.sig_exit_granted.emit()
            self.close()
            return
        self.pin_limiter.failed()
        wait = self.pin_limiter.locked_for()
        if wait.total_seconds() > 0:
            self.pin.show_locked(wait)
        else:
            self.pin.show_wrong()

    @property
    def may_close(self) -> bool:
        return self._may_close

    def allow_close(self) -> None:
        """Let the next close through without the PIN (the program is shutting down by other means)."""
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._may_close:
            event.ignore()
            if self.stack.currentWidget() is not self.pin:
                self.request_exit()
            return
        self.guard.stop()
        self.controller.stop()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # On the application, not the window: no child widget can swallow a key or touch before the guard sees it.
        QApplication.instance().installEventFilter(self.guard)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        QApplication.instance().removeEventFilter(self.guard)
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.WindowStateChange and self.guarded and not self._may_close:
            if self.windowState() & Qt.WindowState.WindowMinimized:
                QTimer.singleShot(0, self.showFullScreen)
        super().changeEvent(event)

    # --- language and size ----------------------------------------------------------------------------------

    def toggle_language(self) -> None:
        self.set_language("en" if self.lang == "zh" else "zh")

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self._switch_language is not None:
            self._switch_language(lang)
            # Installing a translator only posts the LanguageChange; deliver it now so every panel (and the
            # slides rebuilt below) already speaks the new language when this returns.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        self.retranslate()
        self.apply_playlist()

    def retranslate(self) -> None:
        self.lang_button.setText(self.tr("English"))
        self.lookup_button.setText(self.tr("业扩进度查询"))
        self.hotline.setText(self.tr("供电服务热线 95598"))
        self._update_clock()
        self._update_stale()

    def _update_clock(self) -> None:
        now = self.hall_now()
        self.clock_label.setText(QLocale().toString(QDateTime(now.date(), now.time()), self.tr("M月d日 dddd HH:mm")))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        w, h = self.width(), self.height()
        self.setStyleSheet(stylesheet(w, h))
        s = sizes(w, h)
        self.bar.setFixedHeight(s["bar"])
        self.bar.layout().setContentsMargins(s["margin"] // 2, s["bar"] // 10, s["margin"] // 2, s["bar"] // 10)
        for button in (self.lang_button, self.lookup_button):
            button.setMinimumHeight(s["bar"] * 8 // 10)
        portrait = h > w
        self.bar_texts.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.hotline.setAlignment((Qt.AlignmentFlag.AlignLeft if portrait else Qt.AlignmentFlag.AlignRight)
                                  | Qt.AlignmentFlag.AlignVCenter)
        self.lookup.apply_size(w, h)
        self.pin.apply_size(w, h)
        if self.orientation != self.controller.orientation:
            self.controller.set_orientation(self.orientation)
        self.apply_playlist()
