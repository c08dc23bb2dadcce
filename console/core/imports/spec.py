"""Declarative column specs and the import plan: every row of the file gets exactly one outcome.

Rules the plan follows (the service applies a plan as it stands, in one transaction):

* A blank cell, or a column the file does not have, means "not supplied": an update never clears a stored
  value because of it. Parsers may also decline a value (e.g. a masked phone ``138****5678`` from one of our
  own exports) with a warning; it is then not supplied either.
* A row with any reason is rejected as a whole; warnings never reject.
* The same key on several rows: if the rows say exactly the same thing, the first is planned and each later
  one is rejected as a repeat of it. If they differ, every one of them is rejected, because nothing in the file
  says which is right and applying either would silently drop the other.
* ``update`` only when a supplied value differs from the stored one; ``changed`` lists those fields.
"""
from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from console.core.imports.messages import ImportFileError, UserMessage
from console.core.imports.normalize import header_key
from console.core.imports.tabular import DEFAULT_ORIGIN, SourceRow, Table


class Parsed(NamedTuple):
    """What a field parser makes of one non-blank cell (a tuple: a million of them are made per large file)."""

    value: object = None
    error: UserMessage | None = None
    warning: UserMessage | None = None
    supplied: bool = True


def ok(value: object, warning: UserMessage | None = None) -> Parsed:
    return Parsed(value=value, warning=warning)


def bad(reason: UserMessage) -> Parsed:
    return Parsed(error=reason, supplied=False)


def skip(warning: UserMessage) -> Parsed:
    """Leave the field as if the cell were blank, and say why."""
    return Parsed(warning=warning, supplied=False)


Parser = Callable[[str], Parsed]


def _keep_text(cell: str) -> Parsed:
    return ok(cell)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: UserMessage  # column title in the template, and how reasons name the field
    aliases: tuple[str, ...] = ()  # further titles accepted in files (Chinese and English)
    parse: Parser = _keep_text  # called only for non-blank cells
    required: bool = False  # the column must exist and its cell must not be blank

    def titles(self) -> tuple[str, ...]:
        return (self.label.zh, self.label.en, *self.aliases)


@dataclass(frozen=True)
class ImportSpec:
    fields: tuple[FieldSpec, ...]
    key: str  # the field that identifies a record (must be required)
    origin: UserMessage = DEFAULT_ORIGIN  # where such files come from, named in advice ("export again from …")

    def __post_init__(self) -> None:
        keys = [f.key for f in self.fields]
        if len(set(keys)) != len(keys) or self.key not in keys:
            raise ValueError(f"field keys must be unique and include the key field {self.key!r}")
        if not self.field(self.key).required:
            raise ValueError(f"key field {self.key!r} must be required")
        titles = [t for f in self.fields for t in {header_key(t) for t in f.titles()}]
        if len(set(titles)) != len(titles):
            raise ValueError("two fields share a column title")

    def field(self, key: str) -> FieldSpec:
        return next(f for f in self.fields if f.key == key)

    def known_headers(self) -> list[str]:
        return [title for f in self.fields for title in f.titles()]


class Action(str, enum.Enum):
    ADD = "add"
    UPDATE = "update"
    REJECT = "reject"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class RowOutcome:
    line_no: int
    action: Action
    key: str | None  # the parsed key; for a row whose key is invalid, the cell as written (None if blank)
    values: Mapping[str, object]  # supplied, parsed values by field key (rejected rows: those that parsed)
    reasons: tuple[UserMessage, ...] = ()
    warnings: tuple[UserMessage, ...] = ()
    changed: tuple[str, ...] = ()  # update: fields whose supplied value differs from the stored one
    cells: tuple[str, ...] = ()  # the normalised source cells, for a rejects file the person can fix


@dataclass(frozen=True)
class ImportPlan:
    outcomes: tuple[RowOutcome, ...]
    header: tuple[str, ...]
    header_line: int
    columns: Mapping[str, int]  # field key → column index in ``header``
    ignored_columns: tuple[str, ...]  # titles in the file that no field reads (shown so nothing is lost unseen)
    blank_rows: int = 0
    source: Table | None = field(default=None, repr=False, compare=False)

    def counts(self) -> dict[Action, int]:
        totals = dict.fromkeys(Action, 0)
        for outcome in self.outcomes:
            totals[outcome.action] += 1
        return totals

    def of(self, action: Action) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action is action]


def bind_columns(header: Sequence[str], spec: ImportSpec) -> tuple[dict[str, int], tuple[str, ...]]:
    """Map field keys to column indexes; raise if a required column is missing or a field appears twice."""
    by_title = {header_key(t): f for f in spec.fields for t in f.titles()}
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, title in enumerate(header):
        spec_field = by_title.get(header_key(title)) if title else None
        if spec_field is None:
            if title:
                ignored.append(title)
            continue
        if spec_field.key in columns:
            first = header[columns[spec_field.key]]
            raise ImportFileError(UserMessage(
                f"“{first}”和“{title}”都是{spec_field.label.zh}列：请删除其中一列后再导入。",
                f"Both \"{first}\" and \"{title}\" are the {spec_field.label.en} column: delete one of them, "
                "then import.",
            ))
        columns[spec_field.key] = index
    missing = [f for f in spec.fields if f.required and f.key not in columns]
    if missing:
        raise ImportFileError(UserMessage(
            f"缺少必需列：{'、'.join(f.label.zh for f in missing)}。请使用{spec.origin.zh}导出的原始文件，"
            "或在表头补上这些列。",
            f"Required columns missing: {', '.join(f.label.en for f in missing)}. Use the file as exported by "
            f"{spec.origin.en}, or add these columns to the header.",
        ))
    return columns, tuple(ignored)


