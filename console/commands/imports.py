"""``sunshine-console import customers FILE [--dry-run]``, ``import undo`` and ``import items FILE [--dry-run]``.

Exit codes: 0 everything imported (or would be, with --dry-run); 1 some rows rejected (listed on stderr;
nothing is written unless --skip-rejects); 2 the file cannot be read; other codes as the error says.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TextIO

from console.commands.common import acting_user, add_db_option, open_db

EXIT_OK = 0
EXIT_REJECTS = 1
EXIT_BAD_FILE = 2


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="导入营销系统导出的客户清单（CSV UTF-8/GBK 或 XLSX）")
    kinds = p.add_subparsers(dest="import_kind", required=True, metavar="KIND")
    c = kinds.add_parser("customers", help="导入客户：先检查，全部无误（或 --skip-rejects）才在一个事务中写入")
    add_db_option(c)
    c.add_argument("file", type=Path, help="客户文件（.csv 或 .xlsx）")
    c.add_argument("--dry-run", action="store_true", help="只检查并报告将新增/更新/拒绝的行，不写入")
    c.add_argument("--user", default="admin", help="以哪个账号导入（默认 admin）；团队负责人只能导入本团队")
    c.add_argument("--team", default=None, help="文件中没有“所属团队”列时，新客户归入的团队（名称或代码）")
    c.add_argument("--sheet", default=None, help="XLSX 中的工作表名（默认第一个可见工作表）")
    c.add_argument("--skip-rejects", action="store_true", help="有被拒绝的行时仍导入其余行（退出码仍为 1）")
    c.add_argument("--rejects-out", type=Path, default=None, help="把被拒绝的行连同原因写入此 CSV，便于修改后重导")
    c.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help="报告语言")
    c.set_defaults(handler=run_customers)
    i = kinds.add_parser("items", help="批量登记库房物资（EPC、类型、序列号、货架…）：先检查，全部无误才写入")
    add_db_option(i)
    i.add_argument("file", type=Path, help="物资文件（.csv 或 .xlsx）")
    i.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    i.add_argument("--user", default="admin", help="以哪个账号登记（默认 admin）")
    i.add_argument("--sheet", default=None, help="XLSX 中的工作表名")
    i.add_argument("--skip-rejects", action="store_true", help="有被拒绝的行时仍登记其余行（退出码仍为 1）")
    i.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help="报告语言")
    i.set_defaults(handler=run_items)
    u = kinds.add_parser("undo", help="撤销最近一次客户导入（全部撤销或不撤销）")
    add_db_option(u)
    u.add_argument("--user", default="admin", help="以哪个账号撤销（默认 admin）")
    u.set_defaults(handler=run_undo)


def _team_id(db, principal, key: str | None) -> int | None:  # type: ignore[no-untyped-def]
    from console.core.errors import NotFound
    from console.core.services.org import OrgService

    if key is None:
        return None
    team = OrgService(db.session_factory, principal).team_by_name_or_code(key)
    if team is None:
        raise NotFound(what="团队", key=key)
    return team.id


def run_customers(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    from console.core.imports.messages import ImportFileError
    from console.core.services.customer_import import CustomerImportService, rejects_report

    out, err = out or sys.stdout, err or sys.stderr
    lang = getattr(args, "lang", "zh")
    zh = lang == "zh"
    db = open_db(args)
    try:
        principal = acting_user(db, args.user)
        service = CustomerImportService(db.session_factory, principal)
        try:
            preview = service.dry_run(args.file, team_id=_team_id(db, principal, args.team), sheet=args.sheet)
        except ImportFileError as exc:
            print(f"sunshine-console import: {exc.user_message.text(lang)}", file=err)
            return EXIT_BAD_FILE
        counts = preview.counts()
        warnings = sum(len(o.warnings) for o in preview.plan.outcomes)
        print(_counts_line(args.file.name, counts, zh, warnings), file=out)
        if preview.plan.ignored_columns:
            print(("未使用的列：" if zh else "Columns not imported: ") + ", ".join(preview.plan.ignored_columns), file=out)
        rejects = rejects_report(preview.plan, lang)
        for line in rejects:
            print(line, file=err)
        if args.rejects_out and rejects:
            _write_rejects(args.rejects_out, preview.plan, lang)
        stop = _stop_before_writing(args, bool(rejects), zh, out, err, verb=("导入", "import"))
        if stop is not None:
            return stop
        result = service.commit(preview)
        if result.batch_id:
            print(f"已导入（批次 {result.batch_id}）：新增 {result.added}，更新 {result.updated}。可用 import undo 撤销。" if zh else
                  f"Imported (batch {result.batch_id}): added {result.added}, updated {result.updated}. "
                  "'import undo' reverts it.", file=out)
        else:
            print("没有需要写入的变化。" if zh else "Nothing to write.", file=out)
        return EXIT_REJECTS if rejects else EXIT_OK
    finally:
        db.dispose()


def _write_rejects(path: Path, plan, lang: str) -> None:  # type: ignore[no-untyped-def]
    from console.core.imports.spec import Action

    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["行号" if lang == "zh" else "Line", "原因" if lang == "zh" else "Reasons", *plan.header])
        for o in plan.outcomes:
            if o.action is Action.REJECT:
                writer.writerow([o.line_no, "；".join(r.text(lang) for r in o.reasons), *o.cells])


def run_undo(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from console.core.services.customer_import import CustomerImportService

    out = out or sys.stdout
    db = open_db(args)
    try:
        info, ids = CustomerImportService(db.session_factory, acting_user(db, args.user)).undo_last()
        print(f"已撤销导入批次 {info.id}（{info.file_name}）：涉及客户 {len(ids)} 户", file=out)
        return EXIT_OK
    finally:
        db.dispose()


def run_items(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Bulk item registration, all-or-nothing like the customer import unless --skip-rejects."""
    from console.core.imports.messages import ImportFileError
    from console.core.imports.spec import Action
    from console.core.services.warehouse_registration import WarehouseRegistration

    out, err = out or sys.stdout, err or sys.stderr
    lang = getattr(args, "lang", "zh")
    zh = lang == "zh"
    db = open_db(args)
    try:
        service = WarehouseRegistration(db.session_factory, acting_user(db, args.user))
        try:
            plan = service.preview(args.file, sheet=args.sheet).plan
        except ImportFileError as exc:
            print(f"sunshine-console import: {exc.user_message.text(lang)}", file=err)
            return EXIT_BAD_FILE
        print(_counts_line(args.file.name, plan.counts(), zh), file=out)
        rejects = [o for o in plan.outcomes if o.action is Action.REJECT]
        for o in rejects:
            print(("第 {0} 行：{1}" if zh else "line {0}: {1}").format(o.line_no, "；".join(r.text(lang) for r in o.reasons)), file=err)
        stop = _stop_before_writing(args, bool(rejects), zh, out, err, verb=("登记", "register"))
        if stop is not None:
            return stop
        report = service.import_file(args.file, args.file.name, sheet=args.sheet)
        print((f"已登记（批次 {report.batch_id}）。" if zh else f"Registered (batch {report.batch_id})."), file=out)
        return EXIT_REJECTS if rejects else EXIT_OK
    finally:
        db.dispose()


