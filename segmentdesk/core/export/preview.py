"""The first rows of an export exactly as they will be written, for the export dialog's preview.

The same selection (:func:`.members.select_rows`) and the same cell writers as the export: CSV
formats give their cells' text; the workbook gives its headings and each cell as a spreadsheet
shows it (dates ``d.m.yyyy`` in Finnish, amounts with two decimals).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..data.audience import CONSENT
from ..data.dataset import Dataset
from ..formats import format_date, format_decimal
from ..privacy.pseudonyms import Pseudonyms
from .ad_audiences import ad_table
from .combined_list import combined_rows, require_combinable
from .email_csv import AD_FIELDS, LAYOUTS, _mailing_fields, segment_table
from .export_words import column_headings, column_values
from .members import export_fields, select_rows
from .safe_text import XLSX_CELL_MAX, clean_text

PREVIEW_ROWS = 5


def preview_table(ds: Dataset, mask: np.ndarray, *, format: str, as_of: dt.date, columns: list[str] | None = None,
                  basis: str = CONSENT, blocked: np.ndarray | None = None, lang: str = "en",
                  headings: str = "labels", hashed: bool = False, segment_name: str = "",
                  limit: int = PREVIEW_ROWS, pseudonyms: Pseudonyms | None = None,
                  combined: Sequence[tuple[str, np.ndarray]] | None = None) -> list[list[str]]:
    """The header and the first ``limit`` rows of one segment's export in ``format``, as text
    (with ``pseudonyms``, as demo mode writes them); with ``combined`` (``(name, members)`` per
    chosen segment; ``mask`` unused) the first rows of the combined file, tags included."""
    layout = LAYOUTS.get(format)
    if layout is None:                     # the workbook
        fields = export_fields(ds, columns)
        rows = select_rows(ds, mask, fields, as_of=as_of, basis=basis, blocked=blocked, limit=limit,
                           pseudonyms=pseudonyms)
        values = [column_values(f, rows.frame.iloc[:, c], headings, lang) for c, f in enumerate(fields)]
        return [column_headings(fields, headings, lang),
                *([_shown(v, f, lang) for v, f in zip(row, fields)] for row in zip(*values))]
    if layout.ad_identifiers:
        fields = [f for f in AD_FIELDS if ds.has_role(f)]
    elif layout.contact_headers:
        fields = _mailing_fields(ds, columns)
    else:
        fields = export_fields(ds, columns)
    if combined is not None:
        require_combinable(layout)
        rows, tags, _ = combined_rows(ds, [m for _, m in combined], [n for n, _ in combined], fields, as_of=as_of,
                                      basis=basis, blocked=blocked, pseudonyms=pseudonyms, limit=limit)
        return segment_table(rows.frame, layout, tags=tags)
    rows = select_rows(ds, mask, fields, as_of=as_of, basis=basis, blocked=blocked, limit=limit,
                       pseudonyms=pseudonyms)
    if layout.ad_identifiers:
        return ad_table(rows.frame, layout, hashed=hashed)
    return segment_table(rows.frame, layout, tag=segment_name)


def _shown(value: object, field: str, lang: str) -> str:
    """A workbook cell as a spreadsheet shows it."""
    if isinstance(value, (list, tuple)):
        return clean_text("; ".join(str(v) for v in value))[:XLSX_CELL_MAX]
    if value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, (pd.Timestamp, dt.date, np.datetime64)):
        return format_date(pd.Timestamp(value), lang)
    if isinstance(value, (bool, np.bool_)):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float, np.integer, np.floating)):
        money = field in ("total_spend", "avg_order_value", "income") or field.startswith(("spend_in_",))
        if field in ("customer_id", "postal_code", "phone") and float(value).is_integer():
            return str(int(value))
        return format_decimal(float(value), lang, decimals=2 if money else None)
    return clean_text(str(value))[:XLSX_CELL_MAX]
