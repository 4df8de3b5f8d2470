"""The do-not-contact list: salted one-way hashes of email addresses that are never exported again.

An address is kept as ``sha256(salt + normalised address)`` in hex, where the salt is a random
per-project text and the normalised address is trimmed and case-folded.  The list cannot be
read back into addresses; it can only answer "is this address on it?".  Entries are only ever
added: an export leaves out every customer whose email is on the list, whatever the file the
customers came from (a re-import of an old file included).
"""
from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

SOURCES = ("import", "app", "erase")


def normalise_email(address: str) -> str:
    """The form that is hashed: surrounding spaces removed, case folded."""
    return address.strip().casefold()


def new_salt() -> str:
    """A fresh random salt (32 hex digits) for a project's list."""
    return secrets.token_hex(16)


def email_hash(salt: str, address: str) -> str:
    return hashlib.sha256((salt + normalise_email(address)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ListEntry:
    added_at: str          # ISO date-time, as the caller's clock gave it
    source: str            # one of SOURCES


@dataclass
class DoNotContactList:
    """A project's list: its salt and ``{hash: ListEntry}``."""

    salt: str = field(default_factory=new_salt)
    entries: dict[str, ListEntry] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, address: object) -> bool:
        return isinstance(address, str) and bool(address.strip()) and email_hash(self.salt, address) in self.entries

    def copy(self) -> DoNotContactList:
        return DoNotContactList(self.salt, dict(self.entries))

    def add(self, addresses: Iterable[str], *, added_at: str, source: str) -> int:
        """Put ``addresses`` on the list (blank ones ignored); returns how many were not on it yet."""
        if source not in SOURCES:
            raise ValueError(f"unknown do-not-contact source {source!r}")
        added = 0
        for address in addresses:
            if not isinstance(address, str) or not address.strip():
                continue
            digest = email_hash(self.salt, address)
            if digest not in self.entries:
                self.entries[digest] = ListEntry(added_at, source)
                added += 1
        return added

    def blocked(self, emails: pd.Series | None) -> np.ndarray:
        """True for each email on the list (each distinct address hashed once)."""
        if emails is None:
            return np.zeros(0, dtype=bool)
        if not self.entries:
            return np.zeros(len(emails), dtype=bool)
        codes, uniques = pd.factorize(emails.to_numpy(dtype=object), use_na_sentinel=True)
        hit = np.array([isinstance(u, str) and email_hash(self.salt, u) in self.entries for u in uniques] + [False])
        return hit[codes]
