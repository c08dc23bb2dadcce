"""Small lists (alerts, history, readers, quarantine, count lines) on the same column table as the inventory."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from widgets.column_table import ColumnSpec, ColumnTableModel, ColumnTableView, RowStyle, sort_index


def list_table(specs: Sequence[ColumnSpec], parent: QWidget | None = None, status_key: str | None = None,
               row_styles: Mapping[Any, RowStyle] | None = None) -> tuple[ColumnTableView, ColumnTableModel]:
    view = ColumnTableView(parent)
    model = ColumnTableModel(specs, view, status_key=status_key, row_styles=row_styles)
    view.setModel(model)
    view.horizontalHeader().setStretchLastSection(True)

    def on_sort(key: str, order: Qt.SortOrder) -> None:
        model.set_view(sort_index(model.columns, key, order))

    view.sig_sort_requested.connect(on_sort)
    return view, model


def set_rows(model: ColumnTableModel, rows: Sequence[Mapping[str, Any]], ids: Sequence[Any],
             extra: Sequence[str] = ()) -> None:
    """Replace the model's data with ``rows`` (one mapping per row holding every column the model shows, and
    the ``extra`` columns such as the one that picks a row's colour)."""
    keys = [s.key for s in model.specs] + list(extra)
    columns = {}
    for key in dict.fromkeys(keys):
        column = np.empty(len(rows), dtype=object)
        column[:] = [row.get(key) for row in rows]
        columns[key] = column
    model.set_columns(columns, np.asarray(list(ids), dtype=object))
