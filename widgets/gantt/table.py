"""The frozen left-hand table: one line per display line of the chart (group headers span all columns), columns
chosen by the caller. The model reads the state's rows by line and is asked only for the visible cells."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from widgets.gantt.data import FLAGS_COLUMN, LABEL_COLUMN, STATUS_COLUMN, GanttColumn
from widgets.gantt.glyphs import flags_of, paint_flag_badges
from widgets.gantt.palette import GROUP_BAND, GROUP_TEXT, HEADER_BG, SELECTED, STATUS_FILL, ZEBRA
from widgets.gantt.state import GanttState
from widgets.gantt.texts import flag_name, group_title, row_tooltip, status_name

FLAGS_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FLAGS = int(FLAGS_ROLE)
_SERVED = frozenset((_DISPLAY, _DECORATION, _TOOLTIP, _FONT, _BACKGROUND, _FOREGROUND, _FLAGS))
_GROUP_BAND, _GROUP_TEXT, _ZEBRA = QColor(GROUP_BAND), QColor(GROUP_TEXT), QColor(ZEBRA)
_STATUS_COLOURS = {s: QColor(c) for s, c in STATUS_FILL.items()}


class GanttTableModel(QAbstractTableModel):
    def __init__(self, state: GanttState, columns: Sequence[GanttColumn]) -> None:
        super().__init__()
        self.state = state
        self.columns = list(columns)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_columns(self, columns: Sequence[GanttColumn]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def line_changed(self, line: int) -> None:
        if 0 <= line < self.rowCount():
            self.dataChanged.emit(self.index(line, 0), self.index(line, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self.state.layout.n_lines

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every visible cell on each repaint: reject the roles served nowhere first, and
        # compare plain ints, not enum members (enum comparisons were most of the cost of a table repaint).
        role = int(role)
        if role not in _SERVED or not index.isValid():
            return None
        line = index.row()
        layout = self.state.layout
        if not 0 <= line < layout.n_lines:
            return None
        row_index = int(layout.line_row[line])
        if row_index < 0:
            return self._header_data(line, index.column(), role)
        return self._row_data(line, row_index, self.columns[index.column()].key, role)

    def _header_data(self, line: int, column: int, role: int) -> object:
        header = self.state.layout.headers.get(line)
        if header is None:
            return None
        if role == _DISPLAY:
            return group_title(header.value, header.count) if column == 0 else None
        if role == _FONT:
            return self._bold
        if role == _BACKGROUND:
            return _GROUP_BAND
        if role == _FOREGROUND:
            return _GROUP_TEXT
        return None

    def _row_data(self, line: int, row_index: int, key: str, role: int) -> object:
        if role == _BACKGROUND:
            return _ZEBRA if line % 2 else None
        row = self.state.arrays.rows[row_index]
        if role == _DISPLAY:
            if key == LABEL_COLUMN:
                return row.label
            if key == STATUS_COLUMN:
                return status_name(row.status)
            if key == FLAGS_COLUMN:
                return None
            return row.columns.get(key, "")
        if role == _DECORATION:
            return _STATUS_COLOURS[row.status] if key == STATUS_COLUMN else None
        if role == _FLAGS:
            return int(self.state.arrays.flags[row_index])
        if role == _TOOLTIP:
            if key == FLAGS_COLUMN:
                return "\n".join(flag_name(f) for f in flags_of(int(self.state.arrays.flags[row_index]))) or None
            return row_tooltip(row)
        return None


class FlagsDelegate(QStyledItemDelegate):
    """Paints the flag badges of a row in place of text."""

    def paint(self, painter: object, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        mask = index.data(FLAGS_ROLE)
        if mask:
            size = min(18.0, opt.rect.height() - 8.0)
            rect = QRectF(opt.rect).adjusted(4, 0, -2, 0)
            paint_flag_badges(painter, rect, int(mask), size)  # type: ignore[arg-type]


class GanttTable(QTableView):
    """Emits ``sig_line_activated`` on a click or on Enter. QTableView's own ``activated`` is not used: styles that
    activate on a single click would report one click twice."""

    sig_line_activated = Signal(int)

    def __init__(self, model: GanttTableModel, row_height: int, header_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._flags_delegate = FlagsDelegate(self)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The composite view owns the vertical scroll bar; both would otherwise eat height and break line sync.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setMinimumSectionSize(row_height)
        vh.setDefaultSectionSize(row_height)
        hh = self.horizontalHeader()
        hh.setFixedHeight(header_height)
        hh.setStretchLastSection(True)
        hh.setHighlightSections(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setStyleSheet(
            f"QTableView {{ selection-background-color: {SELECTED}; selection-color: #111111; }}"
            f"QHeaderView::section {{ background: {HEADER_BG}; border: none; border-bottom: 1px solid #BDBDBD;"
            " border-right: 1px solid #D6D6D6; padding-left: 6px; font-weight: bold; }"
        )
        model.modelReset.connect(self.apply_layout)
        self.clicked.connect(lambda index: self.sig_line_activated.emit(index.row()))
        self.apply_layout()

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        if ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_line_activated.emit(self.currentIndex().row())
            ev.accept()
            return
        super().keyPressEvent(ev)

    def apply_layout(self) -> None:
        """Column widths, the flags delegate and the spans of the group header lines."""
        model: GanttTableModel = self.model()  # type: ignore[assignment]
        for c in range(model.columnCount()):
            self.setItemDelegateForColumn(c, None)  # type: ignore[arg-type]
        for c, column in enumerate(model.columns):
            self.setColumnWidth(c, column.width)
            if column.key == FLAGS_COLUMN:
                self.setItemDelegateForColumn(c, self._flags_delegate)
        self.clearSpans()
        n = model.columnCount()
        if n > 1:
            for line in model.state.layout.headers:
                self.setSpan(line, 0, 1, n)

    def columns_width(self) -> int:
        model: GanttTableModel = self.model()  # type: ignore[assignment]
        return sum(c.width for c in model.columns)
