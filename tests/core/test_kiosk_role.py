"""The ``sunshine_kiosk`` PostgreSQL role: exactly what a hall screen needs, and no customer data.

PostgreSQL only (skipped on SQLite). Roles are cluster-wide: each test uses its own role name and drops it.
"""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import sessionmaker

from console.core.errors import ValidationFailed
from console.core.lookup_codes import check_code_for_phone
from console.core.services.kiosk_lookup import LookupOutcome
from console.core.services.kiosk_pin import ensure_pin
from console.core.services.kiosk_play import KioskPlayService, PlayRecord
from console.core.services.kiosk_role import check_role_name, create_kiosk_role, drop_kiosk_role

pytestmark = pytest.mark.skipif(os.environ.get("SUNSHINE_TEST_BACKEND") != "postgres",
                                reason="database roles exist on PostgreSQL only")
NOW = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def kiosk_engine(demo_db):  # type: ignore[no-untyped-def]
    role = f"kiosk_t_{uuid.uuid4().hex[:10]}"
    password = uuid.uuid4().hex
    ensure_pin(demo_db.session_factory)
    create_kiosk_role(demo_db.engine, role, password)
    url = make_url(demo_db.target.url).set(username=role, password=password)
    engine = create_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()
        drop_kiosk_role(demo_db.engine, role)
        with demo_db.engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar() == 0


def refused(engine, sql: str) -> bool:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        try:
            c.execute(text(sql))
        except ProgrammingError as exc:
            return "permission denied" in str(exc.orig)
        return False


@pytest.mark.parametrize("sql", [
    "SELECT * FROM customers LIMIT 1",
    "SELECT phone FROM contacts LIMIT 1",
    "SELECT application_no, check_code_hash FROM projects LIMIT 1",
    "SELECT * FROM project_nodes LIMIT 1",
    "SELECT * FROM staff LIMIT 1",
    "SELECT * FROM user_accounts LIMIT 1",
    "SELECT * FROM kiosk_contents LIMIT 1",  # drafts: only the published view
    "SELECT * FROM centre_settings LIMIT 1",
    "SELECT * FROM kiosk_lookup_attempts LIMIT 1",
    "SELECT kiosk_id, content_id, shown_at FROM proof_of_play LIMIT 1",
    "SELECT last_heartbeat_at FROM kiosks LIMIT 1",
    "INSERT INTO kiosk_lookup_attempts (kiosk_id, at, success) VALUES (NULL, now(), true)",
    "UPDATE kiosks SET name = 'x'",
    "UPDATE kiosk_contents SET published = true",
    "DELETE FROM proof_of_play",
    "CREATE TABLE loot (id int)",
])
def test_the_kiosk_role_cannot(kiosk_engine, sql: str) -> None:  # type: ignore[no-untyped-def]
    assert refused(kiosk_engine, sql)


def test_the_kiosk_role_can_do_its_job(kiosk_engine, demo_db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from console.core.models import Customer, Project

    with demo_db.session_factory() as s:  # the test itself reads as the owner to know a right code
        app_no, phone = s.execute(select(Project.application_no, Customer.phone)
                                  .join(Customer, Customer.id == Project.customer_id).limit(1)).one()
    service = KioskPlayService(sessionmaker(kiosk_engine, expire_on_commit=False), clock=lambda: NOW)
    snap = service.snapshot("hall-1")
    assert snap.contents and snap.board and snap.pin_hash and snap.kiosk is not None
    service.heartbeat(snap.kiosk.id, snap.contents[0].id, "test")
    assert service.record_plays(snap.kiosk.id, [PlayRecord(snap.contents[0].id, NOW, 1000)]) == 1
    assert service.lookup(snap.kiosk.id, app_no, check_code_for_phone(phone)).outcome is LookupOutcome.OK
    assert service.lookup(snap.kiosk.id, app_no, "0000x").outcome is LookupOutcome.NO_MATCH
    with kiosk_engine.connect() as c:  # the schema check at start-up works as the role
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_running_it_again_gives_the_same_rights_not_more(demo_db) -> None:  # type: ignore[no-untyped-def]
    role = f"kiosk_t_{uuid.uuid4().hex[:10]}"
    try:
        create_kiosk_role(demo_db.engine, role, "pw")
        with demo_db.engine.begin() as c:
            c.exec_driver_sql(f'GRANT SELECT ON customers TO "{role}"')  # someone widened it by hand
        create_kiosk_role(demo_db.engine, role)
        with demo_db.engine.connect() as c:
            grants = c.execute(text("SELECT table_name FROM information_schema.role_table_grants "
                                    "WHERE grantee = :r AND privilege_type = 'SELECT'"), {"r": role}).scalars().all()
        assert "customers" not in grants and "kiosk_published_contents" in grants
    finally:
        drop_kiosk_role(demo_db.engine, role)


def test_role_names_are_checked() -> None:
    with pytest.raises(ValidationFailed):
        check_role_name('kiosk"; DROP TABLE customers; --')
    assert check_role_name("sunshine_kiosk") == "sunshine_kiosk"
