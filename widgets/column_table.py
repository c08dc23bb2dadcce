"""A table for a million rows: a Qt model over column arrays plus the view configured to stay fast.

The model never sorts or filters by itself. Sorting and searching are numpy/pandas work on whole columns
(:func:`sort_index`, :func:`filter_mask`, :func:`apply_mask`) or a database query, chosen by the caller; the
model only shows the resulting row permutation (:meth:`ColumnTableModel.set_view`). ``data()`` is O(1) per
cell because the view asks only for the cells on screen (shared/engineering.md: QSortFilterProxyModel over a
Python model took 27 s to sort 100k rows; numpy argsort takes 155 ms for 1M).

Typical use::

    model = ColumnTableModel([ColumnSpec("name", "客户名称"), ColumnSpec("kva", "容量", "float")])
    model.set_columns({"name": names, "kva": kva}, row_ids=ids)
    view = ColumnTableView(); view.setModel(model)
    view.sig_sort_requested.connect(lambda key, order: model.set_view(sort_index(model.columns, key, order)))
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from widgets.column_ops import Columns, apply_mask, as_array, chinese_collator, filter_mask, sort_index

# The column helpers are part of this module's API (``from widgets.column_table import sort_index``).
__all__ = [
    "ColumnKind", "ColumnSpec", "ColumnTableModel", "ColumnTableView", "Columns", "RowStyle",
    "apply_mask", "chinese_collator", "filter_mask", "is_missing", "sort_index",
]

ColumnKind = Literal["text", "int", "float", "date", "bool"]

_ANY_INDEX = QModelIndex | QPersistentModelIndex

_DEFAULT_ALIGN: dict[str, Qt.AlignmentFlag] = {
    "text": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "int": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "float": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "date": Qt.AlignmentFlag.AlignCenter,
    "bool": Qt.AlignmentFlag.AlignCenter,
}


@dataclass(frozen=True)
class ColumnSpec:
    """One visible column. ``formatter`` turns a raw cell value (never missing) into display text."""

    key: str
    title: str
    kind: ColumnKind = "text"
    width: int = 120
    align: Qt.AlignmentFlag | None = None
    formatter: Callable[[Any], str] | None = None


@dataclass(frozen=True)
class RowStyle:
    """Colours for rows whose status column holds a given value (hex strings such as ``"#b00020"``)."""

    foreground: str | None = None
    background: str | None = None


def is_missing(value: Any) -> bool:
    """None, NaN, NaT and pandas NA count as missing (shown empty, sorted last).

    Checked without pandas (importing it costs ~0.5 s, and ``pd.isna`` per cell is slow): missing values are the
    ones that are not equal to themselves, or pandas' NA whose comparison cannot be made a bool."""
    if value is None:
        return True
    if isinstance(value, str):
        return False
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return type(value).__name__ == "NAType"


