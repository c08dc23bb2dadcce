"""The portfolio as column arrays: same data as a plain row read, scoped by team, queries right, patches right."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from sqlalchemy import select, update

from console.core.errors import PermissionDenied
from console.core.models import Customer
from console.core.rules.customer_flags import CustomerFlag
from console.core.services.customers import CustomerService
from console.core.services.portfolio_columns import COLUMNS, load_frame
from console.core.services.portfolio_query import PortfolioQuery
from tests.conftest import principal_for

TODAY = date(2026, 11, 26)


def service(db, user: str = "lead.east") -> CustomerService:  # type: ignore[no-untyped-def]
    return CustomerService(db.session_factory, principal_for(db, user))


def plain_rows(db, team_id: int | None) -> dict[int, dict]:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        q = select(Customer).where(Customer.merged_into_id.is_(None))
        if team_id is not None:
            q = q.where(Customer.team_id == team_id)
        return {c.id: c for c in s.scalars(q)}


def frame_value(frame, key: str, row: int):  # type: ignore[no-untyped-def]
    return frame.value(key, row)


def test_frame_holds_exactly_what_a_row_read_gives(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    portfolio = svc.load_portfolio(today=TODAY)
    frame = portfolio.frame
    team_id = principal_for(demo_db, "lead.east").team_id
    rows = plain_rows(demo_db, team_id)
    assert frame.team_id == team_id
    assert sorted(frame.ids.tolist()) == sorted(rows)
    for i in range(len(frame)):
        c = rows[int(frame.ids[i])]
        for col in COLUMNS:
            expected = getattr(c, col.column)
            if hasattr(expected, "value"):
                expected = expected.value
            if col.kind in ("text", "category"):
                expected = expected or ""
            elif col.kind in ("int",) and expected is None:
                expected = -1
            assert frame_value(frame, col.key, i) == expected, (col.key, c.id)


def test_admin_loads_every_team_and_may_pick_one(demo_db) -> None:  # type: ignore[no-untyped-def]
    admin = service(demo_db, "admin")
    everyone = admin.load_portfolio(today=TODAY).frame
    assert len(everyone) == len(plain_rows(demo_db, None))
    west = principal_for(demo_db, "lead.west").team_id
    assert sorted(admin.load_portfolio(west, today=TODAY).frame.ids.tolist()) == sorted(plain_rows(demo_db, west))


def test_team_lead_cannot_load_another_team(demo_db) -> None:  # type: ignore[no-untyped-def]
    west = principal_for(demo_db, "lead.west").team_id
    with pytest.raises(PermissionDenied):
        service(demo_db).load_portfolio(west)
    with pytest.raises(PermissionDenied):
        service(demo_db, "hall").load_portfolio()


def test_a_value_holding_the_separator_falls_back_to_row_reads(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as s:
        cid = s.scalar(select(Customer.id).where(Customer.team_id == principal_for(demo_db, "lead.east").team_id).limit(1))
        s.execute(update(Customer).where(Customer.id == cid).values(name="甲\x1f乙"))
        s.commit()
    portfolio = service(demo_db).load_portfolio(today=TODAY)
    frame = portfolio.frame
    row = frame.position_of(cid)
    assert row is not None and frame.value("name", row) == "甲\x1f乙".replace("\x1f", " ")
    assert len(frame) == len(plain_rows(demo_db, frame.team_id))


def test_first_rows_are_the_first_of_the_account_order(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    first = svc.first_rows(limit=25)
    portfolio = svc.load_portfolio(today=TODAY)
    page = portfolio.run(PortfolioQuery())
    full = [portfolio.frame.value("account_no", int(r)) for r in page.rows[:25]]
    assert [first.value("account_no", i) for i in range(len(first))] == full


def test_queries_filter_search_and_sort(demo_db) -> None:  # type: ignore[no-untyped-def]
    portfolio = service(demo_db).load_portfolio(today=TODAY)
    f = portfolio.frame
    rows = plain_rows(demo_db, f.team_id)
    some = next(c for c in rows.values() if c.segment.value == "key_account")
    word = some.name[1:3]
    page = portfolio.run(PortfolioQuery(text=word, segments=("key_account",), sort_key="capacity_kva", descending=True))
    got = [int(f.ids[r]) for r in page.rows]
    expected = [c for c in rows.values() if c.segment.value == "key_account"
                and (word in c.name or word in c.address or word in c.account_no)]
    assert set(got) == {c.id for c in expected}
    capacities = [rows[i].capacity_kva for i in got]
    assert capacities == sorted(capacities, reverse=True)
    # full-width digits typed through an IME search like ASCII ones
    acct = some.account_no
    fullwidth = "".join(chr(ord(d) + 0xFEE0) for d in acct[-6:])
    assert some.id in [int(f.ids[r]) for r in portfolio.run(PortfolioQuery(text=fullwidth)).rows]
    # every term must match
    two = portfolio.run(PortfolioQuery(text=f"{some.name} {acct}")).rows
    assert [int(f.ids[r]) for r in two] == [some.id]


def test_sort_puts_missing_last_both_ways(demo_db) -> None:  # type: ignore[no-untyped-def]
    portfolio = service(demo_db).load_portfolio(today=TODAY)
    f = portfolio.frame
    for descending in (False, True):
        rows = portfolio.run(PortfolioQuery(sort_key="last_contact_on", descending=descending)).rows
        dates = f.numbers["last_contact_on"][rows]
        present = dates[~np.isnat(dates)]
        assert np.isnat(dates[len(present):]).all()
        assert (np.diff(present.astype(np.int64)) <= 0).all() if descending else (np.diff(present.astype(np.int64)) >= 0).all()


def test_manager_and_flag_filters(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    portfolio = svc.load_portfolio(today=TODAY, overdue_days=30)
    f = portfolio.frame
    manager_id = svc.managers()[0][0]
    rows = portfolio.run(PortfolioQuery(manager_ids=(manager_id,))).rows
    assert len(rows) and (f.numbers["manager_id"][rows] == manager_id).all()
    overdue = portfolio.run(PortfolioQuery(flags=int(CustomerFlag.CONTACT_OVERDUE))).rows
    seg = f.categories["segment"]
    assert len(overdue) and all(seg.value(int(r)) == "key_account" for r in overdue)
    for r in overdue:
        last = f.value("last_contact_on", int(r))
        assert last is None or (TODAY - last).days > 30


def test_saved_spec_round_trip_and_tolerance() -> None:
    q = PortfolioQuery("张", ("key_account",), (3, -1), 2, "manager", True)
    assert PortfolioQuery.from_spec(q.to_spec()) == q
    odd = PortfolioQuery.from_spec({"segments": ["nope", "ordinary"], "sort_key": "dropped", "extra": 1})
    assert odd.segments == ("ordinary",) and odd.sort_key == "account_no"


def test_refresh_rows_patches_edits_new_rows_and_leavers(demo_db) -> None:  # type: ignore[no-untyped-def]
    svc = service(demo_db)
    portfolio = svc.load_portfolio(today=TODAY)
    f = portfolio.frame
    east = f.team_id
    west = principal_for(demo_db, "lead.west").team_id
    edited, leaver = int(f.ids[0]), int(f.ids[1])
    with demo_db.session_factory() as s:
        s.execute(update(Customer).where(Customer.id == edited).values(name="新名字有限公司", capacity_kva=1234.0,
                                                                        last_contact_on=TODAY))
        newcomer = s.scalar(select(Customer.id).where(Customer.team_id == west).limit(1))
        s.execute(update(Customer).where(Customer.id == leaver).values(team_id=west))
        s.execute(update(Customer).where(Customer.id == newcomer).values(team_id=east))
        s.commit()
    before = f.live_count
    changed = svc.refresh_rows(portfolio, [edited, leaver, newcomer])
    assert {"name", "capacity_kva", "last_contact_on", "alive"} <= changed
    f = portfolio.frame
    assert f.live_count == before
    hits = portfolio.run(PortfolioQuery(text="新名字")).rows
    assert [int(f.ids[r]) for r in hits] == [edited]
    shown = {int(f.ids[r]) for r in portfolio.run(PortfolioQuery()).rows}
    assert newcomer in shown and leaver not in shown
    by_capacity = portfolio.run(PortfolioQuery(sort_key="capacity_kva", descending=True)).rows
    capacities = f.numbers["capacity_kva"][by_capacity]
    assert (np.diff(capacities) <= 0).all()


def test_load_frame_of_an_empty_team(empty_db) -> None:  # type: ignore[no-untyped-def]
    frame = load_frame(empty_db.engine, empty_db.dialect, None)
    assert len(frame) == 0 and frame.live_count == 0


def test_account_numbers_match_by_first_or_last_digits(demo_db) -> None:  # type: ignore[no-untyped-def]
    portfolio = service(demo_db).load_portfolio(today=TODAY)
    f = portfolio.frame
    rows = plain_rows(demo_db, f.team_id)

    def expected(digits: str) -> set[int]:
        by_account = {c.id for c in rows.values() if c.account_no.startswith(digits) or c.account_no.endswith(digits)}
        if len(digits) >= 5:  # five digits or more: an account number, not a house number
            return by_account
        return by_account | {c.id for c in rows.values() if digits in c.name or digits in c.address}

    some = next(iter(rows.values())).account_no
    for digits in (some[:4], some[:9], some[-3:], some, some[3:7], "9", "12", some[2:8]):
        got = {int(f.ids[r]) for r in portfolio.run(PortfolioQuery(text=digits)).rows}
        assert got == expected(digits), digits
