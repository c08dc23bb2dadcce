"""The kiosk's own PostgreSQL role: it can read what a hall screen shows and write its reports, nothing else.

A kiosk stands unattended in a public hall; whoever walks off with its configuration gets this role's rights:
published content, the masked power-on board, the PIN hash, its heartbeat columns, inserting proof-of-play rows,
and calling the rate-limited lookup function. No table of customers, contacts, projects or staff, no drafts, no
other setting. Run by an owner of the schema (``sunshine-console kiosk create-role``); roles are cluster-wide,
the grants are per database.
"""
from __future__ import annotations

import re

from sqlalchemy import Engine, text

from console.core.errors import QT_TRANSLATE_NOOP, ValidationFailed

KIOSK_ROLE = "sunshine_kiosk"
_IDENT = re.compile(r"[a-z_][a-z0-9_]{0,62}")

READABLE_VIEWS = ("kiosk_published_contents", "kiosk_published_schedules", "kiosk_power_on_board", "kiosk_admin_pin",
                  "alembic_version")  # alembic_version: the kiosk checks the schema is not newer than itself
KIOSK_READ_COLUMNS = ("id", "name", "place", "orientation")
KIOSK_WRITE_COLUMNS = ("last_heartbeat_at", "last_content_id", "app_version")
PLAY_INSERT_COLUMNS = ("kiosk_id", "content_id", "shown_at", "duration_ms")
LOOKUP_FUNCTION = "sunshine_kiosk_lookup(integer, text, text)"


def check_role_name(role: str) -> str:
    if not _IDENT.fullmatch(role):
        raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "角色名只能用小写字母、数字和下划线，且不以数字开头"))
    return role


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"  # standard_conforming_strings is on since PostgreSQL 9.1


def grant_statements(role: str, database: str, schema: str, play_sequence: str | None) -> list[str]:
    r, s = f'"{check_role_name(role)}"', f'"{schema}"'
    statements = [
        f'GRANT CONNECT ON DATABASE "{database}" TO {r}',
        f"GRANT USAGE ON SCHEMA {s} TO {r}",
        f"GRANT SELECT ON {', '.join(f'{s}.{v}' for v in READABLE_VIEWS)} TO {r}",
        f"GRANT SELECT ({', '.join(KIOSK_READ_COLUMNS)}) ON {s}.kiosks TO {r}",
        f"GRANT UPDATE ({', '.join(KIOSK_WRITE_COLUMNS)}) ON {s}.kiosks TO {r}",
        f"GRANT INSERT ({', '.join(PLAY_INSERT_COLUMNS)}) ON {s}.proof_of_play TO {r}",
        # SQLAlchemy reads the new row's id back (INSERT … RETURNING id): the id alone, never the log.
        f"GRANT SELECT (id) ON {s}.proof_of_play TO {r}",
        f"GRANT EXECUTE ON FUNCTION {s}.{LOOKUP_FUNCTION} TO {r}",
    ]
    if play_sequence:
        statements.append(f"GRANT USAGE ON SEQUENCE {play_sequence} TO {r}")
    return statements


def create_kiosk_role(engine: Engine, role: str = KIOSK_ROLE, password: str | None = None) -> list[str]:
    """Create (or bring up to date) ``role`` with exactly the kiosk's rights; returns the statements run.

    Everything the role held in this database before is revoked first, so running it again after an upgrade
    leaves the same rights, never more.
    """
    if engine.dialect.name != "postgresql":
        raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "数据库角色只用于 PostgreSQL；SQLite 文件不应放在大厅终端以外的共享位置"))
    r = f'"{check_role_name(role)}"'
    with engine.begin() as conn:
        database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
        schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                                {"t": f'"{schema}".proof_of_play'}).scalar()
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
        statements = [] if exists else [f"CREATE ROLE {r} LOGIN"]
        statements.append(f"ALTER ROLE {r} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION"
                          + (f" PASSWORD {_literal(password)}" if password else ""))
        if exists:
            statements += _revocations(conn, r, schema)
        statements += grant_statements(role, database, schema, sequence)
        for statement in statements:
            conn.exec_driver_sql(statement)
    return [s if "PASSWORD" not in s else s.split(" PASSWORD ")[0] + " PASSWORD '…'" for s in statements]


def _revocations(conn, r: str, schema: str) -> list[str]:  # type: ignore[no-untyped-def]
    s = f'"{schema}"'
    out = [f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {r}", f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {r}",
           f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM {r}"]
    # Column grants survive a table-level REVOKE ALL; take them back table by table.
    rows = conn.execute(text("SELECT DISTINCT table_name FROM information_schema.column_privileges "
                             "WHERE grantee = :g AND table_schema = :s"), {"g": r.strip('"'), "s": schema}).all()
    for (table_name,) in rows:
        cols = conn.execute(text("SELECT column_name FROM information_schema.columns WHERE table_schema = :s "
                                 "AND table_name = :t"), {"s": schema, "t": table_name}).scalars().all()
        quoted = ", ".join(f'"{c}"' for c in cols)
        out.append(f'REVOKE ALL ({quoted}) ON {s}."{table_name}" FROM {r}')
    return out


def drop_kiosk_role(engine: Engine, role: str) -> None:
    """Take the role's rights in this database back and drop it (it must not hold rights in other databases)."""
    r = f'"{check_role_name(role)}"'
    with engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar():
            conn.exec_driver_sql(f"DROP OWNED BY {r}")
            conn.exec_driver_sql(f"DROP ROLE {r}")