@dataclass
class _Draft:
    row: SourceRow
    key: str | None
    key_valid: bool
    values: dict[str, object]
    reasons: list[UserMessage]
    warnings: list[UserMessage]


def _draft(row: SourceRow, bound: Sequence[tuple[FieldSpec, int]], key_field: str, width: int) -> _Draft:
    values: dict[str, object] = {}
    reasons: list[UserMessage] = []
    warnings: list[UserMessage] = []
    cells = row.cells
    extra = sum(1 for cell in cells[width:] if cell)
    if extra:
        reasons.append(UserMessage(
            f"本行比表头多出{extra}个非空单元格（是否有未加引号的逗号？）",
            f"{extra} non-empty cell(s) beyond the last column (an unquoted comma?)",
        ))
    key_cell = ""
    for spec_field, index in bound:
        cell = cells[index] if index < len(cells) else ""
        if spec_field.key == key_field:
            key_cell = cell
        if not cell:
            if spec_field.required:
                reasons.append(UserMessage(f"{spec_field.label.zh}不能为空", f"{spec_field.label.en} is empty"))
            continue
        parsed = spec_field.parse(cell)
        if parsed.error is not None:
            reasons.append(parsed.error)
        elif parsed.supplied:
            values[spec_field.key] = parsed.value
        if parsed.warning is not None:
            warnings.append(parsed.warning)
    key_valid = key_field in values
    key = str(values[key_field]) if key_valid else (key_cell or None)
    return _Draft(row, key, key_valid, values, reasons, warnings)


def _mark_duplicates(drafts: Sequence[_Draft], key_label: UserMessage) -> None:
    by_key: dict[str, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        if draft.key_valid:
            by_key[str(draft.key)].append(draft)
    for key, group in by_key.items():
        if len(group) < 2:
            continue
        # Compared by equality, not hashed: a parser may return unhashable values (lists, dicts).
        if all((d.values, d.reasons) == (group[0].values, group[0].reasons) for d in group):
            first = group[0].row.line_no
            for later in group[1:]:
                later.reasons.append(UserMessage(f"与第{first}行完全重复", f"repeats line {first} exactly"))
            continue
        lines = [d.row.line_no for d in group]
        for draft in group:
            others = [n for n in lines if n != draft.row.line_no]
            draft.reasons.append(UserMessage(
                f"{key_label.zh}{key}在第{'、'.join(map(str, others))}行也出现且内容不同：请只保留正确的一行",
                f"{key_label.en} {key} also appears on line(s) {', '.join(map(str, others))} with different "
                "values: keep only the correct row",
            ))


def plan_import(table: Table, spec: ImportSpec, existing: Mapping[str, Mapping[str, object]]) -> ImportPlan:
    """Plan ``table`` against ``existing`` (key → stored values by field key); exactly one outcome per row."""
    columns, ignored = bind_columns(table.header, spec)
    bound = [(f, columns[f.key]) for f in spec.fields if f.key in columns]
    drafts = [_draft(row, bound, spec.key, len(table.header)) for row in table.rows]
    _mark_duplicates(drafts, spec.field(spec.key).label)
    outcomes = tuple(_decide(d, spec.key, existing) for d in drafts)
    return ImportPlan(outcomes, table.header, table.header_line, columns, ignored, table.blank_rows, table)


def _decide(draft: _Draft, key_field: str, existing: Mapping[str, Mapping[str, object]]) -> RowOutcome:
    action, changed = Action.REJECT, ()
    if not draft.reasons:
        stored = existing.get(str(draft.key))
        if stored is None:
            action = Action.ADD
        else:
            changed = tuple(k for k, v in draft.values.items() if k != key_field and stored.get(k) != v)
            action = Action.UPDATE if changed else Action.UNCHANGED
    return RowOutcome(draft.row.line_no, action, draft.key, draft.values, tuple(draft.reasons),
                      tuple(draft.warnings), changed, draft.row.cells)


def reject_more(plan: ImportPlan, reasons_by_line: Mapping[int, Iterable[UserMessage]]) -> ImportPlan:
    """Add reasons only the service can know (e.g. an unknown team name); those rows become rejects."""
    outcomes = []
    for outcome in plan.outcomes:
        extra = tuple(reasons_by_line.get(outcome.line_no, ()))
        if extra:
            outcome = replace(outcome, action=Action.REJECT, reasons=outcome.reasons + extra, changed=())
        outcomes.append(outcome)
    return replace(plan, outcomes=tuple(outcomes))


def rejects_table(plan: ImportPlan, lang: str = "zh") -> tuple[list[str], list[tuple[str, ...]]]:
    """Rejected rows as the file had them, plus their line and reasons: columns and rows for the exporter.

    The person fixes this file and imports it again; the two added columns are not import columns, so the
    second import ignores them.
    """
    rejects = plan.of(Action.REJECT)
    width = max([len(plan.header), *(len(o.cells) for o in rejects)])
    zh = lang.lower().startswith("zh")
    columns = [*plan.header, *([""] * (width - len(plan.header))),
               "原行号" if zh else "Source line", "未导入原因" if zh else "Reason not imported"]
    separator = "；" if zh else "; "
    rows = [(*o.cells, *([""] * (width - len(o.cells))), str(o.line_no),
             separator.join(r.text(lang) for r in o.reasons)) for o in rejects]
    return columns, rows
