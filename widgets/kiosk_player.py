"""The unattended hall screen: loops a playlist of slides, yields to takeover slides, logs what it showed.

Fed plain :class:`~widgets.kiosk_slides.Slide` values; which slides play when is decided elsewhere (the
scheduling rules in the core), and the screen wiring calls :meth:`KioskPlayer.set_playlist` and
:meth:`KioskPlayer.takeover` as the schedule changes. Pages are display-only: touches and clicks reach the
player itself, which reports them as ``sig_user_activity`` (e.g. to open the progress lookup).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QEvent,
    QParallelAnimationGroup,
    QPoint,
    QPropertyAnimation,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget

from widgets.kiosk_slides import DEFAULT_ACCENT, Slide, SlidePage, TextSlidePage
from widgets.kiosk_special import ProjectBoardPage, ShowcasePage
from widgets.kiosk_text import PAPER, Metrics, font_px

log = logging.getLogger(__name__)

SlideFactory = Callable[[Slide, QWidget], QWidget]

_ACTIVITY_EVENTS = frozenset(
    (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.Wheel)
)


class PageDots(QWidget):
    """Where the loop is: one dot per slide, the current one filled and wider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.current = 0
        self.colour = QColor(DEFAULT_ACCENT)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def set_state(self, count: int, current: int, colour: QColor) -> None:
        self.count, self.current, self.colour = count, current, colour
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.count <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        d = self.height()
        gap = d
        widths = [d * 3 if i == self.current else d for i in range(self.count)]
        x = (self.width() - sum(widths) - gap * (self.count - 1)) // 2
        painter.setPen(Qt.PenStyle.NoPen)
        for i, width in enumerate(widths):
            painter.setBrush(self.colour if i == self.current else QColor("#b8c1ca"))
            painter.drawRoundedRect(QRect(x, 0, width, d), d / 2, d / 2)
            x += width + gap
        painter.end()


