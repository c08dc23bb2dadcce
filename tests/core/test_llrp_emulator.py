"""The emulator as a reader: spoken to over a raw socket, message by message."""
from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from console.core.devices import llrp_messages as m
from console.core.devices.llrp_emulator import LlrpEmulator, cycling_source


class RawClient:
    def __init__(self, address: tuple[str, int]) -> None:
        self.sock = socket.create_connection(address, timeout=2.0)
        self.frames = m.FrameReader()
        self.pending: list[m.Message] = []

    def next(self, kind: int, timeout: float = 2.0) -> m.Message:
        deadline = time.monotonic() + timeout
        while True:
            for i, msg in enumerate(self.pending):
                if msg.type == kind:
                    return self.pending.pop(i)
            if time.monotonic() > deadline:
                raise AssertionError(f"no message of type {kind}")
            self.pending += self.frames.feed(self.sock.recv(65536))

    def request(self, message: m.Message) -> m.Message:
        self.sock.sendall(message.encode())
        reply = self.next(m.RESPONSE_OF[m.Msg(message.type)])
        assert reply.message_id == message.message_id
        return reply

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def session() -> Iterator[tuple[LlrpEmulator, RawClient]]:
    with LlrpEmulator(cycling_source(["3374257BF40C0E400000162E"], (1, 2, 3)), reads_per_s=200) as emulator:
        client = RawClient(("127.0.0.1", emulator.port))
        event = m.decode_reader_event(client.next(m.Msg.READER_EVENT_NOTIFICATION).body)
        assert event.connection_attempt == m.CONNECTION_SUCCESS
        yield emulator, client
        client.close()


def status(reply: m.Message) -> tuple[int, str]:
    decoded = m.decode_status(reply.body)
    return decoded.code, decoded.description


def test_rospec_state_machine(session: tuple[LlrpEmulator, RawClient]) -> None:
    _, client = session
    assert status(client.request(m.rospec_command(m.Msg.START_ROSPEC, 1, 5))) == (100, "no ROSpec 5")
    assert status(client.request(m.add_rospec(2, m.ROSpecConfig(5)))) == (0, "")
    assert status(client.request(m.add_rospec(3, m.ROSpecConfig(5))))[0] == 100  # duplicate id
    assert status(client.request(m.rospec_command(m.Msg.START_ROSPEC, 4, 5))) == (100, "ROSpec 5 is disabled")
    assert status(client.request(m.rospec_command(m.Msg.ENABLE_ROSPEC, 5, 5)))[0] == 0
    assert status(client.request(m.rospec_command(m.Msg.START_ROSPEC, 6, 5)))[0] == 0
    client.next(m.Msg.RO_ACCESS_REPORT)
    assert status(client.request(m.rospec_command(m.Msg.DELETE_ROSPEC, 7, 0)))[0] == 0
    assert status(client.request(m.rospec_command(m.Msg.START_ROSPEC, 8, 5))) == (100, "no ROSpec 5")


def test_reports_follow_the_content_selector_and_antennas(session: tuple[LlrpEmulator, RawClient]) -> None:
    _, client = session
    bare = m.ReportSpec(content=m.ContentSelector(antenna_id=False, peak_rssi=False, first_seen=False))
    client.request(m.add_rospec(1, m.ROSpecConfig(1, (0,), bare)))
    client.request(m.rospec_command(m.Msg.ENABLE_ROSPEC, 2, 1))
    client.request(m.rospec_command(m.Msg.START_ROSPEC, 3, 1))
    (report,) = m.decode_ro_access_report(client.next(m.Msg.RO_ACCESS_REPORT).body)
    assert report == m.TagReport(bytes.fromhex("3374257BF40C0E400000162E"))
    client.request(m.rospec_command(m.Msg.DELETE_ROSPEC, 4, 1))
    client.pending.clear()

    client.request(m.add_rospec(5, m.ROSpecConfig(2, (3,), m.ReportSpec())))
    client.request(m.rospec_command(m.Msg.ENABLE_ROSPEC, 6, 2))
    client.request(m.rospec_command(m.Msg.START_ROSPEC, 7, 2))
    reports = [m.decode_ro_access_report(client.next(m.Msg.RO_ACCESS_REPORT).body)[0] for _ in range(5)]
    assert {r.antenna for r in reports} == {3}  # only the antenna the ROSpec asked for
    assert all(r.peak_rssi == -58 and r.first_seen_us for r in reports)


def test_keepalive_at_the_configured_period(session: tuple[LlrpEmulator, RawClient]) -> None:
    emulator, client = session
    assert status(client.request(m.set_reader_config(1, 100, m.ReportSpec())))[0] == 0
    first = client.next(m.Msg.KEEPALIVE)
    started = time.monotonic()
    client.next(m.Msg.KEEPALIVE)
    client.next(m.Msg.KEEPALIVE)
    assert 0.15 <= time.monotonic() - started < 1.0
    client.sock.sendall(m.keepalive_ack(first.message_id).encode())
    assert emulator.wait_for(lambda e: e.keepalive_acks == 1, 2.0)


def test_unsupported_message_gets_error_message(session: tuple[LlrpEmulator, RawClient]) -> None:
    _, client = session
    client.sock.sendall(m.Message(2, 42, b"\x00" * 7).encode())  # GET_READER_CONFIG is not emulated
    reply = client.next(m.Msg.ERROR_MESSAGE)
    assert reply.message_id == 42
    assert m.decode_status(reply.body).code == 109


def test_close_connection(session: tuple[LlrpEmulator, RawClient]) -> None:
    emulator, client = session
    assert status(client.request(m.close_connection(9)))[0] == 0
    assert emulator.wait_for(lambda e: e.closed_sessions == 1, 2.0)
    assert client.sock.recv(100) == b""


def test_new_connection_takes_over(session: tuple[LlrpEmulator, RawClient]) -> None:
    emulator, first = session
    second = RawClient(("127.0.0.1", emulator.port))
    try:
        assert m.decode_reader_event(second.next(m.Msg.READER_EVENT_NOTIFICATION).body).connection_attempt == 0
        assert first.sock.recv(100) == b""
        assert emulator.sessions == 2
    finally:
        second.close()
