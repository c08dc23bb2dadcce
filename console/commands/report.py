"""``report service-day --team TEAM --week 2026-W48 -o pack.pdf``: the client service-day meeting pack, headless.

Opens the team's meeting for the week the way the desk does (assembling its agenda from the live projects the
first time), writes the printable pack and logs the export. Acts as ``--user`` (default ``admin``), so the
same permissions and team scope apply as at the desk. The PDF is written to a temporary file next to the target
and renamed into place, so a failed run never leaves half a pack behind.
"""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from console.commands.common import acting_user, add_db_option, open_db

DEFAULT_USER = "admin"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("report", help="生成报表（PDF）")
    kinds = parser.add_subparsers(dest="report_kind", required=True, metavar="KIND")
    p = kinds.add_parser("service-day", help="客户服务日商会资料：议程、项目页、验收送电计划、决议与签到表")
    add_db_option(p)
    p.add_argument("--team", required=True, help="团队编码或名称，例如 T01 或 城东服务团队")
    p.add_argument("--week", required=True, help="ISO 周，例如 2026-W48")
    p.add_argument("-o", "--output", required=True, type=Path, help="输出 PDF 文件")
    p.add_argument("--user", default=DEFAULT_USER, help=f"以哪个账号生成（默认 {DEFAULT_USER}）")
    p.add_argument("--today", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="计算时限所用的“今天”（默认当天；用于重现某天的资料）")
    p.set_defaults(handler=run_service_day)


def run_service_day(args: argparse.Namespace) -> int:
    from console.core.services.meeting_files import export_pack
    from console.core.services.meetings import MeetingService, parse_week

    week = parse_week(args.week)
    today = args.today or dt.date.today()
    db = open_db(args)
    try:
        service = MeetingService(db.session_factory, acting_user(db, args.user))
        team = service.find_team(args.team)
        view = service.open(team.id, week, today)
        pack = export_pack(service, view.meeting.id, today, args.output)
    finally:
        db.dispose()
    summary = (f"审议项目 {pack.projects} 个，验收送电计划 {pack.power_on_plans} 项" if pack.projects
               else "本周无待审议项目")
    print(f"{args.output}：{team.name} {week.label} 客户服务日商会资料，共 {pack.pages} 页；{summary}。")
    return 0
