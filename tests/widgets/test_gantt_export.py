"""Whole-chart PNG export: every line and the full time span at the width asked for."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from widgets.gantt import GanttView
from widgets.gantt.data import Status
from widgets.gantt.demo import DEMO_COLUMNS, demo_rows
from widgets.gantt.export import export_png, render_image
from widgets.gantt.palette import STATUS_FILL

TODAY = date(2024, 6, 3)


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return raw.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3]


def _has_colour(px: np.ndarray, hex_colour: str) -> bool:
    c = QColor(hex_colour)
    bgr = np.array([c.blue(), c.green(), c.red()], np.uint8)
    return bool(np.all(px == bgr, axis=2).any())


def test_render_covers_every_line_at_the_given_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = demo_rows(80, TODAY)
    image = render_image(rows, 1500, columns=DEMO_COLUMNS, group_by="manager", today=TODAY)
    managers = {r.groups["manager"] for r in rows}
    assert image.width() == 1500
    lines = 80 + len(managers)
    assert image.height() >= 48 + lines * 32  # header + every line (+ the legend)
    assert image.height() <= 48 + lines * 32 + 80
    px = _pixels(image)
    packed = (px[..., 0].astype(np.uint32) << 16) | (px[..., 1].astype(np.uint32) << 8) | px[..., 2]
    assert np.unique(packed).size > 50  # drawn, not blank
    for status in (Status.ON_TIME, Status.OVERDUE, Status.DONE):
        assert _has_colour(px, STATUS_FILL[status]), status
    # The last line is drawn too (the view was not just the first screenful): bars in the bottom rows.
    bottom_chart = px[-(32 * 3 + 60) : -60, 600:]
    assert (bottom_chart != 255).any()


def test_export_png_from_a_live_view(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = GanttView(today=TODAY)
    qtbot.addWidget(view)
    view.set_rows(demo_rows(30, TODAY))
    mask = np.zeros(30, bool)
    mask[:10] = True
    view.set_filter(mask)
    out = tmp_path / "gantt.png"
    image = export_png(view, out, 1200)
    loaded = QImage(str(out))
    assert (loaded.width(), loaded.height()) == (image.width(), image.height()) == (1200, image.height())
    assert 48 + 10 * 32 <= loaded.height() <= 48 + 10 * 32 + 80


def test_too_narrow_or_too_tall_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = demo_rows(20, TODAY)
    with pytest.raises(ValueError):
        render_image(rows, 300, columns=DEMO_COLUMNS, today=TODAY)
    with pytest.raises(ValueError):
        render_image(rows, 1200, today=TODAY, row_height=2000)
