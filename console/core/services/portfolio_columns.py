"""A team's portfolio as column arrays, read in one pass with the raw DBAPI cursor.

Reading a million customers row by row through the sqlite3 module costs ~4 s and ~700 MB of tuples; what
costs is making a Python tuple per row. Here the database itself joins each column into one string
(``group_concat`` on SQLite, ``string_agg`` on PostgreSQL) inside a single aggregate query, so every column
comes from the same scan in the same row order, and numpy parses numbers and packs text without a Python
object per row. If a value holds the separator, that column is read again row by row.

The caller (``CustomerService.portfolio``) checks permissions and the team scope; nothing here does.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from sqlalchemy.engine import Engine

from console.core.services.portfolio_text import SEP, PackedText

Kind = Literal["int", "float", "date", "text", "category"]
NO_DATE = -(2**31)  # sentinel days for NULL dates in transit (becomes NaT)


@dataclass(frozen=True)
class Col:
    key: str
    kind: Kind
    column: str  # customers.<column>

    def sql(self, dialect: str) -> str:
        c = self.column
        if self.kind == "date":
            days = f"CAST(julianday({c}) - 2440587.5 AS INTEGER)" if dialect == "sqlite" else f"({c} - DATE '1970-01-01')"
            return _agg(dialect, f"COALESCE({days}, {NO_DATE})", ",")
        if self.kind == "float":
            # Thousandths as integers: SQLite prints a REAL through printf("%!.15g"), twice the cost of an integer.
            return _agg(dialect, f"CAST(ROUND(COALESCE({c}, -1) * 1000) AS BIGINT)", ",")
        if self.kind == "int":
            return _agg(dialect, f"COALESCE({c}, -1)", ",")
        return _agg(dialect, f"COALESCE({c}, '')", SEP)


def _agg(dialect: str, expr: str, sep: str) -> str:
    if dialect == "sqlite":
        return f"group_concat({expr}, {'char(31)' if sep == SEP else repr(sep)})"
    return f"string_agg(({expr})::text, {'chr(31)' if sep == SEP else repr(sep)})"


COLUMNS: tuple[Col, ...] = (
    Col("id", "int", "id"),
    Col("account_no", "text", "account_no"),
    Col("name", "text", "name"),
    Col("address", "text", "address"),
    Col("segment", "category", "segment"),
    Col("key_grade", "category", "key_grade"),
    Col("voltage_level", "category", "voltage_level"),
    Col("industry", "category", "industry"),
    Col("capacity_kva", "float", "capacity_kva"),
    Col("team_id", "int", "team_id"),
    Col("manager_id", "int", "manager_id"),
    Col("last_contact_on", "date", "last_contact_on"),
    Col("open_projects", "int", "open_projects"),
    Col("complaints_open", "int", "complaints_open"),
    Col("flags", "int", "flags"),
)
_INT_TYPES = {"id": np.int64}


@dataclass
class Category:
    codes: np.ndarray  # int16 index into labels
    labels: list[str]  # stored values ('' = none), sorted

    def code_of(self, value: str) -> int:
        try:
            return self.labels.index(value)
        except ValueError:
            return -1

    def value(self, row: int) -> str:
        return self.labels[int(self.codes[row])]


@dataclass
class PortfolioFrame:
    """Column arrays of one scope (a team, or every team for an admin); row ``i`` of every column is one customer.

    ``alive`` is False for rows that left the scope since loading (merged, moved to another team); views
    never show them. ``generation`` grows with every patch so caches keyed on it stay honest.
    """

    team_id: int | None
    ids: np.ndarray
    texts: dict[str, PackedText]
    categories: dict[str, Category]
    numbers: dict[str, np.ndarray]
    managers: dict[int, str]
    alive: np.ndarray
    loaded_in_ms: float = 0.0
    generation: int = 0
    _by_id: np.ndarray | None = field(default=None, repr=False)  # row numbers in id order (binary search)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def live_count(self) -> int:
        return int(self.alive.sum())

    def position_of(self, customer_id: int) -> int | None:
        # A dict of a million ids would cost ~100 MB; an argsort costs 4 MB and a binary search per lookup.
        if self._by_id is None or len(self._by_id) != len(self.ids):
            self._by_id = np.argsort(self.ids, kind="stable").astype(np.int32)
        at = int(np.searchsorted(self.ids, customer_id, sorter=self._by_id))
        if at < len(self._by_id) and int(self.ids[self._by_id[at]]) == customer_id:
            return int(self._by_id[at])
        return None

    def nbytes(self) -> int:
        total = self.ids.nbytes + self.alive.nbytes
        total += sum(t.nbytes for t in self.texts.values())
        total += sum(c.codes.nbytes for c in self.categories.values())
        total += sum(a.nbytes for a in self.numbers.values())
        return int(total)

    def value(self, key: str, row: int) -> Any:
        """One cell as a Python value (for exports and tests; views read the arrays directly)."""
        if key == "id":
            return int(self.ids[row])
        if key in self.texts:
            return self.texts[key].text(row)
        if key in self.categories:
            return self.categories[key].value(row)
        value = self.numbers[key][row]
        if isinstance(value, np.datetime64):
            return None if np.isnat(value) else value.astype("datetime64[D]").item()
        return value.item()


# --- loading ----------------------------------------------------------------------------------------------------

def _scope_sql(dialect: str, team_id: int | None) -> tuple[str, tuple[Any, ...]]:
    where = "merged_into_id IS NULL"
    if team_id is None:
        return where, ()
    return where + (" AND team_id = ?" if dialect == "sqlite" else " AND team_id = %s"), (team_id,)


# Columns read per aggregate query. Each query is one table scan (~0.3 s per million rows on SQLite); several
# smaller ones keep the peak memory down, because SQLite's UTF-8 buffers and Python's strings of every column
# in a query are alive together while its row is fetched.
# The largest column goes first, while nothing else is held yet.
QUERY_GROUPS: tuple[tuple[str, ...], ...] = (
    ("id", "address"),
    ("id", "account_no", "name"),
    ("id", "segment", "key_grade", "voltage_level", "industry", "capacity_kva", "team_id", "manager_id",
     "last_contact_on", "open_projects", "complaints_open", "flags"),
)


def load_frame(engine: Engine, dialect: str, team_id: int | None,
               progress: Callable[[str], None] | None = None) -> PortfolioFrame:
    """Every live customer of ``team_id`` (None: all teams) as column arrays, a few aggregate queries.

    Category columns (segment, voltage, …) come as numbers: their distinct values are read first and each
    row's value is turned into its index by a CASE in SQL, so no million short strings cross into Python.
    All queries scan in the same (rowid) order; the ``id`` column read by each must agree, or the load is
    done again (a write landed between two of them).
    """
    started = time.perf_counter()
    where, params = _scope_sql(dialect, team_id)
    by_key = {c.key: c for c in COLUMNS}
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for _attempt in range(3):
            labels = _category_labels(cursor, where, params)
            arrays: dict[str, Any] = {}
            consistent = True
            for group in QUERY_GROUPS:
                cols = [by_key[k] for k in group]
                got = _aggregate(cursor, dialect, where, params, cols, labels)
                if "id" in arrays and not np.array_equal(arrays["id"], got["id"]):
                    consistent = False
                    break
                arrays.update(got)
                if progress:
                    progress(group[-1])
            if consistent:
                break
        missing = [c for c in COLUMNS if arrays.get(c.key) is None]
        if missing or not consistent:
            _read_by_rows(cursor, dialect, where, params, missing or [c for c in COLUMNS if c.key != "id"], arrays)
        cursor.execute("SELECT id, name FROM staff")
        managers = {int(i): str(n) for i, n in cursor.fetchall()}
        cursor.close()
    finally:
        raw.close()
    frame = _frame(team_id, arrays, managers, (time.perf_counter() - started) * 1000.0)
    del arrays
    release_free_memory()
    return frame


def _category_labels(cursor: Any, where: str, params: tuple[Any, ...]) -> dict[str, list[str]]:
    cats = [c for c in COLUMNS if c.kind == "category"]
    cursor.execute(f"SELECT DISTINCT {', '.join(f'COALESCE({c.column}, {_EMPTY})' for c in cats)} FROM customers WHERE {where}", params)
    seen: dict[str, set[str]] = {c.key: set() for c in cats}
    for row in cursor.fetchall():
        for c, value in zip(cats, row):
            seen[c.key].add(str(value))
    return {k: sorted(v) for k, v in seen.items()}


_EMPTY = "''"


def _aggregate(cursor: Any, dialect: str, where: str, params: tuple[Any, ...], cols: Sequence[Col],
               labels: dict[str, list[str]]) -> dict[str, Any]:
    mark = "?" if dialect == "sqlite" else "%s"
    parts, case_params = ["count(*)"], []
    for c in cols:
        if c.kind == "category":
            values = labels[c.key]
            whens = " ".join(f"WHEN {mark} THEN {i}" for i in range(len(values)))
            expr = f"CASE COALESCE({c.column}, {_EMPTY}) {whens} ELSE -1 END" if values else "-1"
            case_params.extend(values)
            parts.append(_agg(dialect, expr, ","))
        else:
            parts.append(c.sql(dialect))
    cursor.execute(f"SELECT {', '.join(parts)} FROM (SELECT * FROM customers WHERE {where}) AS c",
                   tuple(case_params) + params)
    row = list(cursor.fetchone())
    count = int(row[0] or 0)
    out: dict[str, Any] = {}
    for index, c in enumerate(cols, start=1):
        joined, row[index] = row[index] or "", None  # let each big string go as soon as it is parsed
        if c.kind == "category":
            codes = _numbers(joined, np.int64, count)
            out[c.key] = None if codes is None or (codes < 0).any() else Category(codes.astype(np.int16), list(labels[c.key]))
        else:
            out[c.key] = _parse(c, joined, count)
        del joined
    return out


def _numbers(joined: str, dtype: Any, count: int) -> np.ndarray | None:
    values = np.fromstring(joined, dtype=dtype, sep=",") if count else np.empty(0, dtype=dtype)  # noqa: NPY201
    return values if len(values) == count else None


def _parse(col: Col, joined: str, count: int) -> Any:
    if col.kind == "text":
        return PackedText.from_joined(joined, count)
    if col.kind == "category":
        packed = PackedText.from_joined(joined, count)
        return None if packed is None else _category_of_packed(packed)
    if col.kind == "float":
        thousandths = _numbers(joined, np.int64, count)
        return None if thousandths is None else thousandths / 1000.0
    return _numbers(joined, np.int64, count)


def _category_of_packed(packed: PackedText, chunk: int = 100_000) -> Category:
    """Codes of a low-cardinality column, decoding a chunk of rows at a time (no million-string list)."""
    n = len(packed)
    number: dict[str, int] = {}
    codes = np.empty(n, dtype=np.int16)
    for first in range(0, n, chunk):
        codes[first:first + chunk] = [number.setdefault(t, len(number)) for t in packed.decoded(first, min(n, first + chunk))]
    labels = sorted(number)
    remap = np.array([labels.index(label) for label in number] or [0], dtype=np.int16)
    return Category(remap[codes], labels)


def _category(parts: Sequence[str]) -> Category:
    labels = sorted(set(parts))
    lookup = {label: i for i, label in enumerate(labels)}
    codes = np.fromiter(map(lookup.__getitem__, parts), dtype=np.int16, count=len(parts))
    return Category(codes, labels)


def _read_by_rows(cursor: Any, dialect: str, where: str, params: tuple[Any, ...], cols: Sequence[Col],
                  arrays: dict[str, Any]) -> None:
    """Columns the fast path could not split: read them row by row, in the same row order as the aggregate.

    The aggregate read ``SELECT *`` without ORDER BY, so its order is the table scan's; ``id`` is always
    parsed on the fast path (integers never hold the separator) and gives the order to put these rows in.
    """
    ids = arrays["id"]
    cursor.execute(f"SELECT id, {', '.join(c.column for c in cols)} FROM customers WHERE {where}", params)
    fetched = cursor.fetchall()
    position = {int(v): i for i, v in enumerate(ids.tolist())}
    ordered: list[Any] = [None] * len(ids)
    for r in fetched:
        ordered[position[int(r[0])]] = r
    for index, col in enumerate(cols, start=1):
        arrays[col.key] = _column_from_values(col, [r[index] for r in ordered])


def _column_from_values(col: Col, values: Sequence[Any]) -> Any:
    if col.kind == "text":
        return PackedText.from_strings(values)
    if col.kind == "category":
        return _category([v or "" for v in values])
    if col.kind == "date":
        return np.array([NO_DATE if v is None else _days(v) for v in values], dtype=np.int64)
    dtype = np.float64 if col.kind == "float" else np.int64
    return np.array([-1 if v is None else v for v in values], dtype=dtype)


def read_first_rows(engine: Engine, dialect: str, team_id: int | None, limit: int) -> PortfolioFrame:
    """The first ``limit`` customers in account order, with one small indexed query (for the first paint)."""
    started = time.perf_counter()
    where, params = _scope_sql(dialect, team_id)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        names = ", ".join(c.column for c in COLUMNS)
        cursor.execute(f"SELECT {names} FROM customers WHERE {where} ORDER BY account_no LIMIT {int(limit)}", params)
        rows = cursor.fetchall()
        cursor.execute("SELECT id, name FROM staff")
        managers = {int(i): str(n) for i, n in cursor.fetchall()}
        cursor.close()
    finally:
        raw.close()
    arrays = {c.key: _column_from_values(c, [r[i] for r in rows]) for i, c in enumerate(COLUMNS)}
    return _frame(team_id, arrays, managers, (time.perf_counter() - started) * 1000.0)


def _days(value: Any) -> int:
    from datetime import date

    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return (value - date(1970, 1, 1)).days


def _frame(team_id: int | None, arrays: dict[str, Any], managers: dict[int, str], ms: float) -> PortfolioFrame:
    numbers: dict[str, np.ndarray] = {}
    for col in COLUMNS:
        if col.kind == "date":
            days = arrays[col.key]
            numbers[col.key] = np.where(days == NO_DATE, np.iinfo(np.int64).min, days).astype(np.int64).view("datetime64[D]")
        elif col.kind == "float":
            numbers[col.key] = arrays[col.key]
        elif col.kind == "int" and col.key != "id":
            numbers[col.key] = arrays[col.key].astype(np.int32)
    ids = arrays["id"].astype(np.int64)
    for col in COLUMNS:
        if col.kind == "text":
            arrays[col.key].prepare()
    return PortfolioFrame(
        team_id=team_id,
        ids=ids,
        texts={c.key: arrays[c.key] for c in COLUMNS if c.kind == "text"},
        categories={c.key: arrays[c.key] for c in COLUMNS if c.kind == "category"},
        numbers=numbers,
        managers=managers,
        alive=np.ones(len(ids), dtype=bool),
        loaded_in_ms=ms,
    )


def release_free_memory() -> None:
    """Hand memory freed after a big load back to the OS (glibc keeps freed heap pages otherwise).

    Loading a million rows frees ~100 MB of parsing buffers in many sizes; glibc's allocator keeps them in its
    heaps, so the process would stay that much larger for its whole life. No-op where there is no glibc.
    """
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def read_rows(engine: Engine, dialect: str, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The portfolio columns of these customers (any team, merged or not), for patching a loaded frame."""
    out: list[dict[str, Any]] = []
    names = [c.column for c in COLUMNS] + ["merged_into_id"]
    mark = "?" if dialect == "sqlite" else "%s"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            cursor.execute(f"SELECT {', '.join(names)} FROM customers WHERE id IN ({', '.join([mark] * len(chunk))})", chunk)
            out.extend(dict(zip(names, r)) for r in cursor.fetchall())
        cursor.close()
    finally:
        raw.close()
    return out


