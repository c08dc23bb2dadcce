"""Meeting pack from the database: a team's week with 200 projects on the agenda, end to end.

Where ``report`` times the PDF builder on sample data, this times what the facilitator waits for: loading the
team's live projects with their clocks and assembling the agenda (``open``), mapping the pack's data with
masking (``pack``), and the PDF — beside ReportLab drawing a plain table of the same rows and page count
(``console.bench.report.plain_table_pdf``) in the same run. Uses ``--bench-db`` if given (a demo centre), else
builds a demo centre big enough for one team to have 200 live projects.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable

from console.bench.registry import BenchContext, Figure, figure

PROJECTS = 200
DEMO_TODAY = dt.date(2026, 11, 26)
# The demo gives every 160th customer a live project, spread over four teams: 4 × 160 × 200 plus a margin.
DEMO_CUSTOMERS = 140_000


def _database(ctx: BenchContext, customers: int):  # type: ignore[no-untyped-def]
    from console.core.config import parse_database_url
    from console.core.db import open_database
    from console.core.demo.build import DemoSpec, build_demo

    if ctx.db_url:
        return open_database(parse_database_url(ctx.db_url))
    db = open_database(parse_database_url(f"sqlite:///{ctx.workdir / 'meetings.db'}"))
    build_demo(db, DemoSpec(customers=customers, seed=7, today=DEMO_TODAY))
    return db


def _keep_first(db, meeting_id: int, n: int) -> None:  # type: ignore[no-untyped-def]
    """Leave only the first ``n`` agenda items included (a bench shortcut around n separate edits)."""
    from sqlalchemy import update

    from console.core.models import AgendaItem

    with db.session_factory.begin() as s:
        s.execute(update(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.sort_order > n)
                  .values(included=False))


@figure("meetings")
def meetings(ctx: BenchContext) -> Iterable[Figure]:
    """Meeting pack of 200 projects from the database (agenda, data, PDF) beside a plain ReportLab table."""
    from console.bench.report import plain_table_pdf
    from console.commands.common import acting_user
    from console.core.rules.iso_week import IsoWeek
    from console.core.services.meetings import MeetingService
    from console.core.services.project_snapshots import load_snapshots
    from reports.service_day import build_service_day_pack

    n = 10 if ctx.quick else PROJECTS
    db = _database(ctx, 2_000 if ctx.quick else DEMO_CUSTOMERS)
    try:
        service = MeetingService(db.session_factory, acting_user(db, "admin"))
        teams = service.teams()
        t0 = time.perf_counter()
        views = [service.open(t.id, IsoWeek.of(DEMO_TODAY), DEMO_TODAY) for t in teams]
        open_s = (time.perf_counter() - t0) / len(views)
        view = max(views, key=lambda v: len(v.agenda))
        t0 = time.perf_counter()
        for t in teams:
            with db.session_factory() as s:
                load_snapshots(s, t.id)
        read_s = (time.perf_counter() - t0) / len(teams)
        if len(view.agenda) < n:
            raise RuntimeError(f"the biggest team has {len(view.agenda)} agenda items, fewer than {n}")
        _keep_first(db, view.meeting.id, n)
        t0 = time.perf_counter()
        pack = service.pack(view.meeting.id, DEMO_TODAY)
        pack_s = time.perf_counter() - t0
        build_service_day_pack(pack, ctx.workdir / "warmup.pdf")  # fonts, imports, caches
        t0 = time.perf_counter()
        info = build_service_day_pack(pack, ctx.workdir / "pack.pdf")
        pdf_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        plain_pages = plain_table_pdf(pack, info.page_count, ctx.workdir / "plain.pdf")
        plain_s = time.perf_counter() - t0
    finally:
        db.dispose()
    label = f"ReportLab plain Table of the same rows, {plain_pages} pages"
    total = pack_s + pdf_s
    yield Figure(f"meetings.pack_{n}_from_db", total, "s", plain_s, label, f"≤ 5 s for {PROJECTS} projects")
    yield Figure(f"meetings.pack_{n}_pages_per_s", info.page_count / pdf_s, "pages/s", plain_pages / plain_s, label,
                 f"{info.page_count} pages")
    yield Figure("meetings.open_week", open_s, "s", read_s, "reading the same team's project rows, no clocks",
                 f"a new week: clocks, agenda of up to {len(view.agenda)} projects, saved")
