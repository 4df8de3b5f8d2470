"""Clusters in words, Finnish and English: "younger, buy often, small baskets".

A cluster's centre is compared with all clustered customers field by field on the standardised
scale (0 is the average customer, 1 one standard deviation): a field at least :data:`NOTABLE` away
is named, the furthest first, at most :data:`MOST` of them.  Like :mod:`core.words`, each table maps
a stable key to ``(English, Finnish)``.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..bilingual import in_language
from ..formats import format_percent
from ..words import field_label

NOTABLE = 0.5
MOST = 3

# field -> (words when above the average, words when below), each (English, Finnish).
DIRECTION_WORDS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "age": (("older", "vanhempia"), ("younger", "nuorempia")),
    "days_since_last_order": (("last bought long ago", "ostaneet viimeksi kauan sitten"),
                              ("bought recently", "ostaneet äskettäin")),
    "order_count": (("buy often", "ostavat usein"), ("buy rarely", "ostavat harvoin")),
    "total_spend": (("spend a lot", "ostavat paljon"), ("spend little", "ostavat vähän")),
    "avg_order_value": (("big baskets", "isot ostoskorit"), ("small baskets", "pienet ostoskorit")),
    "rfm_r": (("bought recently", "ostaneet äskettäin"), ("last bought long ago", "ostaneet viimeksi kauan sitten")),
    "rfm_f": (("buy often", "ostavat usein"), ("buy rarely", "ostavat harvoin")),
    "rfm_m": (("spend a lot", "ostavat paljon"), ("spend little", "ostavat vähän")),
    "household_size": (("bigger households", "isommat taloudet"), ("smaller households", "pienemmät taloudet")),
    "children": (("more children", "enemmän lapsia"), ("fewer children", "vähemmän lapsia")),
    "income": (("higher income", "suuremmat tulot"), ("lower income", "pienemmät tulot")),
}
# Any other field: its label and which way it leans.
_OTHER_FIELD = (("{label} higher than usual", "{label} tavallista suurempi"),
                ("{label} lower than usual", "{label} tavallista pienempi"))
# A field missing for a notable share of a cluster's members, said after the centre's words: a
# customer who never bought has no days since their last order, and the median filled in for
# them must not read as "bought recently" for all.  Fields missing for want of orders:
# Each: (some of them, all of them), each (English, Finnish).
_NO_ORDERS = (("{share} have not bought yet", "{share} ei ole vielä ostanut"),
              ("none has bought yet", "kukaan ei ole vielä ostanut"))
MISSING_WORDS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    name: _NO_ORDERS for name in ("days_since_last_order", "avg_order_value", "rfm_r", "rfm_f", "rfm_m")}
_OTHER_MISSING = (("{label} unknown for {share}", "{label} tuntematon {share}:lla"),
                  ("{label} unknown for all", "{label} tuntematon kaikilla"))
MISSING_NOTABLE = 0.1
CLUSTER_WORDS: dict[str, tuple[str, str]] = {
    "average": ("close to the average customer", "lähellä keskivertoasiakasta"),
    "name": ("Cluster {number}", "Klusteri {number}"),
}


_pick = in_language


def direction_words(field: str, above: bool, lang: str = "en") -> str:
    """How a group whose ``field`` lies above (or below) the average reads, e.g. "buy often"."""
    pair = DIRECTION_WORDS.get(field)
    if pair is not None:
        return _pick(pair[0] if above else pair[1], lang)
    text = _pick(_OTHER_FIELD[0] if above else _OTHER_FIELD[1], lang)
    return text.format(label=field_label(field, lang))


def describe_centre(fields: Sequence[str], centre: Sequence[float], lang: str = "en",
                    missing: Sequence[float] | None = None) -> str:
    """The cluster centre ``centre`` (standardised, one value per field) in a few words; with
    ``missing`` (the share of the cluster's members without a value, per field) a notable share
    is said too: "Spend little, buy rarely; 17% have not bought yet"."""
    notable = sorted((i for i, z in enumerate(centre) if abs(z) >= NOTABLE), key=lambda i: (-abs(centre[i]), i))
    if not notable:
        text = _pick(CLUSTER_WORDS["average"], lang)
    else:
        words = [direction_words(fields[i], centre[i] > 0, lang) for i in notable[:MOST]]
        # Two fields can say the same thing (order count and RFM frequency): say it once.
        text = ", ".join(dict.fromkeys(words))
    gaps = missing_words(fields, missing, lang) if missing is not None else []
    if gaps:
        text = "; ".join([text, *gaps])
    return text[:1].upper() + text[1:]


def missing_words(fields: Sequence[str], missing: Sequence[float], lang: str = "en") -> list[str]:
    """Each field missing for at least :data:`MISSING_NOTABLE` of a cluster, most missing first:
    "17% have not bought yet", "age unknown for 20%", "none has bought yet" (fields missing for the
    same reason, once)."""
    said = sorted((i for i, share in enumerate(missing) if share >= MISSING_NOTABLE),
                  key=lambda i: (-missing[i], i))
    words = []
    for i in said:
        some, every = MISSING_WORDS.get(fields[i], _OTHER_MISSING)
        words.append(_pick(every if missing[i] >= 1.0 else some, lang).format(share=format_percent(missing[i], lang, decimals=0),
                                              label=field_label(fields[i], lang).lower()))
    return list(dict.fromkeys(words))


def default_cluster_name(number: int, lang: str = "en") -> str:
    """The name a cluster has until the user names it: "Cluster 1", "Klusteri 1"."""
    return _pick(CLUSTER_WORDS["name"], lang).format(number=number)
