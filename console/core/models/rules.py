"""Rule tables the admin edits: working-day time limits (versioned by effective date), calendar, test intervals."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.core.models.base import Base, Timestamps, Versioned, enum_type
from console.core.models.enums import ItemCategory, ProjectClass


class TimeLimitTable(Base, Versioned, Timestamps):
    """One version of the time-limit rules; a project keeps the version in force when it was accepted."""

    __tablename__ = "time_limit_tables"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, unique=True)
    note: Mapped[str] = mapped_column(Text, default="")

    rules: Mapped[list["TimeLimitRule"]] = relationship(cascade="all, delete-orphan", order_by="TimeLimitRule.seq")


class TimeLimitRule(Base):
    """Working days for one node of one project class; node ``total`` is the committed utility-side total."""

    __tablename__ = "time_limit_rules"
    __table_args__ = (UniqueConstraint("table_id", "project_class", "node", name="uq_time_limit_rules_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("time_limit_tables.id"), index=True)
    project_class: Mapped[ProjectClass] = mapped_column(enum_type(ProjectClass))
    node: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    workdays: Mapped[int] = mapped_column(Integer)


class CalendarOverride(Base, Versioned):
    """Admin-entered statutory calendar days for years the holiday library does not know yet."""

    __tablename__ = "calendar_overrides"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(50), default="")


class TestIntervalRule(Base, Versioned):
    """Preventive test interval / service life for a kind of item (电力安全工器具预防性试验)."""

    __tablename__ = "test_interval_rules"
    __test__ = False  # not a pytest test class

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # e.g. insulating_gloves
    name: Mapped[str] = mapped_column(String(60))
    category: Mapped[ItemCategory] = mapped_column(enum_type(ItemCategory))
    test_interval_months: Mapped[int | None] = mapped_column(Integer)
    visual_check_months: Mapped[int | None] = mapped_column(Integer)
    service_life_months: Mapped[int | None] = mapped_column(Integer)
    effective_from: Mapped[date] = mapped_column(Date)


class CentreSetting(Base, Versioned):
    """Centre-wide settings an admin changes (e.g. days before a key account counts as not contacted)."""

    __tablename__ = "centre_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
