"""Plain data the Gantt chart is fed: one :class:`ProjectRow` per in-progress project.

No Qt here: the PDF builder in ``reports`` and the benchmark use the same rows. Dates are ``datetime.date``; the
chart works on integer day numbers (days since 1970-01-01) so numpy can hold them.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class Status(IntEnum):
    """Clock status of a project, a stage or a deadline node (also the colour index)."""

    ON_TIME = 0
    AT_RISK = 1
    OVERDUE = 2
    DONE = 3


class Flag(IntEnum):
    """Watch flags a team lead follows; the value is the bit in :attr:`GanttArrays.flags`."""

    STALLED = 0  # 长期停滞
    OPINION_RISK = 1  # 舆情风险
    BLOCKED = 2  # 跨部门受阻
    GREEN_CHANNEL = 3  # 绿色通道
    NATIONAL_KEY = 4  # 国家重点项目


@dataclass(frozen=True)
class StageBar:
    """One stage of a project: the planned (baseline) span against the actual one.

    Ends are inclusive days. ``actual_end`` is None while the stage runs (drawn up to today) and both actual dates
    are None before it starts.
    """

    stage_key: str
    label: str
    planned_start: date
    planned_end: date
    actual_start: date | None = None
    actual_end: date | None = None
    status: Status = Status.ON_TIME


@dataclass(frozen=True)
class DeadlineMarker:
    """A node's statutory deadline (the last working day allowed for it)."""

    day: date
    label: str
    status: Status = Status.ON_TIME


@dataclass(frozen=True)
class PausedSpan:
    """Time the clock stood still (waiting on the customer); ``end`` None means still paused. Ends inclusive."""

    start: date
    end: date | None
    reason: str = ""


@dataclass(frozen=True)
class ProjectRow:
    """A project as the chart shows it.

    ``groups`` holds the value of every grouping the caller offers (e.g. ``{"manager": "张伟", "segment": "集团要客"}``);
    ``columns`` holds the text of the left-hand table cells by column key.
    """

    id: int
    label: str
    status: Status = Status.ON_TIME
    groups: Mapping[str, str] = field(default_factory=dict)
    columns: Mapping[str, str] = field(default_factory=dict)
    flags: frozenset[Flag] = frozenset()
    stages: tuple[StageBar, ...] = ()
    deadlines: tuple[DeadlineMarker, ...] = ()
    paused: tuple[PausedSpan, ...] = ()


@dataclass(frozen=True)
class GanttColumn:
    """A left-hand table column chosen by the caller.

    ``key`` names a value in :attr:`ProjectRow.columns`, or one of the built-ins: ``"label"`` (the project label),
    ``"status"`` (status text with its colour) and ``"flags"`` (the flag glyphs). ``width`` is in pixels.
    """

    key: str
    title: str
    width: int = 120


LABEL_COLUMN = "label"
STATUS_COLUMN = "status"
FLAGS_COLUMN = "flags"


def day_number(d: date) -> int:
    """Days since 1970-01-01: the chart's x unit."""
    return d.toordinal() - _EPOCH_ORDINAL


def from_day_number(n: float) -> date:
    return date.fromordinal(int(n) + _EPOCH_ORDINAL)


def flags_mask(flags: frozenset[Flag]) -> int:
    mask = 0
    for f in flags:
        mask |= 1 << int(f)
    return mask
