"""`shot --view meetings[:sub]` renders the meetings screen for the facilitator, the pack preview included."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from console.cli import main


def _distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    return len({image.pixel(x, y) for y in range(0, image.height(), 23) for x in range(0, image.width(), 17)})


def test_shots_of_the_agenda_and_the_preview(qapp, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for view in ("meetings", "meetings:preview"):
        out = tmp_path / f"{view.replace(':', '-')}.png"
        assert main(["shot", "--db", demo_db.target.url, "--view", view, "--size", "1280x800", "-o", str(out)]) == 0
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1280, 800)
        assert _distinct_colours(out) > 8, view
    preview = sorted((Path(tmp_path) / "data").rglob("meeting-*.pdf"))
    assert preview, "the preview subview generated the pack into the cache"
