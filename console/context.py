"""What a screen is given: passed through constructors, never looked up from a global."""
from __future__ import annotations

from dataclasses import dataclass

from console.change_bus import ChangeBus
from console.core.db import Database
from console.core.security import Principal
from console.tasks import TaskRunner
from console.ui_settings import UiSettings


@dataclass
class AppContext:
    db: Database
    principal: Principal
    tasks: TaskRunner
    bus: ChangeBus
    settings: UiSettings
    lang: str = "zh"

    @property
    def session_factory(self):  # type: ignore[no-untyped-def]
        return self.db.session_factory
