"""Exporting the portfolio view as shown (same rows, same order) to XLSX or CSV, with personal data masked.

The rows come from the loaded column arrays; only the phone, which the portfolio does not hold, is read from
the database, in chunks, and masked like on screen. Every export writes an audit entry (who, how many rows,
which filter).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select

from console.core.exports.tabular import ExportResult, write_table
from console.core.masking import mask_phone
from console.core.models import Customer
from console.core.rules.customer_flags import FLAG_LABELS, CustomerFlag, flag_list
from console.core.security import Permission, Principal, require
from console.core.services import audit
from console.core.services.base import SessionFactory, read_only, unit_of_work
from console.core.services.customer_scope import require_scope
from console.core.services.portfolio import Portfolio
from console.core.services.portfolio_query import PortfolioQuery

_CHUNK = 2000

# (key, Chinese title, English title); the Chinese titles match the import template where a column exists there.
EXPORT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("account_no", "户号", "Account number"),
    ("name", "户名", "Customer name"),
    ("segment", "客户分类", "Customer segment"),
    ("key_grade", "要客等级", "Key account grade"),
    ("address", "用电地址", "Supply address"),
    ("voltage_level", "电压等级", "Voltage level"),
    ("capacity_kva", "合同容量(kVA)", "Contract capacity (kVA)"),
    ("industry", "行业分类", "Industry"),
    ("manager", "客户经理", "Customer manager"),
    ("last_contact_on", "最近联络", "Last contact"),
    ("open_projects", "在途项目", "Open projects"),
    ("complaints_open", "未结投诉", "Open complaints"),
    ("flags", "标记", "Flags"),
    ("phone", "联系电话", "Phone"),
)
SEGMENT_TEXT = {"ordinary": ("普通客户", "Ordinary"), "key_account": ("集团要客", "Key group account"),
                "ev_charging": ("充电设施专项客户", "EV charging")}
GRADE_TEXT = {"special": ("特级", "Special"), "first": ("一级", "Grade 1"), "second": ("二级", "Grade 2"),
              "third": ("三级", "Grade 3")}
FLAG_TEXT_EN = {
    CustomerFlag.POSSIBLE_DUPLICATE: "Possible duplicate", CustomerFlag.OPINION_RISK: "Public-opinion risk",
    CustomerFlag.IMPORTANT_SUPPLY: "Important customer", CustomerFlag.ARREARS_RISK: "Arrears risk",
    CustomerFlag.CONTACT_OVERDUE: "Contact overdue", CustomerFlag.OPEN_COMPLAINT: "Open complaint",
}


def flag_text(bits: int, lang: str) -> str:
    zh = lang.startswith("zh")
    return ("、" if zh else ", ").join(FLAG_LABELS[f] if zh else FLAG_TEXT_EN[f] for f in flag_list(bits))


class PortfolioExportService:
    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def export(self, portfolio: Portfolio, rows: np.ndarray, path: str | os.PathLike[str], *, lang: str = "zh",
               query: PortfolioQuery | None = None, on_progress: Callable[[int], None] | None = None) -> ExportResult:
        """Write ``rows`` (frame rows in view order) to ``path`` (.xlsx or .csv)."""
        require(self._principal, Permission.EXPORT_DATA)
        require(self._principal, Permission.VIEW_PORTFOLIO)
        require_scope(self._principal, portfolio.team_id)
        zh = lang.startswith("zh")
        titles = [zh_title if zh else en_title for _key, zh_title, en_title in EXPORT_COLUMNS]
        result = write_table(Path(path), titles, self._rows(portfolio, np.asarray(rows), lang),
                             on_progress=on_progress, **({"sheet_title": "客户档案" if zh else "Portfolio"}
                                                          if str(path).lower().endswith(".xlsx") else {}))
        with unit_of_work(self._factory, "导出") as s:
            audit.record(s, self._principal, "export", "customer", None, file=os.path.basename(os.fspath(path)),
                         rows=result.rows, team_id=portfolio.team_id, query=(query.to_spec() if query else {}))
        return result

    def _rows(self, portfolio: Portfolio, rows: np.ndarray, lang: str) -> Iterator[Sequence[Any]]:
        frame = portfolio.frame
        flags = portfolio.flags()
        zh = lang.startswith("zh")
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start:start + _CHUNK]
            phones = self._phones([int(frame.ids[r]) for r in chunk])
            for r in chunk.tolist():
                segment = frame.categories["segment"].value(r)
                grade = frame.categories["key_grade"].value(r)
                manager_id = int(frame.numbers["manager_id"][r])
                contact = frame.numbers["last_contact_on"][r]
                yield (
                    frame.texts["account_no"].text(r),
                    frame.texts["name"].text(r),
                    SEGMENT_TEXT.get(segment, (segment, segment))[0 if zh else 1],
                    GRADE_TEXT[grade][0 if zh else 1] if grade in GRADE_TEXT else "",
                    frame.texts["address"].text(r),
                    frame.categories["voltage_level"].value(r),
                    float(frame.numbers["capacity_kva"][r]),
                    frame.categories["industry"].value(r),
                    frame.managers.get(manager_id, "") if manager_id >= 0 else "",
                    None if np.isnat(contact) else date.fromisoformat(str(contact.astype("datetime64[D]"))),
                    int(frame.numbers["open_projects"][r]),
                    int(frame.numbers["complaints_open"][r]),
                    flag_text(int(flags[r]), lang),
                    mask_phone(phones.get(int(frame.ids[r]), "")),
                )

    def _phones(self, ids: Sequence[int]) -> dict[int, str]:
        with read_only(self._factory) as s:
            return {int(i): p for i, p in s.execute(select(Customer.id, Customer.phone).where(Customer.id.in_(ids)))}
