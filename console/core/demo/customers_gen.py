"""Customers at any scale (a million in seconds): numpy picks, plain tuples out, bulk-inserted by the caller."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone

import numpy as np

from console.core.demo.vocab import (
    COMMUNITIES, DISTRICTS, EV_SITES, GIVEN_CHARS, KEY_CAPACITIES, ORG_CORE, ORG_PREFIX, ORG_SUFFIX,
    SMALL_BUSINESS, STREETS, SURNAMES,
)

SEGMENT_NAMES = ("ordinary", "key_account", "ev_charging")
KEY_GRADE_NAMES = ("special", "first", "second", "third")
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

CUSTOMER_COLUMNS = (
    "id", "account_no", "name", "segment", "key_grade", "usage_category", "address", "normalized_address",
    "voltage_level", "capacity_kva", "industry", "team_id", "manager_id", "opened_on", "phone", "id_number",
    "last_contact_on", "open_projects", "complaints_open", "flags", "version", "created_at", "updated_at",
)


@dataclass
class CustomerArrays:
    """What later generators need to know about the customers, without keeping the rows."""

    ids: np.ndarray
    segment: np.ndarray  # index into SEGMENT_NAMES
    team_id: np.ndarray
    manager_id: np.ndarray
    name: list[str]
    phone: list[str]
    capacity: np.ndarray


def id_numbers_vectorised(region: np.ndarray, born: np.ndarray, seq: np.ndarray) -> list[str]:
    """18-digit resident ID numbers with GB 11643 check digits, computed on whole columns at once."""
    days = born.astype("datetime64[D]")
    months = days.astype("datetime64[M]")
    year = days.astype("datetime64[Y]").astype(np.int64) + 1970
    ymd_int = year * 10_000 + (months.astype(np.int64) % 12 + 1) * 100 + (days - months).astype(np.int64) + 1
    body = region.astype(np.int64) * 10**11 + ymd_int * 10**3 + seq.astype(np.int64)
    check = np.zeros(len(body), dtype=np.int64)
    rest = body.copy()
    for weight in reversed(ID_WEIGHTS):  # last digit of the body pairs with the last weight
        check += (rest % 10) * weight
        rest //= 10
    letters = np.array(list(ID_CHECK))[check % 11]
    return [f"{b:017d}{c}" for b, c in zip(body.tolist(), letters.tolist())]


def normalize_address(address: str) -> str:
    return address.replace(" ", "").replace("号楼", "幢").replace("杭州市", "")


def generate(
    n: int, seed: int, today: date, team_ids: list[int], managers_by_team: dict[int, list[int]], *, text_dates: bool = False
) -> tuple[CustomerArrays, Iterator[tuple]]:
    """Customer arrays for later generators, and an iterator of insert-ready rows (ISO text dates when
    ``text_dates``, as SQLite stores them; date objects otherwise)."""
    rng = np.random.default_rng(seed)
    seg = rng.choice(3, size=n, p=[0.90, 0.04, 0.06])
    team = np.asarray(team_ids)[rng.integers(0, len(team_ids), size=n)]
    mgr_pick = rng.integers(0, 1_000_000, size=n)
    manager = np.array([managers_by_team[int(t)][int(m) % len(managers_by_team[int(t)])] for t, m in zip(team, mgr_pick)])
    surname = rng.integers(0, len(SURNAMES), size=n)
    g1 = rng.integers(0, len(GIVEN_CHARS), size=n)
    g2 = rng.integers(-len(GIVEN_CHARS) // 2, len(GIVEN_CHARS), size=n)  # negative = one-character given name
    district = rng.integers(0, len(DISTRICTS), size=n)
    street = rng.integers(0, len(STREETS), size=n)
    number = rng.integers(1, 400, size=n)
    community = rng.integers(0, len(COMMUNITIES), size=n)
    building = rng.integers(1, 30, size=n)
    room = rng.integers(101, 2800, size=n)
    org_a = rng.integers(0, len(ORG_PREFIX), size=n)
    org_b = rng.integers(0, len(ORG_CORE), size=n)
    org_c = rng.integers(0, len(ORG_SUFFIX), size=n)
    ev_site = rng.integers(0, len(EV_SITES), size=n)
    small = rng.random(size=n) < 0.12
    small_kind = rng.integers(0, len(SMALL_BUSINESS), size=n)
    phone_prefix = rng.choice(np.array(["13", "15", "18", "19", "17"]), size=n)
    phone_rest = rng.integers(0, 1_000_000_000, size=n)
    opened_days = rng.integers(30, 365 * 20, size=n)
    contact_days = rng.integers(0, 120, size=n)
    born_days = rng.integers(365 * 20, 365 * 75, size=n)
    capacity_key = np.asarray(KEY_CAPACITIES)[rng.integers(0, len(KEY_CAPACITIES), size=n)]
    grade = rng.choice(4, size=n, p=[0.05, 0.2, 0.35, 0.4])
    ev_kw = rng.choice(np.array([7, 42, 60, 120, 160, 240, 480]), size=n)
    ids = np.arange(1, n + 1)
    names: list[str] = []
    phones: list[str] = []
    capacity = np.where(seg == 1, capacity_key, np.where(seg == 2, ev_kw, np.where(small, 30, 8))).astype(float)

    for i in range(n):
        s = int(seg[i])
        person = SURNAMES[surname[i]] + GIVEN_CHARS[g1[i]] + (GIVEN_CHARS[g2[i]] if g2[i] >= 0 else "")
        if s == 1:
            core, _industry = ORG_CORE[org_b[i]]
            names.append(ORG_PREFIX[org_a[i]] + core + ORG_SUFFIX[org_c[i]])
        elif s == 2:
            names.append(person + "（家用充电桩）" if ev_site[i] % 3 == 0 else ORG_PREFIX[org_a[i]] + EV_SITES[ev_site[i]])
        elif small[i]:
            names.append(person + SMALL_BUSINESS[small_kind[i]])
        else:
            names.append(person)
        phones.append(f"{phone_prefix[i]}{phone_rest[i]:09d}")
    arrays = CustomerArrays(ids, seg, team, manager, names, phones, capacity)

    # Everything per-row that numpy can do is done up front: a million rows leave Python only for the tuples.
    today64 = np.datetime64(today, "D")
    opened = np.datetime_as_string(today64 - opened_days, unit="D")
    contacted = np.datetime_as_string(today64 - contact_days, unit="D")
    id_numbers = id_numbers_vectorised(330100 + district * 2, today64 - born_days, ids % 1000)
    created = datetime(today.year, today.month, today.day, 8, 0, tzinfo=timezone.utc)
    created_value: object = created.strftime("%Y-%m-%d %H:%M:%S.%f") if text_dates else created

    def day(value: str) -> object:
        return value if text_dates else date.fromisoformat(value)

    def rows() -> Iterator[tuple]:
        for i in range(n):
            s = int(seg[i])
            if s == 0 and not small[i]:
                address = f"杭州市{DISTRICTS[district[i]]}{COMMUNITIES[community[i]]}{building[i]}幢{room[i]}室"
            else:
                address = f"杭州市{DISTRICTS[district[i]]}{STREETS[street[i]]}{number[i]}号"
            if s == 1:
                usage, industry = "大工业用电" if ORG_CORE[org_b[i]][1] == "制造业" else "一般工商业", ORG_CORE[org_b[i]][1]
                voltage = "交流10kV" if capacity[i] < 8000 else "交流35kV"
            elif s == 2:
                usage, industry, voltage = "电动汽车充换电", "交通运输、仓储和邮政业", "交流220V" if capacity[i] <= 7 else "交流380V"
            elif small[i]:
                usage, industry, voltage = "一般工商业", "批发和零售业", "交流380V"
            else:
                usage, industry, voltage = "居民生活用电", "居民生活", "交流220V"
            cid = int(ids[i])
            yield (
                cid, f"31{cid:08d}", names[i], SEGMENT_NAMES[s], KEY_GRADE_NAMES[grade[i]] if s == 1 else None,
                usage, address, normalize_address(address), voltage, float(capacity[i]), industry,
                int(team[i]), int(manager[i]), day(opened[i]), phones[i], id_numbers[i],
                day(contacted[i]) if s != 0 else None,
                0, 0, 0, 1, created_value, created_value,
            )

    return arrays, rows()
