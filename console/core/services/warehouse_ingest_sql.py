"""Bulk SQL for RFID ingestion, per dialect: the fast paths the ingest service writes through.

SQLite takes the driver's ``executemany`` (one prepared statement, ~600k rows/s raw on these machines);
PostgreSQL takes ``COPY … FROM STDIN`` through psycopg (~400–600k rows/s, against ~50k for executemany).
Both run inside the caller's transaction, so a batch is stored entirely or not at all.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from console.core.models import Item, Staff

CHUNK = 900  # bound parameters per IN (...) list: below SQLite's historical 999 limit

_SQLITE_INSERT_READS = "INSERT INTO tag_reads (reader, epc, antenna, rssi, seen_at_us) VALUES (?, ?, ?, ?, ?)"
_PG_COPY_READS = "COPY tag_reads (reader, epc, antenna, rssi, seen_at_us) FROM STDIN"


def insert_reads(conn: Connection, rows: Sequence[tuple[str, str, int, int | None, int]]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(_PG_COPY_READS) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)
        return
    conn.exec_driver_sql(_SQLITE_INSERT_READS, list(rows))


def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _marks(conn: Connection, n: int) -> str:
    return ", ".join(("?" if _sqlite(conn) else "%s",) * n)


_UPSERT_QUARANTINE = (
    "INSERT INTO quarantined_epcs (epc, reader, first_seen_us, last_seen_us, reads, dismissed) VALUES ({marks}, {no}) "
    "ON CONFLICT (epc) DO UPDATE SET "
    "first_seen_us = {least}(quarantined_epcs.first_seen_us, excluded.first_seen_us), "
    "last_seen_us = {greatest}(quarantined_epcs.last_seen_us, excluded.last_seen_us), "
    "reads = quarantined_epcs.reads + excluded.reads"
)
_INSERT_SEEN = ("INSERT INTO stock_count_seen (count_id, epc, reader, first_seen_us) VALUES ({marks}) "
                "ON CONFLICT (count_id, epc) DO NOTHING")


def upsert_quarantine(conn: Connection, entries: Sequence[tuple[str, str, int, int, int]]) -> None:
    """``entries``: (epc, reader, first_seen_us, last_seen_us, reads), one per EPC, aggregated by the caller.

    A tag seen again widens its first/last sighting and adds its reads; a dismissed tag stays dismissed.
    """
    if not entries:
        return
    lite = _sqlite(conn)
    statement = _UPSERT_QUARANTINE.format(marks=_marks(conn, 5), no="0" if lite else "false",
                                          least="min" if lite else "LEAST", greatest="max" if lite else "GREATEST")
    conn.exec_driver_sql(statement, list(entries))


def insert_seen(conn: Connection, rows: Sequence[tuple[int, str, str, int]]) -> None:
    """``rows``: (count id, epc, reader, first_seen_us); a tag already seen in the count keeps its first sighting."""
    if rows:
        conn.exec_driver_sql(_INSERT_SEEN.format(marks=_marks(conn, 4)), list(rows))


def item_ids_by_epc(conn: Connection, epcs: Sequence[str]) -> dict[str, int]:
    """EPC → item id for the registered ones among ``epcs`` (plain driver SQL: this runs for every new tag)."""
    found: dict[str, int] = {}
    for start in range(0, len(epcs), CHUNK):
        chunk = tuple(epcs[start:start + CHUNK])
        statement = f"SELECT epc, id FROM items WHERE epc IN ({_marks(conn, len(chunk))})"
        found.update({epc: item_id for epc, item_id in conn.exec_driver_sql(statement, chunk)})
    return found


def item_states(conn: Connection, item_ids: Sequence[int]) -> dict[int, tuple[str, int | None]]:
    """Item id → (status value, location id), for the few items that crossed a door."""
    table = Item.__table__
    found: dict[int, tuple[str, int | None]] = {}
    for start in range(0, len(item_ids), CHUNK):
        query = select(table.c.id, table.c.status, table.c.location_id).where(
            table.c.id.in_(item_ids[start:start + CHUNK]))
        for item_id, status, location_id in conn.execute(query):
            found[item_id] = (status.value if hasattr(status, "value") else str(status), location_id)
    return found


def all_badges(conn: Connection) -> dict[str, int]:
    """Badge EPC → staff id of every active person with a badge (a short table, read with the reader config)."""
    table = Staff.__table__
    return {epc: staff_id for epc, staff_id in conn.execute(
        select(table.c.badge_epc, table.c.id).where(table.c.badge_epc.is_not(None), table.c.active.is_(True)))}
