"""A loaded portfolio shared between the screen and its worker tasks: the frame, its query caches, one lock.

Queries and patches run in worker threads (the screen stays responsive while a sort builds its keys); the
lock makes a patch and a query never see each other half done. Results carry the frame's generation so the
screen knows when its table must take the (possibly re-allocated) arrays again.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from console.core.rules.customer_flags import DEFAULT_CONTACT_DAYS
from console.core.services.portfolio_columns import PortfolioFrame, apply_rows, release_free_memory
from console.core.services.portfolio_query import CharOrder, PortfolioQuery, PortfolioView


@dataclass(frozen=True)
class PortfolioPage:
    query: PortfolioQuery
    rows: np.ndarray  # frame rows to show, in order
    total: int  # live customers in scope
    generation: int


class Portfolio:
    def __init__(self, frame: PortfolioFrame, today: date, overdue_days: int = DEFAULT_CONTACT_DAYS,
                 char_order: CharOrder | None = None) -> None:
        self._lock = threading.RLock()
        self._view = PortfolioView(frame, today, overdue_days, char_order)

    @property
    def frame(self) -> PortfolioFrame:
        return self._view.frame

    @property
    def team_id(self) -> int | None:
        return self._view.frame.team_id

    @property
    def overdue_days(self) -> int:
        return self._view.overdue_days

    def run(self, query: PortfolioQuery) -> PortfolioPage:
        with self._lock:
            rows = self._view.run(query)
            page = PortfolioPage(query, rows, self._view.frame.live_count, self._view.frame.generation)
        # A search over a million rows frees tens of MB of temporaries; without this the process keeps them.
        release_free_memory()  # ~0.1 ms
        return page

    def flags(self) -> np.ndarray:
        with self._lock:
            return self._view.flags()

    def set_overdue_days(self, days: int) -> None:
        with self._lock:
            self._view.set_overdue_days(days)

    def prepare(self, keys: Sequence[str] = ("account_no", "name")) -> None:
        """Build sort keys ahead of the first click (in the loading worker)."""
        with self._lock:
            for key in keys:
                self._view.sort_order(key)
        release_free_memory()

    def patch(self, rows: Sequence[dict[str, Any]], ids: Sequence[int]) -> set[str]:
        with self._lock:
            changed = apply_rows(self._view.frame, rows, ids)
            if changed:
                self._view.invalidate(sorted(changed))
        release_free_memory()
        return changed
