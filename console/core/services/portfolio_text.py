"""A million strings packed into one UTF-16 array: ~2 bytes a character, O(1) access, substring search in numpy.

Held as Python ``str`` objects, the names and addresses of a million customers take ~250 MB and a substring
search loops over them in Python (~100 ms a column). Packed as UTF-16 code units with a separator after each
row they take ~50 MB, and a search is a few whole-array comparisons: a rare needle is found through the
positions of its rarest character, a common one by comparing the whole array and OR-ing each row's span.
UTF-16 keeps substring matching exact even for characters outside the BMP (surrogates never match half a pair).

Rows edited after loading are kept in ``overrides`` (text by row) so a patch never rebuilds the array.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

SEP = "\x1f"  # unit separator: cell text never holds C0 controls (imports and forms strip them)
_SEP_UNIT = 0x1F
# Narrowing (typing one more character) checks the previous hits in Python below this many rows.
_PYTHON_ROWS = 4000
_COUNT_CHUNK = 1 << 20


class PackedText:
    """Strings of one column; ``text(i)`` for row ``i``, ``contains(needle)`` for a boolean row mask."""

    def __init__(self, units: np.ndarray, starts: np.ndarray) -> None:
        self.units = units  # uint16, each row followed by SEP
        self.starts = starts  # int64, len n+1; row i is units[starts[i] : starts[i+1]-1]
        self.overrides: dict[int, str] = {}
        self._freq: np.ndarray | None = None
        self._lower: np.ndarray | None = None

    # --- building ---------------------------------------------------------------------------------------------

    @classmethod
    def from_joined(cls, joined: str, count: int) -> PackedText | None:
        """From the rows joined by SEP (what ``group_concat``/``string_agg`` return); None if it does not split
        into exactly ``count`` rows (a separator inside a value), so the caller can fall back to row reads.

        The units are a view of the one encoded copy: a million addresses are not copied twice.
        """
        if count == 0:
            return cls(np.empty(0, dtype=np.uint16), np.zeros(1, dtype=np.int64))
        units = np.frombuffer(joined.encode("utf-16-le"), dtype=np.uint16)
        ends = np.flatnonzero(units == _SEP_UNIT)
        if len(ends) != count - 1:
            return None
        # int32 offsets while they fit (≈2 billion units): 4 MB a million rows instead of 8.
        starts = np.empty(count + 1, dtype=np.int32 if len(units) < 2**31 - 2 else np.int64)
        starts[0] = 0
        starts[1:-1] = ends + 1
        starts[-1] = len(units) + 1  # as if a separator followed the last row
        return cls(units, starts)

    @classmethod
    def from_strings(cls, values: Iterable[str | None]) -> PackedText:
        """From any strings; a separator inside a value is replaced by a space."""
        cleaned = [(v or "").replace(SEP, " ") for v in values]
        packed = cls.from_joined(SEP.join(cleaned), len(cleaned))
        assert packed is not None
        return packed

    def take(self, rows: np.ndarray) -> PackedText:
        """A new column holding ``rows`` in that order (overrides applied)."""
        return PackedText.from_strings(self.text(int(i)) for i in rows)

    def append(self, values: Sequence[str]) -> PackedText:
        """A new column with ``values`` after the existing rows (overrides kept)."""
        if not len(self):
            out = PackedText.from_strings(values)
            return out
        extra = PackedText.from_strings(values)
        units = np.concatenate([self.units, np.array([_SEP_UNIT], dtype=np.uint16), extra.units])
        starts = np.concatenate([self.starts[:-1].astype(np.int64), extra.starts.astype(np.int64) + len(self.units) + 1])
        if len(units) < 2**31 - 2:
            starts = starts.astype(np.int32)
        out = PackedText(units, starts)
        out.overrides = dict(self.overrides)
        return out

    def decoded(self, first: int = 0, last: int | None = None) -> list[str]:
        """Rows ``first``..``last`` as strings (packed text; overrides are the caller's business)."""
        last = len(self) if last is None else last
        if last <= first:
            return []
        chunk = self.units[self.starts[first] : self.starts[last] - 1]
        return chunk.tobytes().decode("utf-16-le").split(SEP)

    # --- reading ------------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.starts) - 1

    @property
    def nbytes(self) -> int:
        return int(self.units.nbytes + self.starts.nbytes)

    def text(self, row: int) -> str:
        override = self.overrides.get(row)
        if override is not None:
            return override
        return self.units[self.starts[row] : self.starts[row + 1] - 1].tobytes().decode("utf-16-le")

    def set_text(self, row: int, value: str) -> None:
        self.overrides[row] = value.replace(SEP, " ")

    # --- searching -----------------------------------------------------------------------------------------------

    def contains(self, needle: str, within: np.ndarray | None = None) -> np.ndarray:
        """Boolean mask over all rows: True where the row's text contains ``needle`` (ASCII case-insensitive).

        ``within`` (a boolean mask) promises that only those rows can match — e.g. the hits of a shorter
        needle the new one extends — so a narrowing search checks only them.
        """
        n = len(self)
        needle = needle.replace(SEP, "")
        if not needle:
            return np.ones(n, dtype=bool) if within is None else within.copy()
        fold = needle.lower() != needle.upper()
        if fold:
            needle = needle.lower()
        if within is not None:
            rows = np.flatnonzero(within)
            if len(rows) <= _PYTHON_ROWS:
                mask = np.zeros(n, dtype=bool)
                for row in rows.tolist():
                    text = self.text(row)
                    mask[row] = needle in (text.lower() if fold else text)
                return mask
        units = self._lowered() if fold else self.units
        key = np.frombuffer(needle.encode("utf-16-le"), dtype=np.uint16)
        if not fold and not self.overrides and int(self._frequencies()[key].min()) == 0:
            return np.zeros(n, dtype=bool)  # a character this column never holds: no row can match
        mask = self._search(units, key)
        if within is not None:
            mask &= within
        for row, text in self.overrides.items():  # edited rows: their packed text is stale
            if within is None or within[row]:
                mask[row] = needle in (text.lower() if fold else text)
        return mask

    def _search(self, units: np.ndarray, key: np.ndarray) -> np.ndarray:
        """Rows containing ``key``, starting from its rarest units.

        Few candidates: their positions, the other units checked by gathering. Many (a character in every
        address): whole-array comparisons until few enough positions remain to gather, because listing a
        million positions (``flatnonzero``) costs more than comparing 17 million units again.
        """
        n, span = len(self), len(units) - len(key) + 1
        if span <= 0 or n == 0:
            return np.zeros(n, dtype=bool)
        gather_limit = max(1, len(units) // 8)  # positions below this: gathering beats another full pass
        freq = self._frequencies()[key]
        rarity = np.argsort(freq, kind="stable").tolist()
        first = rarity.pop(0)
        if int(freq[first]) <= gather_limit:
            return self._verify(units, key, np.flatnonzero(units[first : first + span] == key[first]), rarity)
        hit = np.zeros(len(units) + 1, dtype=bool)  # +1: an empty last row starts just past the units
        np.equal(units[first : first + span], key[first], out=hit[:span])
        scratch = np.empty(span, dtype=bool)
        while rarity:
            if np.count_nonzero(hit) <= gather_limit:
                return self._verify(units, key, np.flatnonzero(hit), rarity)
            offset = rarity.pop(0)
            np.equal(units[offset : offset + span], key[offset], out=scratch)
            np.logical_and(hit[:span], scratch, out=hit[:span])
        return np.logical_or.reduceat(hit, self.starts[:-1])

    def _verify(self, units: np.ndarray, key: np.ndarray, positions: np.ndarray, offsets: list[int]) -> np.ndarray:
        for offset in offsets:
            if not len(positions):
                break
            positions = positions[units[positions + offset] == key[offset]]
        if len(positions) > len(self) // 4:
            # Many hits: marking them and OR-ing each row's span is cheaper than a binary search per hit.
            hit = np.zeros(len(units) + 1, dtype=bool)
            hit[positions] = True
            return np.logical_or.reduceat(hit, self.starts[:-1])
        mask = np.zeros(len(self), dtype=bool)
        if len(positions):
            mask[np.searchsorted(self.starts, positions, side="right") - 1] = True
        return mask

    def prepare(self) -> None:
        """Count the units now (in the loading worker) so the first search does not pay for it."""
        self._frequencies()

    def _frequencies(self) -> np.ndarray:
        if self._freq is None:
            # bincount widens its input to int64: a chunk at a time, not 8 bytes for each of 17M units at once.
            freq = np.zeros(65536, dtype=np.int64)
            for start in range(0, len(self.units), _COUNT_CHUNK):
                freq += np.bincount(self.units[start:start + _COUNT_CHUNK], minlength=65536)
            self._freq = freq
        return self._freq

    def _lowered(self) -> np.ndarray:
        if self._lower is None:
            lower = self.units.copy()
            upper = (lower >= 0x41) & (lower <= 0x5A)
            lower[upper] += 0x20
            self._lower = lower
        return self._lower
