"""Re-import: merge a newer export of the same customer list into the data a project holds.

A shop exports its customer list again next month; importing it should update the project,
not stack a second copy of every customer on the first.  :func:`merge_import` matches the
newer file's customers to the project's, takes the newer values, keeps the customers the
newer file no longer lists (flagged in a yes/no column) and says what it did in a
:class:`ReimportSummary` that the command line prints and the UI lists.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data import cell_types
from ..data.dataset import MISSING_FLAG, Dataset, Table
from ..errors import SegmentDeskError
from ..tasks import Progress
from ..unique_names import numbered_unique

# The yes/no column that marks customers kept from earlier imports but absent from the latest
# file.  It is an ordinary unmapped column, so it shows up as the custom field
# ``column:Missing from latest import`` that a segment can test (e.g. to find and clean them up).
MATCH_ROLES = ("customer_id", "email")      # tried in this order; the first both tables map is used


class NoMatchKeyError(SegmentDeskError):
    """Neither a customer number nor an email column is mapped in both the project and the new file.

    ``details``: ``old_roles`` and ``new_roles``, the customer roles each side maps.
    """

    code = "reimport_no_key"


@dataclass
class ReimportSummary:
    """What a re-import did.  Positions index the merged customers (0…n-1, as every mask does).

    The new file's rows come first in the merged data, in file order, so a position below
    ``len(new file)`` is also that row's position in the new file.
    """

    matched_by: str                          # "customer_id" or "email"
    new: np.ndarray                          # customers only the new file lists
    changed: np.ndarray                      # matched customers with at least one value changed
    unchanged: np.ndarray                    # matched customers with every shared value the same
    missing: np.ndarray                      # earlier customers the new file lacks: kept and flagged
    old_positions: np.ndarray                # per merged customer, their position before (-1 if new)
    changed_columns: dict[str, np.ndarray]   # merged header -> positions whose value in it changed
    added_columns: list[str]                 # headers only the new file has
    kept_columns: list[str]                  # headers only the earlier data had (kept; maybe renamed if taken)
    renamed_columns: dict[str, str]          # earlier header -> new header it paired with (role, or case/spaces)

    def counts(self) -> dict[str, int]:
        """``{"new", "changed", "unchanged", "missing"}`` → number of customers."""
        return {"new": len(self.new), "changed": len(self.changed),
                "unchanged": len(self.unchanged), "missing": len(self.missing)}

    def columns_changed_at(self, position: int) -> list[str]:
        """Headers (merged names) of the values the new file changed for the customer at ``position``."""
        headers = []
        for header, where in self.changed_columns.items():       # each sorted ascending
            i = int(np.searchsorted(where, position))
            if i < len(where) and where[i] == position:
                headers.append(header)
        return headers


def summary_after_overlay(summary: ReimportSummary, kept: np.ndarray | None, added: int) -> ReimportSummary:
    """``summary`` with its positions renumbered for the merged customers after the user's own
    changes were laid over them: ``kept`` (None: all) the merged customers that remain, in order,
    ``added`` customers of the user's appended after them."""
    n = len(summary.old_positions)
    kept = np.ones(n, dtype=bool) if kept is None else kept
    new_pos = np.cumsum(kept) - 1

    def moved(where: np.ndarray) -> np.ndarray:
        return new_pos[where[kept[where]]]

    return dataclasses.replace(
        summary, new=moved(summary.new), changed=moved(summary.changed), unchanged=moved(summary.unchanged),
        missing=moved(summary.missing),
        old_positions=np.concatenate([summary.old_positions[kept], np.full(added, -1, dtype=np.int64)]),
        changed_columns={h: moved(w) for h, w in summary.changed_columns.items()})


@dataclass
class ReimportResult:
    dataset: Dataset
    summary: ReimportSummary