def _counts_line(file_name: str, counts, zh: bool, warnings: int | None = None) -> str:  # type: ignore[no-untyped-def]
    """What the plan would do, in one line: the same wording for every kind of import."""
    from console.core.imports.spec import Action

    add, update, same, reject = (counts[a] for a in (Action.ADD, Action.UPDATE, Action.UNCHANGED, Action.REJECT))
    if zh:
        return f"{file_name}：新增 {add}，更新 {update}，未变 {same}，拒绝 {reject}" + ("" if warnings is None else f"，提示 {warnings}")
    return (f"{file_name}: add {add}, update {update}, unchanged {same}, reject {reject}"
            + ("" if warnings is None else f", warnings {warnings}"))


def _stop_before_writing(args: argparse.Namespace, rejects: bool, zh: bool, out: TextIO, err: TextIO,
                         verb: tuple[str, str]) -> int | None:
    """The exit code when nothing may be written (a dry run, or rejects without --skip-rejects); else None."""
    if args.dry_run:
        print("（试运行，未写入）" if zh else "(dry run: nothing written)", file=out)
        return EXIT_REJECTS if rejects else EXIT_OK
    if rejects and not args.skip_rejects:
        print(f"有被拒绝的行，未写入任何数据。请修改后重新导入，或加 --skip-rejects 只{verb[0]}无误的行。" if zh else
              f"Some rows were rejected; nothing was written. Fix them and import again, or pass --skip-rejects "
              f"to {verb[1]} the other rows.", file=err)
        return EXIT_REJECTS
    return None
