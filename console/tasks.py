"""The one way to run database work off the GUI thread.

``TaskRunner.run(fn, on_done=…, on_error=…)`` runs ``fn()`` in a worker thread of a QThreadPool; ``fn`` opens its
own session, does its work and returns plain data. The result (or the exception) comes back to the GUI thread by
a queued signal, so callbacks may touch widgets. A task whose owner was destroyed is silently dropped, and a
newer request with the same ``key`` supersedes an older one still running (typing in a search box).
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    sig_done = Signal(int, object)
    sig_failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._ticket = ticket
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.sig_failed.emit(self._ticket, exc)
        else:
            self._relay.sig_done.emit(self._ticket, result)


class TaskRunner(QObject):
    """Runs callables in worker threads and delivers results on the GUI thread."""

    sig_busy_changed = Signal(bool)
    sig_error = Signal(object)  # exceptions no caller handled

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.sig_done.connect(self._on_done)
        self._relay.sig_failed.connect(self._on_failed)
        self._next = 0
        self._pending: dict[int, tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None, str | None]] = {}
        self._latest_by_key: dict[str, int] = {}
        self._closed = False

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> int:
        self._next += 1
        ticket = self._next
        was_busy = self.busy
        self._pending[ticket] = (on_done, on_error, key)
        if key is not None:
            self._latest_by_key[key] = ticket
        self._pool.start(_Job(ticket, fn, self._relay))
        if not was_busy:
            self.sig_busy_changed.emit(True)
        return ticket

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Wait for running work and drop its results: no callback runs after this (window closing, test end)."""
        self._closed = True
        done = self._pool.waitForDone(msecs)
        self._pending.clear()
        self._latest_by_key.clear()
        return done

    def wait_all(self, msecs: int = 30_000) -> bool:
        """For tests and shutdown: wait for the workers (results still arrive by signal)."""
        return self._pool.waitForDone(msecs)

    def _take(self, ticket: int) -> tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None] | None:
        if self._closed:
            return None
        entry = self._pending.pop(ticket, None)
        if not self._pending:
            self.sig_busy_changed.emit(False)
        if entry is None:
            return None
        on_done, on_error, key = entry
        if key is not None and self._latest_by_key.get(key) != ticket:
            return None  # superseded by a newer request with the same key
        if key is not None:
            self._latest_by_key.pop(key, None)
        return on_done, on_error

    @Slot(int, object)
    def _on_done(self, ticket: int, result: object) -> None:
        callbacks = self._take(ticket)
        if callbacks and callbacks[0] is not None:
            _call_safely(callbacks[0], result, self.sig_error)

    @Slot(int, object)
    def _on_failed(self, ticket: int, exc: BaseException) -> None:
        callbacks = self._take(ticket)
        if callbacks is None:
            return
        if callbacks[1] is not None:
            _call_safely(callbacks[1], exc, self.sig_error)
        else:
            log.error("task failed: %s", getattr(exc, "__traceback_text__", exc))
            self.sig_error.emit(exc)


def _call_safely(callback: Callable[[Any], None], value: Any, error_signal: Any) -> None:
    try:
        callback(value)
    except RuntimeError as exc:
        # The widget that asked was deleted while the task ran ("Internal C++ object already deleted").
        if "already deleted" not in str(exc):
            error_signal.emit(exc)
