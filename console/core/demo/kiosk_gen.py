"""Hall kiosk content: commitments, notices, guides, showcase cases, promotions, the project board."""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy.orm import Session

from console.core.models import Kiosk, KioskContent, KioskSchedule
from console.core.models.enums import KioskContentKind as K

CONTENT = [
    (K.COMMITMENT, "供电服务“十项承诺”", "Service commitments",
     "高压单电源供电方案答复不超过15个工作日，双电源不超过30个工作日；低压非居民客户装表接电不超过6个工作日，居民客户不超过5个工作日。",
     "Supply plan reply within 15 working days (single source) or 30 (dual source); low-voltage non-residential connection within 6 working days, residential within 5.", ""),
    (K.NOTICE, "计划停电公告", "Planned outage notice",
     "因线路检修，12月3日 8:00—17:00 滨江区江南大道部分区域计划停电，请提前做好准备。计划停电提前7天公告。",
     "Planned outage for line maintenance on 3 Dec 08:00–17:00 in parts of Jiangnan Avenue, Binjiang. Planned outages are announced 7 days ahead.", ""),
    (K.GUIDE, "高压新装办电指南", "Guide: high-voltage new connection",
     "申请时请携带：用电申请书、产权证明或租赁合同、用电设备清单、营业执照、经办人身份证明、用电地址平面图、项目批复文件；委托办理需授权委托书。",
     "Bring: application letter, property deed or lease, equipment list, business licence, ID, site plan, project approval; a power of attorney if by agent.", ""),
    (K.GUIDE, "居民新装办电指南", "Guide: residential connection",
     "居民客户凭身份证明和房屋产权证明即可申请，“网上国网”APP 全程线上办理，装表接电不超过5个工作日。",
     "Residential customers need only ID and proof of ownership; apply entirely online in the State Grid app; connection within 5 working days.", ""),
    (K.SHOWCASE, "综合能源案例：某纺织企业", "Case: textile plant",
     "屋顶分布式光伏 1.2MW + 储能 500kWh + 空压机能效改造，年节约电费约 86 万元，节能率 18%。",
     "1.2 MW rooftop PV + 500 kWh storage + compressor efficiency retrofit: about ¥860k saved a year, 18% less energy.",
     json.dumps({"customer_type": "制造业", "measures": ["分布式光伏", "储能", "能效改造"], "saving_pct": 18}, ensure_ascii=False)),
    (K.SHOWCASE, "综合能源案例：某三甲医院", "Case: general hospital",
     "空气源热泵替代燃气锅炉、全电厨房改造，年减少碳排放 1,350 吨，运行费用下降 22%。",
     "Air-source heat pumps replace gas boilers, all-electric kitchen: 1,350 t CO₂ less a year, running costs down 22%.",
     json.dumps({"customer_type": "医疗卫生", "measures": ["热泵", "全电厨房"], "saving_pct": 22}, ensure_ascii=False)),
    (K.PROMOTION, "分布式光伏 一站式服务", "Rooftop PV, one-stop service",
     "免费勘察、方案设计、并网接入一次办结，余电上网，绿电收益看得见。", "Free survey, design and grid connection in one go; sell the surplus.", ""),
    (K.PROMOTION, "电动汽车充电桩报装", "EV charger connection",
     "个人充电桩报装只需身份证、车位产权或使用证明，最快3个工作日完成装表接电。", "A home charger needs only ID and parking-space proof; connected in as little as 3 working days.", ""),
    (K.PROMOTION, "全电厨房 安全环保", "All-electric kitchen",
     "电磁灶具热效率达90%以上，无明火、无废气，餐饮客户可享电能替代专项服务。", "Induction cookers above 90% efficiency, no open flame, no fumes.", ""),
    (K.PROJECT_BOARD, "即将送电项目", "Projects about to be powered on", "", "", ""),
    (K.QR, "扫码下载“网上国网”", "Scan for the State Grid app", "业扩报装、电费查询、故障报修，一网通办。", "Apply, pay and report faults in one app.", ""),
]


def add_kiosk_content(session: Session, today: date) -> None:
    start = datetime(today.year, today.month, today.day, tzinfo=timezone.utc) - timedelta(days=10)
    for order, (kind, title, title_en, body, body_en, extra) in enumerate(CONTENT):
        expires = None
        if kind == K.NOTICE:
            expires = datetime(today.year, today.month, today.day, tzinfo=timezone.utc) + timedelta(days=8)
        content = KioskContent(
            kind=kind, title=title, title_en=title_en, body=body, body_en=body_en,
            qr_text="https://www.95598.cn/" if kind == K.QR else "", duration_s=12, transition="fade",
            takeover=False, effective_from=start, expires_at=expires, sort_order=order * 10, published=True, extra=extra,
        )
        if kind == K.PROMOTION and "厨房" in title:
            # Lunchtime dayparting: the kitchen promotion plays on weekdays 10:30–13:30.
            content.schedules.append(KioskSchedule(weekdays="12345", time_from=time(10, 30), time_to=time(13, 30)))
        session.add(content)
    expired = KioskContent(
        kind=K.NOTICE, title="国庆假期营业时间调整（已过期）", title_en="National Day opening hours (expired)",
        body="10月1日至7日营业厅营业时间调整为 9:00—16:00。", effective_from=start - timedelta(days=60),
        expires_at=start - timedelta(days=40), published=True, sort_order=5,
    )
    session.add(expired)
    session.add(Kiosk(name="hall-1", place="城东营业厅入口", orientation="landscape"))
    session.add(Kiosk(name="hall-2", place="城东营业厅等候区", orientation="portrait"))
