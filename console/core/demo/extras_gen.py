"""Contacts, visit log, intentions, reserve pool, complaints and charging facilities for demo customers."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import numpy as np

from console.core.demo.customers_gen import CustomerArrays
from console.core.demo.vocab import GIVEN_CHARS, SURNAMES

VISIT_SUMMARIES = [
    "走访了解今年扩产计划，预计新增负荷 500kW", "电话回访电费账单疑问，已解释峰谷分时电价",
    "现场检查配电房运行情况，提醒夏季用电高峰安全事项", "宣传需求响应政策，客户有参与意向",
    "了解屋顶光伏建设意向，约定下周现场勘查", "协助办理增容申请资料准备", "春节前保供电走访",
]
INTENTION_TEXT = {
    "substitution": "食堂燃气灶改全电厨房", "integrated": "能效诊断与综合能源托管",
    "adjustable_load": "空调负荷参与需求响应", "distributed_gen": "厂房屋顶分布式光伏",
}
CONTACT_TITLES = ["电气负责人", "行政经理", "总经理", "设备主管", "物业经理"]


@dataclass
class ExtraTables:
    contacts: list[tuple] = field(default_factory=list)
    visits: list[tuple] = field(default_factory=list)
    intentions: list[tuple] = field(default_factory=list)
    reserve: list[tuple] = field(default_factory=list)
    complaints: list[tuple] = field(default_factory=list)
    charging: list[tuple] = field(default_factory=list)
    last_contact: dict[int, date] = field(default_factory=dict)
    open_complaints: dict[int, int] = field(default_factory=dict)


CONTACT_COLUMNS = ("id", "customer_id", "name", "title", "phone", "id_number", "is_primary", "version")
VISIT_COLUMNS = ("id", "customer_id", "staff_id", "kind", "happened_on", "summary", "next_action", "version", "created_at", "updated_at")
INTENTION_COLUMNS = ("id", "customer_id", "visit_id", "kind", "description", "estimated_kw", "found_on", "status", "version", "created_at", "updated_at")
RESERVE_COLUMNS = ("id", "intention_id", "customer_id", "team_id", "title", "kind", "estimated_kw", "project_id", "version", "created_at", "updated_at")
COMPLAINT_COLUMNS = ("id", "customer_id", "received_on", "channel", "summary", "closed_on", "version", "created_at", "updated_at")
CHARGING_COLUMNS = ("id", "customer_id", "kind", "chargers", "total_kw", "operator", "version")


def generate(seed: int, today: date, c: CustomerArrays) -> ExtraTables:
    rng = np.random.default_rng(seed + 2)
    t = ExtraTables()
    stamp = datetime(today.year, today.month, today.day, 8, 0, tzinfo=timezone.utc)
    key = np.flatnonzero(c.segment == 1)
    ev = np.flatnonzero(c.segment == 2)
    visit_id = intention_id = 0
    kinds = list(INTENTION_TEXT)
    for i in key:
        cid = int(c.ids[i])
        for k in range(int(rng.integers(1, 3))):
            name = SURNAMES[int(rng.integers(len(SURNAMES)))] + GIVEN_CHARS[int(rng.integers(len(GIVEN_CHARS)))] * 1
            phone = f"139{int(rng.integers(0, 10**8)):08d}"
            t.contacts.append((len(t.contacts) + 1, cid, name + GIVEN_CHARS[int(rng.integers(len(GIVEN_CHARS)))], CONTACT_TITLES[k % 5], phone, "", k == 0, 1))
        # Most key accounts were contacted recently; some are overdue for contact (the reminder list).
        last = None
        for _ in range(int(rng.integers(1, 5))):
            visit_id += 1
            on = today - timedelta(days=int(rng.choice([rng.integers(1, 25), rng.integers(25, 120)], p=None)))
            last = on if last is None or on > last else last
            kind = "visit" if rng.random() < 0.5 else "call"
            t.visits.append((visit_id, cid, int(c.manager_id[i]), kind, on, VISIT_SUMMARIES[int(rng.integers(len(VISIT_SUMMARIES)))], "", 1, stamp, stamp))
        if last:
            t.last_contact[cid] = last
        if rng.random() < 0.3:
            intention_id += 1
            kind = kinds[int(rng.integers(4))]
            kw = float(rng.integers(50, 2000))
            in_reserve = rng.random() < 0.4
            t.intentions.append((intention_id, cid, visit_id, kind, INTENTION_TEXT[kind], kw, today - timedelta(days=int(rng.integers(1, 90))), "in_reserve" if in_reserve else "new", 1, stamp, stamp))
            if in_reserve:
                t.reserve.append((len(t.reserve) + 1, intention_id, cid, int(c.team_id[i]), c.name[i] + INTENTION_TEXT[kind], kind, kw, None, 1, stamp, stamp))
    for i in ev:
        cid = int(c.ids[i])
        home = "家用充电桩" in c.name[i]
        chargers = 1 if home else int(rng.integers(4, 40))
        t.charging.append((len(t.charging) + 1, cid, "home" if home else "public", chargers, float(c.capacity[i]), "" if home else "星星充电", 1))
    n_complaints = max(5, len(c.ids) // 150)
    for k in range(n_complaints):
        i = int(rng.integers(len(c.ids)))
        cid = int(c.ids[i])
        received = today - timedelta(days=int(rng.integers(1, 200)))
        closed = None if rng.random() < 0.25 else received + timedelta(days=int(rng.integers(1, 10)))
        if closed is None:
            t.open_complaints[cid] = t.open_complaints.get(cid, 0) + 1
        text = ["电费异常偏高", "停电未提前通知", "报装进度慢", "表计计量异议", "服务态度"][k % 5]
        t.complaints.append((k + 1, cid, received, "95598", text, closed, 1, stamp, stamp))
    return t


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
