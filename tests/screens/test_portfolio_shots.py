"""The portfolio renders at 1280×800 in Chinese and English (``shot``), and every English text is filled."""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.support.databases import backend

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "portfolio_en.ts"


def test_every_english_text_is_filled() -> None:
    root = ET.parse(TS).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 200
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext("source")
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if message.get("numerus") == "yes" else [translation.text]
        assert all(t and t.strip() for t in texts), message.findtext("source")


@pytest.mark.slow
@pytest.mark.skipif(backend() != "sqlite", reason="renders from a copied SQLite demo file")
@pytest.mark.parametrize("view, lang", [("portfolio", "zh"), ("portfolio:detail", "en")])
def test_shot_renders(demo_db, tmp_path, view: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SUNSHINE_DATA_DIR=str(tmp_path / "data"))
    url = demo_db.engine.url.render_as_string(hide_password=False)
    proc = subprocess.run([sys.executable, "-m", "console", "shot", "--db", url, "--view", view, "--lang", lang,
                           "-o", str(out)], capture_output=True, text=True, env=env, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
