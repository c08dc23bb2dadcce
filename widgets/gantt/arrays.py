"""Struct-of-arrays form of the rows, built once, and the display layout (group headers, filter).

Drawing, hit-testing and the PDF all read these numpy columns instead of walking dataclasses: 10,000 projects
have 60,000 stage bars, and per-object Python work per frame is what makes big Gantt charts stutter.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from widgets.gantt.data import ProjectRow, day_number, flags_mask

_NAN = float("nan")


def _offsets(counts: list[int]) -> np.ndarray:
    off = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=off[1:])
    return off


def _day_or_nan(d: object) -> float:
    return _NAN if d is None else float(day_number(d))  # type: ignore[arg-type]


@dataclass
class GanttArrays:
    """Column arrays of every row; the items of row ``i`` are ``[xxx_off[i], xxx_off[i + 1])``.

    x values are day numbers; an end is exclusive (inclusive end day + 1) so a bar's width is its length in days.
    A NaN ``actual_x0`` means the stage has not started, a NaN ``actual_x1``/``pause_x1`` that it is still open.
    """

    rows: list[ProjectRow]
    ids: np.ndarray
    status: np.ndarray
    flags: np.ndarray
    bar_off: np.ndarray
    bar_row: np.ndarray
    planned_x0: np.ndarray
    planned_x1: np.ndarray
    actual_x0: np.ndarray
    actual_x1: np.ndarray
    bar_status: np.ndarray
    mark_off: np.ndarray
    mark_row: np.ndarray
    mark_x: np.ndarray
    mark_status: np.ndarray
    pause_off: np.ndarray
    pause_row: np.ndarray
    pause_x0: np.ndarray
    pause_x1: np.ndarray
    index_of: dict[int, int]

    @classmethod
    def from_rows(cls, rows: Sequence[ProjectRow]) -> GanttArrays:
        rows = list(rows)
        index_of = {r.id: i for i, r in enumerate(rows)}
        if len(index_of) != len(rows):
            raise ValueError("project ids must be unique")
        stages = [s for r in rows for s in r.stages]
        marks = [m for r in rows for m in r.deadlines]
        pauses = [p for r in rows for p in r.paused]
        bar_counts = [len(r.stages) for r in rows]
        mark_counts = [len(r.deadlines) for r in rows]
        pause_counts = [len(r.paused) for r in rows]
        n = len(rows)
        return cls(
            rows=rows,
            ids=np.fromiter((r.id for r in rows), dtype=np.int64, count=n),
            status=np.fromiter((int(r.status) for r in rows), dtype=np.int8, count=n),
            flags=np.fromiter((flags_mask(r.flags) for r in rows), dtype=np.uint8, count=n),
            bar_off=_offsets(bar_counts),
            bar_row=np.repeat(np.arange(n, dtype=np.int32), bar_counts),
            planned_x0=np.array([day_number(s.planned_start) for s in stages], dtype=np.float64),
            planned_x1=np.array([day_number(s.planned_end) + 1 for s in stages], dtype=np.float64),
            actual_x0=np.array([_day_or_nan(s.actual_start) for s in stages], dtype=np.float64),
            actual_x1=np.array([_day_or_nan(s.actual_end) + 1.0 for s in stages], dtype=np.float64),
            bar_status=np.fromiter((int(s.status) for s in stages), dtype=np.int8, count=len(stages)),
            mark_off=_offsets(mark_counts),
            mark_row=np.repeat(np.arange(n, dtype=np.int32), mark_counts),
            mark_x=np.array([day_number(m.day) + 1 for m in marks], dtype=np.float64),
            mark_status=np.fromiter((int(m.status) for m in marks), dtype=np.int8, count=len(marks)),
            pause_off=_offsets(pause_counts),
            pause_row=np.repeat(np.arange(n, dtype=np.int32), pause_counts),
            pause_x0=np.array([day_number(p.start) for p in pauses], dtype=np.float64),
            pause_x1=np.array([_day_or_nan(p.end) + 1.0 for p in pauses], dtype=np.float64),
            index_of=index_of,
        )

    def __len__(self) -> int:
        return len(self.rows)

    def replace_row(self, index: int, row: ProjectRow) -> GanttArrays:
        """Put ``row`` at ``index``; overwrites the slices in place when the item counts match (the usual case
        after a reschedule), otherwise rebuilds. Returns the arrays to use from now on."""
        old = self.rows[index]
        if row.id != old.id and row.id in self.index_of:
            raise ValueError(f"project id {row.id} already present")
        same_shape = (
            len(row.stages) == len(old.stages)
            and len(row.deadlines) == len(old.deadlines)
            and len(row.paused) == len(old.paused)
        )
        rows = self.rows
        rows[index] = row
        if not same_shape:
            return GanttArrays.from_rows(rows)
        if row.id != old.id:
            del self.index_of[old.id]
            self.index_of[row.id] = index
            self.ids[index] = row.id
        self.status[index] = int(row.status)
        self.flags[index] = flags_mask(row.flags)
        b = slice(int(self.bar_off[index]), int(self.bar_off[index + 1]))
        self.planned_x0[b] = [day_number(s.planned_start) for s in row.stages]
        self.planned_x1[b] = [day_number(s.planned_end) + 1 for s in row.stages]
        self.actual_x0[b] = [_day_or_nan(s.actual_start) for s in row.stages]
        self.actual_x1[b] = [_day_or_nan(s.actual_end) + 1.0 for s in row.stages]
        self.bar_status[b] = [int(s.status) for s in row.stages]
        m = slice(int(self.mark_off[index]), int(self.mark_off[index + 1]))
        self.mark_x[m] = [day_number(d.day) + 1 for d in row.deadlines]
        self.mark_status[m] = [int(d.status) for d in row.deadlines]
        p = slice(int(self.pause_off[index]), int(self.pause_off[index + 1]))
        self.pause_x0[p] = [day_number(s.start) for s in row.paused]
        self.pause_x1[p] = [_day_or_nan(s.end) + 1.0 for s in row.paused]
        return self

    def resolved_actual_x1(self, today_x: int) -> np.ndarray:
        """Actual ends with running stages drawn to the end of today."""
        return np.where(np.isnan(self.actual_x1), float(today_x + 1), self.actual_x1)

    def resolved_pause_x1(self, today_x: int) -> np.ndarray:
        return np.where(np.isnan(self.pause_x1), float(today_x + 1), self.pause_x1)

    def x_extent(self, today_x: int) -> tuple[float, float]:
        """Earliest and latest x of anything drawn (today included), for "show everything"."""
        lows = [float(today_x)]
        highs = [float(today_x + 1)]
        for arr in (self.planned_x0, self.actual_x0, self.mark_x, self.pause_x0):
            if arr.size and not np.all(np.isnan(arr)):
                lows.append(float(np.nanmin(arr)))
        for arr in (self.planned_x1, self.resolved_actual_x1(today_x), self.mark_x, self.resolved_pause_x1(today_x)):
            if arr.size:
                highs.append(float(np.nanmax(arr)))
        return min(lows), max(highs)


@dataclass(frozen=True)
class GroupHeader:
    line: int
    value: str
    count: int


@dataclass
class Layout:
    """Which row sits on which display line.

    ``line_row[line]`` is the row index shown on a line or -1 for a group header; ``row_line[row]`` the line of a
    row or -1 when the filter hides it.
    """

    line_row: np.ndarray
    row_line: np.ndarray
    headers: dict[int, GroupHeader]

    @property
    def n_lines(self) -> int:
        return int(self.line_row.size)


def build_layout(arrays: GanttArrays, group_by: str | None = None, mask: np.ndarray | None = None) -> Layout:
    """Order rows for display: filtered by ``mask``, grouped under headers by ``row.groups[group_by]``.

    Groups appear in the order of their first row and rows keep their order inside a group, so the caller's sort
    order survives grouping.
    """
    n = len(arrays)
    if mask is not None and np.asarray(mask).shape != (n,):
        raise ValueError(f"mask must have shape ({n},)")
    shown = np.arange(n, dtype=np.int32) if mask is None else np.flatnonzero(np.asarray(mask, bool)).astype(np.int32)
    row_line = np.full(n, -1, dtype=np.int32)
    if not group_by:
        row_line[shown] = np.arange(shown.size, dtype=np.int32)
        return Layout(line_row=shown.copy(), row_line=row_line, headers={})
    codes_of: dict[str, int] = {}
    values = [arrays.rows[i].groups.get(group_by, "") for i in shown]
    codes = np.fromiter((codes_of.setdefault(v, len(codes_of)) for v in values), dtype=np.int32, count=len(values))
    order = np.argsort(codes, kind="stable")
    rows_sorted = shown[order]
    codes_sorted = codes[order]
    lines_of_sorted = np.arange(rows_sorted.size, dtype=np.int32) + codes_sorted + 1
    n_groups = len(codes_of)
    line_row = np.full(rows_sorted.size + n_groups, -1, dtype=np.int32)
    line_row[lines_of_sorted] = rows_sorted
    row_line[rows_sorted] = lines_of_sorted
    counts = np.bincount(codes_sorted, minlength=n_groups)
    first = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
    names = list(codes_of)
    headers = {int(first[g] + g): GroupHeader(int(first[g] + g), names[g], int(counts[g])) for g in range(n_groups)}
    return Layout(line_row=line_row, row_line=row_line, headers=headers)
