"""The agenda as a table: position, the 上会 check box, project, reasons, presenter, plan date.

The model holds the rows the service returned and never writes: ticking a box or dropping a row emits a signal
named for what the user asked (``sig_include_requested``, ``sig_order_requested``); the screen saves it through
the service and reloads. Drag-and-drop moves whole rows within the table only.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from console.core.rules.agenda import ReasonKind
from console.core.services.meeting_data import AgendaRow

MIME = "application/x-sunshine-agenda-rows"
Index = QModelIndex | QPersistentModelIndex
COL_POS, COL_INCLUDED, COL_APP, COL_CUSTOMER, COL_TOPIC, COL_PRESENTER, COL_PLAN = range(7)
_URGENT = {ReasonKind.POWER_ON_PLAN: "#1d4e89", ReasonKind.OVERDUE: "#c62828", ReasonKind.OPINION_RISK: "#c62828",
           ReasonKind.BLOCKED: "#6a1b9a", ReasonKind.AT_RISK: "#b26a00"}


class AgendaModel(QAbstractTableModel):
    sig_include_requested = Signal(int, bool, int)  # item id, included, version
    sig_order_requested = Signal(list)  # item ids in the new order

    def __init__(self, lang: str = "zh", parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[AgendaRow] = []
        self._lang = lang
        self.editable = True

    def headers(self) -> list[str]:
        return [self.tr("序号"), self.tr("上会"), self.tr("申请编号"), self.tr("客户"), self.tr("议题 / 上会原因"),
                self.tr("汇报人"), self.tr("计划送电")]

    def set_rows(self, rows: Sequence[AgendaRow], editable: bool = True) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.editable = editable
        self.endResetModel()

    def row_at(self, row: int) -> AgendaRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def item_ids(self) -> list[int]:
        return [r.item_id for r in self._rows]

    # -- table --------------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_INCLUDED:
            return Qt.CheckState.Checked if r.included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TOPIC:
            return "\n".join(x.text(self._lang) for x in r.reasons) or r.title
        if role == Qt.ItemDataRole.ForegroundRole:
            if not r.included:
                return QBrush(QColor("#9aa5b1"))
            colour = _URGENT.get(r.reasons[0].kind) if (col == COL_TOPIC and r.reasons) else None
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_POS, COL_PLAN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, r: AgendaRow, col: int) -> str | None:
        if col == COL_POS:
            return str(r.position)
        if col == COL_APP:
            return r.application_no or self.tr("（自定议题）")
        if col == COL_CUSTOMER:
            return r.customer_name
        if col == COL_TOPIC:
            return r.topic(self._lang)
        if col == COL_PRESENTER:
            return r.presenter
        if col == COL_PLAN:
            if r.power_on_plan_date is None:
                return ""
            mark = self.tr("（已确认）") if r.power_on_plan_confirmed else ""
            return r.power_on_plan_date.isoformat() + mark
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self.editable else base
        if not self.editable:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == COL_INCLUDED:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_INCLUDED or not self.editable:
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if wanted != r.included:
            self.sig_include_requested.emit(r.item_id, wanted, r.version)
        return True

    # -- drag and drop ------------------------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self.editable and data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moved = [int(x) for x in bytes(data.data(MIME).data()).decode().split(",") if x]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        order = moved_order(self.item_ids(), moved, target)
        if order != self.item_ids():
            self.sig_order_requested.emit(order)
        return False  # the view must not delete the dragged rows: the reload after saving redraws the table


def moved_order(ids: list[int], rows: list[int], target: int) -> list[int]:
    """``ids`` with the items at ``rows`` moved, in their order, to sit before position ``target``."""
    picked = [ids[r] for r in rows if 0 <= r < len(ids)]
    before = sum(1 for r in rows if r < target)
    rest = [i for i in ids if i not in picked]
    at = max(0, min(len(rest), target - before))
    return rest[:at] + picked + rest[at:]
