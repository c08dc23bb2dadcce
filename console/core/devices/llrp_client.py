"""LLRP reader connections: one background thread per reader, a watchdog, reconnect with backoff.

Why our own client (for the README)
-----------------------------------
* **sllurp** is the best-known Python LLRP client, but it is GPL-3.0-only (it would make the console GPL), its
  reconnect waits a fixed 60 s, and it has no keepalive watchdog: a half-open TCP link (reader powered off,
  cable pulled, switch reboot) goes unnoticed until the OS gives up, which can take many minutes.
* **pyllrp** (MIT, E. Sitarski, maintained for CrossMgr) is a complete generated LLRP codec, but its connector
  has neither watchdog nor reconnect, and it adds ``bitstring``; we would still write the part that matters.
* **llrpkit** (MIT, asyncio, Impinj-flavoured) is young (0.3, 2026) with a single maintainer and pulls in
  ``typer``; it is an excellent *independent* implementation, so the tests use its codec and reader emulator
  to check our bytes, but the console does not depend on it at run time.

What a door/shelf reader needs is a small LLRP subset (see :mod:`llrp_messages`): ~300 lines we own, with
the behaviour the warehouse needs — the reader sends a KEEPALIVE every ``keepalive_s`` (1 s), the client treats
``watchdog_s`` (4 s) without any message as a dead link, reconnects with capped exponential backoff and jitter
(0.5 s doubling to 30 s, so a fleet of consoles does not hammer a rebooting reader in lockstep), and hands every
parsed read to ``on_reads`` before it looks at the end of the stream, so no read that arrived is lost.
"""
from __future__ import annotations

import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from console.core.devices import llrp_messages as m
from console.core.devices.tag_reads import TagRead

log = logging.getLogger(__name__)

LLRP_PORT = 5084


