"""Two or more segments side by side: the same key figures and dimension values for each, aligned
in rows, so a view or the command line shows them as one table."""
from __future__ import annotations

from dataclasses import dataclass

from .profile import KEY_FIGURES, Profile, ShareRow, index_of


@dataclass(frozen=True)
class ComparedCell:
    value: float | None      # a key figure's value, or the share of members with the dimension value
    index: float | None      # against all customers


@dataclass(frozen=True)
class ComparedRow:
    """One line of the table: a key figure (``value`` None) or one value of a dimension."""

    key: str                 # a key figure's or a dimension's key
    value: str | None
    all: float | None        # the same over all customers (the revenue share: 1.0, all of it)
    cells: tuple[ComparedCell, ...]


@dataclass(frozen=True)
class Comparison:
    names: tuple[str, ...]
    rows: tuple[ComparedRow, ...]

    def as_json(self) -> dict:
        def r(x: float | None) -> float | None:
            return None if x is None else round(float(x), 6)
        return {"segments": list(self.names), "rows": [
            {"key": row.key, "value": row.value, "all": r(row.all),
             "segments": [{"value": r(c.value), "index": r(c.index)} for c in row.cells]} for row in self.rows]}


def compare_profiles(profiles: list[Profile]) -> Comparison:
    """The profiles' figures and dimension values in rows: every key figure any of them has, and per
    dimension the values any of them lists (:attr:`DimensionProfile.shown`), a value a segment lacks
    showing as a share of 0.  The profiles must be of one dataset and date."""
    rows: list[ComparedRow] = []
    for key in KEY_FIGURES:
        figures = [p.key_figure(key) for p in profiles]
        present = [f for f in figures if f is not None]
        if not present:
            continue
        rows.append(ComparedRow(key, None, present[0].all, tuple(
            ComparedCell(None, None) if f is None else ComparedCell(f.segment, f.index) for f in figures)))
    keys = list(dict.fromkeys(d.key for p in profiles for d in p.dimensions))
    for key in keys:
        dims = [p.dimension(key) for p in profiles]
        rows.extend(_dimension_rows(key, dims))
    return Comparison(tuple(p.name for p in profiles), tuple(rows))


def _dimension_rows(key: str, dims: list) -> list[ComparedRow]:
    present = [d for d in dims if d is not None]
    ordered = present[0].ordered
    found: dict[str, ShareRow] = {}                 # folded value → a row of it (for the all-customers share)
    weight: dict[str, float] = {}
    for d in present:
        for row in (d.rows if ordered else d.shown):
            folded = row.value.casefold()
            found.setdefault(folded, row)
            weight[folded] = weight.get(folded, 0.0) + row.segment_share
    values = list(found) if ordered else sorted(found, key=lambda v: (-weight[v], v))
    out = []
    for folded in values:
        reference = found[folded]
        cells = []
        for d in dims:
            row = None if d is None else d.row(reference.value)
            if d is None or not d.segment_known:
                cells.append(ComparedCell(None, None))
            elif row is None:                     # none of its members has this value
                cells.append(ComparedCell(0.0, index_of(0.0, reference.all_share)))
            else:
                cells.append(ComparedCell(row.segment_share, row.index))
        out.append(ComparedRow(key, reference.value, reference.all_share, tuple(cells)))
    return out
