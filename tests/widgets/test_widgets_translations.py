"""Every user-facing string of the shared widgets has a finished English translation."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "widgets_en.ts"
SOURCES = ["column_table.py", "keypad.py", "kiosk_slides.py", "kiosk_special.py", "kiosk_player.py", "charts.py"]
_CALL = re.compile(r"""(?:self\.tr|QCoreApplication\.translate)\((?:"[^"]*",\s*)?"([^"]+)"\s*[,)]""")


def _translations() -> dict[str, str]:
    out = {}
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", message.findtext("source")
        out[message.findtext("source") or ""] = translation.text or ""
    return out


def test_every_translation_is_filled() -> None:
    translations = _translations()
    assert translations and all(text.strip() for text in translations.values())


def test_every_source_string_is_in_the_ts_file() -> None:
    translations = _translations()
    used = {m.group(1) for name in SOURCES for m in _CALL.finditer((ROOT / "widgets" / name).read_text("utf-8"))}
    assert used, "the pattern no longer finds tr() calls"
    assert used <= translations.keys(), sorted(used - translations.keys())
