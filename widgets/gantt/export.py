"""Whole-chart image export: every line and the full time span, not just what is scrolled into view.

A hidden :class:`GanttView` of the full height is laid out and grabbed, so the image is drawn by the very items
the screen uses. Very long charts belong in the tiled PDF (``reports.gantt_pdf``); the image height is capped.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from widgets.gantt.data import GanttColumn, ProjectRow
from widgets.gantt.view import GanttView

MAX_HEIGHT = 32_000  # pixels; beyond this the image is unwieldy and the PDF reads better
MIN_CHART_WIDTH = 200
MARGIN_DAYS_FRACTION = 0.02


def render_image(
    rows: Sequence[ProjectRow],
    width: int,
    *,
    columns: Sequence[GanttColumn] | None = None,
    group_by: str | None = None,
    mask: np.ndarray | None = None,
    today: date | None = None,
    row_height: int = 32,
    header_height: int = 48,
) -> QImage:
    """The whole chart of ``rows`` as an image ``width`` pixels wide, the time span fitted to the width."""
    view = GanttView(
        columns=columns, today=today, row_height=row_height, header_height=header_height,
        editable=False, show_toolbar=False,
    )
    try:
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.vbar.hide()
        view.set_rows(rows, mask)
        view.set_group_by(group_by)
        table_width = view.table.columns_width()
        if width < table_width + MIN_CHART_WIDTH:
            raise ValueError(f"width {width} leaves no room for the chart beside a {table_width}px table")
        legend_height = view.legend.needed_height(width)
        height = header_height + view.state.layout.n_lines * row_height + legend_height
        if height > MAX_HEIGHT:
            raise ValueError(f"{height}px tall: too many lines for one image, use the PDF export")
        view.resize(width, height)
        view.show()
        view.splitter.setSizes([table_width, width - table_width])
        QApplication.processEvents()
        first, last = view.state.arrays.x_extent(view.state.today_x)
        margin = max(1.0, (last - first) * MARGIN_DAYS_FRACTION)
        view.chart.show_days(first - margin, last + margin)
        QApplication.processEvents()
        return view.grab().toImage()
    finally:
        view.close()
        view.deleteLater()


def export_png(view: GanttView, path: str | Path, width: int) -> QImage:
    """Save the whole chart shown by ``view`` (its rows, filter, grouping and columns) as a PNG."""
    image = render_image(
        view.rows(),
        width,
        columns=view.model.columns,
        group_by=view.state.group_by,
        mask=view.state.mask,
        today=view.today(),
        row_height=view.row_height,
        header_height=view.header_height,
    )
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return image
