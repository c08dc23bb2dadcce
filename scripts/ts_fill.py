"""Fill a Qt .ts file's translations from a Python dict ``M = {source: translation}`` in a file.

Usage: python scripts/ts_fill.py resources/translations/desk_en.ts translations.py
A key "context|source" wins over a plain "source" key, for words that translate differently by context.
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
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            _fill(message, name, mapping, missing)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)
    return 1 if missing else 0


def _fill(message: ET.Element, context: str, mapping: dict[str, str], missing: list[str]) -> None:
    source = message.findtext("source") or ""
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    key = f"{context}|{source}" if f"{context}|{source}" in mapping else source
    if key in mapping:
        tr.text = mapping[key]
        tr.attrib.pop("type", None)
    elif tr.get("type") == "unfinished" or not tr.text:
        missing.append(source)


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
