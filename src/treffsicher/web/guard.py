"""Slows down and then locks out repeated wrong passwords, per client address or account.

The shared password of a server reachable from other machines must not be guessable by
trying: after FREE_FAILURES wrong passwords from one address, that address is locked out
for a time that doubles with every further failure (1 s, 2 s, 4 s … up to MAX_LOCK_SECONDS).
While locked, even the right password is refused (429 with Retry-After), so a guesser gets
a few dozen tries a day, not hundreds a second. A success clears the record.

An address is counted under address_key: IPv4 per address, IPv6 per /64 network (one home
connection or server gets a whole /64, so rotating addresses inside it would otherwise
start afresh every time). The team login also counts per account name (account_key), with
ACCOUNT_FREE_FAILURES, so that guessing one account's password from many networks is slowed
too; see docs/decisions/0020-login-lock-out.md.
"""

from __future__ import annotations

import hashlib
import heapq
import ipaddress
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

FREE_FAILURES = 5
ACCOUNT_FREE_FAILURES = 10  # per account name, from all addresses together
MAX_LOCK_SECONDS = 15 * 60
MAX_TRACKED_ADDRESSES = 10_000  # bounded memory under a flood of addresses or names
MIN_PASSWORD_LENGTH = 12
IPV6_NETWORK_BITS = 64


def address_key(host: str) -> str:
    """The key a client address is counted under: an IPv4 address as it is (also when
    written as IPv4-mapped IPv6, ::ffff:192.0.2.7), an IPv6 address as its /64 network
    ("2001:db8:1:2::/64"); anything that is no IP address as the string given."""
    text = host.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv4Address):
        return str(address)
    if address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    host_bits = 128 - IPV6_NETWORK_BITS
    prefix = int(address) >> host_bits << host_bits  # also drops a zone ("%eth0")
    return str(ipaddress.IPv6Network((prefix, IPV6_NETWORK_BITS)))


def account_key(name: str) -> str:
    """The key an account name is counted under: case-folded and stripped, hashed so that
    a long name typed into the form takes no more memory than a short one. Names that
    exist and names that do not are keyed alike."""
    folded = name.strip().casefold()
    return "account:" + hashlib.sha256(folded.encode("utf-8", "replace")).hexdigest()


@dataclass
class FailureRecord:
    """Wrong passwords under one key and until when it is locked out."""

    failures: int = 0
    locked_until: float = 0.0


class PasswordGuard:
    """Failure counts per key (an address_key or account_key) with an exponential lock-out.

    Safe to share between the event loop and worker threads: every change holds a lock.
    At most `max_tracked` keys are kept: when full, the keys not locked now are forgotten
    first, then those whose lock ends soonest (a tenth of the room at once)."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        free_failures: int = FREE_FAILURES,
        max_lock_seconds: float = MAX_LOCK_SECONDS,
        max_tracked: int = MAX_TRACKED_ADDRESSES,
    ) -> None:
        self.clock = clock
        self.free_failures = free_failures
        self.max_lock_seconds = max_lock_seconds
        self.max_tracked = max_tracked
        self.records: dict[str, FailureRecord] = {}
        self.lock = threading.Lock()

    def seconds_locked(self, key: str) -> int:
        """Seconds this key must still wait (0 when it may try)."""
        with self.lock:
            record = self.records.get(key)
            if record is None:
                return 0
            remaining = record.locked_until - self.clock()
        return max(0, int(remaining + 0.999))

    def record_failure(self, key: str) -> None:
        """Count a wrong password; from the (free_failures)th on, lock the key out."""
        with self.lock:
            if key not in self.records and len(self.records) >= self.max_tracked:
                self.make_room()
            record = self.records.setdefault(key, FailureRecord())
            record.failures += 1
            if record.failures >= self.free_failures:
                exponent = min(record.failures - self.free_failures, 64)
                lock = min(2.0**exponent, self.max_lock_seconds)
                record.locked_until = self.clock() + lock

    def record_success(self, key: str) -> None:
        """The right password: forget this key's failures."""
        with self.lock:
            self.records.pop(key, None)

    def forget_unlocked(self) -> None:
        """Drop the records of keys that are not locked out now."""
        with self.lock:
            self.drop_unlocked()

    def drop_unlocked(self) -> None:
        now = self.clock()
        for key in [k for k, r in self.records.items() if r.locked_until <= now]:
            del self.records[key]

    def make_room(self) -> None:
        """Below max_tracked again: drop unlocked keys, then those whose lock ends soonest
        (so a flood of new keys cannot free the ones locked longest); the caller holds the
        lock."""
        self.drop_unlocked()
        if len(self.records) < self.max_tracked:
            return
        spare = max(1, self.max_tracked // 10)
        excess = len(self.records) - self.max_tracked + spare
        items = self.records.items()
        for key, _record in heapq.nsmallest(excess, items, key=lambda kv: kv[1].locked_until):
            del self.records[key]
