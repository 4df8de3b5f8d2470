"""Demo mode's pseudonyms: every name, email, phone, street address and personal identifier of the
customers replaced by a made-up one that the same customer always gets within a project.

Each customer's pseudonym comes from ``HMAC-SHA256(secret, stable key)`` — the key the snapshots
and the register use (``customer_id:<number>``, else ``email:<address>``, else the row) and the
secret random bytes kept in the project (:mod:`..project.demo_meta`) — so the output cannot be
turned back into the person without the secret, and another project gets other pseudonyms.
Names come from :mod:`.finnish_names` (made-up compounds where a shop's customers carry every
listed name), leaving out every name the project's own customers carry, so a pseudonym never
repeats a real customer's first name, surname, email, phone or street; emails are
``first.last.<4 hex>@example.invalid`` (a domain that can never receive mail), phones
``+358 40 0xx xxxx``, streets and firms made up.  Missing values stay missing, so counts and data
quality stay true; nothing else (postal code, city, region, age, orders …) changes.

Who computes: :class:`Pseudonyms` (one per dataset and secret; each column computed once, about
0.2 s for 100 000 customers); :func:`pseudonymise_customers` for a whole customers frame.
"""
from __future__ import annotations

import copy
import functools
import hashlib
import hmac
import re
import secrets
from collections.abc import Collection, Mapping, Sequence
from typing import Protocol

import numpy as np
import pandas as pd

from ..data.dataset import Dataset, match_key
from ..segments.model import Condition, Group, Node
from . import finnish_names as N
from .free_text import TextScrubber, known_phrases, scrub_column
from .personal_columns import (COMPANY, EMAIL, FIRST, FULL, IDENTIFIER, KINDS, LAST, NAME_KINDS, PHONE,
                               STREET, TEXT, personal_columns)

DEMO_DOMAIN = "example.invalid"      # RFC 2606: reserved, never a real mailbox
PHONE_PREFIX = "+358 40 0"
SECRET_BYTES = 32
_KEY_ROLES = ("customer_id", "email")
_TRIES = 3                           # hashed picks among the listed names before any allowed one
_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u", "š": "s", "ž": "z"})
_NOT_LETTER = re.compile(r"[^a-z]+")
_MADE_UP_WORDS = frozenset({"example", "invalid", "demo"})     # in every made-up email or identifier
_NAME_SPLIT = re.compile(r"[\s\-]+")
_NON_DIGIT = re.compile(r"\D+")
_PHONE_SEPARATORS = str.maketrans("", "", " -()./\u00a0\u202f")
_PHONE_STARTS = ("0400", "+358400", "00358400", "358400", "+3580400")
_FEMALE = {"nainen", "naiset", "n", "f", "female", "woman", "w", "kvinna", "k", "nais"}
_MALE = {"mies", "miehet", "m", "male", "man", "men", "mies"}


def new_demo_secret() -> bytes:
    """Fresh random bytes for a project's pseudonyms (kept in the project file)."""
    return secrets.token_bytes(SECRET_BYTES)


SAMPLE_NAMES = ("consumer", "b2b")


def sample_demo_secret(name: str) -> bytes:
    """The fixed secret of a bundled sample shop (its people are made up already): a consultant who opens
    the sample again for the next meeting sees the same pseudonyms they rehearsed with."""
    return hashlib.sha256(f"segmentdesk sample shop {name}".encode()).digest()[:SECRET_BYTES]


def is_sample_secret(secret: bytes) -> bool:
    """Whether ``secret`` is a bundled sample's (anyone can make it: never one for real data)."""
    return any(secret == sample_demo_secret(name) for name in SAMPLE_NAMES)


def _made_up(prefixes: Sequence[str], endings: Sequence[str]) -> tuple[str, ...]:
    return tuple(p + e for p in prefixes for e in endings)


# The pools, in a fixed order (the pseudonyms depend on it): the listed names first, then made-up ones.
_FEMALE_POOL = (*N.FEMALE_NAMES, *N.FEMALE_NAMES_SV, *N.EXTRA_FEMALE_NAMES,
                *_made_up(("Ai", "Ee", "Hel", "Il", "Kaa", "Lii", "Mar", "Ne", "Oi", "Pih", "Sii", "Ul", "Vie"),
                          ("na", "nni", "ja", "li", "tta", "ina", "mi")))
