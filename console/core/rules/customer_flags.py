"""Customer flags: the stored bit set (``Customer.flags``) and flags derived from other columns when shown.

Stored bits are set by people (risk, importance) or by the duplicate scan. Derived bits are never stored:
they follow from the denormalised columns (open complaints) or from the reminder threshold of the day, so
they cannot go stale; the portfolio computes them on its column arrays.
"""
from __future__ import annotations

import enum
from datetime import date

import numpy as np

from console.core.errors import QT_TRANSLATE_NOOP


class CustomerFlag(enum.IntFlag):
    # stored in Customer.flags
    POSSIBLE_DUPLICATE = 1 << 0  # 疑似重复 (same ID number, phone or address as another customer)
    OPINION_RISK = 1 << 1  # 舆情风险
    IMPORTANT_SUPPLY = 1 << 2  # 重要电力用户 (told 24 h before a temporary outage)
    ARREARS_RISK = 1 << 3  # 欠费风险
    # derived, never stored
    CONTACT_OVERDUE = 1 << 16  # 集团要客超期未联系
    OPEN_COMPLAINT = 1 << 17  # 投诉未结


STORED_MASK = int(CustomerFlag.POSSIBLE_DUPLICATE | CustomerFlag.OPINION_RISK | CustomerFlag.IMPORTANT_SUPPLY
                  | CustomerFlag.ARREARS_RISK)
# Flags a person may set or clear by hand (the duplicate flag belongs to the scan and the merge).
EDITABLE_MASK = int(CustomerFlag.OPINION_RISK | CustomerFlag.IMPORTANT_SUPPLY | CustomerFlag.ARREARS_RISK)

FLAG_LABELS: dict[CustomerFlag, str] = {
    CustomerFlag.POSSIBLE_DUPLICATE: QT_TRANSLATE_NOOP("customer_flags", "疑似重复"),
    CustomerFlag.OPINION_RISK: QT_TRANSLATE_NOOP("customer_flags", "舆情风险"),
    CustomerFlag.IMPORTANT_SUPPLY: QT_TRANSLATE_NOOP("customer_flags", "重要电力用户"),
    CustomerFlag.ARREARS_RISK: QT_TRANSLATE_NOOP("customer_flags", "欠费风险"),
    CustomerFlag.CONTACT_OVERDUE: QT_TRANSLATE_NOOP("customer_flags", "超期未联系"),
    CustomerFlag.OPEN_COMPLAINT: QT_TRANSLATE_NOOP("customer_flags", "投诉未结"),
}
FLAG_SLUGS: dict[CustomerFlag, str] = {
    CustomerFlag.POSSIBLE_DUPLICATE: "duplicate",
    CustomerFlag.OPINION_RISK: "opinion-risk",
    CustomerFlag.IMPORTANT_SUPPLY: "important",
    CustomerFlag.ARREARS_RISK: "arrears",
    CustomerFlag.CONTACT_OVERDUE: "contact-overdue",
    CustomerFlag.OPEN_COMPLAINT: "open-complaint",
}
DEFAULT_CONTACT_DAYS = 30  # key accounts not contacted for longer than this are reminded


def flag_list(bits: int) -> list[CustomerFlag]:
    return [f for f in FLAG_LABELS if bits & f]


def contact_overdue(last_contact: date | None, today: date, max_days: int) -> bool:
    """A key account is overdue when never contacted or last contacted more than ``max_days`` ago."""
    return last_contact is None or (today - last_contact).days > max_days


def derived_flags(
    stored: np.ndarray,
    is_key_account: np.ndarray,
    last_contact: np.ndarray,  # datetime64[D], NaT = never
    complaints_open: np.ndarray,
    today: date,
    max_days: int,
) -> np.ndarray:
    """Stored bits plus the derived ones, for whole columns at once."""
    limit = np.datetime64(today, "D") - np.timedelta64(max_days, "D")
    never = np.isnat(last_contact)
    overdue = is_key_account & (never | (last_contact < limit))
    out = stored.astype(np.int32) & STORED_MASK
    out[overdue] |= int(CustomerFlag.CONTACT_OVERDUE)
    out[complaints_open > 0] |= int(CustomerFlag.OPEN_COMPLAINT)
    return out
