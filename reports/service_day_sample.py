"""Deterministic, realistic sample packs: for previews, the benchmark and the tests.

The data look like a real week of a full-service team (masked names, plausible nodes and documents), so layout
problems show up on sample pages exactly as they would on a printed pack. Working days here skip weekends only;
the real rule engine with the statutory calendar lives in ``console/core``.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from reports.service_day_data import (
    CUSTOMER_STEPS,
    AgendaEntry,
    AttendeeRow,
    ClockStatus,
    CustomerStep,
    EnergyPlanSummary,
    InternalNode,
    MissingDocument,
    PausedSpan,
    PowerOnPlanRow,
    ProjectFlag,
    ProjectSheet,
    ServiceDayPack,
    SupplyPlanSummary,
)

_COMPANIES = [
    "华东精密机械制造有限公司", "滨江新区第三实验学校", "城南新能源汽车公共充电站", "金桥冷链物流园（二期）",
    "恒瑞生物医药科技股份有限公司高新区生产基地", "东湖花园小区物业服务中心", "宏达建材有限公司",
    "市第一人民医院门诊综合楼", "绿源数据中心（一期）", "新港国际会展中心", "晨光食品加工厂",
    "永盛纺织印染有限公司", "星河湾商业综合体", "鑫源铸造有限责任公司", "滨湖污水处理厂提标改造工程",
    "云谷智能装备产业园A区标准厂房", "天和光伏农业大棚", "城北公交枢纽充电场站", "安居保障房小区（南区）",
    "瑞丰农产品批发市场",
]
_PERSONS = ["王**", "李**", "张*", "刘**", "陈*", "杨**"]
_MANAGERS = ["周晓明", "吴婷", "郑海涛", "孙丽华", "钱建国", "欧阳志远"]
_SUBSTATIONS = ["110kV 城东变", "110kV 滨江变", "220kV 高新变", "110kV 金桥变", "35kV 北郊变"]
_MEASURES = [
    "屋顶分布式光伏 800 kWp，自发自用余电上网", "空压机系统节能改造", "电锅炉蓄热替代燃煤锅炉",
    "公共充电桩 20 台（直流 120 kW）", "全电厨房改造", "储能 500 kW/1 MWh 削峰填谷", "可调节负荷接入负荷聚合平台",
    "LED 照明及智能照明控制", "冷库变频改造",
]
_DOCS = {
    "申请受理": ["用电申请书", "房屋产权证明或租赁合同", "营业执照", "项目批复（核准）文件", "用电设备清单", "授权委托书"],
    "设计施工前": ["设计单位资质证明", "施工单位资质证明", "主要电气设备技术资料"],
    "竣工验收": ["竣工图纸", "电气试验报告", "继电保护定值报告", "安全工器具试验报告", "隐蔽工程记录",
               "运行管理制度及值班人员名单", "计量装置检定报告"],
}
_REASONS = [
    "验收送电计划待集体确认", "设计审查临期，需运检部会签", "客户资料长期未补齐", "外线工程受市政审批阻滞",
    "客户投诉风险，需当面答复", "绿色通道项目，跟踪节点", "中间检查发现缺陷，明确整改时限", "停电计划涉及重要客户，需提前公告",
]
_HV_NODES = [("供电方案答复", 15), ("设计审查", 10), ("中间检查", 5), ("竣工检验", 5), ("装表接电", 5)]


def add_working_days(start: date, days: int) -> date:
    d = start
    while days > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            days -= 1
    return d


def working_days_between(a: date, b: date) -> int:
    sign = 1 if b >= a else -1
    lo, hi = (a, b) if b >= a else (b, a)
    n = sum(1 for k in range(1, (hi - lo).days + 1) if (lo + timedelta(days=k)).weekday() < 5)
    return sign * n


def _node_status(due: date, finished: date | None, today: date) -> tuple[ClockStatus, int | None]:
    if finished:
        return (ClockStatus.DONE if finished <= due else ClockStatus.DONE_LATE), None
    left = working_days_between(today, due)
    if left < 0:
        return ClockStatus.OVERDUE, left
    return (ClockStatus.AT_RISK if left <= 2 else ClockStatus.ON_TIME), left


def sample_project(rng: random.Random, k: int, today: date) -> ProjectSheet:
    hv = rng.random() < 0.75
    dual = hv and rng.random() < 0.25
    class_label = ("高压双电源" if dual else "高压单电源") if hv else rng.choice(["低压非居民", "居民"])
    person = class_label == "居民"
    customer = rng.choice(_PERSONS) if person else rng.choice(_COMPANIES)
    accepted = today - timedelta(days=rng.randint(20, 120) if hv else rng.randint(3, 12))
    nodes: list[InternalNode] = []
    paused: list[PausedSpan] = []
    done = [accepted]  # completion dates of the customer-facing steps, in order
    cursor = accepted
    if hv:
        for name, limit in _HV_NODES:
            limit = 30 if (dual and name == "供电方案答复") else limit
            due = add_working_days(cursor, limit)
            finish = add_working_days(cursor, rng.randint(max(1, limit - 6), limit + 4))
            if finish >= today or name == "装表接电":  # a powered-on project is no longer on the agenda
                status, left = _node_status(due, None, today)
                nodes.append(InternalNode(name, status, cursor, due, None, limit, left))
                break
            status, left = _node_status(due, finish, today)
            nodes.append(InternalNode(name, status, cursor, due, finish, limit, left))
            if name in ("供电方案答复", "竣工检验"):  # plan answered; works accepted
                done.append(finish)
            # The gap before the next node is the customer's own work (design, construction), off the clock.
            cursor = finish + timedelta(days=rng.randint(3, 12))
        running = nodes[-1]
        if rng.random() < 0.4 and running.started_on and (today - running.started_on).days > 6:
            p0 = running.started_on + timedelta(days=2)
            p1 = min(today - timedelta(days=1), p0 + timedelta(days=rng.randint(3, 9)))
            paused.append(PausedSpan(p0, p1, rng.choice(["等待客户补充资料", "客户内部工程施工", "等待客户缴费"])))
    else:
        done += [accepted + timedelta(days=2 * i) for i in range(1, rng.randint(0, 2) + 1)]
    current = len(done)
    steps = tuple(CustomerStep(label, done[i] if i < len(done) else None)
                  for i, label in enumerate(CUSTOMER_STEPS))
    flags = tuple(f for f in ProjectFlag if rng.random() < 0.12)
    finished = sum(1 for n in nodes if n.finished_on)
    stage = "申请受理" if person or not finished else ("设计施工前" if finished < 3 else "竣工验收")
    missing = tuple(MissingDocument(doc, stage, today + timedelta(days=rng.randint(3, 14)),
                                    rng.choice(["", "", "原件核验", "需加盖公章"]))
                    for doc in rng.sample(_DOCS[stage], rng.randint(0, min(4, len(_DOCS[stage])))))
    capacity = float(rng.choice([160, 315, 630, 800, 1250, 2000, 2500, 5000] if hv else [8, 16, 50, 100]))
    voltage = ("10kV" if capacity < 5000 else "35kV") if hv else ("220V" if person else "380V")
    sub = rng.choice(_SUBSTATIONS)
    supply = SupplyPlanSummary(
        voltage=voltage, capacity_kva=capacity,
        source_point=f"{sub} {rng.choice(['东', '西', '南', '北'])}{rng.randint(11, 39)}线 #{rng.randint(3, 60)}杆" if hv
        else f"{rng.choice(['兴业', '安康', '和平'])}路 {rng.randint(1, 9)}号台区",
        route="电缆排管敷设至客户配电室，沿途穿越市政道路两处" if hv else "低压电缆接入客户计量箱",
        supply_mode="双电源" if dual else "单电源",
    )
    energy = EnergyPlanSummary(tuple(rng.sample(_MEASURES, rng.randint(1, 3))),
                               f"预计年节约电费约 {rng.randint(5, 80)} 万元") if not person else None
    total_limit = {"高压单电源": 22, "高压双电源": 32, "低压非居民": 6, "居民": 5}[class_label]
    used = working_days_between(accepted, today) // (3 if hv else 6)
    total_status = ClockStatus.OVERDUE if used > total_limit or any(
        n.status is ClockStatus.OVERDUE for n in nodes) else (
        ClockStatus.AT_RISK if used > total_limit - 3 else ClockStatus.ON_TIME)
    reasons = tuple(rng.sample(_REASONS, rng.randint(1, 2)))
    return ProjectSheet(
        application_no=f"{'GY' if hv else 'DY'}-{today.year}-{k:06d}",
        customer_name=customer, class_label=class_label, customer_manager=rng.choice(_MANAGERS),
        steps=steps, current_step=current, nodes=tuple(nodes), paused=tuple(paused),
        supply_plan=supply, energy_plan=energy, missing_documents=missing, flags=flags,
        agenda_reasons=reasons,
        address=f"{rng.choice(['高新区', '滨江区', '城南区'])}{rng.choice(['科技', '创业', '滨河', '湖光'])}路 {rng.randint(1, 999)} 号",
        total_limit_working_days=total_limit, total_used_working_days=used, total_status=total_status,
    )


def sample_pack(n_projects: int, seed: int = 48, meeting_date: date = date(2026, 11, 26),
                team_name: str = "城东全能型客户服务一班") -> ServiceDayPack:
    rng = random.Random(seed)
    projects = [sample_project(rng, 1200 + k, meeting_date) for k in range(n_projects)]
    agenda: list[AgendaEntry] = []
    clock = datetime.combine(meeting_date, time(9, 0))
    if projects:
        agenda.append(AgendaEntry(1, "上周会议决议落实情况通报", "周晓明", 10, clock.time()))
        clock += timedelta(minutes=10)
    for p in projects:
        agenda.append(AgendaEntry(len(agenda) + 1, "；".join(p.agenda_reasons), p.customer_manager, 5, clock.time(),
                                  p.application_no, p.customer_name, p.flags))
        clock += timedelta(minutes=5)
    if projects:
        agenda.append(AgendaEntry(len(agenda) + 1, "验收送电（停送电）计划集体确认（见附表）", "周晓明", 10, clock.time()))
        clock += timedelta(minutes=10)
        agenda.append(AgendaEntry(len(agenda) + 1, "会议决议确认、参会各方签字", "吴婷", 5, clock.time()))
    plans = [
        PowerOnPlanRow(
            p.application_no, p.customer_name, p.class_label, p.supply_plan.voltage if p.supply_plan else "",
            p.supply_plan.capacity_kva if p.supply_plan else 0.0,
            meeting_date + timedelta(days=rng.randint(2, 9)),
            datetime.combine(meeting_date + timedelta(days=rng.randint(10, 14)), time(rng.choice([6, 7, 8]), 0)),
            None, meeting_date + timedelta(days=rng.randint(10, 15)),
            f"{p.supply_plan.source_point if p.supply_plan else ''} 停电，影响用户 {rng.randint(0, 40)} 户",
            p.customer_manager, f"13{rng.randint(0, 9)}****{rng.randint(1000, 9999)}",
            rng.random() < 0.6, rng.choice(["", "需提前 7 天发布停电公告", "涉及重要客户，提前 24 小时告知"]),
        )
        for p in projects if p.current_step >= 2
    ]
    plans = [pl if pl.outage_start is None else PowerOnPlanRow(
        **{**pl.__dict__, "outage_end": pl.outage_start + timedelta(hours=rng.choice([4, 6, 8]))}) for pl in plans]
    attendees = [
        AttendeeRow(m, "城东客户服务中心", "客户经理", f"139****{1000 + i * 37:04d}") for i, m in enumerate(_MANAGERS[:4])
    ] + [
        AttendeeRow("黄建平", "运维检修部", "配电运检专责", "137****2281"),
        AttendeeRow("林芳", "电力调度控制中心", "调度计划专责", "136****9042"),
        AttendeeRow("徐**", "华东精密机械制造有限公司", "客户代表（电气负责人）", "135****7710"),
    ]
    return ServiceDayPack(
        team_name=team_name, week_label=f"{meeting_date.isocalendar().year}-W{meeting_date.isocalendar().week:02d}",
        meeting_date=meeting_date, place="城东供电服务中心三楼会议室", facilitator="周晓明",
        agenda=agenda, projects=projects, power_on_plans=plans,
        attendees_expected=attendees if projects else attendees[:4],
        generated_at=datetime.combine(meeting_date - timedelta(days=1), time(16, 30)), recorder="吴婷",
    )
