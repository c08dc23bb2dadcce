"""Exporting the filtered view: same rows in the same order, phones masked, audited, scoped."""
from __future__ import annotations

import csv

import openpyxl
import pytest
from sqlalchemy import select

from console.core.errors import PermissionDenied
from console.core.models import AuditEntry, Customer
from console.core.services.customer_export import EXPORT_COLUMNS, PortfolioExportService
from console.core.services.customers import CustomerService
from console.core.services.portfolio_query import PortfolioQuery
from tests.conftest import principal_for


def test_export_csv_and_xlsx_match_the_view(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lead = principal_for(demo_db, "lead.east")
    portfolio = CustomerService(demo_db.session_factory, lead).load_portfolio()
    query = PortfolioQuery(segments=("key_account",), sort_key="capacity_kva", descending=True)
    page = portfolio.run(query)
    exporter = PortfolioExportService(demo_db.session_factory, lead)
    exporter.export(portfolio, page.rows, tmp_path / "v.csv", query=query)
    with (tmp_path / "v.csv").open(encoding="utf-8-sig", newline="") as fh:
        records = list(csv.reader(fh))
    assert records[0] == [zh for _k, zh, _en in EXPORT_COLUMNS]
    expected_accounts = [portfolio.frame.value("account_no", int(r)) for r in page.rows]
    assert [r[0] for r in records[1:]] == expected_accounts
    with demo_db.session_factory() as s:
        phones = dict(s.execute(select(Customer.account_no, Customer.phone)).all())
    for record in records[1:]:
        assert record[2] == "集团要客"
        assert record[-1] == phones[record[0]][:3] + "****" + phones[record[0]][-4:]
    result = exporter.export(portfolio, page.rows, tmp_path / "v.xlsx", lang="en")
    sheet = openpyxl.load_workbook(tmp_path / "v.xlsx", read_only=True).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "Account number" and values[1][2] == "Key group account"
    assert [v[0] for v in values[1:]] == expected_accounts and result.rows == len(expected_accounts)
    with demo_db.session_factory() as s:
        exports = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "export")))
    assert len(exports) == 2 and exports[0].detail["rows"] == len(expected_accounts)


def test_export_needs_permission_and_scope(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    admin = principal_for(demo_db, "admin")
    portfolio = CustomerService(demo_db.session_factory, admin).load_portfolio()
    rows = portfolio.run(PortfolioQuery()).rows[:5]
    with pytest.raises(PermissionDenied):  # the admin's all-teams portfolio is not the lead's to export
        PortfolioExportService(demo_db.session_factory, principal_for(demo_db, "lead.east")).export(portfolio, rows, tmp_path / "x.csv")
    with pytest.raises(PermissionDenied):
        PortfolioExportService(demo_db.session_factory, principal_for(demo_db, "hall")).export(portfolio, rows, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
