"""Who the client is in mail headers (MailIdentities), apart from the mail reader itself.

The import service builds her identities for every import; keeping the type here lets it do
so without loading the mail reader (email parsing, quote and signature patterns) for files
that are not mail.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass


@dataclass(frozen=True)
class MailIdentities:
    """Who the client is in mail headers: her addresses, and names as a hint."""

    addresses: frozenset[str]  # lower-cased
    names: frozenset[str] = frozenset()  # casefolded display names (her name, speaker names)

    @classmethod
    def of(cls, addresses: Collection[str], names: Collection[str] = ()) -> MailIdentities:
        """Build from plain values (case does not matter)."""
        return cls(
            frozenset(a.strip().lower() for a in addresses),
            frozenset(n.strip().casefold() for n in names if n.strip()),
        )
