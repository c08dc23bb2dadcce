"""Service-day meeting pack: pages per second beside ReportLab drawing a plain table of the same rows."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from console.bench.registry import BenchContext, Figure, figure


def _seconds(runs: int, fn: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``runs`` runs. CPU time is reported too because the bench
    machines are shared: other jobs stretch wall time, not the CPU a build needs."""
    wall = cpu = float("inf")
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def _project_rows(p: object) -> list[list[str]]:
    from reports.service_day_data import ProjectSheet

    assert isinstance(p, ProjectSheet)
    rows = [["申请编号", p.application_no], ["客户名称", p.customer_name], ["项目类别", p.class_label],
            ["客户经理", p.customer_manager], ["用电地址", p.address], ["上会原因", "；".join(p.agenda_reasons)]]
    rows += [[s.label, str(s.done_on or "")] for s in p.steps]
    rows += [[n.name, f"{n.started_on} {n.due_on} {n.finished_on or ''} {n.status.label}"] for n in p.nodes]
    if p.supply_plan:
        sp = p.supply_plan
        rows += [["供电方案", f"{sp.voltage} {sp.capacity_kva:.0f} kVA {sp.supply_mode}"], ["电源点", sp.source_point],
                 ["线路路径", sp.route]]
    if p.energy_plan:
        rows += [["综合能源", m] for m in p.energy_plan.measures]
    rows += [["待补资料", f"{d.name} {d.stage} {d.needed_by}"] for d in p.missing_documents]
    return rows


def plain_table_pdf(pack: object, pages: int, out: Path) -> int:
    """The baseline: the pack's rows as plain string tables in the same embedded font, one table a page, for as
    many pages as the pack has; returns the page count it produced."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    from reports.fonts import FONT_REGULAR, CJKCanvas, register_fonts
    from reports.service_day_data import ServiceDayPack

    assert isinstance(pack, ServiceDayPack)
    register_fonts()
    groups = [_project_rows(p) for p in pack.projects]
    others = [[str(e.seq), e.topic, e.application_no, e.customer_name, e.presenter] for e in pack.agenda]
    others += [[pl.application_no, pl.customer_name, str(pl.acceptance_on), str(pl.power_on_on), pl.outage_scope]
               for pl in pack.power_on_plans]
    others += [[a.name, a.organisation, a.role, a.phone_masked] for a in pack.attendees_expected]
    k = 0
    while len(groups) < pages:  # cover, agenda, plans, decisions and sign-in pages: chunks of their rows
        groups.append([others[(k + j) % len(others)] for j in range(25)])
        k += 25
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 8),
                        ("GRID", (0, 0), (-1, -1), 0.5, "grey")])
    story: list[object] = []
    for rows in groups[:pages]:
        width = max(len(r) for r in rows)
        story += [Table([r + [""] * (width - len(r)) for r in rows], style=style, hAlign="LEFT"), PageBreak()]
    story.pop()
    drawn: list[int] = []
    SimpleDocTemplate(str(out), pagesize=A4).build(
        story, canvasmaker=CJKCanvas, onFirstPage=lambda c, d: drawn.append(1),
        onLaterPages=lambda c, d: drawn.append(1),
    )
    return len(drawn)


@figure("report")
def report(ctx: BenchContext) -> Iterable[Figure]:
    """Meeting pack of 200 projects (≤ 5 s), pages/s beside a plain ReportLab table of the same rows and pages."""
    from reports.service_day import build_service_day_pack
    from reports.service_day_sample import sample_pack

    n = 10 if ctx.quick else 200
    runs = 1 if ctx.quick else 2
    pack = sample_pack(n)
    pack_path, plain_path = ctx.workdir / "pack.pdf", ctx.workdir / "plain.pdf"
    build_service_day_pack(sample_pack(1), ctx.workdir / "warmup.pdf")  # font loading, imports
    info = build_service_day_pack(pack, pack_path)
    pack_s, pack_cpu = _seconds(runs, lambda: build_service_day_pack(pack, pack_path))
    plain_pages = plain_table_pdf(pack, info.page_count, plain_path)
    plain_s, plain_cpu = _seconds(runs, lambda: plain_table_pdf(pack, info.page_count, plain_path))
    label = f"ReportLab plain Table of the same rows, {plain_pages} pages"
    yield Figure(f"report.pack_{n}_projects", pack_s, "s", plain_s, label, "≤ 5 s for 200 projects")
    yield Figure(f"report.pack_{n}_projects_cpu", pack_cpu, "s cpu", plain_cpu, label, "≤ 5 s for 200 projects")
    yield Figure(f"report.pack_{n}_pages_per_s", info.page_count / pack_s, "pages/s", plain_pages / plain_s, label,
                 f"{info.page_count} pages")
