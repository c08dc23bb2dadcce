"""Business-expansion (业扩报装) projects: nodes with planned/actual dates, pauses, dual plan, 三公开, escalations."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.core.models.base import Base, Timestamps, Versioned, enum_type, utcnow
from console.core.models.enums import (
    DocumentStage,
    NodeKey,
    PauseReason,
    ProjectClass,
    ProjectFlagKind,
    ProjectStatus,
    PublicationKind,
)


class Project(Base, Versioned, Timestamps):
    __tablename__ = "projects"
    __table_args__ = (
        Index("ix_projects_team_status", "team_id", "status"),
        Index("ix_projects_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    application_no: Mapped[str] = mapped_column(String(20), unique=True)  # 申请编号
    # The hall kiosk's lookup checks this hash of the short check code (last 4 digits of the contact phone),
    # so a kiosk never needs to read the phone itself.
    check_code_hash: Mapped[str] = mapped_column(String(64), default="")
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    project_class: Mapped[ProjectClass] = mapped_column(enum_type(ProjectClass))
    title: Mapped[str] = mapped_column(String(200))
    capacity_kva: Mapped[float] = mapped_column(Float, default=0.0)
    voltage_level: Mapped[str] = mapped_column(String(20), default="")
    accepted_on: Mapped[date] = mapped_column(Date)
    rules_table_id: Mapped[int | None] = mapped_column(ForeignKey("time_limit_tables.id"))
    status: Mapped[ProjectStatus] = mapped_column(enum_type(ProjectStatus), default=ProjectStatus.IN_PROGRESS)
    powered_on_on: Mapped[date | None] = mapped_column(Date)
    power_on_plan_date: Mapped[date | None] = mapped_column(Date)  # 验收送电计划
    power_on_plan_confirmed: Mapped[bool] = mapped_column(default=False)
    last_progress_on: Mapped[date | None] = mapped_column(Date)  # for 长期停滞 screening

    nodes: Mapped[list["ProjectNode"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProjectNode.seq"
    )
    pauses: Mapped[list["ProjectPause"]] = relationship(cascade="all, delete-orphan", order_by="ProjectPause.start_on")
    flags: Mapped[list["ProjectFlag"]] = relationship(cascade="all, delete-orphan")


class ProjectNode(Base, Versioned):
    """One internal node (供电方案答复, 设计审查, …) with its baseline plan and actual dates."""

    __tablename__ = "project_nodes"
    __table_args__ = (UniqueConstraint("project_id", "node", name="uq_project_nodes_project_node"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    node: Mapped[NodeKey] = mapped_column(enum_type(NodeKey))
    seq: Mapped[int] = mapped_column(Integer)
    planned_start: Mapped[date | None] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    actual_start: Mapped[date | None] = mapped_column(Date)
    actual_end: Mapped[date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="nodes")


class ProjectPause(Base, Versioned):
    """Time the clock stops because the customer holds things up (documents, payment, own works)."""

    __tablename__ = "project_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    node: Mapped[NodeKey | None] = mapped_column(enum_type(NodeKey))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)  # open while still waiting
    reason: Mapped[PauseReason] = mapped_column(enum_type(PauseReason))
    note: Mapped[str] = mapped_column(Text, default="")


class ProjectFlag(Base):
    __tablename__ = "project_flags"
    __table_args__ = (UniqueConstraint("project_id", "flag", name="uq_project_flags_project_flag"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    flag: Mapped[ProjectFlagKind] = mapped_column(enum_type(ProjectFlagKind))
    set_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")


class SupplyPlan(Base, Versioned):
    """供电方案 half of the dual plan (双方案)."""

    __tablename__ = "supply_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), unique=True)
    voltage_level: Mapped[str] = mapped_column(String(20), default="")
    capacity_kva: Mapped[float] = mapped_column(Float, default=0.0)
    source_point: Mapped[str] = mapped_column(String(200), default="")  # 电源点
    route: Mapped[str] = mapped_column(Text, default="")  # 接入方式/路径
    choice_basis: Mapped[str] = mapped_column(Text, default="")  # 方案确定依据 (三公开)
    answered_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)


class EnergyPlan(Base, Versioned):
    """综合能源方案 half of the dual plan."""

    __tablename__ = "energy_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), unique=True)
    measures: Mapped[list] = mapped_column(JSON, default=list)  # e.g. ["分布式光伏 200kW", "全电厨房"]
    estimated_saving_pct: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")


class ProjectDocument(Base, Versioned):
    __tablename__ = "project_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    stage: Mapped[DocumentStage] = mapped_column(enum_type(DocumentStage))
    name: Mapped[str] = mapped_column(String(100))
    required: Mapped[bool] = mapped_column(default=True)
    received_on: Mapped[date | None] = mapped_column(Date)


class ProjectPublication(Base):
    """三公开: what was published to the customer, when and how."""

    __tablename__ = "project_publications"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    kind: Mapped[PublicationKind] = mapped_column(enum_type(PublicationKind))
    published_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30), default="网上国网")
    content: Mapped[str] = mapped_column(Text, default="")


class ProjectEscalation(Base, Versioned):
    """分级决策: an item raised to a higher level for a decision."""

    __tablename__ = "project_escalations"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    level: Mapped[str] = mapped_column(String(20))  # 班组 / 中心 / 公司
    raised_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date)


class ProjectNote(Base):
    __tablename__ = "project_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    text: Mapped[str] = mapped_column(Text)
