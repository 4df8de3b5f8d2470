"""Guessing column roles from a file's headers and values (the user confirms every guess)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..data import cell_types
from ..data.business_id import BUSINESS_ID_PATTERN
from ..data.roles import CUSTOMER_ROLES, EMAIL_PATTERN, Role, PHONE_PATTERN, POSTAL_PATTERN
from ..io.rawtable import RawTable

# Roles only guessed for a column of numbers: "Lapsia: kyllä/ei" is a yes/no column, not a count,
# and "Tulot: 30–50 k€" is a band.  A column that is not numbers stays free for another role.
_NUMBER_ROLES = frozenset({"income", "household_size", "children"})
# A band role gives way to its number role on a column of numbers (both match the header "Tulot").
_BAND_OF_NUMBER = {"income_band": "income"}
# Bands with no number twin: a column of plain numbers ("Henkilöstö: 12") stays a custom number field.
_BANDS_ONLY = frozenset({"staff_band", "turnover_band"})
_NUMBERS_SHARE = 0.9



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
    if role.name == "postal_code" and _value_share(values, POSTAL_PATTERN) >= 0.9:
        return 0.4
    if role.name == "business_id" and _value_share(values, BUSINESS_ID_PATTERN) >= 0.9:
        return 0.6          # above phone: "0112038-9" also passes for a phone number
    if role.name == "phone" and _value_share(values, PHONE_PATTERN) >= 0.8 and \
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
    if role.name in _BANDS_ONLY:
        return not numbers
    twin = _BAND_OF_NUMBER.get(role.name)
    return not (twin in names and numbers)


def guess_roles(table: RawTable, *, roles: tuple[Role, ...] = CUSTOMER_ROLES) -> list[RoleGuess]:
    """One guess per column, each role used at most once, best evidence first.

    A header that names a role wins over values that look like one; a column nothing
    matches stays unmapped (a custom field).  Income, household size and children are
    only guessed for columns of numbers; income written as bands goes to ``income_band``;
    staff and turnover only for columns of bands (``10–19``, ``1–2 M€``), never of plain numbers.
    """
    names = {role.name for role in roles}
    scored: list[tuple[float, str, str, str]] = []
    for column in table.columns:
        values = value_sample(table.frame[column])
        values.attrs["sampled"] = True
        numbers: bool | None = None      # looked at only when a header names a role that cares
        for role in roles:
            header = _header_score(column, role)
            if header and (role.name in _NUMBER_ROLES or role.name in _BAND_OF_NUMBER or role.name in _BANDS_ONLY):
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
