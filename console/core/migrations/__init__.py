"""Alembic migrations, applied at start and by ``sunshine-console db upgrade``.

The scripts live beside this file; the configuration is built in code so that the installed package needs no
alembic.ini on disk.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from console.core.errors import CorruptDatabase, SchemaTooNew

HERE = Path(__file__).resolve().parent


def _config(engine: Engine | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["engine"] = engine
    return cfg


def script_revisions() -> list[str]:
    """Revision ids from the script file names (``NNNN_description.py``), in order, without importing alembic.

    Every start checks the database against the newest of these; alembic itself (~0.3 s to import and parse the
    scripts) is loaded only when the database is behind or unknown. A test holds the names to the ids inside.
    """
    return sorted(p.name.split("_", 1)[0] for p in (HERE / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DatabaseError:
            conn.rollback()
            return None


def is_current(engine: Engine) -> bool:
    """True when the database is at this program's newest revision: nothing to check or apply."""
    revisions = script_revisions()
    return bool(revisions) and current_revision(engine) == revisions[-1]


def check_not_newer(engine: Engine) -> None:
    """Refuse to touch a database written by a newer program (its revision is unknown to us)."""
    rev = current_revision(engine)
    if rev is not None and rev not in set(script_revisions()):
        raise SchemaTooNew(found=rev)
    if rev is None:
        from sqlalchemy import inspect

        names = set(inspect(engine).get_table_names())
        if names and "customers" in names:
            # Tables without a revision stamp: not ours, or damaged. Don't guess; don't write.
            raise CorruptDatabase(path=str(engine.url.database or engine.url))


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        cfg = _config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
