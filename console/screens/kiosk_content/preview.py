"""Preview of kiosk content exactly as a hall screen shows it: the kiosk's own player and slide conversion,
rendered at the kiosk's full resolution (1920×1080 or 1080×1920) and scaled down to fit the desk."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timezone, tzinfo

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from console.core.services.kiosk_records import BoardLine, ContentRecord, hall_time, playlist_now
from console.screens.kiosk_mode.slides import prepare_player, slide_of, slide_set
from widgets.kiosk_player import KioskPlayer
from widgets.kiosk_slides import Slide

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
ITEM, LOOP = "item", "loop"


class PreviewPane(QWidget):
    def __init__(self, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._records: tuple[ContentRecord, ...] = ()
        self._board: tuple[BoardLine, ...] = ()
        self._current: ContentRecord | None = None
        self.orientation = QComboBox()
        self.mode = QComboBox()
        self.language = QComboBox()
        for combo, keys in ((self.orientation, SIZES), (self.mode, (ITEM, LOOP)), (self.language, ("zh", "en"))):
            for key in keys:
                combo.addItem("", key)
            combo.currentIndexChanged.connect(self.refresh)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.on_next)
        controls = QGridLayout()  # two rows: the pane must fit beside the list and the form on a 1280 desk
        controls.addWidget(self.mode, 0, 0, 1, 3)
        controls.addWidget(self.orientation, 1, 0)
        controls.addWidget(self.language, 1, 1)
        controls.addWidget(self.next_button, 1, 2)
        self.screen = QLabel()
        self.screen.setObjectName("kioskPreview")
        self.screen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screen.setMinimumSize(240, 240)
        self.screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.screen.setStyleSheet("QLabel#kioskPreview { background: #2b3137; }")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.screen, 1)
        layout.addWidget(self.caption)
        # The kiosk's own player, never on screen: shown off-screen at full size so it lays out like the real one.
        self.player = prepare_player(KioskPlayer(transition_ms=0))
        self.player.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.player.sig_slide_shown.connect(self._on_slide_shown)
        self.destroyed.connect(self.player.deleteLater)
        self._frame = QPixmap()
        self.retranslate()

    def set_content(self, records: Sequence[ContentRecord], board: Sequence[BoardLine]) -> None:
        self._records, self._board = tuple(records), tuple(board)
        self.refresh()

    def set_current(self, record: ContentRecord | None) -> None:
        self._current = record
        self.refresh()

    def _slides(self) -> tuple[tuple[Slide, ...], Slide | None]:
        lang = self.language.currentData()
        orientation = self.orientation.currentData()
        now = hall_time(datetime.now(timezone.utc), self._tz)
        if self.mode.currentData() == ITEM:
            if self._current is None:
                return (), None
            return (slide_of(self._current, lang, self._board, now.date()),), None
        # The hall's playlist now, with the record being edited as if it were already published.
        records = [r for r in self._records if r.published and (self._current is None or r.id != self._current.id)]
        if self._current is not None:
            records.append(replace(self._current, published=True))
        current = playlist_now(records, now, orientation, self._tz)
        if not current.playlist.items_in_order and current.playlist.takeover is None:
            return (), None
        slides = slide_set(current, lang, self._board, now.date())
        return slides.loop, slides.takeover

    def refresh(self) -> None:
        width, height = SIZES[self.orientation.currentData()]
        self.player.resize(width, height)
        if self.isVisible() and not self.player.isVisible():
            self.player.show()
        loop, takeover = self._slides()
        self.player.end_takeover()
        self.player.set_playlist(loop)
        if takeover is not None:
            self.player.takeover(takeover)
        if not loop and takeover is None:
            self.caption.setText(self.tr("此时此屏没有可播放的内容（未生效、已过期、不在排期时段或不适用此方向）。")
                                 if self.mode.currentData() == LOOP else self.tr("请先在左侧选择或新建一条内容。"))
        self._grab()

    def on_next(self) -> None:
        self.player.advance()

    def _on_slide_shown(self, slide_id: str, _at: object) -> None:
        QTimer.singleShot(0, self._grab)

    def _grab(self) -> None:
        if self.player.current_page is None:
            self._frame = QPixmap()
            self.screen.clear()
            return
        self._frame = self.player.grab()
        self._show_frame()
        loop = self.player.playlist
        title = next((s.title for s in loop if s.id == self.player.current_slide_id), "")
        if self.player.in_takeover:
            text = self.tr("优先插播中：%1").replace("%1", title)
        else:
            text = self.tr("第 %1 / %2 张：%3").replace("%1", str(self.player.position + 1)) \
                .replace("%2", str(len(loop))).replace("%3", title)
        current = self._current
        if self.mode.currentData() == LOOP and current is not None and current.id and \
                str(current.id) not in {s.id for s in loop} | {self.player.current_slide_id}:
            text += "\n" + self.tr("本条此刻不播放（有效期、排期或屏幕方向之外）。")
        self.caption.setText(text)

    def _show_frame(self) -> None:
        if not self._frame.isNull():
            self.screen.setPixmap(self._frame.scaled(self.screen.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))

    def frame(self) -> QPixmap:
        """The last full-resolution frame (what the kiosk shows)."""
        return self._frame

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().showEvent(event)
        self.player.set_paused(False)
        if not self.player.isVisible():
            self.player.show()
            self.refresh()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        self.player.set_paused(True)
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._show_frame()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for combo, texts in (
            (self.orientation, (self.tr("横屏 1920×1080"), self.tr("竖屏 1080×1920"))),
            (self.mode, (self.tr("预览本条"), self.tr("预览大厅播放列表（含本条）"))),
            (self.language, (self.tr("中文内容"), self.tr("英文内容"))),
        ):
            for i, text in enumerate(texts):
                combo.setItemText(i, text)
        self.next_button.setText(self.tr("下一张"))
