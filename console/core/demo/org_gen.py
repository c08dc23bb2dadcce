"""Demo centre, teams with the five posts, and one sign-in account per role (listed in the README)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from console.core.demo.vocab import GIVEN_CHARS, SURNAMES, TEAMS
from console.core.models import Centre, Staff, Team, UserAccount
from console.core.models.enums import Post, Role
from console.core.passwords import hash_password

DEMO_PASSWORD = "Sunshine@2026"

# username, display name, role, team index (None = centre-wide), staff post to link (or None)
DEMO_ACCOUNTS: list[tuple[str, str, Role, int | None]] = [
    ("admin", "中心管理员", Role.ADMIN, None),
    ("lead.east", "城东团队负责人", Role.TEAM_LEAD, 0),
    ("lead.west", "城西团队负责人", Role.TEAM_LEAD, 1),
    ("lead.south", "城南团队负责人", Role.TEAM_LEAD, 2),
    ("lead.north", "城北团队负责人", Role.TEAM_LEAD, 3),
    ("manager.east", "城东客户经理", Role.CUSTOMER_MANAGER, 0),
    ("manager.west", "城西客户经理", Role.CUSTOMER_MANAGER, 1),
    ("hall", "营业厅值班员", Role.HALL_STAFF, None),
    ("facilitator", "商会组织人", Role.FACILITATOR, 0),
]

MANAGERS_PER_TEAM = 6


@dataclass
class OrgIds:
    centre_id: int
    team_ids: list[int]
    managers_by_team: dict[int, list[int]] = field(default_factory=dict)
    staff_by_team: dict[int, list[int]] = field(default_factory=dict)
    user_ids: dict[str, int] = field(default_factory=dict)
    keeper_id: int = 0


def person_name(rng: random.Random) -> str:
    given = rng.choice(GIVEN_CHARS) + (rng.choice(GIVEN_CHARS) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def mobile(rng: random.Random) -> str:
    return rng.choice(["13", "15", "18", "19", "17"]) + "".join(rng.choice("0123456789") for _ in range(9))


def add_org(session: Session, rng: random.Random) -> OrgIds:
    centre = Centre(code="HZ01", name="杭州城区供电客户服务中心", city="杭州")
    session.add(centre)
    session.flush()
    ids = OrgIds(centre.id, [])
    for code, name, area in TEAMS:
        team = Team(centre_id=centre.id, code=code, name=name, area=area)
        session.add(team)
        session.flush()
        ids.team_ids.append(team.id)
        managers: list[int] = []
        staff: list[int] = []
        posts = [Post.CUSTOMER_MANAGER] * MANAGERS_PER_TEAM + [
            Post.METERING_INSTALLER, Post.METERING_INSTALLER, Post.METER_TESTER,
            Post.BILLING, Post.SMART_ENERGY, Post.SMART_ENERGY,
        ]
        for post in posts:
            s = Staff(team_id=team.id, name=person_name(rng), post=post, phone=mobile(rng))
            session.add(s)
            session.flush()
            staff.append(s.id)
            if post == Post.CUSTOMER_MANAGER:
                managers.append(s.id)
        ids.managers_by_team[team.id] = managers
        ids.staff_by_team[team.id] = staff
    keeper = Staff(team_id=None, name=person_name(rng), post=Post.WAREHOUSE_KEEPER, phone=mobile(rng))
    session.add(keeper)
    session.flush()
    ids.keeper_id = keeper.id
    password_hash = hash_password(DEMO_PASSWORD)
    for username, display, role, team_index in DEMO_ACCOUNTS:
        team_id = ids.team_ids[team_index] if team_index is not None else None
        staff_id = ids.managers_by_team[team_id][0] if role == Role.CUSTOMER_MANAGER and team_id else None
        user = UserAccount(
            username=username, display_name=display, password_hash=password_hash,
            role=role, team_id=team_id, staff_id=staff_id,
        )
        session.add(user)
        session.flush()
        ids.user_ids[username] = user.id
    return ids
