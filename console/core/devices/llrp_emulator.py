"""A small LLRP reader emulator on 127.0.0.1 for tests and demos without hardware.

It speaks the subset of :mod:`llrp_messages` from the reader's side: announces the session with a
ConnectionAttemptEvent, answers SET_READER_CONFIG / ADD_, ENABLE_, START_, STOP_, DISABLE_, DELETE_ROSPEC and
CLOSE_CONNECTION with an LLRPStatus, sends KEEPALIVE at the period the client configured, and while a ROSpec is
active emits one RO_ACCESS_REPORT per tag read at ``reads_per_s``, with the fields the ROSpec's
TagReportContentSelector asked for. Unknown messages get an ERROR_MESSAGE (M_UnsupportedMessage).

Faults for tests: :meth:`drop_connection` (or ``drop_after_reports``) closes the socket mid-inventory, and
:meth:`go_silent` keeps the socket open but sends nothing more (a half-open link, as when a reader loses power
behind a switch). A new connection takes over from an old one, as Impinj readers do by default.

An independent check of the same wire format is the MIT ``llrpkit`` emulator, which the tests also run.
"""
from __future__ import annotations

import itertools
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from console.core.devices import llrp_messages as m
from console.core.devices.tag_reads import TagRead

M_PARAMETER_ERROR = 100
M_UNSUPPORTED_MESSAGE = 109


def cycling_source(epcs: list[str], antennas: tuple[int, ...] = (1, 2), rssi: int = -55) -> Iterator[TagRead]:
    """Every EPC on every antenna in turn, forever: the simplest population for tests."""
    for epc, antenna in itertools.cycle([(e, a) for e in epcs for a in antennas]):
        yield TagRead("", epc.upper(), antenna, rssi - antenna, 0)


@dataclass
class _Session:
    sock: socket.socket
    thread: threading.Thread | None = None
    closing: threading.Event = field(default_factory=threading.Event)
    silent: bool = False
    keepalive_ms: int | None = None
    reader_report: m.ReportSpec | None = None
    rospecs: dict[int, tuple[m.ROSpecConfig, str]] = field(default_factory=dict)  # id -> (spec, state)
    reports_sent: int = 0


