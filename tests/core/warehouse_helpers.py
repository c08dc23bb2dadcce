"""Shared helpers for the warehouse tests: find demo items in a given state, build services as a demo user."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select, text

from console.core.models import AuditEntry, Item, Movement
from tests.conftest import principal_for
from tests.support.databases import DEMO_TODAY


def service(db: Any, cls: type, user: str = "lead.east", **kwargs: Any) -> Any:
    return cls(db.session_factory, principal_for(db, user), **kwargs)


def workflows(db: Any, user: str = "lead.east") -> Any:
    from console.core.services.warehouse_workflows import WarehouseWorkflows

    return service(db, WarehouseWorkflows, user, today=lambda: DEMO_TODAY)


def item_ids(db: Any, where: str, limit: int = 1, **params: Any) -> list[int]:
    """Ids of demo items matching a SQL condition on ``items i`` joined to ``item_types t``."""
    sql = (f"SELECT i.id FROM items i JOIN item_types t ON t.id = i.type_id WHERE {where} "
           f"ORDER BY i.id LIMIT {int(limit)}")
    with db.engine.connect() as conn:
        ids = [row[0] for row in conn.execute(text(sql), params)]
    assert len(ids) == limit, f"the demo has fewer than {limit} items where {where}"
    return ids


def usable_tool(db: Any, limit: int = 1) -> list[int]:
    """In-stock safety tools that may go out on DEMO_TODAY (test not overdue, life not ended, no failed test)."""
    return item_ids(db, "i.status = 'in_stock' AND t.category = 'safety_tool' AND i.next_test_due >= :today "
                        "AND i.service_life_ends IS NULL", limit, today=DEMO_TODAY)


def item(db: Any, item_id: int) -> Item:
    with db.session_factory() as s:
        found = s.get(Item, item_id)
        assert found is not None
        s.expunge(found)
        return found


def movements(db: Any, item_id: int) -> list[Movement]:
    with db.session_factory() as s:
        rows = s.scalars(select(Movement).where(Movement.item_id == item_id).order_by(Movement.id)).all()
        s.expunge_all()
        return list(rows)


def audit_actions(db: Any, prefix: str = "warehouse.") -> list[str]:
    with db.session_factory() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.action.like(prefix + "%"))
                              .order_by(AuditEntry.id)))


def count(db: Any, model: Any, *where: Any) -> int:
    with db.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def staff_id(db: Any, name_like: str = "%") -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM staff WHERE name LIKE :n ORDER BY id LIMIT 1"),
                                {"n": name_like}).scalar_one())


def project_of_team(db: Any, team_id: int = 1) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM projects WHERE team_id = :t AND status = 'in_progress' "
                                     "ORDER BY id LIMIT 1"), {"t": team_id}).scalar_one())


def later(days: int) -> date:
    return date.fromordinal(DEMO_TODAY.toordinal() + days)
