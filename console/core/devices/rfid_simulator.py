"""Deterministic tag-read generator for demos and tests without hardware.

It models one reader with a door portal (an outer and an inner antenna) and shelf antennas. Each tag is either
inside or outside the warehouse; tags inside are seen on the shelves now and then, and now and then a tag walks
through the door: a few reads on the side it comes from, a short stretch where both antennas see it, then
reads on the side it goes to. The clock is simulated (``reads_per_s`` reads per simulated second from
``start_us``), so the same seed always gives the same reads; :attr:`RfidSimulator.passes` holds the ground
truth of every door pass generated so far. Feed :meth:`RfidSimulator.reads` to the LLRP emulator to drive the
whole LLRP path, or use the reads directly.
"""
from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

from console.core.devices.tag_reads import TagRead
from console.core.rules.rfid_ingest import Direction, PortalPass

US = 1_000_000


class RfidSimulator:
    def __init__(
        self,
        epcs: Sequence[str],
        reader: str = "simulator",
        seed: int = 0,
        reads_per_s: float = 50.0,
        portal: tuple[int, int] = (1, 2),  # (outer, inner)
        shelf_antennas: tuple[int, ...] = (3, 4),
        pass_probability: float = 0.1,  # chance that the next episode is a door pass
        min_gap_between_passes_s: float = 6.0,  # per tag; longer than any portal window
        start_us: int = 1_767_225_600_000_000,  # 2026-01-01T00:00:00Z
        inside_share: float = 0.5,
    ) -> None:
        if not epcs:
            raise ValueError("the simulator needs at least one EPC")
        if not reads_per_s > 0:
            raise ValueError("reads_per_s must be positive")
        self._rng = random.Random(seed)
        self._epcs = [e.upper() for e in epcs]
        self._reader = reader
        self._step_us = max(1, round(US / reads_per_s))
        self._outer, self._inner = portal
        self._shelves = shelf_antennas
        self._pass_probability = pass_probability
        self._gap_us = round(min_gap_between_passes_s * US)
        self._now_us = start_us
        self._inside = {e for e in self._epcs if self._rng.random() < inside_share}
        self._last_pass_us: dict[str, int] = {}
        self.passes: list[PortalPass] = []

    @property
    def inside(self) -> frozenset[str]:
        return frozenset(self._inside)

    def reads(self) -> Iterator[TagRead]:
        """Endless reads; each advances the simulated clock by one read period."""
        while True:
            yield from self._episode()

    def take(self, count: int) -> list[TagRead]:
        stream = self.reads()
        return [next(stream) for _ in range(count)]

    # ----------------------------------------------------------------------------------------------------------

    def _read(self, epc: str, antenna: int, rssi: int) -> TagRead:
        self._now_us += self._step_us
        return TagRead(self._reader, epc, antenna, rssi, self._now_us)

    def _episode(self) -> list[TagRead]:
        ready = [e for e in self._epcs if self._now_us - self._last_pass_us.get(e, -self._gap_us) >= self._gap_us]
        if ready and self._rng.random() < self._pass_probability:
            return self._door_pass(self._rng.choice(ready))
        if self._inside and self._shelves:
            epc = self._rng.choice(sorted(self._inside))
            return [self._read(epc, self._rng.choice(self._shelves), self._rng.randint(-70, -50))]
        # nothing on the shelves: an idle period with one stray read at the outer antenna, far away
        return [self._read(self._rng.choice(self._epcs), self._outer, self._rng.randint(-80, -72))]

    def _door_pass(self, epc: str) -> list[TagRead]:
        direction = Direction.OUT if epc in self._inside else Direction.IN
        start, end = (self._inner, self._outer) if direction == Direction.OUT else (self._outer, self._inner)
        rssi = lambda: self._rng.randint(-55, -35)  # noqa: E731
        reads = [self._read(epc, start, rssi()) for _ in range(self._rng.randint(2, 5))]
        # both antennas see the tag in the doorway: the first read at the far side completes the pass
        completed_at: int | None = None
        for i in range(self._rng.randint(2, 6)):
            antenna = end if i % 2 == 0 else start
            reads.append(self._read(epc, antenna, rssi()))
            if antenna == end and completed_at is None:
                completed_at = reads[-1].seen_at_us
        reads += [self._read(epc, end, rssi()) for _ in range(self._rng.randint(2, 5))]
        assert completed_at is not None
        self.passes.append(PortalPass(epc, direction, self._reader, completed_at))
        self._last_pass_us[epc] = self._now_us
        if direction == Direction.IN:
            self._inside.add(epc)
        else:
            self._inside.discard(epc)
        return reads
