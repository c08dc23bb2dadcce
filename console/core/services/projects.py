"""Connection projects (业扩报装) for the desk: the Gantt board, a project's detail, planned-date moves, notes and
escalations, and the monthly stock screening — each call checked for permission and team scope here.

Reading needs VIEW_PROJECTS and sees the caller's own team (an admin may ask for any team, or all); writing needs
EDIT_PROJECTS; the screening export needs EXPORT_DATA. Customer names of private persons are masked unless the
role may see personal data. Results are plain frozen dataclasses (see :mod:`project_board`,
:mod:`project_detail`, :mod:`stock_screening`).
"""
from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Sequence

from console.core.errors import NotFound
from console.core.exports.tabular import ExportResult, write_xlsx
from console.core.security import Permission, Principal, may_see_personal_data, require, team_scope
from console.core.services import project_edits as edits
from console.core.services.audit import record
from console.core.services.base import SessionFactory, read_only, unit_of_work
from console.core.services.clock_inputs import load_clock_inputs
from console.core.services.project_board import ProjectBoard, load_board
from console.core.services.project_detail import EscalationLine, NoteLine, ProjectDetail, load_detail
from console.core.services.project_edits import PROJECT, PROJECT_NODE, Rescheduled
from console.core.services.stock_screening import (
    ScreeningItem,
    export_columns,
    export_rows,
    flag_reasons,
    screen,
    stalled_after_days,
)


class ProjectService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    # -- reading --------------------------------------------------------------------------------------------------
    def board(self, today: _dt.date, team_id: int | None = None) -> ProjectBoard:
        """The live projects of the caller's team (``team_id`` for an admin; None = every team) with clocks."""
        require(self._principal, Permission.VIEW_PROJECTS)
        scope = team_scope(self._principal, team_id)
        with read_only(self._factory) as s:
            return load_board(s, today, team_id=scope, mask_names=not may_see_personal_data(self._principal))

    def detail(self, project_id: int, today: _dt.date) -> ProjectDetail:
        require(self._principal, Permission.VIEW_PROJECTS)
        with read_only(self._factory) as s:
            edits.project_in_scope(s, self._principal, project_id)
            detail = load_detail(s, project_id, today, show_personal=may_see_personal_data(self._principal))
        if detail is None:
            raise NotFound(what=PROJECT, key=str(project_id))
        return detail

    def screening(self, today: _dt.date, team_id: int | None = None) -> list[ScreeningItem]:
        """结存项目筛查 of the team's in-progress stock on ``today``."""
        require(self._principal, Permission.VIEW_PROJECTS)
        scope = team_scope(self._principal, team_id)
        with read_only(self._factory) as s:
            inputs = load_clock_inputs(s)
            board = load_board(s, today, team_id=scope, mask_names=not may_see_personal_data(self._principal),
                               inputs=inputs)
            return screen(board, inputs.calendar, stalled_after_days(s), flag_reasons(s, scope))

    def export_screening(self, items: Sequence[ScreeningItem], path: str | os.PathLike[str], lang: str = "zh",
                         on_progress: Callable[[int], None] | None = None) -> ExportResult:
        """Write the listed items (as filtered on screen) to an XLSX file and note the export in the audit log."""
        require(self._principal, Permission.EXPORT_DATA)
        title = "结存项目筛查" if lang == "zh" else "Stock screening"
        result = write_xlsx(path, export_columns(lang), export_rows(items, lang), sheet_title=title,
                            on_progress=on_progress)
        with unit_of_work(self._factory) as s:
            record(s, self._principal, "export", "project", None, what="stock_screening", rows=result.rows,
                   file=os.path.basename(os.fspath(path)))
        return result

    # -- writing --------------------------------------------------------------------------------------------------
    def reschedule(self, project_id: int, node: str, start: _dt.date, end: _dt.date,
                   expected_version: int) -> Rescheduled:
        """Move a node's planned (baseline) dates; StaleEdit when the node changed since ``expected_version``."""
        require(self._principal, Permission.EDIT_PROJECTS)
        with unit_of_work(self._factory, PROJECT_NODE) as s:
            return edits.reschedule_node(s, self._principal, project_id, node, start, end, expected_version)

    def add_note(self, project_id: int, text: str) -> NoteLine:
        require(self._principal, Permission.EDIT_PROJECTS)
        with unit_of_work(self._factory, PROJECT) as s:
            n = edits.add_note(s, self._principal, project_id, text)
            return NoteLine(n.id, n.at, self._principal.display_name, n.text)

    def add_escalation(self, project_id: int, level: str, reason: str, raised_on: _dt.date) -> EscalationLine:
        require(self._principal, Permission.EDIT_PROJECTS)
        with unit_of_work(self._factory, PROJECT) as s:
            e = edits.add_escalation(s, self._principal, project_id, level, reason, raised_on)
            return EscalationLine(e.id, e.version, e.level, e.raised_on, e.reason, e.decision or "", e.resolved_on)

    def resolve_escalation(self, escalation_id: int, decision: str, resolved_on: _dt.date,
                           expected_version: int) -> EscalationLine:
        require(self._principal, Permission.EDIT_PROJECTS)
        with unit_of_work(self._factory, edits.ESCALATION) as s:
            e = edits.resolve_escalation(s, self._principal, escalation_id, decision, resolved_on, expected_version)
            return EscalationLine(e.id, e.version, e.level, e.raised_on, e.reason, e.decision, e.resolved_on)