class KioskPlayer(QWidget):
    """Plays slides in a loop with fade/slide transitions.

    * :meth:`set_playlist` replaces the loop; if the slide on screen is still in it, the loop carries on
      from there without a jump, otherwise it starts at the first slide.
    * :meth:`takeover` shows one slide until :meth:`end_takeover`, then the loop resumes at the slide it
      interrupted (shown again for its full duration).
    * ``sig_slide_shown(slide_id, shown_at)`` fires each time a slide comes on screen (proof of play),
      ``sig_user_activity()`` on a touch, click, key or wheel.
    """

    sig_slide_shown = Signal(str, object)  # slide id, datetime
    sig_user_activity = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], datetime] = datetime.now,
                 transition_ms: int = 600) -> None:
        super().__init__(parent)
        self._clock = clock
        self._transition_ms = transition_ms
        self._factories: dict[str, SlideFactory] = {"project_board": ProjectBoardPage, "showcase": ShowcasePage}
        self._playlist: tuple[Slide, ...] = ()
        self._index = 0
        self._takeover: Slide | None = None
        self._current: Slide | None = None
        self._page: QWidget | None = None
        self._leaving: QWidget | None = None
        self._animation: QAbstractAnimation | None = None
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.advance)
        self._dots = PageDots(self)
        self._badge = QLabel(self)
        self._badge.setObjectName("kiosk_stale_badge")
        self._badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._badge.setStyleSheet("QLabel#kiosk_stale_badge { background: #ffc425; color: #111111;"
                                  " border: 2px solid #8a6200; border-radius: 8px; padding: 4px 14px; }")
        self._badge.hide()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- public API ---------------------------------------------------------------------------------------

    def register_factory(self, kind: str, factory: SlideFactory) -> None:
        """Render slides of ``kind`` with ``factory(slide, parent) -> QWidget`` (display-only widgets)."""
        self._factories[kind] = factory

    @property
    def playlist(self) -> tuple[Slide, ...]:
        return self._playlist

    @property
    def position(self) -> int:
        """Index in the loop of the slide playing (or interrupted by a takeover)."""
        return self._index

    @property
    def current_slide_id(self) -> str | None:
        return self._current.id if self._current is not None else None

    @property
    def current_page(self) -> QWidget | None:
        return self._page

    @property
    def in_takeover(self) -> bool:
        return self._takeover is not None

    def set_playlist(self, slides: Iterable[Slide]) -> None:
        looping = self._playlist[self._index] if self._playlist else None
        self._playlist = tuple(slides)
        ids = [s.id for s in self._playlist]
        self._index = ids.index(looping.id) if looping is not None and looping.id in ids else 0
        if self._takeover is not None:
            self._update_dots()
        elif not self._playlist:
            self._show_nothing()
        elif self._current != self._playlist[self._index]:
            self._show(self._playlist[self._index])
        else:
            self._update_dots()  # same slide still on screen: its timer keeps running

    def takeover(self, slide: Slide) -> None:
        """Interrupt the loop with ``slide`` (e.g. an outage notice) until :meth:`end_takeover`."""
        self._takeover = slide
        self._show(slide)

    def end_takeover(self) -> None:
        if self._takeover is None:
            return
        self._takeover = None
        if self._playlist:
            self._show(self._playlist[self._index])
        else:
            self._show_nothing()

    def advance(self) -> None:
        """Go to the next slide of the loop now (the timer calls this when a slide's time is up)."""
        if self._takeover is not None or not self._playlist:
            return
        self._index = (self._index + 1) % len(self._playlist)
        self._show(self._playlist[self._index])

    def set_paused(self, paused: bool) -> None:
        """Hold the current slide (e.g. while a visitor uses the lookup); resuming gives it a full turn."""
        self._paused = paused
        self._arm_timer()

    def set_stale(self, stale: bool, text: str = "") -> None:
        """Show or hide the small badge that says the content may be out of date."""
        self._badge.setText(text or self.tr("信息更新中断"))
        self._badge.setVisible(stale)
        self._place_overlays()

    def is_stale(self) -> bool:
        return not self._badge.isHidden()

    def stale_text(self) -> str:
        return self._badge.text()

    def dots_state(self) -> tuple[int, int]:
        """(slides shown as dots, current dot); (0, 0) when the dots are hidden."""
        return (self._dots.count, self._dots.current) if not self._dots.isHidden() else (0, 0)

    # --- showing slides -----------------------------------------------------------------------------------

    def _show(self, slide: Slide) -> None:
        self._finish_transition()
        old = self._page
        page = self._make_page(slide)
        page.setGeometry(self.rect())
        if isinstance(page, SlidePage):
            page.prepare()  # the slow text fitting happens before the transition, not during it
        page.show()
        self._page, self._current = page, slide
        self._animate(old, page, slide.transition if old is not None else "none",
                      min(self._transition_ms, slide.duration_ms // 3))
        self._update_dots()
        self._raise_overlays()
        self.sig_slide_shown.emit(slide.id, self._clock())
        self._arm_timer()

    def _show_nothing(self) -> None:
        self._finish_transition()
        if self._page is not None:
            self._page.deleteLater()
        self._page, self._current = None, None
        self._timer.stop()
        self._update_dots()
        self.update()

    def _make_page(self, slide: Slide) -> QWidget:
        factory = self._factories.get(slide.kind, TextSlidePage)
        try:
            page = factory(slide, self)
        except Exception:  # noqa: BLE001 - an unattended screen shows the plain slide rather than nothing
            log.exception("slide factory for %r failed on slide %s", slide.kind, slide.id)
            page = TextSlidePage(slide, self)
        page.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        return page

    def _arm_timer(self) -> None:
        if self._takeover is None and not self._paused and self._current is not None:
            self._timer.start(max(1, self._current.duration_ms))
        else:
            self._timer.stop()

    def _animate(self, old: QWidget | None, new: QWidget, kind: str, duration_ms: int) -> None:
        if old is None or kind == "none" or duration_ms <= 0:
            if old is not None:
                old.hide()
                old.deleteLater()
            return
        self._leaving = old
        if kind == "slide":
            group = QParallelAnimationGroup(self)
            for widget, start, end in ((new, QPoint(self.width(), 0), QPoint(0, 0)),
                                       (old, QPoint(0, 0), QPoint(-self.width(), 0))):
                group.addAnimation(self._move_animation(widget, start, end, duration_ms))
            animation: QAbstractAnimation = group
        else:
            effect = QGraphicsOpacityEffect(new)
            effect.setOpacity(0.0)
            new.setGraphicsEffect(effect)
            fade = QPropertyAnimation(effect, b"opacity", self)
            fade.setStartValue(0.0)
            fade.setEndValue(1.0)
            fade.setDuration(duration_ms)
            animation = fade
        animation.finished.connect(self._finish_transition)
        self._animation = animation
        animation.start()

    def _move_animation(self, widget: QWidget, start: QPoint, end: QPoint, duration_ms: int) -> QPropertyAnimation:
        widget.move(start)
        move = QPropertyAnimation(widget, b"pos", self)
        move.setStartValue(start)
        move.setEndValue(end)
        move.setDuration(duration_ms)
        move.setEasingCurve(QEasingCurve.Type.OutCubic)
        return move

    def _finish_transition(self) -> None:
        """Jump any running transition to its end state and drop the page that was leaving."""
        animation, self._animation = self._animation, None
        if animation is not None:
            animation.finished.disconnect(self._finish_transition)
            animation.stop()
            animation.deleteLater()
        if self._page is not None:
            self._page.setGraphicsEffect(None)  # an idle opacity effect would still cost a render per paint
            self._page.move(0, 0)
        if self._leaving is not None:
            self._leaving.hide()
            self._leaving.deleteLater()
            self._leaving = None

    # --- overlays -----------------------------------------------------------------------------------------

    def _update_dots(self) -> None:
        show = self._takeover is None and len(self._playlist) > 1
        accent = QColor(self._current.accent) if self._current is not None else QColor(DEFAULT_ACCENT)
        self._dots.set_state(len(self._playlist) if show else 0, self._index, accent)
        self._dots.setVisible(show)

    def _place_overlays(self) -> None:
        m = Metrics(self.width(), self.height())
        dot = m.px(0.012)
        self._dots.setGeometry(0, self.height() - (m.bottom_band + dot) // 2, self.width(), dot)
        self._badge.setFont(font_px(self.font(), m.px(0.026), bold=True))
        self._badge.adjustSize()
        self._badge.move(self.width() - self._badge.width() - m.px(0.03), m.px(0.03))
        self._raise_overlays()

    def _raise_overlays(self) -> None:
        self._dots.raise_()
        self._badge.raise_()

    # --- Qt events ----------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS:
            self.sig_user_activity.emit()
            if event.type() == QEvent.Type.TouchBegin:
                event.accept()
                return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._finish_transition()
        if self._page is not None:
            self._page.setGeometry(self.rect())
        self._place_overlays()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)  # seen only with an empty playlist: plain paper, never garbage
        painter.fillRect(self.rect(), PAPER)
        painter.end()
