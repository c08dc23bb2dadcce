"""The meeting agenda rules: which projects, for which reasons, in which order; merging with hand edits."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from console.core.rules.agenda import (
    AgendaWindow,
    ExistingItem,
    ReasonKind,
    assemble_agenda,
    documents_owed,
    merge_agenda,
    reasons_for,
)
from console.core.rules.clocks import compute_clock
from console.core.rules.project_snapshot import ClockedProject, DocumentFact, NodeDates, PauseFact, ProjectSnapshot
from console.core.rules.time_limits import DEFAULT_TABLES, Node, ProjectClass
from console.core.rules.workday_calendar import WorkdayCalendar

D = dt.date
TODAY = D(2026, 11, 26)  # Thursday of 2026-W48
# Plain Monday–Friday weeks keep the expected counts easy to check by hand (November 2026 has no holiday).
CAL = WorkdayCalendar(use_library=False)
WINDOW = AgendaWindow(TODAY, TODAY)


def project(pid: int = 1, *, cls: ProjectClass = ProjectClass.HV_SINGLE, accepted: dt.date = D(2026, 11, 19),
            nodes: tuple[NodeDates, ...] = (), flags: tuple[str, ...] = (), docs: tuple[DocumentFact, ...] = (),
            plan: dt.date | None = None, confirmed: bool = False, pauses: tuple[PauseFact, ...] = (),
            app_no: str | None = None) -> ClockedProject:
    s = ProjectSnapshot(id=pid, application_no=app_no or f"A{pid:05d}", title="t", project_class=cls, team_id=1,
                        accepted_on=accepted, customer_name="某公司", nodes=nodes, flags=frozenset(flags),
                        documents=docs, power_on_plan_date=plan, power_on_plan_confirmed=confirmed, pauses=pauses)
    clock = compute_clock(cls, accepted, today=TODAY, calendar=CAL, table=DEFAULT_TABLES[0], actuals=s.actuals(),
                          paused=s.paused_spans())
    return ClockedProject(s, clock)


def kinds(p: ClockedProject, window: AgendaWindow = WINDOW) -> list[ReasonKind]:
    return [r.kind for r in reasons_for(p, window)]


# -- single reasons -------------------------------------------------------------------------------------------------
def test_a_quiet_project_is_not_on_the_agenda() -> None:
    # Accepted Friday 20 Nov: the supply plan is due 11 Dec, beyond the two weeks after the meeting (10 Dec).
    assert kinds(project(accepted=D(2026, 11, 20))) == []


def test_a_node_falling_due_within_two_weeks_of_the_meeting_is_due_soon() -> None:
    p = project(accepted=D(2026, 11, 19))  # supply plan: 15 working days → Thursday 10 Dec
    (reason,) = reasons_for(p, WINDOW)
    assert (reason.kind, reason.node, reason.on) == (ReasonKind.DUE_SOON, Node.SUPPLY_PLAN, D(2026, 12, 10))
    assert reason.text() == "供电方案答复 2026-12-10 到期"
    assert reason.text("en") == "Supply plan reply due 2026-12-10"


def test_the_look_ahead_runs_from_the_meeting_day() -> None:
    p = project(accepted=D(2026, 11, 20))  # due 11 Dec
    assert kinds(p, AgendaWindow(TODAY, D(2026, 11, 27))) == [ReasonKind.DUE_SOON]
    assert kinds(p, AgendaWindow(TODAY, TODAY, horizon_days=15)) == [ReasonKind.DUE_SOON]


def test_an_overdue_node_counts_working_days_over_and_the_total_is_checked_too() -> None:
    # Accepted Mon 2 Nov: supply plan due Mon 23 Nov; by Thu 26 Nov three working days over.
    p = project(accepted=D(2026, 11, 2))
    reasons = reasons_for(p, WINDOW)
    assert [(r.kind, r.node, r.days) for r in reasons] == [
        (ReasonKind.OVERDUE, Node.SUPPLY_PLAN, 3),
        (ReasonKind.AT_RISK, None, 4),  # total: 18 of 22 used (≥ 80 %)
    ]
    assert reasons[0].text() == "供电方案答复超期 3 个工作日"
    assert reasons[1].text() == "承诺总时限临期：剩 4 个工作日（2026-12-02 到期）"


def test_finished_nodes_do_not_count_only_the_running_one_does() -> None:
    # The supply plan took 14 working days (on time); design review runs from Monday 23 Nov, 10 working days →
    # Monday 7 Dec, within two weeks of the meeting.
    nodes = (NodeDates("supply_plan", actual_start=D(2026, 11, 2), actual_end=D(2026, 11, 20)),
             NodeDates("design_review", actual_start=D(2026, 11, 23)))
    p = project(accepted=D(2026, 11, 2), nodes=nodes)
    reasons = [r for r in reasons_for(p, WINDOW) if r.node is not None]
    assert [(r.kind, r.node, r.on) for r in reasons] == [(ReasonKind.DUE_SOON, Node.DESIGN_REVIEW, D(2026, 12, 7))]


def test_a_paused_clock_is_not_overdue() -> None:
    pause = (PauseFact(D(2026, 11, 3), None, "documents"),)  # waiting on the customer ever since
    p = project(accepted=D(2026, 11, 2), pauses=pause)
    assert ReasonKind.OVERDUE not in kinds(p)


def test_an_unconfirmed_power_on_plan_comes_first_and_a_confirmed_one_not_at_all() -> None:
    p = project(accepted=D(2026, 11, 2), plan=D(2026, 12, 3))
    assert kinds(p)[0] is ReasonKind.POWER_ON_PLAN
    assert reasons_for(p, WINDOW)[0].text() == "验收送电计划 2026-12-03 待集体确认"
    confirmed = project(accepted=D(2026, 11, 2), plan=D(2026, 12, 3), confirmed=True)
    assert ReasonKind.POWER_ON_PLAN not in kinds(confirmed)


def test_a_plan_date_gone_by_asks_for_a_new_date() -> None:
    p = project(accepted=D(2026, 11, 20), plan=D(2026, 11, 24))
    (reason,) = reasons_for(p, WINDOW)
    assert reason.past and "已过期" in reason.text() and "passed" in reason.text("en")


@pytest.mark.parametrize("flag, kind", [("stalled", ReasonKind.STALLED), ("blocked", ReasonKind.BLOCKED),
                                        ("opinion_risk", ReasonKind.OPINION_RISK)])
def test_watch_flags_bring_a_project_to_the_meeting(flag: str, kind: ReasonKind) -> None:
    assert kinds(project(accepted=D(2026, 11, 20), flags=(flag,))) == [kind]


def test_green_channel_and_national_key_alone_do_not() -> None:
    assert kinds(project(accepted=D(2026, 11, 20), flags=("green_channel", "national_key"))) == []


def test_low_voltage_projects_are_judged_on_the_total_alone() -> None:
    p = project(cls=ProjectClass.LV_NONRES, accepted=D(2026, 11, 17))  # 6 working days → 25 Nov, 7 used
    reasons = reasons_for(p, WINDOW)
    assert [(r.kind, r.node, r.days) for r in reasons] == [(ReasonKind.OVERDUE, None, 1)]
    assert reasons[0].text("en") == "Committed total overdue by 1 working day"


def test_contradictory_dates_are_put_on_the_agenda_to_be_checked() -> None:
    s = project().snapshot
    assert kinds(ClockedProject(s, None, "finished before it started")) == [ReasonKind.DATA_CHECK]


# -- documents ------------------------------------------------------------------------------------------------------
DOCS = (DocumentFact("用电申请书", "application"), DocumentFact("营业执照", "application", received_on=D(2026, 11, 3)),
        DocumentFact("设计单位资质证书", "design"), DocumentFact("竣工图纸", "completion"),
        DocumentFact("授权委托书", "application", required=False))


def test_only_documents_of_a_stage_already_reached_are_owed() -> None:
    early = project(accepted=D(2026, 11, 20), docs=DOCS).snapshot
    assert [d.name for d in documents_owed(early)] == ["用电申请书"]
    answered = project(accepted=D(2026, 11, 2), docs=DOCS, nodes=(
        NodeDates("supply_plan", actual_start=D(2026, 11, 2), actual_end=D(2026, 11, 20)),)).snapshot
    assert [d.name for d in documents_owed(answered)] == ["用电申请书", "设计单位资质证书"]
    building = project(accepted=D(2026, 9, 1), docs=DOCS, nodes=(
        NodeDates("supply_plan", actual_start=D(2026, 9, 1), actual_end=D(2026, 9, 15)),
        NodeDates("design_review", actual_start=D(2026, 10, 1), actual_end=D(2026, 10, 9)),
        NodeDates("intermediate_inspection", actual_start=D(2026, 11, 2), actual_end=D(2026, 11, 5)))).snapshot
    assert [d.name for d in documents_owed(building)] == ["用电申请书", "设计单位资质证书", "竣工图纸"]


def test_owed_documents_are_a_reason_with_their_count() -> None:
    p = project(accepted=D(2026, 11, 20), docs=DOCS)
    (reason,) = reasons_for(p, WINDOW)
    assert (reason.kind, reason.count, reason.text()) == (ReasonKind.DOCUMENTS_OWED, 1, "客户尚欠 1 份资料")


# -- order ----------------------------------------------------------------------------------------------------------
def _mixed() -> list[ClockedProject]:
    return [
        project(1, accepted=D(2026, 11, 20), docs=DOCS),  # documents owed
        project(2, accepted=D(2026, 11, 2)),  # overdue by 3
        project(3, accepted=D(2026, 10, 28)),  # overdue by 6
        project(4, accepted=D(2026, 11, 20), plan=D(2026, 12, 8)),  # plan, later date
        project(5, accepted=D(2026, 11, 20), plan=D(2026, 12, 1)),  # plan, earlier date
        project(6, accepted=D(2026, 11, 19)),  # due soon
        project(7, accepted=D(2026, 11, 20), flags=("opinion_risk",)),
        project(8, accepted=D(2026, 11, 20)),  # nothing
        project(9, accepted=D(2026, 11, 20), flags=("green_channel",)),  # nothing either
        project(10, accepted=D(2026, 11, 19), app_no="A00000"),  # due soon, same date as 6, smaller number
    ]


def test_the_agenda_is_ordered_by_most_pressing_reason_then_urgency_then_number() -> None:
    agenda = assemble_agenda(_mixed(), WINDOW)
    assert [c.project_id for c in agenda] == [5, 4, 3, 2, 7, 10, 6, 1]
    assert [c.primary for c in agenda] == [ReasonKind.POWER_ON_PLAN] * 2 + [ReasonKind.OVERDUE] * 2 + [
        ReasonKind.OPINION_RISK, ReasonKind.DUE_SOON, ReasonKind.DUE_SOON, ReasonKind.DOCUMENTS_OWED]


def test_the_same_data_gives_the_same_agenda_in_any_input_order() -> None:
    projects = _mixed()
    expected = assemble_agenda(projects, WINDOW)
    rng = random.Random(7)
    for _ in range(20):
        rng.shuffle(projects)
        assert assemble_agenda(projects, WINDOW) == expected


def test_every_reason_is_listed_most_pressing_first_in_the_title() -> None:
    p = project(accepted=D(2026, 11, 2), plan=D(2026, 12, 3), flags=("stalled",), docs=DOCS)
    (c,) = assemble_agenda([p], WINDOW)
    assert [r.kind for r in c.reasons] == [ReasonKind.POWER_ON_PLAN, ReasonKind.OVERDUE, ReasonKind.AT_RISK,
                                           ReasonKind.STALLED, ReasonKind.DOCUMENTS_OWED]
    assert c.title() == ("验收送电计划 2026-12-03 待集体确认；供电方案答复超期 3 个工作日；"
                         "承诺总时限临期：剩 4 个工作日（2026-12-02 到期）；长期停滞；客户尚欠 1 份资料")
    assert c.title("en").startswith("Power-on plan 2026-12-03 to confirm; Supply plan reply overdue by 3")


def test_a_long_title_is_cut_to_the_column_width() -> None:
    p = project(accepted=D(2026, 11, 2), plan=D(2026, 12, 3), flags=("stalled", "blocked", "opinion_risk"),
                docs=DOCS)
    (c,) = assemble_agenda([p], WINDOW)
    assert len(c.title("en")) <= 200


# -- merging with the facilitator's edits -----------------------------------------------------------------------------
def test_merge_keeps_hand_order_appends_newcomers_and_drops_untouched_leavers() -> None:
    fresh = assemble_agenda(_mixed(), WINDOW)  # projects 5, 4, 3, 2, 7, 10, 6, 1
    existing = [
        ExistingItem(11, 2, 1, touched=False),  # moved to the top by hand
        ExistingItem(12, 5, 2, touched=False),
        ExistingItem(13, None, 3, touched=True),  # a free topic
        ExistingItem(14, 8, 4, touched=False),  # project 8 no longer qualifies, untouched → dropped
        ExistingItem(15, 9, 5, touched=True),  # project 9 no longer qualifies but has a decision → kept
    ]
    plan = merge_agenda(existing, fresh)
    assert [item_id for item_id, _ in plan.keep] == [11, 12, 13, 15]
    assert [c.project_id if c else None for _, c in plan.keep] == [2, 5, None, None]
    assert [c.project_id for c in plan.add] == [4, 3, 7, 10, 6, 1]
    assert plan.drop == (14,)


def test_merging_an_unchanged_agenda_changes_nothing() -> None:
    fresh = assemble_agenda(_mixed(), WINDOW)
    existing = [ExistingItem(100 + i, c.project_id, i, touched=False) for i, c in enumerate(fresh)]
    plan = merge_agenda(existing, fresh)
    assert plan.add == () and plan.drop == ()
    assert [c for _, c in plan.keep] == fresh