_MALE_POOL = (*N.MALE_NAMES, *N.MALE_NAMES_SV, *N.EXTRA_MALE_NAMES,
              *_made_up(("Aa", "Ee", "Hei", "Il", "Kau", "Lau", "Mau", "Nii", "Oi", "Pen", "Rai", "Tai", "Vei"),
                        ("no", "ppo", "kki", "ko", "mo", "vo", "sto")))
_SURNAME_POOL = (*N.SURNAMES, *N.EXTRA_SURNAMES,
                 *_made_up(("Haapa", "Kuusi", "Koivu", "Paju", "Tammi", "Kataja", "Honka", "Kivi", "Harju",
                            "Ranta", "Laakso", "Mänty", "Sammal", "Lehto", "Pelto", "Saari", "Suvi", "Tuuli"),
                           ("oja", "vaara", "lahti", "niemi", "saari", "salmi", "mäki", "kangas", "rinne",
                            "harju", "korpi")))
_LISTED = {"female": len(N.FEMALE_NAMES) + len(N.FEMALE_NAMES_SV) + len(N.EXTRA_FEMALE_NAMES),
           "male": len(N.MALE_NAMES) + len(N.MALE_NAMES_SV) + len(N.EXTRA_MALE_NAMES),
           "surname": len(N.SURNAMES) + len(N.EXTRA_SURNAMES)}


