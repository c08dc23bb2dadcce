"""The service-day meeting pack as printed: pages, outline, text, fonts, structure, masking."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from reports.service_day import EMPTY_WEEK, build_service_day_pack
from reports.service_day_data import (
    AttendeeRow,
    ClockStatus,
    InternalNode,
    MissingDocument,
    PackInfo,
    PausedSpan,
    PowerOnPlanRow,
    ProjectFlag,
    ServiceDayPack,
)
from reports.service_day_sample import sample_pack
from tests.reports.pdf_tools import (
    PHONE_LIKE,
    decode_qr_codes,
    ink_fractions,
    needs_poppler,
    outline,
    overlapping_words,
    page_sizes,
    page_texts,
    pdffonts,
    pdftotext,
    qpdf_check,
    word_boxes,
)

pytestmark = needs_poppler
TEAM = "城东全能型客户服务一班"
SECTIONS_AFTER_PROJECTS = ["验收送电计划", "会议决议", "签到表"]


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[ServiceDayPack, PackInfo, Path]]:
    out = tmp_path_factory.mktemp("packs")
    built = {}
    for n in (0, 1, 30):
        pack = sample_pack(n, team_name=TEAM)
        path = out / f"pack_{n}.pdf"
        built[n] = (pack, build_service_day_pack(pack, path), path)
    return built


def test_empty_week_is_cover_and_sign_in_saying_nothing_to_review(packs) -> None:
    pack, info, path = packs[0]
    assert info.page_count == 2 == len(PdfReader(str(path)).pages)
    assert info.outline_titles == ["封面", "签到表"]
    cover, sign_in = page_texts(path)
    assert EMPTY_WEEK in cover
    assert "参会签到表" in sign_in
    assert all(a.name in sign_in for a in pack.attendees_expected)


def test_one_project_pack_has_one_page_per_section(packs) -> None:
    pack, info, path = packs[1]
    assert info.page_count == 6 == len(PdfReader(str(path)).pages)
    project = pack.projects[0]
    assert info.outline_titles == ["封面", "会议议程", "项目资料", f"1. {project.application_no} {project.customer_name}",
                                   *SECTIONS_AFTER_PROJECTS]
    entries = outline(path)
    assert [(t, page) for t, _, page in entries] == [
        ("封面", 0), ("会议议程", 1), ("项目资料", 2), (info.outline_titles[3], 2), ("验收送电计划", 3),
        ("会议决议", 4), ("签到表", 5)]
    assert [depth for _, depth, _ in entries] == [0, 0, 0, 1, 0, 0, 0]


def test_thirty_projects_each_get_exactly_one_page(packs) -> None:
    pack, info, path = packs[30]
    entries = outline(path)
    assert [t for t, _, _ in entries] == info.outline_titles
    projects = [(t, page) for t, depth, page in entries if depth == 1]
    assert len(projects) == 30
    first = projects[0][1]
    assert [page for _, page in projects] == list(range(first, first + 30))
    plans_page = dict((t, p) for t, _, p in entries)["验收送电计划"]
    assert plans_page == first + 30
    assert info.page_count == len(PdfReader(str(path)).pages)
    texts = page_texts(path)
    for (title, page), project in zip(projects, pack.projects):
        assert project.application_no in texts[page]
        assert title.startswith(f"{pack.projects.index(project) + 1}. {project.application_no}")


def test_plans_and_sign_in_are_landscape_the_rest_portrait(packs) -> None:
    _, _, path = packs[30]
    sizes = page_sizes(path)
    pages = {t: p for t, _, p in outline(path)}
    landscape = {i for i, (w, h) in enumerate(sizes) if w > h}
    plans_pages = set(range(pages["验收送电计划"], pages["会议决议"]))
    sign_in_pages = set(range(pages["签到表"], len(sizes)))
    assert landscape == plans_pages | sign_in_pages
    assert all(abs(min(w, h) - 595.28) < 1 and abs(max(w, h) - 841.89) < 1 for w, h in sizes)  # A4


@pytest.mark.parametrize("n", [0, 1, 30])
def test_text_has_team_application_number_and_page_x_of_y(packs, n: int) -> None:
    pack, info, path = packs[n]
    text = pdftotext(path)
    assert TEAM in text
    assert f"第 1 页 / 共 {info.page_count} 页" in text
    assert f"第 {info.page_count} 页 / 共 {info.page_count} 页" in text
    for p in pack.projects:
        assert p.application_no in text
    assert not PHONE_LIKE.search(text), "an 11-digit run (a raw phone number?) reached the printed pack"


@pytest.mark.parametrize("n", [0, 1, 30])
def test_every_font_is_embedded_and_none_is_stsong(packs, n: int) -> None:
    _, _, path = packs[n]
    fonts = pdffonts(path)
    assert fonts
    assert all(f.embedded for f in fonts), fonts
    assert not any("STSong" in f.name or "Helvetica" in f.name for f in fonts), fonts
    assert all("WenQuanYi" in f.name for f in fonts), fonts


@pytest.mark.parametrize("n", [0, 1, 30])
def test_qpdf_finds_no_structural_error(packs, n: int) -> None:
    result = qpdf_check(packs[n][2])
    assert result.returncode == 0, result.stdout + result.stderr


def test_metadata_names_the_meeting(packs) -> None:
    pack, _, path = packs[1]
    meta = PdfReader(str(path)).metadata
    assert meta is not None
    assert TEAM in meta.title and pack.week_label in meta.title
    assert meta.author == pack.facilitator


def test_no_page_looks_empty(packs) -> None:
    _, info, path = packs[30]
    fractions = ink_fractions(path)
    assert len(fractions) == info.page_count
    assert min(fractions) > 0.02, fractions


def test_project_page_shows_clock_status_missing_documents_and_plans(packs) -> None:
    pack, _, path = packs[30]
    pages = {t: p for t, _, p in outline(path)}
    texts = page_texts(path)
    for i, p in enumerate(pack.projects, 1):
        text = texts[pages[f"{i}. {p.application_no} {p.customer_name}"]]
        for node in p.nodes:
            assert node.status.label in text
        for doc in p.missing_documents:
            assert doc.name in text
        if p.supply_plan:
            assert p.supply_plan.source_point.split()[0] in text
        for flag in p.flags:
            assert flag.label in text


def test_plans_table_lists_every_plan(packs) -> None:
    pack, _, path = packs[30]
    pages = {t: p for t, _, p in outline(path)}
    plans_text = "".join(page_texts(path)[pages["验收送电计划"]:pages["会议决议"]])
    assert pack.power_on_plans
    for plan in pack.power_on_plans:
        assert plan.application_no in plans_text
        assert plan.contact_phone_masked in plans_text


def _stress_pack() -> ServiceDayPack:
    base = sample_pack(3, team_name=TEAM)
    long_name = "某某某超长名称新能源汽车智能制造产业园区综合配套服务中心（二期工程）第三标段临时施工用电项目部" * 2
    unbroken = "X" * 160
    p0 = base.projects[0]
    today = base.meeting_date
    heavy = replace(
        p0,
        customer_name=long_name,
        address=unbroken,
        flags=tuple(ProjectFlag),
        agenda_reasons=tuple(f"第{k}项原因：外线工程受市政审批阻滞，需运检部与市政部门协调" for k in range(1, 6)),
        nodes=tuple(InternalNode(f"环节{k}", ClockStatus.OVERDUE, date(2026, 9, 1), date(2026, 9, 20), None, 15, -30)
                    for k in range(1, 9)),
        paused=tuple(PausedSpan(date(2026, 9, 2 + 3 * k), date(2026, 9, 4 + 3 * k), "等待客户补充资料") for k in range(4)),
        missing_documents=tuple(MissingDocument(f"竣工资料第{k}项：{long_name[:20]}", "竣工验收", today, "需加盖公章")
                                for k in range(1, 16)),
    )
    plan = PowerOnPlanRow(p0.application_no, long_name, "高压双电源", "10kV", 12500.0, today, None, None, today,
                          unbroken, long_name[:30], "138****0000", False, long_name)
    return replace(base, projects=[heavy, *base.projects[1:]], power_on_plans=[plan],
                   attendees_expected=[AttendeeRow(long_name[:40], long_name, long_name[:20], "138****1234")] * 25)


def test_overfull_project_still_takes_one_page_and_long_text_stays_on_the_page(tmp_path: Path) -> None:
    pack = _stress_pack()
    path = tmp_path / "stress.pdf"
    info = build_service_day_pack(pack, path)
    entries = outline(path)
    projects = [page for _, depth, page in entries if depth == 1]
    assert projects == [projects[0], projects[0] + 1, projects[0] + 2]
    assert info.page_count == len(PdfReader(str(path)).pages)
    sizes = page_sizes(path)
    margin = 14 * 72 / 25.4  # a millimetre inside the 15 mm side margins
    for page, x0, _, x1, _, word in word_boxes(path):
        width = sizes[page][0]
        assert x0 >= margin - 1 and x1 <= width - margin + 1, (page, x0, x1, word)
    # The 25 expected attendees plus blank lines run the sign-in sheet over more than one page.
    assert outline(path)[-1][0] == "签到表"
    assert info.page_count - outline(path)[-1][2] >= 2


def test_builds_into_a_binary_stream() -> None:
    buf = io.BytesIO()
    info = build_service_day_pack(sample_pack(2), buf)
    data = buf.getvalue()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(PdfReader(io.BytesIO(data)).pages) == info.page_count


def test_unmasked_phone_numbers_are_refused_before_printing() -> None:
    with pytest.raises(ValueError, match="masked"):
        AttendeeRow("黄建平", "运维检修部", "专责", "13712342281")
    with pytest.raises(ValueError, match="masked"):
        PowerOnPlanRow("GY-1", "x", "高压单电源", "10kV", 100.0, None, None, None, None, "", "", "13712342281")
    assert AttendeeRow("黄建平", "运维检修部", "专责", "137****2281").phone_masked == "137****2281"


def test_strings_from_the_database_coerce_to_enums() -> None:
    node = InternalNode("设计审查", "at_risk")  # type: ignore[arg-type]
    assert node.status is ClockStatus.AT_RISK
    project = replace(sample_pack(1).projects[0], flags=("green_channel",),  # type: ignore[arg-type]
                      total_status="overdue")
    assert project.flags == (ProjectFlag.GREEN_CHANNEL,) and project.total_status is ClockStatus.OVERDUE
    with pytest.raises(ValueError):
        replace(project, current_step=7)


def test_each_project_page_qr_scans_to_its_application_number(packs) -> None:
    pack, _, path = packs[30]
    pages = [page for _, depth, page in outline(path) if depth == 1]
    for page, project in list(zip(pages, pack.projects))[:6]:
        assert decode_qr_codes(path, page + 1) == [project.application_no]


def test_no_text_is_printed_over_other_text(packs, tmp_path: Path) -> None:
    from reportlab.platypus import SimpleDocTemplate, Table

    from reports.fonts import CJKCanvas, make_styles
    from reports.pdf_parts import para

    # The detector itself: a row forced too short for its wrapped name must be caught.
    st = make_styles()
    control = tmp_path / "control.pdf"
    SimpleDocTemplate(str(control)).build(
        [Table([[para("某某超长名称新能源汽车智能制造产业园区" * 3, st.cell)], [para("下一行文字", st.cell)]] * 2,
               colWidths=[80], rowHeights=[12, 12, 12, 12])], canvasmaker=CJKCanvas)
    assert overlapping_words(control)
    stress = tmp_path / "stress.pdf"
    build_service_day_pack(_stress_pack(), stress)
    for path in (packs[0][2], packs[1][2], packs[30][2], stress):
        assert overlapping_words(path) == [], path


def test_cover_contents_list_real_page_numbers(packs) -> None:
    _, info, path = packs[30]
    tops = [(t, p + 1) for t, depth, p in outline(path) if depth == 0]
    cover = " ".join(page_texts(path)[0].split())
    assert "资料目录" in cover
    for (title, start), nxt in zip(tops[1:], [*tops[2:], ("", info.page_count + 1)]):
        end = nxt[1] - 1
        label = "项目资料（30 项）" if title == "项目资料" else title
        assert f"{label} 第 {start}–{end} 页" in cover if end > start else f"{label} 第 {start} 页" in cover, title
