"""Time-limit tables: defaults from the domain brief, labels, step mapping, versioning and validation."""
from __future__ import annotations

import datetime as dt

import pytest

from console.core.rules.time_limits import (
    DEFAULT_TABLES,
    NODE_ORDER,
    STEP_OF_NODE,
    ClassLimits,
    CustomerStep,
    NoTableInForce,
    Node,
    ProjectClass,
    TimeLimitTable,
    TimeLimitTableError,
    nodes_of_step,
    table_in_force,
    table_problems,
    validate_table,
    validate_tables,
)

D = dt.date
HV = (Node.SUPPLY_PLAN, Node.DESIGN_REVIEW, Node.INTERMEDIATE_INSPECTION, Node.COMPLETION_INSPECTION, Node.CONNECTION)


def _default() -> TimeLimitTable:
    (table,) = DEFAULT_TABLES
    return table


def test_defaults_match_the_published_commitments() -> None:
    t = _default()
    single = t.limits[ProjectClass.HV_SINGLE]
    assert single.node_limits == tuple(zip(HV, (15, 10, 5, 5, 5)))
    assert single.committed_total_days == 22
    dual = t.limits[ProjectClass.HV_DUAL]
    assert dual.node_limits == tuple(zip(HV, (30, 10, 5, 5, 5)))
    assert dual.committed_total_days == 32
    assert t.limits[ProjectClass.LV_NONRES] == ClassLimits((), 6)
    assert t.limits[ProjectClass.RESIDENTIAL] == ClassLimits((), 5)
    ev = t.limits[ProjectClass.EV_CHARGING]
    assert ev.node_limits == ((Node.SUPPLY_PLAN, 5), (Node.CONNECTION, 5)) and ev.committed_total_days == 10
    validate_tables(DEFAULT_TABLES)


def test_slugs_and_labels() -> None:
    assert [c.value for c in ProjectClass] == ["hv-single", "hv-dual", "lv-nonres", "residential", "ev-charging"]
    assert ProjectClass("hv-dual").label() == "高压双电源"
    assert ProjectClass.HV_DUAL.label("en") == "High voltage, dual source"
    assert Node.DESIGN_REVIEW.label() == "设计审查" and Node.CONNECTION.label("en").startswith("Meter")
    assert [n.value for n in NODE_ORDER] == [
        "supply_plan", "design_review", "intermediate_inspection", "completion_inspection", "connection"]
    assert ProjectClass.HV_SINGLE.high_voltage and not ProjectClass.EV_CHARGING.high_voltage
    with pytest.raises(ValueError, match="language"):
        Node.SUPPLY_PLAN.label("fr")
    for member in (*ProjectClass, *Node, *CustomerStep):
        assert member.label("zh") and member.label("en")


def test_customer_steps_map_onto_nodes() -> None:
    assert [s.label() for s in CustomerStep] == ["申请受理", "供电方案答复", "工程实施", "装表接电"]
    assert nodes_of_step(CustomerStep.ACCEPTED) == ()
    assert nodes_of_step(CustomerStep.SUPPLY_PLAN) == (Node.SUPPLY_PLAN,)
    assert nodes_of_step(CustomerStep.WORKS) == (
        Node.DESIGN_REVIEW, Node.INTERMEDIATE_INSPECTION, Node.COMPLETION_INSPECTION)
    assert nodes_of_step(CustomerStep.CONNECTION) == (Node.CONNECTION,)
    assert set(STEP_OF_NODE) == set(Node)


def _table(effective: dt.date, hv_single_plan: int) -> TimeLimitTable:
    limits = dict(_default().limits)
    limits[ProjectClass.HV_SINGLE] = ClassLimits(tuple(zip(HV, (hv_single_plan, 10, 5, 5, 5))), 22)
    return TimeLimitTable(effective, limits)


