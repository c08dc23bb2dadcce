"""Agenda invariants over generated projects, and the ISO weeks meetings are named by."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.core.rules.agenda import AgendaWindow, ExistingItem, assemble_agenda, merge_agenda
from console.core.rules.iso_week import BadWeek, IsoWeek
from console.core.rules.project_snapshot import DocumentFact
from console.core.rules.time_limits import ProjectClass
from tests.core.test_agenda import TODAY, WINDOW, project

FLAGS = ("stalled", "blocked", "opinion_risk", "green_channel", "national_key")


@st.composite
def projects(draw: st.DrawFn) -> list:  # type: ignore[type-arg]
    n = draw(st.integers(0, 12))
    out = []
    for pid in range(1, n + 1):
        accepted = TODAY - dt.timedelta(days=draw(st.integers(0, 60)))
        plan = draw(st.one_of(st.none(), st.integers(-5, 20).map(lambda d: TODAY + dt.timedelta(days=d))))
        out.append(project(
            pid, cls=draw(st.sampled_from(list(ProjectClass))), accepted=accepted, plan=plan,
            confirmed=draw(st.booleans()), flags=tuple(draw(st.sets(st.sampled_from(FLAGS)))),
            docs=(DocumentFact("用电申请书", "application"),) if draw(st.booleans()) else (),
            app_no=f"A{draw(st.integers(0, 5)):02d}-{pid:03d}",
        ))
    return out


@settings(max_examples=60, deadline=None)
@given(projects())
def test_agenda_invariants(items: list) -> None:  # type: ignore[type-arg]
    agenda = assemble_agenda(items, WINDOW)
    assert len({c.project_id for c in agenda}) == len(agenda)
    assert [c.sort_key for c in agenda] == sorted(c.sort_key for c in agenda)
    for c in agenda:
        priorities = [r.kind.priority for r in c.reasons]
        assert priorities == sorted(priorities) and c.primary is c.reasons[0].kind
        assert len(c.title()) <= 200
    assert assemble_agenda(list(reversed(items)), WINDOW) == agenda


@settings(max_examples=60, deadline=None)
@given(projects(), st.lists(st.tuples(st.integers(1, 14), st.booleans()), max_size=10, unique_by=lambda t: t[0]))
def test_merge_invariants(items: list, saved: list[tuple[int, bool]]) -> None:  # type: ignore[type-arg]
    fresh = assemble_agenda(items, WINDOW)
    existing = [ExistingItem(100 + i, pid, i, touched) for i, (pid, touched) in enumerate(saved)]
    plan = merge_agenda(existing, fresh)
    kept = [item_id for item_id, _ in plan.keep]
    assert sorted(kept + list(plan.drop)) == sorted(e.item_id for e in existing)
    on_agenda = {e.project_id for e in existing if e.item_id in kept}
    assert {c.project_id for c in fresh} <= on_agenda | {c.project_id for c in plan.add}
    assert not on_agenda & {c.project_id for c in plan.add}
    for e in existing:
        if e.item_id in plan.drop:
            assert not e.touched and e.project_id not in {c.project_id for c in fresh}


# -- ISO weeks ------------------------------------------------------------------------------------------------------
def test_weeks_parse_and_name_their_days() -> None:
    w = IsoWeek.parse("2026-W48")
    assert (w.monday, w.day(), w.sunday) == (dt.date(2026, 11, 23), dt.date(2026, 11, 26), dt.date(2026, 11, 29))
    assert str(w) == "2026-W48" and IsoWeek.parse("2026w48") == w and IsoWeek.parse(" 2026-W8 ").label == "2026-W08"
    assert IsoWeek.of(dt.date(2027, 1, 1)) == IsoWeek(2026, 53)  # Friday 1 Jan 2027 belongs to 2026's last week
    assert w.shifted(1) == IsoWeek(2026, 49) and w.shifted(-48) == IsoWeek(2025, 52)


@pytest.mark.parametrize("text", ["2026-48", "W48", "2026-W54", "2025-W53", "2026-W00", ""])
def test_bad_weeks_are_refused(text: str) -> None:
    with pytest.raises(BadWeek):
        IsoWeek.parse(text)


def test_the_window_looks_two_weeks_past_the_meeting_or_today_whichever_is_later() -> None:
    assert AgendaWindow(TODAY, dt.date(2026, 11, 24)).due_until == dt.date(2026, 12, 10)
    assert AgendaWindow(TODAY, dt.date(2026, 11, 27)).due_until == dt.date(2026, 12, 11)
