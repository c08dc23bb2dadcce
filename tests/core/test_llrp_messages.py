"""LLRP wire format: public byte vectors (sllurp's test suite) and an independent codec (llrpkit)."""
from __future__ import annotations

import struct

import pytest

from console.core.devices import llrp_messages as m

# From github.com/sllurp/sllurp tests/test_all.py, TestReaderEventNotification: a reader's
# ConnectionAttemptEvent(Success) as captured (test_decode) and as sllurp encodes it with timestamp 0 (test_encode).
SLLURP_EVENT_CAPTURED = "043f000000200ab288c900f600160080000c0004f8535baadaff010000060000"
SLLURP_EVENT_ENCODED = "043f000000200000000000f600160080000c0000000000000000010000060000"

# From the same file, TestDecodeROAccessReport: the first two RO_ACCESS_REPORTs of the captured stream (EPC-96 TV,
# AntennaID, PeakRSSI, FirstSeenTimestampUTC, TagSeenCount) and the one whose EPC is a 144-bit EPCData TLV.
SLLURP_REPORTS = (
    "043d0000002c4095892f00f000228d3005fb63ac1f3841ec88046781000186ce820004ec2ea8354c09880001"
    "043d0000002c4095893000f000228d300833b2ddd906c00000000081000186c6820004ec2ea8355af2880001"
    "043d000000374095894100f0002d00f1001800901fb41f712ac9c37ab79d618173188324001a81000186ef820004ec2ea8381f57880001"
)


def test_decode_captured_connection_event() -> None:
    (message,) = m.FrameReader().feed(bytes.fromhex(SLLURP_EVENT_CAPTURED))
    assert message.type == m.Msg.READER_EVENT_NOTIFICATION
    event = m.decode_reader_event(message.body)
    assert event.connection_attempt == m.CONNECTION_SUCCESS
    assert event.timestamp_us == 0x0004F8535BAADAFF
    assert not event.connection_closed


def test_encode_connection_event_like_sllurp() -> None:
    assert m.reader_event(0, 0, connection_attempt=0).encode().hex() == SLLURP_EVENT_ENCODED


def test_decode_captured_reports_in_arbitrary_chunks() -> None:
    data = bytes.fromhex(SLLURP_REPORTS)
    reader = m.FrameReader()
    messages: list[m.Message] = []
    for i in range(0, len(data), 7):  # TCP may split frames anywhere
        messages += reader.feed(data[i : i + 7])
    assert reader.pending == 0
    assert [msg.message_id for msg in messages] == [0x4095892F, 0x40958930, 0x40958941]
    reports = [r for msg in messages for r in m.decode_ro_access_report(msg.body)]
    assert [r.epc.hex().upper() for r in reports] == [
        "3005FB63AC1F3841EC880467",
        "300833B2DDD906C000000000",
        "1FB41F712AC9C37AB79D618173188324001A",
    ]
    assert [r.antenna for r in reports] == [1, 1, 1]
    assert [r.peak_rssi for r in reports] == [-50, -58, -17]
    assert reports[0].first_seen_us == 0x0004EC2EA8354C09
    assert reports[0].seen_count == 1
    # re-encoding gives the captured bytes back
    assert b"".join(msg.encode() for msg in messages) == data


def test_content_selector_bits_match_sllurp() -> None:
    # sllurp TestEncodings: AntennaID, PeakRSSI, First/LastSeen, TagSeenCount -> flags >> 6 == 0b0001011110, type 238
    selector = m.ContentSelector(antenna_id=True, peak_rssi=True, first_seen=True, last_seen=True, seen_count=True)
    encoded = m.ReportSpec(content=selector).encode()
    inner = m.find_param(encoded[4 + 3 :], m.P.TAG_REPORT_CONTENT_SELECTOR)
    assert inner is not None
    assert struct.unpack("!H", inner.value)[0] >> 6 == 0b0001011110
    assert m.ContentSelector.from_flags(selector.flags()) == selector