def test_table_in_force_is_the_latest_version_on_or_before_acceptance() -> None:
    v2025 = _table(D(2025, 1, 1), 15)
    v2026 = _table(D(2026, 3, 1), 12)
    tables = [v2026, v2025]  # order of storage must not matter
    assert table_in_force(tables, D(2026, 2, 28)) is v2025
    assert table_in_force(tables, D(2026, 3, 1)) is v2026  # effective on its own date
    assert table_in_force(tables, D(2027, 6, 1)) is v2026
    with pytest.raises(NoTableInForce, match="2024-12-31"):
        table_in_force(tables, D(2024, 12, 31))
    assert table_in_force(DEFAULT_TABLES, D(2026, 2, 2)) is DEFAULT_TABLES[0]


def test_slugs_from_an_editor_are_accepted() -> None:
    t = TimeLimitTable(D(2026, 1, 1), {
        "hv-single": ClassLimits([("supply_plan", 15), ("connection", 5)], 22),
        **{c: ClassLimits((), 5) for c in ProjectClass if c is not ProjectClass.HV_SINGLE},
    })
    assert t.limits[ProjectClass.HV_SINGLE].nodes == (Node.SUPPLY_PLAN, Node.CONNECTION)
    assert t.limits[ProjectClass.HV_SINGLE].limit_of(Node.CONNECTION) == 5
    assert t.limits[ProjectClass.HV_SINGLE].limit_of(Node.DESIGN_REVIEW) is None
    validate_table(t)  # a subset of nodes in the right order is allowed


def _with_hv_single(limits: ClassLimits) -> TimeLimitTable:
    all_limits = dict(_default().limits)
    all_limits[ProjectClass.HV_SINGLE] = limits
    return TimeLimitTable(D(2026, 1, 1), all_limits)


@pytest.mark.parametrize(
    ("limits", "en_fragment", "zh_fragment"),
    [
        (ClassLimits(((Node.SUPPLY_PLAN, 0),), 22), "greater than 0", "必须大于 0"),
        (ClassLimits(((Node.SUPPLY_PLAN, -3),), 22), "greater than 0", "必须大于 0"),
        (ClassLimits(((Node.SUPPLY_PLAN, 2.5),), 22), "whole number", "整数"),
        (ClassLimits(((Node.SUPPLY_PLAN, True),), 22), "whole number", "整数"),
        (ClassLimits(((Node.SUPPLY_PLAN, 15),), 0), "committed total must be greater than 0", "承诺总时限"),
        (ClassLimits(((Node.SUPPLY_PLAN, 150_0),), 22), "typing slip", "输入有误"),
        (ClassLimits(((Node.DESIGN_REVIEW, 10), (Node.SUPPLY_PLAN, 15)), 22), "out of order", "顺序不对"),
        (ClassLimits(((Node.SUPPLY_PLAN, 15), (Node.SUPPLY_PLAN, 3)), 22), "appears twice", "重复"),
        (ClassLimits((("site_visit", 3),), 22), "unknown node 'site_visit'", "未知节点"),
    ],
)
def test_validation_names_the_problem(limits: ClassLimits, en_fragment: str, zh_fragment: str) -> None:
    with pytest.raises(TimeLimitTableError) as info:
        validate_table(_with_hv_single(limits))
    assert en_fragment in str(info.value)
    assert any(zh_fragment in p.zh for p in info.value.problems)
    assert all("High voltage, single source" in p.en for p in info.value.problems)


def test_validation_reports_every_problem_at_once() -> None:
    t = TimeLimitTable(D(2026, 1, 1), {
        ProjectClass.HV_SINGLE: ClassLimits(((Node.SUPPLY_PLAN, 0),), -1),
        "hv-triple": ClassLimits((), 5),
    })
    problems = table_problems(t)
    texts = [p.en for p in problems]
    assert any("unknown project class 'hv-triple'" in s for s in texts)
    assert sum("missing" in s for s in texts) == 4  # the four other classes
    assert sum("greater than 0" in s for s in texts) == 2
    assert problems[0].text("zh") == problems[0].zh


def test_versions_must_not_share_an_effective_date() -> None:
    with pytest.raises(TimeLimitTableError, match="two versions take effect on 2026-03-01"):
        validate_tables([_table(D(2026, 3, 1), 15), _table(D(2026, 3, 1), 12)])
    with pytest.raises(TimeLimitTableError, match="effective date must be a date"):
        validate_table(TimeLimitTable(dt.datetime(2026, 3, 1, 8, 0), dict(_default().limits)))
