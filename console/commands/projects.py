"""``projects due``: a connection project's statutory due dates from its class and acceptance date (no database).

Prints one ``NODE YYYY-MM-DD`` line per internal node (the node's slug, e.g. ``supply_plan 2026-02-28``), then
``total YYYY-MM-DD`` for the committed utility-side total. Low-voltage and residential classes have no node
limits, so they print the total only. Without a database it uses the built-in default time-limit table and the
statutory calendar; with ``--db URL`` (or ``SUNSHINE_DB_URL``) it uses the centre's own rule versions and the
admin's calendar days, as the desk does. A year the calendar does not know is counted on plain weekends and
said so on stderr.
``--lang`` picks the language of those stderr messages; stdout stays machine-readable.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import TextIO

from console.core.rules.clocks import compute_clock
from console.core.rules.time_limits import DEFAULT_TABLES, NoTableInForce, ProjectClass, TimeLimitTable, table_in_force
from console.core.rules.workday_calendar import PausedSpan, PauseReason, WorkdayCalendar

EXIT_OK = 0
EXIT_BAD_INPUT = 2
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLASSES = ", ".join(c.value for c in ProjectClass)
_REASONS = ", ".join(r.value for r in PauseReason)

_MESSAGES: dict[str, tuple[str, str]] = {
    "class": ("未知项目类别 “{value}”；可选：{choices}", "unknown project class '{value}'; choose one of: {choices}"),
    "date": ("日期 “{value}” 无效，应为 YYYY-MM-DD 格式的真实日期",
             "invalid date '{value}': expected a real date as YYYY-MM-DD"),
    "span": ("暂停区间 “{value}” 无效，应为 起始:结束[:原因]，日期为 YYYY-MM-DD，原因为 {reasons}",
             "invalid paused span '{value}': expected FROM:TO[:REASON] with dates as YYYY-MM-DD and REASON one of "
             "{reasons}"),
    "span_order": ("暂停区间 “{value}” 的结束日早于起始日", "paused span '{value}' ends before it starts"),
    "no_table": ("{value} 没有生效的时限规则表", "no time-limit table is in force on {value}"),
}


class _BadInput(Exception):
    def __init__(self, key: str, value: str) -> None:
        super().__init__(key)
        self.key, self.value = key, value

    def text(self, lang: str) -> str:
        zh, en = _MESSAGES[self.key]
        return (en if lang == "en" else zh).format(value=self.value, choices=_CLASSES, reasons=_REASONS)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("projects", help="connection projects (业扩报装): statutory time limits")
    actions = parser.add_subparsers(dest="projects_action", required=True)
    due = actions.add_parser("due", help="due dates of every node and of the committed total, in working days")
    due.add_argument("--class", dest="project_class", required=True, metavar="CLASS", help=f"one of: {_CLASSES}")
    due.add_argument("--accepted", required=True, metavar="YYYY-MM-DD", help="date the application was accepted")
    due.add_argument(
        "--paused",
        action="append",
        default=[],
        metavar="FROM:TO[:REASON]",
        help=f"days (both inclusive) the clock stands still, waiting on the customer; REASON one of {_REASONS} "
        "(default documents; it does not change the count). Repeatable.",
    )
    # SUPPRESS keeps a global ``sunshine-console --lang en projects due …`` from being reset by this default.
    due.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS,
                     help="language of messages on stderr (default: the global --lang, else zh)")
    due.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                     help="use this centre database's rule versions and calendar days (default: SUNSHINE_DB_URL if set)")
    due.set_defaults(handler=_run_due)


def _parse_date(text: str) -> dt.date:
    if not _DATE.fullmatch(text.strip()):
        raise _BadInput("date", text)
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise _BadInput("date", text) from None


def _parse_span(text: str) -> PausedSpan:
    parts = text.strip().split(":")
    if len(parts) not in (2, 3) or not all(_DATE.fullmatch(p) for p in parts[:2]):
        raise _BadInput("span", text)
    try:
        start, end = dt.date.fromisoformat(parts[0]), dt.date.fromisoformat(parts[1])
        reason = PauseReason(parts[2]) if len(parts) == 3 else PauseReason.DOCUMENTS
    except ValueError:
        raise _BadInput("span", text) from None
    if end < start:
        raise _BadInput("span_order", text)
    return PausedSpan(start, end, reason)


def _run_due(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    lang: str = getattr(args, "lang", "zh")
    try:
        try:
            project_class = ProjectClass(args.project_class.strip())
        except ValueError:
            raise _BadInput("class", args.project_class) from None
        accepted = _parse_date(args.accepted)
        paused = [_parse_span(s) for s in args.paused]
        versions, calendar = _rules(args)
        try:
            table = table_in_force(versions, accepted)
        except NoTableInForce:
            raise _BadInput("no_table", accepted.isoformat()) from None
    except _BadInput as exc:
        print(f"projects due: {exc.text(lang)}", file=err)
        return EXIT_BAD_INPUT
    # With no actual dates every node is projected from acceptance, so "today" does not move any date.
    clock = compute_clock(project_class, accepted, today=accepted, calendar=calendar, table=table,
                          paused=paused)
    for node_clock in clock.nodes:
        print(f"{node_clock.node.value} {node_clock.due_on.isoformat()}", file=out)
    print(f"total {clock.total.due_on.isoformat()}", file=out)
    if not clock.coverage.complete:
        print(f"projects due: {clock.coverage.message(lang)}", file=err)
    return EXIT_OK


def _rules(args: argparse.Namespace) -> tuple[tuple[TimeLimitTable, ...], WorkdayCalendar]:
    """The centre's stored rules when a database is named, else the published defaults."""
    import os

    url = getattr(args, "db", None) or os.environ.get("SUNSHINE_DB_URL")
    if not url:
        return DEFAULT_TABLES, WorkdayCalendar()
    from console.core.config import parse_database_url
    from console.core.db import open_database
    from console.core.services.clock_inputs import load_clock_inputs

    db = open_database(parse_database_url(url))
    try:
        with db.session_factory() as session:
            inputs = load_clock_inputs(session)
        return inputs.versions, inputs.calendar
    finally:
        db.dispose()
