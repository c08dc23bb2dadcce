"""Import wizard, duplicates review, export and the detail forms, driven on a demo database."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select, update

from console.core.models import AuditEntry, Customer, Visit
from console.core.models.enums import ContactKind, Segment
from console.screens.portfolio.detail import CustomerDetailPage
from console.screens.portfolio.duplicates_dialog import DuplicatesDialog
from console.screens.portfolio.forms import IntentionDialog, VisitDialog
from console.screens.portfolio.import_dialog import ImportDialog
from console.screens.portfolio.screen import PortfolioScreen
from tests.conftest import principal_for

SAMPLE = Path("/work/shared/samples/customers_export.csv")
TODAY = date(2026, 11, 26)


def count(db) -> int:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(Customer)))


def test_import_wizard_preview_commit_and_undo(qtbot, qtmodeltester, demo_db, make_context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(demo_db, "admin")
    dialog = ImportDialog(ctx, None, [])
    qtbot.addWidget(dialog)
    dialog.load_file(str(SAMPLE))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 12 and dialog.commit.isEnabled()
    assert "拒绝 2" in dialog.summary.text()
    dialog.show_only.setCurrentIndex(dialog.show_only.findData("reject"))
    assert dialog.model.rowCount() == 2
    assert "户号应为10位数字" in dialog.model.data(dialog.model.index(1, 5))
    before = count(demo_db)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000) as blocker:
        dialog.on_commit()
    assert count(demo_db) == before + 10 and len(blocker.args[0]) == 10
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000):
        dialog.on_undo()
    assert count(demo_db) == before


def test_import_wizard_shows_a_file_error(qtbot, demo_db, make_context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"")
    dialog = ImportDialog(make_context(demo_db, "lead.east"), None, [])
    qtbot.addWidget(dialog)
    dialog.load_file(str(bad))
    qtbot.waitUntil(lambda: "文件是空的" in dialog.summary.text(), timeout=10_000)
    assert not dialog.commit.isEnabled()


def test_duplicates_dialog_scans_and_merges(qtbot, demo_db, make_context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    team = principal_for(demo_db, "lead.east").team_id
    with demo_db.session_factory() as s:
        a, b = list(s.scalars(select(Customer.id).where(Customer.team_id == team).order_by(Customer.id).limit(2)))
        phone = s.get(Customer, a).phone
        s.execute(update(Customer).where(Customer.id == b).values(phone=phone))
        s.commit()
    ctx = make_context(demo_db, "lead.east")
    dialog = DuplicatesDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.scan()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    row = next(i for i, g in enumerate(dialog.result.groups) if {m.id for m in g.members} == {a, b})
    dialog.groups.setCurrentRow(row)
    keep_row = next(i for i, m in enumerate(dialog.members.records) if m.id == a)
    dialog.member_view.selectRow(keep_row)
    assert dialog.merge.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    groups_before = dialog.groups.count()
    dialog.on_merge()
    qtbot.waitUntil(lambda: dialog.groups.count() == groups_before - 1, timeout=10_000)
    with demo_db.session_factory() as s:
        assert s.get(Customer, b).merged_into_id == a


def test_detail_forms_write_through_the_services(qtbot, qtmodeltester, demo_db, make_context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(demo_db, "manager.east")
    team = ctx.principal.team_id
    with demo_db.session_factory() as s:
        key = s.scalars(select(Customer).where(Customer.team_id == team, Customer.segment == Segment.KEY_ACCOUNT).limit(1)).one()
    page = CustomerDetailPage(ctx, TODAY, 30)
    qtbot.addWidget(page)
    page.open_customer(key.id)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    for model in (page.contacts, page.visits, page.intentions, page.projects, page.complaints, page.recent):
        qtmodeltester.check(model)
    visits_before = len(page.detail.visits)

    def fill_visit(dialog: VisitDialog) -> int:
        dialog.summary.setPlainText("现场走访：了解扩产计划")
        return 1

    monkeypatch.setattr(VisitDialog, "exec", fill_visit)
    with qtbot.waitSignal(page.sig_customers_changed, timeout=10_000):
        page.on_add_visit()
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.visits) == visits_before + 1, timeout=10_000)
    assert page.detail.profile.last_contact_on == TODAY

    def fill_intention(dialog: IntentionDialog) -> int:
        dialog.description.setPlainText("食堂全电厨房改造")
        dialog.kw.setValue(120)
        return 1

    monkeypatch.setattr(IntentionDialog, "exec", fill_intention)
    with qtbot.waitSignal(page.sig_customers_changed, timeout=10_000):
        page.on_add_intention()
    qtbot.waitUntil(lambda: any(i.description == "食堂全电厨房改造" for i in page.detail.intentions), timeout=10_000)
    row = next(i for i, x in enumerate(page.intentions.records) if x.description == "食堂全电厨房改造")
    page.intentions_view.selectRow(row)
    with qtbot.waitSignal(page.sig_customers_changed, timeout=10_000):
        page.on_send_to_reserve()
    qtbot.waitUntil(lambda: any(i.description == "食堂全电厨房改造" and i.reserve_entry_id for i in page.detail.intentions), timeout=10_000)
    with demo_db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Visit).where(Visit.customer_id == key.id,
                                                                      Visit.kind == ContactKind.VISIT)) >= 1


def test_export_from_the_screen_writes_the_filtered_view(qtbot, demo_db, make_context, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from console.screens.portfolio.export_runner import ExportRunner

    ctx = make_context(demo_db, "lead.east")
    screen = PortfolioScreen(ctx, today=TODAY)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.portfolio is not None and screen.model is not None
                    and screen.model.rowCount() == screen.portfolio.frame.live_count, timeout=20_000)
    screen.segment.setCurrentIndex(screen.segment.findData("ev_charging"))
    frame = screen.portfolio.frame
    ev = frame.categories["segment"].code_of("ev_charging")
    qtbot.waitUntil(lambda: 0 < screen.model.rowCount() < frame.live_count
                    and (frame.categories["segment"].codes[screen.model.view_index] == ev).all(), timeout=10_000)
    target = tmp_path / "ev.csv"
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, suffix: str(target))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    screen.on_export(".csv")
    qtbot.waitUntil(target.exists, timeout=20_000)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    assert len(rows) == screen.model.rowCount() and all(r[2] == "充电设施专项客户" for r in rows)

    def audited() -> bool:  # the audit entry follows the finished file
        with demo_db.session_factory() as s:
            return s.scalar(select(AuditEntry.id).where(AuditEntry.action == "export")) is not None

    qtbot.waitUntil(audited, timeout=10_000)
