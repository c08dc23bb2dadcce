"""Smart warehouse (智慧库房): locations, item types, RFID-tagged items, readers, reads, movements, tests, counts."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.core.models.base import Base, Timestamps, Versioned, enum_type, utcnow
from console.core.models.enums import ItemCategory, ItemStatus, LocationKind, MovementKind, Tracking


class Location(Base, Versioned):
    """warehouse → zone → shelf."""

    __tablename__ = "locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), index=True)
    kind: Mapped[LocationKind] = mapped_column(enum_type(LocationKind))
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(60))

    parent: Mapped["Location | None"] = relationship(remote_side="Location.id")


class ItemType(Base, Versioned):
    __tablename__ = "item_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    category: Mapped[ItemCategory] = mapped_column(enum_type(ItemCategory))
    tracking: Mapped[Tracking] = mapped_column(enum_type(Tracking))
    test_rule_id: Mapped[int | None] = mapped_column(ForeignKey("test_interval_rules.id"))
    item_ref: Mapped[str] = mapped_column(String(10), default="")  # SGTIN item reference for counted stock
    unit: Mapped[str] = mapped_column(String(10), default="件")
    low_stock_threshold: Mapped[int] = mapped_column(Integer, default=0)


class Item(Base, Versioned, Timestamps):
    __tablename__ = "items"
    __table_args__ = (
        Index("ix_items_status_location", "status", "location_id"),
        Index("ix_items_next_test_due", "next_test_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("item_types.id"), index=True)
    serial: Mapped[str] = mapped_column(String(40))
    epc: Mapped[str] = mapped_column(String(32), unique=True)  # 24 upper-case hex digits for 96-bit EPCs
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    status: Mapped[ItemStatus] = mapped_column(enum_type(ItemStatus), default=ItemStatus.IN_STOCK)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    manufactured_on: Mapped[date | None] = mapped_column(Date)
    last_test_on: Mapped[date | None] = mapped_column(Date)
    next_test_due: Mapped[date | None] = mapped_column(Date)
    service_life_ends: Mapped[date | None] = mapped_column(Date)
    holder_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    due_back_on: Mapped[date | None] = mapped_column(Date)

    item_type: Mapped[ItemType] = relationship()
    location: Mapped[Location | None] = relationship()


class Reader(Base, Versioned):
    """An LLRP reader at a door (portal with an outer and inner antenna) or on a shelf."""

    __tablename__ = "readers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    host: Mapped[str] = mapped_column(String(100))
    port: Mapped[int] = mapped_column(Integer, default=5084)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    is_portal: Mapped[bool] = mapped_column(Boolean, default=False)
    outer_antenna: Mapped[int | None] = mapped_column(Integer)
    inner_antenna: Mapped[int | None] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class TagReadRow(Base):
    """Raw reads after de-duplication (the reader's own stream is far denser)."""

    __tablename__ = "tag_reads"
    __table_args__ = (Index("ix_tag_reads_epc_seen", "epc", "seen_at_us"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    reader: Mapped[str] = mapped_column(String(40))
    epc: Mapped[str] = mapped_column(String(32))
    antenna: Mapped[int] = mapped_column(Integer)
    rssi: Mapped[int | None] = mapped_column(Integer)
    seen_at_us: Mapped[int] = mapped_column(BigInteger)


class Movement(Base):
    __tablename__ = "movements"
    __table_args__ = (Index("ix_movements_item_at", "item_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    kind: Mapped[MovementKind] = mapped_column(enum_type(MovementKind))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    from_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    to_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")


class TestRecord(Base):
    __tablename__ = "test_records"
    __test__ = False

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="test")  # test / inspection
    tested_on: Mapped[date] = mapped_column(Date)
    passed: Mapped[bool] = mapped_column(Boolean)
    next_due: Mapped[date | None] = mapped_column(Date)
    tester: Mapped[str] = mapped_column(String(50), default="")
    certificate_no: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class QuarantinedEpc(Base):
    """EPCs read but not registered: waiting for someone to register or dismiss them."""

    __tablename__ = "quarantined_epcs"

    epc: Mapped[str] = mapped_column(String(32), primary_key=True)
    reader: Mapped[str] = mapped_column(String(40))
    first_seen_us: Mapped[int] = mapped_column(BigInteger)
    last_seen_us: Mapped[int] = mapped_column(BigInteger)
    reads: Mapped[int] = mapped_column(Integer, default=1)
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)


class StockCount(Base, Versioned):
    """盘点: expected vs seen for one zone."""

    __tablename__ = "stock_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    started_by: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class StockCountSeen(Base):
    __tablename__ = "stock_count_seen"

    count_id: Mapped[int] = mapped_column(ForeignKey("stock_counts.id"), primary_key=True)
    epc: Mapped[str] = mapped_column(String(32), primary_key=True)
    reader: Mapped[str] = mapped_column(String(40))
    first_seen_us: Mapped[int] = mapped_column(BigInteger)


class MaterialReservation(Base, Versioned, Timestamps):
    """一网联动: stock reserved for a project (customer need → project → stock)."""

    __tablename__ = "material_reservations"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("item_types.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    released_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
