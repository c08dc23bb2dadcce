"""``sunshine-console demo [--customers N] [--seed S]``: build a deterministic demo centre."""
from __future__ import annotations

import argparse
import sys
from datetime import date

from console.commands.common import add_db_option, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="生成演示数据（确定性，可复现）")
    add_db_option(p)
    p.add_argument("--customers", type=int, default=20_000, help="客户数（默认 20000，最多 1000000 以上均可）")
    p.add_argument("--seed", type=int, default=7, help="随机种子（相同种子生成相同数据）")
    p.add_argument("--items", type=int, default=None, help="库房物资数（默认随客户数增长）")
    p.add_argument("--today", type=date.fromisoformat, default=None, help="以哪一天为“今天”生成（YYYY-MM-DD）")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from console.core.demo.build import DemoSpec, build_demo

    db = open_db(args)

    def progress(message: str, fraction: float) -> None:
        print(f"\r[{fraction * 100:5.1f}%] {message}\033[K", end="", file=sys.stderr, flush=True)

    report = build_demo(db, DemoSpec(args.customers, args.seed, args.today, args.items), progress)
    print(file=sys.stderr)
    print(
        f"演示数据已生成：客户 {report.customers:,}，业扩项目 {report.projects:,}，库房物资 {report.items:,}，"
        f"用时 {report.seconds:.1f} 秒 —— {db.target.display}"
    )
    db.dispose()
    return 0