class ColumnTableModel(QAbstractTableModel):
    """Read-only table model over column arrays and a visible-row permutation.

    ``status_key`` names a column (displayed or not) whose per-row value picks a :class:`RowStyle` from
    ``row_styles`` for the Foreground/Background roles. ``Qt.UserRole`` returns the row id.
    A failure while rendering a cell leaves that cell empty, sets :attr:`error_text` and emits
    ``sig_error_occurred`` once per data set, outside the paint that hit it.
    """

    sig_error_occurred = Signal(str)

    def __init__(
        self,
        specs: Sequence[ColumnSpec],
        parent: QObject | None = None,
        status_key: str | None = None,
        row_styles: Mapping[Any, RowStyle] | None = None,
    ) -> None:
        super().__init__(parent)
        self._specs: tuple[ColumnSpec, ...] = tuple(specs)
        self._status_key = status_key
        self._styles = {
            value: (QColor(s.foreground) if s.foreground else None, QColor(s.background) if s.background else None)
            for value, s in (row_styles or {}).items()
        }
        self._columns: dict[str, np.ndarray] = {}
        self._ids: np.ndarray = np.empty(0, dtype=np.int64)
        self._view: np.ndarray = np.empty(0, dtype=np.int64)
        self.error_text: str | None = None
        self._yes, self._no = self.tr("是"), self.tr("否")

    # --- data in ------------------------------------------------------------------------------------------

    @property
    def specs(self) -> tuple[ColumnSpec, ...]:
        return self._specs

    @property
    def columns(self) -> dict[str, np.ndarray]:
        """The column arrays as set (pass these to :func:`sort_index` / :func:`filter_mask`)."""
        return self._columns

    @property
    def row_ids(self) -> np.ndarray:
        return self._ids

    @property
    def view_index(self) -> np.ndarray:
        """Source row of each visible row."""
        return self._view

    def set_columns(self, columns: Columns, row_ids: Any) -> None:
        """Replace all data (model reset); the view shows every row in source order."""
        ids = np.asarray(row_ids)
        arrays = {key: as_array(values) for key, values in columns.items()}
        needed = [s.key for s in self._specs] + ([self._status_key] if self._status_key else [])
        missing = [k for k in needed if k not in arrays]
        if missing:
            raise KeyError(f"columns missing: {missing}")
        bad = {k: len(a) for k, a in arrays.items() if len(a) != len(ids)}
        if bad:
            raise ValueError(f"column lengths {bad} differ from {len(ids)} row ids")
        self.beginResetModel()
        self._columns, self._ids = arrays, ids
        self._view = np.arange(len(ids), dtype=np.int64)
        self.error_text = None
        self.endResetModel()

    def set_view(self, index: Any) -> None:
        """Show these source rows in this order.

        A same-length permutation (a sort) is a layout change, so selection and current row follow their
        rows; a different length (a filter) is a model reset, which the view answers by asking only for
        the visible cells again.
        """
        new = np.asarray(index, dtype=np.int64)
        if new.size and (new.min() < 0 or new.max() >= len(self._ids)):
            raise IndexError("view index out of range")
        if len(new) != len(self._view):
            self.beginResetModel()
            self._view = new
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        if old_persistent:
            position = np.full(len(self._ids), -1, dtype=np.int64)
            position[new] = np.arange(len(new))
            moved = []
            for p in old_persistent:
                row = int(position[self._view[p.row()]])
                moved.append(self.index(row, p.column()) if row >= 0 else QModelIndex())
            self._view = new
            self.changePersistentIndexList(old_persistent, moved)
        else:
            self._view = new
        self.layoutChanged.emit()

    def row_id_at(self, row: int) -> Any:
        """Row id shown at visible ``row`` (Python scalar), or None when out of range."""
        if not 0 <= row < len(self._view):
            return None
        return _py(self._ids[self._view[row]])

    # --- Qt model interface -------------------------------------------------------------------------------

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._specs)

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), index.column()
        if not index.isValid() or not (0 <= row < len(self._view) and 0 <= col < len(self._specs)):
            return None
        try:
            return self._data(self._view[row], col, role)
        except Exception as exc:  # noqa: BLE001 - data() must never raise into Qt's paint loop
            self._report_error(f"{self._specs[col].key}[{row}]: {exc!r}")
            return None

    def _data(self, src: int, col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            spec = self._specs[col]
            return self._display(spec, self._columns[spec.key][src])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            spec = self._specs[col]
            return spec.align if spec.align is not None else _DEFAULT_ALIGN[spec.kind]
        if role == Qt.ItemDataRole.UserRole:
            return _py(self._ids[src])
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) and self._status_key:
            style = self._styles.get(_py(self._columns[self._status_key][src]))
            if style is not None:
                return style[0] if role == Qt.ItemDataRole.ForegroundRole else style[1]
        return None

    def _display(self, spec: ColumnSpec, value: Any) -> str:
        if is_missing(value):
            return ""
        if spec.formatter is not None:
            return spec.formatter(value)
        if spec.kind == "int":
            return str(int(value))
        if spec.kind == "float":
            return f"{float(value):,.2f}"
        if spec.kind == "bool":
            return self._yes if bool(value) else self._no
        if spec.kind == "date":
            return _date_text(value)
        return str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._specs[section].title if 0 <= section < len(self._specs) else None
        return str(section + 1) if 0 <= section < len(self._view) else None

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _report_error(self, text: str) -> None:
        if self.error_text is None:
            self.error_text = text
            # Emitting from inside data() would re-enter whatever slot repaints us; defer to the event loop.
            QTimer.singleShot(0, lambda: self.sig_error_occurred.emit(text))


