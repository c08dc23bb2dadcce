"""GS1 EPC Tag Data Standard (TDS) codec for the 96-bit schemes the warehouse uses.

Three representations of one tag are converted into each other:

* the EPC memory bank as 24 hex digits (what an LLRP reader reports), e.g. ``3074257BF7194E4000001A85``;
* the EPC *tag* URI, which keeps the filter value, e.g. ``urn:epc:tag:sgtin-96:3.0614141.812345.6789``;
* the *pure identity* URI, which names the object without the filter, e.g. ``urn:epc:id:sgtin:0614141.812345.6789``.

Schemes: SGTIN-96 (counted stock), GIAI-96 (individually tracked tools and instruments), GRAI-96 (returnable
assets) and SSCC-96 (logistic units). The partition tables are those of TDS 1.x/2.x §14 (unchanged since 1.1).

pyepc is not used on purpose: it knows neither GIAI nor GRAI and loses the filter value on a round trip.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Epc",
    "EpcError",
    "decode_hex",
    "giai96_for_asset",
    "parse",
    "parse_pure_identity",
    "parse_tag_uri",
    "sgtin96_for_item",
]


class EpcError(ValueError):
    """Raised for any EPC that cannot be decoded or encoded; the message says what is wrong."""


# A field is either a fixed number of decimal digits whose leading zeros matter (company prefix, item
# reference, GRAI asset type, SSCC serial reference) or a plain integer that the standard forbids to start
# with a zero (SGTIN/GRAI serial, GIAI asset reference).
_DIGITS = "digits"
_INTEGER = "integer"


@dataclass(frozen=True)
class _FieldSpec:
    name: str
    kind: str
    bits_by_partition: tuple[int, ...]  # 7 entries, or 1 when the width does not depend on the partition
    digits_by_partition: tuple[int, ...] = ()

    def bits(self, partition: int) -> int:
        return self.bits_by_partition[partition if len(self.bits_by_partition) > 1 else 0]

    def digits(self, partition: int) -> int:
        return self.digits_by_partition[partition]


@dataclass(frozen=True)
class _Scheme:
    name: str  # tag URI name, e.g. "sgtin-96"
    identity: str  # pure identity name, e.g. "sgtin"
    header: int
    fields: tuple[_FieldSpec, ...]  # after the company prefix
    reserved_bits: int = 0  # trailing bits that must be zero (SSCC-96)


_CP = _FieldSpec("company_prefix", _DIGITS, (40, 37, 34, 30, 27, 24, 20), (12, 11, 10, 9, 8, 7, 6))

# TDS Table 14-2 (SGTIN), 14-5 (SSCC), 14-11 (GRAI), 14-14 (GIAI) — the "other field" column per partition.
_SCHEMES: dict[str, _Scheme] = {
    s.name: s
    for s in (
        _Scheme(
            "sgtin-96",
            "sgtin",
            0x30,
            (
                _FieldSpec("item_reference", _DIGITS, (4, 7, 10, 14, 17, 20, 24), (1, 2, 3, 4, 5, 6, 7)),
                _FieldSpec("serial", _INTEGER, (38,)),
            ),
        ),
        _Scheme(
            "sscc-96",
            "sscc",
            0x31,
            (_FieldSpec("serial_reference", _DIGITS, (18, 21, 24, 28, 31, 34, 38), (5, 6, 7, 8, 9, 10, 11)),),
            reserved_bits=24,
        ),
        _Scheme(
            "grai-96",
            "grai",
            0x33,
            (
                _FieldSpec("asset_type", _DIGITS, (4, 7, 10, 14, 17, 20, 24), (0, 1, 2, 3, 4, 5, 6)),
                _FieldSpec("serial", _INTEGER, (38,)),
            ),
        ),
        _Scheme(
            "giai-96",
            "giai",
            0x34,
            (_FieldSpec("asset_reference", _INTEGER, (42, 45, 48, 52, 55, 58, 62)),),
        ),
    )
}
_BY_HEADER = {s.header: s for s in _SCHEMES.values()}
_BY_IDENTITY = {s.identity: s for s in _SCHEMES.values()}

_HEX_RE = re.compile(r"[0-9A-Fa-f]{24}")
_DECIMAL_RE = re.compile(r"[0-9]*")


@dataclass(frozen=True)
class Epc:
    """One decoded 96-bit EPC. Build it with the functions of this module, which validate every field."""

    scheme: str  # "sgtin-96", "giai-96", "grai-96" or "sscc-96"
    filter: int
    company_prefix: str  # decimal digits, leading zeros kept
    fields: tuple[tuple[str, str], ...]  # the scheme's remaining fields in URI order, as decimal strings

    @property
    def partition(self) -> int:
        return _CP.digits_by_partition.index(len(self.company_prefix))

    @property
    def hex(self) -> str:
        return _encode_bits(self)

    @property
    def tag_uri(self) -> str:
        parts = [str(self.filter), self.company_prefix, *(value for _, value in self.fields)]
        return f"urn:epc:tag:{self.scheme}:" + ".".join(parts)

    @property
    def pure_identity(self) -> str:
        parts = [self.company_prefix, *(value for _, value in self.fields)]
        return f"urn:epc:id:{_SCHEMES[self.scheme].identity}:" + ".".join(parts)

    def field(self, name: str) -> str:
        for key, value in self.fields:
            if key == name:
                return value
        raise KeyError(name)


def decode_hex(text: str) -> Epc:
    """Decode the 96-bit EPC memory contents given as 24 hex digits (case-insensitive)."""
    cleaned = text.strip()
    if cleaned[:2].lower() == "0x":
        cleaned = cleaned[2:]
    if not _HEX_RE.fullmatch(cleaned):
        raise EpcError(f"an EPC-96 is 24 hex digits, got {text!r} ({len(cleaned)} characters)")
    value = int(cleaned, 16)
    header = value >> 88
    scheme = _BY_HEADER.get(header)
    if scheme is None:
        raise EpcError(f"header 0x{header:02X} is not one of SGTIN-96, SSCC-96, GRAI-96, GIAI-96")
    filter_value = (value >> 85) & 0b111
    partition = (value >> 82) & 0b111
    if partition > 6:
        raise EpcError(f"partition value {partition} is reserved (0-6 allowed)")
    position = 82
    position -= _CP.bits(partition)
    cp_value = (value >> position) & ((1 << _CP.bits(partition)) - 1)
    company_prefix = _digits_from_int(cp_value, _CP.digits(partition), "company prefix")
    fields: list[tuple[str, str]] = []
    for spec in scheme.fields:
        width = spec.bits(partition)
        position -= width
        raw = (value >> position) & ((1 << width) - 1)
        label = spec.name.replace("_", " ")
        if spec.kind == _DIGITS:
            fields.append((spec.name, _digits_from_int(raw, spec.digits(partition), label)))
        else:
            fields.append((spec.name, str(raw)))
    if position != scheme.reserved_bits:
        raise AssertionError(f"partition table for {scheme.name} does not add up to 96 bits")
    if scheme.reserved_bits and value & ((1 << scheme.reserved_bits) - 1):
        raise EpcError(f"the last {scheme.reserved_bits} bits of an {scheme.name.upper()} must be zero")
    return Epc(scheme.name, filter_value, company_prefix, tuple(fields))


def parse_tag_uri(uri: str) -> Epc:
    """Parse ``urn:epc:tag:<scheme>-96:<filter>.<company prefix>.<fields…>``."""
    text = uri.strip()
    prefix = "urn:epc:tag:"
    if not text.startswith(prefix):
        raise EpcError(f"a tag URI starts with {prefix!r}, got {uri!r}")
    name, sep, rest = text[len(prefix):].partition(":")
    scheme = _SCHEMES.get(name.lower())
    if not sep or scheme is None:
        raise EpcError(f"unsupported tag URI scheme {name!r}; expected one of {', '.join(sorted(_SCHEMES))}")
    parts = rest.split(".")
    if len(parts) != 2 + len(scheme.fields):
        raise EpcError(f"{scheme.name} tag URI needs {2 + len(scheme.fields)} dot-separated parts, got {len(parts)}")
    filter_text, *identity_parts = parts
    if not re.fullmatch(r"[0-7]", filter_text):
        raise EpcError(f"filter value must be a single digit 0-7, got {filter_text!r}")
    return _build(scheme, int(filter_text), identity_parts)


def parse_pure_identity(uri: str, filter_value: int = 0) -> Epc:
    """Parse ``urn:epc:id:<scheme>:…``; the pure identity has no filter, so the caller supplies it."""
    text = uri.strip()
    prefix = "urn:epc:id:"
    if not text.startswith(prefix):
        raise EpcError(f"a pure identity URI starts with {prefix!r}, got {uri!r}")
    name, sep, rest = text[len(prefix):].partition(":")
    scheme = _BY_IDENTITY.get(name.lower())
    if not sep or scheme is None:
        raise EpcError(f"unsupported pure identity scheme {name!r}; expected one of {', '.join(sorted(_BY_IDENTITY))}")
    parts = rest.split(".")
    if len(parts) != 1 + len(scheme.fields):
        raise EpcError(f"{scheme.identity} pure identity needs {1 + len(scheme.fields)} parts, got {len(parts)}")
    return _build(scheme, filter_value, parts)


def parse(text: str, filter_value: int = 0) -> Epc:
    """Accept any of the three forms: hex, tag URI or pure identity URI (the latter with ``filter_value``)."""
    stripped = text.strip()
    if stripped.startswith("urn:epc:tag:"):
        return parse_tag_uri(stripped)
    if stripped.startswith("urn:epc:id:"):
        return parse_pure_identity(stripped, filter_value)
    return decode_hex(stripped)


def giai96_for_asset(company_prefix: str, asset_reference: int, filter_value: int = 0) -> Epc:
    """GIAI-96 for one of our own tools or instruments: company prefix (6-12 digits) plus a serial number."""
    return _build(_SCHEMES["giai-96"], filter_value, [company_prefix, _integer_text(asset_reference)])


def sgtin96_for_item(company_prefix: str, item_reference: str, serial: int, filter_value: int = 0) -> Epc:
    """SGTIN-96 for counted stock. ``item_reference`` includes the indicator digit and has 13 - len(prefix) digits."""
    return _build(_SCHEMES["sgtin-96"], filter_value, [company_prefix, item_reference, _integer_text(serial)])


# ----------------------------------------------------------------------------------------------------------


def _integer_text(value: int) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise EpcError(f"expected an integer, got {value!r}")
    if value < 0:
        raise EpcError(f"expected a non-negative integer, got {value}")
    return str(value)


def _digits_from_int(value: int, digits: int, label: str) -> str:
    if value >= 10**digits:
        raise EpcError(f"{label} value {value} does not fit in {digits} decimal digits")
    return str(value).zfill(digits) if digits else ""


def _build(scheme: _Scheme, filter_value: int, parts: list[str]) -> Epc:
    if isinstance(filter_value, bool) or not isinstance(filter_value, int) or not 0 <= filter_value <= 7:
        raise EpcError(f"filter value must be 0-7, got {filter_value!r}")
    company_prefix, *rest = parts
    if not company_prefix.isdigit() or not company_prefix.isascii():
        raise EpcError(f"company prefix must be decimal digits, got {company_prefix!r}")
    if len(company_prefix) not in _CP.digits_by_partition:
        raise EpcError(f"company prefix must have 6 to 12 digits, got {len(company_prefix)} ({company_prefix!r})")
    partition = _CP.digits_by_partition.index(len(company_prefix))
    fields: list[tuple[str, str]] = []
    for spec, text in zip(scheme.fields, rest):
        label = spec.name.replace("_", " ")
        if not _DECIMAL_RE.fullmatch(text) or not text.isascii():
            raise EpcError(f"{label} must be decimal digits for {scheme.name}, got {text!r}")
        if spec.kind == _DIGITS:
            want = spec.digits(partition)
            if len(text) != want:
                raise EpcError(
                    f"with a {len(company_prefix)}-digit company prefix the {label} must have {want} digits, "
                    f"got {len(text)} ({text!r})"
                )
            if want and int(text) >= 1 << spec.bits(partition):
                raise EpcError(f"{label} {text} does not fit in {spec.bits(partition)} bits")
        else:
            if text == "":
                raise EpcError(f"{label} is empty")
            if len(text) > 1 and text[0] == "0":
                raise EpcError(f"{label} {text!r} may not start with 0 in {scheme.name} (numeric, no leading zeros)")
            limit = (1 << spec.bits(partition)) - 1
            if int(text) > limit:
                raise EpcError(f"{label} {text} exceeds the {scheme.name} maximum {limit} for this company prefix")
        fields.append((spec.name, text))
    return Epc(scheme.name, filter_value, company_prefix, tuple(fields))


def _encode_bits(epc: Epc) -> str:
    scheme = _SCHEMES[epc.scheme]
    partition = epc.partition
    value = scheme.header
    value = (value << 3) | epc.filter
    value = (value << 3) | partition
    value = (value << _CP.bits(partition)) | int(epc.company_prefix)
    for spec, (_, text) in zip(scheme.fields, epc.fields):
        value = (value << spec.bits(partition)) | int(text or "0")
    value <<= scheme.reserved_bits
    return f"{value:024X}"
