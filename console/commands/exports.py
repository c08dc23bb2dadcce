"""``sunshine-console export customers -o FILE.xlsx|.csv``: the portfolio as the desk shows it, headless.

The same filters as the portfolio view (search, segment, manager, flag, sort), the same masking, the same
audit entry; for scheduled hand-overs without opening the desk.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from console.commands.common import acting_user, add_db_option, open_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from console.core.rules.customer_flags import FLAG_SLUGS
    from console.core.services.portfolio_query import SORT_KEYS

    p = sub.add_parser("export", help="导出数据（客户档案：与桌面视图相同的筛选与脱敏）")
    kinds = p.add_subparsers(dest="export_kind", required=True, metavar="KIND")
    c = kinds.add_parser("customers", help="导出客户档案到 XLSX 或 CSV（按扩展名）")
    add_db_option(c)
    c.add_argument("-o", "--output", type=Path, required=True, help="输出文件 .xlsx 或 .csv")
    c.add_argument("--user", default="admin", help="以哪个账号导出（默认 admin）")
    c.add_argument("--team", default=None, help="团队名称或代码（管理员；默认全部团队，团队账号为本团队）")
    c.add_argument("--search", default="", help="按户号、户名、地址检索（空格分隔的词须同时命中）")
    c.add_argument("--segment", action="append", choices=("ordinary", "key_account", "ev_charging"), default=[],
                   help="只导出此分级（可重复）")
    c.add_argument("--flag", action="append", choices=sorted(FLAG_SLUGS.values()), default=[], help="只导出带此标记的客户（可重复，任一即可）")
    c.add_argument("--sort", choices=SORT_KEYS, default="account_no", help="排序列（默认户号）")
    c.add_argument("--desc", action="store_true", help="降序")
    c.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help="表头与分级名称的语言")
    c.set_defaults(handler=run_customers)


def run_customers(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from console.commands.imports import _team_id
    from console.core.rules.customer_flags import FLAG_SLUGS
    from console.core.services.customer_export import PortfolioExportService
    from console.core.services.customers import CustomerService
    from console.core.services.portfolio_query import PortfolioQuery

    out = out or sys.stdout
    db = open_db(args)
    try:
        principal = acting_user(db, args.user)
        team_id = _team_id(db, principal, args.team)
        portfolio = CustomerService(db.session_factory, principal).load_portfolio(team_id)
        flags = 0
        for flag, slug in FLAG_SLUGS.items():
            if slug in args.flag:
                flags |= int(flag)
        query = PortfolioQuery(args.search, tuple(args.segment), (), flags, args.sort, args.desc)
        page = portfolio.run(query)
        result = PortfolioExportService(db.session_factory, principal).export(
            portfolio, page.rows, args.output, lang=getattr(args, "lang", "zh"), query=query)
        print(f"{result.path}：{result.rows:,} 行" + (f"（{result.sheets} 个工作表）" if result.sheets > 1 else ""), file=out)
        return 0
    finally:
        db.dispose()
