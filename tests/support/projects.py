"""Hand-made connection projects added to a test database (dates chosen so the clocks can be worked by hand)."""
from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from sqlalchemy import select

from console.core.models import Customer, Project, ProjectFlag, ProjectNode, ProjectPause
from console.core.models.enums import NodeKey, PauseReason, ProjectClass, ProjectFlagKind, ProjectStatus

_numbers = itertools.count(1)
NodeSpec = tuple[str, dt.date | None, dt.date | None, dt.date | None, dt.date | None]  # slug, plan s/e, actual s/e


def add_project(db, team_id: int, project_class: str, accepted_on: dt.date, nodes: Sequence[NodeSpec] = (),  # type: ignore[no-untyped-def]
                pauses: Sequence[tuple[dt.date, dt.date | None, str]] = (), *, status: str = "in_progress",
                rules_table_id: int | None = None, flags: Sequence[str] = (), title: str = "",
                customer_name: str | None = None) -> int:
    """A project of ``team_id`` for the team's first customer; returns its id."""
    with db.session_factory() as s:
        customer = s.scalar(select(Customer).where(Customer.team_id == team_id).order_by(Customer.id).limit(1))
        assert customer is not None
        if customer_name is not None:
            customer.name = customer_name
        number = next(_numbers)
        p = Project(application_no=f"T{number:011d}", customer_id=customer.id, team_id=team_id,
                    manager_id=customer.manager_id, project_class=ProjectClass(project_class),
                    title=title or f"{customer.name}测试项目{number}", accepted_on=accepted_on,
                    rules_table_id=rules_table_id, status=ProjectStatus(status), last_progress_on=accepted_on)
        for seq, (slug, ps, pe, a_s, a_e) in enumerate(nodes):
            p.nodes.append(ProjectNode(node=NodeKey(slug), seq=seq, planned_start=ps, planned_end=pe,
                                       actual_start=a_s, actual_end=a_e))
        for start, end, reason in pauses:
            p.pauses.append(ProjectPause(start_on=start, end_on=end, reason=PauseReason(reason)))
        for flag in flags:
            p.flags.append(ProjectFlag(flag=ProjectFlagKind(flag), set_on=accepted_on, reason=f"测试：{flag}"))
        s.add(p)
        s.commit()
        return p.id