class LinkState(str, Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"  # LLRP session accepted, configuring the reader
    READING = "reading"  # inventory running, reports flowing
    DISCONNECTED = "disconnected"  # will retry after a backoff
    STOPPED = "stopped"


@dataclass(frozen=True)
class ReaderStatus:
    reader: str
    state: LinkState
    reason: str = ""
    at: float = 0.0  # time.time()


@dataclass(frozen=True)
class ReaderSettings:
    name: str
    host: str
    port: int = LLRP_PORT
    antennas: tuple[int, ...] = (0,)  # 0 = all antennas
    keepalive_s: float = 1.0
    watchdog_s: float = 4.0
    connect_timeout_s: float = 3.0
    response_timeout_s: float = 3.0
    backoff_initial_s: float = 0.5
    backoff_max_s: float = 30.0
    rospec_id: int = 1

    @staticmethod
    def parse(address: str, **overrides: object) -> ReaderSettings:
        """``HOST`` or ``HOST:PORT`` (``[v6addr]:PORT`` for IPv6); the name is the address as written."""
        host, port = address, LLRP_PORT
        if address.startswith("["):
            host, _, rest = address[1:].partition("]")
            if rest.startswith(":"):
                port = int(rest[1:])
        elif address.count(":") == 1:
            host, port_text = address.split(":")
            port = int(port_text)
        if not host or not 0 < port < 65536:
            raise ValueError(f"not a reader address: {address!r}")
        return replace(ReaderSettings(name=address, host=host, port=port), **overrides)  # type: ignore[arg-type]


class LinkLost(Exception):
    """The session ended; the message is the reason shown to the user."""


def backoff_delay(attempt: int, initial: float, cap: float, rng: random.Random) -> float:
    """Capped exponential backoff with "equal jitter": uniformly between half and all of the step."""
    step = min(cap, initial * (2 ** min(attempt, 30)))
    return rng.uniform(step / 2, step)


class ReaderClient:
    """Keeps one reader inventorying until :meth:`stop`; reads go to ``on_reads`` in batches."""

    def __init__(
        self,
        settings: ReaderSettings,
        on_reads: Callable[[list[TagRead]], None],
        on_status: Callable[[ReaderStatus], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self._on_reads = on_reads
        self._on_status = on_status
        self._rng = rng or random.Random()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._frames = m.FrameReader()
        self._next_id = 1
        self._last_rx = 0.0
        self.status = ReaderStatus(settings.name, LinkState.STOPPED)
        self.ever_connected = False
        self.reads_received = 0

    # -- lifecycle --------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("already started")
        self._thread = threading.Thread(target=self._run, name=f"llrp-{self.settings.name}", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        self._stop.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _set_status(self, state: LinkState, reason: str = "") -> None:
        self.status = ReaderStatus(self.settings.name, state, reason, time.time())
        if state in (LinkState.CONNECTED, LinkState.READING):
            self.ever_connected = True
        if self._on_status is not None:
            try:
                self._on_status(self.status)
            except Exception:  # a broken UI callback must not kill the reader thread
                log.exception("status callback failed for %s", self.settings.name)

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            self._set_status(LinkState.CONNECTING)
            reason = "stopped"
            try:
                self._session()
            except LinkLost as exc:
                reason = str(exc)
            except (OSError, m.LlrpError) as exc:
                reason = _describe_error(exc)
            except Exception as exc:  # e.g. a failing on_reads: log it, keep the reader thread alive
                log.exception("reader %s: unexpected error", self.settings.name)
                reason = f"internal error: {type(exc).__name__}: {exc}"
            finally:
                self._close_socket()
            if self._stop.is_set():
                break
            reached_reading = self.status.state == LinkState.READING
            self._set_status(LinkState.DISCONNECTED, reason)
            attempt = 0 if reached_reading else attempt + 1
            self._stop.wait(backoff_delay(attempt, self.settings.backoff_initial_s, self.settings.backoff_max_s, self._rng))
        self._set_status(LinkState.STOPPED)

    # -- one LLRP session ------------------------------------------------------------------------------------

    def _session(self) -> None:
        s = self.settings
        sock = socket.create_connection((s.host, s.port), timeout=s.connect_timeout_s)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(min(0.2, s.watchdog_s / 5))
        self._sock = sock
        self._frames = m.FrameReader()
        self._last_rx = time.monotonic()

        event = self._await(
            lambda msg: msg.type == m.Msg.READER_EVENT_NOTIFICATION
            and m.decode_reader_event(msg.body).connection_attempt is not None,
            s.response_timeout_s,
            "the reader's connection event",
        )
        status = m.decode_reader_event(event.body).connection_attempt
        if status != m.CONNECTION_SUCCESS:
            raise LinkLost(f"reader refused the session: {m.CONNECTION_STATUS_TEXT.get(status, status)}")
        self._set_status(LinkState.CONNECTED)

        report = m.ReportSpec()
        self._request(m.rospec_command(m.Msg.DELETE_ROSPEC, self._id(), 0), check=False)  # leftovers
        self._request(m.set_reader_config(self._id(), round(s.keepalive_s * 1000), report))
        self._request(m.add_rospec(self._id(), m.ROSpecConfig(s.rospec_id, s.antennas, report)))
        self._request(m.rospec_command(m.Msg.ENABLE_ROSPEC, self._id(), s.rospec_id))
        self._request(m.rospec_command(m.Msg.START_ROSPEC, self._id(), s.rospec_id))
        self._set_status(LinkState.READING)

        while not self._stop.is_set():
            self._receive()
        self._close_session()

    def _close_session(self) -> None:
        """Polite goodbye so the reader frees its single client slot at once; failures do not matter."""
        try:
            self._request(m.close_connection(self._id()), check=False, timeout=1.0, stoppable=False)
        except (LinkLost, OSError, m.LlrpError):
            pass

    def _id(self) -> int:
        self._next_id = self._next_id % 0xFFFFFFFF + 1
        return self._next_id

    def _send(self, message: m.Message) -> None:
        assert self._sock is not None
        self._sock.sendall(message.encode())

    def _request(
        self, message: m.Message, check: bool = True, timeout: float | None = None, stoppable: bool = True
    ) -> m.Message:
        self._send(message)
        expected = m.RESPONSE_OF[m.Msg(message.type)]
        reply = self._await(
            lambda msg: msg.type in (expected, m.Msg.ERROR_MESSAGE) and msg.message_id == message.message_id,
            timeout or self.settings.response_timeout_s,
            expected.name,
            stoppable,
        )
        if check:
            status = m.decode_status(reply.body)
            if not status.ok:
                raise LinkLost(f"{message.name} refused by reader: {status.description or 'no reason'} (code {status.code})")
        return reply

    def _await(
        self, wanted: Callable[[m.Message], bool], timeout: float, what: str, stoppable: bool = True
    ) -> m.Message:
        deadline = time.monotonic() + timeout
        while True:
            if stoppable and self._stop.is_set():
                raise LinkLost("stopped")
            for msg in self._receive():
                if wanted(msg):
                    return msg
            if time.monotonic() > deadline:
                raise LinkLost(f"no {what} within {timeout:g} s")

    def _receive(self) -> list[m.Message]:
        """One socket read: handle keepalives, events and reports; return the other messages (responses)."""
        assert self._sock is not None
        try:
            data = self._sock.recv(65536)
        except (socket.timeout, TimeoutError):
            silent = time.monotonic() - self._last_rx
            if silent > self.settings.watchdog_s:
                raise LinkLost(f"no message from the reader for {silent:.1f} s (link half-open?)") from None
            return []
        if not data:
            raise LinkLost("the reader closed the connection")
        self._last_rx = time.monotonic()
        others: list[m.Message] = []
        reads: list[TagRead] = []
        closing = False
        for msg in self._frames.feed(data):
            if msg.type == m.Msg.KEEPALIVE:
                self._send(m.keepalive_ack(msg.message_id))
            elif msg.type == m.Msg.RO_ACCESS_REPORT:
                reads.extend(self._to_reads(m.decode_ro_access_report(msg.body)))
            elif msg.type == m.Msg.READER_EVENT_NOTIFICATION and m.decode_reader_event(msg.body).connection_closed:
                closing = True
            else:
                others.append(msg)
        if reads:
            self.reads_received += len(reads)
            self._on_reads(reads)  # before any error below: what arrived is delivered
        if closing:
            raise LinkLost("the reader announced it is closing the connection")
        return others

    def _to_reads(self, reports: Iterable[m.TagReport]) -> list[TagRead]:
        now_us = time.time_ns() // 1000
        return [
            TagRead(
                reader=self.settings.name,
                epc_hex=r.epc.hex().upper(),
                antenna=r.antenna or 0,
                rssi=r.peak_rssi,
                seen_at_us=r.first_seen_us if r.first_seen_us is not None else now_us,
            )
            for r in reports
        ]

    def _close_socket(self) -> None:
        if self._sock is not None:
            try:
                self._sock.close()
            finally:
                self._sock = None


def _describe_error(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (nothing listening on the LLRP port?)"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "connection timed out (reader off or unreachable?)"
    if isinstance(exc, socket.gaierror):
        return f"unknown host: {exc.strerror}"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the reader"
    if isinstance(exc, m.LlrpError):
        return f"protocol error: {exc}"
    return f"{type(exc).__name__}: {exc}"


class ReaderManager:
    """Several readers at once, one thread each, feeding one ``on_reads`` (e.g. ``ReadBuffer.extend``)."""

    def __init__(
        self,
        readers: Sequence[ReaderSettings],
        on_reads: Callable[[list[TagRead]], None],
        on_status: Callable[[ReaderStatus], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        names = [r.name for r in readers]
        if len(set(names)) != len(names):
            raise ValueError(f"reader names must be unique: {names}")
        self.clients = [ReaderClient(r, on_reads, on_status, rng) for r in readers]

    def start(self) -> None:
        for client in self.clients:
            client.start()

    def stop(self, timeout: float = 5.0) -> None:
        for client in self.clients:
            client.request_stop()  # signal all first so they wind down in parallel
        for client in self.clients:
            client.stop(timeout)

    def statuses(self) -> dict[str, ReaderStatus]:
        return {c.settings.name: c.status for c in self.clients}

    def never_reached(self) -> list[str]:
        return [c.settings.name for c in self.clients if not c.ever_connected]

    def __enter__(self) -> ReaderManager:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
