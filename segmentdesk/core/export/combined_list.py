"""One contact file for a whole audience: each person once, the segments they are in as tags.

Mailchimp keeps one audience and marks groups in it with tags; importing a file per segment
would make a person who is in two segments twice the work and lose one tag.  So its combined
file holds every person any chosen segment reaches once (the first customer with the address,
as :func:`~..data.audience.audience` keeps it), and ``Tags`` names, in the user's order, each
chosen segment in which that address is reachable.  Who is written is the same rule as
everywhere (:mod:`..data.audience`), applied to the segments' union.

Only formats whose layout has a tags column can combine (:data:`COMBINED_FORMATS`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..data.audience import CONSENT, Audience, audience
from ..data.dataset import Dataset
from ..errors import ExportError
from ..privacy.pseudonyms import Pseudonyms
from .members import select_rows
from .presets import LAYOUTS, CsvLayout
from .safe_text import clean_text, csv_safe

COMBINED_FORMATS = tuple(tool for tool, layout in LAYOUTS.items() if layout.tags_header)
COMBINED_STEM = "contacts"
"""The file's name when ``out`` is a folder: ``<folder>/contacts.csv``."""


def combined_path(out: str | Path) -> Path:
    """The one file a combined export writes: ``out`` itself if it names a ``.csv``, else ``contacts.csv`` in it."""
    out = Path(out)
    return out if out.suffix.lower() == ".csv" else out / f"{COMBINED_STEM}.csv"


def require_combinable(layout: CsvLayout) -> None:
    if not layout.tags_header:
        raise ExportError(f"{layout.tool} imports a file per list; one combined file is for "
                          f"{', '.join(COMBINED_FORMATS)}, which keeps segments as tags.",
                          reason="combined", format=layout.tool)


def tag_name(name: str) -> str:
    """A segment's name as one tag: a comma would split it in two in the comma-separated tags cell."""
    return " ".join(clean_text(name).replace(",", " ").split())


def person_tags(ds: Dataset, rows: np.ndarray, reached: Sequence[Audience], names: Sequence[str]) -> list[str]:
    """Per written row (customer positions ``rows``) the tags cell: the ``names`` of the segments
    whose audience ``reached`` holds the row's address, in order, comma-separated."""
    if not len(rows):
        return []
    codes = ds.email_codes[rows]
    member_of = np.stack([np.isin(codes, ds.email_codes[r.rows]) for r in reached], axis=1)
    tags = [tag_name(n) for n in names]
    return [csv_safe(",".join(t for t, hit in zip(tags, row) if hit)) for row in member_of.tolist()]


def combined_rows(ds: Dataset, masks: Sequence[np.ndarray], names: Sequence[str], fields: list[str], *,
                  as_of: dt.date, basis: str = CONSENT, blocked: np.ndarray | None = None,
                  pseudonyms: Pseudonyms | None = None, limit: int | None = None):
    """``(rows, tags, reached)``: :func:`~.members.select_rows` of the segments' union, each row's
    tags cell, and each segment's own audience (its report: who of it is written, who left out)."""
    reached = [audience(ds, m, basis=basis, blocked=blocked) for m in masks]
    union = np.logical_or.reduce(list(masks)) if masks else np.zeros(len(ds), dtype=bool)
    rows = select_rows(ds, union, fields, as_of=as_of, basis=basis, blocked=blocked, limit=limit,
                       pseudonyms=pseudonyms)
    shown = rows.audience.rows if limit is None else rows.audience.rows[:limit]
    return rows, person_tags(ds, shown, reached, names), reached
