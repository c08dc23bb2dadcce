"""Customer import against the database: team rules, one transaction, undo, and fuzzing for partial imports."""
from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from console.core.errors import PermissionDenied
from console.core.imports.messages import ImportFileError
from console.core.imports.spec import Action
from console.core.models import AuditEntry, Contact, Customer, ImportBatch, ImportBatchRow, Team, Visit
from console.core.models.enums import ContactKind
from console.core.services import customer_import
from console.core.services.customer_import import (
    CustomerImportService, ImportChangedSincePreview, NothingToUndo, UndoRefused, rejects_report,
)
from tests.conftest import principal_for

HEADER = ["户号", "户名", "用电地址", "客户分类", "用电类别", "电压等级", "合同容量(kVA)", "行业分类", "所属团队",
          "客户经理", "联系人", "联系电话", "证件号码", "立户日期"]


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def row(account: str, name: str = "测试客户", team: str = "城东服务团队", segment: str = "普通客户",
        address: str = "杭州市上城区解放路1号", capacity: str = "8", opened: str = "2020-01-02") -> list[str]:
    return [account, name, address, segment, "居民生活用电", "交流220V", capacity, "居民生活", team, "", "张三",
            "13800001111", "", opened]


def importer(db, user: str = "lead.east") -> CustomerImportService:  # type: ignore[no-untyped-def]
    return CustomerImportService(db.session_factory, principal_for(db, user))


def count(db, model=Customer) -> int:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def by_account(db, account: str) -> Customer | None:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return s.scalar(select(Customer).where(Customer.account_no == account))


def east_customer(db) -> Customer:  # type: ignore[no-untyped-def]
    team = principal_for(db, "lead.east").team_id
    with db.session_factory() as s:
        return s.scalars(select(Customer).where(Customer.team_id == team).order_by(Customer.id).limit(1)).one()


def test_dry_run_writes_nothing_and_reports_every_row(demo_db) -> None:  # type: ignore[no-untyped-def]
    existing = east_customer(demo_db)
    data = csv_bytes([
        row("3900000001"),
        row(existing.account_no, name=existing.name + "（更名）"),
        row("39000000x2"),
        row("3900000003", segment="大客户"),
        row("3900000004", team="城西服务团队"),
        row("３９００００００05"),  # full-width digits: normalised, not rejected
        row("3900000001"),  # repeats line 2 exactly
    ])
    before = count(demo_db)
    preview = importer(demo_db).dry_run(data, file_name="t.csv")
    assert count(demo_db) == before and count(demo_db, ImportBatch) == 0
    actions = [(o.line_no, o.action) for o in preview.plan.outcomes]
    assert actions == [(2, Action.ADD), (3, Action.UPDATE), (4, Action.REJECT), (5, Action.REJECT),
                       (6, Action.REJECT), (7, Action.ADD), (8, Action.REJECT)]
    report = "\n".join(rejects_report(preview.plan))
    assert "户号应为10位数字" in report and "未知客户分类" in report and "不是本团队" in report and "重复" in report
    assert "line 4 account 39000000x2" in "\n".join(rejects_report(preview.plan, "en"))


def test_commit_adds_updates_and_undo_restores(demo_db) -> None:  # type: ignore[no-untyped-def]
    existing = east_customer(demo_db)
    data = csv_bytes([row("3900000011", address="杭州市上城区 解放路5号楼"), row(existing.account_no, name="改过的名字")])
    svc = importer(demo_db)
    result = svc.commit(svc.dry_run(data, file_name="a.csv"))
    assert (result.added, result.updated) == (1, 1)
    added = by_account(demo_db, "3900000011")
    assert added is not None and added.team_id == existing.team_id and added.normalized_address == "上城区解放路5幢"
    with demo_db.session_factory() as s:
        assert s.scalar(select(Contact.name).where(Contact.customer_id == added.id)) == "张三"
        assert s.scalar(select(func.count()).select_from(ImportBatchRow).where(ImportBatchRow.batch_id == result.batch_id)) == 2
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "import"))
    assert by_account(demo_db, existing.account_no).name == "改过的名字"
    info, ids = svc.undo_last()
    assert info.id == result.batch_id and set(ids) == {added.id, existing.id}
    assert by_account(demo_db, "3900000011") is None
    restored = by_account(demo_db, existing.account_no)
    assert restored.name == existing.name and restored.address == existing.address
    with pytest.raises(NothingToUndo):
        svc.undo_last()


