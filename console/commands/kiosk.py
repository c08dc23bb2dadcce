"""``sunshine-console kiosk …``: set up a centre's hall kiosks from a terminal.

* ``kiosk create-role [--role NAME]`` — (PostgreSQL) create or refresh the kiosk's own database role with only the
  rights a hall screen needs; the password is read from ``SUNSHINE_KIOSK_PASSWORD`` (never from the command line,
  where ``ps`` would show it). Also stores the demo PIN if the centre never set one.
* ``kiosk set-pin`` — the PIN that lets staff leave kiosk mode, read from ``SUNSHINE_KIOSK_PIN`` or typed.
* ``kiosk register NAME --place … --orientation landscape|portrait`` — a kiosk the desk can watch.
"""
from __future__ import annotations

import argparse
import getpass
import os

from console.commands.common import acting_user, add_db_option, open_db

PASSWORD_ENV = "SUNSHINE_KIOSK_PASSWORD"
PIN_ENV = "SUNSHINE_KIOSK_PIN"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("kiosk", help="大厅自助终端：数据库角色、管理员 PIN、终端登记")
    sub = parser.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)

    role = sub.add_parser("create-role", help=f"创建/更新终端专用的 PostgreSQL 角色（密码取自 {PASSWORD_ENV}）")
    add_db_option(role)
    role.add_argument("--role", default="sunshine_kiosk", help="角色名（默认 sunshine_kiosk）")
    role.set_defaults(handler=_create_role)

    pin = sub.add_parser("set-pin", help=f"设置退出终端模式的管理员 PIN（取自 {PIN_ENV} 或交互输入）")
    add_db_option(pin)
    pin.add_argument("--user", default="admin", help="以哪个账号操作（需有大厅屏管理权限）")
    pin.set_defaults(handler=_set_pin)

    reg = sub.add_parser("register", help="登记一台大厅终端")
    add_db_option(reg)
    reg.add_argument("name")
    reg.add_argument("--place", default="")
    reg.add_argument("--orientation", choices=("landscape", "portrait"), default="landscape")
    reg.add_argument("--user", default="admin")
    reg.set_defaults(handler=_register)


def _create_role(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from console.core.services.kiosk_pin import DEMO_PIN, ensure_pin
    from console.core.services.kiosk_role import create_kiosk_role

    db = open_db(args)
    try:
        password = os.environ.get(PASSWORD_ENV) or None
        for statement in create_kiosk_role(db.engine, args.role, password):
            print(statement)
        if ensure_pin(db.session_factory):
            print(f"未设置管理员 PIN，已启用演示 PIN {DEMO_PIN}；请用 `sunshine-console kiosk set-pin` 更换。")
        url = make_url(db.target.url).set(username=args.role, password=None).render_as_string(hide_password=False)
        print(f"终端连接：SUNSHINE_DB_URL={url}（密码见 {PASSWORD_ENV}）" if password else
              f"角色 {args.role} 尚无密码：设置 {PASSWORD_ENV} 后再运行一次。")
        return 0
    finally:
        db.dispose()


def _set_pin(args: argparse.Namespace) -> int:
    from console.core.services.kiosk_manage import KioskContentService

    pin = os.environ.get(PIN_ENV) or getpass.getpass("新的管理员 PIN（4–8 位数字）：")
    db = open_db(args)
    try:
        KioskContentService(db.session_factory, acting_user(db, args.user)).set_pin(pin.strip())
        print("管理员 PIN 已更新；终端在下次刷新（约 1 分钟）后生效。")
        return 0
    finally:
        db.dispose()


def _register(args: argparse.Namespace) -> int:
    from console.core.services.kiosk_monitor import KioskMonitorService

    db = open_db(args)
    try:
        kid = KioskMonitorService(db.session_factory, acting_user(db, args.user)).register(
            args.name, args.place, args.orientation)
        print(f"终端 {args.name} 已登记（编号 {kid}）。在终端上设置 SUNSHINE_KIOSK_NAME={args.name}。")
        return 0
    finally:
        db.dispose()
