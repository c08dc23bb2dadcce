"""English comes from the .ts files through Qt's translator; every shipped string is translated."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from console import i18n
from console.core.errors import AuthenticationFailed, StaleEdit

TS_FILES = sorted(i18n.TRANSLATIONS_DIR.glob("*_en.ts"))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    unfinished = [m.findtext("source") for m in ET.parse(ts).iter("message") if not _translated(m)]
    assert not unfinished, f"{ts.name}: untranslated {unfinished[:5]}"


def _translated(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return tr is not None and tr.get("type") in ("vanished", "obsolete")  # dropped by lrelease anyway
    forms = tr.findall("numerusform")
    if forms:  # plural messages keep their text in one numerusform per plural form
        return all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def test_english_translations_compile_and_apply(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qm = i18n.compiled_qm("en", tmp_path)
    assert qm is not None and qm.stat().st_size > 0
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("screens", "客户档案") == "Portfolio"
        assert i18n.translate_error(AuthenticationFailed()) == "Wrong user name or password. Please try again."
        assert i18n.translate_error(StaleEdit(what="客户")).startswith("This customer was changed by someone else")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("screens", "客户档案") == "客户档案"


def test_compiled_file_is_rebuilt_when_a_source_is_newer(tmp_path: Path) -> None:
    import os

    first = i18n.compiled_qm("en", tmp_path)
    assert first is not None
    newest_source = max(p.stat().st_mtime for p in i18n.ts_files("en"))
    stale = newest_source - 60  # compiled a minute before the last .ts edit
    os.utime(first, (stale, stale))
    again = i18n.compiled_qm("en", tmp_path)
    assert again is not None and again.stat().st_mtime > stale
    untouched = again.stat().st_mtime
    assert i18n.compiled_qm("en", tmp_path) is not None and again.stat().st_mtime == untouched  # up to date: kept
