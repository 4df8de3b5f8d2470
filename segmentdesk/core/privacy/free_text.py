"""Free text that can name people: a notes column, a survey's text answer, an "info" column where a
few cells hold an address.

Demo mode cannot replace such a cell by one made-up value: the words around the names are what a
note says.  It replaces what inside the text identifies someone — email addresses, phone numbers,
business IDs and personal identity codes, street addresses (a street word with a house number, or
a street some customer lives on), firm names the customers carry, and every word that is some
customer's first name or surname — and leaves the rest ("Soita Päivi Korhonen, 040 123 4567" →
"Soita Eino Aaltonen, +358 40 012 3456").  A column counts as free text by its header (fi/sv/en
notes words) or by its cells (one that holds an email, a phone number, an identity code or a
customer's name); :mod:`.personal_columns` decides, :class:`~.pseudonyms.Pseudonyms` replaces.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

from .personal_columns import (COMPANY, EMAIL, EMAIL_IN, FIRST, FULL, IDENTIFIER, IDENTIFIER_IN, LAST, PHONE, PHONE_IN,
                               STREET, STREET_IN, WORD, words_of)

_LONGEST = 4             # words in the longest firm or street name looked up
# Finnish case endings a name takes in a note (no partitive -a: "ainoa" is a word), longest first;
# a name ending in -nen takes them on the stem -s- with an -e- (Järvisen, Järviselle).
_ENDINGS = ("ineen", "ille", "illa", "illä", "ilta", "iltä", "issa", "issä", "ista", "istä", "iksi", "lle", "lla",
            "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "in", "n")
_BACK, _FRONT = str.maketrans("äöy", "aou"), str.maketrans("aou", "äöy")
_NEN_ENDINGS = ("elle", "ella", "ellä", "elta", "eltä", "essa", "essä", "esta", "estä", "eksi", "en", "ta", "tä")


def known_phrases(frame: pd.DataFrame, columns: Mapping[str, str]) -> dict[str, str]:
    """Folded phrase → kind (first name, surname, firm, street name) for every name, firm and street the
    customers carry in their personal ``columns`` (header → kind, :mod:`.personal_columns`'s)."""
    phrases: dict[str, str] = {}
    for header, kind in columns.items():
        if kind not in (FIRST, LAST, FULL, COMPANY, STREET) or header not in frame:
            continue
        for value in pd.unique(frame[header].to_numpy(dtype=object)):
            if not isinstance(value, str) or not value.strip():
                continue
            if kind == FULL:
                for i, w in enumerate(words_of(value)):
                    if len(w) >= 2:
                        phrases.setdefault(w, FIRST if i == 0 else LAST)
            elif kind == STREET:
                name = re.split(r"\s\d", value.strip(), maxsplit=1)[0].strip()
                if len(name) >= 4:
                    phrases.setdefault(" ".join(words_of(name)), STREET)
            elif kind == COMPANY:
                phrases.setdefault(" ".join(words_of(value)), COMPANY)
            else:
                for w in words_of(value):
                    if len(w) < 2:                     # an initial is no name to look for
                        continue
                    if kind == FIRST:
                        phrases[w] = FIRST              # a first name wins over the same surname
                    else:
                        phrases.setdefault(w, LAST)
    phrases.pop("", None)
    return phrases


class TextScrubber:
    """Replaces what identifies someone inside a text; ``made_up(kind, original)`` gives the pseudonym
    (kinds of :mod:`.personal_columns`), the same for the same text."""

    def __init__(self, phrases: Mapping[str, str], made_up: Callable[[str, str], str]) -> None:
        self._phrases, self._made_up = dict(phrases), made_up
        self._names = frozenset(p for p, k in self._phrases.items() if k in (FIRST, LAST))
        self._starts = frozenset(p[:3] for p in self._names)      # a word not starting so is no name's case form
        self._longest = min(_LONGEST, max((p.count(" ") + 1 for p in self._phrases), default=1))

    def names_someone(self, text: str) -> bool:
        """Whether ``text`` holds a word that is some customer's first name or surname."""
        return not self._names.isdisjoint(words_of(text))

    def scrub(self, text: str, own: Mapping[str, str] | None = None) -> str:
        """``text`` with every email, phone, identity code, street address and known name replaced;
        ``own`` (folded name → pseudonym) is the row's own person, who keeps their one made-up name."""
        text = EMAIL_IN.sub(lambda m: self._made_up(EMAIL, m.group(0)), text)
        text = IDENTIFIER_IN.sub(lambda m: self._made_up(IDENTIFIER, m.group(0)), text)
        text = STREET_IN.sub(lambda m: self._made_up(STREET, m.group(0)), text)
        text = PHONE_IN.sub(lambda m: self._made_up(PHONE, m.group(0)), text)
        return self._replace_names(text, own or {})

    def _replace_names(self, text: str, own: Mapping[str, str]) -> str:
        words = list(WORD.finditer(text))
        if not words:
            return text
        out, at, i = [], 0, 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                start, end = words[i].start(), words[i + n - 1].end()
                if n > 1 and not re.fullmatch(r"[\w\s'\-&.]*", text[start:end]):
                    continue
                phrase = " ".join(m.group(0).casefold() for m in words[i:i + n])
                kind, ending = self._phrases.get(phrase), ""
                if kind is None and n == 1 and phrase[:3] in self._starts:
                    phrase, ending = self._inflected(phrase)
                    kind = self._phrases.get(phrase) if ending else None
                if kind is None:
                    continue
                made = own.get(phrase) if kind in (FIRST, LAST) else None
                if made is None:
                    made = self._made_up(kind, phrase)
                    if kind == STREET:                # a street without its number: the made-up one's name
                        made = re.split(r"\s\d", made, maxsplit=1)[0]
                out += [text[at:start], _same_case(text[start:end], _inflect(made, ending))]
                at, i = end, i + n
                break
            else:
                i += 1
        out.append(text[at:])
        return "".join(out)

    def _inflected(self, word: str) -> tuple[str, str]:
        """A Finnish case form of a customer's name as (name, plain ending): ``järvisen`` → (``järvinen``,
        ``n``), ``ainolle`` → (``aino``, ``lle``), ``andersille`` → (``anders``, ``lle``); else (word, "")."""
        for ending in _NEN_ENDINGS:
            stem = word[:-len(ending)]
            if word.endswith(ending) and stem.endswith("s") and stem[:-1] + "nen" in self._names:
                return stem[:-1] + "nen", ending[1:] if ending.startswith("e") else ending
        for ending in _ENDINGS:
            stem = word[:-len(ending)]
            if word.endswith(ending) and len(stem) >= 3 and stem in self._names:
                return stem, ending[1:] if ending.startswith("i") else ending
        return word, ""


def _inflect(name: str, ending: str) -> str:
    """``name`` in the case whose plain ending is ``ending`` (Virtanen + n → Virtasen, Anders + lle →
    Andersille): near enough for a made-up name in a note."""
    if not ending:
        return name
    back = any(c in "aou" for c in name.casefold())          # vowel harmony: Aaltosta, Mäkiselle
    ending = ending.translate(_BACK if back else _FRONT)
    if name.endswith("nen"):
        return name[:-3] + ("st" + ending[1:] if ending in ("ta", "tä") else "se" + ending)
    if name[-1:].casefold() not in "aeiouyäö":
        return name + "i" + ending
    return name + ending


def _same_case(original: str, made: str) -> str:
    if original.isupper() and len(original) > 1:
        return made.upper()
    if original.islower():
        return made.lower()
    return made


def scrub_column(values: np.ndarray, scrubber: TextScrubber,
                 own: Callable[[int], Mapping[str, str]] | None = None) -> np.ndarray:
    """Each text of ``values`` scrubbed (what is no text stays as it is); a text is scrubbed once, but
    one that names someone once per row, with ``own(i)`` row i's own person (see :meth:`TextScrubber.scrub`)."""
    out = np.empty(len(values), dtype=object)
    done: dict[str, str | None] = {}             # None: names someone, so scrubbed row by row
    for i, value in enumerate(values):
        if not isinstance(value, str):
            out[i] = value
            continue
        made = done.get(value, "")
        if made == "":
            made = done[value] = None if own is not None and scrubber.names_someone(value) else scrubber.scrub(value)
        out[i] = scrubber.scrub(value, own(i)) if made is None else made
    return out
