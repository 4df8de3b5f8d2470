"""A small shop with every kind of personal data demo mode hides, and the strings that must never show."""
from __future__ import annotations

import hashlib

import pandas as pd

from segmentdesk.core.data.dataset import build_dataset

ROLES = {"customer_id": "Asiakasnumero", "first_name": "Etunimi", "last_name": "Sukunimi",
         "email": "Sähköposti", "phone": "Puhelin", "postal_code": "Postinumero", "city": "Postitoimipaikka",
         "gender": "Sukupuoli", "consent_email": "Markkinointilupa"}
CUSTOMERS = pd.DataFrame({
    "Asiakasnumero": ["1001", "1002", "1003", "1004", "1005", "1006"],
    "Etunimi": ["Aino", "Eero", "Kaisa", "Jouko", "Hilkka", "Tauno"],
    "Sukunimi": ["Mäkelä", "Järvinen", "Ollikainen", "Rautiainen", "Pesonen", "Kärkkäinen"],
    "Sähköposti": ["aino.makela@kotiposti.fi", "EERO.JARVINEN@kotiposti.fi", "kaisa.o@postilaatikko.fi",
                   "jouko.r@postilaatikko.fi", "hilkka.p@kotiposti.fi", None],
    "Puhelin": ["+358 40 123 4567", "040 765 4321", "050 111 2233", "+358 44 987 6543", "045 222 3344", None],
    "Katuosoite": ["Mannerheimintie 12 A 3", "Hämeenkatu 5", "Aleksanterinkatu 44 B 9", "Runebergintie 7",
                   "Kauppakatu 18", "Rantakatu 2"],
    "Yhteyshenkilö": ["Aino Mäkelä", "Eero Järvinen", "Kaisa Ollikainen", "Jouko Rautiainen", "Hilkka Pesonen",
                      "Tauno Kärkkäinen"],
    "Postinumero": ["00100", "33100", "00100", "20100", "40100", "90100"],
    "Postitoimipaikka": ["HELSINKI", "TAMPERE", "HELSINKI", "TURKU", "JYVÄSKYLÄ", "OULU"],
    "Sukupuoli": ["Nainen", "Mies", "Nainen", "Mies", "Nainen", "Mies"],
    "Markkinointilupa": ["kyllä", "kyllä", "kyllä", "kyllä", "kyllä", "ei"],
})
SECRET = bytes(range(32))


def shop():
    return build_dataset(CUSTOMERS.copy(), dict(ROLES))


def personal_strings() -> list[str]:
    """Every original personal string, as written and in the forms exports normalise them to
    (trimmed lower-case emails, international and digit-only phones), and their SHA-256 digests."""
    texts: set[str] = set()
    for column in ("Etunimi", "Sukunimi", "Sähköposti", "Katuosoite", "Yhteyshenkilö"):
        texts.update(v for v in CUSTOMERS[column] if isinstance(v, str))
    texts.update(v.lower() for v in CUSTOMERS["Sähköposti"] if isinstance(v, str))
    for phone in CUSTOMERS["Puhelin"]:
        if isinstance(phone, str):
            digits = "".join(c for c in phone if c.isdigit())
            international = digits if digits.startswith("358") else "358" + digits[1:]
            texts.update({phone, digits, international, "+" + international})
    plain = [t for t in texts]
    texts.update(hashlib.sha256(t.lower().encode()).hexdigest() for t in plain)
    return sorted(texts)


def leaks(text: str) -> list[str]:
    """The original personal strings found in ``text`` (case ignored)."""
    folded = text.casefold()
    return [s for s in personal_strings() if s.casefold() in folded]
