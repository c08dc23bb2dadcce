"""The demo centre: deterministic, realistic, and covering every state the views must show."""
from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import func, select, text

from console.core.demo.build import DemoSpec, build_demo
from console.core.demo.customers_gen import ID_CHECK, ID_WEIGHTS
from console.core.demo.warehouse_gen import COMPANY_PREFIX
from console.core.errors import ValidationFailed
from console.core.models import Customer, Item, KioskContent, Project, ProjectFlag, ProjectPause, UserAccount
from console.core.models.enums import ProjectStatus


def fingerprint(db) -> str:  # type: ignore[no-untyped-def]
    """A hash of the generated content (row-maintenance timestamps excluded: they say when, not what)."""
    from console.core.models import Base

    h = hashlib.sha256()
    with db.engine.connect() as c:
        for table in ("customers", "projects", "project_nodes", "items", "visits"):
            cols = [col.name for col in Base.metadata.tables[table].columns if col.name not in ("created_at", "updated_at")]
            for row in c.execute(text(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id")):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_same_seed_gives_the_same_centre(db_factory) -> None:  # type: ignore[no-untyped-def]
    spec = DemoSpec(customers=300, seed=11, today=date(2026, 11, 26))
    a, b = db_factory.empty(), db_factory.empty()
    build_demo(a, spec)
    build_demo(b, spec)
    assert fingerprint(a) == fingerprint(b)
    c = db_factory.empty()
    build_demo(c, DemoSpec(customers=300, seed=12, today=date(2026, 11, 26)))
    assert fingerprint(c) != fingerprint(a)


def test_demo_refuses_a_database_with_data(demo_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed):
        build_demo(demo_db, DemoSpec(customers=100))


def test_demo_covers_every_state(demo_db, demo_today) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as s:
        segments = set(s.scalars(select(Customer.segment).distinct()))
        assert {seg.value for seg in segments} == {"ordinary", "key_account", "ev_charging"}
        assert s.scalar(select(func.count()).select_from(Customer)) == 2000
        classes = {c.value for c in s.scalars(select(Project.project_class).distinct())}
        assert classes == {"hv-single", "hv-dual", "lv-nonres", "residential", "ev-charging"}
        assert s.scalar(select(func.count()).select_from(Project).where(Project.status == ProjectStatus.POWERED_ON)) > 0
        assert s.scalar(select(func.count()).select_from(ProjectPause)) > 0
        assert s.scalar(select(func.count()).select_from(ProjectPause).where(ProjectPause.end_on.is_(None))) > 0
        assert s.scalar(select(func.count()).select_from(ProjectFlag)) > 0
        assert s.scalar(select(func.count()).select_from(Item).where(Item.next_test_due < demo_today)) > 0
        assert s.scalar(select(func.count()).select_from(KioskContent)) >= 10
        roles = {r.value for r in s.scalars(select(UserAccount.role).distinct())}
        assert {"admin", "team_lead", "customer_manager", "hall_staff", "facilitator"} <= roles
        names = s.scalars(select(Customer.name).limit(50)).all()
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names)


def test_demo_id_numbers_carry_valid_check_digits(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as s:
        for id_no in s.scalars(select(Customer.id_number).limit(500)):
            assert len(id_no) == 18
            assert ID_CHECK[sum(int(c) * w for c, w in zip(id_no[:17], ID_WEIGHTS)) % 11] == id_no[17]


def test_demo_epcs_are_gs1_96_bit_with_our_company_prefix(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session_factory() as s:
        epcs = s.scalars(select(Item.epc)).all()
    assert len(set(epcs)) == len(epcs)
    for epc in epcs[:500]:
        value = int(epc, 16)
        header, partition = value >> 88, (value >> 82) & 0b111
        assert len(epc) == 24 and header in (0x30, 0x34) and partition == 5
        assert (value >> 58) & ((1 << 24) - 1) == COMPANY_PREFIX
