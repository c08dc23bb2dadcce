"""One printed page per project: identity and QR, why it is on the agenda, timeline, clocks, plans, documents."""
from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table

from reports.fonts import FONT_BOLD, FONT_REGULAR, INK, MUTED, Styles
from reports.pdf_parts import GRID, Para, QrCode, esc, fmt_date, fmt_kva, grid_table, hex_colour, para, table_style
from reports.service_day_data import ClockStatus, InternalNode, ProjectFlag, ProjectSheet
from reports.service_day_timeline import STATUS_COLOURS, Timeline

FLAG_COLOURS: dict[ProjectFlag, str] = {
    ProjectFlag.STALLED: "#6d4c41",
    ProjectFlag.OPINION_RISK: "#c62828",
    ProjectFlag.CROSS_DEPARTMENT: "#6a1b9a",
    ProjectFlag.GREEN_CHANNEL: "#2e7d32",
    ProjectFlag.NATIONAL_KEY: "#1d4e89",
}
_REASON_BG = colors.HexColor("#fff6e5")
_REASON_EDGE = colors.HexColor("#e08e0b")
_LABEL_BG = colors.HexColor("#eef2f7")
_RULE = colors.HexColor("#c5ccd4")


def flag_chips(flags: tuple[ProjectFlag, ...]) -> str:
    """Paragraph markup for coloured flag chips (empty string when there are none)."""
    return " ".join(
        f'<font backColor="{FLAG_COLOURS[f]}" color="#ffffff">&nbsp;{esc(f.label)}&nbsp;</font>' for f in flags
    )


def status_markup(status: ClockStatus) -> str:
    return f'<font color="{hex_colour(STATUS_COLOURS[status])}"><b>● {esc(status.label)}</b></font>'


def project_page(p: ProjectSheet, index: int, count: int, today: date, st: Styles, width: float,
                 height: float) -> list[Flowable]:
    """The sheet and an opinion box filling the rest of the page; the sheet is shrunk only if it could not
    otherwise leave room for the box, so that every project stays on exactly one page."""
    parts: list[Flowable] = [_heading(p, index, count, st, width)]
    if p.agenda_reasons:
        parts += [Spacer(1, 2.5 * mm), _reasons(p, st, width)]
    parts += [_section("进度时间轴", st), Timeline(p, today, width)]
    parts += [_section("节点时限", st), _nodes_table(p, st, width)]
    if p.paused:
        spans = "；".join(f"{fmt_date(s.start)} 至 {fmt_date(s.end) if s.end else '今'}（{esc(s.reason)}）"
                         for s in p.paused)
        parts += [Spacer(1, 1.2 * mm), Para(f"暂停计时：{spans}", st.small)]
    parts += [_section("双方案", st), _dual_plan(p, st, width)]
    parts += [_section("待补资料清单", st), _documents(p, st, width), Spacer(1, 4 * mm)]
    sheet = KeepInFrame(width, height - OpinionBox.MIN_HEIGHT, parts, mode="shrink", hAlign="LEFT", vAlign="TOP")
    return [sheet, OpinionBox(width)]


class OpinionBox(Flowable):
    """Ruled box for the meeting's opinion on the project, as tall as the space left on the page allows."""

    MIN_HEIGHT = 30 * mm
    MAX_HEIGHT = 62 * mm
    _LINE = 8 * mm

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = self.MIN_HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # One point below what is offered: a flowable exactly as tall as the space left is pushed over.
        self.height = max(self.MIN_HEIGHT, min(self.MAX_HEIGHT, availHeight - 1))
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        w, h = self.width, self.height
        c.saveState()
        c.setStrokeColor(GRID)
        c.setLineWidth(0.6)
        c.rect(0, 0, w, h)
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 9)
        c.drawString(3 * mm, h - 5 * mm, "会议意见")
        c.setStrokeColor(_RULE)
        c.setLineWidth(0.4)
        y = h - 6.5 * mm - self._LINE
        while y > 11 * mm:
            c.line(3 * mm, y, w - 3 * mm, y)
            y -= self._LINE
        c.setFont(FONT_REGULAR, 8)
        c.setFillColor(MUTED)
        c.drawString(3 * mm, 3.5 * mm, "客户经理（签字）：")
        c.drawString(w * 0.36, 3.5 * mm, "客户代表（签字，如到场）：")
        c.drawString(w * 0.76, 3.5 * mm, "日期：")
        c.setStrokeColor(INK)
        for x0, x1 in ((3 * mm + 28 * mm, w * 0.36 - 4 * mm), (w * 0.36 + 40 * mm, w * 0.76 - 4 * mm),
                       (w * 0.76 + 10 * mm, w - 4 * mm)):
            c.line(x0, 3 * mm, x1, 3 * mm)
        c.restoreState()


def _section(title: str, st: Styles) -> Para:
    return Para(esc(title), st.h2)


