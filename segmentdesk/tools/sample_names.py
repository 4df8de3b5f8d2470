"""Word lists for the sample-shop generator: Finnish names, interests, product groups, regions."""
from __future__ import annotations

# The Finnish name lists live in core (demo mode draws its pseudonyms beside them); the generator uses them as they are.
from ..core.privacy.finnish_names import (  # noqa: F401 — re-exported for the generator
    FEMALE_NAMES, FEMALE_NAMES_SV, MALE_NAMES, MALE_NAMES_SV, SURNAMES, SWEDISH_SURNAMES_FROM,
)

EMAIL_DOMAINS: dict[str, float] = {
    "gmail.com": 0.42, "hotmail.com": 0.14, "outlook.com": 0.10, "yahoo.com": 0.05,
    "luukku.com": 0.08, "kolumbus.fi": 0.05, "elisanet.fi": 0.10, "suomi24.fi": 0.06,
}
MOBILE_PREFIXES: dict[str, float] = {"40": 0.32, "41": 0.08, "44": 0.16, "45": 0.12, "50": 0.32}

INTERESTS: tuple[str, ...] = (
    "jooga", "juoksu", "luonto", "kirjat", "ruoanlaitto", "puutarha", "matkailu", "sisustus",
    "käsityöt", "muoti", "kauneus", "lapset", "lemmikit", "urheilu", "kestävä kehitys", "kahvi",
)

# Product group -> (share of orders from customers without matching interests, log-price shift).
PRODUCT_GROUPS: dict[str, tuple[float, float]] = {
    "Joogatarvikkeet": (0.08, 0.0), "Urheiluvaatteet": (0.13, 0.25), "Kirjat": (0.10, -0.35),
    "Kodin sisustus": (0.12, 0.2), "Kosmetiikka": (0.12, -0.1), "Lastenvaatteet": (0.08, 0.0),
    "Lemmikkitarvikkeet": (0.06, -0.05), "Kahvi ja tee": (0.08, -0.45), "Puutarha": (0.05, 0.1),
    "Keittiötarvikkeet": (0.07, 0.05), "Asusteet": (0.06, 0.05), "Käsityötarvikkeet": (0.03, -0.2),
    "Retkeilyvarusteet": (0.04, 0.4),
}
GIFT_CARDS = "Lahjakortit"
GIFT_CARD_VALUES: tuple[int, ...] = (20, 25, 30, 50, 50, 100)

INTEREST_TO_GROUP: dict[str, str] = {
    "jooga": "Joogatarvikkeet", "juoksu": "Urheiluvaatteet", "luonto": "Retkeilyvarusteet",
    "kirjat": "Kirjat", "ruoanlaitto": "Keittiötarvikkeet", "puutarha": "Puutarha",
    "matkailu": "Asusteet", "sisustus": "Kodin sisustus", "käsityöt": "Käsityötarvikkeet",
    "muoti": "Asusteet", "kauneus": "Kosmetiikka", "lapset": "Lastenvaatteet",
    "lemmikit": "Lemmikkitarvikkeet", "urheilu": "Urheiluvaatteet",
    "kestävä kehitys": "Kodin sisustus", "kahvi": "Kahvi ja tee",
}

# Share of customers per region (maakunta).  The big four are fixed, the rest follow
# their populations in thousands (2024, rounded) and share what is left.
REGION_SHARES: dict[str, float] = {
    "Uusimaa": 0.35, "Pirkanmaa": 0.10, "Varsinais-Suomi": 0.09, "Pohjois-Pohjanmaa": 0.07,
}
REGION_POPULATIONS: dict[str, float] = {
    "Keski-Suomi": 276, "Pohjois-Savo": 248, "Satakunta": 213, "Päijät-Häme": 205,
    "Etelä-Pohjanmaa": 191, "Lappi": 177, "Pohjanmaa": 177, "Kanta-Häme": 170,
    "Pohjois-Karjala": 163, "Kymenlaakso": 160, "Etelä-Savo": 131, "Etelä-Karjala": 126,
    "Kainuu": 71, "Keski-Pohjanmaa": 68, "Ahvenanmaa": 30,
}
# Probability that a customer in the region prefers Swedish; elsewhere 1 %.
SWEDISH_SHARE: dict[str, float] = {
    "Ahvenanmaa": 0.85, "Pohjanmaa": 0.45, "Uusimaa": 0.09, "Keski-Pohjanmaa": 0.08,
    "Varsinais-Suomi": 0.05,
}

# Relative order volume per calendar month (January = index 0).
MONTH_WEIGHTS: tuple[float, ...] = (0.85, 0.78, 0.82, 0.92, 1.18, 1.15, 0.85, 0.92, 1.0, 1.05, 1.6, 1.75)
