"""``rfid listen``: connect to LLRP readers and print status changes and tag reads as JSON lines.

    sunshine-console rfid listen --reader 192.168.1.20 --reader door-2.local:5084 --seconds 60
    sunshine-console rfid listen --simulate --seconds 10 --summary     # demo without hardware
    sunshine-console rfid listen --ingest --db URL --summary            # store reads from the configured readers

Database ingestion plugs in through ``sink`` (see :func:`listen` and :func:`register`): it receives each batch of
reads; if it raises, the batch stays queued and is offered again, so a database outage loses nothing while the
command runs.
"""
from __future__ import annotations

import argparse
import json
import queue
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import TextIO

from console.core.devices.llrp_client import LinkState, ReaderManager, ReaderSettings, ReaderStatus
from console.core.devices.llrp_emulator import LlrpEmulator
from console.core.devices.rfid_simulator import RfidSimulator
from console.core.devices.tag_reads import ReadBuffer, TagRead
from console.core.epc import giai96_for_asset

Sink = Callable[[list[TagRead]], None]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_NO_READER = 3
SINK_RETRY_S = 1.0

SIMULATOR_NAME = "simulator"
DEMO_COMPANY_PREFIX = "6901234"  # a made-up GS1 prefix for demo tags only


def register(subparsers: argparse._SubParsersAction, sink: Sink | None = None) -> None:  # type: ignore[type-arg]
    """Add ``rfid listen``. ``sink`` (e.g. a batched database insert) gets every batch of reads."""
    parser = subparsers.add_parser("rfid", help="RFID reader tools")
    actions = parser.add_subparsers(dest="rfid_action", required=True)
    listen_parser = actions.add_parser("listen", help="connect to LLRP readers and print reads as JSON lines")
    listen_parser.add_argument("--reader", action="append", default=[], metavar="HOST[:PORT]",
                               help="LLRP reader address (port 5084 by default); repeat for several readers")
    listen_parser.add_argument("--seconds", type=float, default=None, help="stop after N seconds (default: Ctrl-C)")
    listen_parser.add_argument("--simulate", action="store_true",
                               help="also run a built-in simulated reader on 127.0.0.1 (door + shelf reads)")
    listen_parser.add_argument("--summary", action="store_true",
                               help="print one count per second instead of every read")
    listen_parser.add_argument("--keepalive", type=float, default=1.0, metavar="S",
                               help="reader keepalive period in seconds (default 1)")
    listen_parser.add_argument("--watchdog", type=float, default=4.0, metavar="S",
                               help="treat the link as dead after S seconds without a message (default 4)")
    listen_parser.add_argument("--ingest", action="store_true",
                               help="store reads in the database (--db): de-duplicated reads, door movements, "
                                    "quarantine of unknown tags, stock-count sightings; without --reader (and "
                                    "without --simulate), the readers configured in the database")
    # as common.add_db_option, without importing the database layer for a plain listen
    listen_parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database for --ingest")

    def handler(args: argparse.Namespace) -> int:
        if not args.ingest or sink is not None:
            return listen(args.reader, seconds=args.seconds, simulate=args.simulate, summary=args.summary,
                          sink=sink, reader_overrides={"keepalive_s": args.keepalive, "watchdog_s": args.watchdog})
        from console.commands.common import open_db
        from console.core.services.warehouse_ingest import IngestService, configured_reader_addresses

        db = open_db(args)
        try:
            readers = args.reader or ([] if args.simulate else configured_reader_addresses(db.session_factory))
            return listen(readers, seconds=args.seconds, simulate=args.simulate, summary=args.summary,
                          sink=IngestService(db.session_factory),
                          reader_overrides={"keepalive_s": args.keepalive, "watchdog_s": args.watchdog})
        finally:
            db.dispose()

    listen_parser.set_defaults(handler=handler)