def test_rospec_and_config_round_trip() -> None:
    spec = m.ROSpecConfig(7, (1, 2, 4), m.ReportSpec(n=5))
    param = m.find_param(m.add_rospec(1, spec).body, m.P.RO_SPEC)
    assert param is not None and m.ROSpecConfig.decode(param.value) == spec
    request = m.decode_set_reader_config(m.set_reader_config(2, 1000, m.ReportSpec()).body)
    assert request == m.ReaderConfigRequest(1000, m.ReportSpec())


def test_status_round_trip_with_utf8_description() -> None:
    message = m.response(m.Msg.START_ROSPEC_RESPONSE, 9, 100, "ROSpec 1 未启用")
    status = m.decode_status(message.body)
    assert (status.code, status.description, status.ok) == (100, "ROSpec 1 未启用", False)


@pytest.mark.parametrize(
    "data",
    [
        bytes.fromhex("1c3d0000000a00000001"),  # version 7
        bytes.fromhex("043d0000000400000001"),  # length shorter than the header
    ],
)
def test_bad_frames_raise(data: bytes) -> None:
    with pytest.raises(m.LlrpError):
        m.FrameReader().feed(data)


def test_unknown_tv_parameter_cannot_be_skipped() -> None:
    with pytest.raises(m.LlrpError, match="unknown TV parameter type 99"):
        list(m.iter_params(bytes([0x80 | 99, 0, 0])))


def test_tag_report_without_epc_is_an_error() -> None:
    body = m.tlv(m.P.TAG_REPORT_DATA, m.tv(m.P.ANTENNA_ID, b"\x00\x01"))
    with pytest.raises(m.LlrpError, match="without an EPC"):
        m.decode_ro_access_report(body)


# -- an independent implementation decodes what we send and re-encodes it byte for byte ------------------------

OUR_MESSAGES = [
    m.get_reader_capabilities(10),
    m.set_reader_config(11, 1000, m.ReportSpec()),
    m.add_rospec(12, m.ROSpecConfig(1, (0,), m.ReportSpec())),
    m.rospec_command(m.Msg.ENABLE_ROSPEC, 13, 1),
    m.rospec_command(m.Msg.START_ROSPEC, 14, 1),
    m.rospec_command(m.Msg.DELETE_ROSPEC, 15, 0),
    m.keepalive_ack(16),
    m.close_connection(17),
    # and what the emulator sends
    m.reader_event(0, 1_700_000_000_000_000, connection_attempt=0),
    m.response(m.Msg.ADD_ROSPEC_RESPONSE, 18),
    m.response(m.Msg.START_ROSPEC_RESPONSE, 19, 100, "ROSpec 1 is disabled"),
    m.keepalive(20),
    m.ro_access_report(21, [m.TagReport(bytes.fromhex("3074257BF7194E4000001A85"), 2, -61, 1_700_000_000_000_001)]),
    m.ro_access_report(22, [m.TagReport(bytes.fromhex("3474257BF40000000000162E"), 1, -40, 5)], use_epc_data=True),
    m.Message(m.Msg.ERROR_MESSAGE, 23, m.encode_status(109, "message type 999")),
]


@pytest.mark.parametrize("message", OUR_MESSAGES, ids=lambda msg: msg.name)
def test_llrpkit_decodes_and_reencodes_our_bytes(message: m.Message) -> None:
    protocol = pytest.importorskip("llrpkit.protocol")
    decoded = protocol.decode_message(message.encode())
    assert type(decoded).__name__ == message.name
    assert decoded.to_bytes(message_id=message.message_id) == message.encode()


def test_llrpkit_sees_our_report_fields() -> None:
    protocol = pytest.importorskip("llrpkit.protocol")
    report = m.TagReport(bytes.fromhex("3374257BF40C0E400000162E"), 3, -70, 123456789)
    decoded = protocol.decode_message(m.ro_access_report(1, [report]).encode())
    (data,) = decoded.tag_report_datas
    assert data.antenna_id.antenna_id == 3
    assert data.peak_rssi.peak_rssi == -70
    assert data.first_seen_timestamp_utc.microseconds == 123456789
