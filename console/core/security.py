"""Roles, permissions and team scoping — enforced here, in the core, not by hiding buttons.

Every service method receives a :class:`Principal` and calls :func:`require` (and, for team data,
:func:`team_scope`) before it touches a row.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from console.core.errors import QT_TRANSLATE_NOOP, PermissionDenied
from console.core.models.enums import Role


class Permission(str, enum.Enum):
    VIEW_PORTFOLIO = "view_portfolio"
    EDIT_CUSTOMERS = "edit_customers"
    IMPORT_CUSTOMERS = "import_customers"
    MERGE_CUSTOMERS = "merge_customers"
    UNMASK_PERSONAL_DATA = "unmask_personal_data"
    EXPORT_DATA = "export_data"
    VIEW_PROJECTS = "view_projects"
    EDIT_PROJECTS = "edit_projects"
    VIEW_WAREHOUSE = "view_warehouse"
    OPERATE_WAREHOUSE = "operate_warehouse"
    MANAGE_KIOSK = "manage_kiosk"
    KIOSK_PLAY = "kiosk_play"  # read the published playlist, the board, one's own project by code
    PREPARE_MEETINGS = "prepare_meetings"
    VIEW_DASHBOARD = "view_dashboard"
    ADMINISTER = "administer"  # users, teams, rule tables
    ALL_TEAMS = "all_teams"  # see every team's data, not only one's own


_DESK = {
    Permission.VIEW_PORTFOLIO,
    Permission.VIEW_PROJECTS,
    Permission.VIEW_WAREHOUSE,
    Permission.VIEW_DASHBOARD,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.TEAM_LEAD: frozenset(
        _DESK
        | {
            Permission.EDIT_CUSTOMERS,
            Permission.IMPORT_CUSTOMERS,
            Permission.MERGE_CUSTOMERS,
            Permission.UNMASK_PERSONAL_DATA,
            Permission.EXPORT_DATA,
            Permission.EDIT_PROJECTS,
            Permission.OPERATE_WAREHOUSE,
            Permission.PREPARE_MEETINGS,
        }
    ),
    Role.CUSTOMER_MANAGER: frozenset(
        _DESK
        | {
            Permission.EDIT_CUSTOMERS,
            Permission.UNMASK_PERSONAL_DATA,
            Permission.EXPORT_DATA,
            Permission.EDIT_PROJECTS,
            Permission.OPERATE_WAREHOUSE,
        }
    ),
    Role.HALL_STAFF: frozenset({Permission.MANAGE_KIOSK, Permission.VIEW_DASHBOARD}),
    Role.FACILITATOR: frozenset(
        {
            Permission.VIEW_PROJECTS,
            Permission.VIEW_PORTFOLIO,
            Permission.PREPARE_MEETINGS,
            Permission.VIEW_DASHBOARD,
            Permission.EXPORT_DATA,
        }
    ),
    Role.ADMIN: frozenset(set(Permission) - {Permission.KIOSK_PLAY}),
    Role.KIOSK: frozenset({Permission.KIOSK_PLAY}),
}

ROLE_LABELS: dict[Role, str] = {
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("roles", "团队负责人"),
    Role.CUSTOMER_MANAGER: QT_TRANSLATE_NOOP("roles", "客户经理"),
    Role.HALL_STAFF: QT_TRANSLATE_NOOP("roles", "营业厅人员"),
    Role.FACILITATOR: QT_TRANSLATE_NOOP("roles", "商会组织人"),
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "中心管理员"),
    Role.KIOSK: QT_TRANSLATE_NOOP("roles", "大厅自助终端"),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW_PORTFOLIO: QT_TRANSLATE_NOOP("permissions", "查看客户档案"),
    Permission.EDIT_CUSTOMERS: QT_TRANSLATE_NOOP("permissions", "编辑客户"),
    Permission.IMPORT_CUSTOMERS: QT_TRANSLATE_NOOP("permissions", "导入客户"),
    Permission.MERGE_CUSTOMERS: QT_TRANSLATE_NOOP("permissions", "合并重复客户"),
    Permission.UNMASK_PERSONAL_DATA: QT_TRANSLATE_NOOP("permissions", "查看完整个人信息"),
    Permission.EXPORT_DATA: QT_TRANSLATE_NOOP("permissions", "导出数据"),
    Permission.VIEW_PROJECTS: QT_TRANSLATE_NOOP("permissions", "查看业扩项目"),
    Permission.EDIT_PROJECTS: QT_TRANSLATE_NOOP("permissions", "编辑业扩项目"),
    Permission.VIEW_WAREHOUSE: QT_TRANSLATE_NOOP("permissions", "查看库房"),
    Permission.OPERATE_WAREHOUSE: QT_TRANSLATE_NOOP("permissions", "库房作业"),
    Permission.MANAGE_KIOSK: QT_TRANSLATE_NOOP("permissions", "管理大厅屏内容"),
    Permission.KIOSK_PLAY: QT_TRANSLATE_NOOP("permissions", "大厅屏播放"),
    Permission.PREPARE_MEETINGS: QT_TRANSLATE_NOOP("permissions", "筹备客户服务日商会"),
    Permission.VIEW_DASHBOARD: QT_TRANSLATE_NOOP("permissions", "查看总览"),
    Permission.ADMINISTER: QT_TRANSLATE_NOOP("permissions", "系统管理"),
    Permission.ALL_TEAMS: QT_TRANSLATE_NOOP("permissions", "查看全部团队"),
}


@dataclass(frozen=True)
class Principal:
    """Who is acting: the signed-in user (or the kiosk process)."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    team_id: int | None
    staff_id: int | None = None

    @property
    def permissions(self) -> frozenset[Permission]:
        return ROLE_PERMISSIONS[self.role]

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


def require(principal: Principal, permission: Permission) -> None:
    if not principal.can(permission):
        raise PermissionDenied(role=ROLE_LABELS[principal.role], action=PERMISSION_LABELS[permission])


def team_scope(principal: Principal, requested_team_id: int | None = None) -> int | None:
    """The team whose data this principal may read: ``None`` means every team (admin only).

    A principal without ALL_TEAMS always gets their own team, whatever they ask for; asking for another
    team's data is refused rather than silently narrowed, so a bug in a screen shows up.
    """
    if principal.can(Permission.ALL_TEAMS):
        return requested_team_id
    if principal.team_id is None:
        raise PermissionDenied(role=ROLE_LABELS[principal.role], action=PERMISSION_LABELS[Permission.ALL_TEAMS])
    if requested_team_id is not None and requested_team_id != principal.team_id:
        raise PermissionDenied(role=ROLE_LABELS[principal.role], action=PERMISSION_LABELS[Permission.ALL_TEAMS])
    return principal.team_id


def require_team(principal: Principal, team_id: int) -> None:
    """Refuse access to a row that belongs to another team."""
    team_scope(principal, team_id)


def may_see_personal_data(principal: Principal) -> bool:
    return principal.can(Permission.UNMASK_PERSONAL_DATA)


KIOSK_PRINCIPAL = Principal(None, "kiosk", "大厅自助终端", Role.KIOSK, None)
