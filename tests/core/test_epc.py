"""EPC codec against the GS1 Tag Data Standard's published examples, plus round-trip properties."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.core.epc import (
    Epc,
    EpcError,
    decode_hex,
    giai96_for_asset,
    parse,
    parse_pure_identity,
    parse_tag_uri,
    sgtin96_for_item,
)

# (hex, tag URI, pure identity URI, where the vector comes from)
PUBLISHED_VECTORS = [
    # GS1 EPC Tag Data Standard, Appendix E.1 "Encoding a Serialized Global Trade Item Number (SGTIN) to
    # SGTIN-96" (TDS 1.6 ... 2.x), also the SGTIN-96 row of the TDT 2.x standard examples; reproduced in
    # github.com/dannyhaak/TagDataTranslation, TagDataTranslationUnitTest/TDSStandard.cs, Sgtin96_Standard.
    (
        "3074257BF7194E4000001A85",
        "urn:epc:tag:sgtin-96:3.0614141.812345.6789",
        "urn:epc:id:sgtin:0614141.812345.6789",
    ),
    # GS1 TDS/TDT 2.x standard example for GIAI-96 (filter 3, 7-digit prefix); same source file, Giai96_Standard.
    (
        "3474257BF40000000000162E",
        "urn:epc:tag:giai-96:3.0614141.5678",
        "urn:epc:id:giai:0614141.5678",
    ),
    # GS1 TDS/TDT 2.x standard example for GRAI-96; same source file, Grai96_Standard.
    (
        "3374257BF40C0E400000162E",
        "urn:epc:tag:grai-96:3.0614141.12345.5678",
        "urn:epc:id:grai:0614141.12345.5678",
    ),
    # GS1 TDS/TDT 2.x standard example for SSCC-96; same source file, Sscc96_Standard.
    (
        "3174257BF4499602D2000000",
        "urn:epc:tag:sscc-96:3.0614141.1234567890",
        "urn:epc:id:sscc:0614141.1234567890",
    ),
    # github.com/jlcout/epctagcoder README (EPC TDS 1.9 implementation): SSCC-96, 9-digit prefix, filter 5.
    (
        "31AC16465751CCD0C2000000",
        "urn:epc:tag:sscc-96:5.023356789.30200002",
        "urn:epc:id:sscc:023356789.30200002",
    ),
]


@pytest.mark.parametrize(("hex_text", "tag_uri", "pure"), PUBLISHED_VECTORS)
def test_published_vectors_decode(hex_text: str, tag_uri: str, pure: str) -> None:
    epc = decode_hex(hex_text)
    assert epc.tag_uri == tag_uri
    assert epc.pure_identity == pure
    assert epc.hex == hex_text


@pytest.mark.parametrize(("hex_text", "tag_uri", "pure"), PUBLISHED_VECTORS)
def test_published_vectors_encode(hex_text: str, tag_uri: str, pure: str) -> None:
    from_tag = parse_tag_uri(tag_uri)
    assert from_tag.hex == hex_text
    filter_value = int(tag_uri.rsplit(":", 1)[1].split(".")[0])
    assert parse_pure_identity(pure, filter_value).hex == hex_text
    assert parse(hex_text.lower()) == from_tag


def test_sgtin_fields_are_named() -> None:
    epc = decode_hex("3074257BF7194E4000001A85")
    assert epc.scheme == "sgtin-96"
    assert epc.filter == 3
    assert epc.partition == 5
    assert epc.company_prefix == "0614141"
    assert epc.fields == (("item_reference", "812345"), ("serial", "6789"))
    assert epc.field("serial") == "6789"


def test_filter_survives_round_trip() -> None:
    for filter_value in range(8):
        uri = f"urn:epc:tag:giai-96:{filter_value}.0614141.5678"
        assert decode_hex(parse_tag_uri(uri).hex).tag_uri == uri


def test_grai_with_twelve_digit_prefix_has_empty_asset_type() -> None:
    epc = parse_pure_identity("urn:epc:id:grai:061414112345..7", filter_value=1)
    assert epc.field("asset_type") == ""
    assert decode_hex(epc.hex).pure_identity == "urn:epc:id:grai:061414112345..7"


def test_helpers_for_own_assets() -> None:
    tool = giai96_for_asset("6901234", 1001)
    assert tool.tag_uri == "urn:epc:tag:giai-96:0.6901234.1001"
    assert decode_hex(tool.hex) == tool
    stock = sgtin96_for_item("6901234", "012345", 42, filter_value=1)
    assert stock.pure_identity == "urn:epc:id:sgtin:6901234.012345.42"
    assert decode_hex(stock.hex) == stock


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("3074257BF7194E4000001A8", "24 hex digits"),
        ("3074257BF7194E4000001A8G", "24 hex digits"),
        ("E2801160600002054E0A5B2C", "header 0xE2"),
        ("307C257BF7194E4000001A85", "partition value 7"),
        ("3174257BF4499602D2000001", "must be zero"),
        ("urn:epc:tag:sgtin-96:8.0614141.812345.6789", "filter value"),
        ("urn:epc:tag:sgtin-96:3.0614141.81234.6789", "must have 6 digits"),
        ("urn:epc:tag:sgtin-96:3.0614141.812345.06789", "may not start with 0"),
        ("urn:epc:tag:sgtin-96:3.0614141.812345.274877906944", "exceeds"),
        ("urn:epc:tag:sgtin-96:3.06141.8123456.6789", "6 to 12 digits"),
        ("urn:epc:tag:sgtin-198:3.0614141.812345.6789", "unsupported tag URI scheme"),
        ("urn:epc:tag:giai-96:3.0614141", "needs 3 dot-separated parts"),
        ("urn:epc:tag:giai-96:3.0614141.5A78", "decimal digits"),
        ("urn:epc:id:gid:31415.271828.1414", "unsupported pure identity scheme"),
    ],
)
def test_invalid_input_says_what_is_wrong(text: str, fragment: str) -> None:
    with pytest.raises(EpcError, match=fragment):
        parse(text)


def test_company_prefix_overflow_in_binary_is_rejected() -> None:
    # Partition 6 gives 20 bits for a 6-digit prefix: 0xFFFFF = 1048575 has 7 digits, so it is invalid.
    value = (0x30 << 88) | (0 << 85) | (6 << 82) | (0xFFFFF << 62)
    with pytest.raises(EpcError, match="company prefix value 1048575"):
        decode_hex(f"{value:024X}")


def test_error_is_a_value_error() -> None:
    assert issubclass(EpcError, ValueError)
    with pytest.raises(ValueError):
        giai96_for_asset("0614141", -1)


# ---- properties ----------------------------------------------------------------------------------------

_CP_DIGITS = (12, 11, 10, 9, 8, 7, 6)
_GIAI_BITS = (42, 45, 48, 52, 55, 58, 62)


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=n, max_size=n)


@st.composite
def epcs(draw: st.DrawFn) -> Epc:
    scheme = draw(st.sampled_from(["sgtin-96", "grai-96", "giai-96", "sscc-96"]))
    partition = draw(st.integers(0, 6))
    cp = draw(_digits(_CP_DIGITS[partition]))
    filter_value = draw(st.integers(0, 7))
    if scheme == "sgtin-96":
        parts = [cp, draw(_digits(13 - len(cp))), str(draw(st.integers(0, 2**38 - 1)))]
    elif scheme == "grai-96":
        parts = [cp, draw(_digits(12 - len(cp))), str(draw(st.integers(0, 2**38 - 1)))]
    elif scheme == "sscc-96":
        parts = [cp, draw(_digits(17 - len(cp)))]
    else:
        parts = [cp, str(draw(st.integers(0, 2 ** _GIAI_BITS[partition] - 1)))]
    return parse_tag_uri(f"urn:epc:tag:{scheme}:{filter_value}." + ".".join(parts))


@given(epcs())
def test_round_trip_hex_tag_pure(epc: Epc) -> None:
    assert len(epc.hex) == 24
    assert decode_hex(epc.hex) == epc
    assert parse_tag_uri(epc.tag_uri) == epc
    assert parse_pure_identity(epc.pure_identity, epc.filter) == epc


@given(st.integers(0, 2**96 - 1))
def test_any_96_bits_either_decode_consistently_or_raise_epc_error(value: int) -> None:
    text = f"{value:024X}"
    try:
        epc = decode_hex(text)
    except EpcError:
        return
    assert epc.hex == text


@given(st.sampled_from([0x30, 0x31, 0x33, 0x34]), st.integers(0, 2**88 - 1))
def test_known_headers_decode_consistently_or_raise_epc_error(header: int, rest: int) -> None:
    text = f"{(header << 88) | rest:024X}"
    try:
        epc = decode_hex(text)
    except EpcError:
        return
    assert epc.hex == text
    assert parse_tag_uri(epc.tag_uri).hex == text
