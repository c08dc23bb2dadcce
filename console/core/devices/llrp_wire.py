"""LLRP 1.0.1 framing: message header, TLV/TV parameters, type numbers (EPCglobal LLRP 1.0.1, §16).

Frame: a 10-byte header — 3 reserved bits, 3-bit version (1), 10-bit message type, 32-bit length (whole
message), 32-bit message id — then parameters. A TLV parameter has 6 reserved bits, a 10-bit type and a 16-bit
length (header included); a TV parameter is one byte ``0x80 | type`` followed by a value of fixed size.
"""
from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum

LLRP_VERSION = 1
HEADER = struct.Struct("!HII")
HEADER_LEN = HEADER.size
MAX_MESSAGE_LEN = 16 * 1024 * 1024  # anything larger is a corrupt stream, not a report


class LlrpError(ValueError):
    """A malformed frame or parameter."""


class Msg(IntEnum):
    GET_READER_CAPABILITIES = 1
    SET_READER_CONFIG = 3
    CLOSE_CONNECTION_RESPONSE = 4
    GET_READER_CAPABILITIES_RESPONSE = 11
    SET_READER_CONFIG_RESPONSE = 13
    CLOSE_CONNECTION = 14
    ADD_ROSPEC = 20
    DELETE_ROSPEC = 21
    START_ROSPEC = 22
    STOP_ROSPEC = 23
    ENABLE_ROSPEC = 24
    DISABLE_ROSPEC = 25
    ADD_ROSPEC_RESPONSE = 30
    DELETE_ROSPEC_RESPONSE = 31
    START_ROSPEC_RESPONSE = 32
    STOP_ROSPEC_RESPONSE = 33
    ENABLE_ROSPEC_RESPONSE = 34
    DISABLE_ROSPEC_RESPONSE = 35
    RO_ACCESS_REPORT = 61
    KEEPALIVE = 62
    READER_EVENT_NOTIFICATION = 63
    KEEPALIVE_ACK = 72
    ERROR_MESSAGE = 100


RESPONSE_OF = {
    Msg.GET_READER_CAPABILITIES: Msg.GET_READER_CAPABILITIES_RESPONSE,
    Msg.SET_READER_CONFIG: Msg.SET_READER_CONFIG_RESPONSE,
    Msg.CLOSE_CONNECTION: Msg.CLOSE_CONNECTION_RESPONSE,
    Msg.ADD_ROSPEC: Msg.ADD_ROSPEC_RESPONSE,
    Msg.DELETE_ROSPEC: Msg.DELETE_ROSPEC_RESPONSE,
    Msg.START_ROSPEC: Msg.START_ROSPEC_RESPONSE,
    Msg.STOP_ROSPEC: Msg.STOP_ROSPEC_RESPONSE,
    Msg.ENABLE_ROSPEC: Msg.ENABLE_ROSPEC_RESPONSE,
    Msg.DISABLE_ROSPEC: Msg.DISABLE_ROSPEC_RESPONSE,
}


class P(IntEnum):
    """Parameter types (TV types are < 128, TLV types >= 128)."""

    ANTENNA_ID = 1
    FIRST_SEEN_UTC = 2
    LAST_SEEN_UTC = 4
    PEAK_RSSI = 6
    CHANNEL_INDEX = 7
    TAG_SEEN_COUNT = 8
    EPC_96 = 13
    UTC_TIMESTAMP = 128
    UPTIME = 129
    RO_SPEC = 177
    RO_BOUNDARY_SPEC = 178
    RO_SPEC_START_TRIGGER = 179
    RO_SPEC_STOP_TRIGGER = 182
    AI_SPEC = 183
    AI_SPEC_STOP_TRIGGER = 184
    INVENTORY_PARAMETER_SPEC = 186
    KEEPALIVE_SPEC = 220
    EVENTS_AND_REPORTS = 226
    RO_REPORT_SPEC = 237
    TAG_REPORT_CONTENT_SELECTOR = 238
    TAG_REPORT_DATA = 240
    EPC_DATA = 241
    READER_EVENT_NOTIFICATION_DATA = 246
    CONNECTION_ATTEMPT_EVENT = 256
    CONNECTION_CLOSE_EVENT = 257
    LLRP_STATUS = 287