def merge_import(old: Dataset, new: Dataset, *, progress: Progress | None = None) -> ReimportResult:
    """Merge ``new`` (a newer export of the same customer list) into ``old``.

    Matching: by customer number when both sides map ``customer_id``, else by email when both
    map ``email``; else :class:`NoMatchKeyError`.  Keys compare as trimmed, case-folded text,
    whole numbers without ``.0`` (the rule that links orders).  An empty key matches nothing,
    so such a row counts as new (in the new file) or missing (in the old data).  Duplicate
    keys pair up in file order: the first occurrence in the new file matches the first in the
    old data, the second the second, and so on; a surplus occurrence counts as new or missing.
    A customer whose number changed between exports is one new and one missing customer.

    The merged customers are the new file's rows in its order, with its values (it is the newer
    export), followed by the old customers it lacks, in their old order.  Columns pair up by role,
    then by header (ignoring case and surrounding spaces), so a renamed header with the same role
    keeps its values; the merged table uses the new header and the new file's column type.
    Columns only the new file has are added (empty for the kept customers); columns only the
    old data had are kept (the matched customers keep their old values there, new customers
    have none) and keep their role when the new file maps no column to it.  Roles are
    otherwise the new file's.

    The yes/no column :data:`MISSING_FLAG` is added to every merged table — true exactly for the
    kept customers — so a segment built on it keeps working after an import that misses no one.
    A column of that header in either input is taken for the app's own flag and recomputed.

    Orders: an order file imported with ``new`` replaces the old orders (a newer order export
    holds the history); without one the old orders are kept.  Either way orders are linked
    again to the merged customers, so order counts and spend follow them.

    The new file's values win here; values the user edited in the app are laid over the result
    afterwards (:func:`.pipeline.run_import` with ``register``), so those stay.  ``summary.changed`` and ``summary.changed_columns``
    say which customers and which columns the new file changed, so nothing changes unseen.
    """
    progress = progress or Progress()
    progress.report(0.0, "match")
    old_table, new_table = _without_flag(old.customers), _without_flag(new.customers)
    role = _match_role(old_table, new_table)
    old_of_new = _match_rows(*_key_codes(old_table.role_column(role), new_table.role_column(role)))
    matched = old_of_new >= 0
    still_there = np.zeros(len(old_table.frame), dtype=bool)
    still_there[old_of_new[matched]] = True
    missing_old = np.flatnonzero(~still_there)
    n_new, n_missing = len(new_table.frame), len(missing_old)
    progress.report(0.3, "columns")

    pairs = _pair_columns(old_table, new_table)
    merged: dict[str, pd.Series] = {}
    kinds: dict[str, str] = {}
    changed_columns: dict[str, np.ndarray] = {}
    any_change = np.zeros(n_new, dtype=bool)
    matched_pos = np.flatnonzero(matched)
    for header in new_table.frame.columns:
        kind = new_table.kinds[header]
        fresh = new_table.frame[header].reset_index(drop=True)
        old_header = pairs.get(header)
        if old_header is None:
            earlier = _take(fresh.iloc[:0], np.full(n_missing, -1, dtype=np.int64))
        else:
            before = _as_kind(old_table.frame[old_header], old_table.kinds[old_header], kind)
            earlier = _take(before, missing_old)
            differs = _differs(_take(fresh, matched_pos), _take(before, old_of_new[matched_pos]), kind)
            if differs.any():
                changed_columns[header] = matched_pos[differs]
                any_change[matched_pos[differs]] = True
        merged[header], kinds[header] = _stacked(fresh, earlier), kind
    progress.report(0.7, "columns")

    taken = {h.casefold() for h in new_table.frame.columns} | {MISSING_FLAG.casefold()}
    kept_columns: list[str] = []
    roles = dict(new_table.roles)
    families = {h: f for h, f in new_table.families.items() if h in merged}
    every_old = np.concatenate([old_of_new, missing_old])
    for old_header in old_table.frame.columns:
        if old_header in pairs.values():
            continue
        header = numbered_unique(old_header, taken)
        merged[header], kinds[header] = _take(old_table.frame[old_header], every_old), old_table.kinds[old_header]
        if old_header in old_table.families:          # survey answers stay psychographic
            families[header] = old_table.families[old_header]
        kept_columns.append(header)
        for r, h in old_table.roles.items():
            if h == old_header and r not in roles:
                roles[r] = header
    flag = np.concatenate([np.zeros(n_new, dtype=bool), np.ones(n_missing, dtype=bool)])
    merged[MISSING_FLAG] = pd.Series(pd.arrays.BooleanArray(flag, np.zeros(len(flag), dtype=bool)))
    kinds[MISSING_FLAG] = "boolean"

    customers = Table(pd.DataFrame(merged, index=pd.RangeIndex(len(flag))), kinds, roles, families)
    progress.report(0.8, "orders")
    orders = new.orders if new.orders is not None else old.orders
    dataset = Dataset(customers, orders)
    summary = ReimportSummary(
        matched_by=role,
        new=np.flatnonzero(~matched),
        changed=np.flatnonzero(matched & any_change),
        unchanged=np.flatnonzero(matched & ~any_change),
        missing=np.arange(n_new, n_new + n_missing),
        old_positions=every_old.astype(np.int64),
        changed_columns=changed_columns,
        added_columns=[h for h in new_table.frame.columns if h not in pairs],
        kept_columns=kept_columns,
        renamed_columns={o: n for n, o in pairs.items() if o != n},
    )
    progress.report(1.0, "done")
    return ReimportResult(dataset, summary)


