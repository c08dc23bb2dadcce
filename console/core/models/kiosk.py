"""Hall kiosk (营业厅自助终端): content, schedules, kiosks, heartbeats, proof of play, lookup attempts."""
from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.core.models.base import Base, Timestamps, Versioned, enum_type, utcnow
from console.core.models.enums import KioskContentKind


class KioskContent(Base, Versioned, Timestamps):
    __tablename__ = "kiosk_contents"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[KioskContentKind] = mapped_column(enum_type(KioskContentKind))
    title: Mapped[str] = mapped_column(String(100))
    title_en: Mapped[str] = mapped_column(String(150), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    body_en: Mapped[str] = mapped_column(Text, default="")
    image_path: Mapped[str] = mapped_column(String(260), default="")
    qr_text: Mapped[str] = mapped_column(String(300), default="")
    duration_s: Mapped[int] = mapped_column(Integer, default=12)
    transition: Mapped[str] = mapped_column(String(10), default="fade")
    takeover: Mapped[bool] = mapped_column(Boolean, default=False)  # priority takeover (e.g. outage notice)
    effective_from: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    orientation: Mapped[str] = mapped_column(String(10), default="any")  # any / landscape / portrait
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[str] = mapped_column(Text, default="")  # JSON for showcase figures etc.

    schedules: Mapped[list["KioskSchedule"]] = relationship(cascade="all, delete-orphan")


class KioskSchedule(Base):
    """Dayparting: a date range, weekdays (ISO 1-7 as a string like "12345") and a time-of-day window."""

    __tablename__ = "kiosk_schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_id: Mapped[int] = mapped_column(ForeignKey("kiosk_contents.id"), index=True)
    date_from: Mapped[date | None] = mapped_column(Date)
    date_to: Mapped[date | None] = mapped_column(Date)
    weekdays: Mapped[str] = mapped_column(String(7), default="1234567")
    time_from: Mapped[time | None] = mapped_column(Time)
    time_to: Mapped[time | None] = mapped_column(Time)


class Kiosk(Base, Versioned):
    __tablename__ = "kiosks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    place: Mapped[str] = mapped_column(String(60), default="")
    orientation: Mapped[str] = mapped_column(String(10), default="landscape")
    last_heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_content_id: Mapped[int | None] = mapped_column(Integer)
    app_version: Mapped[str] = mapped_column(String(20), default="")


class ProofOfPlay(Base):
    __tablename__ = "proof_of_play"
    __table_args__ = (Index("ix_proof_of_play_kiosk_at", "kiosk_id", "shown_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"))
    content_id: Mapped[int] = mapped_column(Integer)
    shown_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)


class KioskLookupAttempt(Base):
    """Progress lookups at the kiosk, kept to rate-limit wrong check codes across restarts."""

    __tablename__ = "kiosk_lookup_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[int | None] = mapped_column(ForeignKey("kiosks.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    success: Mapped[bool] = mapped_column(Boolean)
