"""Gantt widget: build time and pan/zoom frame time, each beside a bare pyqtgraph plot (one BarGraphItem holding
the same number of rectangles) measured in the same run."""
from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Iterable
from datetime import date

from console.bench.registry import BenchContext, Figure, figure

TODAY = date(2024, 6, 3)
SIZE = (1280, 800)


def _app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def _frames(steps: list[Callable[[], object]]) -> float:
    """Median milliseconds of one step plus the event processing that repaints what it invalidated (offscreen,
    Qt paints the widgets that asked for an update while it processes the pending events)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return statistics.median(_ms(lambda s=s: (s(), QApplication.processEvents())) for s in steps)


def _bare_bars(rects: int, lines: int) -> dict[str, object]:
    """Coordinates of ``rects`` bars spread over ``lines`` rows and a year, for the baseline's BarGraphItem."""
    import numpy as np

    rng = np.random.default_rng(1)
    x0 = 19_700 + rng.uniform(0, 300, rects)
    y0 = rng.integers(0, lines, rects).astype(float)
    return {"x0": x0, "x1": x0 + rng.uniform(1, 20, rects), "y0": y0 + 0.2, "y1": y0 + 0.6, "pen": "k", "brush": "g"}


@figure("gantt")
def gantt(ctx: BenchContext) -> Iterable[Figure]:
    """Gantt of 10,000 projects × 6 stages: set_rows to first paint (≤ 1 s) and pan/zoom frames (≤ 30 ms)."""
    from PySide6.QtWidgets import QApplication

    _app()
    from widgets.gantt.demo import DEMO_COLUMNS, DEMO_GROUPS, demo_rows
    from widgets.gantt.layers import PAUSED, PLANNED, STATUSES, actual_key
    from widgets.gantt.view import GanttView
    from widgets.gantt.zoom import SCALE, ZoomLevel

    n = 300 if ctx.quick else 10_000
    frames = 6 if ctx.quick else 40
    rows = demo_rows(n, TODAY)

    view = GanttView(columns=DEMO_COLUMNS, group_options=DEMO_GROUPS, today=TODAY)
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()

    def build() -> None:
        view.set_rows(rows)
        view.set_group_by("manager")
        QApplication.processEvents()  # lays out and paints what changed, as the event loop would

    build_ms = _ms(build)
    layers = view.state.layers
    rects = len(layers[PLANNED]) + len(layers[PAUSED]) + sum(len(layers[actual_key(s)]) for s in STATUSES)

    import pyqtgraph as pg

    bars = _bare_bars(rects, view.state.layout.n_lines)
    plot = pg.PlotWidget()
    plot.resize(*SIZE)
    plot.show()
    QApplication.processEvents()
    item = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[])

    def bare_build() -> None:
        item.setOpts(**bars)
        plot.addItem(item)
        plot.setRange(xRange=(19_800, 19_880), yRange=(0, 22), padding=0)
        QApplication.processEvents()

    bare_build_ms = _ms(bare_build)

    chart = view.chart
    pans = [lambda d=(7 if i % 2 == 0 else -5): chart.pan_days(d) for i in range(frames)]
    # Wheel-sized steps (3 lines) down the chart: every few steps the drawn window of lines is reloaded.
    scrolls = [lambda: view.vbar.setValue(view.vbar.value() + 3 * view.row_height)] * frames
    levels = [SCALE[z] for z in ZoomLevel]
    zooms = [lambda i=i: chart.set_scale(levels[i % len(levels)]) for i in range(frames)]

    pan_ms = _frames(pans)
    scroll_ms = _frames(scrolls)
    zoom_ms = _frames(zooms)
    vb = plot.getPlotItem().vb
    bare_pan_ms = _frames([lambda d=(7 if i % 2 == 0 else -5): vb.translateBy(x=d) for i in range(frames)])
    bare_scroll_ms = _frames([lambda: vb.translateBy(y=3)] * frames)
    bare_zoom_ms = _frames([lambda i=i: vb.scaleBy(x=0.5 if i % 2 else 2.0) for i in range(frames)])

    row = rows[n // 2]
    update_ms = _frames([lambda: view.update_row(row.id, row)] * frames)
    bare_update_ms = _frames([lambda: item.setOpts(x0=bars["x0"], x1=bars["x1"])] * frames)
    view.close()
    plot.close()

    label = f"bare pyqtgraph, one BarGraphItem of {rects:,} rects"
    yield Figure("gantt.build_first_paint", build_ms, "ms", bare_build_ms, label, "≤ 1000 ms")
    yield Figure("gantt.pan_frame", pan_ms, "ms", bare_pan_ms, label, "≤ 30 ms")
    yield Figure("gantt.scroll_frame", scroll_ms, "ms", bare_scroll_ms, label, "≤ 30 ms")
    yield Figure("gantt.zoom_frame", zoom_ms, "ms", bare_zoom_ms, label, "≤ 30 ms")
    yield Figure("gantt.update_row", update_ms, "ms", bare_update_ms, label + " (setOpts + repaint of all)", "")