class Pseudonyms:
    """The pseudonyms of one customers table under one secret.

    :attr:`columns` says which headers are personal and how (:func:`.personal_columns.personal_columns`);
    :meth:`column` gives a whole column replaced, :meth:`values_at` the rows an export writes.
    """

    def __init__(self, customers: pd.DataFrame, *, roles: Mapping[str, str], secret: bytes,
                 kinds: Mapping[str, str] | None = None) -> None:
        if not secret:
            raise ValueError("demo mode needs the project's secret")
        self._frame, self._roles, self._secret = customers, dict(roles), bytes(secret)
        self.columns: dict[str, str] = personal_columns(customers, roles, kinds)
        self._cache: dict[str, np.ndarray] = {}
        self._rows: dict[str, np.ndarray] | None = None
        self._email_map: dict[str, str] | None = None
        self._excluded_words: frozenset[str] | None = None
        self._values: dict[tuple[str, str], str] = {}
        self._scrubber: TextScrubber | None = None
        self._own: list[tuple[np.ndarray, np.ndarray]] | None = None

    @classmethod
    def of(cls, ds: Dataset, *, secret: bytes) -> Pseudonyms:
        """The pseudonyms of ``ds``'s customers."""
        table = ds.customers
        return cls(table.frame, roles=table.roles, secret=secret, kinds=table.kinds)

    # -- what is personal ----------------------------------------------------------------
    def is_personal(self, header: str) -> bool:
        return header in self.columns

    def field_header(self, field: str) -> str | None:
        """The personal column a field name (``email``, ``column:Osoite``) reads, or None."""
        header = field[len("column:"):] if field.startswith("column:") else self._roles.get(field)
        return header if header in self.columns else None

    # -- the pseudonyms ------------------------------------------------------------------
    def column(self, header: str) -> np.ndarray:
        """The whole column ``header`` as pseudonyms (object array; missing where the original is)."""
        cached = self._cache.get(header)
        if cached is None:
            kind = self.columns[header]
            original = self._frame[header].to_numpy(dtype=object)
            if kind == TEXT:                    # free text: what inside it names someone is replaced
                made = scrub_column(original, self._text(), self._own_names)
            else:
                made = self._per_row()[kind].copy()
            made[pd.isna(original) | (original == "")] = None
            self._cache[header] = cached = made
        return cached

    def values_at(self, header: str, positions: np.ndarray) -> np.ndarray:
        return self.column(header)[positions]

    def customers(self) -> pd.DataFrame:
        """A copy of the customers frame with every personal column replaced."""
        out = self._frame.copy()
        for header in self.columns:
            out[header] = pd.Series(self.column(header), index=out.index, dtype=object)
        return out

    def value(self, kind: str, text: object) -> str:
        """A pseudonym of kind ``kind`` for a value standing alone (a rule's value): the same text,
        trimmed and without case, always gives the same one, and it holds no name the text itself
        carries (an orders file's buyer ``Ville Virtanen`` is no customer, so not left out otherwise)."""
        folded = str(text).strip().casefold()
        if kind == TEXT:
            return self._text().scrub(str(text))
        made_before = self._values.get((kind, folded))
        if made_before is not None:
            return made_before
        own = frozenset(w for w in _NOT_LETTER.split(folded.translate(_ASCII)) if len(w) >= 3) - _MADE_UP_WORDS
        for attempt in range(_TRIES * 3):
            digest = hmac.digest(self._secret, f"value:{kind}:{folded}:{attempt}".encode() if attempt else
                                 f"value:{kind}:{folded}".encode(), "sha256")
            made_kind = kind if kind in KINDS else FULL
            value = str(_make(np.frombuffer(digest, dtype=np.uint8).reshape(1, -1), np.zeros(1, dtype=np.int8),
                              self._excluded(), (made_kind,))[made_kind][0])
            if not _clashes(value, own):
                break
        self._values[(kind, folded)] = value
        return value

    def rule(self, node: Node) -> Node:
        """A copy of the rule ``node`` whose values on personal fields are pseudonyms (an ``email in``
        list of members names them by their pseudonym emails), for the rule in words; the rule's
        meaning and counts are the original's, so only ever show the copy, never evaluate it."""
        if isinstance(node, Group):
            return Group(node.kind, [self.rule(c) for c in node.children])
        header = self.field_header(node.field)
        if header is None or node.value is None:
            return Condition(node.field, node.op, copy.deepcopy(node.value))
        kind = self.columns[header]
        if isinstance(node.value, list):
            return Condition(node.field, node.op, [self._rule_value(kind, v) for v in node.value])
        return Condition(node.field, node.op, self._rule_value(kind, node.value))

    def standalone(self, kind: str, value: object) -> object:
        """A personal value found outside the customers table (an orders file's email or buyer's name)
        as its pseudonym: a customer's email gives that customer's pseudonym email, any other text
        always the same made-up one; a value that is no text stays as it is."""
        return self._rule_value(kind, value)

    def _rule_value(self, kind: str, value: object) -> object:
        if not isinstance(value, str) or not value.strip():
            return value
        if kind == EMAIL:
            known = self._emails().get(value.strip().casefold())
            if known is not None:
                return known
        return self.value(kind, value)

    def _emails(self) -> dict[str, str]:
        """Each customer's email (folded) → their pseudonym email."""
        if self._email_map is None:
            self._email_map = {}
            for header, kind in self.columns.items():
                if kind == EMAIL:
                    made = self.column(header)
                    for original, pseudonym in zip(self._frame[header].to_numpy(dtype=object), made):
                        if isinstance(original, str) and pseudonym is not None:
                            self._email_map.setdefault(original.strip().casefold(), pseudonym)
        return self._email_map

    # -- free text --------------------------------------------------------------------------
    def _text(self) -> TextScrubber:
        """What replaces names, emails, phones, identity codes and streets inside free text: a customer's
        email gives their pseudonym email, any other the same made-up one each time."""
        if self._scrubber is None:
            self._scrubber = TextScrubber(known_phrases(self._frame, self.columns), self._rule_value)
        return self._scrubber

    def _own_names(self, row: int) -> dict[str, str]:
        """Row ``row``'s own first name and surname (folded) → their pseudonyms: a note naming its own
        customer shows the made-up name the customer has everywhere else."""
        if self._own is None:
            self._own = [(self._frame[h].to_numpy(dtype=object), self.column(h))
                         for h in (self._roles.get("first_name"), self._roles.get("last_name"))
                         if h is not None and self.columns.get(h) in (FIRST, LAST)]
        own: dict[str, str] = {}
        for real, made in self._own:
            if isinstance(real[row], str) and isinstance(made[row], str):
                for word, pseudonym in zip(real[row].casefold().split(), made[row].split()):
                    own.setdefault(word, pseudonym)
        return own

    # -- computing ------------------------------------------------------------------------
    def _per_row(self) -> dict[str, np.ndarray]:
        if self._rows is None:
            digests = _digests(self._keys(), self._secret)
            self._rows = _make(digests, self._genders(), self._excluded(), set(self.columns.values()))
            self._avoid_originals(self._rows)
        return self._rows

    def _keys(self) -> np.ndarray:
        """Per customer the stable key (customer number, else email, else the row)."""
        n = len(self._frame)
        keys = np.empty(n, dtype=object)
        missing = np.ones(n, dtype=bool)
        for role in _KEY_ROLES:                   # the customer number wins over the email
            header = self._roles.get(role)
            if header is None or header not in self._frame or not missing.any():
                continue
            rows = np.flatnonzero(missing)
            folded = match_key(self._frame[header].iloc[rows]).to_numpy(dtype=object)
            has = pd.notna(folded)
            keys[rows[has]] = [f"{role}:{v}" for v in folded[has]]
            missing[rows[has]] = False
        keys[missing] = [f"row:{i}" for i in np.flatnonzero(missing)]
        return keys

    def _genders(self) -> np.ndarray:
        """Per customer 1 female, 2 male, 0 unknown (a pseudonym keeps the customer's gender)."""
        header = self._roles.get("gender")
        if header is None or header not in self._frame:
            return np.zeros(len(self._frame), dtype=np.int8)
        codes, uniques = pd.factorize(self._frame[header].to_numpy(dtype=object), use_na_sentinel=True)
        folded = [str(u).strip().casefold() for u in uniques]
        per = np.array([1 if f in _FEMALE else 2 if f in _MALE else 0 for f in folded] + [0], dtype=np.int8)
        return per[codes]

    def _excluded(self) -> frozenset[str]:
        """Every name the customers carry (case-folded): no pseudonym repeats one."""
        if self._excluded_words is not None:
            return self._excluded_words
        words: set[str] = set()
        for header, kind in self.columns.items():
            if kind in NAME_KINDS:
                for value in pd.unique(self._frame[header].to_numpy(dtype=object)):
                    if isinstance(value, str):
                        words.update(w.casefold() for w in _NAME_SPLIT.split(value) if w)
        self._excluded_words = frozenset(words)
        return self._excluded_words

    def _avoid_originals(self, rows: dict[str, np.ndarray]) -> None:
        """A made-up phone, street or firm that happens to be some customer's real one is moved on."""
        for kind, bump in ((PHONE, _next_phone), (STREET, _next_street), (COMPANY, _next_company)):
            originals: set[str] = set()
            for header, k in self.columns.items():
                if k == kind:
                    values = [v for v in pd.unique(self._frame[header].to_numpy(dtype=object)) if isinstance(v, str)]
                    if kind == PHONE:            # only numbers that could be in the made-up range
                        values = [v for v in values if v.translate(_PHONE_SEPARATORS).startswith(_PHONE_STARTS)]
                    originals.update(_comparable(kind, v) for v in values)
            if not originals:
                continue
            made = rows.get(kind)
            if made is None:
                continue
            # Made-up values are already in their comparable form but for case (phones: their digits).
            same = _NON_DIGIT.sub if kind == PHONE else (lambda _, v: v.casefold())
            clashes = {u for u in pd.unique(made) if same("", u) in originals}
            if not clashes:
                continue
            for i in np.flatnonzero(pd.Series(made).isin(clashes).to_numpy()):
                value, steps = made[i], 0
                while _comparable(kind, value) in originals:
                    steps += 1
                    value = bump(value) if steps < 1000 else f"{made[i]} {steps}"
                made[i] = value

