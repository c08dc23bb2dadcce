"""What the chart shows, without Qt: the rows' arrays, their layout and the drawable layers, kept consistent
through every change the widget offers (new rows, one changed row, grouping, filter, today)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np

from widgets.gantt.arrays import GanttArrays, build_layout
from widgets.gantt.data import ProjectRow, day_number
from widgets.gantt.layers import Span, build_layers, patch_line
from widgets.gantt.timescale import calendar_days, non_working_between


def _membership(row: ProjectRow, group_by: str | None) -> tuple[object, ...]:
    """Everything about a row that decides its line and which layer holds each of its marks."""
    return (
        row.groups.get(group_by, "") if group_by else None,
        tuple((int(s.status), s.actual_start is None) for s in row.stages),
        tuple(int(m.status) for m in row.deadlines),
        len(row.paused),
    )


class GanttState:
    def __init__(self, today: date) -> None:
        self.today_x = day_number(today)
        self.group_by: str | None = None
        self.mask: np.ndarray | None = None
        self.non_working: np.ndarray | None = None
        self.arrays = GanttArrays.from_rows([])
        self.layout = build_layout(self.arrays)
        self.layers: dict[str, Span] = build_layers(self.arrays, self.layout, self.today_x)

    @property
    def rows(self) -> list[ProjectRow]:
        return self.arrays.rows

    def set_rows(self, rows: Sequence[ProjectRow], mask: np.ndarray | None = None) -> None:
        self.arrays = GanttArrays.from_rows(rows)
        self.mask = None if mask is None else np.asarray(mask, bool)
        self.relayout()

    def set_group_by(self, key: str | None) -> None:
        self.group_by = key or None
        self.relayout()

    def set_mask(self, mask: np.ndarray | None) -> None:
        self.mask = None if mask is None else np.asarray(mask, bool)
        self.relayout()

    def set_today(self, today: date) -> None:
        self.today_x = day_number(today)
        self.layers = build_layers(self.arrays, self.layout, self.today_x)

    def set_non_working_days(self, days: Iterable[date] | None) -> None:
        self.non_working = calendar_days(days)

    def relayout(self) -> None:
        self.layout = build_layout(self.arrays, self.group_by, self.mask)
        self.layers = build_layers(self.arrays, self.layout, self.today_x)

    def update_row(self, project_id: int, row: ProjectRow) -> bool:
        """Replace one project's row; returns True when the layout changed (lines moved), False when only that
        line's marks were patched."""
        try:
            index = self.arrays.index_of[project_id]
        except KeyError:
            raise KeyError(f"no project {project_id} in the chart") from None
        same = _membership(self.arrays.rows[index], self.group_by) == _membership(row, self.group_by)
        before = self.arrays
        self.arrays = self.arrays.replace_row(index, row)
        if same and self.arrays is before and row.id == project_id:
            patch_line(self.layers, self.arrays, int(self.layout.row_line[index]), self.today_x)
            return False
        self.relayout()
        return True

    def non_working_between(self, first: int, last: int) -> np.ndarray:
        """Day numbers in ``[first, last)`` that are not working days (weekends unless a calendar was given)."""
        return non_working_between(self.non_working, first, last)
