"""The hall staff's screen (大厅屏内容): content and schedules with a kiosk preview, kiosk heartbeats, proof of play.

Tabs are built when first opened; ``show_subview`` ("content", "kiosks", "plays", "portrait") lets
``sunshine-console shot --view kiosk-content:plays`` render each.
"""
from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from console.context import AppContext
from console.core.security import Permission, require


class KioskContentScreen(QWidget):
    def __init__(self, ctx: AppContext, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        require(ctx.principal, Permission.MANAGE_KIOSK)
        self._ctx = ctx
        self._tz = tz
        self.tabs = QTabWidget()
        self._pages: dict[str, QWidget | None] = {"content": None, "kiosks": None, "plays": None}
        for _ in self._pages:
            self.tabs.addTab(QWidget(), "")
        self.tabs.currentChanged.connect(self._ensure)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()
        self._ensure(0)

    def page(self, key: str) -> QWidget:
        self._ensure(list(self._pages).index(key))
        page = self._pages[key]
        assert page is not None
        return page

    def _ensure(self, index: int) -> None:
        key = list(self._pages)[index]
        if self._pages[key] is not None:
            return
        if key == "content":
            from console.screens.kiosk_content.content_tab import ContentTab

            page: QWidget = ContentTab(self._ctx, self._tz)
        elif key == "kiosks":
            from console.screens.kiosk_content.kiosks_tab import KiosksTab

            page = KiosksTab(self._ctx, self._tz)
        else:
            from console.screens.kiosk_content.plays_tab import PlaysTab

            page = PlaysTab(self._ctx, self._tz)
        self._pages[key] = page
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, "")
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.retranslate()

    def show_subview(self, name: str) -> None:
        if name == "portrait":
            content = self.page("content")
            self.tabs.setCurrentWidget(content)
            content.preview.orientation.setCurrentIndex(1)  # type: ignore[attr-defined]
            return
        if name in self._pages:
            self.tabs.setCurrentWidget(self.page(name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("内容编排"), self.tr("终端状态"), self.tr("播放记录"))):
            self.tabs.setTabText(i, text)
