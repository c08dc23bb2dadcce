"""What every service shares: a unit of work that turns database failures into messages people can act on."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from console.core.errors import DatabaseUnavailable, StaleEdit

SessionFactory = sessionmaker[Session]


@contextmanager
def unit_of_work(factory: SessionFactory, what: str = "记录") -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error; stale edits become :class:`StaleEdit`."""
    session = factory()
    try:
        yield session
        session.commit()
    except StaleDataError:
        session.rollback()
        raise StaleEdit(what=what) from None
    except OperationalError as exc:
        session.rollback()
        raise DatabaseUnavailable(url=str(session.bind.url.render_as_string(hide_password=True)) if session.bind else "", reason=str(exc.orig).splitlines()[0]) from None
    except DBAPIError:
        session.rollback()
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_only(factory: SessionFactory) -> Iterator[Session]:
    """A session for reads; nothing is committed."""
    session = factory()
    try:
        yield session
    except OperationalError as exc:
        raise DatabaseUnavailable(url=str(session.bind.url.render_as_string(hide_password=True)) if session.bind else "", reason=str(exc.orig).splitlines()[0]) from None
    finally:
        session.rollback()
        session.close()


def check_version(expected: int, actual: int, what: str) -> None:
    """For edits made on a copy loaded earlier: refuse when the row moved on since (optimistic locking)."""
    if expected != actual:
        raise StaleEdit(what=what)
