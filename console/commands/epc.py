"""``epc decode HEX`` / ``epc encode URI``: translate EPCs on the command line (no GUI, no database)."""
from __future__ import annotations

import argparse
import sys
from typing import TextIO

from console.core.epc import Epc, EpcError, decode_hex, parse_pure_identity, parse_tag_uri

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("epc", help="decode or encode GS1 EPC-96 tags (SGTIN, GIAI, GRAI, SSCC)")
    actions = parser.add_subparsers(dest="epc_action", required=True)

    decode = actions.add_parser("decode", help="24 hex digits → scheme, filter, fields, tag URI, pure identity")
    decode.add_argument("hex", help="EPC memory contents, e.g. 3074257BF7194E4000001A85")
    decode.set_defaults(handler=_run_decode)

    encode = actions.add_parser("encode", help="tag URI (or pure identity with --filter) → 24 hex digits")
    encode.add_argument("uri", help="e.g. urn:epc:tag:giai-96:0.6901234.1001")
    encode.add_argument(
        "--filter",
        type=int,
        default=None,
        help="filter value 0-7, required when URI is a pure identity (urn:epc:id:…)",
    )
    encode.set_defaults(handler=_run_encode)


def _run_decode(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        epc = decode_hex(args.hex)
    except EpcError as exc:
        print(f"epc decode: {exc}", file=err)
        return EXIT_BAD_INPUT
    for line in describe(epc):
        print(line, file=out)
    return EXIT_OK


def _run_encode(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    uri: str = args.uri.strip()
    try:
        if uri.startswith("urn:epc:id:"):
            if args.filter is None:
                raise EpcError("a pure identity URI has no filter value: pass --filter 0-7 (0 = all others)")
            epc = parse_pure_identity(uri, args.filter)
        else:
            if args.filter is not None:
                raise EpcError("--filter applies only to pure identity URIs; a tag URI carries its own filter")
            epc = parse_tag_uri(uri)
    except EpcError as exc:
        print(f"epc encode: {exc}", file=err)
        return EXIT_BAD_INPUT
    print(epc.hex, file=out)
    return EXIT_OK


def describe(epc: Epc) -> list[str]:
    lines = [
        f"scheme:         {epc.scheme}",
        f"filter:         {epc.filter}",
        f"company_prefix: {epc.company_prefix}",
    ]
    lines += [f"{name + ':':<16}{value}" for name, value in epc.fields]
    lines += [
        f"hex:            {epc.hex}",
        f"tag_uri:        {epc.tag_uri}",
        f"pure_identity:  {epc.pure_identity}",
    ]
    return lines
