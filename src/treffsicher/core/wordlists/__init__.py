"""Word lists shipped as package data: load one by name as a frozenset.

A list is a UTF-8 file ``<name>.txt`` in this package, one entry per line. Blank lines and
lines starting with ``#`` are ignored, and so is anything after `` #`` on a line. An entry
may hold one brace group of comma-separated endings, expanded on load:
``innovativ{,e,en}`` gives ``innovativ``, ``innovative``, ``innovativen``. Entries keep the
case they are written in; multi-word entries (``ich glaube``) are single-spaced.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

PACKAGE = "treffsicher.core.wordlists"
NAME_RE = re.compile(r"[a-z0-9_]+")
BRACE_RE = re.compile(r"\{([^{}]*)\}")
SPACES_RE = re.compile(r"\s+")


class WordlistError(ValueError):
    """A word list is missing or malformed (a bug in the package, not user input)."""


def expand_entry(entry: str) -> list[str]:
    """Return the forms an entry stands for, expanding brace groups left to right."""
    match = BRACE_RE.search(entry)
    if match is None:
        if "{" in entry or "}" in entry:
            raise WordlistError(f"unbalanced brace in word list entry {entry!r}")
        return [entry]
    head, tail = entry[: match.start()], entry[match.end() :]
    forms: list[str] = []
    for ending in match.group(1).split(","):
        forms.extend(expand_entry(head + ending.strip() + tail))
    return forms


def parse_wordlist(text: str) -> frozenset[str]:
    """Return the entries of a word list's text (comments dropped, braces expanded)."""
    entries: set[str] = set()
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        for form in expand_entry(SPACES_RE.sub(" ", line)):
            if form:
                entries.add(form)
    return frozenset(entries)


@cache
def load_wordlist(name: str) -> frozenset[str]:
    """Return the entries of the packaged word list `name` (file `<name>.txt`), cached."""
    if NAME_RE.fullmatch(name) is None:
        raise WordlistError(f"invalid word list name {name!r}")
    resource = resources.files(PACKAGE).joinpath(f"{name}.txt")
    if not resource.is_file():
        raise WordlistError(f"no word list named {name!r} in {PACKAGE}")
    return parse_wordlist(resource.read_text(encoding="utf-8"))


__all__ = ["WordlistError", "expand_entry", "load_wordlist", "parse_wordlist"]
