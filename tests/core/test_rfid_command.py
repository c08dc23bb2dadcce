"""``rfid listen`` headless command: JSON lines, summary, unreachable readers, the sink hook."""
from __future__ import annotations

import argparse
import io
import json
import socket

import pytest

from console.commands import rfid as rfid_command
from console.core.devices.llrp_emulator import LlrpEmulator
from console.core.devices.tag_reads import TagRead

FAST = {"keepalive_s": 0.1, "watchdog_s": 0.5, "backoff_initial_s": 0.05, "backoff_max_s": 0.2,
        "connect_timeout_s": 0.5, "response_timeout_s": 0.5}


def records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_listen_prints_statuses_and_reads_as_json_lines() -> None:
    out, err = io.StringIO(), io.StringIO()
    with LlrpEmulator(reads_per_s=100) as emulator:
        code = rfid_command.listen([emulator.address], seconds=0.6, out=out, err=err, reader_overrides=FAST)
    assert code == 0
    lines = records(out.getvalue())
    states = [r["state"] for r in lines if r["type"] == "status"]
    assert states[:3] == ["connecting", "connected", "reading"]
    assert states[-1] == "stopped"
    reads = [r for r in lines if r["type"] == "read"]
    assert len(reads) >= 10
    assert reads[0]["reader"] == emulator.address
    assert reads[0]["epc"] == "3074257BF7194E4000001A85"
    assert {r["antenna"] for r in reads} == {1, 2}
    assert all(isinstance(r["rssi"], int) for r in reads)
    assert err.getvalue() == ""


def test_simulate_with_summary() -> None:
    out = io.StringIO()
    code = rfid_command.listen([], seconds=1.3, simulate=True, summary=True, out=out, err=io.StringIO(),
                               reader_overrides=FAST)
    assert code == 0
    lines = records(out.getvalue())
    assert not [r for r in lines if r["type"] == "read"]
    summaries = [r for r in lines if r["type"] == "summary"]
    assert 1 <= len(summaries) <= 3
    assert summaries[-1]["total"] > 0
    assert set().union(*(s["by_reader"] for s in summaries)) == {"simulator"}


def test_unreachable_reader_exit_3_with_message() -> None:
    out, err = io.StringIO(), io.StringIO()
    address = f"127.0.0.1:{free_port()}"
    code = rfid_command.listen([address], seconds=0.5, out=out, err=err, reader_overrides=FAST)
    assert code == 3
    messages = err.getvalue().splitlines()
    assert f"rfid listen: reader {address}: connection refused (nothing listening on the LLRP port?); retrying" \
        in messages
    assert messages.count(messages[0]) >= 2  # it kept retrying until the time was up
    assert messages[-1] == "rfid listen: no reader could be reached"


def test_one_reachable_reader_is_enough_for_exit_0() -> None:
    err = io.StringIO()
    with LlrpEmulator(reads_per_s=50) as emulator:
        code = rfid_command.listen([emulator.address, f"127.0.0.1:{free_port()}"], seconds=0.5,
                                   out=io.StringIO(), err=err, reader_overrides=FAST)
    assert code == 0
    assert "connection refused" in err.getvalue()


def test_sink_gets_every_printed_read_and_failures_keep_reads_queued() -> None:
    delivered: list[TagRead] = []
    calls = 0

    def flaky_database(batch: list[TagRead]) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise ConnectionError("database down")
        delivered.extend(batch)

    out, err = io.StringIO(), io.StringIO()
    with LlrpEmulator(reads_per_s=100) as emulator:
        code = rfid_command.listen([emulator.address], seconds=1.5, out=out, err=err, sink=flaky_database,
                                   reader_overrides=FAST)
        sent = emulator.sent_snapshot()
    assert code == 0
    printed = [r for r in records(out.getvalue()) if r["type"] == "read"]
    assert [(r.epc_hex, r.seen_at_us) for r in delivered] == [(p["epc"], p["seen_at_us"]) for p in printed]
    assert [(r.epc_hex, r.seen_at_us) for r in delivered] == [(s.epc_hex, s.seen_at_us) for s in sent]
    assert "sink failed (ConnectionError: database down)" in err.getvalue()
    assert "sink works again" in err.getvalue()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["rfid", "listen", "--seconds", "1"], "give at least one --reader"),
        (["rfid", "listen", "--reader", "host:99999", "--seconds", "1"], "not a reader address"),
        (["rfid", "listen", "--reader", "a", "--reader", "a", "--seconds", "1"], "given twice"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="sunshine-console")
    rfid_command.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    assert args.handler(args) == 2
    assert message in capsys.readouterr().err


def test_registered_handler_passes_the_sink_through(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[TagRead] = []
    parser = argparse.ArgumentParser(prog="sunshine-console")
    rfid_command.register(parser.add_subparsers(dest="command", required=True), sink=seen.extend)
    args = parser.parse_args(["rfid", "listen", "--simulate", "--seconds", "0.8", "--keepalive", "0.1"])
    assert args.handler(args) == 0
    assert seen and {r.reader for r in seen} == {"simulator"}
    assert '"type": "read"' in capsys.readouterr().out
