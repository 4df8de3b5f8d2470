"""Segment warnings in plain words, English and Finnish: the builder, the Profiles page and the
command line say the same thing about the same problem."""
from __future__ import annotations

from ..bilingual import in_language
from ..formats import format_decimal, format_whole
from ..segments.judging import Warning_

# {v}: the value judged, {limit}: the threshold, {other}: the other segment's name.
_SENTENCES: dict[str, tuple[str, str]] = {
    "empty": ("No customer matches this segment.", "Yksikään asiakas ei kuulu tähän segmenttiin."),
    "unreachable": ("Nobody in this segment can be emailed (no consent or no valid address).",
                    "Kenellekään tämän segmentin asiakkaalle ei voi lähettää sähköpostia "
                    "(ei lupaa tai kelvollista osoitetta)."),
    "small": ("Only {v} reachable customers: fewer than {limit} is usually too few to act on.",
              "Vain {v} tavoitettavaa asiakasta: alle {limit} on yleensä liian vähän kannattavaan viestiin."),
    "too_many": ("{v} segments is more than one person can keep up with; consider merging some.",
                 "{v} segmenttiä on enemmän kuin yksi ihminen ehtii hoitaa; harkitse joidenkin yhdistämistä."),
    "too_many_for_size": ("{v} segments is too many for a shop this size: its customers fill only about {limit} "
                          "segments big enough to act on; consider merging some.",
                          "{v} segmenttiä on liikaa tämän kokoiselle kaupalle: asiakkaat riittävät vain noin "
                          "{limit} kannattavan kokoiseen segmenttiin; harkitse joidenkin yhdistämistä."),
    "nearly_same": ("Nearly the same customers as “{other}” ({v} % shared).",
                    "Lähes samat asiakkaat kuin segmentissä ”{other}” ({v} % yhteisiä)."),
    "alike": ("Looks like “{other}”: no age group, gender, place, interest or category differs by more than "
              "{limit} percentage points, and average order, order frequency and days since the last order "
              "differ by less than 10 %; one message would suit both.",
              "Muistuttaa segmenttiä ”{other}”: minkään ikäryhmän, sukupuolen, paikkakunnan, kiinnostuksen tai "
              "tuoteryhmän osuus ei eroa yli {limit} prosenttiyksikköä, ja keskiostos, tilaustiheys ja aika "
              "viime tilauksesta eroavat alle 10 %; sama viesti sopisi molemmille."),
}


def warning_sentence(w: Warning_, lang: str = "en", *, current: str | None = None) -> str:
    """``w`` in words; ``current`` is the segment the reader is looking at, so a warning about a pair
    names the other one.  An unknown code reads as itself."""
    pair = _SENTENCES.get(w.code)
    if pair is None:
        return w.code
    text = in_language(pair, lang)
    other = w.other if w.segment == current else w.segment
    if w.code == "nearly_same":
        value = format_decimal((w.value or 0) * 100, lang, decimals=0)
    else:
        value = format_whole(w.value, lang) if w.value is not None else ""
    limit = w.limit
    if w.code == "alike" and limit is not None:
        limit = limit * 100
    return text.format(v=value, limit=format_whole(limit, lang) if limit is not None else "",
                       other=other or "")
