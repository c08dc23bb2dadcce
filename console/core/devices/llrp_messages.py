"""The LLRP 1.0.1 messages a warehouse door/shelf reader needs, built on :mod:`llrp_wire` framing.

Only what the client and the emulator exchange is modelled: reader events (connection attempt/close),
capabilities request, SET_READER_CONFIG (KeepaliveSpec, ROReportSpec + TagReportContentSelector,
EventsAndReports), the ROSpec lifecycle, keepalives, RO_ACCESS_REPORT (EPC-96 TV or EPCData TLV with the TV
fields a TagReportData may carry) and CLOSE_CONNECTION. Everything else is skipped by length when received.
The framing names are re-exported so callers need only this module.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

from console.core.devices.llrp_wire import (
    CONNECTION_STATUS_TEXT,
    CONNECTION_SUCCESS,
    HEADER_LEN,
    LLRP_VERSION,
    RESPONSE_OF,
    STATUS_SUCCESS,
    TV_SIZES,
    FrameReader,
    LlrpError,
    Message,
    Msg,
    P,
    Param,
    find_param,
    iter_params,
    tlv,
    tv,
)

__all__ = [
    "CONNECTION_STATUS_TEXT", "CONNECTION_SUCCESS", "HEADER_LEN", "LLRP_VERSION", "RESPONSE_OF", "STATUS_SUCCESS",
    "TV_SIZES", "ContentSelector", "FrameReader", "LlrpError", "Message", "Msg", "P", "Param", "ROSpecConfig",
    "ReaderConfigRequest", "ReaderEvent", "ReportSpec", "Status", "TagReport", "add_rospec", "close_connection",
    "decode_reader_event", "decode_ro_access_report", "decode_rospec_id", "decode_set_reader_config",
    "decode_status", "encode_status", "encode_tag_report", "find_param", "get_reader_capabilities", "iter_params",
    "keepalive", "keepalive_ack", "reader_event", "response", "ro_access_report", "rospec_command",
    "set_reader_config", "tlv", "tv",
]


# -- configuration the client sends ------------------------------------------------------------------------

_SELECTOR_BITS = ("rospec_id", "spec_index", "inventory_parameter_spec_id", "antenna_id", "channel_index",
                  "peak_rssi", "first_seen", "last_seen", "seen_count", "access_spec_id")


@dataclass(frozen=True)
class ContentSelector:
    """TagReportContentSelector: which optional fields the reader puts in each TagReportData."""

    rospec_id: bool = False
    spec_index: bool = False
    inventory_parameter_spec_id: bool = False
    antenna_id: bool = True
    channel_index: bool = False
    peak_rssi: bool = True
    first_seen: bool = True
    last_seen: bool = False
    seen_count: bool = False
    access_spec_id: bool = False

    def flags(self) -> int:
        value = 0
        for index, name in enumerate(_SELECTOR_BITS):
            if getattr(self, name):
                value |= 1 << (15 - index)
        return value

    @staticmethod
    def from_flags(value: int) -> ContentSelector:
        return ContentSelector(**{name: bool(value & (1 << (15 - i))) for i, name in enumerate(_SELECTOR_BITS)})


REPORT_UPON_N_TAGS_OR_END_OF_ROSPEC = 2


@dataclass(frozen=True)
class ReportSpec:
    trigger: int = REPORT_UPON_N_TAGS_OR_END_OF_ROSPEC
    n: int = 1  # a report per tag: the door needs reads as they happen, not in batches
    content: ContentSelector = field(default_factory=ContentSelector)

    def encode(self) -> bytes:
        selector = tlv(P.TAG_REPORT_CONTENT_SELECTOR, struct.pack("!H", self.content.flags()))
        return tlv(P.RO_REPORT_SPEC, struct.pack("!BH", self.trigger, self.n), selector)

    @staticmethod
    def decode(value: bytes) -> ReportSpec:
        trigger, n = struct.unpack_from("!BH", value)
        selector = find_param(value[3:], P.TAG_REPORT_CONTENT_SELECTOR)
        content = ContentSelector.from_flags(struct.unpack_from("!H", selector.value)[0]) if selector else ContentSelector()
        return ReportSpec(trigger, n, content)


@dataclass(frozen=True)
class ROSpecConfig:
    rospec_id: int = 1
    antennas: tuple[int, ...] = (0,)  # 0 = every antenna of the reader
    report: ReportSpec = field(default_factory=ReportSpec)

    def encode(self) -> bytes:
        # Null start/stop triggers: the ROSpec runs from START_ROSPEC until stopped, i.e. continuous inventory.
        boundary = tlv(
            P.RO_BOUNDARY_SPEC,
            tlv(P.RO_SPEC_START_TRIGGER, struct.pack("!B", 0)),
            tlv(P.RO_SPEC_STOP_TRIGGER, struct.pack("!BI", 0, 0)),
        )
        ai_spec = tlv(
            P.AI_SPEC,
            struct.pack(f"!H{len(self.antennas)}H", len(self.antennas), *self.antennas),
            tlv(P.AI_SPEC_STOP_TRIGGER, struct.pack("!BI", 0, 0)),
            tlv(P.INVENTORY_PARAMETER_SPEC, struct.pack("!HB", 1, 1)),  # protocol 1 = EPCglobal C1G2
        )
        return tlv(P.RO_SPEC, struct.pack("!IBB", self.rospec_id, 0, 0), boundary, ai_spec, self.report.encode())

    @staticmethod
    def decode(value: bytes) -> ROSpecConfig:
        rospec_id = struct.unpack_from("!I", value)[0]
        antennas: tuple[int, ...] = (0,)
        report = ReportSpec()
        for param in iter_params(value[6:]):
            if param.type == P.AI_SPEC:
                count = struct.unpack_from("!H", param.value)[0]
                antennas = struct.unpack_from(f"!{count}H", param.value, 2)
            elif param.type == P.RO_REPORT_SPEC:
                report = ReportSpec.decode(param.value)
        return ROSpecConfig(rospec_id, tuple(antennas), report)


def get_reader_capabilities(message_id: int) -> Message:
    return Message(Msg.GET_READER_CAPABILITIES, message_id, struct.pack("!B", 0))  # 0 = all capabilities


def set_reader_config(message_id: int, keepalive_ms: int, report: ReportSpec, reset: bool = False) -> Message:
    body = (
        struct.pack("!B", 0x80 if reset else 0)
        + report.encode()
        + tlv(P.KEEPALIVE_SPEC, struct.pack("!BI", 1 if keepalive_ms else 0, keepalive_ms))  # 1 = periodic
        + tlv(P.EVENTS_AND_REPORTS, struct.pack("!B", 0))  # do not hold reports after a reconnect
    )
    return Message(Msg.SET_READER_CONFIG, message_id, body)


def add_rospec(message_id: int, rospec: ROSpecConfig) -> Message:
    return Message(Msg.ADD_ROSPEC, message_id, rospec.encode())


def rospec_command(kind: Msg, message_id: int, rospec_id: int) -> Message:
    """ENABLE_/START_/STOP_/DISABLE_/DELETE_ROSPEC; ``rospec_id`` 0 means all ROSpecs."""
    return Message(kind, message_id, struct.pack("!I", rospec_id))


def keepalive_ack(message_id: int) -> Message:
    return Message(Msg.KEEPALIVE_ACK, message_id)


def close_connection(message_id: int) -> Message:
    return Message(Msg.CLOSE_CONNECTION, message_id)


@dataclass(frozen=True)
class ReaderConfigRequest:
    """What a SET_READER_CONFIG asked for (decoded by the emulator)."""

    keepalive_ms: int | None
    report: ReportSpec | None


def decode_set_reader_config(body: bytes) -> ReaderConfigRequest:
    keepalive_ms: int | None = None
    report: ReportSpec | None = None
    for param in iter_params(body[1:]):
        if param.type == P.KEEPALIVE_SPEC:
            trigger, period = struct.unpack_from("!BI", param.value)
            keepalive_ms = period if trigger == 1 else None
        elif param.type == P.RO_REPORT_SPEC:
            report = ReportSpec.decode(param.value)
    return ReaderConfigRequest(keepalive_ms, report)


def decode_rospec_id(body: bytes) -> int:
    return struct.unpack_from("!I", body)[0]


# -- what a reader sends -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    code: int
    description: str

    @property
    def ok(self) -> bool:
        return self.code == STATUS_SUCCESS


def encode_status(code: int = STATUS_SUCCESS, description: str = "") -> bytes:
    text = description.encode("utf-8")
    return tlv(P.LLRP_STATUS, struct.pack("!HH", code, len(text)), text)


def decode_status(body: bytes) -> Status:
    param = find_param(body, P.LLRP_STATUS)
    if param is None:
        raise LlrpError("response without LLRPStatus")
    code, length = struct.unpack_from("!HH", param.value)
    return Status(code, param.value[4 : 4 + length].decode("utf-8", "replace"))


def response(kind: Msg, message_id: int, code: int = STATUS_SUCCESS, description: str = "") -> Message:
    return Message(kind, message_id, encode_status(code, description))


@dataclass(frozen=True)
class ReaderEvent:
    timestamp_us: int | None
    connection_attempt: int | None  # ConnectionAttemptEvent status, None when absent
    connection_closed: bool
    other_events: tuple[int, ...]


def reader_event(message_id: int, timestamp_us: int, connection_attempt: int | None = None,
                 connection_closed: bool = False) -> Message:
    events = b""
    if connection_attempt is not None:
        events += tlv(P.CONNECTION_ATTEMPT_EVENT, struct.pack("!H", connection_attempt))
    if connection_closed:
        events += tlv(P.CONNECTION_CLOSE_EVENT)
    data = tlv(P.READER_EVENT_NOTIFICATION_DATA, tlv(P.UTC_TIMESTAMP, struct.pack("!Q", timestamp_us)), events)
    return Message(Msg.READER_EVENT_NOTIFICATION, message_id, data)


def decode_reader_event(body: bytes) -> ReaderEvent:
    data = find_param(body, P.READER_EVENT_NOTIFICATION_DATA)
    if data is None:
        raise LlrpError("READER_EVENT_NOTIFICATION without ReaderEventNotificationData")
    timestamp: int | None = None
    attempt: int | None = None
    closed = False
    others: list[int] = []
    for param in iter_params(data.value):
        if param.type == P.UTC_TIMESTAMP:
            timestamp = struct.unpack_from("!Q", param.value)[0]
        elif param.type == P.UPTIME:
            continue
        elif param.type == P.CONNECTION_ATTEMPT_EVENT:
            attempt = struct.unpack_from("!H", param.value)[0]
        elif param.type == P.CONNECTION_CLOSE_EVENT:
            closed = True
        else:
            others.append(param.type)
    return ReaderEvent(timestamp, attempt, closed, tuple(others))


@dataclass(frozen=True)
class TagReport:
    epc: bytes
    antenna: int | None = None
    peak_rssi: int | None = None
    first_seen_us: int | None = None
    last_seen_us: int | None = None
    seen_count: int | None = None
    channel_index: int | None = None


def encode_tag_report(report: TagReport, use_epc_data: bool = False) -> bytes:
    """TagReportData; EPC-96 as the compact TV form unless the EPC is not 96 bits or ``use_epc_data``."""
    if len(report.epc) == 12 and not use_epc_data:
        parts = [tv(P.EPC_96, report.epc)]
    else:
        parts = [tlv(P.EPC_DATA, struct.pack("!H", len(report.epc) * 8), report.epc)]
    if report.antenna is not None:
        parts.append(tv(P.ANTENNA_ID, struct.pack("!H", report.antenna)))
    if report.peak_rssi is not None:
        parts.append(tv(P.PEAK_RSSI, struct.pack("!b", report.peak_rssi)))
    if report.channel_index is not None:
        parts.append(tv(P.CHANNEL_INDEX, struct.pack("!H", report.channel_index)))
    if report.first_seen_us is not None:
        parts.append(tv(P.FIRST_SEEN_UTC, struct.pack("!Q", report.first_seen_us)))
    if report.last_seen_us is not None:
        parts.append(tv(P.LAST_SEEN_UTC, struct.pack("!Q", report.last_seen_us)))
    if report.seen_count is not None:
        parts.append(tv(P.TAG_SEEN_COUNT, struct.pack("!H", report.seen_count)))
    return tlv(P.TAG_REPORT_DATA, *parts)


def ro_access_report(message_id: int, reports: list[TagReport], use_epc_data: bool = False) -> Message:
    return Message(Msg.RO_ACCESS_REPORT, message_id, b"".join(encode_tag_report(r, use_epc_data) for r in reports))


def decode_ro_access_report(body: bytes) -> list[TagReport]:
    reports: list[TagReport] = []
    for data in iter_params(body):
        if data.type != P.TAG_REPORT_DATA:
            continue  # RFSurveyReportData, custom vendor parameters
        values: dict[str, int | bytes] = {}
        for param in iter_params(data.value):
            if param.type == P.EPC_96:
                values["epc"] = param.value
            elif param.type == P.EPC_DATA:
                bits = struct.unpack_from("!H", param.value)[0]
                values["epc"] = param.value[2 : 2 + (bits + 7) // 8]
            elif param.type == P.ANTENNA_ID:
                values["antenna"] = struct.unpack("!H", param.value)[0]
            elif param.type == P.PEAK_RSSI:
                values["peak_rssi"] = struct.unpack("!b", param.value)[0]
            elif param.type == P.FIRST_SEEN_UTC:
                values["first_seen_us"] = struct.unpack("!Q", param.value)[0]
            elif param.type == P.LAST_SEEN_UTC:
                values["last_seen_us"] = struct.unpack("!Q", param.value)[0]
            elif param.type == P.TAG_SEEN_COUNT:
                values["seen_count"] = struct.unpack("!H", param.value)[0]
            elif param.type == P.CHANNEL_INDEX:
                values["channel_index"] = struct.unpack("!H", param.value)[0]
        if "epc" not in values:
            raise LlrpError("TagReportData without an EPC")
        reports.append(TagReport(**values))  # type: ignore[arg-type]
    return reports


def keepalive(message_id: int) -> Message:
    return Message(Msg.KEEPALIVE, message_id)
