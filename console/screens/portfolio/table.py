"""The portfolio table's columns: ColumnSpecs and the arrays they read, built from a loaded frame.

Text columns are packed (see portfolio_text); the table reads them through a row-number array and a
formatter, so the model still only touches the cells on screen.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt

from console.core.rules.customer_flags import CustomerFlag
from console.core.services.portfolio_columns import PortfolioFrame
from console.screens.portfolio.labels import SEGMENTS, flags_text, label
from widgets.column_table import ColumnSpec, RowStyle

# column key → sort key understood by PortfolioQuery (the same except the manager column)
SORT_KEY = {"manager_id": "manager"}
OVERDUE_STYLE = {1: RowStyle(foreground="#9a4a00"), 2: RowStyle(foreground="#b3261e")}


def specs(frame: PortfolioFrame) -> list[ColumnSpec]:
    texts, cats, managers = frame.texts, frame.categories, frame.managers

    def text_of(key: str) -> Callable[[Any], str]:
        column = texts[key]
        return lambda row: column.text(int(row))

    def category(key: str, table: dict[str, str] | None = None) -> Callable[[Any], str]:
        labels = cats[key].labels
        if table is None:
            return lambda code: labels[int(code)]
        shown = [label(table, v) for v in labels]
        return lambda code: shown[int(code)]

    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return [
        ColumnSpec("account_no", QCoreApplication.translate("PortfolioTable", "户号"), "int", 92, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text_of("account_no")),
        ColumnSpec("name", QCoreApplication.translate("PortfolioTable", "户名"), "int", 168, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text_of("name")),
        ColumnSpec("segment", QCoreApplication.translate("PortfolioTable", "客户分级"), "int", 126, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, category("segment", SEGMENTS)),
        ColumnSpec("voltage_level", QCoreApplication.translate("PortfolioTable", "电压等级"), "int", 76, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, category("voltage_level")),
        ColumnSpec("capacity_kva", QCoreApplication.translate("PortfolioTable", "容量(kVA)"), "float", 72, right, lambda v: f"{float(v):,.0f}" if float(v).is_integer() else f"{float(v):,.1f}"),
        ColumnSpec("industry", QCoreApplication.translate("PortfolioTable", "行业"), "int", 138, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, category("industry")),
        ColumnSpec("manager_id", QCoreApplication.translate("PortfolioTable", "客户经理"), "int", 70, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   lambda v: managers.get(int(v), "") if int(v) >= 0 else ""),
        ColumnSpec("last_contact_on", QCoreApplication.translate("PortfolioTable", "最近联络"), "date", 88),
        ColumnSpec("open_projects", QCoreApplication.translate("PortfolioTable", "在途项目"), "int", 66, right, lambda v: str(int(v)) if int(v) else ""),
        ColumnSpec("flags", QCoreApplication.translate("PortfolioTable", "标记"), "int", 120, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, lambda v: flags_text(int(v))),
    ]


def arrays(frame: PortfolioFrame, flags: np.ndarray) -> dict[str, np.ndarray]:
    """The arrays the specs read, plus ``status`` (row colour: 1 key account overdue, 2 open complaint)."""
    rows = np.arange(len(frame), dtype=np.int32)
    status = np.where(flags & int(CustomerFlag.OPEN_COMPLAINT), 2, np.where(flags & int(CustomerFlag.CONTACT_OVERDUE), 1, 0))
    return {
        "account_no": rows, "name": rows,
        "segment": frame.categories["segment"].codes, "voltage_level": frame.categories["voltage_level"].codes,
        "industry": frame.categories["industry"].codes,
        "capacity_kva": frame.numbers["capacity_kva"], "manager_id": frame.numbers["manager_id"],
        "last_contact_on": frame.numbers["last_contact_on"], "open_projects": frame.numbers["open_projects"],
        "flags": flags, "status": status.astype(np.int8),
    }


def sort_key_of(column_key: str) -> str:
    return SORT_KEY.get(column_key, column_key)


def column_key_of(sort_key: str) -> str:
    return {v: k for k, v in SORT_KEY.items()}.get(sort_key, sort_key)
