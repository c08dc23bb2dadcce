"""``sunshine-console report service-day``: the printed pack checked the way a printer and a reader see it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from console.cli import main
from console.core.models import AuditEntry, Centre, Meeting, Team
from tests.reports.pdf_tools import ink_fractions, needs_poppler, outline, page_texts, pdffonts, pdftotext, qpdf_check

pytestmark = needs_poppler


def run(db, out: Path, *extra: str, team: str = "T01", week: str = "2026-W48") -> int:  # type: ignore[no-untyped-def]
    return main(["--db", db.target.url, "report", "service-day", "--team", team, "--week", week, "-o", str(out),
                 "--today", "2026-11-26", *extra])


@pytest.fixture
def east_pack(demo_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    out = tmp_path / "packs" / "east.pdf"
    assert run(demo_db, out) == 0
    return out, capsys.readouterr().out


def test_the_east_pack_prints_every_part_with_numbered_pages(demo_db, east_pack) -> None:  # type: ignore[no-untyped-def]
    out, stdout = east_pack
    pages = page_texts(out)
    n = len(PdfReader(str(out)).pages)
    assert len(pages) == n and f"共 {n} 页" in stdout
    for i, text in enumerate(pages, 1):
        assert re.search(rf"第\s*{i}\s*页\s*/\s*共\s*{n}\s*页", text), f"page {i} footer"
    text = pdftotext(out)
    for words in ("客户服务日商会", "城东服务团队", "2026-W48", "会议议程", "上会原因", "节点时限", "待补资料清单",
                  "验收送电（停送电）计划集体确认表", "会议决议事项", "参会签到表", "主持人（签字）", "中心管理员"):
        assert words in text, words
    with demo_db.session_factory() as s:
        meeting = s.scalars(select(Meeting)).one()
        items = [i for i in meeting.items if i.project_id]
    projects = re.findall(r"上会项目 (\d+) / (\d+)", text)
    assert len(projects) == len(items) and projects[-1] == (str(len(items)), str(len(items)))


def test_the_outline_jumps_to_each_part_and_each_project(east_pack) -> None:  # type: ignore[no-untyped-def]
    out, _ = east_pack
    marks = outline(out)
    top = [t for t, depth, _ in marks if depth == 0]
    assert top == ["封面", "会议议程", "项目资料", "验收送电计划", "会议决议", "签到表"]
    pages = page_texts(out)
    projects = [(t, page) for t, depth, page in marks if depth == 1]
    assert projects and [t.split(". ")[0] for t, _ in projects] == [str(i) for i in range(1, len(projects) + 1)]
    for title, page in projects:
        application_no = title.split()[1]
        assert application_no in pages[page] and "上会项目" in pages[page]
    by_title = {t: page for t, depth, page in marks if depth == 0}
    assert "验收送电（停送电）计划集体确认表" in pages[by_title["验收送电计划"]]
    assert "参会签到表" in pages[by_title["签到表"]]


def test_fonts_are_embedded_and_the_file_is_clean(east_pack) -> None:  # type: ignore[no-untyped-def]
    out, _ = east_pack
    fonts = pdffonts(out)
    assert fonts and all(f.embedded for f in fonts), fonts
    assert all("WenQuanYi" in f.name for f in fonts)
    check = qpdf_check(out)
    assert check.returncode == 0, check.stdout + check.stderr
    assert all(f > 0.004 for f in ink_fractions(out)), "no page renders blank"


def test_no_personal_data_is_printed(demo_db, east_pack) -> None:  # type: ignore[no-untyped-def]
    out, _ = east_pack
    text = pdftotext(out)
    application_nos = set(re.findall(r"\b\d{12}\b", text))
    for no in application_nos:
        text = text.replace(no, "")
    assert not re.search(r"\d{11}", text), "no phone or ID number survives masking"
    assert re.search(r"1\d\d\*{4}\d{4}", text), "phones appear masked"
    assert re.search(r"[\u4e00-\u9fff]\*{1,}", text), "names of people appear masked"


def test_the_export_is_logged_and_a_second_run_reuses_the_meeting(demo_db, east_pack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out, _ = east_pack
    assert run(demo_db, tmp_path / "again.pdf") == 0
    with demo_db.session_factory() as s:
        assert len(s.scalars(select(Meeting)).all()) == 1
        exports = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert [e.detail["target"] for e in exports] == ["east.pdf", "again.pdf"]
    assert {e.username for e in exports} == {"admin"}
    assert len(PdfReader(str(tmp_path / "again.pdf")).pages) == len(PdfReader(str(out)).pages)


def test_an_empty_week_gives_a_clear_valid_pack(demo_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory.begin() as s:
        s.add(Team(centre_id=s.scalar(select(Centre.id)), code="T09", name="新建服务团队"))
    out = tmp_path / "empty.pdf"
    assert run(demo_db, out, team="新建服务团队") == 0
    assert "本周无待审议项目" in capsys.readouterr().out
    text = pdftotext(out)
    assert "本周无待审议项目" in text and "参会签到表" in text and "上会项目" not in text
    assert [t for t, _, _ in outline(out)] == ["封面", "签到表"]
    assert qpdf_check(out).returncode == 0 and all(f.embedded for f in pdffonts(out))


def test_an_unknown_team_is_a_clear_error_and_writes_nothing(demo_db, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    assert run(demo_db, out, team="T99") == 7
    err = capsys.readouterr().err
    assert "未找到团队：T99" in err and "T01 城东服务团队" in err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_bad_week_or_a_user_without_the_permission_is_refused(demo_db, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert run(demo_db, tmp_path / "x.pdf", week="2026-48") == 2
    assert "2026-W48" in capsys.readouterr().err
    assert run(demo_db, tmp_path / "x.pdf", "--user", "manager.east") == 6
    assert "筹备客户服务日商会" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
