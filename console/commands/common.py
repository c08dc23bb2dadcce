"""Helpers shared by headless commands: opening the database and acting as a named user."""
from __future__ import annotations

import argparse

from sqlalchemy import select

from console.core.config import resolve_database
from console.core.db import Database, open_database
from console.core.errors import NotFound
from console.core.models import UserAccount
from console.core.security import Principal
from console.core.services.auth import principal_of


def open_db(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    return open_database(resolve_database(getattr(args, "db", None)), migrate=migrate)


def acting_user(db: Database, username: str) -> Principal:
    """Headless commands act as a named account (operators run them with database access already)."""
    with db.session_factory() as s:
        user = s.scalar(select(UserAccount).where(UserAccount.username == username, UserAccount.active.is_(True)))
        if user is None:
            raise NotFound(what="用户", key=username)
        return principal_of(user)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Let ``--db`` also follow the sub-command (``sunshine-console demo --db URL``)."""
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="数据库地址")
