"""The client service-day meeting pack (客户服务日商会资料): cover, agenda, project pages, plans, decisions, sign-in.

``build_service_day_pack`` takes plain data (:mod:`reports.service_day_data`) and writes an A4 PDF with the shipped
Chinese font embedded, "第 x 页 / 共 y 页" footers and an outline a facilitator can jump through on screen.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from reports.fonts import ACCENT, MUTED, Styles, make_styles
from reports.page_canvas import NumberedCanvas, OutlineMark, PageDecor
from reports.pdf_parts import (
    GRID,
    esc,
    fmt_date,
    fmt_datetime,
    fmt_kva,
    grid_table,
    out_target,
    Para,
    para,
    table_style,
)
from reports.service_day_data import AgendaEntry, ClockStatus, PackInfo, ProjectFlag, ServiceDayPack
from reports.service_day_project import FLAG_COLOURS, flag_chips, project_page
from reports.service_day_timeline import STATUS_COLOURS

MARGIN_X = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 17 * mm
PORTRAIT = A4
LANDSCAPE = landscape(A4)
_WEEKDAYS = "一二三四五六日"
EMPTY_WEEK = "本周无待审议项目"
CONTENTS_H = 52 * mm  # kept free at the foot of the cover for the contents list


def frame_size(pagesize: tuple[float, float]) -> tuple[float, float]:
    return pagesize[0] - 2 * MARGIN_X, pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM


def _doc(target: str | BinaryIO, pack: ServiceDayPack) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        target, pagesize=PORTRAIT, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{pack.team_name} {pack.week_label} 客户服务日商会资料",
        author=pack.facilitator, subject="客户服务日商会：验收送电计划、节点时限与待补资料",
        creator="阳光服务控制台", keywords=["客户服务日商会", pack.week_label, pack.team_name],
        lang="zh-CN",
    )
    templates = []
    for name, size in (("portrait", PORTRAIT), ("landscape", LANDSCAPE)):
        w, h = frame_size(size)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, w, h, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0, id=name)
        templates.append(PageTemplate(id=name, frames=[frame], pagesize=size))
    doc.addPageTemplates(templates)
    return doc


def build_service_day_pack(pack: ServiceDayPack, out: Path | BinaryIO) -> PackInfo:
    """Write the pack to ``out`` (a path or a binary file) and report its page count and outline titles."""
    st = make_styles()
    decor = PageDecor(
        header_left=f"{pack.team_name}　·　{pack.week_label} 客户服务日商会",
        header_right=f"会议日期 {fmt_date(pack.meeting_date)}",
        footer_left=f"生成于 {fmt_datetime(pack.generated_at)}",
        footer_right="内部资料　客户信息已脱敏",
        contents_height=CONTENTS_H,
    )
    story: list[Flowable] = [OutlineMark("封面")] + _cover(pack, st)
    if pack.projects or pack.agenda:
        story += _new_page("portrait", "会议议程") + _agenda(pack, st)
    if pack.projects:
        story += _new_page("portrait", "项目资料")
        width, height = frame_size(PORTRAIT)
        for i, p in enumerate(pack.projects, 1):
            if i > 1:
                story += _new_page("portrait")
            story.append(OutlineMark(f"{i}. {p.application_no} {p.customer_name}", level=1))
            story += project_page(p, i, len(pack.projects), pack.meeting_date, st, width, height)
        story += _new_page("landscape", "验收送电计划") + _plans(pack, st)
        story += _new_page("portrait", "会议决议") + _decisions(pack, st)
    story += _new_page("landscape", "签到表") + _sign_in(pack, st)
    doc = _doc(out_target(out), pack)
    doc.build(story, canvasmaker=partial(NumberedCanvas, decor=decor))
    return PackInfo(decor.page_count, [title for title, _, _ in decor.outline])


def _new_page(template: str, outline: str | None = None) -> list[Flowable]:
    parts: list[Flowable] = [NextPageTemplate(template), PageBreak()]
    if outline:
        parts.append(OutlineMark(outline))
    return parts


def _weekday(pack: ServiceDayPack) -> str:
    return f"{fmt_date(pack.meeting_date)}（星期{_WEEKDAYS[pack.meeting_date.weekday()]}）"


def _cover(pack: ServiceDayPack, st: Styles) -> list[Flowable]:
    width, height = frame_size(PORTRAIT)
    parts: list[Flowable] = [
        Spacer(1, 16 * mm),
        Para("阳光服务　·　全能型客户服务团队", st.subtitle),
        Spacer(1, 6 * mm),
        Para("客户服务日商会", st.title),
        Para(f"会议资料　{esc(pack.week_label)}", st.subtitle),
        Spacer(1, 10 * mm),
        Para(esc(pack.team_name), st.notice),
        Spacer(1, 10 * mm),
    ]
    info = [
        ("会议日期", _weekday(pack)), ("会议地点", pack.place), ("主 持 人", pack.facilitator),
        ("记 录 人", pack.recorder or "—"), ("审议项目", f"{len(pack.projects)} 个"),
        ("验收送电计划", f"{len(pack.power_on_plans)} 项待集体确认"),
        ("预计参会", f"{len(pack.attendees_expected)} 人"),
    ]
    label = ParagraphStyle("cover_label", parent=st.body, textColor=MUTED)
    table = Table([[para(k, label), para(v, st.body)] for k, v in info], colWidths=[34 * mm, 96 * mm],
                  hAlign="CENTER")
    table.setStyle(table_style(
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
    ))
    parts.append(table)
    parts.append(Spacer(1, 12 * mm))
    if pack.projects:
        parts.append(_cover_summary(pack, st, width))
    else:
        parts.append(_empty_notice(st, width))
    parts += [Spacer(1, 8 * mm),
              Para("本资料含客户信息，已按规定脱敏，仅限本次会议使用，会后由记录人统一回收。", st.small)]
    # Never reaches into the foot of the page, where the contents list is drawn when the pages are written.
    return [KeepInFrame(width, height - CONTENTS_H - 2 * mm, parts, mode="shrink")]


def _cover_summary(pack: ServiceDayPack, st: Styles, width: float) -> Table:
    statuses = [n.status for p in pack.projects for n in p.nodes]
    cells: list[tuple[str, int, str]] = [
        ("超期环节", sum(s is ClockStatus.OVERDUE for s in statuses), STATUS_COLOURS[ClockStatus.OVERDUE].hexval()),
        ("临期环节", sum(s is ClockStatus.AT_RISK for s in statuses), STATUS_COLOURS[ClockStatus.AT_RISK].hexval()),
        ("待补资料", sum(len(p.missing_documents) for p in pack.projects), ACCENT.hexval()),
    ] + [(f.label, sum(f in p.flags for p in pack.projects), FLAG_COLOURS[f]) for f in ProjectFlag]
    row_num = [Para(f'<font color="{c.replace("0x", "#")}" size="18"><b>{n}</b></font>', st.cell_center)
               for _, n, c in cells]
    row_lbl = [para(label, st.small) for label, _, _ in cells]
    for p in row_lbl:
        p.style = st.cell_center
    table = Table([row_num, row_lbl], colWidths=[width / len(cells)] * len(cells), rowHeights=[11 * mm, 7 * mm])
    table.setStyle(table_style(
        ("BOX", (0, 0), (-1, -1), 0.6, GRID), ("LINEAFTER", (0, 0), (-2, -1), 0.3, GRID),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f9fb")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ))
    return table


def _empty_notice(st: Styles, width: float) -> Table:
    box = Table([[Para(EMPTY_WEEK, st.notice)],
                 [Para("本周没有需要集体审议的业扩项目，也没有待确认的验收送电计划。会议照常签到，签到表附后。",
                            st.body)]], colWidths=[width * 0.8], hAlign="CENTER")
    box.setStyle(table_style(
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2f7")),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
    ))
    return box


def _slot(e: AgendaEntry, pack: ServiceDayPack) -> str:
    if e.start_time is None:
        return f"{e.minutes} 分钟"
    start = datetime.combine(pack.meeting_date, e.start_time)
    return f"{start:%H:%M}–{start + timedelta(minutes=e.minutes):%H:%M}"


def _agenda(pack: ServiceDayPack, st: Styles) -> list[Flowable]:
    width, _ = frame_size(PORTRAIT)
    rows: list[list[object]] = [["序号", "时间", "申请编号", "客户名称", "议题 / 上会原因", "汇报人"]]
    for e in pack.agenda:
        chips = flag_chips(e.flags)
        topic = esc(e.topic) + (f"<br/>{chips}" if chips else "")
        rows.append([str(e.seq), _slot(e, pack), e.application_no or "—", para(e.customer_name or "—", st.cell),
                     Para(topic, st.cell), para(e.presenter, st.cell_center)])
    f = width / 180
    return [
        Para("会议议程", st.h1),
        Para(f"时间：{esc(_weekday(pack))}　地点：{esc(pack.place)}　主持人：{esc(pack.facilitator)}", st.small),
        Spacer(1, 4 * mm),
        grid_table(rows, [w * f for w in (11, 23, 29, 40, 59, 18)], center_cols=(0, 1)),
    ]


def _plans(pack: ServiceDayPack, st_page: Styles) -> list[Flowable]:
    width, _ = frame_size(LANDSCAPE)
    st = make_styles(8)  # thirteen columns: one point smaller keeps dates and numbers on one line
    parts: list[Flowable] = [
        Para("验收送电（停送电）计划集体确认表", st_page.h1),
        Para("计划停电须提前 7 天公告；涉及重要客户的临时停电须提前 24 小时告知。请逐项确认，需调整的在备注栏写明新日期。",
                  st_page.small),
        Spacer(1, 3 * mm),
    ]
    if not pack.power_on_plans:
        parts.append(Para("本周无待确认的验收送电计划。", st_page.body))
        return parts
    head = ["序号", "申请编号", "客户名称", "类别", "电压 / 容量", "验收日期", "停电时段", "送电日期", "停电范围",
            "负责人 / 电话", "资料", "备注", "会议确认"]
    rows: list[list[object]] = [[para(h, st.cell_head) for h in head]]
    extra: list[tuple[object, ...]] = []
    for i, pl in enumerate(pack.power_on_plans, 1):
        outage = "待会议确定" if pl.outage_to_decide else "无需停电" if pl.outage_start is None else (
            f"{pl.outage_start:%m-%d %H:%M}\n至 {pl.outage_end:%m-%d %H:%M}" if pl.outage_end
            else f"{pl.outage_start:%m-%d %H:%M} 起")
        who = esc(pl.responsible) + (f"<br/>{esc(pl.contact_phone_masked)}" if pl.contact_phone_masked else "")
        rows.append([
            str(i), pl.application_no, para(pl.customer_name, st.cell), para(pl.class_label, st.cell_center),
            f"{pl.voltage}\n{fmt_kva(pl.capacity_kva)}", fmt_date(pl.acceptance_on), outage,
            fmt_date(pl.power_on_on), para(pl.outage_scope, st.cell), Para(who, st.cell_center),
            "齐全" if pl.documents_complete else "待补", para(pl.remarks, st.cell), "□ 同意\n□ 调整",
        ])
        docs_colour = colors.HexColor("#2e7d32" if pl.documents_complete else "#c62828")
        extra.append(("TEXTCOLOR", (10, i), (10, i), docs_colour))
    f = width / 267
    parts.append(grid_table(rows, [w * f for w in (8, 26, 32, 17, 18, 20, 25, 20, 31, 22, 10, 23, 15)],
                            padding=2.5, font_size=8, center_cols=(0, 4, 5, 6, 7, 10), extra=extra))
    return parts


def _decisions(pack: ServiceDayPack, st: Styles) -> list[Flowable]:
    width, height = frame_size(PORTRAIT)
    head = ["序号", "申请编号 / 事项", "决议内容", "责任单位 / 责任人", "完成时限"]
    f = width / 180
    rows: list[list[object]] = [[para(h, st.cell_head) for h in head]]
    for i, d in enumerate(pack.decisions, 1):
        subject = f"{d.application_no}<br/>{esc(d.topic)}" if d.application_no else esc(d.topic)
        rows.append([para(i, st.cell_center), Para(subject, st.cell), para(d.decision, st.cell),
                     para(d.responsible, st.cell), para(d.due_on.isoformat() if d.due_on else "", st.cell_center)])
    blank = max(12 - len(pack.decisions), 3)  # room to write further decisions by hand
    first_blank = len(pack.decisions) + 1
    rows += [[para(i, st.cell_center), "", "", "", ""] for i in range(first_blank, first_blank + blank)]
    # Recorded rows grow with their text; blank rows keep a height one can write in.
    heights = [8 * mm] + [None] * len(pack.decisions) + [13.5 * mm] * blank
    table = grid_table(rows, [w * f for w in (12, 38, 72, 34, 24)], row_heights=heights, zebra=False)
    sign = Table(
        [[para("主持人（签字）：", st.body), "", para("记录人（签字）：", st.body), ""],
         [para("营销部（签字）：", st.body), "", para("运维检修部（签字）：", st.body), ""],
         [para("客户代表（签字）：", st.body), "", para("日　　期：", st.body), ""]],
        colWidths=[w * f for w in (38, 50, 42, 50)], rowHeights=[13 * mm] * 3,
    )
    sign.setStyle(table_style(
        ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black), ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (1, 0), (1, -1), 8 * mm),
    ))
    return [
        Para("会议决议事项", st.h1),
        Para(f"{esc(pack.team_name)}　{esc(pack.week_label)} 客户服务日商会　{esc(_weekday(pack))}", st.small),
        Spacer(1, 4 * mm), table, Spacer(1, 8 * mm),
        Para("以上决议经与会各方确认，由记录人于会后一个工作日内录入系统并跟踪落实。", st.small),
        Spacer(1, 2 * mm), sign,
    ]


def _sign_in(pack: ServiceDayPack, st: Styles) -> list[Flowable]:
    width, height = frame_size(LANDSCAPE)
    title = [
        Para("参会签到表", st.h1),
        Para(f"会议：{esc(pack.team_name)} 客户服务日商会（{esc(pack.week_label)}）　时间：{esc(_weekday(pack))}　"
                  f"地点：{esc(pack.place)}", st.small),
        Spacer(1, 3 * mm),
    ]
    used = sum(p.wrap(width, height)[1] + p.getSpaceBefore() + p.getSpaceAfter() for p in title)
    row_h, head_h, pad = 10.5 * mm, 8 * mm, 3.0
    col_w = [w * width / 267 for w in (12, 30, 62, 44, 30, 26, 63)]
    head = ["序号", "姓名", "单位 / 部门", "岗位 / 角色", "联系电话", "签到时间", "签名"]
    rows: list[list[object]] = [[para(h, st.cell_head) for h in head]]
    heights: list[float] = [head_h]
    for i, a in enumerate(pack.attendees_expected, 1):
        cells = [para(i, st.cell_center), para(a.name, st.cell), para(a.organisation, st.cell), para(a.role, st.cell),
                 para(a.phone_masked, st.cell_center)]
        # A long name or organisation makes its row taller instead of running into the next one.
        tallest = max(c.wrap(w - 2 * pad, height)[1] for c, w in zip(cells, col_w))
        rows.append([*cells, "", ""])
        heights.append(max(row_h, tallest + 2 * pad * 0.8 + 1))
    # Lay the rows out as the frame will (the header repeats on every page), then fill what is left of the
    # last page with blank lines for walk-in attendees: at least four of them.
    free = height - used - 2
    page_free = free - head_h
    for h in heights[1:]:
        if h > page_free:
            page_free = height - 2 - head_h
        page_free -= h
    blanks = int(page_free // row_h)
    if blanks < 4:
        blanks += int((height - 2 - head_h) // row_h)
    for i in range(len(pack.attendees_expected) + 1, len(pack.attendees_expected) + blanks + 1):
        rows.append([para(i, st.cell_center), "", "", "", "", "", ""])
        heights.append(row_h)
    table = grid_table(rows, col_w, row_heights=heights, zebra=False, padding=pad)
    return title + [table]
