"""Measured in a fresh process for ``bench portfolio``; prints one JSON line.

``python -m console.bench.portfolio_probe view URL USER``: open the portfolio screen (its modules imported first),
time the first painted rows, the whole load, keystrokes and header sorts, and the peak memory.
``… view-cold URL USER``: the same opening paying for the imports too (first figures only).
``python -m console.bench.portfolio_probe raw URL TEAM_ID|all``: the baseline — plain DBAPI reads of the same
rows (first rows, all rows, each search and sort), and the peak memory of holding all rows as tuples.
"""
from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

SEARCHES = ("张", "张伟", "解", "解放", "解放路", "3", "31", "3100", "310001", "3100012")
SORTS = (("last_contact_on", True), ("capacity_kva", True), ("manager", False), ("segment", False),
         ("name", False), ("account_no", True))
SORT_SQL = {"last_contact_on": "last_contact_on", "capacity_kva": "capacity_kva", "manager": "manager_id",
            "segment": "segment", "name": "name", "account_no": "account_no"}
COLUMNS_SQL = ("id, account_no, name, address, segment, key_grade, voltage_level, industry, capacity_kva, team_id, "
               "manager_id, last_contact_on, open_projects, complaints_open, flags")


def peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def _wait(app: Any, done: Any, timeout_s: float = 120.0) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    if not done():
        raise TimeoutError("portfolio probe timed out")


def view(url: str, user: str, warm: bool) -> dict[str, Any]:
    """One opening of the screen in this process; ``warm``: its modules are imported before the clock starts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from console.change_bus import ChangeBus
    from console.commands.common import acting_user
    from console.context import AppContext
    from console.core.config import parse_database_url
    from console.core.db import open_database
    from console.tasks import TaskRunner
    from console.ui_settings import UiSettings

    db = open_database(parse_database_url(url))
    settings = UiSettings(QSettings(os.path.join(os.environ.get("TMPDIR", "/tmp"), f"pf-bench-{os.getpid()}.ini"),
                                    QSettings.Format.IniFormat))
    ctx = AppContext(db, acting_user(db, user), TaskRunner(app), ChangeBus(app), settings, "zh")
    if warm:
        import console.screens.portfolio.screen  # noqa: F401
    out: dict[str, Any] = {"rss_before_mb": rss_mb()}
    state: dict[str, float | None] = {"first": None}
    started = time.perf_counter()
    from console.screens.portfolio.screen import PortfolioScreen

    screen = PortfolioScreen(ctx)
    screen.resize(1110, 740)
    screen.sig_page_shown.connect(lambda _n: state.__setitem__("first", state["first"] or time.perf_counter()))
    screen.show()
    _wait(app, lambda: state["first"] is not None)
    screen.view.viewport().repaint()
    out["first_rows_ms"] = (time.perf_counter() - started) * 1000.0
    _wait(app, lambda: screen.portfolio is not None and screen.model is not None
          and screen.model.rowCount() == screen.portfolio.frame.live_count)
    screen.view.viewport().repaint()
    out["loaded_ms"] = (time.perf_counter() - started) * 1000.0
    out["rows"] = screen.portfolio.frame.live_count
    if warm:
        _wait(app, lambda: not ctx.tasks.busy)  # name keys prepared in the background after the load
        out["keystrokes"] = _keystrokes(app, screen)
        out["sorts"] = _sorts(app, screen)
        out["frame_mb"] = screen.portfolio.frame.nbytes() / 1e6
    out["rss_mb"] = rss_mb()
    out["peak_rss_mb"] = peak_rss_mb()
    db.dispose()
    return out


def _page(app: Any, screen: Any, action: Any) -> float:
    state = {"done": False}

    def mark(_n: int) -> None:
        state["done"] = True

    screen.sig_page_shown.connect(mark)
    started = time.perf_counter()
    action()
    _wait(app, lambda: state["done"])
    screen.view.viewport().repaint()
    elapsed = (time.perf_counter() - started) * 1000.0
    screen.sig_page_shown.disconnect(mark)
    return elapsed


def _keystrokes(app: Any, screen: Any) -> list[dict[str, Any]]:
    out = []
    previous = ""
    for text in SEARCHES:
        if not text.startswith(previous):
            out.append({"text": "", "ms": _page(app, screen, screen.search.clear), "rows": screen.model.rowCount()})
            previous = ""
        added = text[len(previous):]
        ms = _page(app, screen, lambda a=added: screen.search.insert(a))
        out.append({"text": text, "ms": ms, "rows": screen.model.rowCount()})
        previous = text
    out.append({"text": "", "ms": _page(app, screen, screen.search.clear), "rows": screen.model.rowCount()})
    return out


def _sorts(app: Any, screen: Any) -> list[dict[str, Any]]:
    from PySide6.QtCore import Qt

    from console.screens.portfolio import table

    out = []
    for key, descending in SORTS:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        ms = _page(app, screen, lambda k=key, o=order: screen.on_sort_requested(table.column_key_of(k), o))
        out.append({"key": key, "descending": descending, "ms": ms})
    return out


def raw(url: str, team: str) -> dict[str, Any]:
    """Plain DBAPI (sqlite3 or psycopg) reads of the rows the view shows: the cost floor of each figure."""
    from console.core.config import parse_database_url

    target = parse_database_url(url)
    if target.dialect == "sqlite":
        import sqlite3

        conn = sqlite3.connect(str(target.sqlite_path))
        like = "instr({col}, ?) > 0"
    else:
        import psycopg
        from sqlalchemy.engine import make_url

        u = make_url(url)
        conn = psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database)
        like = "strpos({col}, %s) > 0"
    where = "merged_into_id IS NULL" + ("" if team == "all" else f" AND team_id = {int(team)}")
    cur = conn.cursor()
    out: dict[str, Any] = {}
    started = time.perf_counter()
    cur.execute(f"SELECT {COLUMNS_SQL} FROM customers WHERE {where} ORDER BY account_no LIMIT 80")
    cur.fetchall()
    out["first_rows_ms"] = (time.perf_counter() - started) * 1000.0
    searches = []
    for text in SEARCHES:
        test = " OR ".join(like.format(col=c) for c in ("account_no", "name", "address"))
        started = time.perf_counter()
        cur.execute(f"SELECT id FROM customers WHERE {where} AND ({test}) ORDER BY account_no", (text, text, text))
        rows = cur.fetchall()
        searches.append({"text": text, "ms": (time.perf_counter() - started) * 1000.0, "rows": len(rows)})
    out["searches"] = searches
    sorts = []
    for key, descending in SORTS:
        started = time.perf_counter()
        cur.execute(f"SELECT id FROM customers WHERE {where} ORDER BY {SORT_SQL[key]} {'DESC' if descending else 'ASC'}, account_no")
        cur.fetchall()
        sorts.append({"key": key, "descending": descending, "ms": (time.perf_counter() - started) * 1000.0})
    out["sorts"] = sorts
    started = time.perf_counter()
    cur.execute(f"SELECT {COLUMNS_SQL} FROM customers WHERE {where}")
    rows = cur.fetchall()
    out["all_rows_ms"] = (time.perf_counter() - started) * 1000.0
    out["rows"] = len(rows)
    out["rss_mb"] = rss_mb()
    out["peak_rss_mb"] = peak_rss_mb()
    conn.close()
    return out


if __name__ == "__main__":
    mode, url, who = sys.argv[1], sys.argv[2], sys.argv[3]
    result = raw(url, who) if mode == "raw" else view(url, who, warm=mode == "view")
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown of a million-row table; the figures are out
