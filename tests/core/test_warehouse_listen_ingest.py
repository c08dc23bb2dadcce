"""``rfid listen --ingest``: reads from LLRP readers stored in the database through the ingest service."""
from __future__ import annotations

from sqlalchemy import select, text

from console.cli import main
from console.core.devices.llrp_emulator import LlrpEmulator, cycling_source
from console.core.models import QuarantinedEpc, TagReadRow

UNKNOWN = "3074257BF7194E4000001A85"


def stored_readers(db) -> set[str]:  # type: ignore[no-untyped-def]
    with db.session_factory() as s:
        return set(s.scalars(select(TagReadRow.reader)))


def test_listen_ingest_uses_the_configured_readers_and_stores_reads(demo_db, capsys) -> None:  # type: ignore[no-untyped-def]
    with demo_db.engine.connect() as conn:
        epc = conn.execute(text("SELECT epc FROM items ORDER BY id LIMIT 1")).scalar_one()
    with LlrpEmulator(cycling_source([epc, UNKNOWN], antennas=(3,)), reads_per_s=100) as emulator:
        with demo_db.engine.begin() as conn:
            conn.execute(text("UPDATE readers SET port = :p WHERE name = 'shelf-z1'"), {"p": emulator.port})
            conn.execute(text("UPDATE readers SET enabled = :f WHERE name = 'door-1'"), {"f": False})
        code = main(["--db", demo_db.target.url, "rfid", "listen", "--ingest", "--seconds", "1.2", "--summary",
                     "--keepalive", "0.2", "--watchdog", "1"])
    assert code == 0
    assert stored_readers(demo_db) == {"shelf-z1"}  # the address was mapped back to the reader's name
    with demo_db.session_factory() as s:
        assert s.get(QuarantinedEpc, UNKNOWN) is not None
    assert '"type": "summary"' in capsys.readouterr().out


def test_listen_ingest_with_an_explicit_reader(demo_db) -> None:  # type: ignore[no-untyped-def]
    with LlrpEmulator(cycling_source([UNKNOWN], antennas=(1,)), reads_per_s=100) as emulator:
        code = main(["rfid", "listen", "--ingest", "--db", demo_db.target.url, "--reader", emulator.address,
                     "--seconds", "0.8", "--summary"])
    assert code == 0
    assert stored_readers(demo_db) == {emulator.address}  # not a configured reader: stored under its address
