"""What every clock computation reads from the database: the versioned time-limit tables and the calendar.

Stored rules (``time_limit_rules``: one row per class and node slug, ``total`` for the committed total) become
:class:`~console.core.rules.time_limits.TimeLimitTable` values; with no table stored at all the published
defaults apply, so a fresh database still shows clocks. Admin calendar overrides go into one
:class:`~console.core.rules.workday_calendar.WorkdayCalendar`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from console.core.models import CalendarOverride as CalendarOverrideRow
from console.core.models import TimeLimitTable as TimeLimitTableRow
from console.core.rules.time_limits import DEFAULT_TABLES, ClassLimits, ProjectClass, TimeLimitTable, table_in_force
from console.core.rules.workday_calendar import CalendarOverride, WorkdayCalendar

TOTAL = "total"


@dataclass(frozen=True)
class ClockInputs:
    """Stored table versions by database id (empty: none stored), the versions to choose from, the calendar."""

    by_id: dict[int, TimeLimitTable]
    versions: tuple[TimeLimitTable, ...]
    calendar: WorkdayCalendar

    def table_for(self, table_id: int | None, accepted_on: date) -> TimeLimitTable:
        """The version a project recorded, else the one in force on its acceptance (NoTableInForce if none)."""
        if table_id is not None and table_id in self.by_id:
            return self.by_id[table_id]
        return table_in_force(self.versions, accepted_on)


def _table_of(row: TimeLimitTableRow) -> TimeLimitTable:
    per_class: dict[str, list[tuple[int, str, int]]] = {}
    for r in row.rules:
        cls = r.project_class.value if hasattr(r.project_class, "value") else str(r.project_class)
        per_class.setdefault(cls, []).append((r.seq, r.node, r.workdays))
    limits: dict[ProjectClass, ClassLimits] = {}
    for cls, rules in per_class.items():
        rules.sort()
        nodes = tuple((node, days) for _, node, days in rules if node != TOTAL)
        total = next((days for _, node, days in rules if node == TOTAL), sum(d for _, d in nodes))
        limits[ProjectClass(cls)] = ClassLimits(nodes, total)
    return TimeLimitTable(row.effective_from, limits, row.note)


def load_clock_inputs(session: Session) -> ClockInputs:
    rows = session.scalars(select(TimeLimitTableRow).options(selectinload(TimeLimitTableRow.rules))).all()
    by_id = {r.id: _table_of(r) for r in rows}
    versions = tuple(by_id.values()) or DEFAULT_TABLES
    overrides = [CalendarOverride(o.day, o.is_workday, o.note) for o in session.scalars(select(CalendarOverrideRow))]
    return ClockInputs(by_id, versions, WorkdayCalendar(overrides))
