"""Gantt plain parts without Qt: column arrays, layout, layers, hit-testing, date units, zoom steps, row updates."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from widgets.gantt.arrays import GanttArrays, build_layout
from widgets.gantt.data import (
    DeadlineMarker,
    Flag,
    PausedSpan,
    ProjectRow,
    StageBar,
    Status,
    day_number,
    from_day_number,
)
from widgets.gantt.demo import add_working_days, demo_rows, working_days
from widgets.gantt.hittest import hit_test
from widgets.gantt.layers import PAUSED, PLANNED, actual_key, build_layers, marker_key
from widgets.gantt.state import GanttState
from widgets.gantt.timescale import DateLabels, Unit, day_runs, unit_for_scale, unit_starts
from widgets.gantt.zoom import SCALE, ZoomLevel, level_of, step

TODAY = date(2024, 6, 3)  # a Monday


def _row(pid: int, group: str = "甲", start: date = date(2024, 6, 1), started: bool = True) -> ProjectRow:
    return ProjectRow(
        id=pid,
        label=f"项目{pid}",
        status=Status.AT_RISK,
        groups={"manager": group},
        flags=frozenset({Flag.BLOCKED, Flag.NATIONAL_KEY}),
        stages=(
            StageBar("plan", "供电方案答复", start, start + timedelta(days=9),
                     start if started else None, None, Status.ON_TIME),
            StageBar("design", "设计审查", start + timedelta(days=20), start + timedelta(days=29)),
        ),
        deadlines=(DeadlineMarker(start + timedelta(days=9), "方案答复时限", Status.AT_RISK),),
        paused=(PausedSpan(start + timedelta(days=2), start + timedelta(days=4), "等待客户资料"),),
    )


def test_day_numbers_round_trip() -> None:
    assert day_number(date(1970, 1, 1)) == 0
    assert from_day_number(day_number(TODAY)) == TODAY
    assert from_day_number(day_number(TODAY) + 0.9) == TODAY


def test_arrays_hold_every_item_with_exclusive_ends() -> None:
    a = GanttArrays.from_rows([_row(1), _row(2, started=False)])
    assert list(a.bar_off) == [0, 2, 4] and list(a.mark_off) == [0, 1, 2]
    start = day_number(date(2024, 6, 1))
    assert a.planned_x0[0] == start and a.planned_x1[0] == start + 10
    assert np.isnan(a.actual_x1[0])  # running
    assert np.isnan(a.actual_x0[2])  # not started
    assert a.flags[0] == (1 << Flag.BLOCKED) | (1 << Flag.NATIONAL_KEY)
    assert a.resolved_actual_x1(day_number(TODAY))[0] == day_number(TODAY) + 1


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(ValueError):
        GanttArrays.from_rows([_row(1), _row(1)])


def test_layout_groups_in_first_appearance_order_with_headers() -> None:
    a = GanttArrays.from_rows([_row(1, "乙"), _row(2, "甲"), _row(3, "乙"), _row(4, "甲"), _row(5, "丙")])
    layout = build_layout(a, "manager")
    assert layout.n_lines == 8
    assert [(h.value, h.count) for h in sorted(layout.headers.values(), key=lambda h: h.line)] == [
        ("乙", 2), ("甲", 2), ("丙", 1)
    ]
    assert list(layout.line_row) == [-1, 0, 2, -1, 1, 3, -1, 4]
    assert list(layout.row_line) == [1, 4, 2, 5, 7]


def test_layout_mask_hides_rows_and_empty_groups() -> None:
    a = GanttArrays.from_rows([_row(1, "乙"), _row(2, "甲"), _row(3, "乙")])
    layout = build_layout(a, "manager", np.array([True, False, True]))
    assert list(layout.line_row) == [-1, 0, 2]
    assert list(layout.row_line) == [1, -1, 2]
    with pytest.raises(ValueError):
        build_layout(a, None, np.array([True]))


def test_layers_sort_by_line_and_split_by_status() -> None:
    a = GanttArrays.from_rows([_row(1, "乙"), _row(2, "甲", started=False), _row(3, "乙")])
    layout = build_layout(a, "manager")
    layers = build_layers(a, layout, day_number(TODAY))
    assert list(layers[PLANNED].line) == sorted(layers[PLANNED].line)
    assert len(layers[PLANNED]) == 6
    assert len(layers[actual_key(Status.ON_TIME)]) == 2  # row 2 has not started
    assert len(layers[marker_key(Status.AT_RISK)]) == 3
    assert len(layers[PAUSED]) == 3
    window = layers[PLANNED].window(1, 2)
    assert set(a.bar_row[layers[PLANNED].src[window]]) == {0}


def test_hit_test_finds_stage_lanes_marker_pause_and_group() -> None:
    a = GanttArrays.from_rows([_row(1, "乙")])
    layout = build_layout(a, "manager")
    today = day_number(TODAY)
    start = day_number(date(2024, 6, 1))
    scale = 10.0
    assert hit_test(a, layout, start + 1, 0.5, scale, today).kind == "group"
    actual = hit_test(a, layout, start + 1.0, 1.3, scale, today)
    assert (actual.kind, actual.index, actual.planned_zone) == ("stage", 0, False)
    planned = hit_test(a, layout, start + 22.0, 1.75, scale, today)
    assert (planned.kind, planned.index, planned.planned_zone) == ("stage", 1, True)
    marker = hit_test(a, layout, start + 10.2, 1.3, scale, today)
    assert (marker.kind, marker.index) == ("marker", 0)
    paused = hit_test(a, layout, start + 3.5, 1.3, scale, today)
    assert paused.pause == 0
    assert hit_test(a, layout, start + 60, 1.3, scale, today).kind == "row"
    assert hit_test(a, layout, start, 5.0, scale, today) is None


def test_hit_test_pads_thin_bars_by_pixels() -> None:
    a = GanttArrays.from_rows([_row(1)])
    layout = build_layout(a)
    end = day_number(date(2024, 6, 30)) + 1
    assert hit_test(a, layout, end + 0.5, 0.75, 10.0, 0).kind == "stage"  # 5 px past the end
    assert hit_test(a, layout, end + 0.5, 0.75, 1.0, 0).index == 1  # 0.5 px at a coarse scale
    assert hit_test(a, layout, end + 1.0, 0.75, 10.0, 0).kind == "row"  # 10 px is too far


def test_units_follow_scale_and_start_on_boundaries() -> None:
    assert [unit_for_scale(s) for s in (SCALE[z] for z in ZoomLevel)] == [
        Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.QUARTER
    ]
    assert unit_for_scale(0.1) is Unit.YEAR
    x0 = day_number(date(2024, 2, 14))
    weeks = [from_day_number(d) for d in unit_starts(Unit.WEEK, x0, x0 + 10)]
    assert weeks[0] == date(2024, 2, 12) and all(d.weekday() == 0 for d in weeks)
    quarters = [from_day_number(d) for d in unit_starts(Unit.QUARTER, x0, x0 + 200)]
    assert quarters == [date(2024, 1, 1), date(2024, 4, 1), date(2024, 7, 1), date(2024, 10, 1)]


def test_chinese_labels_by_default_longest_first() -> None:
    labels = DateLabels()
    x = day_number(date(2024, 3, 4))
    assert labels.candidates(Unit.WEEK, x) == ["第10周", "10"]
    assert labels.candidates(Unit.MONTH, x, upper=True)[0] == "2024年3月"
    assert labels.candidates(Unit.DAY, x)[0] == "4 一"
    assert labels.candidates(Unit.QUARTER, x) == ["1季度", "Q1"]


def test_zoom_steps_between_levels() -> None:
    assert step(SCALE[ZoomLevel.WEEK], 1) == SCALE[ZoomLevel.DAY]
    assert step(SCALE[ZoomLevel.WEEK], -1) == SCALE[ZoomLevel.MONTH]
    assert step(SCALE[ZoomLevel.DAY], 1) == SCALE[ZoomLevel.DAY]
    assert step(SCALE[ZoomLevel.WEEK], -9) == SCALE[ZoomLevel.QUARTER]
    assert step(5.0, 1) == SCALE[ZoomLevel.WEEK]
    assert level_of(SCALE[ZoomLevel.MONTH]) is ZoomLevel.MONTH and level_of(5.0) is None


def test_update_row_patches_dates_in_place() -> None:
    state = GanttState(TODAY)
    state.set_rows([_row(1), _row(2), _row(3)])
    state.set_group_by("manager")
    layers_before = state.layers
    moved = replace(_row(2), stages=(replace(_row(2).stages[0], planned_start=date(2024, 6, 5),
                                             planned_end=date(2024, 6, 14)), _row(2).stages[1]))
    assert state.update_row(2, moved) is False
    assert state.layers is layers_before
    planned = state.layers[PLANNED]
    line = int(state.layout.row_line[1])
    sl = planned.window(line, line + 1)
    assert day_number(date(2024, 6, 5)) in planned.x0[sl]
    rebuilt = build_layers(state.arrays, state.layout, state.today_x)
    for key, span in rebuilt.items():
        np.testing.assert_array_equal(span.x0, state.layers[key].x0, err_msg=key)
        np.testing.assert_array_equal(span.x1, state.layers[key].x1, err_msg=key)


def test_update_row_relays_out_when_group_or_status_changes() -> None:
    state = GanttState(TODAY)
    state.set_rows([_row(1, "甲"), _row(2, "甲")])
    state.set_group_by("manager")
    assert state.update_row(2, _row(2, "乙")) is True
    assert [h.value for h in state.layout.headers.values()] == ["甲", "乙"]
    done = replace(_row(1, "甲"), stages=(replace(_row(1).stages[0], status=Status.DONE), _row(1).stages[1]))
    assert state.update_row(1, done) is True
    assert len(state.layers[actual_key(Status.DONE)]) == 1
    with pytest.raises(KeyError):
        state.update_row(99, _row(99))


def test_update_row_with_other_item_counts_rebuilds() -> None:
    state = GanttState(TODAY)
    state.set_rows([_row(1), _row(2)])
    assert state.update_row(1, replace(_row(1), paused=())) is True
    assert len(state.layers[PAUSED]) == 1


def test_weekends_are_the_default_non_working_days() -> None:
    state = GanttState(TODAY)
    x = day_number(TODAY)
    assert [from_day_number(d).weekday() for d in state.non_working_between(x, x + 7)] == [5, 6]
    state.set_non_working_days([date(2024, 6, 10)])  # 端午节
    assert list(state.non_working_between(x, x + 14)) == [day_number(date(2024, 6, 10))]


def test_demo_rows_are_deterministic_and_consistent() -> None:
    rows = demo_rows(50, TODAY, seed=3)
    assert rows == demo_rows(50, TODAY, seed=3)
    assert len({r.id for r in rows}) == 50
    for r in rows:
        assert len(r.stages) == 6
        for s in r.stages:
            assert s.planned_start <= s.planned_end
            if s.actual_start is not None:
                assert s.actual_start <= TODAY
    assert add_working_days(date(2024, 6, 1), 1) == date(2024, 6, 3)
    assert working_days(date(2024, 6, 3), date(2024, 6, 9)) == 5


def test_day_runs_merge_consecutive_days() -> None:
    assert day_runs(np.array([1, 2, 3, 8, 9, 15])) == [(1, 4), (8, 10), (15, 16)]
    assert day_runs(np.array([], dtype=np.int64)) == []
