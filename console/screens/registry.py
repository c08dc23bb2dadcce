"""The desk's screens: one entry each, in navigation order. A screen is built the first time it is shown.

Each feature adds its own factory here; a factory takes the AppContext and returns the screen widget.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.context import AppContext
from console.core.errors import QT_TRANSLATE_NOOP
from console.core.security import Permission


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # Chinese source text, translated in context "screens"
    icon: str  # resources/icons/<icon>.svg
    permission: Permission
    factory: Callable[[AppContext], QWidget]
    shortcut: str
    module: str = ""  # the screen's module, imported ahead in the background so opening it does not stall



def _tr(text: str) -> str:
    return QCoreApplication.translate("screens", text)


def _empty(title: str, what: str) -> Callable[[AppContext], QWidget]:
    def make(_ctx: AppContext) -> QWidget:
        from console.screens.empty_state import EmptyStateScreen

        return EmptyStateScreen(_tr(title), _tr(what))

    return make


def _portfolio(ctx: AppContext) -> QWidget:
    from console.screens.portfolio.screen import PortfolioScreen

    return PortfolioScreen(ctx)


def _projects(ctx: AppContext) -> QWidget:
    from console.screens.projects.screen import ProjectsScreen

    return ProjectsScreen(ctx)


def _warehouse(ctx: AppContext) -> QWidget:
    from console.screens.warehouse.screen import WarehouseScreen

    return WarehouseScreen(ctx)


def _kiosk_content(ctx: AppContext) -> QWidget:
    from console.screens.kiosk_content.screen import KioskContentScreen

    return KioskContentScreen(ctx)


def _meetings(ctx: AppContext) -> QWidget:
    from console.screens.meetings.screen import MeetingsScreen

    return MeetingsScreen(ctx)


def _dashboard(ctx: AppContext) -> QWidget:
    from console.screens.dashboard import DashboardScreen

    return DashboardScreen(ctx)


SCREENS: list[ScreenSpec] = [
    ScreenSpec("dashboard", QT_TRANSLATE_NOOP("screens", "总览"), "dashboard", Permission.VIEW_DASHBOARD, _dashboard, "Ctrl+1",
               "console.screens.dashboard"),
    ScreenSpec("portfolio", QT_TRANSLATE_NOOP("screens", "客户档案"), "portfolio", Permission.VIEW_PORTFOLIO, _portfolio, "Ctrl+2",
               "console.screens.portfolio.screen"),
    ScreenSpec("projects", QT_TRANSLATE_NOOP("screens", "业扩项目"), "projects", Permission.VIEW_PROJECTS, _projects, "Ctrl+3",
               "console.screens.projects.screen"),
    ScreenSpec("warehouse", QT_TRANSLATE_NOOP("screens", "智慧库房"), "warehouse", Permission.VIEW_WAREHOUSE, _warehouse, "Ctrl+4",
               "console.screens.warehouse.screen"),
    ScreenSpec("kiosk-content", QT_TRANSLATE_NOOP("screens", "大厅屏内容"), "kiosk", Permission.MANAGE_KIOSK, _kiosk_content, "Ctrl+5",
               "console.screens.kiosk_content.screen"),
    ScreenSpec("meetings", QT_TRANSLATE_NOOP("screens", "商会与报表"), "meetings", Permission.PREPARE_MEETINGS, _meetings, "Ctrl+6",
               "console.screens.meetings.screen"),
]


def screens_for(ctx: AppContext) -> list[ScreenSpec]:
    return [s for s in SCREENS if ctx.principal.can(s.permission)]


def spec(key: str) -> ScreenSpec:
    for s in SCREENS:
        if s.key == key:
            return s
    raise KeyError(key)
