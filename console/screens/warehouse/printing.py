"""Plain data for the warehouse PDFs: tag label sheets and the stock-count report (builders in ``reports``)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from console.core.epc import EpcError, decode_hex
from console.core.services.warehouse_counts import MISPLACED, MISSING, UNEXPECTED, CountLine, CountResult
from console.core.services.warehouse_registry import InventoryColumns
from reports.stock_count import AdjustmentRow, DiscrepancyRow, StockCountReport, build_stock_count_report
from reports.tag_labels import TagLabel, build_tag_labels

UNREGISTERED = "未登记标签"  # what the report calls a tag nobody registered
_ACTIONS = {MISSING: "盘亏：移出货架", MISPLACED: "错放：改登记到本库区", UNEXPECTED: "盘盈：收回入库"}


def tag_labels(inventory: InventoryColumns, item_ids: list[int]) -> list[TagLabel]:
    """Labels for these items, in the order given: name, serial, grouped EPC hex and a QR of the pure identity."""
    index = {int(i): n for n, i in enumerate(inventory.ids)}
    labels = []
    for item_id in item_ids:
        n = index[item_id]
        epc = str(inventory.columns["epc"][n])
        try:
            uri = decode_hex(epc).pure_identity
        except EpcError:
            uri = f"urn:epc:raw:96.x{epc}"
        labels.append(TagLabel(str(inventory.columns["type_name"][n]), str(inventory.columns["serial"][n]), epc, uri))
    return labels


def write_tag_labels(labels: list[TagLabel], path: Path, layout: str = "A4 grid") -> int:
    """Write the label sheet; returns the number of pages."""
    return build_tag_labels(labels, path, layout=layout).page_count


def _short(path: str) -> str:
    """The last step of a location path: the shelf (its name already says the zone)."""
    return path.rsplit(" › ", 1)[-1]


def _row(line: CountLine, zone: str) -> DiscrepancyRow:
    name, _, serial = line.item.rpartition(" ") if line.item else (UNREGISTERED, "", "")
    return DiscrepancyRow(item_name=name or line.item or UNREGISTERED, epc_hex=line.epc, serial=serial,
                          expected_location=_short(line.registered_at), seen_location=zone if line.seen_by else "",
                          last_seen_at=line.seen_at, note=line.seen_by)


def count_report(result: CountResult, counted_by: str) -> StockCountReport:
    c = result.count
    closed = c.closed_at or datetime.now(timezone.utc)
    adjustments = [AdjustmentRow(a.item.rpartition(" ")[0] or a.item, a.epc, _ACTIONS.get(a.outcome, a.outcome),
                                 f"{_short(a.from_location) or '—'} → {_short(a.to_location) or '不在货架'}", a.by, a.at)
                   for a in result.adjustments]
    return StockCountReport(
        zone=c.zone, started_at=_aware(c.started_at), closed_at=_aware(closed), counted_by=counted_by or c.started_by,
        expected=result.expected, seen=c.seen,
        missing=[_row(ln, c.zone) for ln in result.of(MISSING)],
        unexpected=[_row(ln, c.zone) for ln in result.of(UNEXPECTED)],
        misplaced=[_row(ln, c.zone) for ln in result.of(MISPLACED)],
        adjustments=adjustments,
    )


def write_count_report(result: CountResult, counted_by: str, path: Path) -> int:
    return build_stock_count_report(count_report(result, counted_by), path).page_count


def _aware(value: datetime) -> datetime:
    """Local wall-clock time for print (SQLite returns naive UTC datetimes)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    return aware.astimezone()
