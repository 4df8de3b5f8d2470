"""Contact exports of the CRMs and email tools small firms keep customers in: HubSpot, Zoho CRM,
Mailchimp, ActiveCampaign and Brevo.

Recognised by their headers like the webshop layouts (:func:`.webshops.recognise_layout` tries
both).  Besides the columns' roles each layout says how the tool writes a contact's standing —
subscribed, not (yet) subscribed, unsubscribed, bounced — and :func:`contact_outcomes` reads it per
row: the import turns it into the consent column (``consent_email``: yes for subscribed, no for
the rest) and puts unsubscribed and bounced addresses on the project's do-not-contact list.
The sources of each layout are cited in ``tests/data/contacts/README.md``.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from .layout_spec import (BOUNCED, NOT_SUBSCRIBED, OUTCOMES, SUBSCRIBED, UNSUBSCRIBED, LayoutSpec,
                          StatusColumn)

_TRUE = ("true", "yes", "1", "x")
_FALSE = ("false", "no", "0")


def _flag(yes: str, no: str) -> dict[str, str]:
    """A yes/no column: its true words give ``yes``, its false words ``no``."""
    return {**{w: yes for w in _TRUE}, **{w: no for w in _FALSE}}


# Mailchimp's audience export: a zip of three CSV files, one per status, all with the audience's
# merge fields first and then the same system columns; the unsubscribed file adds UNSUB_TIME …,
# the cleaned (bounced) file CLEAN_TIME ….  Each file's rows all have its status.
_MAILCHIMP_SIGNATURE = (("Email Address",), ("MEMBER_RATING",), ("OPTIN_TIME", "CONFIRM_TIME"),
                        ("LEID", "EUID", "LAST_CHANGED"))
_MAILCHIMP_FIELDS = {"email": ("Email Address",), "first_name": ("First Name",), "last_name": ("Last Name",),
                     "phone": ("Phone Number", "Phone"), "country": ("CC",),
                     "signup_date": ("OPTIN_TIME", "CONFIRM_TIME"), "interests": ("TAGS",)}

CONTACT_LAYOUTS: tuple[LayoutSpec, ...] = (
    # HubSpot Contacts ▸ Export: property labels as headers ("Record ID", "Email", "Marketing contact
    # status", …; the properties of the exported view).  "Unsubscribed from all email" (hs_email_optout)
    # true means opted out of every email; empty means never opted out.  "Marketing contact status" is
    # billing, not consent (HubSpot says so), so it stays a custom field.  An export with "internal names"
    # (or the exports API) heads the same columns hs_object_id, firstname, hs_email_optout, ….
    LayoutSpec("HubSpot", "customers",
               signature=(("Record ID", "hs_object_id"), ("Email",), ("First Name", "firstname"),
                          ("Last Name", "lastname"),
                          ("Create Date", "Marketing contact status", "Lifecycle Stage", "Contact owner",
                           "Lead Status", "Unsubscribed from all email", "Last Activity Date", "createdate",
                           "hs_email_optout", "lifecyclestage", "hs_lead_status", "hubspot_owner_id")),
               fields={"customer_id": ("Record ID", "hs_object_id"), "email": ("Email",),
                       "first_name": ("First Name", "firstname"), "last_name": ("Last Name", "lastname"),
                       "phone": ("Phone Number", "Mobile Phone Number", "phone", "mobilephone"),
                       "postal_code": ("Postal Code", "Zip"), "city": ("City",),
                       "country": ("Country/Region", "Country"), "birth_date": ("Date of birth", "date_of_birth"),
                       "language": ("Preferred language", "hs_language"), "signup_date": ("Create Date", "createdate"),
                       "opted_out": ("Unsubscribed from all email", "hs_email_optout"),
                       "hard_bounce": ("Email hard bounce reason", "hs_email_hard_bounce_reason_enum")},
               statuses=(StatusColumn("opted_out", _flag(UNSUBSCRIBED, SUBSCRIBED), blank=SUBSCRIBED),
                         StatusColumn("hard_bounce", filled=BOUNCED))),
    # Zoho CRM Contacts (or Leads) export: field labels as headers; "Email Opt Out" is a check box
    # (true/false) that stops every email to the contact.
    LayoutSpec("Zoho CRM", "customers",
               signature=(("Email",), ("Last Name",), ("Email Opt Out",),
                          ("Contact Owner", "Lead Owner", "Record Id", "Contact Id", "Mailing Zip", "Mailing City",
                           "Lead Source")),
               fields={"customer_id": ("Record Id", "Contact Id", "Lead Id"), "email": ("Email",),
                       "first_name": ("First Name",), "last_name": ("Last Name",), "phone": ("Mobile", "Phone"),
                       "birth_date": ("Date of Birth",), "postal_code": ("Mailing Zip", "Zip Code"),
                       "city": ("Mailing City", "City"), "country": ("Mailing Country", "Country"),
                       "interests": ("Tag",), "opted_out": ("Email Opt Out",)},
               statuses=(StatusColumn("opted_out", _flag(UNSUBSCRIBED, SUBSCRIBED), blank=SUBSCRIBED),)),
    LayoutSpec("Mailchimp", "customers", signature=_MAILCHIMP_SIGNATURE, fields=_MAILCHIMP_FIELDS,
               implied=SUBSCRIBED, variant="subscribed members"),
    LayoutSpec("Mailchimp", "customers", signature=_MAILCHIMP_SIGNATURE + (("UNSUB_TIME",),),
               fields={**_MAILCHIMP_FIELDS, "unsubscribed_at": ("UNSUB_TIME",)},
               statuses=(StatusColumn("unsubscribed_at", filled=UNSUBSCRIBED),),
               implied=UNSUBSCRIBED, variant="unsubscribed members"),
    LayoutSpec("Mailchimp", "customers", signature=_MAILCHIMP_SIGNATURE + (("CLEAN_TIME",),),
               fields={**_MAILCHIMP_FIELDS, "cleaned_at": ("CLEAN_TIME",)},
               statuses=(StatusColumn("cleaned_at", filled=BOUNCED),),
               implied=BOUNCED, variant="cleaned members"),
    # ActiveCampaign Contacts ▸ Export: one row per contact with its list status (Active, Unconfirmed,
    # Unsubscribed, Bounced).  The headers are the weakest evidence of these layouts (README).
    LayoutSpec("ActiveCampaign", "customers",
               signature=(("Email",), ("First Name",), ("Last Name",), ("Status", "Contact Status", "List Status"),
                          ("Contact ID", "Date Created", "Date Updated", "Date Subscribed", "IP Address")),
               fields={"customer_id": ("Contact ID",), "email": ("Email",), "first_name": ("First Name",),
                       "last_name": ("Last Name",), "phone": ("Phone",), "interests": ("Tags",),
                       "signup_date": ("Date Created", "Date Subscribed"),
                       "status": ("Status", "Contact Status", "List Status")},
               statuses=(StatusColumn("status", {"active": SUBSCRIBED, "subscribed": SUBSCRIBED,
                                                 "unconfirmed": NOT_SUBSCRIBED, "unsubscribed": UNSUBSCRIBED,
                                                 "bounced": BOUNCED}),)),
    # Brevo (Sendinblue) contact export: attribute names as headers; EMAIL, ADDED_TIME and
    # MODIFIED_TIME are always exported.  A blocklisted address (unsubscribed or hard-bounced) is
    # EMAIL_BLACKLISTED; the optional subscription-status export says subscribed / unsubscribed.
    LayoutSpec("Brevo", "customers",
               signature=(("EMAIL",), ("ADDED_TIME",), ("MODIFIED_TIME",)),
               fields={"customer_id": ("CONTACT_ID", "CONTACT ID", "EXT_ID"), "email": ("EMAIL",),
                       "first_name": ("FIRSTNAME", "PRENOM", "VORNAME", "NOMBRE"),
                       "last_name": ("LASTNAME", "NOM", "NACHNAME", "APELLIDOS"),
                       "phone": ("SMS", "LANDLINE_NUMBER", "WHATSAPP"), "signup_date": ("ADDED_TIME",),
                       "blocklisted": ("EMAIL_BLACKLISTED", "emailBlacklisted", "EMAIL_BLOCKLISTED",
                                       "BLACKLISTED", "BLOCKLISTED"),
                       "marketing": ("email_marketing", "Email marketing", "EMAIL_MARKETING_STATUS")},
               statuses=(StatusColumn("blocklisted", _flag(UNSUBSCRIBED, SUBSCRIBED), blank=SUBSCRIBED),
                         StatusColumn("marketing", {"subscribed": SUBSCRIBED, "unsubscribed": UNSUBSCRIBED,
                                                    "not subscribed": NOT_SUBSCRIBED,
                                                    "non subscribed": NOT_SUBSCRIBED}))),
)

_RANK = {outcome: i for i, outcome in enumerate(OUTCOMES)}


def contact_outcomes(frame: pd.DataFrame, columns: Mapping[str, str], statuses: tuple[StatusColumn, ...],
                     implied: str | None) -> np.ndarray:
    """Each row's outcome (one of :data:`.layout_spec.OUTCOMES`, or None where nothing tells).

    The worst outcome any status column gives wins; ``implied`` stands for rows no column speaks of.
    """
    rank = np.full(len(frame), -1, dtype=np.int8)
    for status in statuses:
        if status.slot in columns:
            rank = np.maximum(rank, _column_rank(frame[columns[status.slot]], status))
    if implied is not None:
        rank[rank < 0] = _RANK[implied]
    answers = np.array(list(OUTCOMES) + [None], dtype=object)
    return answers[np.where(rank < 0, len(OUTCOMES), rank)]


def consent_header(name: str, headers: list[str]) -> str:
    """The header of the consent column an import adds for a ``name`` export, free among ``headers``."""
    base = f"{name} email consent"
    taken = {h.casefold() for h in headers}
    header, n = base, 2
    while header.casefold() in taken:
        header, n = f"{base} ({n})", n + 1
    return header


def _column_rank(column: pd.Series, status: StatusColumn) -> np.ndarray:
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    ranks = [_cell_rank(u, status) for u in uniques] + [_RANK.get(status.blank, -1) if status.blank else -1]
    return np.asarray(ranks, dtype=np.int8)[codes]


def _cell_rank(value: object, status: StatusColumn) -> int:
    word = re.sub(r"[\s_\-]+", " ", str(value).casefold()).strip()
    if isinstance(value, bool):
        word = "true" if value else "false"
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        word = str(int(value))
    outcome = status.words.get(word)
    if outcome is None and word == "":
        outcome = status.blank
    elif outcome is None:
        outcome = status.filled
    return -1 if outcome is None else _RANK[outcome]
