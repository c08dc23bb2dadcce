"""RFID ingest throughput: the whole ingest service beside a raw bulk insert of the same rows, same run.

A demo warehouse of 50,000 tagged items (plus 5 % foreign tags) with a stock count open in one zone; a stream of
reads from a door reader and a shelf reader at 20,000 reads per simulated second, so nearly every read survives
the 1 s de-duplication window (the expensive case). The reads are queued in a :class:`ReadBuffer` and drained
into :class:`IngestService` in batches of 2,000, as the desk and ``rfid listen --ingest`` do: de-duplication, door
passes, item lookups, ``tag_reads`` insert, quarantine upsert and count sightings, one transaction per batch.

Baselines, on the same rows the service stored: raw ``sqlite3`` ``executemany`` (SQLite) and raw psycopg
``COPY`` (PostgreSQL), also one transaction per 2,000 rows. PostgreSQL runs when ``SUNSHINE_BENCH_PG_URL`` or a
``postgresql`` ``--bench-db`` names a server: a throwaway database is created there and dropped afterwards.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable
from datetime import date

from console.bench.registry import BenchContext, Figure, figure

BATCH = 2000
T0 = 1_790_000_000_000_000


def _reads(epcs: list[str], n: int, seed: int = 11) -> list:  # type: ignore[type-arg]
    import numpy as np

    from console.core.devices.tag_reads import TagRead

    rng = np.random.default_rng(seed)
    which = rng.integers(0, len(epcs), n)
    at_door = rng.random(n) < 0.2
    antenna = np.where(at_door, rng.integers(1, 3, n), rng.integers(1, 5, n))
    rssi = rng.integers(-75, -40, n)
    step = 1_000_000 // 20_000
    return [TagRead("door-1" if d else "shelf-z1", epcs[w], int(a), int(r), T0 + i * step)
            for i, (w, d, a, r) in enumerate(zip(which.tolist(), at_door.tolist(), antenna.tolist(), rssi.tolist()))]


def _prepare(db, items: int) -> list[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select, text

    from console.core.demo.build import DemoSpec, build_demo
    from console.core.epc import giai96_for_asset
    from console.core.models import Item

    build_demo(db, DemoSpec(customers=200, items=items, today=date(2026, 11, 26)))
    with db.engine.begin() as conn:
        zone = conn.execute(text("SELECT id FROM locations WHERE code = 'WH01-Z1'")).scalar_one()
        conn.execute(text("INSERT INTO stock_counts (location_id, started_at, version) VALUES (:z, :t, 1)"),
                     {"z": zone, "t": "2026-11-26 08:00:00"})
        epcs = list(conn.execute(select(Item.epc)).scalars())
    foreign = [giai96_for_asset("6909999", 1 + n).hex for n in range(len(epcs) // 20)]
    return epcs + foreign


def _run_service(db, reads: list) -> tuple[float, int]:  # type: ignore[no-untyped-def,type-arg]
    from console.core.devices.tag_reads import ReadBuffer
    from console.core.services.warehouse_ingest import IngestService

    service = IngestService(db.session_factory)
    buffer = ReadBuffer(memory_limit=len(reads) + 1)
    buffer.extend(reads)
    stored = 0

    def sink(batch: list) -> None:  # type: ignore[type-arg]
        nonlocal stored
        stored += service.ingest(batch).stored

    start = time.perf_counter()
    buffer.drain_all(sink, BATCH)
    return time.perf_counter() - start, stored


def _stored_rows(db) -> list[tuple]:  # type: ignore[type-arg]
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT reader, epc, antenna, rssi, seen_at_us FROM tag_reads"))]


# The baseline writes into an empty copy of tag_reads (same columns, key and index) so it starts from the same
# state the service started from, rather than from a table already holding the service's rows.
_RAW_TABLE = ("CREATE TABLE bench_raw_reads (id {key}, reader VARCHAR(40) NOT NULL, epc VARCHAR(32) NOT NULL, "
              "antenna INTEGER NOT NULL, rssi INTEGER, seen_at_us BIGINT NOT NULL)")
_RAW_INDEX = "CREATE INDEX ix_bench_raw_reads ON bench_raw_reads (epc, seen_at_us)"


def _raw_sqlite(path: str, rows: list[tuple]) -> float:  # type: ignore[type-arg]
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    with conn:
        conn.execute(_RAW_TABLE.format(key="INTEGER PRIMARY KEY"))
        conn.execute(_RAW_INDEX)
    start = time.perf_counter()
    for i in range(0, len(rows), BATCH):
        with conn:
            conn.executemany("INSERT INTO bench_raw_reads (reader, epc, antenna, rssi, seen_at_us) "
                             "VALUES (?, ?, ?, ?, ?)", rows[i:i + BATCH])
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _raw_copy(url: str, rows: list[tuple]) -> float:  # type: ignore[type-arg]
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, password=u.password,
                         dbname=u.database) as conn:
        with conn.transaction():
            conn.execute(_RAW_TABLE.format(key="BIGSERIAL PRIMARY KEY"))
            conn.execute(_RAW_INDEX)
        start = time.perf_counter()
        for i in range(0, len(rows), BATCH):
            with conn.transaction(), conn.cursor() as cur, \
                    cur.copy("COPY bench_raw_reads (reader, epc, antenna, rssi, seen_at_us) FROM STDIN") as copy:
                for row in rows[i:i + BATCH]:
                    copy.write_row(row)
        return time.perf_counter() - start


def _figures(backend: str, n: int, service_s: float, stored: int, raw_s: float, raw_label: str) -> list[Figure]:
    raw_rate = stored / raw_s
    return [
        Figure(f"ingest {backend} reads", n / service_s, "reads/s", raw_rate, raw_label, ">= 20000 reads/s"),
        Figure(f"ingest {backend} rows", stored / service_s, "rows/s", raw_rate, raw_label),
    ]


@figure("ingest")
def ingest(ctx: BenchContext) -> Iterable[Figure]:
    """Sustained RFID ingest (dedup, doors, quarantine, counts) beside raw executemany (SQLite) / COPY (PostgreSQL)."""
    from console.core.config import parse_database_url
    from console.core.db import open_database

    items, n = (5_000, 40_000) if ctx.quick else (50_000, 300_000)
    path = ctx.workdir / "ingest.db"
    db = open_database(parse_database_url(f"sqlite:///{path}"))
    try:
        reads = _reads(_prepare(db, items), n)
        service_s, stored = _run_service(db, reads)
        rows = _stored_rows(db)
    finally:
        db.dispose()
    yield from _figures("sqlite", n, service_s, stored, _raw_sqlite(str(path), rows), "raw sqlite3 executemany, same rows")

    pg_url = os.environ.get("SUNSHINE_BENCH_PG_URL") or (ctx.db_url if (ctx.db_url or "").startswith("postgres") else None)
    if pg_url:
        yield from _postgres(pg_url, items, reads)


def _postgres(server_url: str, items: int, reads: list) -> Iterable[Figure]:  # type: ignore[type-arg]
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from console.core.config import parse_database_url
    from console.core.db import open_database

    name = f"sunshine_bench_ingest_{os.getpid()}"
    admin = create_engine(make_url(server_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server_url).set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)
    try:
        db = open_database(parse_database_url(url))
        try:
            _prepare(db, items)
            service_s, stored = _run_service(db, reads)
            rows = _stored_rows(db)
        finally:
            db.dispose()
        yield from _figures("postgresql", len(reads), service_s, stored, _raw_copy(url, rows), "raw psycopg COPY, same rows")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
