"""How a time-limit version is stored: one ``time_limit_rules`` row per class and node, plus ``total``.

The reading side is :func:`console.core.services.clock_inputs.load_clock_inputs`; this is the writing side, used
by the admin's rule editor and by the demo's reference data, so the published defaults have one source
(:data:`console.core.rules.time_limits.DEFAULT_TABLES`).
"""
from __future__ import annotations

from console.core.models import TimeLimitRule
from console.core.models.enums import ProjectClass as StoredClass
from console.core.rules.time_limits import ProjectClass, TimeLimitTable

TOTAL = "total"  # the node slug of the committed utility-side total


def stored_rules(table: TimeLimitTable) -> list[tuple[ProjectClass, str, int, int]]:
    """``(class, node slug or "total", seq, workdays)`` rows of one version, classes and nodes in order."""
    out: list[tuple[ProjectClass, str, int, int]] = []
    for cls in ProjectClass:
        limits = table.limits.get(cls)
        if limits is None:
            continue
        for seq, (node, days) in enumerate(limits.node_limits):
            out.append((cls, node.value, seq, days))
        out.append((cls, TOTAL, len(limits.node_limits), limits.committed_total_days))
    return out


def rule_rows(table: TimeLimitTable) -> list[TimeLimitRule]:
    return [TimeLimitRule(project_class=StoredClass(cls.value), node=node, seq=seq, workdays=days)
            for cls, node, seq, days in stored_rules(table)]
