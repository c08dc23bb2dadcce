"""kiosk views and lookup: what the hall kiosk may read, nothing more

The kiosk reads only these views (on every backend, so one code path is tested everywhere):

* ``kiosk_published_contents`` / ``kiosk_published_schedules`` — published content, never drafts;
* ``kiosk_power_on_board`` — in-progress projects with a power-on plan: masked customer name, the step the
  customer sees, the planned date; no ids, no application numbers;
* ``kiosk_admin_pin`` — the argon2 hash of the PIN that lets staff leave kiosk mode.

On PostgreSQL the progress lookup is ``sunshine_kiosk_lookup(kiosk_id, application_no, code_hash)``, a
SECURITY DEFINER function: the kiosk's database role has no SELECT on projects (nor on the check-code hashes,
which a 4-digit code space would let anyone brute-force offline), and the rate limit lives inside the function,
so a stolen kiosk configuration cannot bypass it. ``console/core/services/kiosk_lookup.py`` holds the same rules
in Python for SQLite; the tests run both against the same cases.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of console.core.services.kiosk_lookup's limits (a migration must not change with the app).
MAX_FAILURES = 5
WINDOW_S = 600
GLOBAL_MAX_FAILURES = 30

_PERSON = "(c.segment <> 'key_account' AND (c.usage_category = '居民生活用电' OR p.project_class = 'residential'))"
# Masks: a person keeps the first character (张**); an organisation its first 2 and last 4 (杭州**有限公司).
_MASKED_NAME = f"""
    CASE
      WHEN length(c.name) <= 1 THEN '*'
      WHEN {_PERSON} THEN substr(c.name, 1, 1) || substr('**********', 1, length(c.name) - 1)
      WHEN length(c.name) >= 8 THEN substr(c.name, 1, 2) || '**' || substr(c.name, length(c.name) - 3, 4)
      WHEN length(c.name) >= 4 THEN substr(c.name, 1, 1) || '**' || substr(c.name, length(c.name) - 1, 2)
      ELSE substr(c.name, 1, 1) || '**'
    END"""

_WORKS = "('design_review', 'intermediate_inspection', 'completion_inspection')"


def _node(cond: str) -> str:
    return f"EXISTS (SELECT 1 FROM project_nodes n WHERE n.project_id = p.id AND {cond})"


# The step the customer sees (申请受理 → 供电方案答复 → 工程实施 → 装表接电), the same rule as
# kiosk_lookup.current_step: a step is current until all its nodes are finished; a class without works
# nodes (low voltage) is in works from the supply plan's answer until the connection starts.
_STEP = f"""
    CASE
      WHEN {_node("n.node = 'connection' AND n.actual_start IS NOT NULL")}
        OR ({_node(f"n.node IN {_WORKS}")} AND NOT {_node(f"n.node IN {_WORKS} AND n.actual_end IS NULL")}
            AND NOT {_node("n.node = 'supply_plan' AND n.actual_end IS NULL")}) THEN 'connection'
      WHEN ({_node("n.node = 'supply_plan'")} AND NOT {_node("n.node = 'supply_plan' AND n.actual_end IS NULL")})
        OR {_node(f"n.node IN {_WORKS} AND n.actual_start IS NOT NULL")} THEN 'works'
      ELSE 'supply_plan'
    END"""

VIEWS = {
    "kiosk_published_contents": """
        SELECT id, kind, title, title_en, body, body_en, image_path, qr_text, duration_s, transition, takeover,
               effective_from, expires_at, orientation, sort_order, extra, version
        FROM kiosk_contents WHERE published""",
    "kiosk_published_schedules": """
        SELECT s.id, s.content_id, s.date_from, s.date_to, s.weekdays, s.time_from, s.time_to
        FROM kiosk_schedules s JOIN kiosk_contents k ON k.id = s.content_id WHERE k.published""",
    "kiosk_power_on_board": f"""
        SELECT {_MASKED_NAME} AS masked_name,
               {_STEP} AS step, p.power_on_plan_date AS power_on_plan_date
        FROM projects p JOIN customers c ON c.id = p.customer_id
        WHERE p.status = 'in_progress' AND p.power_on_plan_date IS NOT NULL""",
    "kiosk_admin_pin": "SELECT value AS pin_hash FROM centre_settings WHERE key = 'kiosk.admin_pin_hash'",
}

def lookup_function_sql(schema: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION sunshine_kiosk_lookup(p_kiosk_id integer, p_application_no text, p_code_hash text)
RETURNS json
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = {schema}, pg_temp
AS $fn$
DECLARE
    v_failures integer;
    v_oldest timestamptz;
    v_global integer;
    v_id integer;
    v_ok boolean;
BEGIN
    SELECT count(*), min(t.at) INTO v_failures, v_oldest FROM (
        SELECT a.at FROM kiosk_lookup_attempts a
        WHERE NOT a.success AND a.at > now() - interval '{WINDOW_S} seconds'
          AND a.kiosk_id IS NOT DISTINCT FROM p_kiosk_id
        ORDER BY a.at DESC LIMIT {MAX_FAILURES}) t;
    IF v_failures >= {MAX_FAILURES} THEN
        RETURN json_build_object('outcome', 'locked', 'retry_after_s',
            greatest(1, ceil(extract(epoch FROM v_oldest + interval '{WINDOW_S} seconds' - now()))::integer));
    END IF;
    SELECT count(*) INTO v_global FROM kiosk_lookup_attempts a
    WHERE NOT a.success AND a.at > now() - interval '{WINDOW_S} seconds';
    IF v_global >= {GLOBAL_MAX_FAILURES} THEN
        RETURN json_build_object('outcome', 'locked', 'retry_after_s', 60);
    END IF;
    SELECT p.id INTO v_id FROM projects p
    WHERE p.application_no = upper(btrim(p_application_no)) AND p.check_code_hash = p_code_hash
      AND p.check_code_hash <> '';
    v_ok := v_id IS NOT NULL;
    INSERT INTO kiosk_lookup_attempts (kiosk_id, at, success) VALUES (p_kiosk_id, now(), v_ok);
    IF NOT v_ok THEN
        RETURN json_build_object('outcome', 'no_match');
    END IF;
    RETURN (SELECT json_build_object(
        'outcome', 'ok',
        'project', json_build_object('application_no', p.application_no, 'project_class', p.project_class,
                                     'status', p.status, 'accepted_on', p.accepted_on,
                                     'power_on_plan_date', p.power_on_plan_date, 'powered_on_on', p.powered_on_on),
        'nodes', coalesce((SELECT json_agg(json_build_object('node', n.node, 'planned_start', n.planned_start,
                                  'planned_end', n.planned_end, 'actual_start', n.actual_start,
                                  'actual_end', n.actual_end) ORDER BY n.seq, n.id)
                           FROM project_nodes n WHERE n.project_id = p.id), '[]'::json),
        'documents', coalesce((SELECT json_agg(json_build_object('stage', d.stage, 'name', d.name,
                                      'required', d.required, 'received_on', d.received_on) ORDER BY d.id)
                               FROM project_documents d WHERE d.project_id = p.id), '[]'::json))
        FROM projects p WHERE p.id = v_id);
END
$fn$;
REVOKE ALL ON FUNCTION sunshine_kiosk_lookup(integer, text, text) FROM PUBLIC;
"""


def upgrade() -> None:
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body}")
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # Pinned search path: a SECURITY DEFINER function must not resolve names through the caller's schemas.
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
        op.execute(lookup_function_sql(f'"{schema}"'))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS sunshine_kiosk_lookup(integer, text, text)")
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
