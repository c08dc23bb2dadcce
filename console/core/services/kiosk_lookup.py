"""The kiosk's progress lookup: application number + check code → the four steps of that one project.

Privacy rules, all enforced here (and, on PostgreSQL, inside the database function of migration 0002):

* The answer for a wrong application number and for a wrong code is the same ``NO_MATCH``, from the same single
  query, so nobody learns whether an application number exists.
* Only the check code's hash travels to the database; the project is matched on number *and* hash together.
* Wrong codes are rate-limited per kiosk: ``MAX_FAILURES`` wrong answers within ``WINDOW_S`` seconds lock that
  kiosk's lookup until the oldest of them ages out, and all kiosks together may not exceed
  ``GLOBAL_MAX_FAILURES``. The window is rolling on purpose: a success does not reset it, or a thief could
  interleave lookups of their own project between guesses. Attempts are kept in ``kiosk_lookup_attempts`` so a
  restart does not reset the count.
* The result carries no name, address, phone or title: steps, dates, and document names.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from console.core.lookup_codes import check_code_hash
from console.core.models import KioskLookupAttempt, Project, ProjectDocument, ProjectNode
from console.core.rules.time_limits import CustomerStep
from console.core.services.kiosk_records import as_utc

# Keep in step with migration 0002 (the PostgreSQL function holds its own frozen copy; tests run both).
MAX_FAILURES = 5
WINDOW_S = 600
GLOBAL_MAX_FAILURES = 30
MAX_APPLICATION_NO = 20

STEP_ORDER: tuple[CustomerStep, ...] = tuple(CustomerStep)
_STEP_NODES: dict[CustomerStep, tuple[str, ...]] = {
    CustomerStep.ACCEPTED: (),
    CustomerStep.SUPPLY_PLAN: ("supply_plan",),
    CustomerStep.WORKS: ("design_review", "intermediate_inspection", "completion_inspection"),
    CustomerStep.CONNECTION: ("connection",),
}
DOCUMENT_STAGES = ("application", "design", "completion")


class LookupOutcome(StrEnum):
    OK = "ok"
    NO_MATCH = "no_match"  # wrong number or wrong code: deliberately one answer
    LOCKED = "locked"


class StepState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    PENDING = "pending"


@dataclass(frozen=True)
class StepView:
    step: str  # CustomerStep value
    state: StepState
    done_on: date | None = None
    expected_on: date | None = None  # planned finish of a step not done yet


@dataclass(frozen=True)
class ProgressView:
    application_no: str
    project_class: str
    steps: tuple[StepView, ...]  # always the four customer steps, in order
    current_step: str  # "" once powered on
    next_step: str  # "" when the current step is the last
    documents_owed: tuple[str, ...]  # required, not yet received, for stages already reached
    documents_next: tuple[str, ...]  # what to prepare for the next stage
    powered_on: bool


@dataclass(frozen=True)
class LookupResult:
    outcome: LookupOutcome
    progress: ProgressView | None = None
    retry_after_s: int = 0


def normalise_application_no(typed: str) -> str:
    return "".join(typed.split()).upper()[:MAX_APPLICATION_NO]


def lookup(session: Session, kiosk_id: int | None, application_no: str, code: str, now_utc: datetime) -> LookupResult:
    """Check the code and answer (the caller commits: the attempt row is part of the answer)."""
    app_no = normalise_application_no(application_no)
    code_hash = check_code_hash(app_no, code.strip())
    if session.get_bind().dialect.name == "postgresql":
        raw = session.execute(text("SELECT sunshine_kiosk_lookup(:k, :a, :h)"),
                              {"k": kiosk_id, "a": app_no, "h": code_hash}).scalar_one()
    else:
        raw = _lookup_here(session, kiosk_id, app_no, code_hash, as_utc(now_utc))
    return result_from_raw(raw)


def result_from_raw(raw: dict[str, Any]) -> LookupResult:
    outcome = LookupOutcome(raw["outcome"])
    if outcome is LookupOutcome.LOCKED:
        return LookupResult(outcome, retry_after_s=int(raw.get("retry_after_s") or 1))
    if outcome is LookupOutcome.NO_MATCH:
        return LookupResult(outcome)
    return LookupResult(outcome, progress_from_raw(raw))


def _kiosk_is(kiosk_id: int | None):  # type: ignore[no-untyped-def]
    return KioskLookupAttempt.kiosk_id.is_(None) if kiosk_id is None else KioskLookupAttempt.kiosk_id == kiosk_id


def _lookup_here(session: Session, kiosk_id: int | None, app_no: str, code_hash: str, now: datetime) -> dict[str, Any]:
    """The rules of ``sunshine_kiosk_lookup`` for SQLite, returning the same JSON shape."""
    since = now - timedelta(seconds=WINDOW_S)
    failed = KioskLookupAttempt.success.is_(False)
    recent = session.scalars(select(KioskLookupAttempt.at).where(failed, KioskLookupAttempt.at > since, _kiosk_is(kiosk_id))
                             .order_by(KioskLookupAttempt.at.desc()).limit(MAX_FAILURES)).all()
    if len(recent) >= MAX_FAILURES:
        wait = (as_utc(recent[-1]) + timedelta(seconds=WINDOW_S) - now).total_seconds()
        return {"outcome": "locked", "retry_after_s": max(1, math.ceil(wait))}
    everywhere = session.scalars(select(KioskLookupAttempt.id).where(failed, KioskLookupAttempt.at > since)
                                 .limit(GLOBAL_MAX_FAILURES)).all()
    if len(everywhere) >= GLOBAL_MAX_FAILURES:
        return {"outcome": "locked", "retry_after_s": 60}
    project = session.execute(select(Project.id, Project.application_no, Project.project_class, Project.status,
                                     Project.accepted_on, Project.power_on_plan_date, Project.powered_on_on)
                              .where(Project.application_no == app_no, Project.check_code_hash == code_hash,
                                     Project.check_code_hash != "")).first()
    session.add(KioskLookupAttempt(kiosk_id=kiosk_id, at=now, success=project is not None))
    if project is None:
        return {"outcome": "no_match"}
    pid, number, cls, status, accepted, plan, powered = project
    nodes = session.execute(select(ProjectNode.node, ProjectNode.planned_start, ProjectNode.planned_end,
                                   ProjectNode.actual_start, ProjectNode.actual_end)
                            .where(ProjectNode.project_id == pid).order_by(ProjectNode.seq, ProjectNode.id)).all()
    docs = session.execute(select(ProjectDocument.stage, ProjectDocument.name, ProjectDocument.required,
                                  ProjectDocument.received_on)
                           .where(ProjectDocument.project_id == pid).order_by(ProjectDocument.id)).all()
    return {
        "outcome": "ok",
        "project": {"application_no": number, "project_class": _v(cls), "status": _v(status), "accepted_on": _iso(accepted),
                    "power_on_plan_date": _iso(plan), "powered_on_on": _iso(powered)},
        "nodes": [{"node": _v(n), "planned_start": _iso(ps), "planned_end": _iso(pe), "actual_start": _iso(a_s),
                   "actual_end": _iso(a_e)} for n, ps, pe, a_s, a_e in nodes],
        "documents": [{"stage": _v(s), "name": name, "required": bool(req), "received_on": _iso(rec)}
                      for s, name, req, rec in docs],
    }


def _v(value: object) -> str:
    return str(getattr(value, "value", value))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- from the raw rows to what the customer sees ---------------------------------------------------------

@dataclass(frozen=True)
class _Node:
    node: str
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None


def _nodes(raw: Sequence[dict[str, Any]]) -> list[_Node]:
    return [_Node(str(n["node"]), _date(n.get("planned_end")), _date(n.get("actual_start")), _date(n.get("actual_end")))
            for n in raw]


def step_states(nodes: Sequence[_Node], powered_on: bool) -> dict[CustomerStep, bool]:
    """Whether each customer step is done. A step whose nodes the class does not track is done once a later
    step has started (low-voltage projects have no works nodes: the customer's own works end when the
    connection starts)."""
    by_step = {s: [n for n in nodes if n.node in _STEP_NODES[s]] for s in STEP_ORDER}
    done: dict[CustomerStep, bool] = {CustomerStep.ACCEPTED: True}
    for i, step in enumerate(STEP_ORDER[1:], start=1):
        own = by_step[step]
        later = [n for s in STEP_ORDER[i + 1:] for n in by_step[s]]
        if powered_on:
            done[step] = True
        elif own:
            done[step] = all(n.actual_end is not None for n in own)
        else:
            done[step] = any(n.actual_start is not None or n.actual_end is not None for n in later)
    return done


def current_step(nodes: Sequence[_Node], powered_on: bool) -> str:
    done = step_states(nodes, powered_on)
    return next((s.value for s in STEP_ORDER if not done[s]), "")


def _stage_reached(stage: str, nodes: Sequence[_Node]) -> bool:
    def has(slug: str, attr: str) -> bool:
        return any(n.node == slug and getattr(n, attr) is not None for n in nodes)

    if stage == "application":
        return True
    if stage == "design":
        return has("supply_plan", "actual_end") or has("design_review", "actual_start")
    if stage == "completion":
        return has("intermediate_inspection", "actual_end") or has("completion_inspection", "actual_start")
    return False


def progress_from_raw(raw: dict[str, Any]) -> ProgressView:
    project = raw["project"]
    nodes = _nodes(raw.get("nodes") or ())
    powered_on = project.get("status") == "powered_on"
    done = step_states(nodes, powered_on)
    plan = _date(project.get("power_on_plan_date"))
    steps: list[StepView] = []
    for step in STEP_ORDER:
        own = [n for n in nodes if n.node in _STEP_NODES[step]]
        if step is CustomerStep.ACCEPTED:
            steps.append(StepView(step.value, StepState.DONE, _date(project.get("accepted_on"))))
        elif done[step]:
            finished = max((n.actual_end for n in own if n.actual_end), default=None)
            if step is CustomerStep.CONNECTION and powered_on:
                finished = _date(project.get("powered_on_on")) or finished
            steps.append(StepView(step.value, StepState.DONE, finished))
        else:
            expected = max((n.planned_end for n in own if n.planned_end), default=None)
            if step is CustomerStep.CONNECTION and plan is not None:
                expected = plan
            first_open = not any(s.state is StepState.CURRENT for s in steps)
            steps.append(StepView(step.value, StepState.CURRENT if first_open else StepState.PENDING, None, expected))
    current = next((s.step for s in steps if s.state is StepState.CURRENT), "")
    order = [s.value for s in STEP_ORDER]
    following = order[order.index(current) + 1] if current and order.index(current) + 1 < len(order) else ""
    owed, upcoming = _documents(raw.get("documents") or (), nodes, powered_on)
    return ProgressView(str(project["application_no"]), str(project.get("project_class", "")), tuple(steps), current,
                        following, owed, upcoming, powered_on)


def _documents(docs: Sequence[dict[str, Any]], nodes: Sequence[_Node], powered_on: bool
               ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if powered_on:
        return (), ()
    missing = [(str(d["stage"]), str(d["name"])) for d in docs if d.get("required") and not d.get("received_on")]
    owed = tuple(name for stage, name in missing if _stage_reached(stage, nodes))
    next_stage = next((s for s in DOCUMENT_STAGES if not _stage_reached(s, nodes)
                       and any(stage == s for stage, _ in missing)), None)
    upcoming = tuple(name for stage, name in missing if stage == next_stage)
    return owed, upcoming
