"""Column roles: what a column means to the app, and guessing them from headers and values."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from . import cell_types
from .io.rawtable import RawTable


@dataclass(frozen=True)
class Role:
    """A meaning a column can have. ``kind`` is the value type the column is read as."""

    name: str
    kind: str            # text, category, number, date, tags, boolean
    family: str          # demographic, geographic, psychographic, behavioural, contact
    headers: tuple[str, ...]


CUSTOMER_ROLES: tuple[Role, ...] = (
    Role("customer_id", "text", "contact", ("asiakasnumero", "asiakasnro", "asiakas nro", "asiakastunnus",
         "asiakas id", "asiakkaan numero", "customer id", "customer number", "customer no", "customerid",
         "client id", "kundnummer", "id")),
    Role("email", "text", "contact", ("sähköposti", "sähköpostiosoite", "sahkoposti", "s-posti", "sposti",
         "email", "e-mail", "email address", "e-mail address", "e-post", "mail")),
    Role("first_name", "text", "contact", ("etunimi", "etunimet", "first name", "firstname", "given name",
         "förnamn", "fname")),
    Role("last_name", "text", "contact", ("sukunimi", "last name", "lastname", "surname", "family name",
         "efternamn", "lname")),
    Role("phone", "text", "contact", ("puhelin", "puhelinnumero", "puh", "puhnro", "matkapuhelin", "gsm",
         "phone", "phone number", "mobile", "mobile phone", "telephone", "telefon", "tel")),
    Role("birth_date", "date", "demographic", ("syntymäaika", "syntymäpäivä", "syntymäpvm", "syntynyt",
         "birth date", "birthdate", "date of birth", "dob", "birthday", "födelsedatum", "födelsedag")),
    Role("age", "number", "demographic", ("ikä", "age", "ålder")),
    Role("gender", "category", "demographic", ("sukupuoli", "gender", "sex", "kön")),
    Role("language", "category", "demographic", ("kieli", "asiointikieli", "äidinkieli", "language",
         "lang", "locale", "språk")),
    # Income comes as numbers ("3200", "42 000 €") or as bands ("30–50 k€", "alle 20 000"); the two
    # roles share their headers and the column's values decide (see _NUMBER_ROLES, _BAND_OF_NUMBER).
    Role("income", "number", "demographic", ("tulot", "vuositulot", "kuukausitulot", "bruttotulot",
         "nettotulot", "kotitalouden tulot", "palkka", "kuukausipalkka", "vuosipalkka", "income",
         "annual income", "yearly income", "monthly income", "household income", "salary", "inkomst",
         "årsinkomst", "lön")),
    Role("income_band", "category", "demographic", ("tulot", "vuositulot", "kotitalouden tulot",
         "tuloluokka", "tulotaso", "tuloryhmä", "tulohaarukka", "income", "household income", "income band",
         "income bracket", "income range", "income level", "income group", "income class", "inkomst",
         "inkomstklass", "inkomstnivå", "inkomstgrupp")),
    Role("education", "category", "demographic", ("koulutus", "koulutustaso", "koulutusaste",
         "koulutustausta", "tutkinto", "education", "education level", "level of education",
         "highest education", "degree", "qualification", "utbildning", "utbildningsnivå", "examen")),
    Role("family_status", "category", "demographic", ("perhetilanne", "perhesuhde", "perhesuhteet",
         "perhemuoto", "siviilisääty", "elämäntilanne", "kotitalous", "kotitalouden tyyppi", "talouden tyyppi",
         "family status", "family situation", "marital status", "relationship status", "civil status",
         "household", "household type", "civilstånd", "familjesituation", "familjeförhållanden", "hushåll")),
    Role("household_size", "number", "demographic", ("talouden koko", "kotitalouden koko", "perheen koko",
         "perhekoko", "henkilömäärä", "talouden henkilömäärä", "henkilöitä taloudessa", "household size",
         "people in household", "persons in household", "family size", "hushållets storlek",
         "hushållsstorlek", "antal personer")),
    Role("children", "number", "demographic", ("lapsia", "lapset", "lasten määrä", "lapsien määrä",
         "lasten lukumäärä", "lapsia taloudessa", "children", "number of children", "children in household",
         "kids", "barn", "antal barn")),
    Role("postal_code", "text", "geographic", ("postinumero", "postinro", "postal code", "postcode",
         "post code", "zip", "zip code", "zipcode", "postnummer")),
    Role("city", "category", "geographic", ("postitoimipaikka", "kaupunki", "paikkakunta", "kotikunta",
         "kunta", "city", "town", "municipality", "ort", "postort", "kommun")),
    Role("region", "category", "geographic", ("maakunta", "alue", "region", "state", "province", "county",
         "landskap")),
    Role("country", "category", "geographic", ("maa", "valtio", "country", "land")),
    Role("interests", "tags", "psychographic", ("kiinnostuksen kohteet", "kiinnostukset", "harrastukset",
         "interests", "tags", "tagit", "avainsanat", "intressen")),
    Role("consent_email", "boolean", "contact", ("markkinointilupa", "suoramarkkinointilupa", "uutiskirje",
         "uutiskirjelupa", "sähköpostilupa", "marketing consent", "consent",
         "email consent", "accepts marketing", "accepts email marketing", "newsletter", "email marketing",
         "opt in", "marknadsföringstillstånd")),
    Role("signup_date", "date", "behavioural", ("liittymispäivä", "liittynyt", "liittymispvm", "rekisteröitynyt",
         "asiakkuus alkanut", "asiakas alkaen", "signup date", "sign up date", "created", "created at",
         "registered", "joined", "member since", "luotu")),
)

ORDER_ROLES: tuple[Role, ...] = (
    Role("order_id", "text", "behavioural", ("tilausnumero", "tilausnro", "tilaus", "tilaustunnus",
         "order id", "order number", "order no", "order", "ordernumber", "laskunumero", "kuittinumero",
         "invoice", "invoice number", "ordernummer")),
    Role("customer_ref", "text", "behavioural", ("asiakasnumero", "asiakasnro", "asiakas", "asiakastunnus",
         "asiakas id", "customer id", "customer number", "customer", "customer no", "client id",
         "kundnummer", "sähköposti", "email", "e-mail", "customer email", "asiakkaan sähköposti")),
    Role("order_date", "date", "behavioural", ("tilauspäivä", "tilauspvm", "ostopäivä", "päivämäärä", "pvm",
         "order date", "date", "created at", "paid at", "datum", "orderdatum")),
    Role("amount", "number", "behavioural", ("summa", "yhteensä", "loppusumma", "kokonaissumma", "hinta",
         "arvo", "summa eur", "summa €", "amount", "total", "sum", "order total", "price", "subtotal",
         "belopp", "summa (eur)")),
    Role("category", "category", "behavioural", ("tuoteryhmä", "kategoria", "tuotekategoria", "tuote",
         "osasto", "category", "product category", "product type", "kategori")),
    Role("quantity", "number", "behavioural", ("määrä", "kpl", "lukumäärä", "quantity", "qty", "antal")),
)

ROLES_BY_NAME = {r.name: r for r in CUSTOMER_ROLES + ORDER_ROLES}

# Roles only guessed for a column of numbers: "Lapsia: kyllä/ei" is a yes/no column, not a count,
# and "Tulot: 30–50 k€" is a band.  A column that is not numbers stays free for another role.
_NUMBER_ROLES = frozenset({"income", "household_size", "children"})
# A band role gives way to its number role on a column of numbers (both match the header "Tulot").
_BAND_OF_NUMBER = {"income_band": "income"}
_NUMBERS_SHARE = 0.9

EMAIL_PATTERN = r"^[^@\s;,]+@[^@\s;,]+\.[a-zA-Z]{2,}$"
_PHONE_PATTERN = r"^\+?[\d\s()\-]{7,}$"
_POSTAL_PATTERN = r"^\d{5}$"


@dataclass(frozen=True)
class RoleGuess:
    """The guessed role of one column and why: ``reason`` is "header" or "values"."""

    column: str
    role: str | None
    reason: str | None
    confidence: float


def normalise_header(header: str) -> str:
    """Header reduced for matching: lower case, separators as single spaces."""
    return re.sub(r"[\s_.:\-/()]+", " ", header.casefold()).strip()


def _header_score(header: str, role: Role) -> float:
    h = normalise_header(header)
    synonyms = [normalise_header(s) for s in role.headers]
    if h in synonyms:
        return 1.0
    words = set(h.split())
    for s in synonyms:
        if len(s) >= 4 and (s in words or (" " in s and s in h) or (len(s) >= 7 and s in h)):
            return 0.7
    return 0.0


SAMPLE_SIZE = 1000


def value_sample(values: pd.Series) -> pd.Series:
    """About a thousand evenly spread non-empty cells, as trimmed text: what the values decide on.

    Cells are picked before empty ones are dropped, so a big column costs a thousand cells,
    not a pass over a million; a mostly empty column falls back to all its filled cells.
    """
    picked = values.iloc[:: max(1, len(values) // SAMPLE_SIZE)].dropna()
    if len(picked) < SAMPLE_SIZE // 4 and len(values) > len(picked):
        present = values.dropna()
        picked = present.iloc[:: max(1, len(present) // SAMPLE_SIZE)]
    return picked.astype(str).str.strip()


def _value_share(values: pd.Series, pattern: str) -> float:
    """Share of the sampled cells (see :func:`value_sample`) that match ``pattern``."""
    sample = values if values.attrs.get("sampled") else value_sample(values)
    if sample.empty:
        return 0.0
    return float(sample.str.match(pattern).mean())


def _value_score(values: pd.Series, role: Role) -> float:
    if role.name in ("email", "customer_ref") and _value_share(values, EMAIL_PATTERN) >= 0.7:
        return 0.9 if role.name == "email" else 0.4
    if role.name == "postal_code" and _value_share(values, _POSTAL_PATTERN) >= 0.9:
        return 0.4
    if role.name == "phone" and _value_share(values, _PHONE_PATTERN) >= 0.8 and \
            _value_share(values, r"^\+|^0") >= 0.5:
        return 0.5
    return 0.0


def _mostly_numbers(values: pd.Series) -> bool:
    """True when nearly all of the column's (sampled) non-empty cells read as numbers."""
    picked = values.iloc[:: max(1, len(values) // SAMPLE_SIZE)].dropna()
    sample = picked if len(picked) >= SAMPLE_SIZE // 4 or len(picked) == len(values) else values.dropna()
    if sample.empty:
        return False
    return cell_types.share_parsed(sample, cell_types.to_number(sample)) >= _NUMBERS_SHARE


def _values_allow(role: Role, numbers: bool, names: set[str]) -> bool:
    """Whether a column whose values are (``numbers``) or are not numbers may take ``role``."""
    if role.name in _NUMBER_ROLES:
        return numbers
    twin = _BAND_OF_NUMBER.get(role.name)
    return not (twin in names and numbers)


def guess_roles(table: RawTable, *, roles: tuple[Role, ...] = CUSTOMER_ROLES) -> list[RoleGuess]:
    """One guess per column, each role used at most once, best evidence first.

    A header that names a role wins over values that look like one; a column nothing
    matches stays unmapped (a custom field).  Income, household size and children are
    only guessed for columns of numbers; income written as bands goes to ``income_band``.
    """
    names = {role.name for role in roles}
    scored: list[tuple[float, str, str, str]] = []
    for column in table.columns:
        values = value_sample(table.frame[column])
        values.attrs["sampled"] = True
        numbers: bool | None = None      # looked at only when a header names a role that cares
        for role in roles:
            header = _header_score(column, role)
            if header and (role.name in _NUMBER_ROLES or role.name in _BAND_OF_NUMBER):
                numbers = _mostly_numbers(values) if numbers is None else numbers
                if not _values_allow(role, numbers, names):
                    continue
            value = 0.0 if header >= 1.0 else _value_score(values, role)
            if header or value:
                best = (header, "header") if header >= value else (value, "values")
                scored.append((best[0], column, role.name, best[1]))
    scored.sort(key=lambda s: -s[0])
    taken_roles: set[str] = set()
    chosen: dict[str, RoleGuess] = {}
    for score, column, role, reason in scored:
        if column in chosen or role in taken_roles:
            continue
        chosen[column] = RoleGuess(column, role, reason, score)
        taken_roles.add(role)
    return [chosen.get(c, RoleGuess(c, None, None, 0.0)) for c in table.columns]


def role_map(guesses: list[RoleGuess]) -> dict[str, str]:
    """``{role: column}`` from a list of guesses, leaving out unmapped columns."""
    return {g.role: g.column for g in guesses if g.role}
