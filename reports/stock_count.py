"""Stock-count report (盘点报告) of one warehouse zone: expected vs seen, the discrepancies, the adjustments.

The storekeeper signs it; the differences must be readable at a glance, so each list gets its own section
even when it is empty ("无"), which also shows the reader that the list was checked.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table

from reports.fonts import ACCENT, Styles, make_styles
from reports.page_canvas import NumberedCanvas, OutlinedPara, OutlineMark, PageDecor
from reports.pdf_parts import GRID, Para, esc, fmt_datetime, grid_table, out_target, para, table_style
from reports.tag_labels import epc_lines

_MARGIN_X, _MARGIN_TOP, _MARGIN_BOTTOM = 15 * mm, 20 * mm, 17 * mm
_RED = colors.HexColor("#c62828")
_AMBER = colors.HexColor("#e08e0b")
_GREEN = colors.HexColor("#2e7d32")


@dataclass(frozen=True)
class DiscrepancyRow:
    """One item that is missing, unexpected or misplaced."""

    item_name: str  # "未登记标签" when an unknown EPC was read
    epc_hex: str
    serial: str = ""
    expected_location: str = ""
    seen_location: str = ""
    last_seen_at: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class AdjustmentRow:
    """A booking made to settle a discrepancy (盘亏核销, 盘盈入库, 移库…)."""

    item_name: str
    epc_hex: str
    action: str
    reason: str
    by: str
    at: datetime | None = None


@dataclass(frozen=True)
class StockCountReport:
    zone: str
    started_at: datetime
    closed_at: datetime
    counted_by: str
    expected: int
    seen: int
    missing: list[DiscrepancyRow] = field(default_factory=list)
    unexpected: list[DiscrepancyRow] = field(default_factory=list)
    misplaced: list[DiscrepancyRow] = field(default_factory=list)
    adjustments: list[AdjustmentRow] = field(default_factory=list)
    warehouse: str = "智慧库房"
    reviewed_by: str = ""

    @property
    def matched(self) -> int:
        return max(self.expected - len(self.missing), 0)

    @property
    def match_rate(self) -> float | None:
        """账实相符率: expected items that were found, of all expected (None when nothing was expected)."""
        return self.matched / self.expected if self.expected else None


@dataclass(frozen=True)
class StockCountInfo:
    page_count: int
    outline_titles: list[str]


def build_stock_count_report(data: StockCountReport, out: Path | BinaryIO) -> StockCountInfo:
    st = make_styles()
    width = A4[0] - 2 * _MARGIN_X
    decor = PageDecor(
        header_left=f"{data.warehouse}　·　{data.zone} 盘点报告",
        header_right=f"盘点时间 {fmt_datetime(data.started_at)}",
        footer_left=f"盘点人 {data.counted_by}",
        footer_right="阳光服务控制台",
        header_on_first_page=True,
    )
    story: list[Flowable] = [OutlineMark("盘点概况"), *_summary(data, st, width)]
    sections = [
        ("缺失物品（应在未读到）", data.missing, "缺失", _RED),
        ("未预期标签（读到但不在本区台账）", data.unexpected, "未预期", _AMBER),
        ("错位物品（在本区读到但不在应在货位）", data.misplaced, "错位", _AMBER),
    ]
    for title, rows, short, colour in sections:
        story += [OutlinedPara(title, st.h2, title.split("（")[0]), _discrepancies(rows, short, colour, st, width)]
    story += [OutlinedPara("盘点调整", st.h2, "盘点调整"), _adjustments(data.adjustments, st, width),
              Spacer(1, 8 * mm), OutlineMark("签字确认"), _sign_off(data, st, width)]
    doc = BaseDocTemplate(
        out_target(out), pagesize=A4, leftMargin=_MARGIN_X, rightMargin=_MARGIN_X, topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM, title=f"{data.zone} 盘点报告 {data.started_at:%Y-%m-%d}",
        author=data.counted_by, subject="库房盘点：应盘与实盘差异", creator="阳光服务控制台", lang="zh-CN",
    )
    frame = Frame(_MARGIN_X, _MARGIN_BOTTOM, width, A4[1] - _MARGIN_TOP - _MARGIN_BOTTOM, 0, 0, 0, 0)
    doc.addPageTemplates([PageTemplate(id="portrait", frames=[frame], pagesize=A4)])
    doc.build(story, canvasmaker=partial(NumberedCanvas, decor=decor))
    return StockCountInfo(decor.page_count, [title for title, _, _ in decor.outline])


def _summary(d: StockCountReport, st: Styles, width: float) -> list[Flowable]:
    rate = "—" if d.match_rate is None else f"{d.match_rate:.1%}"
    rate_colour = _GREEN if d.match_rate is not None and d.match_rate >= 0.995 else (
        _AMBER if d.match_rate is not None and d.match_rate >= 0.97 else _RED)
    figures = [("应盘数量", str(d.expected), ACCENT), ("实盘读到", str(d.seen), ACCENT),
               ("缺失", str(len(d.missing)), _RED if d.missing else _GREEN),
               ("未预期", str(len(d.unexpected)), _AMBER if d.unexpected else _GREEN),
               ("错位", str(len(d.misplaced)), _AMBER if d.misplaced else _GREEN), ("账实相符率", rate, rate_colour)]
    cells = Table([[v for _, v, _ in figures], [k for k, _, _ in figures]], colWidths=[width / len(figures)] * 6,
                  rowHeights=[12 * mm, 7 * mm])
    cells.setStyle(table_style(
        ("FONTSIZE", (0, 0), (-1, 0), 18), ("FONTSIZE", (0, 1), (-1, 1), 8), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TEXTCOLOR", (0, 1), (-1, 1), colors.HexColor("#5f6b7a")),
        ("BOX", (0, 0), (-1, -1), 0.6, GRID), ("LINEAFTER", (0, 0), (-2, -1), 0.3, GRID),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f9fb")),
        *[("TEXTCOLOR", (i, 0), (i, 0), c) for i, (_, _, c) in enumerate(figures)],
    ))
    minutes = int((d.closed_at - d.started_at).total_seconds() // 60)
    facts = grid_table(
        [["盘点区域", para(d.zone, st.cell), "盘点人", para(d.counted_by, st.cell)],
         ["开始时间", fmt_datetime(d.started_at), "结束时间", f"{fmt_datetime(d.closed_at)}（用时 {minutes} 分钟）"],
         ["所属库房", para(d.warehouse, st.cell), "复核人", para(d.reviewed_by or "—", st.cell)]],
        [width * 0.14, width * 0.36, width * 0.14, width * 0.36], header_rows=0, zebra=False,
        extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7")),
               ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eef2f7"))],
    )
    return [Para("库房盘点报告", st.h1), facts, Spacer(1, 5 * mm), cells, Spacer(1, 2 * mm),
            Para("账实相符率 =（应盘数量 − 缺失）÷ 应盘数量；未预期与错位物品不计入相符，须在下方逐项处理。", st.small)]


def _epc(epc_hex: str, st: Styles) -> Para:
    """EPC in grouped hex on two fixed lines, so no cell ever breaks a group in the middle."""
    return Para("<br/>".join(epc_lines(epc_hex)), ParagraphStyle("epc", parent=st.mono, fontSize=8, leading=10))


def _discrepancies(rows: list[DiscrepancyRow], short: str, colour: colors.Color, st: Styles,
                   width: float) -> Flowable:
    if not rows:
        return Para(f"无{short}物品。", st.cell)
    head = ["序号", "物品名称", "序列号", "EPC（十六进制）", "应在货位", "读到位置", "最后读到", "备注"]
    body: list[list[object]] = [head]
    for i, r in enumerate(rows, 1):
        body.append([str(i), para(r.item_name, st.cell), para(r.serial or "—", st.cell), _epc(r.epc_hex, st),
                     para(r.expected_location or "—", st.cell), para(r.seen_location or "—", st.cell),
                     fmt_datetime(r.last_seen_at).replace(" ", "\n"), para(r.note, st.cell)])
    f = width / 180
    return grid_table(body, [w * f for w in (8, 30, 25, 29, 21, 21, 19, 27)], padding=2.5, center_cols=(0, 6),
                      extra=[("LINEBEFORE", (0, 1), (0, -1), 2, colour)])


def _adjustments(rows: list[AdjustmentRow], st: Styles, width: float) -> Flowable:
    if not rows:
        return Para("无盘点调整。", st.cell)
    body: list[list[object]] = [["序号", "物品名称", "EPC（十六进制）", "调整类型", "原因", "经办人", "时间"]]
    for i, r in enumerate(rows, 1):
        body.append([str(i), para(r.item_name, st.cell), _epc(r.epc_hex, st), para(r.action, st.cell),
                     para(r.reason, st.cell), para(r.by, st.cell), fmt_datetime(r.at).replace(" ", "\n")])
    f = width / 180
    return grid_table(body, [w * f for w in (9, 32, 30, 20, 45, 22, 22)], padding=2.5, center_cols=(0, 6))


def _sign_off(d: StockCountReport, st: Styles, width: float) -> Flowable:
    # The statement repeats the figures, so that a sign-off landing alone on the last page still says what
    # was signed for.
    statement = Para(
        f"{esc(d.zone)}　{d.started_at:%Y-%m-%d} 盘点结果：应盘 {d.expected}，实盘读到 {d.seen}，缺失 {len(d.missing)}，"
        f"未预期 {len(d.unexpected)}，错位 {len(d.misplaced)}，盘点调整 {len(d.adjustments)} 项。以上结果经盘点人、复核人确认。",
        st.body)
    f = width / 180
    sign = Table(
        [[para("盘点人（签字）：", st.body), "", para("复核人（签字）：", st.body), ""],
         [para("库管员（签字）：", st.body), "", para("日　　期：", st.body), ""]],
        colWidths=[w * f for w in (36, 54, 36, 54)], rowHeights=[13 * mm] * 2,
    )
    sign.setStyle(table_style(
        ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black), ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (1, 0), (1, -1), 8 * mm),
    ))
    return KeepTogether([statement, Spacer(1, 2 * mm), sign])
