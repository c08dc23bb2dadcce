"""Pure rules that turn raw tag reads into warehouse facts: de-duplication, door passes, known/unknown tags.

No I/O and no clock: time comes from the reads (``seen_at_us``), so the same reads always give the same result.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from console.core.devices.tag_reads import TagRead

US = 1_000_000


class Direction(str, Enum):
    IN = "in"  # outer antenna, then inner: into the warehouse
    OUT = "out"  # inner, then outer


@dataclass(frozen=True)
class PortalPass:
    epc_hex: str
    direction: Direction
    reader: str
    at_us: int  # time of the read that completed the pass


@dataclass(frozen=True)
class Portal:
    """A door: two antennas of one reader, one facing outside and one facing inside."""

    reader: str
    outer_antenna: int
    inner_antenna: int
    name: str = ""

    def __post_init__(self) -> None:
        if self.outer_antenna == self.inner_antenna:
            raise ValueError(f"portal {self.name or self.reader}: outer and inner antenna must differ")


class Deduplicator:
    """Keeps one read per (reader, EPC, antenna) per ``window_s``: a tag lying in a reader's field is reported
    dozens of times a second, but the warehouse needs to know it once per window.

    A read is kept when the last *kept* read of the same key is at least ``window_s`` older, so a tag that stays
    in the field is reported again every window (what a presence/stock count needs), not never again.
    The antenna is part of the key because the door logic needs the order of antennas.
    """

    def __init__(self, window_s: float) -> None:
        if window_s < 0:
            raise ValueError("window_s must not be negative")
        self._window_us = round(window_s * US)
        self._last_kept: dict[tuple[str, str, int], int] = {}
        self._newest_us = 0
        self._pruned_at_size = 1024

    def filter(self, reads: Iterable[TagRead]) -> list[TagRead]:
        kept: list[TagRead] = []
        for read in reads:
            key = (read.reader, read.epc_hex.upper(), read.antenna)
            last = self._last_kept.get(key)
            self._newest_us = max(self._newest_us, read.seen_at_us)
            if last is not None and read.seen_at_us - last < self._window_us and read.seen_at_us >= last:
                continue
            self._last_kept[key] = read.seen_at_us
            kept.append(read)
        if len(self._last_kept) > 2 * self._pruned_at_size:
            self._prune()
        return kept

    def _prune(self) -> None:
        horizon = self._newest_us - self._window_us
        self._last_kept = {k: t for k, t in self._last_kept.items() if t >= horizon}
        self._pruned_at_size = max(1024, len(self._last_kept))


@dataclass
class _TagAtPortal:
    side: str  # "outer" or "inner"
    last_us: int
    passed_at_us: int | None


class PortalTracker:
    """Detects door passes from the order in which a portal's two antennas see a tag.

    Outer then inner within ``window_s`` is IN; inner then outer is OUT. In the zone where both antennas see the
    tag, reads flip between them; a side change within ``refractory_s`` after a pass is taken for that jitter
    and ignored. Feed reads roughly in time order per reader (each batch is sorted by ``seen_at_us``).
    """

    def __init__(self, portals: Sequence[Portal], window_s: float = 3.0, refractory_s: float = 1.0) -> None:
        self._sides: dict[tuple[str, int], tuple[int, str]] = {}
        for index, portal in enumerate(portals):
            for antenna, side in ((portal.outer_antenna, "outer"), (portal.inner_antenna, "inner")):
                key = (portal.reader, antenna)
                if key in self._sides:
                    raise ValueError(f"antenna {antenna} of reader {portal.reader} is in two portals")
                self._sides[key] = (index, side)
        self._portals = list(portals)
        self._window_us = round(window_s * US)
        self._refractory_us = round(refractory_s * US)
        self._tags: dict[tuple[int, str], _TagAtPortal] = {}
        self._newest_us = 0

    def feed(self, reads: Iterable[TagRead]) -> list[PortalPass]:
        passes: list[PortalPass] = []
        for read in sorted(reads, key=lambda r: r.seen_at_us):
            where = self._sides.get((read.reader, read.antenna))
            if where is None:
                continue  # a shelf antenna or another reader
            portal_index, side = where
            t = read.seen_at_us
            self._newest_us = max(self._newest_us, t)
            key = (portal_index, read.epc_hex.upper())
            state = self._tags.get(key)
            if state is None or t - state.last_us > self._window_us:
                self._tags[key] = _TagAtPortal(side, t, None)
                continue
            if t < state.last_us:
                continue  # a late read says nothing about the order any more
            if side == state.side:
                state.last_us = t
                continue
            if state.passed_at_us is not None and t - state.passed_at_us < self._refractory_us:
                state.last_us = t
                continue
            direction = Direction.IN if side == "inner" else Direction.OUT
            passes.append(PortalPass(key[1], direction, read.reader, t))
            self._tags[key] = _TagAtPortal(side, t, t)
        if len(self._tags) > 4096:
            horizon = self._newest_us - self._window_us
            self._tags = {k: s for k, s in self._tags.items() if s.last_us >= horizon}
        return passes


def split_known(reads: Iterable[TagRead], known_epcs: Collection[str]) -> tuple[list[TagRead], list[TagRead]]:
    """Reads of tags we have registered, and reads of tags we do not know (foreign or not yet registered).

    A ``set``/``frozenset`` is used as it is and must hold uppercase hex (as the database stores EPCs), so a
    large set is not copied on every batch; any other collection is normalised to uppercase first.
    """
    known_set = known_epcs if isinstance(known_epcs, (set, frozenset)) else {e.upper() for e in known_epcs}
    known: list[TagRead] = []
    unknown: list[TagRead] = []
    for read in reads:
        (known if read.epc_hex.upper() in known_set else unknown).append(read)
    return known, unknown
