"""The TreffsicherError hierarchy: messages are shown to the user as they are."""

from __future__ import annotations


class TreffsicherError(Exception):
    """Base error; its message is shown to the user as is."""

    exit_code = 1
    http_status = 400


class InputError(TreffsicherError):
    """A file or text we cannot use."""


class UnreadableSourceError(InputError):
    """A source that cannot be read; carries the path (or name) and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormatError(InputError):
    """A file type we do not import (yet)."""


class TooLittleTextError(InputError):
    """Too little text for a meaningful value — instead of a silent 0.0."""


class NotFoundError(TreffsicherError):
    """A client, source or check that does not exist."""

    http_status = 404


class StorageError(TreffsicherError):
    """The workspace database cannot be opened, migrated or written."""

    exit_code = 3  # 2 stays typer's usage error
