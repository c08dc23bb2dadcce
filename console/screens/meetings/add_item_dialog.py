"""Adding an item by hand: a free topic, or a project of the team the rules did not pick (by application number)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class AddItemDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加议题"))
        self.topic = QLineEdit()
        self.topic.setMaxLength(200)
        self.topic.setPlaceholderText(self.tr("如：上周决议落实情况通报"))
        self.application_no = QLineEdit()
        self.application_no.setMaxLength(20)
        self.application_no.setPlaceholderText(self.tr("可选：本团队项目的申请编号"))
        hint = QLabel(self.tr("填写申请编号时，该项目的资料页也会印入会议资料。"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("议题"), self.topic)
        form.addRow(self.tr("申请编号"), self.application_no)
        form.addRow(hint)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[str, str]:
        return self.topic.text().strip(), self.application_no.text().strip()