# Value sizes of the TV parameters of LLRP 1.0.1 (§16.2.7.3 and the C1G2 TV parameters of §16.3.1).
TV_SIZES = {1: 2, 2: 8, 3: 8, 4: 8, 5: 8, 6: 1, 7: 2, 8: 2, 9: 4, 10: 2, 11: 2, 12: 2, 13: 12, 14: 2, 15: 2,
            16: 4, 17: 2, 18: 4}

STATUS_SUCCESS = 0
CONNECTION_SUCCESS = 0
CONNECTION_STATUS_TEXT = {
    0: "success",
    1: "failed: a reader-initiated connection already exists",
    2: "failed: a client-initiated connection already exists",
    3: "failed: reason other than a connection already exists",
    4: "another connection attempted",
}


@dataclass(frozen=True)
class Message:
    type: int
    message_id: int
    body: bytes = b""

    def encode(self) -> bytes:
        return HEADER.pack((LLRP_VERSION << 10) | self.type, HEADER_LEN + len(self.body), self.message_id) + self.body

    @property
    def name(self) -> str:
        try:
            return Msg(self.type).name
        except ValueError:
            return f"type {self.type}"


@dataclass(frozen=True)
class Param:
    type: int
    value: bytes  # TLV: the bytes after the 4-byte header; TV: the fixed-size value


class FrameReader:
    """Accumulates bytes from a stream socket and yields the complete messages in them."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[Message]:
        self._buffer += data
        messages: list[Message] = []
        while len(self._buffer) >= HEADER_LEN:
            ver_type, length, message_id = HEADER.unpack_from(self._buffer)
            if (ver_type >> 10) & 0b111 != LLRP_VERSION:
                raise LlrpError(f"unsupported LLRP version {(ver_type >> 10) & 0b111}")
            if not HEADER_LEN <= length <= MAX_MESSAGE_LEN:
                raise LlrpError(f"implausible message length {length}")
            if len(self._buffer) < length:
                break
            messages.append(Message(ver_type & 0x3FF, message_id, bytes(self._buffer[HEADER_LEN:length])))
            del self._buffer[:length]
        return messages

    @property
    def pending(self) -> int:
        return len(self._buffer)


# -- parameters -------------------------------------------------------------------------------------------


def tlv(ptype: int, *parts: bytes) -> bytes:
    payload = b"".join(parts)
    return struct.pack("!HH", ptype & 0x3FF, 4 + len(payload)) + payload


def tv(ptype: int, value: bytes) -> bytes:
    if len(value) != TV_SIZES[ptype]:
        raise LlrpError(f"TV parameter {ptype} takes {TV_SIZES[ptype]} bytes, got {len(value)}")
    return bytes([0x80 | ptype]) + value


def iter_params(data: bytes) -> Iterator[Param]:
    pos = 0
    while pos < len(data):
        first = data[pos]
        if first & 0x80:
            ptype = first & 0x7F
            size = TV_SIZES.get(ptype)
            if size is None:
                raise LlrpError(f"unknown TV parameter type {ptype}: cannot skip it")
            if pos + 1 + size > len(data):
                raise LlrpError(f"TV parameter {ptype} truncated")
            yield Param(ptype, data[pos + 1 : pos + 1 + size])
            pos += 1 + size
        else:
            if pos + 4 > len(data):
                raise LlrpError("TLV parameter header truncated")
            ptype, length = struct.unpack_from("!HH", data, pos)
            if length < 4 or pos + length > len(data):
                raise LlrpError(f"TLV parameter {ptype & 0x3FF} has bad length {length}")
            yield Param(ptype & 0x3FF, data[pos + 4 : pos + length])
            pos += length


def find_param(data: bytes, ptype: int) -> Param | None:
    return next((p for p in iter_params(data) if p.type == ptype), None)
