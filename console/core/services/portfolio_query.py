"""Filter, search and sort a loaded portfolio on its column arrays (no database round trip, no Qt).

A query becomes a row permutation: the cached sort order of the column asked for, with the rows the filters
and the search reject dropped (``order[mask[order]]``). Sort orders are cached per column and direction;
search masks per term, so typing one more character only re-checks the rows the shorter term matched.
"""
from __future__ import annotations

import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import numpy as np

from console.core.models.enums import KeyGrade, Segment
from console.core.rules.customer_flags import DEFAULT_CONTACT_DAYS, derived_flags
from console.core.services.portfolio_columns import PortfolioFrame, release_free_memory
from console.core.services.portfolio_text import SEP, PackedText

SEARCH_COLUMNS = ("account_no", "name", "address")
ACCOUNT_ONLY_DIGITS = 5  # a term of this many digits or more is looked up among account numbers only
SORT_KEYS = (
    "account_no", "name", "segment", "voltage_level", "capacity_kva", "industry", "manager", "last_contact_on",
    "open_projects", "complaints_open", "flags", "address", "key_grade",
)
SEGMENT_ORDER = [s.value for s in Segment]
GRADE_ORDER = [g.value for g in KeyGrade]
CharOrder = Callable[[Sequence[str]], Sequence[str]]  # sorts single characters (e.g. by pinyin)
_CACHED_TERMS = 8
_CACHED_ORDERS = 4


@dataclass(frozen=True)
class PortfolioQuery:
    """What the person asked for; also the JSON spec of a saved filter."""

    text: str = ""
    segments: tuple[str, ...] = ()  # Segment values; empty = all
    manager_ids: tuple[int, ...] = ()  # -1 = no manager; empty = all
    flags: int = 0  # rows having any of these bits (stored or derived); 0 = all
    sort_key: str = "account_no"
    descending: bool = False

    def to_spec(self) -> dict[str, Any]:
        return {"text": self.text, "segments": list(self.segments), "manager_ids": list(self.manager_ids),
                "flags": self.flags, "sort_key": self.sort_key, "descending": self.descending}

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> PortfolioQuery:
        """Tolerant of specs saved by older versions: unknown keys are ignored, bad values dropped."""
        segments = tuple(s for s in spec.get("segments", ()) if s in SEGMENT_ORDER)
        managers = tuple(int(m) for m in spec.get("manager_ids", ()) if isinstance(m, int))
        sort_key = spec.get("sort_key", "account_no")
        return cls(
            text=str(spec.get("text", "")),
            segments=segments,
            manager_ids=managers,
            flags=int(spec.get("flags", 0) or 0),
            sort_key=sort_key if sort_key in SORT_KEYS else "account_no",
            descending=bool(spec.get("descending", False)),
        )

    def with_(self, **changes: Any) -> PortfolioQuery:
        return replace(self, **changes)


def search_terms(text: str) -> list[str]:
    """Full-width digits and letters folded (an IME's ３１０), split on spaces: every term must match."""
    folded = unicodedata.normalize("NFKC", text).replace(SEP, " ")
    return [t for t in folded.split() if t]


