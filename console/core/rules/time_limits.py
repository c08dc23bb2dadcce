"""Time-limit rules for connection projects (业扩报装时限): classes, nodes, customer steps, versioned tables.

Node layout per class, and why:

- High voltage (single and dual source) track five internal nodes, each with its own limit, plus the committed
  utility-side total. State Grid's 时限达标 assessment checks the five nodes one by one.
- Low-voltage non-residential and residential have **no per-node limits** (``node_limits`` empty): the
  published commitment for them is one figure from acceptance to power-on (the supply plan is answered on the
  spot and the steps are merged), so inventing node limits would raise false "overdue" flags. Their clock is
  the committed total alone, closed by the actual finish of :attr:`Node.CONNECTION`.
- EV charging facilities (default: the common low-voltage case — home chargers and small stations; a 10 kV
  station is an hv-single/hv-dual project) have two utility-side limits in the published service guide: the
  supply plan (site survey within 3 working days of acceptance, answer within 2 more for low voltage → 5) and
  meter installation/connection within 5 working days of passing inspection. No separate total is published,
  so the default total is their sum (10) and never contradicts the nodes. Sources (stored copies of public
  pages): the residential-area charging-infrastructure power-application guide as reproduced for Yantai,
  http://m.ddtbk.com/news/97e44508e3edec0a2f59a3b5848b2ce9.html (survey ≤3, low-voltage plan ≤2, 10 kV single
  ≤5, dual ≤7 working days), and http://m.wuhanx.com/life/45405.html plus
  https://baike.pcauto.com.cn/80622/137443.html (meter and power-on within 5 working days of inspection).
  Provinces differ: the admin edits the table.

Customer-facing steps (what the app and the kiosk show) map onto internal nodes in :data:`STEP_OF_NODE`.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

LANGS = ("zh", "en")
MAX_LIMIT_DAYS = 250  # about one year of working days; a longer limit is a typing slip (150 for 15, …)


def pick_label(labels: tuple[str, str], lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    return labels[LANGS.index(lang)]


def _coerce(enum_cls: type, value: object) -> object:
    """``value`` as a member of ``enum_cls`` when it names one (slug or an equal str enum), else unchanged."""
    try:
        return enum_cls(value)
    except ValueError:
        return value


class ProjectClass(StrEnum):
    """Project class; the value is the CLI slug."""

    HV_SINGLE = "hv-single"
    HV_DUAL = "hv-dual"
    LV_NONRES = "lv-nonres"
    RESIDENTIAL = "residential"
    EV_CHARGING = "ev-charging"

    def label(self, lang: str = "zh") -> str:
        return pick_label(_CLASS_LABELS[self], lang)

    @property
    def high_voltage(self) -> bool:
        return self in (ProjectClass.HV_SINGLE, ProjectClass.HV_DUAL)


_CLASS_LABELS: dict[ProjectClass, tuple[str, str]] = {
    ProjectClass.HV_SINGLE: ("高压单电源", "High voltage, single source"),
    ProjectClass.HV_DUAL: ("高压双电源", "High voltage, dual source"),
    ProjectClass.LV_NONRES: ("低压非居民", "Low voltage, non-residential"),
    ProjectClass.RESIDENTIAL: ("居民", "Residential"),
    ProjectClass.EV_CHARGING: ("电动汽车充电设施", "EV charging facility"),
}


class Node(StrEnum):
    """Internal progress node; declaration order is the only valid order in a table."""

    SUPPLY_PLAN = "supply_plan"
    DESIGN_REVIEW = "design_review"
    INTERMEDIATE_INSPECTION = "intermediate_inspection"
    COMPLETION_INSPECTION = "completion_inspection"
    CONNECTION = "connection"

    def label(self, lang: str = "zh") -> str:
        return pick_label(_NODE_LABELS[self], lang)


_NODE_LABELS: dict[Node, tuple[str, str]] = {
    Node.SUPPLY_PLAN: ("供电方案答复", "Supply plan reply"),
    Node.DESIGN_REVIEW: ("设计审查", "Design review"),
    Node.INTERMEDIATE_INSPECTION: ("中间检查", "Intermediate inspection"),
    Node.COMPLETION_INSPECTION: ("竣工检验", "Completion inspection"),
    Node.CONNECTION: ("装表接电", "Meter installation and connection"),
}
NODE_ORDER: tuple[Node, ...] = tuple(Node)


class CustomerStep(StrEnum):
    """The four steps a customer sees: 申请受理 → 供电方案答复 → 工程实施 → 装表接电."""

    ACCEPTED = "accepted"
    SUPPLY_PLAN = "supply_plan"
    WORKS = "works"
    CONNECTION = "connection"

    def label(self, lang: str = "zh") -> str:
        return pick_label(_STEP_LABELS[self], lang)


_STEP_LABELS: dict[CustomerStep, tuple[str, str]] = {
    CustomerStep.ACCEPTED: ("申请受理", "Application accepted"),
    CustomerStep.SUPPLY_PLAN: ("供电方案答复", "Supply plan answered"),
    CustomerStep.WORKS: ("工程实施", "Works"),
    CustomerStep.CONNECTION: ("装表接电", "Meter fitted, power on"),
}

# 申请受理 is the acceptance event itself and has no internal node; design review and both inspections happen
# while the customer's works are under way, so the customer sees them as one step.
STEP_OF_NODE: dict[Node, CustomerStep] = {
    Node.SUPPLY_PLAN: CustomerStep.SUPPLY_PLAN,
    Node.DESIGN_REVIEW: CustomerStep.WORKS,
    Node.INTERMEDIATE_INSPECTION: CustomerStep.WORKS,
    Node.COMPLETION_INSPECTION: CustomerStep.WORKS,
    Node.CONNECTION: CustomerStep.CONNECTION,
}


def nodes_of_step(step: CustomerStep) -> tuple[Node, ...]:
    return tuple(n for n in NODE_ORDER if STEP_OF_NODE[n] is step)


@dataclass(frozen=True)
class ClassLimits:
    """Working-day limits of one class: per node (in node order) and the committed utility-side total."""

    node_limits: tuple[tuple[Node, int], ...]
    committed_total_days: int

    def __post_init__(self) -> None:
        # Accept lists and plain slugs from an editor or the database; keep an immutable, hashable form.
        # Unknown slugs stay as given so table_problems() can name them.
        object.__setattr__(self, "node_limits", tuple((_coerce(Node, n), d) for n, d in self.node_limits))

    @property
    def nodes(self) -> tuple[Node, ...]:
        return tuple(n for n, _ in self.node_limits)

    def limit_of(self, node: Node) -> int | None:
        return next((d for n, d in self.node_limits if n is node), None)


@dataclass(frozen=True)
class TimeLimitTable:
    """One version of the rules; it applies to projects accepted on or after ``effective_from``."""

    effective_from: _dt.date
    limits: Mapping[ProjectClass, ClassLimits]
    note: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "limits", {_coerce(ProjectClass, k): v for k, v in self.limits.items()})


_HV_NODES = (Node.SUPPLY_PLAN, Node.DESIGN_REVIEW, Node.INTERMEDIATE_INSPECTION, Node.COMPLETION_INSPECTION,
             Node.CONNECTION)

# The defaults are not tied to a publication date: they start far back so every acceptance date finds a table.
DEFAULT_TABLES: tuple[TimeLimitTable, ...] = (
    TimeLimitTable(
        effective_from=_dt.date(2000, 1, 1),
        limits={
            ProjectClass.HV_SINGLE: ClassLimits(tuple(zip(_HV_NODES, (15, 10, 5, 5, 5))), 22),
            ProjectClass.HV_DUAL: ClassLimits(tuple(zip(_HV_NODES, (30, 10, 5, 5, 5))), 32),
            ProjectClass.LV_NONRES: ClassLimits((), 6),
            ProjectClass.RESIDENTIAL: ClassLimits((), 5),
            ProjectClass.EV_CHARGING: ClassLimits(((Node.SUPPLY_PLAN, 5), (Node.CONNECTION, 5)), 10),
        },
        note="State Grid published service commitments (see shared domain brief); EV: charging service guide",
    ),
)


class NoTableInForce(LookupError):
    pass


def table_in_force(tables: Iterable[TimeLimitTable], accepted_on: _dt.date) -> TimeLimitTable:
    """The version with the latest ``effective_from`` on or before ``accepted_on``.

    A project keeps the rules in force on the day it was accepted, whatever the admin publishes later.
    """
    best: TimeLimitTable | None = None
    for t in tables:
        if t.effective_from <= accepted_on and (best is None or t.effective_from > best.effective_from):
            best = t
    if best is None:
        raise NoTableInForce(f"no time-limit table is in force on {accepted_on.isoformat()}")
    return best


# -- validation of admin-edited tables --------------------------------------------------------------------------------
@dataclass(frozen=True)
class TableProblem:
    """One thing wrong with a table, said in both UI languages."""

    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        return pick_label((self.zh, self.en), lang)


class TimeLimitTableError(ValueError):
    def __init__(self, problems: Sequence[TableProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.en for p in self.problems))


def _check_days(value: object, zh_what: str, en_what: str) -> TableProblem | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return TableProblem(f"{zh_what}必须是整数工作日，而不是 {value!r}",
                            f"{en_what} must be a whole number of working days, not {value!r}")
    if value <= 0:
        return TableProblem(f"{zh_what}必须大于 0（现为 {value}）", f"{en_what} must be greater than 0 (is {value})")
    if value > MAX_LIMIT_DAYS:
        return TableProblem(f"{zh_what}为 {value} 个工作日，超过上限 {MAX_LIMIT_DAYS}，请检查是否输入有误",
                            f"{en_what} is {value} working days, above the limit of {MAX_LIMIT_DAYS}; a typing slip?")
    return None


def _class_problems(cls: ProjectClass, limits: ClassLimits) -> list[TableProblem]:
    zc, ec = cls.label("zh"), cls.label("en")
    problems: list[TableProblem] = []
    last_index = -1
    seen: set[Node] = set()
    for node, days in limits.node_limits:
        if not isinstance(node, Node):
            problems.append(TableProblem(f"{zc}：未知节点 {node!r}", f"{ec}: unknown node {node!r}"))
            continue
        zn, en = node.label("zh"), node.label("en")
        if node in seen:
            problems.append(TableProblem(f"{zc}：节点「{zn}」重复出现", f"{ec}: node '{en}' appears twice"))
        elif NODE_ORDER.index(node) < last_index:
            order_zh = " → ".join(n.label("zh") for n in NODE_ORDER)
            order_en = " → ".join(n.label("en") for n in NODE_ORDER)
            problems.append(TableProblem(f"{zc}：节点「{zn}」顺序不对，应为 {order_zh}",
                                         f"{ec}: node '{en}' is out of order; the order is {order_en}"))
        seen.add(node)
        last_index = max(last_index, NODE_ORDER.index(node))
        p = _check_days(days, f"{zc}：「{zn}」时限", f"{ec}: '{en}' limit")
        if p:
            problems.append(p)
    p = _check_days(limits.committed_total_days, f"{zc}：承诺总时限", f"{ec}: committed total")
    if p:
        problems.append(p)
    return problems


def table_problems(table: TimeLimitTable) -> list[TableProblem]:
    """Everything wrong with one table (empty when valid); the editor shows them all at once."""
    problems: list[TableProblem] = []
    if not isinstance(table.effective_from, _dt.date) or isinstance(table.effective_from, _dt.datetime):
        problems.append(TableProblem(f"生效日期必须是日期，而不是 {table.effective_from!r}",
                                     f"effective date must be a date, not {table.effective_from!r}"))
    for key in table.limits:
        if not isinstance(key, ProjectClass):
            problems.append(TableProblem(f"未知项目类别 {key!r}", f"unknown project class {key!r}"))
    for cls in ProjectClass:
        limits = table.limits.get(cls)
        if limits is None:
            problems.append(TableProblem(f"缺少项目类别「{cls.label('zh')}」的时限",
                                         f"limits for project class '{cls.label('en')}' are missing"))
        else:
            problems.extend(_class_problems(cls, limits))
    return problems


def validate_table(table: TimeLimitTable) -> None:
    problems = table_problems(table)
    if problems:
        raise TimeLimitTableError(problems)


def validate_tables(tables: Sequence[TimeLimitTable]) -> None:
    """Every table valid, and no two versions taking effect on the same day."""
    problems: list[TableProblem] = []
    seen: set[_dt.date] = set()
    for t in tables:
        problems.extend(table_problems(t))
        if t.effective_from in seen:
            problems.append(TableProblem(f"有两个版本同在 {t.effective_from} 生效",
                                         f"two versions take effect on {t.effective_from}"))
        seen.add(t.effective_from)
    if problems:
        raise TimeLimitTableError(problems)
