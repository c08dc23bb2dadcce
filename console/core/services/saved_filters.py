"""Saved filters per user (a name and a query spec), for the portfolio and any other view that wants them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from console.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationFailed
from console.core.models import SavedFilter
from console.core.security import ROLE_LABELS, Principal
from console.core.services.base import SessionFactory, read_only, unit_of_work

SAVED_FILTER = QT_TRANSLATE_NOOP("entities", "保存的筛选")
MAX_NAME = 60


@dataclass(frozen=True)
class SavedFilterRecord:
    id: int
    name: str
    spec: dict[str, Any]


class SavedFilterService:
    """Filters belong to the signed-in user; nobody reads or changes another user's filters."""

    def __init__(self, factory: SessionFactory, principal: Principal) -> None:
        self._factory = factory
        self._principal = principal

    def _user_id(self) -> int:
        if self._principal.user_id is None:
            raise PermissionDenied(role=ROLE_LABELS[self._principal.role], action=SAVED_FILTER)
        return self._principal.user_id

    def list(self, view: str) -> list[SavedFilterRecord]:
        user_id = self._user_id()
        with read_only(self._factory) as s:
            q = select(SavedFilter).where(SavedFilter.user_id == user_id, SavedFilter.view == view).order_by(SavedFilter.name)
            return [SavedFilterRecord(f.id, f.name, dict(f.spec)) for f in s.scalars(q)]

    def save(self, view: str, name: str, spec: dict[str, Any]) -> SavedFilterRecord:
        """Create, or replace the spec of the user's filter with the same name."""
        user_id = self._user_id()
        name = name.strip()
        if not name or len(name) > MAX_NAME:
            raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "筛选名称应为1至60个字"))
        with unit_of_work(self._factory, SAVED_FILTER) as s:
            existing = s.scalar(select(SavedFilter).where(SavedFilter.user_id == user_id, SavedFilter.view == view,
                                                          SavedFilter.name == name))
            if existing is None:
                existing = SavedFilter(user_id=user_id, view=view, name=name, spec=dict(spec))
                s.add(existing)
            else:
                existing.spec = dict(spec)
            s.flush()
            return SavedFilterRecord(existing.id, existing.name, dict(existing.spec))

    def delete(self, filter_id: int) -> None:
        user_id = self._user_id()
        with unit_of_work(self._factory, SAVED_FILTER) as s:
            f = s.get(SavedFilter, filter_id)
            if f is None or f.user_id != user_id:
                raise NotFound(what=SAVED_FILTER, key=str(filter_id))
            s.delete(f)
