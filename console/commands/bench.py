"""``sunshine-console bench [NAME ...] [--json]``: figures measured beside a raw baseline in the same run."""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import tempfile
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="性能基准：每项指标与同次运行的原始基线对比")
    p.add_argument("names", nargs="*", help="只运行这些基准（默认全部）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument("--quick", action="store_true", help="小规模冒烟运行（用于测试基准代码本身）")
    p.add_argument("--list", action="store_true", help="列出可用基准")
    p.add_argument("--bench-db", default=None, metavar="URL", help="基准使用的已有数据库（如百万客户演示库）")
    p.set_defaults(handler=run)


def load_all() -> None:
    import console.bench as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name not in ("registry",) and not info.name.startswith("_") and not info.name.endswith("_probe"):
            importlib.import_module(f"console.bench.{info.name}")


def run(args: argparse.Namespace) -> int:
    from console.bench.registry import BenchContext, registered

    load_all()
    benches = registered()
    if args.list:
        for name, bench in sorted(benches.items()):
            print(f"{name:16} {bench.doc}")
        return 0
    unknown = [n for n in args.names if n not in benches]
    if unknown:
        print(f"sunshine-console: 未知基准：{', '.join(unknown)}；可用：{', '.join(sorted(benches))}", file=sys.stderr)
        return 2
    chosen = args.names or sorted(benches)
    results = []
    with tempfile.TemporaryDirectory(prefix="sunshine-bench-") as tmp:
        ctx = BenchContext(Path(tmp), "quick" if args.quick else "full", args.bench_db)
        for name in chosen:
            for fig in benches[name].fn(ctx):
                results.append(fig)
                if not args.json:
                    print(
                        f"{fig.name:28} {fig.value:12.2f} {fig.unit:8} baseline {fig.baseline:12.2f} {fig.unit:8} "
                        f"({fig.baseline_label}) ratio {fig.ratio:6.2f}" + (f"  target {fig.target}" if fig.target else ""),
                        flush=True,
                    )
    if args.json:
        print(json.dumps([{**f.__dict__, "ratio": f.ratio} for f in results], ensure_ascii=False, indent=2))
    return 0
