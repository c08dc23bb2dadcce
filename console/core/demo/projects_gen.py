"""Connection projects at every stage: on time, at risk, overdue, paused, stalled and flagged."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import numpy as np

from console.core.demo.customers_gen import CustomerArrays
from console.core.demo.vocab import EV_MEASURES, STREETS
from console.core.lookup_codes import check_code_for_phone, check_code_hash

HV_NODES = [
    ("acceptance", 0), ("supply_plan", 15), ("design_review", 10), ("intermediate_inspection", 5),
    ("completion_inspection", 5), ("connection", 5),
]
HV_DUAL_NODES = [("acceptance", 0), ("supply_plan", 30)] + HV_NODES[2:]
LV_NODES = [("acceptance", 0), ("supply_plan", 2), ("connection", 4)]
RES_NODES = [("acceptance", 0), ("supply_plan", 1), ("connection", 4)]
NODES_BY_CLASS = {
    "hv-single": HV_NODES, "hv-dual": HV_DUAL_NODES, "lv-nonres": LV_NODES,
    "residential": RES_NODES, "ev-charging": LV_NODES,
}
# Customer-side gaps (calendar days) before these nodes: the customer's own design and construction.
CUSTOMER_GAP_BEFORE = {"design_review": (10, 40), "intermediate_inspection": (20, 60), "completion_inspection": (10, 40)}
CLASS_TITLES = {
    "hv-single": "新装（高压单电源）", "hv-dual": "新装（高压双电源）", "lv-nonres": "低压非居民新装",
    "residential": "居民新装", "ev-charging": "充电桩报装",
}
DOCS = {
    "application": ["用电申请书", "产权证明或租赁合同", "用电设备清单", "营业执照", "经办人身份证明", "用电地址平面图", "项目批复文件", "授权委托书"],
    "design": ["设计单位资质证书", "施工单位资质证书", "主要设备技术资料"],
    "completion": ["竣工图纸", "设计变更文件", "安装及试验记录", "继电保护整定报告", "安全工器具试验报告", "设备出厂合格证", "隐蔽工程记录", "运行管理制度", "值班人员名单及证书", "计量装置检测报告"],
}
NODE_PACE = [0.2, 0.3, 0.4, 0.4, 0.5, 0.5, 0.6, 0.7, 0.9, 1.4]
FLAGS = ["stalled", "opinion_risk", "blocked", "green_channel", "national_key"]


@dataclass
class ProjectTables:
    projects: list[tuple] = field(default_factory=list)
    nodes: list[tuple] = field(default_factory=list)
    pauses: list[tuple] = field(default_factory=list)
    flags: list[tuple] = field(default_factory=list)
    documents: list[tuple] = field(default_factory=list)
    supply_plans: list[tuple] = field(default_factory=list)
    energy_plans: list[tuple] = field(default_factory=list)
    publications: list[tuple] = field(default_factory=list)
    open_by_customer: dict[int, int] = field(default_factory=dict)


PROJECT_COLUMNS = (
    "id", "application_no", "check_code_hash", "customer_id", "team_id", "manager_id", "project_class", "title",
    "capacity_kva", "voltage_level", "accepted_on", "rules_table_id", "status", "powered_on_on",
    "power_on_plan_date", "power_on_plan_confirmed", "last_progress_on", "version", "created_at", "updated_at",
)
NODE_COLUMNS = ("id", "project_id", "node", "seq", "planned_start", "planned_end", "actual_start", "actual_end", "version")
PAUSE_COLUMNS = ("id", "project_id", "node", "start_on", "end_on", "reason", "note", "version")
FLAG_COLUMNS = ("id", "project_id", "flag", "set_on", "reason")
DOC_COLUMNS = ("id", "project_id", "stage", "name", "required", "received_on", "version")
SUPPLY_COLUMNS = ("id", "project_id", "voltage_level", "capacity_kva", "source_point", "route", "choice_basis", "answered_on", "valid_until", "version")
ENERGY_COLUMNS = ("id", "project_id", "measures", "estimated_saving_pct", "note", "version")
PUB_COLUMNS = ("id", "project_id", "kind", "published_on", "channel", "content")


def _workdays_after(start: date, n: int) -> date:
    return np.busday_offset(np.datetime64(start), n, roll="forward").astype(date)  # type: ignore[no-any-return]


def generate(live: int, done: int, seed: int, today: date, customers: CustomerArrays, rules_table_id: int) -> ProjectTables:
    rng = np.random.default_rng(seed + 1)
    t = ProjectTables()
    seg = customers.segment
    pools = {0: np.flatnonzero(seg == 0), 1: np.flatnonzero(seg == 1), 2: np.flatnonzero(seg == 2)}
    classes = ["hv-single", "hv-dual", "lv-nonres", "residential", "ev-charging"]
    class_seg = {"hv-single": 1, "hv-dual": 1, "lv-nonres": 0, "residential": 0, "ev-charging": 2}
    stamp = datetime(today.year, today.month, today.day, 8, 0, tzinfo=timezone.utc)
    ids = {"node": 0, "pause": 0, "flag": 0, "doc": 0, "supply": 0, "energy": 0, "pub": 0}

    def nid(kind: str) -> int:
        ids[kind] += 1
        return ids[kind]

    total = live + done
    for pid in range(1, total + 1):
        is_live = pid <= live
        cls = classes[int(rng.choice(5, p=[0.32, 0.08, 0.25, 0.20, 0.15]))]
        pool = pools[class_seg[cls]]
        if len(pool) == 0:
            pool = pools[0]
        ci = int(pool[int(rng.integers(0, len(pool)))])
        cust_id = int(customers.ids[ci])
        nodes = NODES_BY_CLASS[cls]
        hv = cls.startswith("hv")
        span_days = 220 if hv else 9  # low-voltage work takes days, not weeks
        accepted = today - timedelta(days=int(rng.integers(3, span_days)) if is_live else int(rng.integers(span_days, span_days + 400)))
        accepted = _workdays_after(accepted, 0)
        app_no = f"{accepted:%Y%m}{pid:06d}"
        code_hash = check_code_hash(app_no, check_code_for_phone(customers.phone[ci]))
        # Walk the nodes: planned baseline at the limits, actuals with realistic delays until today.
        planned_cursor = accepted
        actual_cursor: date | None = accepted
        last_progress = accepted
        current_seq = len(nodes)
        for seq, (node, limit) in enumerate(nodes):
            gap = CUSTOMER_GAP_BEFORE.get(node)
            gap_days = int(rng.integers(*gap)) if gap else 0
            p_start = planned_cursor + timedelta(days=gap_days)
            p_end = _workdays_after(p_start, limit) if limit else p_start
            a_start = a_end = None
            if actual_cursor is not None:
                a_start = actual_cursor + timedelta(days=int(gap_days * rng.uniform(0.8, 1.6)))
                if a_start > today:
                    a_start = None
                    actual_cursor = None
                else:
                    if gap_days:
                        t.pauses.append((nid("pause"), pid, node, actual_cursor, a_start, "customer_works", "客户自行设计/施工", 1))
                    # Most nodes finish well inside their limit (the committed total is tighter than the sum of
                    # the node limits); a few run late, so every clock state appears.
                    factor = rng.choice(NODE_PACE) if limit else 0
                    a_end = _workdays_after(a_start, int(round(limit * factor))) if limit else a_start
                    if a_end > today or (is_live and seq == len(nodes) - 1):
                        a_end = None
                        actual_cursor = None
                        current_seq = min(current_seq, seq)
                    else:
                        actual_cursor = a_end
                        last_progress = a_end
            if a_start is None:
                current_seq = min(current_seq, seq)
            t.nodes.append((nid("node"), pid, node, seq, p_start, p_end, a_start, a_end, 1))
            planned_cursor = p_end
        status = "in_progress" if is_live else "powered_on"
        powered_on = None if is_live else last_progress
        near_power_on = is_live and current_seq >= len(nodes) - 2
        plan_date = today + timedelta(days=int(rng.integers(2, 21))) if near_power_on else None
        if is_live and rng.random() < 0.18:
            start = today - timedelta(days=int(rng.integers(2, 25)))
            end = None if rng.random() < 0.5 else today - timedelta(days=1)
            reason = str(rng.choice(["documents", "payment"]))
            t.pauses.append((nid("pause"), pid, nodes[min(current_seq, len(nodes) - 1)][0], start, end, reason, "等待客户补充资料" if reason == "documents" else "等待客户缴费", 1))
        stalled = is_live and (today - last_progress).days > 45
        if is_live:
            if stalled or rng.random() < 0.03:
                t.flags.append((nid("flag"), pid, "stalled", today - timedelta(days=int(rng.integers(1, 30))), "超过45天无进展"))
            for flag, p, reason in (("opinion_risk", 0.02, "客户多次来电催办"), ("blocked", 0.04, "外线工程需规划、交通部门审批"), ("green_channel", 0.05 if hv else 0.0, "重点招商项目"), ("national_key", 0.02 if hv else 0.0, "省重点建设项目")):
                if rng.random() < p:
                    t.flags.append((nid("flag"), pid, flag, accepted + timedelta(days=int(rng.integers(0, 10))), reason))
            t.open_by_customer[cust_id] = t.open_by_customer.get(cust_id, 0) + 1
        cap = float(customers.capacity[ci])
        voltage = "交流10kV" if hv else ("交流380V" if cls != "residential" else "交流220V")
        title = customers.name[ci] + CLASS_TITLES[cls]
        t.projects.append((
            pid, app_no, code_hash, cust_id, int(customers.team_id[ci]), int(customers.manager_id[ci]), cls, title[:200],
            cap, voltage, accepted, rules_table_id, status, powered_on, plan_date, False, last_progress, 1, stamp, stamp,
        ))
        stages = ["application"] + (["design", "completion"] if hv else [])
        for stage in stages:
            for name in DOCS[stage] if hv else DOCS[stage][:4]:
                got = rng.random() < (0.9 if stage == "application" or not is_live else 0.55)
                t.documents.append((nid("doc"), pid, stage, name, True, accepted + timedelta(days=int(rng.integers(0, 30))) if got else None, 1))
        if hv and current_seq > 1:
            answered = accepted + timedelta(days=int(rng.integers(5, 25)))
            t.supply_plans.append((nid("supply"), pid, voltage, cap, f"110kV {STREETS[pid % len(STREETS)][:-1]}变 10kV {pid % 40 + 1}号线", "电缆专线接入，新建环网柜一座", "就近电源点、容量满足、投资最省", answered, answered + timedelta(days=365), 1))
            t.publications.append((nid("pub"), pid, "plan_choice", answered, "网上国网", "供电方案确定依据已告知客户"))
            t.publications.append((nid("pub"), pid, "progress", answered, "短信", "各环节办理时限已告知客户"))
            if rng.random() < 0.5:
                measures = [str(m) for m in rng.choice(EV_MEASURES, size=int(rng.integers(1, 4)), replace=False)]
                t.energy_plans.append((nid("energy"), pid, json.dumps(measures, ensure_ascii=False), float(round(rng.uniform(5, 25), 1)), "综合能源方案与供电方案同步答复", 1))
        if plan_date is not None:
            t.publications.append((nid("pub"), pid, "power_on_plan", today - timedelta(days=1), "客户经理", "验收送电计划及尚需资料已告知客户"))
    return t


def rows(items: list[tuple]) -> Iterator[tuple]:
    yield from items
