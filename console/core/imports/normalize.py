"""Turning whatever a spreadsheet cell holds into one canonical string.

Every reader (CSV, XLSX) passes each cell through :func:`cell_text`, so the field parsers see the same text
whether a number was typed, stored by Excel as a float, or pasted with full-width digits from a Chinese IME.
"""
from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal

# Full-width ASCII forms (！ … ～) and the ideographic space fold to their ASCII twins. Only this block is folded
# for every cell: full NFKC would also rewrite ①, ㈱, superscripts and CJK compatibility forms inside names and
# addresses, changing what the customer wrote. Code-like fields apply NFKC themselves (see parsers.compact).
_WIDTH_AND_JUNK = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_AND_JUNK[0x3000] = 0x20
# Invisible characters that ride along from web pages and Word (zero-width space/joiners, BOM, soft hyphen)
# and C0 control characters that no cell legitimately holds (they also make XLSX writing fail later).
for _cp in (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF):
    _WIDTH_AND_JUNK[_cp] = None
for _cp in range(0x00, 0x20):
    if chr(_cp) not in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f":
        _WIDTH_AND_JUNK[_cp] = None
_WIDTH_AND_JUNK[0x7F] = None

_WHITESPACE = re.compile(r"\s+")
_HEADER_NOISE = re.compile(r"[\s*＊]+")


def normalize_text(text: str) -> str:
    """Fold full-width ASCII, drop invisible characters, collapse whitespace runs to one space, strip."""
    return _WHITESPACE.sub(" ", text.translate(_WIDTH_AND_JUNK)).strip()


def header_key(title: str) -> str:
    """Matching key of a column title: NFKC, case-folded, no whitespace or the ``*`` that marks required columns."""
    return _HEADER_NOISE.sub("", unicodedata.normalize("NFKC", title)).casefold()


def _plain_decimal(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def number_text(value: float) -> str:
    """Excel stores every number as a double: ``3100010000.0`` → ``3100010000``; never scientific notation."""
    if not math.isfinite(value):
        return str(value)
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    # Excel shows 15 significant digits, so that is what the person typed and saw (0.3, not 0.30000000000000004).
    return _plain_decimal(Decimal(format(value, ".15g")))


def cell_text(value: object) -> str:
    """Canonical text of a cell value as openpyxl or the CSV reader hands it over."""
    if value is None:
        return ""
    if isinstance(value, str):
        return normalize_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, Decimal):
        return _plain_decimal(value) if value.is_finite() else str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, timedelta):
        return str(value)
    return normalize_text(str(value))
