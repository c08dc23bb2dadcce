"""The worker mechanism: results and errors come back on the GUI thread; superseded requests are dropped."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from console.tasks import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen: dict[str, object] = {}
    worker_thread: list[int] = []

    def work() -> int:
        worker_thread.append(threading.get_ident())
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is runner.thread()

    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: busy is False, timeout=5000):
        runner.run(work, done)
    assert seen == {"value": 42, "gui": True}
    assert worker_thread and worker_thread[0] != threading.get_ident()


def test_errors_go_to_the_error_callback(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("坏数据")

    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: busy is False, timeout=5000):
        runner.run(boom, lambda _v: pytest.fail("no result expected"), errors.append)
    assert len(errors) == 1 and str(errors[0]) == "坏数据"


def test_unhandled_errors_are_announced(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    with qtbot.waitSignal(runner.sig_error, timeout=5000) as blocker:
        runner.run(lambda: 1 / 0)
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_a_newer_request_with_the_same_key_supersedes_the_older(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    release = threading.Event()
    got: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "old"

    runner.run(slow, got.append, key="search")
    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: busy is False, timeout=5000):
        runner.run(lambda: "new", got.append, key="search")
        release.set()
    assert got == ["new"]


def test_after_shutdown_no_callback_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    release = threading.Event()
    got: list[object] = []
    runner.run(lambda: release.wait(5) and "late", got.append, got.append)
    release.set()
    assert runner.shutdown(5000)
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()  # the worker has finished: its queued result is delivered now, if ever
    assert got == []