def _heading(p: ProjectSheet, index: int, count: int, st: Styles, width: float) -> Table:
    qr_size = 27 * mm
    left_w = width - qr_size - 6 * mm
    total = "—"
    if p.total_limit_working_days is not None:
        used = "—" if p.total_used_working_days is None else str(p.total_used_working_days)
        total = f"已用 {used} / 承诺 {p.total_limit_working_days} 个工作日　{status_markup(p.total_status)}"
    current = p.steps[p.current_step].label if p.current_step < len(p.steps) else "已送电"
    lw = left_w / 2
    facts = grid_table(
        [
            ["项目类别", p.class_label, "客户经理", para(p.customer_manager, st.cell)],
            ["当前环节", current, "受理日期", fmt_date(p.steps[0].done_on if p.steps else None)],
            ["承诺总时限", Para(total, st.cell), "", ""],
            ["用电地址", para(p.address or "—", st.cell), "", ""],
        ],
        [lw * 0.3, lw * 0.7, lw * 0.3, lw * 0.7],
        header_rows=0,
        zebra=False,
        padding=2.5,
        extra=[("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 3), (3, 3)),
               ("BACKGROUND", (0, 0), (0, -1), _LABEL_BG), ("BACKGROUND", (2, 0), (2, 1), _LABEL_BG)],
    )
    title: list[Flowable] = [
        Para(f"上会项目 {index} / {count}　·　申请编号", st.small),
        Para(f"{esc(p.application_no)}　{esc(p.customer_name)}", st.h1),
    ]
    chips = flag_chips(p.flags)
    if chips:
        title.append(Para(chips, st.cell))
        title.append(Spacer(1, 1.5 * mm))
    title.append(facts)
    qr = [QrCode(p.application_no, qr_size), Para("扫码查询办电进度", _caption(st))]
    table = Table([[title, qr]], colWidths=[left_w + 6 * mm, qr_size])
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
        ("RIGHTPADDING", (1, 0), (1, 0), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (1, 0), (1, 0), "CENTER"),
    ))
    return table


def _caption(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("qr_caption", parent=st.tiny, alignment=TA_CENTER)


def _reasons(p: ProjectSheet, st: Styles, width: float) -> Table:
    text = "<br/>".join(f"{k}. {esc(r)}" for k, r in enumerate(p.agenda_reasons, 1))
    box = Table([[Para("<b>上会原因</b>", st.cell), Para(text, st.cell)]],
                colWidths=[20 * mm, width - 20 * mm])
    box.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, -1), _REASON_BG), ("LINEBEFORE", (0, 0), (0, -1), 2.5, _REASON_EDGE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ))
    return box


def _left_text(node: InternalNode) -> str:
    if node.working_days_left is None:
        return "—"
    if node.working_days_left < 0:
        return f"超期 {-node.working_days_left} 天"
    return f"剩 {node.working_days_left} 天"


def _nodes_table(p: ProjectSheet, st: Styles, width: float) -> Flowable:
    if not p.nodes:
        return Para("本项目按承诺总时限考核，不设内部环节时限。", st.small)
    rows: list[list[object]] = [["环节", "开始日期", "时限（工作日）", "到期日", "完成日期", "剩余工作日", "计时状态"]]
    extra: list[tuple[object, ...]] = [("FONTNAME", (6, 1), (6, -1), FONT_BOLD)]
    for r, n in enumerate(p.nodes, 1):
        rows.append([n.name, fmt_date(n.started_on), "—" if n.limit_working_days is None else str(n.limit_working_days),
                     fmt_date(n.due_on), fmt_date(n.finished_on), _left_text(n), f"● {n.status.label}"])
        extra.append(("TEXTCOLOR", (6, r), (6, r), STATUS_COLOURS[n.status]))
        if n.working_days_left is not None and n.working_days_left < 0:
            extra += [("TEXTCOLOR", (5, r), (5, r), STATUS_COLOURS[ClockStatus.OVERDUE]),
                      ("FONTNAME", (5, r), (5, r), FONT_BOLD)]
    f = width / 180
    return grid_table(rows, [w * f for w in (30, 24, 24, 24, 24, 24, 30)], padding=2.5,
                      center_cols=range(1, 6), extra=extra)


def _dual_plan(p: ProjectSheet, st: Styles, width: float) -> Table:
    half = width / 2
    if p.supply_plan:
        sp = p.supply_plan
        mode = f"（{sp.supply_mode}）" if sp.supply_mode else ""
        kv = [("电压 / 容量", f"{sp.voltage} / {fmt_kva(sp.capacity_kva)}{mode}"), ("电源点", sp.source_point),
              ("线路路径", sp.route)] + ([("说明", sp.notes)] if sp.notes else [])
        inner = Table([[para(k, st.small), para(v, st.cell)] for k, v in kv],
                      colWidths=[17 * mm, half - 17 * mm - 8])
        inner.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
        supply: Flowable = inner
    else:
        supply = Para("供电方案尚未答复。", st.small)
    if p.energy_plan and p.energy_plan.measures:
        lines = "<br/>".join(f"• {esc(m)}" for m in p.energy_plan.measures)
        if p.energy_plan.expected_benefit:
            lines += f'<br/><font color="{hex_colour(MUTED)}">{esc(p.energy_plan.expected_benefit)}</font>'
        energy: Flowable = Para(lines, st.cell)
    else:
        energy = Para("暂无综合能源服务意向。", st.small)
    return grid_table([["供电方案", "综合能源方案"], [supply, energy]],
                      [half, half], zebra=False, padding=4,
                      extra=[("VALIGN", (0, 1), (-1, 1), "TOP")])


def _documents(p: ProjectSheet, st: Styles, width: float) -> Flowable:
    if not p.missing_documents:
        return Para('<font color="#2e7d32">✓</font> 客户资料已齐全，无待补资料。', st.cell)
    f = width / 180
    rows: list[list[object]] = [["已交", "资料名称", "所属阶段", "需提交日期", "备注"]]
    for d in p.missing_documents:
        rows.append(["□", para(d.name, st.cell), d.stage, fmt_date(d.needed_by), para(d.note or "", st.cell)])
    return grid_table(rows, [w * f for w in (12, 70, 28, 28, 42)], padding=2.5, center_cols=(0, 2, 3))
