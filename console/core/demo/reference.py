"""Reference data every centre starts with: rule tables (domain.md defaults), test intervals, settings."""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from console.core.models import CentreSetting, TestIntervalRule, TimeLimitTable
from console.core.models.enums import ItemCategory
from console.core.rules.time_limits import DEFAULT_TABLES
from console.core.services.rule_storage import rule_rows

# (code, name, category, test months, visual-check months, service-life months)
DEFAULT_TEST_INTERVALS = [
    ("insulating_gloves", "绝缘手套", 6, None, None),
    ("insulating_boots", "绝缘靴", 6, None, None),
    ("electroscope", "验电器", 12, None, None),
    ("insulating_rod", "绝缘操作杆", 12, None, None),
    ("insulating_mat", "绝缘垫", 12, None, None),
    ("insulating_barrier", "绝缘隔板", 12, None, None),
    ("insulating_ladder", "绝缘梯", 12, None, None),
    ("phasing_tester", "核相器", 6, None, None),
    ("grounding_wire", "携带型短路接地线", 12, None, None),
    ("safety_belt", "安全带", 6, 1, None),
    ("climbing_gear", "登高工具（脚扣）", 6, 1, None),
    ("helmet_plastic", "安全帽（塑料）", None, None, 30),
    ("helmet_fibreglass", "安全帽（玻璃钢）", None, None, 42),
]

DEFAULT_SETTINGS = {
    "key_account_contact_days": "30",  # 集团要客 not contacted for longer than this → reminder
    "stalled_after_days": "20",  # working days without progress → 长期停滞 candidate
    "at_risk_threshold_pct": "80",
}


def add_reference_data(session: Session) -> dict[str, int]:
    # The published defaults have one source, time_limits.DEFAULT_TABLES (the clocks fall back to it too).
    default = DEFAULT_TABLES[-1]
    table = TimeLimitTable(effective_from=default.effective_from, note="国家电网公司供电服务承诺（默认）")
    table.rules.extend(rule_rows(default))
    session.add(table)
    ids: dict[str, int] = {}
    for code, name, test_m, visual_m, life_m in DEFAULT_TEST_INTERVALS:
        rule = TestIntervalRule(
            code=code,
            name=name,
            category=ItemCategory.SAFETY_TOOL,
            test_interval_months=test_m,
            visual_check_months=visual_m,
            service_life_months=life_m,
            effective_from=date(2020, 1, 1),
        )
        session.add(rule)
        session.flush()
        ids[code] = rule.id
    for key, value in DEFAULT_SETTINGS.items():
        session.add(CentreSetting(key=key, value=value))
    session.flush()
    ids["time_limit_table"] = table.id
    return ids
