"""How long the GUI thread is blocked while a user walks through every view at demo scale.

A 5 ms heartbeat timer records the largest gap between its ticks while the main window opens each view in
turn and waits for the views' background loads; the baseline is the same heartbeat in an idle event loop.
Like a person, the walk starts after reading the first view for 3 s (the desk imports the other screens'
modules in the background meanwhile); the stall while that first view appears is measured too.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable

from console.bench.registry import BenchContext, Figure, figure


class _Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.max_gap_ms = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap_ms = max(self.max_gap_ms, (now - self._last) * 1000.0)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.max_gap_ms = 0.0
        self.timer.start()


def _spin(app, seconds: float, tasks=None) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or (tasks is not None and tasks.busy and time.perf_counter() < deadline + 30):
        app.processEvents()
        time.sleep(0.001)


@figure("responsiveness")
def responsiveness(ctx: BenchContext) -> Iterable[Figure]:
    """Longest GUI-thread stall while opening every view (target ≤ 100 ms) vs an idle event loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from console.app import make_application, team_name
    from console.change_bus import ChangeBus
    from console.commands.common import acting_user
    from console.context import AppContext
    from console.core.config import parse_database_url
    from console.core.db import open_database
    from console.core.demo.build import DemoSpec, build_demo
    from console.main_window import MainWindow
    from console.tasks import TaskRunner
    from console.ui_settings import UiSettings

    app = make_application("zh")
    url = ctx.db_url
    if url is None:
        url = f"sqlite:///{ctx.workdir / 'responsive.db'}"
        db = open_database(parse_database_url(url))
        build_demo(db, DemoSpec(customers=2000 if ctx.quick else 20_000))
    else:
        db = open_database(parse_database_url(url))
    beat = _Heartbeat()
    beat.start()
    _spin(app, 0.3 if ctx.quick else 1.0)
    idle = beat.max_gap_ms
    worst = 0.0
    per_view: dict[str, float] = {}
    for username in ("lead.east", "hall", "facilitator"):
        principal = acting_user(db, username)
        tasks = TaskRunner(app)
        settings = UiSettings(QSettings(str(ctx.workdir / f"{username}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(AppContext(db, principal, tasks, ChangeBus(app), settings, "zh"), team_name(db, principal))
        window.resize(1280, 800)
        beat.start()
        window.show()
        _spin(app, 3.0 if not ctx.quick else 0.5, tasks)
        per_view["first view"] = max(per_view.get("first view", 0.0), beat.max_gap_ms)
        for row in range(window.nav.count()):
            beat.start()
            window.nav.setCurrentRow(row)
            _spin(app, 0.3 if ctx.quick else 1.0, tasks)
            worst = max(worst, beat.max_gap_ms)
            key = window.current_view()
            per_view[key] = max(per_view.get(key, 0.0), beat.max_gap_ms)
        window.close()
        tasks.wait_all(30_000)
    beat.timer.stop()
    db.dispose()
    yield Figure("ui.max_stall_opening_views", worst, "ms", idle, "idle event loop heartbeat", "≤ 100 ms")
    for key, gap in sorted(per_view.items()):
        yield Figure(f"ui.stall.{key.replace(' ', '_')}", gap, "ms", idle, "idle event loop heartbeat", "≤ 100 ms")
