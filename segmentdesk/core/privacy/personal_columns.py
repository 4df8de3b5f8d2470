"""Which customer columns hold a person's name, email, phone, street address or identifier.

Demo mode (:mod:`.pseudonyms`) replaces exactly these.  Mapped roles say it directly (``email``,
``first_name``, ``last_name``, ``phone``); an unmapped column is judged by its header in Finnish,
Swedish or English (a webshop's ``Default Address Address1``, a CRM's ``Contact person``, a
B2B file's ``Yritys``) and, for emails and phone numbers, by its values, so an address column
with an unexpected header is caught too.  A firm's name and business ID are (a sole trader's firm
carries their name).  Postal code, city, region and country are not personal identifiers here
(the issue keeps them: the charts stay true), nor is the customer number.  Last, a column of free
text (``TEXT``: a notes column by its header, or any text column where a cell holds an email, a phone
number, an identity code or a customer's name) is personal too: demo mode replaces what inside it
names someone (:mod:`.free_text`).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

EMAIL, FIRST, LAST, FULL, PHONE, STREET, COMPANY, IDENTIFIER, TEXT = (
    "email", "first_name", "last_name", "full_name", "phone", "street", "company", "identifier", "free_text")
KINDS = (EMAIL, FIRST, LAST, FULL, PHONE, STREET, COMPANY, IDENTIFIER, TEXT)
# A firm's name and business ID count too: a sole trader's firm carries their own name ("Tmi Aino Laine").
ROLE_KINDS = {"email": EMAIL, "first_name": FIRST, "last_name": LAST, "phone": PHONE, "company_name": COMPANY,
              "business_id": IDENTIFIER}
NAME_KINDS = (FIRST, LAST, FULL, COMPANY)
KEY_ROLES = ("customer_id", "customer_ref")

_SPLIT = re.compile(r"[\s_\-./:()\[\]#]+")
_LOOKS_EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
_LOOKS_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-]+[^\W\d_]+\.?)+$")     # two words or more, letters only
_LOOKS_PHONE = re.compile(r"^(\+|00|0)[\d\s\u00a0\-()/.]{6,}$")
_SAMPLE = 2000           # values looked at to judge a column by its contents
# Inside a free text (:mod:`.free_text`): an email; a phone (+, 00 or 0 and 8–15 digits; neither a dot
# nor a slash separates, 01.02.2024 and 05/01/2024 are dates); a business ID (1234567-8) or personal
# identity code (010190-123A); a street address (a street word and a house number: "Hämeenkatu 5 B 12"),
# which also tells a street column whose header does not say so.
EMAIL_IN = re.compile(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+")
PHONE_IN = re.compile(r"(?<![\w+])(?:\+|\(?0)\d(?:[ \u00a0\-)]{0,2}\d){6,14}(?!\w)")
IDENTIFIER_IN = re.compile(r"(?<!\w)(?:\d{7}-\d|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])(?!\w)", re.IGNORECASE)
_STREET_ENDS = ("tie", "katu", "kuja", "polku", "väylä", "raitti", "kaari", "rinne", "puistikko", "bulevardi",
                "esplanadi", "aukio", "kierros", "kaarre", "penger", "ranta", "mäki", "vägen", "gatan", "gränd",
                "stigen", "road", "street", "avenue", "lane")
STREET_IN = re.compile(r"(?<!\w)[^\W\d_]{2,}(?:" + "|".join(_STREET_ENDS) + r")\s+\d+(?:\s?[a-z](?:\s?\d+)?)?(?!\w)",
                       re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")

# Header words, compared with the header's words (and, for the long ones, inside them).
_EMAIL_WORDS = ("email", "e-mail", "sähköposti", "sahkoposti", "s-posti", "sposti", "epost", "e-post", "mail")
_PHONE_WORDS = ("puhelin", "puhelinnumero", "puh", "puhnro", "gsm", "matkapuhelin", "kännykkä", "phone",
                "mobile", "mobiili", "tel", "telephone", "telefon", "sms", "fax", "faksi", "mobil")
_STREET_WORDS = ("osoite", "katuosoite", "lähiosoite", "postiosoite", "jakeluosoite", "address", "address1",
                 "address2", "street", "adress", "gatuadress", "katu")
_NOT_STREET = ("zip", "postal", "postinumero", "postcode", "postnummer", "city", "town", "kaupunki",
               "toimipaikka", "postitoimipaikka", "kunta", "province", "state", "region", "maakunta",
               "country", "maa", "land", "code", "ort")
_COMPANY_WORDS = ("company", "yritys", "yrityksen", "organisaatio", "organization", "organisation", "firma",
                  "toiminimi", "yhtiö", "företag", "asiakasyritys", "employer", "työnantaja")
_CONTACT_WORDS = ("yhteyshenkilö", "yhteyshlö", "contact", "kontaktperson", "vastaanottaja", "recipient",
                  "owner", "omistaja", "ostaja", "tilaaja", "buyer", "purchaser", "köpare", "beställare")
_NAME_WORDS = ("nimi", "name", "namn", "nimet")
_FIRST_WORDS = ("etunimi", "etunimet", "first", "firstname", "given", "förnamn", "fornamn")
_LAST_WORDS = ("sukunimi", "last", "lastname", "surname", "family", "efternamn")
_NOT_NAME = ("tuote", "tuotteen", "product", "kampanja", "campaign", "segment", "segmentti", "lista", "list",
             "ryhmä", "group", "tag", "kunta", "kunnan", "municipality", "city", "kaupunki", "brand", "merkki",
             "file", "tiedosto", "kategoria", "category", "tuoteryhmä", "toimiala", "industry", "domain")
# A column of free text: its cells are what a person wrote, and may name anyone.
_NOTE_WORDS = ("muistiinpano", "muistiinpanot", "muistio", "huomautus", "huomautukset", "huom", "kommentti",
               "kommentit", "lisätieto", "lisätiedot", "lisätietoja", "viesti", "kuvaus", "note", "notes",
               "comment", "comments", "remark", "remarks", "memo", "message", "description", "anteckning",
               "anteckningar", "kommentar", "meddelande", "beskrivning", "övrigt")
_IDENTIFIER_WORDS = ("henkilötunnus", "hetu", "sotu", "ssn", "personnummer", "username", "käyttäjätunnus",
                     "käyttäjänimi", "user", "iban", "tilinumero", "pankkitili", "ip", "ipaddress", "ip-osoite")


def personal_columns(frame: pd.DataFrame, roles: Mapping[str, str],
                     kinds: Mapping[str, str] | None = None) -> dict[str, str]:
    """``{header: kind}`` for every column of the customers ``frame`` that identifies a person.

    ``roles`` maps role → header (a :class:`~..data.dataset.Table`'s), ``kinds`` header → value kind
    (dates, yes/no and tag columns are never personal here).  Kinds are :data:`KINDS`.
    """
    kinds = kinds or {}
    out: dict[str, str] = {}
    mapped = {header: role for role, header in roles.items()}
    for header in frame.columns:
        role = mapped.get(header)
        if role is not None:
            if role in ROLE_KINDS:
                out[header] = ROLE_KINDS[role]
            elif role in KEY_ROLES and (kind := key_kind(frame[header])) is not None:
                out[header] = kind
            continue
        if kinds.get(header) in ("date", "boolean", "tags"):
            continue
        kind = column_kind(str(header), frame[header])
        if kind is not None:
            out[header] = kind
    # Free text last: whether a cell names someone depends on the names the other columns hold.
    names = _name_words(frame, out)
    for header in frame.columns:
        if header in out or header in mapped or kinds.get(header) not in (None, "text", "category"):
            continue
        if is_free_text(str(header), frame[header], names, category=kinds.get(header) == "category"):
            out[header] = TEXT
    return out


def key_kind(values: pd.Series) -> str | None:
    """What a customer key column (the customer number, an order's customer) holds when it names the
    person: a shop without customer numbers keys customers by email, and WooCommerce's customer report
    by the customer's full name ("Aino Mäkelä").  None for numbers and codes."""
    sample = _sample(values)
    if not len(sample):
        return None
    # A key of emails throughout; in a column that mixes numbers and emails (an orders file's customer
    # reference, guests by their email) each email is caught by itself, and a number stays a number.
    if _share(sample, _LOOKS_EMAIL) >= 0.9:
        return EMAIL
    return FULL if _share(sample, _LOOKS_NAME) >= 0.5 else None


def is_free_text(header: str, values: pd.Series, names: frozenset[str], *, category: bool = False) -> bool:
    """Whether an unmapped column holds free text that can name people: its header says notes or
    comments, or a cell holds an email, a phone number or an identity code, or (a text column, not a
    category's few values) a word that is some customer's first name or surname (``names``)."""
    if _has(_words(header), _NOTE_WORDS):
        return True
    texts = [v for v in pd.unique(values.to_numpy(dtype=object)) if isinstance(v, str) and v.strip()]
    if any(EMAIL_IN.search(v) or PHONE_IN.search(v) or IDENTIFIER_IN.search(v) or STREET_IN.search(v) for v in texts):
        return True
    return not category and bool(names) and any(not names.isdisjoint(words_of(v)) for v in texts)


def words_of(text: str) -> list[str]:
    """The words of ``text``, case-folded (a hyphenated name is one word)."""
    return [m.group(0).casefold() for m in WORD.finditer(text)]


def _name_words(frame: pd.DataFrame, columns: Mapping[str, str]) -> frozenset[str]:
    """Every first name and surname (folded) the customers carry in their name columns."""
    words: set[str] = set()
    for header, kind in columns.items():
        if kind in (FIRST, LAST, FULL):
            for value in pd.unique(frame[header].to_numpy(dtype=object)):
                if isinstance(value, str):
                    words.update(words_of(value))
    return frozenset(w for w in words if len(w) > 1)


def looks_like_email(value: object) -> bool:
    """Whether one value is written like an email address (a column of other things may hold one)."""
    return isinstance(value, str) and bool(_LOOKS_EMAIL.match(value.strip()))


def column_kind(header: str, values: pd.Series) -> str | None:
    """The personal kind of one unmapped column from its header and values, or None."""
    words = _words(header)
    sample = _sample(values)
    emails = _share(sample, _LOOKS_EMAIL)
    # An email word alone is not enough where there are values: "Sähköpostilupa" holds yes and no.
    if emails >= 0.5 or (_has(words, _EMAIL_WORDS) and emails > 0):
        return EMAIL
    kind = _kind_by_words(words)
    if kind in (IDENTIFIER, PHONE):
        return kind
    if len(sample) and _share(sample, _LOOKS_PHONE) >= 0.8 and _phone_digits(sample):
        return PHONE
    if kind is None and len(sample) and sum(1 for v in sample if STREET_IN.search(v)) >= 0.5 * len(sample):
        return STREET                       # "Hämeenkatu 5" under a header that does not say so
    return kind


def header_kind(header: str) -> str | None:
    """The personal kind a column's header alone says, for where no values are at hand (a rule's field):
    an email word counts here, as the careful answer."""
    words = _words(header)
    if _has(words, _EMAIL_WORDS):
        return EMAIL
    return _kind_by_words(words) or (TEXT if _has(words, _NOTE_WORDS) else None)


def _kind_by_words(words: list[str]) -> str | None:
    """The personal kind the header's words say, emails aside (see :func:`column_kind`)."""
    if _has(words, _IDENTIFIER_WORDS):
        return IDENTIFIER
    if _has(words, _PHONE_WORDS):
        return PHONE
    last = words[-2:-1] if len(words) > 1 else words
    # "Default Address Company" is a firm, "Company address" a street: the last word decides.
    if _has(words, _COMPANY_WORDS) and (_has(words, _NAME_WORDS) or _has(last, _COMPANY_WORDS)):
        return COMPANY
    if _has(words, _STREET_WORDS) and not _has(words, _NOT_STREET) and not _has(words, _EMAIL_WORDS):
        return STREET
    if _has(words, _CONTACT_WORDS) and not _has(words, _NOT_NAME):
        return FULL
    if _has(words, _NAME_WORDS) and not _has(words, _NOT_NAME):
        if _has(words, _FIRST_WORDS):
            return FIRST
        if _has(words, _LAST_WORDS):
            return LAST
        return FULL
    if _has(words, _FIRST_WORDS) and not _has(words, _NOT_NAME):
        return FIRST
    if _has(words, ("sukunimi", "surname", "efternamn", "lastname")):
        return LAST
    return None


def _words(header: str) -> list[str]:
    """The header's words, then the whole header without spaces (``First Name`` → ``firstname``)."""
    folded = header.casefold().strip()
    return [w for w in _SPLIT.split(folded) if w] + [folded.replace(" ", "")]


def _has(words: list[str], vocabulary: tuple[str, ...]) -> bool:
    """A header word is a vocabulary word, or (for words of five letters or more) contains one:
    ``katuosoite`` holds ``osoite``, ``puhelinnumero`` ``puhelin``; a short word such as ``tel``
    must stand alone, so ``hotel`` is not a phone."""
    for w in words:
        for v in vocabulary:
            if w == v or (len(v) >= 5 and v in w):
                return True
    return False


def _sample(values: pd.Series) -> np.ndarray:
    arr = values.to_numpy(dtype=object)
    texts = [v for v in arr[:_SAMPLE * 4] if isinstance(v, str) and v.strip()]
    return np.asarray(texts[:_SAMPLE], dtype=object)


def _share(sample: np.ndarray, pattern: re.Pattern[str]) -> float:
    if not len(sample):
        return 0.0
    return sum(1 for v in sample if pattern.match(v.strip())) / len(sample)


def _phone_digits(sample: np.ndarray) -> bool:
    """Most values carry 8–15 digits (a customer number or postal code carries fewer)."""
    counts = [sum(c.isdigit() for c in v) for v in sample]
    return sum(1 for c in counts if 8 <= c <= 15) >= 0.8 * len(counts)
