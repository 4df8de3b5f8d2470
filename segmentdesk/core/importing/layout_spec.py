"""What a known export layout is made of: the headers that recognise it and the columns it maps.

Shared by the webshop layouts (:mod:`.webshops`) and the contact exports of CRMs and email tools
(:mod:`.contact_exports`); :func:`.webshops.recognise_layout` tries them all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# A contact's standing with the tool that exported it, worst last: a row takes the worst any of
# its status columns gives.  Unsubscribed and bounced addresses go on the do-not-contact list.
SUBSCRIBED = "subscribed"
NOT_SUBSCRIBED = "not_subscribed"     # never opted in, or opt-in not confirmed: no consent, not blocked
UNSUBSCRIBED = "unsubscribed"
BOUNCED = "bounced"                   # Mailchimp "cleaned", hard bounces, Brevo's blocklist
OUTCOMES = (SUBSCRIBED, NOT_SUBSCRIBED, UNSUBSCRIBED, BOUNCED)
BLOCKED = frozenset({UNSUBSCRIBED, BOUNCED})


@dataclass(frozen=True)
class StatusColumn:
    """How one column of a contact export tells a contact's standing.

    ``slot`` names the column among the spec's ``fields``; ``words`` maps a cell's words
    (case-folded, ``_``/``-`` as spaces) to an outcome; ``blank`` is the outcome of an empty
    cell and ``filled`` that of any other cell (a date column such as ``UNSUB_TIME``).
    A cell none of these covers tells nothing.
    """

    slot: str
    words: dict[str, str] = field(default_factory=dict)
    blank: str | None = None
    filled: str | None = None


@dataclass(frozen=True)
class LayoutSpec:
    """One platform's export of one table.

    A file is recognised when each ``signature`` entry has one of its headers present.
    ``fields`` maps a role (or a slot the preparation reads) to header spellings, preferred
    first.  ``void`` are the order statuses of orders that never counted.  Contact exports give
    ``statuses`` (the columns telling consent and unsubscribes) and ``implied``: the outcome of
    every row of the file where its columns tell nothing (Mailchimp writes one file per status).
    ``variant`` names such a file ("unsubscribed members").  ``net_amounts``: amount headers whose
    totals already have refunds taken off, so a refund column is not subtracted again.
    """

    name: str
    table: str                                   # "customers" or "orders"
    signature: tuple[tuple[str, ...], ...]
    fields: dict[str, tuple[str, ...]]
    void: frozenset[str] = frozenset()
    statuses: tuple[StatusColumn, ...] = ()
    implied: str | None = None
    variant: str | None = None
    net_amounts: tuple[str, ...] = ()            # amount headers already net of refunds

    @property
    def tells_consent(self) -> bool:
        return bool(self.statuses) or self.implied is not None


def header_key(header: str) -> str:
    """A header reduced for comparing layouts: case-folded, punctuation and spacing as one space."""
    return re.sub(r"[\W_]+", " ", header.casefold()).strip()
