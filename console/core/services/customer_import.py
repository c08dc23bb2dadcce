"""Applying a customer import plan: team and manager names resolved, then ONE transaction, undoable.

The file side (reading, parsing every cell, one outcome per row) lives in ``console.core.imports``. This
module adds what only the database knows — stored values to compare with, team and manager names, which
team a person may import into — and applies the plan: all added and updated rows in one transaction, or
none. Each row's previous values go into ``ImportBatchRow`` so the last import can be undone, which is
refused (whole, never partly) if any of its customers has changed or gained history since.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from console.core.errors import QT_TRANSLATE_NOOP, ConsoleError, PermissionDenied
from console.core.imports.customers import CUSTOMER_SPEC, read_customer_file
from console.core.imports.messages import UserMessage
from console.core.imports.spec import Action, ImportPlan, RowOutcome, plan_import, reject_more
from console.core.imports.tabular import Table
from console.core.models import (
    ChargingFacility, Complaint, Contact, Customer, ImportBatch, ImportBatchRow, Intention, Project, ReserveEntry,
    Staff, Team, Visit,
)
from console.core.models.enums import KeyGrade, Post, Segment
from console.core.rules.address_key import address_key
from console.core.security import ROLE_LABELS, PERMISSION_LABELS, Permission, Principal, require
from console.core.services import audit
from console.core.services.base import SessionFactory, read_only, unit_of_work

IMPORT = QT_TRANSLATE_NOOP("entities", "导入批次")
# Customer columns the file may set (the spec's keys that are model attributes).
CUSTOMER_FIELDS = ("name", "address", "segment", "key_grade", "usage_category", "voltage_level", "capacity_kva",
                   "industry", "phone", "id_number", "opened_on")
_CHUNK = 500


class ImportChangedSincePreview(ConsoleError):
    exit_code = 8
    template = QT_TRANSLATE_NOOP("errors", "预览后客户数据已有变化（{detail}），未导入任何数据。请重新预览后再导入。")


class NothingToUndo(ConsoleError):
    exit_code = 7
    template = QT_TRANSLATE_NOOP("errors", "没有可撤销的客户导入。")


class UndoRefused(ConsoleError):
    exit_code = 8
    template = QT_TRANSLATE_NOOP("errors", "无法撤销导入批次 {batch}：{detail}。未作任何修改。")


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    plan: ImportPlan
    default_team_id: int | None

    def counts(self) -> dict[Action, int]:
        return self.plan.counts()


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    added: int
    updated: int
    unchanged: int
    rejected: int
    customer_ids: tuple[int, ...]


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file_name: str
    at: datetime
    username: str
    added: int
    updated: int
    rejected: int


@dataclass(frozen=True)
class _Names:
    """Team and customer-manager names as the file writes them, resolved once per import (not per row)."""

    teams: dict[int, str]
    team_by_key: dict[str, int]  # name or code → id
    managers: dict[tuple[int, str], list[int]]  # (team id, name) → customer manager ids

    @classmethod
    def load(cls, s: Session) -> _Names:
        teams = {t.id: t for t in s.scalars(select(Team))}
        managers: dict[tuple[int, str], list[int]] = {}
        for sid, name, tid in s.execute(select(Staff.id, Staff.name, Staff.team_id).where(Staff.post == Post.CUSTOMER_MANAGER)):
            managers.setdefault((tid, name), []).append(sid)
        return cls({i: t.name for i, t in teams.items()},
                   {k: t.id for t in teams.values() for k in (t.name, t.code)}, managers)

    def team_of(self, o: RowOutcome, current: int | None, default: int | None) -> int | None:
        text = o.values.get("team")
        if text:
            return self.team_by_key.get(str(text))
        return current if current is not None else default

    def manager_of(self, o: RowOutcome, team_id: int) -> list[int]:
        return self.managers.get((team_id, str(o.values.get("manager") or "")), [])


def _json(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


def _from_json(field: str, value: Any) -> Any:
    if value is None:
        return None
    if field == "opened_on":
        return date.fromisoformat(value)
    if field == "segment":
        return Segment(value)
    if field == "key_grade":
        return KeyGrade(value)
    return value


class CustomerImportService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    # --- preview --------------------------------------------------------------------------------------------

    def dry_run(self, source: str | os.PathLike[str] | bytes, *, file_name: str | None = None,
                team_id: int | None = None, sheet: str | None = None) -> ImportPreview:
        """Read and check the file against the database; nothing is written. Raises ImportFileError for a file
        that cannot be read as a whole."""
        require(self._principal, Permission.IMPORT_CUSTOMERS)
        default_team = self._default_team(team_id)
        table = read_customer_file(source, sheet=sheet)
        name = file_name or (os.path.basename(os.fspath(source)) if not isinstance(source, bytes) else "upload")
        with read_only(self._factory) as s:
            plan = self._plan(s, table, default_team)
        return ImportPreview(name, plan, default_team)

    def _default_team(self, team_id: int | None) -> int | None:
        p = self._principal
        if p.can(Permission.ALL_TEAMS):
            return team_id
        if team_id is not None and team_id != p.team_id:
            raise PermissionDenied(role=ROLE_LABELS[p.role], action=PERMISSION_LABELS[Permission.ALL_TEAMS])
        return p.team_id

    def _plan(self, s: Session, table: Table, default_team: int | None) -> ImportPlan:
        first = plan_import(table, CUSTOMER_SPEC, {})
        keys = sorted({str(o.key) for o in first.outcomes if o.action is not Action.REJECT})
        stored = _stored(s, keys)
        names = _Names.load(s)
        plan = plan_import(table, CUSTOMER_SPEC, {k: v["values"] for k, v in stored.items()})
        extra: dict[int, list[UserMessage]] = {}
        for o in plan.outcomes:
            if o.action is not Action.REJECT:
                reasons = self._row_reasons(o, stored.get(str(o.key)), names, default_team)
                if reasons:
                    extra[o.line_no] = reasons
        return _settle_names(reject_more(plan, extra), stored, names, default_team)

    def _row_reasons(self, o: RowOutcome, stored: Mapping[str, Any] | None, names: _Names,
                     default_team: int | None) -> list[UserMessage]:
        p = self._principal
        if stored and stored["merged"] is not None:
            return [UserMessage("该户号的客户已并入其他客户，请在合并后的客户上修改",
                                "this account's customer was merged into another one")]
        current_team = stored["team_id"] if stored else None
        team_id = names.team_of(o, current_team, default_team)
        if o.values.get("team") and team_id is None:
            return [UserMessage(f"未知团队：{o.values['team']}", f"unknown team: {o.values['team']}")]
        if team_id is None:
            return [UserMessage("未指定所属团队（文件中无团队列时请用 --team 指定）",
                                "no team given (use --team when the file has no team column)")]
        reasons: list[UserMessage] = []
        if not p.can(Permission.ALL_TEAMS):
            if current_team is not None and current_team != p.team_id:
                reasons.append(UserMessage("该户号属于其他团队的客户，本团队不能修改",
                                           "this account belongs to another team's customer"))
            elif team_id != p.team_id:
                reasons.append(UserMessage(f"所属团队不是本团队：{names.teams[team_id]}",
                                           f"team is not your own: {names.teams[team_id]}"))
        return reasons

    # --- commit ---------------------------------------------------------------------------------------------

    def commit(self, preview: ImportPreview) -> ImportResult:
        """Apply the previewed plan in one transaction. The plan is made again inside the transaction; if the
        database changed since the preview so that any row's outcome differs, nothing is written."""
        require(self._principal, Permission.IMPORT_CUSTOMERS)
        table = preview.plan.source
        assert table is not None, "a preview made by dry_run keeps its source table"
        with unit_of_work(self._factory, IMPORT) as s:
            plan = self._plan(s, table, preview.default_team_id)
            _same_outcomes(preview.plan, plan)
            return _apply(s, self._principal, preview.file_name, plan, preview.default_team_id)

    # --- undo -----------------------------------------------------------------------------------------------

    def last_batch(self) -> BatchInfo | None:
        require(self._principal, Permission.IMPORT_CUSTOMERS)
        with read_only(self._factory) as s:
            batch = _last_batch(s)
            if batch is None:
                return None
            return _info(s, batch)

    def undo_last(self) -> tuple[BatchInfo, list[int]]:
        """Undo the most recent customer import (all of it or nothing); returns it and the customer ids touched."""
        require(self._principal, Permission.IMPORT_CUSTOMERS)
        with unit_of_work(self._factory, IMPORT) as s:
            batch = _last_batch(s)
            if batch is None:
                raise NothingToUndo()
            rows = list(s.scalars(select(ImportBatchRow).where(ImportBatchRow.batch_id == batch.id)))
            customers = {c.id: c for c in _by_ids(s, [r.entity_id for r in rows])}
            if not self._principal.can(Permission.ALL_TEAMS):
                teams = {c.team_id for c in customers.values()} | {(r.previous or {}).get("team_id") for r in rows if r.action == "update"}
                if teams - {self._principal.team_id, None}:
                    raise PermissionDenied(role=ROLE_LABELS[self._principal.role],
                                           action=PERMISSION_LABELS[Permission.ALL_TEAMS])
            _check_undo(s, batch, rows, customers)
            info = _info(s, batch)
            _undo(s, rows, customers)
            batch.undone_at = datetime.now(timezone.utc)
            audit.record(s, self._principal, "import_undo", "import_batch", batch.id, file=batch.file_name,
                         added=batch.added, updated=batch.updated)
            return info, sorted(customers)


