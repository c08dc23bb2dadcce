"""``sunshine-console db upgrade|current``: schema migrations."""
from __future__ import annotations

import argparse

from console.commands.common import add_db_option, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="数据库结构迁移")
    actions = p.add_subparsers(dest="db_action", required=True)
    up = actions.add_parser("upgrade", help="把数据库升级到最新结构")
    add_db_option(up)
    up.set_defaults(handler=upgrade)
    cur = actions.add_parser("current", help="显示数据库结构版本")
    add_db_option(cur)
    cur.set_defaults(handler=current)


def upgrade(args: argparse.Namespace) -> int:
    from console.core.migrations import current_revision

    db = open_db(args, migrate=True)
    print(f"数据库已是最新结构：{current_revision(db.engine)}（{db.target.display}）")
    db.dispose()
    return 0


def current(args: argparse.Namespace) -> int:
    from console.core.migrations import current_revision, head_revision

    db = open_db(args, migrate=False)
    rev = current_revision(db.engine)
    print(f"当前版本：{rev or '（空库）'}；程序支持的最新版本：{head_revision()}")
    db.dispose()
    return 0
