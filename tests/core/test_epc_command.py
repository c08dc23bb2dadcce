"""The ``epc`` headless command, driven through its own argparse parser as console/cli.py will."""
from __future__ import annotations

import argparse

import pytest

from console.commands import epc as epc_command


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="sunshine-console")
    epc_command.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_decode_prints_every_representation(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["epc", "decode", "3074257bf7194e4000001a85"]) == 0
    out = capsys.readouterr().out
    assert "scheme:         sgtin-96" in out
    assert "filter:         3" in out
    assert "item_reference: 812345" in out
    assert "serial:         6789" in out
    assert "tag_uri:        urn:epc:tag:sgtin-96:3.0614141.812345.6789" in out
    assert "pure_identity:  urn:epc:id:sgtin:0614141.812345.6789" in out


def test_encode_tag_uri(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["epc", "encode", "urn:epc:tag:giai-96:3.0614141.5678"]) == 0
    assert capsys.readouterr().out.strip() == "3474257BF40000000000162E"


def test_encode_pure_identity_needs_filter(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["epc", "encode", "urn:epc:id:grai:0614141.12345.5678"]) == 2
    assert "--filter" in capsys.readouterr().err
    assert run(["epc", "encode", "urn:epc:id:grai:0614141.12345.5678", "--filter", "3"]) == 0
    assert capsys.readouterr().out.strip() == "3374257BF40C0E400000162E"


@pytest.mark.parametrize(
    "argv",
    [
        ["epc", "decode", "not-hex"],
        ["epc", "decode", "E2801160600002054E0A5B2C"],
        ["epc", "encode", "urn:epc:tag:sgtin-96:9.0614141.812345.6789"],
        ["epc", "encode", "urn:epc:tag:giai-96:0.6901234.1001", "--filter", "1"],
    ],
)
def test_bad_input_exits_2_with_message_and_no_traceback(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("epc ")
    assert "Traceback" not in captured.err
