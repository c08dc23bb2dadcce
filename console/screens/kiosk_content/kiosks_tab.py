"""Each hall kiosk's heartbeat: online or not, what it shows, its version; registering one; the admin PIN."""
from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.context import AppContext
from console.core.services.kiosk_manage import KioskContentService
from console.core.services.kiosk_monitor import HEARTBEAT_EVERY_S, KioskMonitorService, KioskStatus
from console.core.services.kiosk_records import hall_time
from console.dialogs import show_error


class RegisterDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记大厅终端"))
        self.name, self.place = QLineEdit(), QLineEdit()
        self.name.setMaxLength(40)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("横屏"), "landscape")
        self.orientation.addItem(self.tr("竖屏"), "portrait")
        form = QFormLayout(self)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("位置"), self.place)
        form.addRow(self.tr("方向"), self.orientation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class KiosksTab(QWidget):
    def __init__(self, ctx: AppContext, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tz = tz
        self.kiosks: tuple[KioskStatus, ...] = ()
        self.table = QTableWidget(0, 7)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.refresh_button, self.register_button, self.pin_button = QPushButton(), QPushButton(), QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        self.register_button.clicked.connect(self.on_register)
        self.pin_button.clicked.connect(self.on_set_pin)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        for b in (self.refresh_button, self.register_button, self.pin_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_EVERY_S * 1000)
        self._timer.timeout.connect(self.reload)
        self.retranslate()
        self.reload()

    def monitor(self) -> KioskMonitorService:
        return KioskMonitorService(self._ctx.session_factory, self._ctx.principal)

    def reload(self) -> None:
        self._ctx.tasks.run(self.monitor().kiosks, self.on_loaded, lambda e: show_error(self, e), key="kiosk-status")

    def on_loaded(self, kiosks: tuple[KioskStatus, ...]) -> None:
        self.kiosks = kiosks
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.kiosks))
        for row, k in enumerate(self.kiosks):
            beat = hall_time(k.last_heartbeat_at, self._tz).strftime("%Y-%m-%d %H:%M:%S") if k.last_heartbeat_at else "—"
            state = self.tr("在线") if k.online else self.tr("离线")
            cells = (k.name, k.place, self.tr("竖屏") if k.orientation == "portrait" else self.tr("横屏"), state, beat,
                     k.showing or "—", k.app_version or "—")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setForeground(QBrush(QColor("#00665e" if k.online else "#b00020")))
                self.table.setItem(row, col, item)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().showEvent(event)
        self._timer.start()
        self.reload()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)

    def on_register(self) -> None:
        dialog = RegisterDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            return
        name, place, orientation = dialog.name.text(), dialog.place.text(), dialog.orientation.currentData()
        monitor = self.monitor()
        self._ctx.tasks.run(lambda: monitor.register(name, place, orientation), lambda _id: self.reload(),
                            lambda e: show_error(self, e))

    def on_set_pin(self) -> None:
        pin, ok = QInputDialog.getText(self, self.tr("管理员 PIN"), self.tr("新的 PIN（4–8 位数字）："),
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return
        again, ok = QInputDialog.getText(self, self.tr("管理员 PIN"), self.tr("再输入一次："), QLineEdit.EchoMode.Password)
        if not ok:
            return
        if pin != again:
            QMessageBox.warning(self, self.tr("管理员 PIN"), self.tr("两次输入不一致，PIN 未更改。"))
            return
        service = KioskContentService(self._ctx.session_factory, self._ctx.principal)
        self._ctx.tasks.run(lambda: service.set_pin(pin.strip()),
                            lambda _r: QMessageBox.information(self, self.tr("管理员 PIN"),
                                                               self.tr("PIN 已更新，各终端约 1 分钟内生效。")),
                            lambda e: show_error(self, e))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("终端"), self.tr("位置"), self.tr("方向"), self.tr("状态"),
                                              self.tr("最后心跳"), self.tr("正在播放"), self.tr("版本")])
        self.note.setText(self.tr("终端每 %1 秒报一次心跳；连续 3 次未报即显示为离线。").replace("%1", str(HEARTBEAT_EVERY_S)))
        self.refresh_button.setText(self.tr("刷新"))
        self.register_button.setText(self.tr("登记终端…"))
        self.pin_button.setText(self.tr("设置管理员 PIN…"))
        if self.kiosks:
            self._fill()

