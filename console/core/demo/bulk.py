"""Fast bulk inserts: raw executemany on SQLite, COPY on PostgreSQL, chunked so memory stays flat."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, text

CHUNK = 50_000


def _sqlite_value(v: Any) -> Any:
    # Match what SQLAlchemy's SQLite Date/DateTime types store, so ORM reads round-trip.
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    return v


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]], *, storage_ready: bool = False
) -> int:
    """Insert ``rows``; ``storage_ready`` rows already hold what SQLite stores (ISO text dates), so the
    per-value conversion — the slowest part of a million-row load — is skipped."""
    if conn.dialect.name == "postgresql":
        return _copy_pg(conn, table, columns, rows)
    sql = f'INSERT INTO {table.name} ({", ".join(columns)}) VALUES ({", ".join("?" for _ in columns)})'
    raw = conn.connection.driver_connection
    cur = raw.cursor()  # type: ignore[union-attr]
    n = 0
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(tuple(row) if storage_ready else tuple(_sqlite_value(v) for v in row))
        if len(batch) >= CHUNK:
            cur.executemany(sql, batch)
            n += len(batch)
            batch.clear()
    if batch:
        cur.executemany(sql, batch)
        n += len(batch)
    cur.close()
    return n


def _copy_pg(conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    raw = conn.connection.driver_connection
    n = 0
    with raw.cursor() as cur:  # type: ignore[union-attr]
        with cur.copy(f'COPY {table.name} ({", ".join(columns)}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
                n += 1
    return n


def reset_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """After inserting explicit ids on PostgreSQL, move each serial sequence past the highest id."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


@contextmanager
def indexes_deferred(conn: Connection, table: Table) -> Iterator[None]:
    """Drop a table's secondary indexes for a bulk load and build them once at the end: a million random
    B-tree inserts per index cost far more than one sort per index."""
    secondary = [ix for ix in table.indexes if not ix.unique]
    for ix in secondary:
        ix.drop(conn)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MiB page cache while loading
    yield
    for ix in secondary:
        ix.create(conn)