def test_undo_is_refused_when_a_customer_changed_since(demo_db) -> None:  # type: ignore[no-untyped-def]
    from console.core.services.customer_log import CustomerLogService, VisitInput

    svc = importer(demo_db)
    svc.commit(svc.dry_run(csv_bytes([row("3900000021")])))
    added = by_account(demo_db, "3900000021")
    CustomerLogService(demo_db.session_factory, principal_for(demo_db, "lead.east")).add_visit(
        added.id, VisitInput(ContactKind.CALL, date(2026, 11, 20), "回访"), today=date(2026, 11, 26))
    with pytest.raises(UndoRefused):
        svc.undo_last()
    assert by_account(demo_db, "3900000021") is not None  # nothing was undone


def test_commit_is_refused_if_the_database_moved_since_preview(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = importer(demo_db)
    preview = svc.dry_run(csv_bytes([row("3900000031"), row("3900000032")]))
    svc.commit(svc.dry_run(csv_bytes([row("3900000031")])))  # someone imports one of them first
    before = count(demo_db)
    with pytest.raises(ImportChangedSincePreview):
        svc.commit(preview)
    assert count(demo_db) == before and by_account(demo_db, "3900000032") is None


def test_a_failure_half_way_leaves_nothing(demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    existing = east_customer(demo_db)
    svc = importer(demo_db)
    preview = svc.dry_run(csv_bytes([row("3900000041"), row(existing.account_no, name="半途")]))

    def boom(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(customer_import, "_update_customer", boom)
    before = (count(demo_db), count(demo_db, ImportBatch), count(demo_db, Contact))
    with pytest.raises(RuntimeError):
        svc.commit(preview)
    assert (count(demo_db), count(demo_db, ImportBatch), count(demo_db, Contact)) == before
    assert by_account(demo_db, existing.account_no).name == existing.name


def test_team_rules(demo_db) -> None:  # type: ignore[no-untyped-def]
    west = principal_for(demo_db, "lead.west")
    with demo_db.session_factory() as s:
        west_customer = s.scalars(select(Customer).where(Customer.team_id == west.team_id).limit(1)).one()
        west_code = s.get(Team, west.team_id).code
    plan = importer(demo_db).dry_run(csv_bytes([row(west_customer.account_no, team="", name="抢过来")])).plan
    assert plan.outcomes[0].action is Action.REJECT
    with pytest.raises(PermissionDenied):
        importer(demo_db).dry_run(csv_bytes([row("3900000051")]), team_id=west.team_id)
    with pytest.raises(PermissionDenied):
        importer(demo_db, "manager.east").dry_run(csv_bytes([row("3900000051")]))
    # admin: a team written by its code is the same team, not a change
    admin = importer(demo_db, "admin")
    plan = admin.dry_run(csv_bytes([[west_customer.account_no, west_customer.name, "", "", "", "", "", "", west_code]])).plan
    assert plan.outcomes[0].action is Action.REJECT  # segment is required
    keep = [west_customer.account_no, west_customer.name, west_customer.address,
            {"ordinary": "普通客户", "key_account": "集团要客", "ev_charging": "充电设施专项客户"}[west_customer.segment.value],
            "", "", "", "", west_code]
    assert admin.dry_run(csv_bytes([keep])).plan.outcomes[0].action is Action.UNCHANGED
    # admin, no team column and no default team: a new customer has nowhere to go
    no_team = HEADER[:4]
    data = ",".join(no_team).encode() + b"\n3900000061,x,y,\xe6\x99\xae\xe9\x80\x9a\xe5\xae\xa2\xe6\x88\xb7\n"
    assert admin.dry_run(data).plan.outcomes[0].action is Action.REJECT
    assert admin.dry_run(data, team_id=west.team_id).plan.outcomes[0].action is Action.ADD


def test_gbk_file_and_unreadable_file(demo_db) -> None:  # type: ignore[no-untyped-def]
    preview = importer(demo_db).dry_run(csv_bytes([row("3900000071")], encoding="gbk"))
    assert preview.plan.outcomes[0].action is Action.ADD
    with pytest.raises(ImportFileError):
        importer(demo_db).dry_run(b"\x00\x01\x02garbage")


CELLS = st.sampled_from(["", "x", "3900000099", "３９００００００９８", "abc", "-5", "2020-13-01", "1e10", "普通客户",
                         "集团要客", "大客户", "交流10kV", "城东服务团队", "城西服务团队", "13800001111", "8"])


@st.composite
def fuzz_rows(draw) -> list[list[str]]:  # type: ignore[no-untyped-def]
    rows = []
    for i in range(draw(st.integers(1, 8))):
        base = row(f"39100000{draw(st.integers(0, 12)):02d}")
        for _ in range(draw(st.integers(0, 3))):
            base[draw(st.integers(0, len(base) - 1))] = draw(CELLS)
        rows.append(base)
    return rows


@settings(derandomize=True, database=None, deadline=None, max_examples=25,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(fuzz_rows())
def test_fuzzed_imports_apply_exactly_the_plan_or_nothing(demo_db, rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    svc = importer(demo_db, "admin")
    before = count(demo_db)
    try:
        preview = svc.dry_run(csv_bytes(rows))
    except ImportFileError:
        return
    counts = preview.counts()
    result = svc.commit(preview)
    assert count(demo_db) == before + counts[Action.ADD]
    assert (result.added, result.updated, result.rejected) == (counts[Action.ADD], counts[Action.UPDATE], counts[Action.REJECT])
    for o in preview.plan.outcomes:
        stored = by_account(demo_db, str(o.key)) if o.key else None
        if o.action is Action.ADD:
            assert stored is not None and stored.name == o.values["name"]
        elif o.action is Action.REJECT and o.key and not str(o.key).isdigit():
            assert stored is None
    if result.batch_id:
        svc.undo_last()
    assert count(demo_db) == before


def test_undo_refused_for_another_teams_batch(demo_db) -> None:  # type: ignore[no-untyped-def]
    west = principal_for(demo_db, "lead.west")
    admin = importer(demo_db, "admin")
    admin.commit(admin.dry_run(csv_bytes([row("3900000081", team="城西服务团队")])))
    with pytest.raises(PermissionDenied):
        importer(demo_db, "lead.east").undo_last()
    importer(demo_db, "lead.west").undo_last()
    assert by_account(demo_db, "3900000081") is None
    with demo_db.session_factory() as s:
        assert s.scalar(select(ImportBatch.undone_at)) is not None
        assert west.team_id is not None


def test_visit_history_blocks_only_added_rows(demo_db) -> None:  # type: ignore[no-untyped-def]
    existing = east_customer(demo_db)
    svc = importer(demo_db)
    svc.commit(svc.dry_run(csv_bytes([row(existing.account_no, name="新名")])))
    with demo_db.session_factory() as s:  # unrelated history on an updated customer does not block the undo
        s.add(Visit(customer_id=existing.id, kind=ContactKind.CALL, happened_on=date(2026, 11, 1), summary="x"))
        s.commit()
    svc.undo_last()
    assert by_account(demo_db, existing.account_no).name == existing.name
    with demo_db.session_factory() as s:
        s.execute(update(Customer).where(Customer.id == existing.id).values(name=existing.name))
        s.commit()


def test_merged_into_has_its_partial_index(demo_db) -> None:  # type: ignore[no-untyped-def]
    # Without it every deleted customer (import undo) scans the whole table for customers merged into it.
    from sqlalchemy import inspect

    names = {ix["name"] for ix in inspect(demo_db.engine).get_indexes("customers")}
    assert "ix_customers_merged_into_id" in names