# --- helpers ----------------------------------------------------------------------------------------------------

def _by_ids(s: Session, ids: Iterable[int]) -> list[Customer]:
    ids = list(ids)
    out: list[Customer] = []
    for start in range(0, len(ids), _CHUNK):
        out.extend(s.scalars(select(Customer).where(Customer.id.in_(ids[start:start + _CHUNK]))))
    return out


def _stored(s: Session, account_nos: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Stored values by account number, keyed like the import spec, plus ids the apply step needs."""
    staff = dict(s.execute(select(Staff.id, Staff.name)).all())
    teams = dict(s.execute(select(Team.id, Team.name)).all())
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(account_nos), _CHUNK):
        chunk = account_nos[start:start + _CHUNK]
        customers = list(s.scalars(select(Customer).where(Customer.account_no.in_(chunk))))
        contacts = {c.customer_id: c for c in s.scalars(
            select(Contact).where(Contact.customer_id.in_([c.id for c in customers]), Contact.is_primary.is_(True)))}
        for c in customers:
            values = {f: getattr(c, f) for f in CUSTOMER_FIELDS}
            values["segment"] = _json(c.segment)
            values["key_grade"] = _json(c.key_grade)
            values["team"] = teams.get(c.team_id, "")
            values["manager"] = staff.get(c.manager_id, "") if c.manager_id else ""
            contact = contacts.get(c.id)
            values["contact_name"] = contact.name if contact else ""
            out[c.account_no] = {"values": values, "team_id": c.team_id, "id": c.id, "merged": c.merged_into_id}
    return out


def _same_outcomes(before: ImportPlan, after: ImportPlan) -> None:
    old = [(o.line_no, o.action, o.changed) for o in before.outcomes]
    new = [(o.line_no, o.action, o.changed) for o in after.outcomes]
    if old != new:
        first = next(n for n, o in zip(new, old) if n != o)
        raise ImportChangedSincePreview(detail=f"第{first[0]}行")


def _settle_names(plan: ImportPlan, stored: Mapping[str, Mapping[str, Any]], names: _Names,
                  default_team: int | None) -> ImportPlan:
    """Names the file writes differently from the database.

    A team written by its code (E01) is the same team as its stored name: not a change. A customer manager
    the team does not have (the marketing system's staff list differs from ours) is a warning, not a
    reject: the row is imported without assigning a manager, and the preview says so.
    """
    outcomes = []
    for o in plan.outcomes:
        if o.action in (Action.ADD, Action.UPDATE):
            current = stored[str(o.key)]["team_id"] if o.action is Action.UPDATE else None
            team_id = names.team_of(o, current, default_team)
            changed, values, warnings = list(o.changed), dict(o.values), list(o.warnings)
            if "team" in changed and team_id == current:
                changed.remove("team")
            manager = values.get("manager")
            if manager and team_id is not None and len(names.manager_of(o, team_id)) != 1:
                del values["manager"]
                if "manager" in changed:
                    changed.remove("manager")
                warnings.append(UserMessage(f"团队“{names.teams[team_id]}”中没有（或有多名）客户经理“{manager}”，未分配客户经理",
                                            f"team \"{names.teams[team_id]}\" has no (or several) customer manager \"{manager}\"; "
                                            "no manager assigned"))
            action = o.action
            if action is Action.UPDATE and not changed:
                action = Action.UNCHANGED
            o = replace(o, action=action, changed=tuple(changed), values=values, warnings=tuple(warnings))
        outcomes.append(o)
    return replace(plan, outcomes=tuple(outcomes))


def _apply(s: Session, principal: Principal, file_name: str, plan: ImportPlan, default_team: int | None) -> ImportResult:
    counts = plan.counts()
    if not counts[Action.ADD] and not counts[Action.UPDATE]:
        return ImportResult(0, 0, 0, counts[Action.UNCHANGED], counts[Action.REJECT], ())
    batch = ImportBatch(kind="customers", file_name=file_name[:260], user_id=principal.user_id,
                        added=counts[Action.ADD], updated=counts[Action.UPDATE], rejected=counts[Action.REJECT])
    s.add(batch)
    s.flush()
    conn = s.connection()
    names = _Names.load(s)
    now = datetime.now(timezone.utc)
    touched: list[int] = []
    adds = plan.of(Action.ADD)
    if adds:
        rows = []
        for o in adds:
            team_id = names.team_of(o, None, default_team)
            assert team_id is not None
            manager_id = names.manager_of(o, team_id)[0] if o.values.get("manager") else None
            row = {f: o.values.get(f) for f in CUSTOMER_FIELDS}
            row.update(account_no=o.key, team_id=team_id, manager_id=manager_id, version=1, flags=0,
                       open_projects=0, complaints_open=0, created_at=now, updated_at=now,
                       normalized_address=address_key(str(o.values.get("address") or "")))
            for f, default in (("address", ""), ("usage_category", ""), ("voltage_level", ""), ("capacity_kva", 0.0),
                               ("industry", ""), ("phone", ""), ("id_number", "")):
                if row[f] is None:
                    row[f] = default
            rows.append(row)
        table = Customer.__table__
        result = conn.execute(insert(table).returning(table.c.id, table.c.account_no, sort_by_parameter_order=True), rows)
        new_ids = {acct: cid for cid, acct in result}
        contacts = [{"customer_id": new_ids[o.key], "name": o.values["contact_name"], "title": "",
                     "phone": o.values.get("phone") or "", "id_number": o.values.get("id_number") or "",
                     "is_primary": True, "version": 1}
                    for o in adds if o.values.get("contact_name")]
        if contacts:
            conn.execute(insert(Contact.__table__), contacts)
        conn.execute(insert(ImportBatchRow.__table__),
                     [{"batch_id": batch.id, "entity_id": new_ids[o.key], "action": "add", "previous": None} for o in adds])
        touched.extend(new_ids.values())
    updates = plan.of(Action.UPDATE)
    if updates:
        stored = {c.account_no: c for c in _accounts(s, [str(o.key) for o in updates])}
        batch_rows = []
        for o in updates:
            c = stored[str(o.key)]
            previous = _update_customer(s, c, o, names)
            s.flush()
            previous["_version_after"] = c.version
            batch_rows.append({"batch_id": batch.id, "entity_id": c.id, "action": "update", "previous": previous})
            touched.append(c.id)
        conn.execute(insert(ImportBatchRow.__table__), batch_rows)
    audit.record(s, principal, "import", "import_batch", batch.id, file=file_name, added=batch.added,
                 updated=batch.updated, rejected=batch.rejected)
    return ImportResult(batch.id, batch.added, batch.updated, counts[Action.UNCHANGED], batch.rejected, tuple(touched))


def _accounts(s: Session, account_nos: Sequence[str]) -> list[Customer]:
    out: list[Customer] = []
    for start in range(0, len(account_nos), _CHUNK):
        out.extend(s.scalars(select(Customer).where(Customer.account_no.in_(account_nos[start:start + _CHUNK]))))
    return out


def _update_customer(s: Session, c: Customer, o: RowOutcome, names: _Names) -> dict[str, Any]:
    """Apply the changed fields of one row (ORM, so the version moves on); returns what they were."""
    previous: dict[str, Any] = {"team_id": c.team_id, "manager_id": c.manager_id,
                                "normalized_address": c.normalized_address}
    team_id = names.team_of(o, c.team_id, None) or c.team_id
    for field in o.changed:
        if field in CUSTOMER_FIELDS:
            previous[field] = _json(getattr(c, field))
            value = o.values[field]
            if field == "segment":
                value = Segment(value)
            elif field == "key_grade":
                value = KeyGrade(value)
            setattr(c, field, value)
    if "address" in o.changed:
        c.normalized_address = address_key(c.address)
    c.team_id = team_id
    if o.values.get("manager"):
        c.manager_id = names.manager_of(o, team_id)[0]
    if "contact_name" in o.changed:
        contact = s.scalar(select(Contact).where(Contact.customer_id == c.id, Contact.is_primary.is_(True)))
        if contact is None:
            contact = Contact(customer_id=c.id, name=o.values["contact_name"], is_primary=True,
                              phone=c.phone, id_number=c.id_number)
            s.add(contact)
            s.flush()
            previous["_contact_added"] = contact.id
        else:
            previous["_contact"] = {"id": contact.id, "name": contact.name}
            contact.name = o.values["contact_name"]
    return previous


def _last_batch(s: Session) -> ImportBatch | None:
    return s.scalar(select(ImportBatch).where(ImportBatch.kind == "customers", ImportBatch.undone_at.is_(None))
                    .order_by(ImportBatch.id.desc()).limit(1))


def _info(s: Session, batch: ImportBatch) -> BatchInfo:
    from console.core.models import UserAccount

    user = s.get(UserAccount, batch.user_id) if batch.user_id else None
    return BatchInfo(batch.id, batch.file_name, batch.at, user.username if user else "", batch.added, batch.updated,
                     batch.rejected)


_HISTORY = ((Visit, Visit.customer_id), (Intention, Intention.customer_id), (Complaint, Complaint.customer_id),
            (Project, Project.customer_id), (ReserveEntry, ReserveEntry.customer_id),
            (ChargingFacility, ChargingFacility.customer_id))


def _check_undo(s: Session, batch: ImportBatch, rows: Sequence[ImportBatchRow], customers: Mapping[int, Customer]) -> None:
    added = [r.entity_id for r in rows if r.action == "add"]
    problems: list[str] = []
    for r in rows:
        c = customers.get(r.entity_id)
        if c is None:
            problems.append(f"客户 {r.entity_id} 已不存在")
        elif r.action == "add" and (c.version != 1 or c.merged_into_id is not None):
            problems.append(f"客户 {c.account_no} 导入后已被修改")
        elif r.action == "update" and c.version != (r.previous or {}).get("_version_after"):
            problems.append(f"客户 {c.account_no} 导入后已被修改")
        if len(problems) >= 3:
            break
    for start in range(0, len(added), _CHUNK):
        chunk = added[start:start + _CHUNK]
        for model, column in _HISTORY:
            hit = s.scalar(select(column).where(column.in_(chunk)).limit(1))
            if hit is not None and len(problems) < 3:
                problems.append(f"客户 {customers[hit].account_no} 导入后已有业务记录")
        merged = s.scalar(select(Customer.merged_into_id).where(Customer.merged_into_id.in_(chunk)).limit(1))
        if merged is not None and len(problems) < 3:
            problems.append(f"客户 {customers[merged].account_no} 已并入其他客户")
    if problems:
        raise UndoRefused(batch=batch.id, detail="；".join(problems))


def _undo(s: Session, rows: Sequence[ImportBatchRow], customers: Mapping[int, Customer]) -> None:
    added = [r.entity_id for r in rows if r.action == "add"]
    for start in range(0, len(added), _CHUNK):
        chunk = added[start:start + _CHUNK]
        s.execute(delete(Contact).where(Contact.customer_id.in_(chunk)))
        s.execute(delete(Customer).where(Customer.id.in_(chunk)))
    for r in rows:
        if r.action != "update":
            continue
        c = customers[r.entity_id]
        previous = dict(r.previous or {})
        for field, value in previous.items():
            if field in CUSTOMER_FIELDS:
                setattr(c, field, _from_json(field, value))
        c.team_id, c.manager_id = previous["team_id"], previous["manager_id"]
        c.normalized_address = previous["normalized_address"]
        if "_contact_added" in previous:
            s.execute(delete(Contact).where(Contact.id == previous["_contact_added"]))
        if "_contact" in previous:
            contact = s.get(Contact, previous["_contact"]["id"])
            if contact is not None:
                contact.name = previous["_contact"]["name"]
    s.flush()


def rejects_report(plan: ImportPlan, lang: str = "zh") -> list[str]:
    """One readable line per rejected row (and per warning), for the headless command and the rejects file."""
    lines = []
    for o in plan.outcomes:
        if o.action is Action.REJECT:
            what = ("第{0}行 户号 {1}：" if lang.startswith("zh") else "line {0} account {1}: ").format(o.line_no, o.key or "-")
            lines.append(what + ("；" if lang.startswith("zh") else "; ").join(r.text(lang) for r in o.reasons))
    return lines

