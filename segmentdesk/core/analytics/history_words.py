"""A migration's movements in words, English and Finnish: "48 customers moved from “Champions” to “At risk”".

Segment names are the user's own and cannot be inflected, so the Finnish sentences put them after
a case-marked noun (*segmentistä* ”Kanta-asiakkaat”), never take endings on the name itself.
"""
from __future__ import annotations

from ..bilingual import in_language
from ..formats import format_whole
from .history import GONE, NEW, NONE, OTHER, Flow

# (English one, English many, Finnish one, Finnish many); {n} the count, {s} the source, {t} the target.
_SENTENCES: dict[str, tuple[str, str, str, str]] = {
    "move": ("{n} customer moved from {s} to {t}", "{n} customers moved from {s} to {t}",
             "{n} asiakas siirtyi segmentistä {s} segmenttiin {t}",
             "{n} asiakasta siirtyi segmentistä {s} segmenttiin {t}"),
    "left": ("{n} customer left {s} and is in no segment now", "{n} customers left {s} and are in no segment now",
             "{n} asiakas poistui segmentistä {s} eikä kuulu nyt mihinkään segmenttiin",
             "{n} asiakasta poistui segmentistä {s} eikä kuulu nyt mihinkään segmenttiin"),
    "left_other": ("{n} customer left {s} and is in other segments only",
                   "{n} customers left {s} and are in other segments only",
                   "{n} asiakas poistui segmentistä {s} ja on nyt vain muissa segmenteissä",
                   "{n} asiakasta poistui segmentistä {s} ja on nyt vain muissa segmenteissä"),
    "gone": ("{n} customer of {s} is no longer in the data", "{n} customers of {s} are no longer in the data",
             "{n} segmentin {s} asiakas puuttuu uudemmista tiedoista",
             "{n} segmentin {s} asiakasta puuttuu uudemmista tiedoista"),
    "joined": ("{n} customer in no segment joined {t}", "{n} customers in no segment joined {t}",
               "{n} asiakas liittyi segmenttiin {t} (ei ennen missään segmentissä)",
               "{n} asiakasta liittyi segmenttiin {t} (ei ennen missään segmentissä)"),
    "joined_other": ("{n} customer already in another segment joined {t}",
                     "{n} customers already in another segment joined {t}",
                     "{n} asiakas liittyi segmenttiin {t} (jo ennestään muussa segmentissä)",
                     "{n} asiakasta liittyi segmenttiin {t} (jo ennestään muussa segmentissä)"),
    "new": ("{n} new customer joined {t}", "{n} new customers joined {t}",
            "{n} uusi asiakas liittyi segmenttiin {t}", "{n} uutta asiakasta liittyi segmenttiin {t}"),
}

# Row and column headings of the migration matrix for the special states.
_STATES: dict[str, tuple[str, str]] = {
    # A customer in two segments is in two rows: left (joined) this one, still in (already in) another.
    OTHER: ("In another segment", "Muussa segmentissä"),
    NONE: ("In no segment", "Ei missään segmentissä"),
    # Not "new customers": the sample's and RFM's own groups are called that.
    NEW: ("Not yet in the data", "Ei vielä tiedoissa"),
    GONE: ("No longer in the data", "Ei enää tiedoissa"),
}


def state_label(state: str, lang: str) -> str:
    """A matrix heading: the segment's name, or the words for in no segment / new / gone."""
    if state in _STATES:
        return in_language(_STATES[state], lang)
    return state


def flow_sentence(flow: Flow, lang: str) -> str:
    """``flow`` as one sentence in ``lang`` (English for any other), its count formatted as the window does."""
    if flow.source == NEW:
        kind = "new"
    elif flow.source == NONE:
        kind = "joined"
    elif flow.source == OTHER:
        kind = "joined_other"
    elif flow.target == NONE:
        kind = "left"
    elif flow.target == OTHER:
        kind = "left_other"
    elif flow.target == GONE:
        kind = "gone"
    else:
        kind = "move"
    en_one, en_many, fi_one, fi_many = _SENTENCES[kind]
    fi = lang == "fi"
    template = (fi_one if fi else en_one) if flow.count == 1 else (fi_many if fi else en_many)
    quote = (lambda name: f"”{name}”") if fi else (lambda name: f"“{name}”")
    return template.format(n=format_whole(flow.count, lang), s=quote(flow.source), t=quote(flow.target))
