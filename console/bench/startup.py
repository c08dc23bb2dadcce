"""Start-up: a fresh process to the first painted window, beside a bare PySide6 window in the same run."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable

from console.bench.registry import BenchContext, Figure, figure


def _time_probe(*args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "console.bench.startup_probe", *args], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "painted":
            elapsed = (time.perf_counter() - start) * 1000.0
            proc.wait(30)
            return elapsed
    proc.wait(30)
    raise RuntimeError(f"start-up probe {args} exited without painting (code {proc.returncode})")


@figure("startup")
def startup(ctx: BenchContext) -> Iterable[Figure]:
    """Cold start to the first painted window vs a bare PySide6 window (target ≤ 1.5×)."""
    from console.core.config import parse_database_url
    from console.core.db import open_database
    from console.core.demo.build import DemoSpec, build_demo

    url = f"sqlite:///{ctx.workdir / 'startup.db'}"
    db = open_database(parse_database_url(url))
    build_demo(db, DemoSpec(customers=500))
    db.dispose()
    runs = 2 if ctx.quick else 7
    bare, login, main = [], [], []
    _time_probe("bare")  # warm the OS file cache so the first measured run is not an outlier
    _time_probe("login")
    for _ in range(runs):  # interleaved so background load hits all three alike
        bare.append(_time_probe("bare"))
        login.append(_time_probe("login"))
        main.append(_time_probe("main", url))
    b = statistics.median(bare)
    yield Figure("startup.first_window", statistics.median(login), "ms", b, "bare PySide6 window", "≤ 1.5×")
    yield Figure("startup.main_window", statistics.median(main), "ms", b, "bare PySide6 window", "")
