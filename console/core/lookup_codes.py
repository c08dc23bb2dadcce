"""The hall kiosk's progress lookup: an application number plus a short check code.

Only a salted hash of the code is stored with the project, so the kiosk's database role never needs to read
phone numbers to check a code.
"""
from __future__ import annotations

import hashlib


def check_code_for_phone(phone: str) -> str:
    """The code a customer types: the last 4 digits of the contact phone on the application."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[-4:]


def check_code_hash(application_no: str, code: str) -> str:
    return hashlib.sha256(f"sunshine-lookup:{application_no.strip().upper()}:{code.strip()}".encode()).hexdigest()
