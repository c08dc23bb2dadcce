"""Portfolio at scale: opening, typing, sorting and memory of the real screen, each beside plain DBAPI reads.

Both sides run in fresh processes (the screen's figure includes importing it, as opening the view does; the
baseline's memory is that of holding the same rows as tuples). ``--bench-db URL`` uses an existing demo
database; otherwise one is built in the scratch directory (1,000,000 customers; 5,000 with ``--quick``).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Iterable
from typing import Any

from console.bench.registry import BenchContext, Figure, figure

USERS = (("admin", "all"), ("lead.east", None))  # every team (1M rows), and one team's portfolio


def _probe(*args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "console.bench.portfolio_probe", *args], capture_output=True,
                          text=True, env=env, timeout=1800, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"portfolio probe {args[0]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(lines[-1])


def _database(ctx: BenchContext) -> str:
    if ctx.db_url:
        return ctx.db_url
    from console.core.config import parse_database_url
    from console.core.db import open_database
    from console.core.demo.build import DemoSpec, build_demo

    url = f"sqlite:///{ctx.workdir / 'portfolio.db'}"
    db = open_database(parse_database_url(url))
    build_demo(db, DemoSpec(customers=5_000 if ctx.quick else 1_000_000))
    db.dispose()
    return url


def _team_of(url: str, user: str) -> str:
    from console.commands.common import acting_user
    from console.core.config import parse_database_url
    from console.core.db import open_database

    db = open_database(parse_database_url(url), migrate=False)
    try:
        team = acting_user(db, user).team_id
    finally:
        db.dispose()
    return "all" if team is None else str(team)


@figure("portfolio")
def portfolio(ctx: BenchContext) -> Iterable[Figure]:
    """Portfolio view on 1M customers: first rows, keystroke, sort, memory — beside plain DBAPI reads."""
    url = _database(ctx)
    users = USERS[:1] if ctx.quick else USERS
    for user, _ in users:
        team = _team_of(url, user)
        cold = _probe("view-cold", url, user)
        view = _probe("view", url, user)
        raw = _probe("raw", url, team)
        tag = f"portfolio[{user}, {view['rows']:,} rows]"
        yield Figure(f"{tag} first rows", view["first_rows_ms"], "ms", raw["first_rows_ms"],
                     "plain read of the same first rows", "≤ 300 ms")
        yield Figure(f"{tag} first rows, cold imports", cold["first_rows_ms"], "ms", raw["first_rows_ms"],
                     "plain read of the same first rows", "≤ 300 ms")
        yield Figure(f"{tag} whole portfolio", view["loaded_ms"], "ms", raw["all_rows_ms"],
                     "plain fetchall of the same rows", "")
        strokes = [k["ms"] for k in view["keystrokes"] if k["text"]]
        raw_search = [k["ms"] for k in raw["searches"]]
        yield Figure(f"{tag} keystroke (median)", statistics.median(strokes), "ms", statistics.median(raw_search),
                     "SQL substring search, same terms", "≤ 100 ms")
        yield Figure(f"{tag} keystroke (max)", max(strokes), "ms", max(raw_search),
                     "SQL substring search, same terms", "≤ 100 ms")
        for ours, theirs in zip(view["sorts"], raw["sorts"]):
            yield Figure(f"{tag} sort {ours['key']}{' desc' if ours['descending'] else ''}", ours["ms"], "ms",
                         theirs["ms"], "SQL ORDER BY, same rows", "≤ 500 ms")
        yield Figure(f"{tag} peak RSS", view["peak_rss_mb"], "MB", raw["peak_rss_mb"],
                     "plain fetchall of the same rows", "< 600 MB")
