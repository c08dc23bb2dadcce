"""Build the whole demo centre into an empty, migrated database."""
from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from console.core.db import Database
from console.core.demo import bulk, customers_gen, extras_gen, kiosk_gen, org_gen, projects_gen, reference, warehouse_gen
from console.core.errors import ValidationFailed
from console.core.models import (
    ChargingFacility, Complaint, Contact, Customer, EnergyPlan, Intention, Item, Project, ProjectDocument,
    ProjectFlag, ProjectNode, ProjectPause, ProjectPublication, ReserveEntry, SupplyPlan, Team, Visit,
)

DEFAULT_CUSTOMERS = 20_000  # first run: big enough to feel real, small enough to build in a few seconds
Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class DemoSpec:
    customers: int = DEFAULT_CUSTOMERS
    seed: int = 7
    today: date | None = None
    items: int | None = None  # default scales with customers

    @property
    def live_projects(self) -> int:
        return min(max(80, self.customers // 160), 8000)

    @property
    def item_count(self) -> int:
        return self.items if self.items is not None else min(max(1500, self.customers // 20), 50_000)


@dataclass(frozen=True)
class DemoReport:
    customers: int
    projects: int
    items: int
    seconds: float


def has_data(db: Database) -> bool:
    with db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(Team)) != 0


def build_demo(db: Database, spec: DemoSpec, progress: Progress | None = None) -> DemoReport:
    if spec.customers < 100:
        raise ValidationFailed(detail="演示客户数至少 100")
    if has_data(db):
        raise ValidationFailed(detail="数据库中已有数据；演示数据只能写入新数据库（可用 --db 指定新文件）")
    say = progress or (lambda _msg, _frac: None)
    started = time.perf_counter()
    today = spec.today or date.today()
    rng = random.Random(spec.seed)
    with db.engine.begin() as conn:
        session = Session(bind=conn)
        say("参考数据与组织机构", 0.02)
        ref_ids = reference.add_reference_data(session)
        org = org_gen.add_org(session, rng)
        wh = warehouse_gen.add_structure(session, ref_ids)
        kiosk_gen.add_kiosk_content(session, today)
        session.flush()
        say("生成客户", 0.05)
        sqlite = db.dialect == "sqlite"
        arrays, cust_rows = customers_gen.generate(
            spec.customers, spec.seed, today, org.team_ids, org.managers_by_team, text_dates=sqlite
        )
        say("写入客户", 0.25)
        with bulk.indexes_deferred(conn, Customer.__table__):
            bulk.insert_rows(conn, Customer.__table__, customers_gen.CUSTOMER_COLUMNS, cust_rows, storage_ready=sqlite)
        say("生成业扩项目", 0.65)
        live = spec.live_projects
        p = projects_gen.generate(live, live // 2, spec.seed, today, arrays, ref_ids["time_limit_table"])
        for table, cols, rows in (
            (Project.__table__, projects_gen.PROJECT_COLUMNS, p.projects),
            (ProjectNode.__table__, projects_gen.NODE_COLUMNS, p.nodes),
            (ProjectPause.__table__, projects_gen.PAUSE_COLUMNS, p.pauses),
            (ProjectFlag.__table__, projects_gen.FLAG_COLUMNS, p.flags),
            (ProjectDocument.__table__, projects_gen.DOC_COLUMNS, p.documents),
            (SupplyPlan.__table__, projects_gen.SUPPLY_COLUMNS, p.supply_plans),
            (EnergyPlan.__table__, projects_gen.ENERGY_COLUMNS, p.energy_plans),
            (ProjectPublication.__table__, projects_gen.PUB_COLUMNS, p.publications),
        ):
            bulk.insert_rows(conn, table, cols, rows)
        say("走访记录、意向与投诉", 0.75)
        x = extras_gen.generate(spec.seed, today, arrays)
        for table, cols, rows in (
            (Contact.__table__, extras_gen.CONTACT_COLUMNS, x.contacts),
            (Visit.__table__, extras_gen.VISIT_COLUMNS, x.visits),
            (Intention.__table__, extras_gen.INTENTION_COLUMNS, x.intentions),
            (ReserveEntry.__table__, extras_gen.RESERVE_COLUMNS, x.reserve),
            (Complaint.__table__, extras_gen.COMPLAINT_COLUMNS, x.complaints),
            (ChargingFacility.__table__, extras_gen.CHARGING_COLUMNS, x.charging),
        ):
            bulk.insert_rows(conn, table, cols, rows)
        say("汇总客户指标", 0.85)
        _denormalise(conn, p.open_by_customer, x.last_contact, x.open_complaints)
        say("库房物资", 0.9)
        staff = [s for ids in org.staff_by_team.values() for s in ids]
        bulk.insert_rows(conn, Item.__table__, warehouse_gen.ITEM_COLUMNS, warehouse_gen.item_rows(spec.item_count, spec.seed, today, wh, staff))
        bulk.reset_sequences(conn, [t.__table__ for t in (Customer, Project, ProjectNode, ProjectPause, ProjectFlag, ProjectDocument, SupplyPlan, EnergyPlan, ProjectPublication, Contact, Visit, Intention, ReserveEntry, Complaint, ChargingFacility, Item)])
        session.close()
    if db.dialect == "sqlite":
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
    else:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    say("完成", 1.0)
    return DemoReport(spec.customers, len(p.projects), spec.item_count, time.perf_counter() - started)


def _denormalise(conn, open_projects: dict[int, int], last_contact: dict[int, date], complaints: dict[int, int]) -> None:  # type: ignore[no-untyped-def]
    """Write the per-customer summary columns the portfolio reads, in executemany batches."""
    table = Customer.__table__
    if open_projects:
        conn.execute(update(table).where(table.c.id == _b("cid")).values(open_projects=_b("n")), [{"cid": k, "n": v} for k, v in open_projects.items()])
    if last_contact:
        conn.execute(update(table).where(table.c.id == _b("cid")).values(last_contact_on=_b("d")), [{"cid": k, "d": v} for k, v in last_contact.items()])
    if complaints:
        conn.execute(update(table).where(table.c.id == _b("cid")).values(complaints_open=_b("n")), [{"cid": k, "n": v} for k, v in complaints.items()])


def _b(name: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import bindparam

    return bindparam(name)
