"""Open a workspace: an engine whose schema is up to date, or a StorageError."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from treffsicher.errors import StorageError
from treffsicher.i18n import t
from treffsicher.storage.engine import make_engine
from treffsicher.storage.schema import ensure_schema


def open_workspace(database_url: str, lang: str = "en") -> Engine:
    """An engine for `database_url`, migrated to the current schema."""
    try:
        engine = make_engine(database_url)
        ensure_schema(engine)
    except StorageError as exc:
        error = describe_error(exc.__cause__ or exc)
        raise StorageError(t("storage.unavailable", lang, url=database_url, error=error)) from exc
    except (SQLAlchemyError, OSError) as exc:
        error = describe_error(exc)
        raise StorageError(t("storage.unavailable", lang, url=database_url, error=error)) from exc
    return engine


def describe_error(exc: BaseException) -> str:
    """The driver's own message for database errors (without SQLAlchemy's link line)."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig)
    return str(exc)
