"""``sunshine-console``: the desk (default), the kiosk (``--kiosk``) and the headless commands.

Only the module of the command asked for is imported, so opening the desk pays for no command's imports.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from console.core.errors import ConsoleError

# command name → module with ``register(subparsers)``
COMMANDS: dict[str, str] = {
    "db": "console.commands.db",
    "demo": "console.commands.demo",
    "shot": "console.commands.shot",
    "bench": "console.commands.bench",
    "import": "console.commands.imports",
    "export": "console.commands.exports",
    "projects": "console.commands.projects",
    "epc": "console.commands.epc",
    "rfid": "console.commands.rfid",
    "report": "console.commands.report",
    "kiosk": "console.commands.kiosk",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sunshine-console",
        description="阳光服务控制台 Sunshine Service Console",
    )
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        if only is not None and name != only:
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # feature not installed in this build
        module.register(sub)
    return parser


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", help="数据库地址 (sqlite:///path 或 postgresql://user@host/db)；默认 SUNSHINE_DB_URL 或内置 SQLite")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="界面语言 (默认 zh)")
    parser.add_argument("--kiosk", action="store_true", help="以大厅自助终端模式全屏运行")
    parser.add_argument("--screen", type=int, default=None, metavar="N", help="自助终端使用的显示器序号")
    parser.add_argument("-v", "--verbose", action="store_true", help="输出调试日志")


def _command_in(argv: Sequence[str]) -> str | None:
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg in ("--db", "--lang", "--screen"):
            skip_next = True
            continue
        if arg.startswith("-"):
            continue
        return arg if arg in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_help = any(a in ("-h", "--help") for a in argv)
    command = _command_in(argv)
    parser = build_parser(only=command if (command or not wants_help) else None)
    if command is None and not wants_help:
        parser = build_parser(only="__none__")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        from console.core.config import resolve_database

        if getattr(args, "handler", None) is not None:
            return int(args.handler(args))
        target = resolve_database(args.db)
        if args.kiosk:
            from console.kiosk_app import run_kiosk

            return run_kiosk(args, target)
        from console.app import run_desk

        return run_desk(args, target)
    except ConsoleError as exc:
        print(f"sunshine-console: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