def pseudonymise_customers(customers: pd.DataFrame, *, roles: Mapping[str, str], secret: bytes,
                           kinds: Mapping[str, str] | None = None) -> pd.DataFrame:
    """A copy of ``customers`` whose names, emails, phones, street addresses and identifiers are
    pseudonyms (:class:`Pseudonyms`); every other column as it was."""
    return Pseudonyms(customers, roles=roles, secret=secret, kinds=kinds).customers()


def _digests(keys: np.ndarray, secret: bytes) -> np.ndarray:
    """``HMAC-SHA256(secret, key)`` per row as an (n, 32) byte matrix; each distinct key hashed once."""
    codes, uniques = pd.factorize(keys)
    raw = b"".join(hmac.digest(secret, str(k).encode("utf-8"), "sha256") for k in uniques)
    table = np.frombuffer(raw, dtype=np.uint8).reshape(len(uniques), 32) if len(uniques) else \
        np.zeros((0, 32), dtype=np.uint8)
    return table[codes]


def _u16(digests: np.ndarray, at: int) -> np.ndarray:
    return digests[:, at].astype(np.int64) << 8 | digests[:, at + 1]


def _u24(digests: np.ndarray, at: int) -> np.ndarray:
    return _u16(digests, at) << 8 | digests[:, at + 2]


