"""The centre, its teams, staff on the five posts, and the user accounts that sign in."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.core.models.base import Base, Timestamps, Versioned, enum_type
from console.core.models.enums import Post, Role


class Centre(Base):
    __tablename__ = "centres"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    city: Mapped[str] = mapped_column(String(50), default="")


class Team(Base, Versioned):
    """A full-service team (全能型客户服务团队) owning a customer portfolio."""

    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"))
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    area: Mapped[str] = mapped_column(String(100), default="")

    centre: Mapped[Centre] = relationship()


class Staff(Base, Versioned, Timestamps):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    post: Mapped[Post] = mapped_column(enum_type(Post))
    phone: Mapped[str] = mapped_column(String(20), default="")
    badge_epc: Mapped[str | None] = mapped_column(String(32), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    team: Mapped[Team | None] = relationship()


class UserAccount(Base, Versioned, Timestamps):
    __tablename__ = "user_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id, PHC string
    role: Mapped[Role] = mapped_column(enum_type(Role))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    team: Mapped[Team | None] = relationship()
    staff: Mapped[Staff | None] = relationship()