def apply_rows(frame: PortfolioFrame, rows: Sequence[dict[str, Any]], requested_ids: Sequence[int]) -> set[str]:
    """Bring ``frame`` up to date with these re-read rows; returns the column keys that changed.

    Rows of the frame's scope are updated in place (edited text goes to the packed column's overrides) or
    appended; rows that left the scope, were merged or no longer exist are marked not alive.
    """
    changed: set[str] = set()
    by_id = {int(r["id"]): r for r in rows}
    new_rows: list[dict[str, Any]] = []
    for customer_id in requested_ids:
        row = by_id.get(int(customer_id))
        position = frame.position_of(int(customer_id))
        in_scope = row is not None and row["merged_into_id"] is None and (
            frame.team_id is None or int(row["team_id"]) == frame.team_id)
        if not in_scope:
            if position is not None and frame.alive[position]:
                frame.alive[position] = False
                changed.add("alive")
            continue
        assert row is not None
        if position is None:
            new_rows.append(row)
            continue
        frame.alive[position] = True
        changed |= _update_row(frame, position, row)
    if new_rows:
        _append(frame, new_rows)
        changed |= {c.key for c in COLUMNS} | {"alive"}
    if changed:
        frame.generation += 1
    return changed


def _cell(col: Col, value: Any) -> Any:
    if col.kind == "date":
        return np.datetime64("NaT") if value is None else np.datetime64(_days(value), "D")
    if col.kind in ("int", "float"):
        return -1 if value is None else value
    return "" if value is None else str(value)


