"""Finnish postal code → municipality and region (maakunta), from Statistics Finland's Paavo areas."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from ...paths import reference_file

REFERENCE_NAME = "fi_postal_codes.csv"


@lru_cache(maxsize=2)
def postal_areas(path: Path) -> pd.DataFrame:
    """The reference table indexed by five-digit postal code (text)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return table.set_index("postal_code")


def lookup_postal_codes(codes: pd.Series, reference: Path | None = None) -> pd.DataFrame:
    """Municipality and region (Finnish names) for each code; missing where the code is unknown.

    Codes are compared as five digits, so ``"00100"``, ``"100"`` read from a number
    cell and ``"FI-00100"`` all find Helsinki.  PO-box and company codes that are not
    Paavo areas stay missing rather than being guessed.
    """
    areas = postal_areas(reference or reference_file(REFERENCE_NAME))
    digits = codes.astype("string").str.replace(r"^(?:FI-?)", "", regex=True).str.strip()
    digits = digits.where(digits.str.fullmatch(r"\d{3,5}", na=False)).str.zfill(5)
    found = areas.reindex(digits.to_numpy())
    return pd.DataFrame({
        "municipality": found["municipality_fi"].to_numpy(dtype=object),
        "region": found["region_fi"].to_numpy(dtype=object),
    }, index=codes.index).where(lambda f: f.notna(), None)
