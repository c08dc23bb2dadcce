"""The Gantt's English translation reaches the widget (completeness of every .ts is tests/test_i18n.py's job)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from widgets.gantt import GanttView, ZoomLevel
from widgets.gantt.data import Status
from widgets.gantt.demo import demo_rows
from widgets.gantt.texts import date_labels, status_name
from widgets.gantt.timescale import Unit

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "gantt_en.ts"


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease not installed")
    return found


def test_english_translation_reaches_the_widget(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qm = tmp_path / "gantt_en.qm"
    subprocess.run([_lrelease(), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    view = GanttView(today=date(2024, 6, 3))
    qtbot.addWidget(view)
    view.set_rows(demo_rows(5, date(2024, 6, 3)))
    assert view.zoom_buttons[ZoomLevel.DAY].text() == "日"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
        assert view.zoom_buttons[ZoomLevel.DAY].text() == "Day"
        assert view.today_button.text() == "Today"
        assert status_name(Status.OVERDUE) == "Overdue"
        labels = date_labels()
        assert labels.candidates(Unit.MONTH, 19783, upper=True)[0] == "Mar 2024"  # 2024-03-01
        assert labels.candidates(Unit.WEEK, 19783)[0] == "Week 9"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert status_name(Status.OVERDUE) == "超期"
