"""One translation system: Qt's tr() with Chinese source strings and English in resources/translations/*_en.ts.

The .ts sources are compiled to one .qm with pyside6-lrelease on first use (and whenever a .ts is newer), into
the user's cache directory: the build step is part of running the program, never a committed binary.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console.core.config import cache_dir

log = logging.getLogger(__name__)
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
SUPPORTED = ("zh", "en")


def ts_files(lang: str) -> list[Path]:
    return sorted(TRANSLATIONS_DIR.glob(f"*_{lang}.ts"))


def lrelease_executable() -> str | None:
    import shutil

    import PySide6

    here = Path(PySide6.__file__).resolve().parent
    for candidate in (here / "lrelease", here / "lrelease.exe", here / "Qt" / "libexec" / "lrelease"):
        if candidate.exists():
            return str(candidate)
    script = Path(sys.executable).parent / "pyside6-lrelease"
    if script.exists():
        return str(script)
    return shutil.which("pyside6-lrelease")


def compiled_qm(lang: str, out_dir: Path | None = None) -> Path | None:
    sources = ts_files(lang)
    if not sources:
        return None
    out_dir = out_dir or cache_dir() / "i18n"
    out = out_dir / f"console_{lang}.qm"
    newest = max(p.stat().st_mtime for p in sources)
    if out.exists() and out.stat().st_mtime >= newest:
        return out
    tool = lrelease_executable()
    if tool is None:
        log.warning("pyside6-lrelease not found; the UI stays in Chinese")
        return None
    import subprocess

    out_dir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, *map(str, sources), "-qm", str(out)], capture_output=True, text=True, check=False)
    if result.returncode != 0 or not out.exists():
        log.warning("lrelease failed: %s", result.stderr.strip())
        return None
    return out


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install translators for ``lang`` ("zh" needs only Qt's own strings); returns them to keep them alive."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale("zh_CN" if lang == "zh" else "en_US"), "qtbase", "_", qt_dir):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh" else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang != "zh":
        qm = compiled_qm(lang)
        if qm is not None:
            tr = QTranslator(app)
            if tr.load(str(qm)):
                app.installTranslator(tr)
                installed.append(tr)
    return installed


def translate_error(exc: BaseException) -> str:
    """A core ConsoleError in the UI language (its template is marked with QT_TRANSLATE_NOOP("errors", …))."""
    from console.core.errors import ConsoleError

    if isinstance(exc, ConsoleError):
        template = QCoreApplication.translate("errors", exc.template)
        params = {k: _translate_any(v) if isinstance(v, str) else v for k, v in exc.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template
    return str(exc)


def _translate_any(text: str) -> str:
    for context in ("errors", "roles", "permissions", "entities"):
        out = QCoreApplication.translate(context, text)
        if out != text:
            return out
    return text