def _update_row(frame: PortfolioFrame, position: int, row: dict[str, Any]) -> set[str]:
    changed: set[str] = set()
    for col in COLUMNS:
        if col.key == "id":
            continue
        value = _cell(col, row[col.column])
        if col.kind == "text":
            if frame.texts[col.key].text(position) != value:
                frame.texts[col.key].set_text(position, value)
                changed.add(col.key)
        elif col.kind == "category":
            cat = frame.categories[col.key]
            if cat.value(position) != value:
                code = cat.code_of(value)
                if code < 0:
                    cat.labels.append(value)
                    code = len(cat.labels) - 1
                cat.codes[position] = code
                changed.add(col.key)
        else:
            array = frame.numbers[col.key]
            current = array[position]
            same = (np.isnat(current) and np.isnat(value)) if col.kind == "date" else current == value
            if not same:
                array[position] = value
                changed.add(col.key)
    return changed


def _append(frame: PortfolioFrame, rows: Sequence[dict[str, Any]]) -> None:
    frame.ids = np.concatenate([frame.ids, np.array([int(r["id"]) for r in rows], dtype=np.int64)])
    frame.alive = np.concatenate([frame.alive, np.ones(len(rows), dtype=bool)])
    for col in COLUMNS:
        values = [_cell(col, r[col.column]) for r in rows]
        if col.kind == "text":
            frame.texts[col.key] = frame.texts[col.key].append(values)
            frame.texts[col.key].prepare()
        elif col.kind == "category":
            cat = frame.categories[col.key]
            codes = []
            for value in values:
                code = cat.code_of(value)
                if code < 0:
                    cat.labels.append(value)
                    code = len(cat.labels) - 1
                codes.append(code)
            cat.codes = np.concatenate([cat.codes, np.array(codes, dtype=np.int16)])
        elif col.key != "id":
            array = frame.numbers[col.key]
            frame.numbers[col.key] = np.concatenate([array, np.array(values, dtype=array.dtype)])
    frame._by_id = None
