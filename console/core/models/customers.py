"""Customers (一核): portfolio, contacts, visit log, intentions, reserve pool, complaints, imports."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.core.models.base import Base, Timestamps, Versioned, enum_type, utcnow
from console.core.models.enums import ContactKind, IntentionKind, IntentionStatus, KeyGrade, Segment


class Customer(Base, Versioned, Timestamps):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_team_segment", "team_id", "segment"),
        Index("ix_customers_team_manager", "team_id", "manager_id"),
        Index("ix_customers_team_name", "team_id", "name"),
        Index("ix_customers_id_number", "id_number"),
        Index("ix_customers_norm_address", "normalized_address"),
        # Partial: only merged-away rows are indexed (migration 0004); deleting or merging customers looks them up.
        Index(
            "ix_customers_merged_into_id",
            "merged_into_id",
            sqlite_where=text("merged_into_id IS NOT NULL"),
            postgresql_where=text("merged_into_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_no: Mapped[str] = mapped_column(String(16), unique=True)  # 户号
    name: Mapped[str] = mapped_column(String(100))  # 户名
    segment: Mapped[Segment] = mapped_column(enum_type(Segment))
    key_grade: Mapped[KeyGrade | None] = mapped_column(enum_type(KeyGrade))
    usage_category: Mapped[str] = mapped_column(String(30), default="")  # 用电类别
    address: Mapped[str] = mapped_column(String(200), default="")
    normalized_address: Mapped[str] = mapped_column(String(200), default="")
    voltage_level: Mapped[str] = mapped_column(String(20), default="")
    capacity_kva: Mapped[float] = mapped_column(Float, default=0.0)
    industry: Mapped[str] = mapped_column(String(50), default="")
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    opened_on: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(20), default="")  # personal data: masked unless permitted
    id_number: Mapped[str] = mapped_column(String(20), default="")  # personal data
    # Denormalised for the million-row portfolio: kept current by the services that change their sources.
    last_contact_on: Mapped[date | None] = mapped_column(Date)
    open_projects: Mapped[int] = mapped_column(Integer, default=0)
    complaints_open: Mapped[int] = mapped_column(Integer, default=0)
    flags: Mapped[int] = mapped_column(Integer, default=0)  # bit set, see console.core.rules.customer_flags
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))

    contacts: Mapped[list["Contact"]] = relationship(back_populates="customer", cascade="all, delete-orphan")


class Contact(Base, Versioned):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    id_number: Mapped[str] = mapped_column(String(20), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class Visit(Base, Versioned, Timestamps):
    """定期联络 (call) / 现场走访 (visit) log entries."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[ContactKind] = mapped_column(enum_type(ContactKind))
    happened_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(Text, default="")


class Intention(Base, Versioned, Timestamps):
    """An energy-service intention found with the customer (often on a site visit)."""

    __tablename__ = "intentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    kind: Mapped[IntentionKind] = mapped_column(enum_type(IntentionKind))
    description: Mapped[str] = mapped_column(Text, default="")
    estimated_kw: Mapped[float] = mapped_column(Float, default=0.0)
    found_on: Mapped[date] = mapped_column(Date)
    status: Mapped[IntentionStatus] = mapped_column(enum_type(IntentionStatus), default=IntentionStatus.NEW)


class ReserveEntry(Base, Versioned, Timestamps):
    """项目储备库: an intention promoted to the project reserve pool."""

    __tablename__ = "reserve_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    intention_id: Mapped[int] = mapped_column(ForeignKey("intentions.id"), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[IntentionKind] = mapped_column(enum_type(IntentionKind))
    estimated_kw: Mapped[float] = mapped_column(Float, default=0.0)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))


class Complaint(Base, Versioned, Timestamps):
    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20), default="95598")
    summary: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)


class ChargingFacility(Base, Versioned):
    """Details of an EV charging-facility customer (充电设施专项客户)."""

    __tablename__ = "charging_facilities"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # home / public / bus / highway
    chargers: Mapped[int] = mapped_column(Integer, default=1)
    total_kw: Mapped[float] = mapped_column(Float, default=7.0)
    operator: Mapped[str] = mapped_column(String(100), default="")


class ImportBatch(Base):
    """One committed import; rows keep what they replaced so the last import can be undone."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # customers / items
    file_name: Mapped[str] = mapped_column(String(260))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ImportBatchRow(Base):
    __tablename__ = "import_batch_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))  # add / update
    previous: Mapped[dict | None] = mapped_column(JSON)


class SavedFilter(Base, Versioned):
    __tablename__ = "saved_filters"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_accounts.id"), index=True)
    view: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(60))
    spec: Mapped[dict] = mapped_column(JSON)
