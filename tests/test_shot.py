"""`sunshine-console shot` renders views offscreen at the asked size."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from console.cli import main


def _distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    colours = set()
    for y in range(0, image.height(), 23):
        for x in range(0, image.width(), 17):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_shot_of_the_dashboard(qapp, demo_db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "dash.png"
    assert main(["shot", "--db", demo_db.target.url, "--view", "dashboard", "--size", "1024x700", "-o", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    assert _distinct_colours(out) > 5  # not a blank frame


def test_shot_refuses_a_view_the_account_cannot_open(qapp, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    with pytest.raises(SystemExit) as info:
        main(["shot", "--db", demo_db.target.url, "--view", "kiosk-content", "--user", "lead.east", "-o", str(tmp_path / "x.png")])
    assert "无法打开视图" in str(info.value.code)
