"""Fill a Qt .ts file's translations from a Python dict ``M = {source: translation}`` in a file.

Usage: python scripts/ts_fill.py resources/translations/desk_en.ts translations.py
Sources not in the dict are listed and left unfinished, so a missing translation is visible, not silent.
"""
from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, map_path: str) -> int:
    mapping: dict[str, str] = runpy.run_path(map_path)["M"]
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        if source in mapping:
            tr.text = mapping[source]
            tr.attrib.pop("type", None)
        elif tr.get("type") == "unfinished" or not tr.text:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