def _without_flag(table: Table) -> Table:
    """``table`` without a :data:`MISSING_FLAG` column (and any role on it); the merge recomputes it."""
    if MISSING_FLAG not in table.frame.columns:
        return table
    return Table(table.frame.drop(columns=[MISSING_FLAG]),
                 {h: k for h, k in table.kinds.items() if h != MISSING_FLAG},
                 {r: h for r, h in table.roles.items() if h != MISSING_FLAG}, dict(table.families))


def _match_role(old: Table, new: Table) -> str:
    for role in MATCH_ROLES:
        if role in old.roles and role in new.roles:
            return role
    raise NoMatchKeyError("Cannot tell which customers are the same: the project and the new file do not "
                          "both have a customer number or an email column.",
                          old_roles=sorted(old.roles), new_roles=sorted(new.roles))


def _key_codes(old: pd.Series, new: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of both sides' identifiers, equal where the identifiers match (-1 where empty).

    The rule that links orders to customers (``dataset.match_key``): trimmed, case-folded
    text, whole numbers without ``.0``.  Case is folded once over all distinct identifiers
    joined into one string, not once per identifier.
    """
    text = np.concatenate([cell_types.to_text(old).to_numpy(dtype=object),
                           cell_types.to_text(new).to_numpy(dtype=object)])
    codes, uniques = pd.factorize(text, use_na_sentinel=True)
    folded = _casefolded(list(uniques))
    if folded is not None:          # some identifiers differ only in case: give them one code
        same, _ = pd.factorize(np.asarray(folded, dtype=object))
        codes = np.where(codes >= 0, same[codes], -1)
    codes = codes.astype(np.int64)
    return codes[:len(old)], codes[len(old):]


def _casefolded(values: list[str]) -> list[str] | None:
    """``values`` case-folded, or None when folding changes none of them."""
    joined = "\x00".join(values)
    if joined.count("\x00") != max(0, len(values) - 1):       # a value holds the separator itself
        folded = [v.casefold() for v in values]
        return None if folded == values else folded
    folded_joined = joined.casefold()
    return None if folded_joined == joined else folded_joined.split("\x00")


def _match_rows(old_codes: np.ndarray, new_codes: np.ndarray) -> np.ndarray:
    """Per new row, the old row with the same key code and occurrence number (-1 where none)."""
    old_nth, new_nth = _occurrence(old_codes), _occurrence(new_codes)
    width = int(max(old_nth.max(initial=0), new_nth.max(initial=0))) + 1
    old_combined = np.where(old_codes >= 0, old_codes * width + old_nth, -1)
    new_combined = np.where(new_codes >= 0, new_codes * width + new_nth, -1)   # an empty key matches nothing
    keyed = np.flatnonzero(old_combined >= 0)
    if len(keyed) == 0:
        return np.full(len(new_codes), -1, dtype=np.int64)
    found = pd.Index(old_combined[keyed]).get_indexer(new_combined)
    found[new_combined < 0] = -1
    return np.where(found >= 0, keyed[np.maximum(found, 0)], -1).astype(np.int64)


def _occurrence(codes: np.ndarray) -> np.ndarray:
    """For each row, how many earlier rows share its code: 0 for the first, 1 for the second…

    One stable sort brings equal codes together in row order; no Python loop over rows.
    """
    n = len(codes)
    order = np.argsort(codes, kind="stable")
    ordered = codes[order]
    starts = np.ones(n, dtype=bool)
    starts[1:] = ordered[1:] != ordered[:-1]
    group_start = np.maximum.accumulate(np.where(starts, np.arange(n), 0)) if n else np.zeros(0, dtype=np.int64)
    out = np.empty(n, dtype=np.int64)
    out[order] = np.arange(n) - group_start
    return out


def _pair_columns(old: Table, new: Table) -> dict[str, str]:
    """New header → old header for the columns both tables hold: same role first, then same header
    (trimmed, case ignored).  Each old column pairs with one new column at most."""
    pairs: dict[str, str] = {}
    for role, header in new.roles.items():
        old_header = old.roles.get(role)
        if old_header is not None and old_header in old.frame.columns and header in new.frame.columns:
            pairs[header] = old_header
    used = set(pairs.values())
    free: dict[str, list[str]] = {}
    for h in old.frame.columns:
        if h not in used:
            free.setdefault(str(h).strip().casefold(), []).append(h)
    for header in new.frame.columns:
        if header not in pairs:
            same = free.get(str(header).strip().casefold())
            if same:
                pairs[header] = same.pop(0)
    return pairs


def _as_kind(col: pd.Series, kind: str, wanted: str) -> pd.Series:
    """``col`` (typed as ``kind``) typed as ``wanted``: a column whose type differs between exports."""
    if kind == wanted or {kind, wanted} <= {"text", "category", "tags"}:
        return col.reset_index(drop=True)
    if wanted == "number":
        typed = cell_types.to_number(col)
    elif wanted == "date":
        typed = cell_types.to_date(col)
    elif wanted == "boolean":
        typed = cell_types.to_bool(col.astype(object))
    else:
        typed = cell_types.to_text(col.astype(object))
    return typed.reset_index(drop=True)


def _take(col: pd.Series, positions: np.ndarray) -> pd.Series:
    """The values at ``positions``, missing where a position is -1 (None in a text column)."""
    if col.dtype != object:
        return pd.Series(col.array.take(positions, allow_fill=True), dtype=col.dtype)
    values = np.full(len(positions), None, dtype=object)
    present = positions >= 0
    values[present] = col.to_numpy(dtype=object)[positions[present]]
    return pd.Series(values, dtype=object)


def _stacked(first: pd.Series, second: pd.Series) -> pd.Series:
    if len(second) == 0:
        return first.reset_index(drop=True)
    return pd.concat([first, second], ignore_index=True)


def _differs(a: pd.Series, b: pd.Series, kind: str) -> np.ndarray:
    """Per row, whether the values of two columns of ``kind`` differ; two missing values are the same."""
    if kind not in ("number", "date", "boolean"):
        # Text columns hold str or None (``cell_types.to_text``, the project store, :func:`_take`),
        # and numpy compares those element-wise quickly: None equals None, never a text.
        return a.to_numpy(dtype=object) != b.to_numpy(dtype=object)
    gone_a, gone_b = a.isna().to_numpy(dtype=bool), b.isna().to_numpy(dtype=bool)
    if kind == "number":
        unequal = a.to_numpy(dtype="float64", na_value=np.nan) != b.to_numpy(dtype="float64", na_value=np.nan)
    elif kind == "date":
        unequal = a.to_numpy(dtype="datetime64[ns]") != b.to_numpy(dtype="datetime64[ns]")
    else:
        unequal = a.to_numpy(dtype=bool, na_value=False) != b.to_numpy(dtype=bool, na_value=False)
    return (gone_a != gone_b) | (~gone_a & ~gone_b & unequal)