class LlrpEmulator:
    def __init__(
        self,
        source: Iterator[TagRead] | None = None,
        reads_per_s: float = 100.0,
        host: str = "127.0.0.1",
        port: int = 0,
        drop_after_reports: int | None = None,
        epc_data_every: int = 0,  # every n-th report uses the EPCData TLV instead of the EPC-96 TV form
    ) -> None:
        self._source = source or cycling_source(["3074257BF7194E4000001A85", "3474257BF40000000000162E"])
        self._period = 1.0 / reads_per_s
        self._host = host
        self._requested_port = port
        self._drop_after = drop_after_reports
        self._epc_data_every = epc_data_every
        self._listener: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._session: _Session | None = None
        self._stopping = threading.Event()
        self._message_ids = itertools.count(1)
        # Observability for tests, guarded by _lock.
        self.sent: list[TagRead] = []  # reads whose report was handed to the kernel, in order
        self.sessions = 0  # connections accepted
        self.inventories = 0  # START_ROSPEC accepted
        self.keepalive_acks = 0
        self.closed_sessions = 0

    # -- lifecycle ----------------------------------------------------------------------------------------------

    def start(self) -> LlrpEmulator:
        listener = socket.create_server((self._host, self._requested_port))
        listener.settimeout(0.1)
        self._listener = listener
        self._port = listener.getsockname()[1]
        self._accept_thread = threading.Thread(target=self._accept_loop, name="llrp-emulator", daemon=True)
        self._accept_thread.start()
        return self

    @property
    def port(self) -> int:
        assert self._listener is not None, "start() first"
        return self._port

    @property
    def address(self) -> str:
        return f"{self._host}:{self.port}"

    def stop(self) -> None:
        self._stopping.set()
        if self._accept_thread is not None:
            self._accept_thread.join(2.0)
        with self._lock:
            session = self._session
        if session is not None:
            session.closing.set()
            if session.thread is not None:
                session.thread.join(2.0)
        if self._listener is not None:
            self._listener.close()

    def __enter__(self) -> LlrpEmulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- faults and observation ---------------------------------------------------------------------------------

    def drop_connection(self) -> None:
        """Close the current client connection at once (reader crash, cable pulled on the reader side)."""
        with self._lock:
            session = self._session
        if session is not None:
            session.closing.set()
            if session.thread is not None:
                session.thread.join(2.0)

    def go_silent(self) -> None:
        """Keep the TCP connection open but send nothing more: a half-open link from the client's side."""
        with self._lock:
            if self._session is not None:
                self._session.silent = True

    def wait_for(self, predicate: object, timeout: float) -> bool:
        """Wait until ``predicate(self)`` holds (re-checked whenever the emulator's state changes)."""
        assert callable(predicate)
        with self._changed:
            return self._changed.wait_for(lambda: predicate(self), timeout)

    def sent_snapshot(self) -> list[TagRead]:
        with self._lock:
            return list(self.sent)

    # -- server -------------------------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except (socket.timeout, TimeoutError):
                continue
            except OSError:
                return
            with self._lock:
                previous = self._session
            if previous is not None:  # takeover: the new client wins
                previous.closing.set()
                if previous.thread is not None:
                    previous.thread.join(2.0)
            session = _Session(sock)
            session.thread = threading.Thread(target=self._serve, args=(session,), name="llrp-emulator-session",
                                              daemon=True)
            with self._changed:
                self._session = session
                self.sessions += 1
                self._changed.notify_all()
            session.thread.start()

    def _serve(self, session: _Session) -> None:
        sock = session.sock
        frames = m.FrameReader()
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._send(session, m.reader_event(0, _now_us(), connection_attempt=m.CONNECTION_SUCCESS))
            next_read = time.monotonic()
            next_keepalive = time.monotonic()
            while not session.closing.is_set() and not self._stopping.is_set():
                now = time.monotonic()
                active = self._active_rospec(session)
                if not session.silent and session.keepalive_ms and now >= next_keepalive:
                    self._send(session, m.keepalive(next(self._message_ids)))
                    next_keepalive = now + session.keepalive_ms / 1000
                if not session.silent and active is not None and now >= next_read:
                    self._send_one_report(session, active)
                    next_read = max(next_read + self._period, now - 0.25)  # no burst after a stall
                    if self._drop_after is not None and session.reports_sent >= self._drop_after:
                        self._drop_after = None  # one drop only: the reconnected client reads on
                        break
                    continue
                deadlines = [now + 0.05]
                if not session.silent and active is not None:
                    deadlines.append(next_read)
                if not session.silent and session.keepalive_ms:
                    deadlines.append(next_keepalive)
                sock.settimeout(max(0.001, min(deadlines) - time.monotonic()))
                try:
                    data = sock.recv(65536)
                except (socket.timeout, TimeoutError):
                    continue
                if not data:
                    break
                for msg in frames.feed(data):
                    if not session.silent and not self._handle(session, msg):
                        session.closing.set()
        except OSError:
            pass
        finally:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
            with self._changed:
                if self._session is session:
                    self._session = None
                self.closed_sessions += 1
                self._changed.notify_all()

    def _active_rospec(self, session: _Session) -> m.ROSpecConfig | None:
        for spec, state in session.rospecs.values():
            if state == "active":
                return spec
        return None

    def _send(self, session: _Session, message: m.Message) -> None:
        session.sock.sendall(message.encode())

    def _send_one_report(self, session: _Session, rospec: m.ROSpecConfig) -> None:
        while True:
            read = next(self._source)
            if rospec.antennas == (0,) or read.antenna in rospec.antennas:
                break
        content = rospec.report.content
        now_us = _now_us()
        report = m.TagReport(
            epc=bytes.fromhex(read.epc_hex),
            antenna=read.antenna if content.antenna_id else None,
            peak_rssi=read.rssi if content.peak_rssi else None,
            first_seen_us=now_us if content.first_seen else None,
            last_seen_us=now_us if content.last_seen else None,
            seen_count=1 if content.seen_count else None,
        )
        use_epc_data = bool(self._epc_data_every) and (session.reports_sent + 1) % self._epc_data_every == 0
        self._send(session, m.ro_access_report(next(self._message_ids), [report], use_epc_data))
        session.reports_sent += 1
        with self._changed:
            self.sent.append(TagRead("", read.epc_hex.upper(), report.antenna or 0, report.peak_rssi,
                                     now_us))
            self._changed.notify_all()

    def _handle(self, session: _Session, msg: m.Message) -> bool:
        """Answer one client message; False when the session should end."""
        mid = msg.message_id
        kind = msg.type
        if kind == m.Msg.KEEPALIVE_ACK:
            with self._changed:
                self.keepalive_acks += 1
                self._changed.notify_all()
        elif kind == m.Msg.GET_READER_CAPABILITIES:
            self._send(session, m.response(m.Msg.GET_READER_CAPABILITIES_RESPONSE, mid))
        elif kind == m.Msg.SET_READER_CONFIG:
            request = m.decode_set_reader_config(msg.body)
            session.keepalive_ms = request.keepalive_ms
            session.reader_report = request.report
            self._send(session, m.response(m.Msg.SET_READER_CONFIG_RESPONSE, mid))
        elif kind == m.Msg.ADD_ROSPEC:
            param = m.find_param(msg.body, m.P.RO_SPEC)
            if param is None:
                self._send(session, m.response(m.Msg.ADD_ROSPEC_RESPONSE, mid, M_PARAMETER_ERROR, "no ROSpec"))
            else:
                spec = m.ROSpecConfig.decode(param.value)
                if spec.rospec_id in session.rospecs or spec.rospec_id == 0:
                    self._send(session, m.response(m.Msg.ADD_ROSPEC_RESPONSE, mid, M_PARAMETER_ERROR,
                                                   f"ROSpec {spec.rospec_id} exists or is 0"))
                else:
                    session.rospecs[spec.rospec_id] = (spec, "disabled")
                    self._send(session, m.response(m.Msg.ADD_ROSPEC_RESPONSE, mid))
        elif kind in _TRANSITIONS:
            self._transition(session, m.Msg(kind), mid, m.decode_rospec_id(msg.body))
        elif kind == m.Msg.CLOSE_CONNECTION:
            self._send(session, m.response(m.Msg.CLOSE_CONNECTION_RESPONSE, mid))
            return False
        else:
            self._send(session, m.Message(m.Msg.ERROR_MESSAGE, mid,
                                          m.encode_status(M_UNSUPPORTED_MESSAGE, f"message type {kind}")))
        return True

    def _transition(self, session: _Session, kind: m.Msg, mid: int, rospec_id: int) -> None:
        allowed_from, new_state = _TRANSITIONS[kind]
        reply = m.RESPONSE_OF[kind]
        ids = list(session.rospecs) if rospec_id == 0 else [rospec_id]
        if rospec_id != 0 and rospec_id not in session.rospecs:
            self._send(session, m.response(reply, mid, M_PARAMETER_ERROR, f"no ROSpec {rospec_id}"))
            return
        for rid in ids:
            spec, state = session.rospecs[rid]
            if allowed_from and state not in allowed_from:
                self._send(session, m.response(reply, mid, M_PARAMETER_ERROR, f"ROSpec {rid} is {state}"))
                return
        for rid in ids:
            if new_state is None:
                del session.rospecs[rid]
            else:
                session.rospecs[rid] = (session.rospecs[rid][0], new_state)
        if kind == m.Msg.START_ROSPEC:
            with self._changed:
                self.inventories += 1
                self._changed.notify_all()
        self._send(session, m.response(reply, mid))


# message -> (states it may be applied in, state afterwards; None = removed)
_TRANSITIONS: dict[int, tuple[tuple[str, ...], str | None]] = {
    m.Msg.ENABLE_ROSPEC: (("disabled",), "inactive"),
    m.Msg.START_ROSPEC: (("inactive",), "active"),
    m.Msg.STOP_ROSPEC: (("active",), "inactive"),
    m.Msg.DISABLE_ROSPEC: (("inactive", "active"), "disabled"),
    m.Msg.DELETE_ROSPEC: ((), None),
}


def _now_us() -> int:
    return time.time_ns() // 1000