def _py(value: Any) -> Any:
    """numpy scalars to Python scalars, which Qt's variant conversion understands."""
    return value.item() if isinstance(value, np.generic) else value


def _date_text(value: Any) -> str:
    if isinstance(value, np.datetime64):
        return str(value.astype("datetime64[D]"))
    if isinstance(value, dt.datetime):  # pandas Timestamp too
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# --- view -------------------------------------------------------------------------------------------------

class ColumnTableView(QTableView):
    """QTableView set up for huge models: fixed row height, no content-based sizing, header-driven sorting.

    Clicking a header flips its sort indicator and emits ``sig_sort_requested(key, Qt.SortOrder)``; the
    caller sorts (arrays or database) and calls ``model.set_view``. Double click or Enter emits
    ``sig_row_activated(row_id)``.
    """

    sig_sort_requested = Signal(str, object)  # column key, Qt.SortOrder
    sig_row_activated = Signal(object)  # row id

    def __init__(self, parent: QWidget | None = None, row_height: int | None = None) -> None:
        super().__init__(parent)
        vertical = self.verticalHeader()
        # Fixed sections: the view never measures rows, so a 1M-row model costs nothing to lay out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(row_height or self.fontMetrics().height() + 10)
        vertical.setVisible(False)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.sectionClicked.connect(self._on_section_clicked)
        self.setSortingEnabled(False)  # the caller sorts; the header only asks
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.doubleClicked.connect(self._on_double_clicked)

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if isinstance(model, ColumnTableModel):
            for col, spec in enumerate(model.specs):
                self.setColumnWidth(col, spec.width)

    def set_sort_indicator(self, key: str | None, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show which column the data is sorted by (no signal); None clears the indicator."""
        col = self._column_of(key) if key is not None else -1
        self.horizontalHeader().blockSignals(True)
        self.horizontalHeader().setSortIndicator(col, order)
        self.horizontalHeader().blockSignals(False)

    def selected_row_ids(self) -> list[Any]:
        model = self.model()
        if not isinstance(model, ColumnTableModel):
            return []
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [model.row_id_at(r) for r in rows]

    def header_state(self) -> bytes:
        """Column widths, order and sort indicator, for the caller's settings store."""
        return bytes(self.horizontalHeader().saveState().data())

    def restore_header_state(self, state: bytes) -> bool:
        """Restore :meth:`header_state` output (after setModel); False when the state does not fit."""
        return bool(self.horizontalHeader().restoreState(QByteArray(state)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit_activated(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._emit_activated(index.row())

    def _emit_activated(self, row: int) -> None:
        model = self.model()
        if isinstance(model, ColumnTableModel):
            row_id = model.row_id_at(row)
            if row_id is not None:
                self.sig_row_activated.emit(row_id)

    def _on_section_clicked(self, section: int) -> None:
        model = self.model()
        if isinstance(model, ColumnTableModel) and 0 <= section < len(model.specs):
            # QHeaderView has already flipped the indicator when this signal arrives.
            self.sig_sort_requested.emit(model.specs[section].key, self.horizontalHeader().sortIndicatorOrder())

    def _column_of(self, key: str) -> int:
        model = self.model()
        if isinstance(model, ColumnTableModel):
            for col, spec in enumerate(model.specs):
                if spec.key == key:
                    return col
        return -1
