"""kiosk board: the centre's one rule for whose name is a person's

The power-on board now tells people from organisations as the project screens and the meeting pack do
(``project_snapshots.is_person``): key accounts and names containing an organisation word are organisations,
anyone else a person, whose name keeps only its first character. 0002 decided by usage category and project
class, which disagreed with the desk for customers such as a charging-facility customer named after its owner.
The columns are unchanged, so on PostgreSQL the view is replaced in place and the kiosk role keeps its grant.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of project_snapshots._ORG_MARKERS (tests compare the view with the Python rule on the demo).
ORG_MARKERS = (
    "公司", "集团", "有限", "中心", "学校", "学院", "大学", "医院", "银行", "酒店", "宾馆", "站", "厂", "园", "局",
    "院", "所", "协会", "委员会", "物业", "广场", "市场", "场馆", "合作社", "政府", "社区", "小区", "工程",
)
_ORG_NAME = " OR ".join(f"c.name LIKE '%{m}%'" for m in ORG_MARKERS)
PERSON = f"(c.segment <> 'key_account' AND (c.usage_category = '居民生活用电' OR NOT ({_ORG_NAME})))"
OLD_PERSON = "(c.segment <> 'key_account' AND (c.usage_category = '居民生活用电' OR p.project_class = 'residential'))"


def _masked(person: str) -> str:
    return f"""
    CASE
      WHEN length(c.name) <= 1 THEN '*'
      WHEN {person} THEN substr(c.name, 1, 1) || substr('**********', 1, length(c.name) - 1)
      WHEN length(c.name) >= 8 THEN substr(c.name, 1, 2) || '**' || substr(c.name, length(c.name) - 3, 4)
      WHEN length(c.name) >= 4 THEN substr(c.name, 1, 1) || '**' || substr(c.name, length(c.name) - 1, 2)
      ELSE substr(c.name, 1, 1) || '**'
    END"""


_WORKS = "('design_review', 'intermediate_inspection', 'completion_inspection')"


def _node(cond: str) -> str:
    return f"EXISTS (SELECT 1 FROM project_nodes n WHERE n.project_id = p.id AND {cond})"


_STEP = f"""
    CASE
      WHEN {_node("n.node = 'connection' AND n.actual_start IS NOT NULL")}
        OR ({_node(f"n.node IN {_WORKS}")} AND NOT {_node(f"n.node IN {_WORKS} AND n.actual_end IS NULL")}
            AND NOT {_node("n.node = 'supply_plan' AND n.actual_end IS NULL")}) THEN 'connection'
      WHEN ({_node("n.node = 'supply_plan'")} AND NOT {_node("n.node = 'supply_plan' AND n.actual_end IS NULL")})
        OR {_node(f"n.node IN {_WORKS} AND n.actual_start IS NOT NULL")} THEN 'works'
      ELSE 'supply_plan'
    END"""


def board_view(person: str) -> str:
    return f"""
        SELECT {_masked(person)} AS masked_name, {_STEP} AS step, p.power_on_plan_date AS power_on_plan_date
        FROM projects p JOIN customers c ON c.id = p.customer_id
        WHERE p.status = 'in_progress' AND p.power_on_plan_date IS NOT NULL"""


def _replace(body: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE OR REPLACE VIEW kiosk_power_on_board AS {body}")
    else:
        op.execute("DROP VIEW IF EXISTS kiosk_power_on_board")
        op.execute(f"CREATE VIEW kiosk_power_on_board AS {body}")


def upgrade() -> None:
    _replace(board_view(PERSON))


def downgrade() -> None:
    _replace(board_view(OLD_PERSON))
