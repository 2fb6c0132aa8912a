"""Regexes compiled when first used: for big patterns that most processes never need.

Python compiles a pattern in pure Python; a large alternation costs milliseconds of every
process's start-up, also where no text ever needs it (docs/decisions/0026-start-up-cost.md).
compile_later returns a stand-in that compiles on first use and from then on hands every
attribute (search, finditer, pattern, flags …) to the compiled pattern. It is typed as the
pattern it stands for; only isinstance(…, re.Pattern) and identity tell them apart.
"""

from __future__ import annotations

import re
from typing import Any, cast


class PatternLater:
    """re.compile(pattern, flags) on first use (see module doc)."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"compile_later({self._pattern!r}, {self._flags!r})"


def compile_later(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A stand-in for re.compile(pattern, flags) that compiles on first use."""
    return cast("re.Pattern[str]", PatternLater(pattern, flags))
