"""PySide6 6.12 on CPython 3.11 drops a reference to None on every void call and aborts (engineering notes)."""
from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel


def test_installed_pyside_is_not_the_crashing_combination() -> None:
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__} on Python 3.11 crashes (none_dealloc)"


def test_void_calls_keep_the_refcount_of_none(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText("阳光")  # void method: the affected call shape
        label.setObjectName(f"n{i % 7}")
    after = sys.getrefcount(None)
    # Immortal None on 3.12+ reports a huge constant; on 3.11 it must not have fallen.
    assert after >= before - 50, f"refcount of None fell from {before} to {after}"
