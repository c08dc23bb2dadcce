"""``sunshine-console shot --view NAME -o FILE.png``: render a view offscreen and exit.

Used by tests, by the README's pictures and by anyone checking a screen. It signs in as a named account
without a password (``--user``), so it is for operators who already hold the database.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from console.commands.common import add_db_option

DEFAULT_USER_FOR_VIEW = {"kiosk-content": "hall", "meetings": "facilitator"}
VIEWS = ("login", "dashboard", "portfolio", "projects", "warehouse", "kiosk-content", "meetings", "kiosk")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("shot", help="离屏渲染一个视图并保存为 PNG")
    add_db_option(p)
    p.add_argument("--view", default=None, help=f"视图：{', '.join(VIEWS)}（或视图内的子页，如 portfolio:detail）")
    p.add_argument("--kiosk", action="store_true", help="渲染大厅自助终端（等同 --view kiosk）")
    p.add_argument("--size", default=None, help="窗口尺寸 WxH（桌面默认 1280x800，终端默认 1920x1080）")
    p.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help="界面语言")
    p.add_argument("--user", default=None, help="以哪个账号渲染（默认按视图选择演示账号）")
    p.add_argument("-o", "--output", required=True, type=Path, help="输出 PNG 文件")
    p.set_defaults(handler=run)


def parse_size(text: str | None, kiosk: bool) -> tuple[int, int]:
    if not text:
        return (1920, 1080) if kiosk else (1280, 800)
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"sunshine-console: 尺寸格式应为 WxH，例如 1280x800：{text}") from None
    return w, h


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.view is None and not args.kiosk:
        print("sunshine-console: 请用 --view 指定视图，或用 --kiosk 渲染大厅自助终端", file=sys.stderr)
        return 2
    kiosk = args.kiosk or (args.view or "").split(":")[0] == "kiosk"
    width, height = parse_size(args.size, kiosk)
    lang = getattr(args, "lang", "zh")
    from console.app import make_application, open_db_for_desk
    from console.core.config import resolve_database

    app = make_application(lang)
    db = open_db_for_desk(resolve_database(getattr(args, "db", None)))
    if kiosk:
        from console.kiosk_app import make_kiosk_window

        widget = make_kiosk_window(db, lang=lang, size=(width, height), view=args.view or "kiosk")
    elif args.view == "login":
        from console.login_dialog import LoginDialog

        widget = LoginDialog(lambda *a: None, "lead.east")
        widget.set_ready(True)
    else:
        widget = _desk_window(app, db, args, lang)
    widget.resize(width, height)
    widget.show()
    _settle(app, widget)
    pixmap = widget.grab()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(args.output)):
        print(f"sunshine-console: 无法写入 {args.output}", file=sys.stderr)
        return 1
    print(f"{args.output} ({pixmap.width()}x{pixmap.height()})")
    widget.close()
    db.dispose()
    return 0


def _desk_window(app, db, args: argparse.Namespace, lang: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from console.app import team_name
    from console.change_bus import ChangeBus
    from console.commands.common import acting_user
    from console.context import AppContext
    from console.main_window import MainWindow
    from console.tasks import TaskRunner
    from console.ui_settings import UiSettings

    view, _, sub = args.view.partition(":")
    principal = acting_user(db, args.user or DEFAULT_USER_FOR_VIEW.get(view, "lead.east"))
    # A throwaway settings file: screenshots must not depend on (or change) the user's remembered layout.
    settings = UiSettings(QSettings(str(Path(os.environ.get("TMPDIR", "/tmp")) / f"sunshine-shot-{os.getpid()}.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner(app)
    ctx = AppContext(db, principal, tasks, ChangeBus(app), settings, lang)
    window = MainWindow(ctx, team_name(db, principal))
    if not window.show_view(view):
        raise SystemExit(f"sunshine-console: 当前账号无法打开视图 {view}（可用 --user 指定其他账号）")
    page = window.page(view)
    if sub and page is not None and hasattr(page, "show_subview"):
        _settle(app, window)
        page.show_subview(sub)
    window._shot_tasks = tasks  # type: ignore[attr-defined]
    return window


def _settle(app, widget, timeout_s: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Let background loads finish and the widgets paint (bounded wait, not a fixed sleep)."""
    tasks = getattr(widget, "_shot_tasks", None)
    deadline = time.monotonic() + timeout_s
    quiet = 0
    while time.monotonic() < deadline:
        app.processEvents()
        if tasks is not None and tasks.busy:
            quiet = 0
            tasks.wait_all(50)
            continue
        quiet += 1
        if quiet > 20:
            break
        time.sleep(0.01)
    app.processEvents()
