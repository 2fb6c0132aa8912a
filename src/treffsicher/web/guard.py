"""Slows down and then locks out repeated wrong passwords, per client address.

The shared password of a server reachable from other machines must not be guessable by
trying: after FREE_FAILURES wrong passwords from one address, that address is locked out
for a time that doubles with every further failure (1 s, 2 s, 4 s … up to MAX_LOCK_SECONDS).
While locked, even the right password is refused (429 with Retry-After), so a guesser gets
a few dozen tries a day, not hundreds a second. A success clears the address's record.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

FREE_FAILURES = 5
MAX_LOCK_SECONDS = 15 * 60
MAX_TRACKED_ADDRESSES = 10_000  # bounded memory under a flood of addresses
MIN_PASSWORD_LENGTH = 12


@dataclass
class FailureRecord:
    """Wrong passwords from one address and until when it is locked out."""

    failures: int = 0
    locked_until: float = 0.0


class PasswordGuard:
    """Per-address failure counts with an exponential lock-out."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.records: dict[str, FailureRecord] = {}

    def seconds_locked(self, address: str) -> int:
        """Seconds this address must still wait (0 when it may try)."""
        record = self.records.get(address)
        if record is None:
            return 0
        remaining = record.locked_until - self.clock()
        return max(0, int(remaining + 0.999))

    def record_failure(self, address: str) -> None:
        """Count a wrong password; from the (FREE_FAILURES)th on, lock the address out."""
        if address not in self.records and len(self.records) >= MAX_TRACKED_ADDRESSES:
            self.forget_unlocked()
        record = self.records.setdefault(address, FailureRecord())
        record.failures += 1
        if record.failures >= FREE_FAILURES:
            lock = min(2.0 ** (record.failures - FREE_FAILURES), MAX_LOCK_SECONDS)
            record.locked_until = self.clock() + lock

    def record_success(self, address: str) -> None:
        """The right password: forget this address's failures."""
        self.records.pop(address, None)

    def forget_unlocked(self) -> None:
        """Drop the records of addresses that are not locked out now."""
        now = self.clock()
        for address in [a for a, r in self.records.items() if r.locked_until <= now]:
            del self.records[address]