@dataclass
class PortfolioView:
    """Answers :class:`PortfolioQuery` over one frame. Not thread-safe: one owner at a time."""

    frame: PortfolioFrame
    today: date
    overdue_days: int = DEFAULT_CONTACT_DAYS
    char_order: CharOrder | None = None
    _orders: dict[tuple[str, bool], np.ndarray] = field(default_factory=dict)
    _keys: dict[str, np.ndarray] = field(default_factory=dict)
    _terms: OrderedDict[str, np.ndarray] = field(default_factory=OrderedDict)
    _flags: np.ndarray | None = None
    _account_parts: tuple[np.ndarray, np.ndarray, np.ndarray, list[int]] | None = None

    # --- state changes --------------------------------------------------------------------------------------

    def invalidate(self, keys: Sequence[str] | None = None) -> None:
        """Forget cached orders/masks (after a patch of the frame): all of them, or those of ``keys``."""
        self._terms.clear()
        self._flags = None
        if keys is None:
            self._orders.clear()
            self._keys.clear()
            return
        touched = set(keys)
        if "alive" in touched and len(self._keys.get("account_no", ())) != len(self.frame):
            touched |= set(self._keys)  # rows were appended: every key array is too short
        if touched & {"flags", "last_contact_on", "complaints_open", "segment"}:
            touched.add("flags")
        if "manager_id" in touched:
            touched.add("manager")
        if "account_no" in touched:
            touched.add("_account_raw")
        for k in [k for k in self._keys if k in touched]:
            del self._keys[k]
        self._orders.clear()

    def set_overdue_days(self, days: int) -> None:
        if days != self.overdue_days:
            self.overdue_days = days
            self._flags = None
            self._keys.pop("flags", None)
            for k in [k for k in self._orders if k[0] == "flags"]:
                del self._orders[k]

    # --- answers ----------------------------------------------------------------------------------------------

    def run(self, query: PortfolioQuery) -> np.ndarray:
        """Visible rows for ``query``, in order."""
        mask = self.filter_mask(query)
        order = self.sort_order(query.sort_key, query.descending)
        return order[mask[order]]

    def filter_mask(self, query: PortfolioQuery) -> np.ndarray:
        f = self.frame
        mask = f.alive.copy()
        if query.segments:
            seg = f.categories["segment"]
            mask &= np.isin(seg.codes, [seg.code_of(s) for s in query.segments])
        if query.manager_ids:
            mask &= np.isin(f.numbers["manager_id"], np.asarray(query.manager_ids, dtype=np.int32))
        if query.flags:
            mask &= (self.flags() & query.flags) != 0
        for term in search_terms(query.text):
            mask &= self.search_mask(term)
        return mask

    def flags(self) -> np.ndarray:
        """Stored and derived flag bits of every row (derived ones depend on today and the reminder days)."""
        if self._flags is None:
            f = self.frame
            seg = f.categories["segment"]
            self._flags = derived_flags(
                f.numbers["flags"], seg.codes == seg.code_of(Segment.KEY_ACCOUNT.value),
                f.numbers["last_contact_on"], f.numbers["complaints_open"], self.today, self.overdue_days,
            )
        return self._flags

    def search_mask(self, term: str) -> np.ndarray:
        cached = self._terms.get(term)
        if cached is not None:
            self._terms.move_to_end(term)
            return cached
        # A term that extends a cached one can only match rows that one matched (in whichever column).
        within = None
        for previous, mask in reversed(self._terms.items()):
            if previous in term:
                within = mask
                break
        found = np.zeros(len(self.frame), dtype=bool)
        digits = term.isascii() and term.isdigit()
        for column in SEARCH_COLUMNS:
            if column == "account_no" and digits:
                # Account numbers match by their first or last digits, on the numeric keys (no narrowing:
                # "3100" can end an account number that "310" neither starts nor ends).
                found |= self._account_match(term)
                if len(term) >= ACCOUNT_ONLY_DIGITS:
                    break  # that many digits are an account number, not a house number
                continue
            # Rows already found need no look in further columns.
            todo = ~found if within is None else within & ~found
            if not todo.any():
                break
            found |= self.frame.texts[column].contains(term, within=todo)
        self._terms[term] = found
        if len(self._terms) > _CACHED_TERMS:
            self._terms.popitem(last=False)
        return found

    def _account_raw(self) -> np.ndarray:
        keys = self._keys.get("_account_raw")
        if keys is None:
            keys = account_keys(self.frame.texts["account_no"])
            self._keys["_account_raw"] = keys
            self._account_parts = None
        return keys

    def _account_match(self, digits: str) -> np.ndarray:
        """Rows whose account number starts or ends with ``digits`` (~10 ms for a million, vs a text scan)."""
        keys = self._account_raw()
        if self._account_parts is None:
            numeric = keys >= 0
            lengths = np.where(numeric, keys >> 57, 0).astype(np.int8)
            self._account_parts = (numeric, lengths, keys & ((1 << 57) - 1), np.unique(lengths[numeric]).tolist())
        numeric, lengths, values, distinct = self._account_parts
        width, wanted = len(digits), int(digits)
        out = np.zeros(len(keys), dtype=bool)
        for length in distinct:
            if length >= width:
                hit = (values // 10 ** (length - width) == wanted) | (values % 10 ** width == wanted)
                out |= hit if len(distinct) == 1 and numeric.all() else hit & (lengths == length)
        texts = self.frame.texts["account_no"]
        for row in np.flatnonzero(~numeric).tolist():  # letters in an account number: rare, checked one by one
            text = texts.text(row)
            out[row] = bool(text) and (text.startswith(digits) or text.endswith(digits))
        return out

    def sort_order(self, key: str, descending: bool = False) -> np.ndarray:
        """Permutation of all rows by ``key`` (ties by account number; missing values last either way)."""
        cached = self._orders.get((key, descending))
        if cached is not None:
            return cached
        base = np.arange(len(self.frame), dtype=np.int32) if key == "account_no" else self.sort_order("account_no")
        keys = self.sort_keys(key)[base]
        missing = keys < 0
        present = base[~missing]
        present_keys = keys[~missing]
        step = np.argsort(-present_keys if descending else present_keys, kind="stable")
        order = np.concatenate([present[step], base[missing]]).astype(np.int32, copy=False)
        # A million-row order is 4 MB: keep the account order (every sort's tie-break) and the last few.
        others = [k for k in self._orders if k != ("account_no", False)]
        for old in others[: max(0, len(others) - _CACHED_ORDERS + 1)]:
            del self._orders[old]
        self._orders[(key, descending)] = order
        return order

    def sort_keys(self, key: str) -> np.ndarray:
        """Non-negative int32 keys whose order is the column's order; -1 marks a missing value."""
        cached = self._keys.get(key)
        if cached is None:
            cached = self._make_keys(key)
            self._keys[key] = cached
            release_free_memory()  # building keys frees tens of MB of temporaries
        return cached

    def _make_keys(self, key: str) -> np.ndarray:
        f = self.frame
        if key == "account_no":
            return _dense(self._account_raw())
        if key in f.texts:
            return text_ranks(f.texts[key], self.char_order)
        if key == "segment":
            return _category_keys(f.categories["segment"].labels, f.categories["segment"].codes, SEGMENT_ORDER.index)
        if key == "key_grade":
            cat = f.categories["key_grade"]
            return _category_keys(cat.labels, cat.codes, lambda v: GRADE_ORDER.index(v) if v in GRADE_ORDER else -1)
        if key == "voltage_level":
            cat = f.categories["voltage_level"]
            return _category_keys(cat.labels, cat.codes, _voltage_rank)
        if key == "industry":
            cat = f.categories["industry"]
            ranks = _label_ranks(cat.labels, self.char_order)
            return _category_keys(cat.labels, cat.codes, lambda v: -1 if not v else ranks[v])
        if key == "manager":
            ids = f.numbers["manager_id"]
            names = {i: n for i, n in f.managers.items()}
            ranks = _label_ranks(list(names.values()), self.char_order)
            lookup = {i: ranks[n] for i, n in names.items()}
            uniq, inverse = np.unique(ids, return_inverse=True)
            per = np.array([lookup.get(int(u), -1) for u in uniq], dtype=np.int32)
            return per[inverse]
        if key == "flags":
            return self.flags().astype(np.int32)
        values = f.numbers[key]
        if values.dtype.kind == "M":
            days, missing = values.view(np.int64), np.isnat(values)
            out = np.full(len(days), -1, dtype=np.int32)
            if not missing.all():
                out[~missing] = days[~missing] - days[~missing].min()
            return out
        if values.dtype.kind == "f":
            # Capacities are >= 0: rank them so the keys stay small integers.
            _, inverse = np.unique(values, return_inverse=True)
            return inverse.astype(np.int32)
        return values.astype(np.int32)


def text_ranks(column: PackedText, char_order: CharOrder | None = None, chunk: int = 100_000) -> np.ndarray:
    """Dense rank of every row's text; empty text is missing (-1).

    Rows are decoded a chunk at a time and numbered by first appearance in a dict, so only the distinct values
    live as Python strings; only they are sorted. With ``char_order`` each character is first replaced by its
    position in that order, which is what a Chinese (pinyin) collation does for Han characters, at
    ``str.translate`` speed instead of one collator call per value.
    """
    n = len(column)
    codes = np.empty(n, dtype=np.int32)
    number: dict[str, int] = {}
    for first in range(0, n, chunk):
        texts = column.decoded(first, min(n, first + chunk))
        for row, text in column.overrides.items():
            if first <= row < first + chunk:
                texts[row - first] = text
        codes[first:first + len(texts)] = [number.setdefault(t, len(number)) for t in texts]
    empty = number.get("")
    width = max(1, max(map(len, number), default=1))
    table = _char_table(number, char_order) if char_order is not None else None
    # The distinct values straight into one fixed-width array (no second list of translated strings).
    values = (text.translate(table) for text in number) if table is not None else iter(number)
    keys = np.fromiter(values, dtype=f"<U{width}", count=len(number))
    del number
    order = np.argsort(keys, kind="stable")
    del keys
    rank_of_code = np.empty(len(order), dtype=np.int32)
    rank_of_code[order] = np.arange(len(order), dtype=np.int32)
    if empty is not None:
        rank_of_code[empty] = -1
    return rank_of_code[codes]


def account_keys(column: PackedText) -> np.ndarray:
    """Account numbers in natural order: all-digit numbers by (length, value), then any others by text.

    Vectorised over the packed units (no string per row): account numbers are short digit strings.
    """
    n = len(column)
    lengths = np.diff(column.starts) - 1
    keys = np.full(n, -1, dtype=np.int64)
    numeric = np.zeros(n, dtype=bool)
    for length in np.unique(lengths).tolist():
        if not 1 <= length <= 17:
            continue
        powers = 10 ** np.arange(length - 1, -1, -1, dtype=np.int64)
        all_rows = np.flatnonzero(lengths == length)
        for start in range(0, len(all_rows), 100_000):  # (rows × length) int64 blocks stay small
            rows = all_rows[start:start + 100_000]
            digits = column.units[column.starts[rows][:, None] + np.arange(length)].astype(np.int64) - 0x30
            ok = ((digits >= 0) & (digits <= 9)).all(axis=1)
            keys[rows[ok]] = (length << 57) | (digits[ok] @ powers)
            numeric[rows[ok]] = True
    numeric[list(column.overrides)] = False  # edited rows: their packed units are stale
    others = np.flatnonzero(~numeric)
    if len(others):
        texts = [column.text(int(i)) for i in others]
        order = sorted(range(len(texts)), key=texts.__getitem__)
        base = int(keys.max()) + 1 if numeric.any() else 0
        for position, index in enumerate(order):
            keys[others[index]] = base + position if texts[index] else -1
    return keys


def _dense(keys: np.ndarray) -> np.ndarray:
    """Keys as small dense ranks (int32), missing (-1) kept: a quarter of the memory of int64 keys per column."""
    present = keys >= 0
    out = np.full(len(keys), -1, dtype=np.int32)
    if present.any():
        _, inverse = np.unique(keys[present], return_inverse=True)
        out[present] = inverse
    return out


def _char_table(texts: Iterable[str], char_order: CharOrder) -> dict[int, str]:
    chars = sorted(set("".join(texts)))
    return {ord(ch): chr(0x10000 + i) for i, ch in enumerate(char_order(chars))}


def _label_ranks(labels: Sequence[str], char_order: CharOrder | None) -> dict[str, int]:
    distinct = set(labels)
    if char_order is None:
        uniques = sorted(distinct)
    else:
        table = _char_table(list(distinct), char_order)
        uniques = sorted(distinct, key=lambda text: text.translate(table))
    return {text: i for i, text in enumerate(uniques)}


def _category_keys(labels: Sequence[str], codes: np.ndarray, rank_of: Callable[[str], int]) -> np.ndarray:
    per_label = np.array([rank_of(label) if label else -1 for label in labels] or [0], dtype=np.int32)
    return per_label[codes.astype(np.int64)]


def _voltage_rank(label: str) -> int:
    from console.core.imports.customers import VOLTAGE_LEVELS  # the import package is needed only here

    if label in VOLTAGE_LEVELS:
        return VOLTAGE_LEVELS.index(label)
    return len(VOLTAGE_LEVELS)  # unknown spellings after the known ones
