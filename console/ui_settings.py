"""Per-user desk settings, declared once (key, type, default) with versioned upgrades.

Widgets never use string keys of their own: they read and write through :class:`UiSettings`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from console.core.config import APP_NAME, APP_ORG

T = TypeVar("T")
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T


MAIN_GEOMETRY = Option("main/geometry", QByteArray, QByteArray())
MAIN_STATE = Option("main/state", QByteArray, QByteArray())
LAST_VIEW = Option("main/last_view", str, "portfolio")
LAST_USER = Option("login/last_user", str, "")
LANGUAGE = Option("ui/language", str, "zh")

ALL_OPTIONS: tuple[Option[Any], ...] = (MAIN_GEOMETRY, MAIN_STATE, LAST_VIEW, LAST_USER, LANGUAGE)


def header_state_option(view: str) -> Option[QByteArray]:
    """Column widths/order of a view's table, one key per view."""
    return Option(f"views/{view}/header", QByteArray, QByteArray())


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings(APP_ORG, APP_NAME)
        self._upgrade()

    def get(self, option: Option[T]) -> T:
        value = self._s.value(option.key, option.default)
        if value is None:
            return option.default
        if option.type is QByteArray:
            return value if isinstance(value, QByteArray) else option.default  # type: ignore[return-value]
        try:
            return option.type(value)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        self._s.setValue(option.key, value)

    def sync(self) -> None:
        self._s.sync()

    def _upgrade(self) -> None:
        version = int(self._s.value("schema_version", 0) or 0)
        # Future upgrades go here as `if version < N: ...` steps, each renaming or converting old keys.
        if version < SCHEMA_VERSION:
            self._s.setValue("schema_version", SCHEMA_VERSION)
