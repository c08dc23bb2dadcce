"""Ingestion rules: de-duplication window, door direction, known/unknown split."""
from __future__ import annotations

import pytest

from console.core.devices.tag_reads import TagRead
from console.core.rules.rfid_ingest import (
    Deduplicator,
    Direction,
    Portal,
    PortalPass,
    PortalTracker,
    split_known,
)

EPC_A = "3474257BF40000000000162E"
EPC_B = "3074257BF7194E4000001A85"
T0 = 1_767_225_600_000_000


def r(epc: str, antenna: int, at_s: float, reader: str = "door") -> TagRead:
    return TagRead(reader, epc, antenna, -50, T0 + round(at_s * 1_000_000))


# -- de-duplication --------------------------------------------------------------------------------------------


def test_dedup_keeps_one_read_per_epc_and_antenna_per_window() -> None:
    dedup = Deduplicator(window_s=2.0)
    reads = [r(EPC_A, 1, t) for t in (0.0, 0.5, 1.9)] + [r(EPC_A, 2, 0.6), r(EPC_B, 1, 0.7)]
    kept = dedup.filter(sorted(reads, key=lambda x: x.seen_at_us))
    assert kept == [r(EPC_A, 1, 0.0), r(EPC_A, 2, 0.6), r(EPC_B, 1, 0.7)]


def test_dedup_reports_a_tag_that_stays_again_after_each_window() -> None:
    dedup = Deduplicator(window_s=1.0)
    kept = dedup.filter(r(EPC_A, 3, t / 10) for t in range(35))  # read every 0.1 s for 3.5 s
    assert [k.seen_at_us - T0 for k in kept] == [0, 1_000_000, 2_000_000, 3_000_000]


def test_dedup_state_spans_batches_and_readers() -> None:
    dedup = Deduplicator(window_s=1.0)
    assert dedup.filter([r(EPC_A, 1, 0.0)]) == [r(EPC_A, 1, 0.0)]
    assert dedup.filter([r(EPC_A, 1, 0.5)]) == []
    assert dedup.filter([r(EPC_A, 1, 0.5, reader="shelf")]) == [r(EPC_A, 1, 0.5, reader="shelf")]
    assert dedup.filter([r(EPC_A.lower(), 1, 0.6)]) == []  # case does not make a new tag


def test_dedup_prunes_old_keys_without_changing_results() -> None:
    dedup = Deduplicator(window_s=1.0)
    epcs = [f"{i:024X}" for i in range(5000)]
    first = dedup.filter(r(e, 1, i / 1000) for i, e in enumerate(epcs))
    assert len(first) == 5000
    assert len(dedup._last_kept) < 5000  # old keys went
    assert dedup.filter([r(epcs[-1], 1, 5.5)]) == []  # a recent key is still remembered


# -- door portal -------------------------------------------------------------------------------------------------

DOOR = Portal("door", outer_antenna=1, inner_antenna=2, name="main door")


def test_outer_then_inner_is_in() -> None:
    tracker = PortalTracker([DOOR], window_s=3.0)
    passes = tracker.feed([r(EPC_A, 1, 0.0), r(EPC_A, 1, 0.2), r(EPC_A, 2, 0.5), r(EPC_A, 2, 0.7)])
    assert passes == [PortalPass(EPC_A, Direction.IN, "door", T0 + 500_000)]


def test_inner_then_outer_is_out_even_across_batches() -> None:
    tracker = PortalTracker([DOOR], window_s=3.0)
    assert tracker.feed([r(EPC_A, 2, 0.0)]) == []
    assert tracker.feed([r(EPC_A, 1, 1.0)]) == [PortalPass(EPC_A, Direction.OUT, "door", T0 + 1_000_000)]


def test_sides_too_far_apart_in_time_are_no_pass() -> None:
    tracker = PortalTracker([DOOR], window_s=3.0)
    assert tracker.feed([r(EPC_A, 1, 0.0), r(EPC_A, 2, 3.5)]) == []


def test_jitter_in_the_doorway_is_one_pass() -> None:
    tracker = PortalTracker([DOOR], window_s=3.0, refractory_s=1.0)
    sides = [1, 1, 2, 1, 2, 1, 2, 2, 2]
    passes = tracker.feed(r(EPC_A, a, i * 0.1) for i, a in enumerate(sides))
    assert [p.direction for p in passes] == [Direction.IN]


def test_in_then_later_out() -> None:
    tracker = PortalTracker([DOOR], window_s=3.0, refractory_s=1.0)
    reads = [r(EPC_A, 1, 0.0), r(EPC_A, 2, 0.3)]  # in
    reads += [r(EPC_A, 2, 0.3 + i * 0.5) for i in range(1, 8)]  # lingers just inside the door
    reads += [r(EPC_A, 1, 4.0)]  # and leaves
    assert [p.direction for p in tracker.feed(reads)] == [Direction.IN, Direction.OUT]


def test_batches_are_sorted_and_tags_tracked_independently() -> None:
    tracker = PortalTracker([DOOR], window_s=3.0)
    reads = [r(EPC_B, 1, 0.4), r(EPC_A, 2, 0.3), r(EPC_A, 1, 0.1), r(EPC_B, 2, 0.2)]
    passes = tracker.feed(reads)
    assert passes == [
        PortalPass(EPC_A, Direction.IN, "door", T0 + 300_000),
        PortalPass(EPC_B, Direction.OUT, "door", T0 + 400_000),
    ]


def test_other_antennas_and_readers_are_ignored() -> None:
    tracker = PortalTracker([DOOR], window_s=3.0)
    reads = [r(EPC_A, 3, 0.0), r(EPC_A, 2, 0.1), r(EPC_A, 1, 0.2, reader="shelf"), r(EPC_A, 3, 0.3)]
    assert tracker.feed(reads) == []


def test_two_portals_on_one_reader() -> None:
    back = Portal("door", outer_antenna=4, inner_antenna=3, name="back door")
    tracker = PortalTracker([DOOR, back], window_s=3.0)
    passes = tracker.feed([r(EPC_A, 4, 0.0), r(EPC_A, 3, 0.2), r(EPC_B, 2, 0.0), r(EPC_B, 1, 0.1)])
    assert sorted((p.epc_hex, p.direction) for p in passes) == [(EPC_B, Direction.OUT), (EPC_A, Direction.IN)]


def test_portal_configuration_errors() -> None:
    with pytest.raises(ValueError, match="must differ"):
        Portal("door", 1, 1)
    with pytest.raises(ValueError, match="in two portals"):
        PortalTracker([DOOR, Portal("door", 2, 5)])


# -- known / unknown -----------------------------------------------------------------------------------------------


def test_split_known_and_unknown() -> None:
    reads = [r(EPC_A, 1, 0), r(EPC_B.lower(), 1, 0.1), r("E2801160600002054E0A5B2C", 2, 0.2)]
    known, unknown = split_known(reads, {EPC_A, EPC_B})
    assert [x.epc_hex.upper() for x in known] == [EPC_A, EPC_B]
    assert [x.epc_hex for x in unknown] == ["E2801160600002054E0A5B2C"]
    known_list, _ = split_known(reads, [EPC_A.lower()])  # a non-set collection is normalised
    assert [x.epc_hex for x in known_list] == [EPC_A]