def listen(
    readers: Sequence[str],
    seconds: float | None = None,
    simulate: bool = False,
    summary: bool = False,
    sink: Sink | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    reader_overrides: dict[str, object] | None = None,
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    if not readers and not simulate:
        print("rfid listen: give at least one --reader HOST[:PORT], or --simulate", file=err)
        return EXIT_USAGE
    overrides = reader_overrides or {}
    try:
        settings = [ReaderSettings.parse(address, **overrides) for address in readers]
    except (ValueError, TypeError) as exc:
        print(f"rfid listen: {exc}", file=err)
        return EXIT_USAGE
    if len({s.name for s in settings}) != len(settings):
        print("rfid listen: the same reader is given twice", file=err)
        return EXIT_USAGE

    emulator: LlrpEmulator | None = None
    if simulate:
        demo_epcs = [giai96_for_asset(DEMO_COMPANY_PREFIX, n).hex for n in range(1, 21)]
        simulator = RfidSimulator(demo_epcs, reader=SIMULATOR_NAME, seed=1, pass_probability=0.05)
        emulator = LlrpEmulator(source=simulator.reads(), reads_per_s=20).start()
        base = ReaderSettings.parse(emulator.address, **overrides)
        settings.append(ReaderSettings(**{**base.__dict__, "name": SIMULATOR_NAME}))

    buffer = ReadBuffer()
    statuses: queue.Queue[ReaderStatus] = queue.Queue()
    manager = ReaderManager(settings, buffer.extend, statuses.put)
    printer = _Printer(out, err, summary)
    deadline = None if seconds is None else time.monotonic() + seconds
    retry_sink_at = 0.0
    manager.start()
    try:
        while deadline is None or time.monotonic() < deadline:
            remaining = 0.2 if deadline is None else max(0.0, min(0.2, deadline - time.monotonic()))
            if time.monotonic() < retry_sink_at:
                time.sleep(remaining)  # the sink is failing: queued reads must not make this loop spin
            else:
                buffer.wait(remaining)
            printer.statuses(_drain_queue(statuses))
            if time.monotonic() >= retry_sink_at and not _deliver(buffer, sink, printer):
                retry_sink_at = time.monotonic() + SINK_RETRY_S
            printer.tick()
    except KeyboardInterrupt:
        pass
    finally:
        manager.stop()
        if emulator is not None:
            emulator.stop()
        _deliver(buffer, sink, printer)
        printer.statuses(_drain_queue(statuses))
        printer.tick(final=True)
        if len(buffer):
            print(f"rfid listen: {len(buffer)} reads could not be handed to the sink and were not saved", file=err)
    if manager.never_reached() == [s.name for s in settings]:
        print("rfid listen: no reader could be reached", file=err)
        return EXIT_NO_READER
    return EXIT_OK


def _drain_queue(statuses: queue.Queue[ReaderStatus]) -> list[ReaderStatus]:
    items: list[ReaderStatus] = []
    while True:
        try:
            items.append(statuses.get_nowait())
        except queue.Empty:
            return items


def _deliver(buffer: ReadBuffer, sink: Sink | None, printer: _Printer) -> bool:
    def handle(batch: list[TagRead]) -> None:
        if sink is not None:
            sink(batch)  # may raise: the batch then stays in the buffer
        printer.reads(batch)

    try:
        buffer.drain_all(handle)
    except Exception as exc:  # the sink's failure (database down) must not end the listening
        printer.sink_failed(exc, len(buffer))
        return False
    printer.sink_ok()
    return True


class _Printer:
    """All output from the main thread, so lines from several readers never interleave."""

    def __init__(self, out: TextIO, err: TextIO, summary: bool) -> None:
        self._out, self._err, self._summary = out, err, summary
        self._per_reader: Counter[str] = Counter()
        self._total = 0
        self._last_tick = time.monotonic()
        self._sink_failing = False

    def _emit(self, record: dict[str, object]) -> None:
        print(json.dumps(record, ensure_ascii=False), file=self._out, flush=True)

    def statuses(self, statuses: list[ReaderStatus]) -> None:
        for status in statuses:
            self._emit({"type": "status", "reader": status.reader, "state": status.state.value,
                        "reason": status.reason, "at": _iso(status.at)})
            if status.state == LinkState.DISCONNECTED:
                print(f"rfid listen: reader {status.reader}: {status.reason}; retrying", file=self._err, flush=True)

    def reads(self, batch: list[TagRead]) -> None:
        self._total += len(batch)
        self._per_reader.update(r.reader for r in batch)
        if self._summary:
            return
        for read in batch:
            self._emit({"type": "read", "reader": read.reader, "epc": read.epc_hex, "antenna": read.antenna,
                        "rssi": read.rssi, "seen_at_us": read.seen_at_us, "seen_at": _iso(read.seen_at_us / 1e6)})

    def tick(self, final: bool = False) -> None:
        if not self._summary:
            return
        now = time.monotonic()
        if not final and now - self._last_tick < 1.0:
            return
        self._last_tick = now
        self._emit({"type": "summary", "at": _iso(time.time()), "reads": sum(self._per_reader.values()),
                    "by_reader": dict(self._per_reader), "total": self._total})
        self._per_reader.clear()

    def sink_failed(self, exc: Exception, queued: int) -> None:
        if not self._sink_failing:
            print(f"rfid listen: sink failed ({type(exc).__name__}: {exc}); {queued} reads kept queued",
                  file=self._err, flush=True)
        self._sink_failing = True

    def sink_ok(self) -> None:
        if self._sink_failing:
            print("rfid listen: sink works again", file=self._err, flush=True)
        self._sink_failing = False


def _iso(epoch_s: float) -> str:
    return datetime.fromtimestamp(epoch_s, tz=timezone.utc).isoformat(timespec="milliseconds")
