"""Realistic made-up connection projects for screenshots, tests and the benchmark (deterministic per seed).

Stages follow the high-voltage chain of a business-expansion project; durations are the published node limits
in working days, stretched to calendar days; weekends are the only non-working days here.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from widgets.gantt.data import DeadlineMarker, Flag, GanttColumn, PausedSpan, ProjectRow, StageBar, Status

# (key, label, working-day limit, customer time before the stage in calendar days (min, max))
_STAGES = (
    ("accept", "申请受理", 1, (0, 0)),
    ("plan", "供电方案答复", 15, (0, 2)),
    ("design", "设计审查", 10, (5, 20)),
    ("midcheck", "中间检查", 5, (15, 45)),
    ("completion", "竣工检验", 5, (10, 40)),
    ("connect", "装表接电", 5, (2, 10)),
)
_CITIES = ("杭州", "宁波", "温州", "绍兴", "嘉兴", "湖州", "金华", "台州", "衢州", "丽水")
_WORDS = ("恒远", "华达", "聚能", "新程", "瑞丰", "东方", "海川", "永盛", "天成", "嘉禾", "博远", "金桥", "鸿基", "中和")
_TRADES = (
    ("新材料有限公司", "集团要客"),
    ("精密机械有限公司", "集团要客"),
    ("食品有限公司", "普通客户"),
    ("物流园", "普通客户"),
    ("人民医院", "集团要客"),
    ("数据中心", "集团要客"),
    ("充电站运营有限公司", "充电设施专项客户"),
    ("公交充电站", "充电设施专项客户"),
    ("商业综合体", "普通客户"),
    ("实验学校", "普通客户"),
)
_KINDS = (("新装", 0.55), ("增容", 0.3), ("临时用电", 0.15))
_MANAGERS = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "周杰")
_PAUSE_REASONS = ("等待客户补充资料", "客户自建工程未完成", "等待客户缴费", "客户要求延期")

DEMO_COLUMNS = (
    GanttColumn("label", "项目", 230),
    GanttColumn("flags", "标记", 64),
    GanttColumn("manager", "客户经理", 64),
    GanttColumn("clock", "时限（工作日）", 96),
)
DEMO_GROUPS = (("manager", "客户经理"), ("segment", "客户分级"), ("stage", "当前环节"))


def add_working_days(start: date, n: int) -> date:
    """The ``n``-th working day counting ``start`` (or the next working day) as the first (weekends skipped)."""
    d = start + timedelta(days=(7 - start.weekday()) % 7 if start.weekday() >= 5 else 0)
    weeks, rest = divmod(n - 1, 5)
    d += timedelta(days=7 * weeks)
    while rest:
        d += timedelta(days=1)
        if d.weekday() < 5:
            rest -= 1
    return d


def working_days(start: date, end: date) -> int:
    """Working days in ``[start, end]``."""
    if end < start:
        return 0
    weeks, rest = divmod((end - start).days + 1, 7)
    wd = start.weekday()
    return 5 * weeks + sum(1 for i in range(rest) if (wd + i) % 7 < 5)


def _status(planned_end: date, actual_end: date | None, today: date) -> Status:
    if actual_end is not None:
        return Status.OVERDUE if actual_end > planned_end else Status.DONE
    if today > planned_end:
        return Status.OVERDUE
    if (planned_end - today).days <= 3:
        return Status.AT_RISK
    return Status.ON_TIME


@dataclass
class _Clock:
    used: int = 0
    limit: int = 0


def _project(rng: random.Random, pid: int, today: date) -> ProjectRow:
    word, city = rng.choice(_WORDS), rng.choice(_CITIES)
    trade, segment = rng.choice(_TRADES)
    kind = rng.choices([k for k, _ in _KINDS], weights=[w for _, w in _KINDS])[0]
    capacity = rng.choice((250, 400, 630, 800, 1250, 2000, 3150))
    manager = rng.choice(_MANAGERS)
    day = today - timedelta(days=rng.randint(3, 170))
    stages: list[StageBar] = []
    deadlines: list[DeadlineMarker] = []
    paused: list[PausedSpan] = []
    clock = _Clock()
    current = ""
    for key, label, limit, (gap_lo, gap_hi) in _STAGES:
        planned_start = day + timedelta(days=rng.randint(gap_lo, gap_hi))
        planned_end = add_working_days(planned_start, limit)
        actual_start = planned_start + timedelta(days=rng.choice((0, 0, 0, 1, 2))) if planned_start <= today else None
        actual_end = None
        if actual_start is not None and actual_start > today:
            actual_start = None
        if actual_start is not None:
            late = rng.randint(1, 6) if rng.random() < 0.18 else 0
            finish = add_working_days(actual_start, max(1, limit - rng.randint(0, limit // 2) + late))
            if rng.random() < 0.15 and limit > 1:
                pause_start = actual_start + timedelta(days=rng.randint(1, 3))
                pause_len = rng.choice((3, 5, 8, 12, 40))
                pause_end = pause_start + timedelta(days=pause_len - 1)
                paused.append(PausedSpan(pause_start, pause_end if pause_end < today else None, rng.choice(_PAUSE_REASONS)))
                finish += timedelta(days=pause_len)
            actual_end = finish if finish < today else None
            clock.used += working_days(actual_start, min(finish, today))
        if not current and actual_end is None:
            current = label
        clock.limit += limit
        status = _status(planned_end, actual_end, today)
        stages.append(StageBar(key, label, planned_start, planned_end, actual_start, actual_end, status))
        if key != "accept":
            deadlines.append(DeadlineMarker(planned_end, f"{label}时限", status))
        day = planned_end + timedelta(days=1)
        if actual_end is not None:
            day = max(day, actual_end + timedelta(days=1))
    open_statuses = {s.status for s in stages if s.actual_end is None}
    status = next((s for s in (Status.OVERDUE, Status.AT_RISK, Status.ON_TIME) if s in open_statuses), Status.DONE)
    odds = ((Flag.OPINION_RISK, 0.05), (Flag.BLOCKED, 0.08), (Flag.GREEN_CHANNEL, 0.1), (Flag.NATIONAL_KEY, 0.04))
    flags = {f for f, p in odds if rng.random() < p}
    if any(p.end is None and (today - p.start).days > 30 for p in paused):
        flags.add(Flag.STALLED)
    return ProjectRow(
        id=pid,
        label=f"{city}{word}{trade} {kind}{capacity}kVA",
        status=status,
        groups={"manager": manager, "segment": segment, "stage": current or "已送电"},
        columns={
            "account": f"33{rng.randint(10**7, 10**8 - 1)}",
            "manager": manager,
            "segment": segment,
            "capacity": f"{capacity} kVA",
            "clock": f"{clock.used}/{clock.limit}",
        },
        flags=frozenset(flags),
        stages=tuple(stages),
        deadlines=tuple(deadlines),
        paused=tuple(paused),
    )


def demo_rows(n: int, today: date, seed: int = 7) -> list[ProjectRow]:
    rng = random.Random(seed)
    return [_project(rng, 1000 + i, today) for i in range(n)]
