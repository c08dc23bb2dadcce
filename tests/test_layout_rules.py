"""The architecture's one-way arrows: core has no Qt; widgets and reports know nothing of console."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", python_files("console/core"), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_imports_no_qt(path: Path) -> None:
    bad = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")}
    assert not bad, f"{path} imports {bad}: console/core must stay Qt-free"


@pytest.mark.parametrize("path", python_files("widgets") + python_files("reports"), ids=lambda p: str(p.relative_to(ROOT)))
def test_widgets_and_reports_do_not_import_console(path: Path) -> None:
    bad = {m for m in imported_modules(path) if m.split(".")[0] == "console"}
    assert not bad, f"{path} imports {bad}: widgets/ and reports/ take plain data only"


def test_the_rule_checker_notices_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport console.core.db\n", encoding="utf-8")
    assert imported_modules(sample) == {"PySide6.QtCore", "console.core.db"}