def _pick(pool: tuple[str, ...], listed: int, excluded: frozenset[str], digests: np.ndarray,
          at: int) -> np.ndarray:
    """A name per row from ``pool``: up to :data:`_TRIES` hashed picks among its first ``listed``
    (real names) that no customer carries, else a hashed pick among all the pool's allowed ones."""
    names = np.array(pool, dtype=object)
    allowed = _allowed(pool, excluded)
    out = np.empty(len(digests), dtype=object)
    done = np.zeros(len(digests), dtype=bool)
    for t in range(_TRIES):
        idx = _u16(digests, at + 2 * t) % listed
        ok = ~done & allowed[idx]
        out[ok] = names[idx[ok]]
        done |= ok
    rest = np.flatnonzero(~done)
    if len(rest):
        choices = names[allowed] if allowed.any() else np.array([_syllable_name(i) for i in range(64)], dtype=object)
        out[rest] = choices[_u16(digests[rest], at + 2 * _TRIES) % len(choices)]
    return out


@functools.lru_cache(maxsize=32)
def _allowed(pool: tuple[str, ...], excluded: frozenset[str]) -> np.ndarray:
    """Which of ``pool``'s names hold no name a customer carries (kept: a rule's or a note's values ask
    again and again)."""
    return np.array([not _clashes(n, excluded) for n in pool], dtype=bool)


def _clashes(name: str, excluded: frozenset[str]) -> bool:
    """Whether ``name`` is, or holds, a name some customer carries (``Raino`` holds ``Aino``), also
    as its email address writes it (``Väinö`` becomes ``vaino``, which holds ``aino``): a search
    of the output for a real name must find nothing, not even inside a made-up one."""
    for folded in {name.casefold(), _mail_part(name)}:
        if folded in excluded or any(folded[i:j] in excluded for i in range(len(folded))
                                     for j in range(i + 3, len(folded) + 1)):
            return True
    return False


@functools.lru_cache(maxsize=32)
def _free(parts: tuple[str, ...], excluded: frozenset[str]) -> np.ndarray:
    """``parts`` (street or firm names) that hold no customer's name; all of them if none is free."""
    free = [p for p in parts if not _clashes(p, excluded)]
    return np.array(free or parts, dtype=object)


def _syllable_name(i: int) -> str:
    s = N.SYLLABLES
    return (s[i % len(s)] + s[(i * 5 + 3) % len(s)] + "nen").capitalize()


