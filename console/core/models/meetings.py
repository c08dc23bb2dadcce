"""The weekly client service-day meeting (客户服务日商会): agenda, attendees, decisions."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.core.models.base import Base, Timestamps, Versioned, enum_type
from console.core.models.enums import MeetingStatus


class Meeting(Base, Versioned, Timestamps):
    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("team_id", "week", name="uq_meetings_team_week"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    week: Mapped[str] = mapped_column(String(8))  # ISO week, e.g. 2026-W48
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(100), default="")
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    status: Mapped[MeetingStatus] = mapped_column(enum_type(MeetingStatus), default=MeetingStatus.DRAFT)

    items: Mapped[list["AgendaItem"]] = relationship(cascade="all, delete-orphan", order_by="AgendaItem.sort_order")
    attendees: Mapped[list["MeetingAttendee"]] = relationship(cascade="all, delete-orphan")


class AgendaItem(Base, Versioned):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    reason: Mapped[str] = mapped_column(String(40))  # power_on_plan / due_soon / overdue / stalled / … / manual
    title: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    included: Mapped[bool] = mapped_column(Boolean, default=True)
    decision: Mapped[str] = mapped_column(Text, default="")
    confirmed_date: Mapped[date | None] = mapped_column(Date)


class MeetingAttendee(Base):
    __tablename__ = "meeting_attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    organisation: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(50), default="")
    is_customer: Mapped[bool] = mapped_column(Boolean, default=False)
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
