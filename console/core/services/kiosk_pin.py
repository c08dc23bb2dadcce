"""The PIN that lets hall staff leave kiosk mode: argon2id hash in ``centre_settings``, tries limited on the kiosk.

The kiosk reads the hash through the ``kiosk_admin_pin`` view (its database role can read no other setting) and
keeps a copy in its offline cache, so staff can still close a kiosk whose database is down. A centre that never
set a PIN gets the documented demo PIN (:data:`DEMO_PIN`) the first time a connection that may write asks for it;
hall staff change it in the desk (``KioskContentService.set_pin``) or with ``sunshine-console kiosk set-pin``.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import column, select, table
from sqlalchemy.orm import Session

from console.core.errors import QT_TRANSLATE_NOOP, ValidationFailed
from console.core.models import CentreSetting
from console.core.passwords import hash_password, verify_password
from console.core.services.base import SessionFactory, unit_of_work

log = logging.getLogger(__name__)

PIN_SETTING = "kiosk.admin_pin_hash"
DEMO_PIN = "2468"  # documented in the README; change it in the desk before a kiosk goes into a real hall
PIN_MIN, PIN_MAX = 4, 8
MAX_PIN_TRIES = 5
PIN_LOCK = timedelta(minutes=5)

_PIN_VIEW = table("kiosk_admin_pin", column("pin_hash"))


def read_pin_hash(session: Session) -> str:
    return session.scalar(select(_PIN_VIEW.c.pin_hash)) or ""


def check_pin_format(pin: str) -> None:
    if not (pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise ValidationFailed(detail=QT_TRANSLATE_NOOP("errors", "管理员 PIN 须为 4 至 8 位数字"))


def store_pin(session: Session, pin: str) -> None:
    check_pin_format(pin)
    row = session.get(CentreSetting, PIN_SETTING)
    if row is None:
        session.add(CentreSetting(key=PIN_SETTING, value=hash_password(pin)))
    else:
        row.value = hash_password(pin)


def ensure_pin(factory: SessionFactory, default: str = DEMO_PIN) -> bool:
    """Store ``default`` as the PIN when none is set; True when it did (needs a connection that may write)."""
    with unit_of_work(factory, "大厅屏管理员 PIN") as session:
        if session.get(CentreSetting, PIN_SETTING) is not None:
            return False
        store_pin(session, default)
    log.warning("no kiosk admin PIN was set: the demo PIN is in force until hall staff change it")
    return True


def verify_pin(pin_hash: str, pin: str) -> bool:
    """Whether ``pin`` matches; with no hash at all (never set, nothing cached) only the demo PIN opens."""
    if not pin_hash:
        return pin == DEMO_PIN
    return verify_password(pin_hash, pin)


@dataclass
class AttemptLimiter:
    """At most ``max_tries`` wrong entries within ``window``; then refuse until the oldest of them ages out.

    In memory, per kiosk process: a PIN typed on the glass cannot be brute-forced at 10,000 tries in an hour.
    """

    max_tries: int = MAX_PIN_TRIES
    window: timedelta = PIN_LOCK
    clock: Callable[[], datetime] = datetime.now

    def __post_init__(self) -> None:
        self._failures: deque[datetime] = deque()

    def _prune(self) -> datetime:
        now = self.clock()
        while self._failures and self._failures[0] <= now - self.window:
            self._failures.popleft()
        return now

    def locked_for(self) -> timedelta:
        """How long until another try is allowed (zero when one is)."""
        now = self._prune()
        if len(self._failures) < self.max_tries:
            return timedelta(0)
        return self._failures[-self.max_tries] + self.window - now

    def failed(self) -> None:
        self._failures.append(self._prune())

    def succeeded(self) -> None:
        self._failures.clear()