def _make(digests: np.ndarray, genders: np.ndarray, excluded: frozenset[str],
          kinds: Collection[str] = KINDS) -> dict[str, np.ndarray]:
    """The pseudonyms of ``kinds`` for each row of ``digests`` (bytes 0–7 choose the first name,
    8–15 the surname, 16–17 the email tag, 19–21 the phone, 22–25 the street, 26–27 the firm,
    28–31 an identifier; the lowest bit the first names' list where the gender is unknown)."""
    out: dict[str, np.ndarray] = {}
    if {FIRST, LAST, FULL, EMAIL} & set(kinds):
        first, last = _first_names(digests, genders, excluded), _pick(_SURNAME_POOL, _LISTED["surname"],
                                                                      excluded, digests, 8)
        out[FIRST], out[LAST] = first, last
        if FULL in kinds:
            out[FULL] = np.array([f"{a} {b}" for a, b in zip(first, last)], dtype=object)
        if EMAIL in kinds:
            mail_part = functools.lru_cache(maxsize=None)(_mail_part)
            out[EMAIL] = np.array([f"{mail_part(a)}.{mail_part(b)}.{t:04x}@{DEMO_DOMAIN}"
                                   for a, b, t in zip(first, last, _u16(digests, 16).tolist())], dtype=object)
    if PHONE in kinds:
        out[PHONE] = np.array([f"{PHONE_PREFIX}{p // 10_000:02d} {p % 10_000:04d}"
                               for p in (_u24(digests, 19) % 1_000_000).tolist()], dtype=object)
    if STREET in kinds:
        stems, endings = _free(N.STREET_STEMS, excluded), np.array(N.STREET_ENDINGS, dtype=object)
        parts = zip(stems[digests[:, 22] % len(stems)], endings[digests[:, 23] % len(endings)],
                    (digests[:, 24] % 60 + 1).tolist(), digests[:, 25].tolist())
        out[STREET] = np.array([f"{s}{e} {h}" + (f" {'ABC'[f % 3]} {f % 40 + 1}" if f & 4 else "")
                                for s, e, h, f in parts], dtype=object)
    if COMPANY in kinds:
        firms, forms = _free(N.COMPANY_STEMS, excluded), np.array(N.COMPANY_FORMS, dtype=object)
        out[COMPANY] = np.array([f"{s} {f}" for s, f in zip(firms[digests[:, 26] % len(firms)],
                                                            forms[digests[:, 27] % len(forms)])], dtype=object)
    if IDENTIFIER in kinds:
        ids = (_u16(digests, 28) << 16 | _u16(digests, 30)).tolist()
        out[IDENTIFIER] = np.array([f"DEMO-{i:08X}" for i in ids], dtype=object)
    return out


def _first_names(digests: np.ndarray, genders: np.ndarray, excluded: frozenset[str]) -> np.ndarray:
    first = np.empty(len(digests), dtype=object)
    coin = (digests[:, 31] & 1).astype(bool)
    female = (genders == 1) | ((genders == 0) & coin)
    for rows, pool, listed in ((female, _FEMALE_POOL, _LISTED["female"]), (~female, _MALE_POOL, _LISTED["male"])):
        if rows.any():
            first[rows] = _pick(pool, listed, excluded, digests[rows], 0)
    return first


def _mail_part(name: str) -> str:
    return _NOT_LETTER.sub("", name.casefold().translate(_ASCII)) or "x"


def _comparable(kind: str, value: object) -> str:
    """A value as two of its kind compare: a phone's digits in international form, else folded text."""
    text = str(value).strip().casefold()
    if kind != PHONE:
        return text
    digits = _NON_DIGIT.sub("", text)
    if text.startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    return "358" + digits[1:] if digits.startswith("0") else digits


def _next_phone(value: str) -> str:
    # An affine permutation of the six digits (7919 is prime to 10**6): the next try is as good
    # as a fresh hash, so a crowded range costs few steps.
    number = (int(value[len(PHONE_PREFIX):].replace(" ", "")) * 7919 + 104729) % 1_000_000
    return f"{PHONE_PREFIX}{number // 10_000:02d} {number % 10_000:04d}"


def _next_street(value: str) -> str:
    name, _, rest = value.rpartition(" ")
    return f"{name} {rest}A" if rest else f"{value} A"


def _next_company(value: str) -> str:
    stem, _, form = value.rpartition(" ")
    stems = N.COMPANY_STEMS
    i = (stems.index(stem) + 1) % len(stems) if stem in stems else 0
    return f"{stems[i]}{'' if i else 'la'} {form}"



class DemoSource(Protocol):
    """What :func:`project_pseudonyms` reads of a project (:class:`~..project.project.Project` is one)."""

    @property
    def dataset(self) -> Dataset | None: ...

    @property
    def demo_secret(self) -> bytes: ...


def project_pseudonyms(project: DemoSource) -> Pseudonyms | None:
    """The pseudonyms of ``project``'s customers under its own secret (None: no customer data).

    The one entry for everything that hands data over in demo mode — exports
    (``export_segments(…, pseudonyms=)``), the client report, the window's views: the same project
    always gives the same pseudonyms, another project other ones.
    """
    ds, secret = project.dataset, project.demo_secret
    if ds is None:
        return None
    # Kept with the dataset (its index holds what is built over it): each column is made once.
    return ds.index.built(("pseudonyms", secret), lambda: Pseudonyms.of(ds, secret=secret))
