"""Masking of personal data (phone, ID number, names) for screens, PDFs, exports and logs."""
from __future__ import annotations

import re

_DIGITS = re.compile(r"\d")


def mask_phone(phone: str | None) -> str:
    """``13812345678`` → ``138****5678``; short or odd numbers keep only their last 2 characters."""
    if not phone:
        return ""
    p = phone.strip()
    if len(p) >= 11:
        return p[:3] + "****" + p[-4:]
    if len(p) > 4:
        return "*" * (len(p) - 2) + p[-2:]
    return "*" * len(p)


def mask_id_number(id_no: str | None) -> str:
    """Resident ID ``330102199001011234`` → ``330***********1234`` (region prefix and last 4 kept)."""
    if not id_no:
        return ""
    s = id_no.strip()
    if len(s) <= 7:
        return "*" * len(s)
    return s[:3] + "*" * (len(s) - 7) + s[-4:]


def mask_person_name(name: str | None) -> str:
    """``张三丰`` → ``张**``; organisation names are not personal data and are not passed here."""
    if not name:
        return ""
    n = name.strip()
    return n[:1] + "*" * (len(n) - 1) if len(n) > 1 else "*"


def mask_free_text(text: str) -> str:
    """Mask any run of 11+ digits (phones, IDs) in free text, e.g. before it reaches a log line."""
    return re.sub(r"\d{11,}[\dXx]?", lambda m: mask_id_number(m.group()) if len(m.group()) > 11 else mask_phone(m.group()), text)
