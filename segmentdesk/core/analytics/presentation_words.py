"""The words of the presentation's slides in English and Finnish (:mod:`.presentation`)."""
from __future__ import annotations

from ..bilingual import in_language

PRESENTATION_WORDS: dict[str, tuple[str, str]] = {
    "overview_title": ("Customers and segments", "Asiakkaat ja segmentit"),
    "overview_subtitle": ("How many customers each segment holds.", "Kuinka monta asiakasta kuhunkin segmenttiin kuuluu."),
    "customers": ("customers", "asiakasta"),
    "segments": ("segments", "segmenttiä"),
    "reachable": ("reachable by email", "tavoitettavissa sähköpostilla"),
    "revenue_share": ("of revenue", "liikevaihdosta"),
    "of_all": ("{share} of all customers", "{share} kaikista asiakkaista"),
    "of_members": ("{share} of the segment", "{share} segmentistä"),
    "profile_subtitle": ("Compared with all customers: what the segment has more or less often.",
                         "Verrattuna kaikkiin asiakkaisiin: mitä segmentissä on useammin tai harvemmin."),
    "index_note": ("Index 100 = as often as among all customers; 200 = twice as often.",
                   "Indeksi 100 = yhtä usein kuin kaikilla asiakkailla; 200 = kaksi kertaa useammin."),
    "empty": ("Nobody is in this segment.", "Segmentissä ei ole ketään."),
    "listed_customers": ("A list of customers chosen one by one.", "Yksitellen valittu asiakasluettelo."),
    "values_of": ("{n} values", "{n} arvoa"),
    "a_value": ("a value", "arvo"),
    "rfm_title": ("Customer value (RFM)", "Asiakasarvo (RFM)"),
    "rfm_subtitle": ("Customers by how recently (R) and how often (F) they bought.",
                     "Asiakkaat sen mukaan, kuinka äskettäin (R) ja kuinka usein (F) he ostivat."),
}


def presentation_word(key: str, lang: str = "en") -> str:
    return in_language(PRESENTATION_WORDS[key], lang)
