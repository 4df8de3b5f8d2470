"""Data-quality fixes the import wizard offers, each previewed and each optional.

They work on the raw tables (cells as read, see :class:`~.io.rawtable.RawTable`) and
their role maps, before typing: the wizard applies the chosen ones, then builds the
Dataset from the frames returned.  They run in the order of :data:`FIXES`, each on what
the earlier ones left.

``trim_spaces``
    Customer text cells lose surrounding white space (Python's, as typing trims: no-break
    space and tab included); a cell left empty becomes ``None``.  In first and last names
    runs of inner white space also become one space ("Anna  Maria"): the greeting of a
    mailing reads right and one person is not two.  Other cells keep inner spacing (a
    custom column may mean it).  Orders are not trimmed: typing trims them anyway.
``lowercase_emails``
    The customers' email column lower-cased; nothing else.
``merge_duplicates``
    Rows are one customer when they share an email (trimmed, case-folded) or first name
    + last name (trimmed, case-folded) + the last nine digits of the phone, the keys of
    :mod:`.quality`; transitively (A~B by email, B~C by name and phone: one customer).
    The merged customer takes the place of the group's first row and the first customer
    number in the group (the first row's when it has one).  Every other column takes the
    value of the group's last row that has one (newer exports append rows); an empty
    cell never overwrites a filled one.  Except consent (role ``consent_email``): a
    "no" (:func:`.cell_types.to_bool` False) in any row wins, so a withdrawal is never
    lost.  Orders naming a merged row's customer number or email are rewritten to the
    merged customer's number or email, so no spend is lost.
``drop_orphan_orders``
    Orders whose customer reference matches no customer are dropped.  Matching is the
    Dataset's: trimmed, case-folded text, numbers without ``.0``, by customer number or
    by email, whichever matches more.  Not offered when no order matches any customer:
    that is a wrong column role, not a few orphans.

Speed: each cell meets plain Python at most a few times and only cheap string methods;
key columns repeating values are normalised once per distinct value; merging touches
only rows that have a duplicate.  A million customers take a few seconds.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..data import cell_types
from .duplicates import folded_text, key_codes, name_phone_codes, shared
from ..io.rawtable import RawTable
from ..tasks import Progress

FIXES = ("trim_spaces", "lowercase_emails", "merge_duplicates", "drop_orphan_orders")
EXAMPLES_SHOWN = 20

_NAME_ROLES = ("first_name", "last_name")
_KEY_ROLES = ("customer_id", "email")


@dataclass(frozen=True)
class CellChange:
    """One changed cell; ``row`` is 0-based in the table given.  A dropped order shows its
    customer reference with ``after`` None."""

    table: str          # "customers" or "orders"
    row: int
    column: str
    before: object
    after: object


@dataclass(frozen=True)
class MergedGroup:
    """Customer rows that become one: ``rows`` are 0-based positions, ascending (the first
    is kept); ``merged`` is the resulting row as ``{header: cell}``."""

    rows: tuple[int, ...]
    merged: dict[str, object]


@dataclass(frozen=True)
class FixPreview:
    """What one fix changes (or changed).

    ``count`` is the headline figure: cells changed (trim, lower-case), customer rows
    merged into another (merge), orders dropped (orphans).  ``rows`` counts the rows
    touched: rows with a changed cell, rows in duplicate groups, orders dropped.
    ``examples`` are the first changed cells or dropped orders in row order, ``groups``
    the first merged groups; ``group_count`` is how many groups there are and
    ``orders_repointed`` how many orders now name the customer their row was merged into.
    """

    fix: str
    table: str
    count: int
    rows: int
    examples: tuple[CellChange, ...] = ()
    groups: tuple[MergedGroup, ...] = ()
    group_count: int = 0
    orders_repointed: int = 0


@dataclass(frozen=True)
class FixResult:
    """New frames after the chosen fixes (index 0…n-1); in ``done`` a :class:`FixPreview` per
    chosen fix that changed something; ``customer_rows``/``order_rows``: each output row's
    position in the frame given."""

    customers: pd.DataFrame
    orders: pd.DataFrame | None
    done: dict[str, FixPreview]
    customer_rows: np.ndarray = field(repr=False)
    order_rows: np.ndarray | None = field(default=None, repr=False)

    @property
    def counts(self) -> dict[str, int]:
        return {fix: change.count for fix, change in self.done.items()}


def preview_fixes(customers: pd.DataFrame | RawTable, roles: dict[str, str],
                  orders: pd.DataFrame | RawTable | None = None, order_roles: dict[str, str] | None = None,
                  *, chosen: Collection[str] = FIXES, examples: int = EXAMPLES_SHOWN,
                  progress: Progress | None = None) -> dict[str, FixPreview]:
    """What each fix would change, for the fixes that would change something.

    Each fix is previewed on the data as the fixes before it in :data:`FIXES` leave it,
    with the fixes in ``chosen`` (all unless told) taken, so the figures are exactly what
    :func:`apply_fixes` with the same choice reports.  The inputs are not changed.
    """
    return _run(customers, roles, orders, order_roles, chosen, examples, progress).done


def apply_fixes(customers: pd.DataFrame | RawTable, roles: dict[str, str],
                orders: pd.DataFrame | RawTable | None, order_roles: dict[str, str] | None,
                chosen: Collection[str], *, examples: int = EXAMPLES_SHOWN,
                progress: Progress | None = None) -> FixResult:
    """Apply the ``chosen`` fixes in the order of :data:`FIXES` and return new frames; the
    inputs are never changed.  Raises ``ValueError`` for a name not in :data:`FIXES`."""
    return _run(customers, roles, orders, order_roles, chosen, examples, progress)


def _run(customers, roles, orders, order_roles, chosen: Collection[str], examples: int,
         progress: Progress | None) -> FixResult:
    unknown = set(chosen) - set(FIXES)
    if unknown:
        raise ValueError(f"unknown fixes: {sorted(unknown)}")
    progress = progress or Progress()
    frame = (customers.frame if isinstance(customers, RawTable) else customers).copy(deep=False)
    order_frame = None if orders is None else (orders.frame if isinstance(orders, RawTable) else orders).copy(deep=False)
    roles = {r: h for r, h in roles.items() if h in frame.columns}
    ref_header = (order_roles or {}).get("customer_ref")
    refs = _Refs(order_frame, ref_header) if order_frame is not None and ref_header in order_frame.columns \
        and {"merge_duplicates", "drop_orphan_orders"} & set(chosen) else None
    keys = _FoldedKeys(roles)
    done: dict[str, FixPreview] = {}
    kept = np.arange(len(frame))
    order_kept = None if order_frame is None else np.arange(len(order_frame))
    steps = [fix for fix in FIXES if fix in chosen]
    for i, fix in enumerate(steps):
        progress.report(i / len(steps), fix)
        if fix == "trim_spaces":
            frame, change = _trim_spaces(frame, roles, examples)
        elif fix == "lowercase_emails":
            frame, change = _lowercase_emails(frame, roles, examples)
        elif fix == "merge_duplicates":
            frame, change, kept = _merge_duplicates(frame, roles, keys, refs, examples)
            if refs is not None:
                order_frame = refs.write(order_frame)
        elif refs is not None:
            order_frame, change, order_kept = _drop_orphan_orders(frame, keys, order_frame, refs, examples)
        else:
            change = None
        if change is not None:
            done[fix] = change
    progress.report(1.0, "done")
    return FixResult(frame.reset_index(drop=True), None if order_frame is None else order_frame.reset_index(drop=True),
                     done, kept, order_kept)


# -- cell fixes -------------------------------------------------------------------------------
def _text_columns(frame: pd.DataFrame) -> list[str]:
    return [h for h in frame.columns if frame[h].dtype == object or isinstance(frame[h].dtype, pd.StringDtype)]


def _trim_spaces(frame: pd.DataFrame, roles: dict[str, str], examples: int):
    names = {roles[r] for r in _NAME_ROLES if r in roles}
    edits = []
    for header in _text_columns(frame):
        cells = frame[header].to_numpy(dtype=object)
        if header in names:             # names repeat: tidy each distinct one once
            codes, distinct = pd.factorize(cells, use_na_sentinel=True)
            tidy = [" ".join(v.split()) or None if isinstance(v, str) else v for v in distinct]
            differs = np.array([a != b for a, b in zip(tidy, distinct)] + [False], dtype=bool)
            where = np.flatnonzero(differs[codes])
            after = np.array(tidy + [None], dtype=object)[codes[where]]
        else:
            where = np.flatnonzero(np.array([isinstance(v, str) and (not v or v.strip() != v) for v in cells],
                                            dtype=bool))
            after = np.array([cells[i].strip() or None for i in where], dtype=object)
        edits.append((header, cells, where, after))
    return _edit(frame, edits, "trim_spaces", examples)


def _lowercase_emails(frame: pd.DataFrame, roles: dict[str, str], examples: int):
    header = roles.get("email")
    if header is None or header not in _text_columns(frame):
        return frame, None
    cells = frame[header].to_numpy(dtype=object)
    where = np.flatnonzero(np.array([isinstance(v, str) and v.lower() != v for v in cells], dtype=bool))
    after = np.array([cells[i].lower() for i in where], dtype=object)
    return _edit(frame, [(header, cells, where, after)], "lowercase_emails", examples)


def _edit(frame: pd.DataFrame, edits: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]], fix: str,
          examples: int) -> tuple[pd.DataFrame, FixPreview | None]:
    """Write ``after`` into rows ``where`` of each column; describe it as ``fix``."""
    edits = [e for e in edits if len(e[2])]
    if not edits:
        return frame, None
    touched = np.zeros(len(frame), dtype=bool)
    found: list[tuple[int, int, CellChange]] = []
    for k, (header, cells, where, after) in enumerate(edits):
        column = cells.copy()
        column[where] = after
        frame[header] = pd.Series(column, index=frame.index, dtype=object)
        touched[where] = True
        found += [(int(i), k, CellChange("customers", int(i), header, cells[i], a))
                  for i, a in zip(where[:examples], after[:examples])]
    found.sort(key=lambda item: item[:2])
    return frame, FixPreview(fix, "customers", sum(len(e[2]) for e in edits), int(touched.sum()),
                             tuple(item[2] for item in found[:examples]))


# -- keys: the quality report's and the Dataset's ----------------------------------------------
def _among(values: np.ndarray, known: Collection[object]) -> np.ndarray:
    """Which values are in ``known`` (a set or dict: Python's hashing of ready strings is quickest)."""
    return np.fromiter(map(known.__contains__, values), dtype=bool, count=len(values))


class _FoldedKeys:
    """Folded customer numbers and emails per row: made when first needed, kept in step while merging."""

    def __init__(self, roles: dict[str, str]) -> None:
        self.roles = roles
        self._folded: dict[str, np.ndarray] = {}

    def of(self, frame: pd.DataFrame, role: str) -> np.ndarray | None:
        header = self.roles.get(role)
        if header is None:
            return None
        if role not in self._folded:
            self._folded[role] = folded_text(frame[header].to_numpy(dtype=object))
        return self._folded[role]

    def moved(self, role: str, to: np.ndarray, source: np.ndarray) -> None:
        if role in self._folded:
            self._folded[role] = self._folded[role].copy()
            self._folded[role][to] = self._folded[role][source]

    def kept(self, rows: np.ndarray) -> None:
        self._folded = {role: folded[rows] for role, folded in self._folded.items()}


def _duplicate_keys(frame: pd.DataFrame, roles: dict[str, str], keys: _FoldedKeys) -> list[np.ndarray]:
    """Per row, a code for each way two rows are the same customer: email; name and phone."""
    found = []
    if "email" in roles:
        found.append(key_codes(keys.of(frame, "email")))
    if all(r in roles for r in ("first_name", "last_name", "phone")):
        first, last = (frame[roles[r]].to_numpy(dtype=object) for r in _NAME_ROLES)
        found.append(name_phone_codes(first, last, frame[roles["phone"]].to_numpy(dtype=object)))
    return found


def _components(keys: list[np.ndarray]) -> np.ndarray:
    """For each row, the first row of its group: rows sharing any key, transitively.

    Each round lowers every row's label to the least label among the rows sharing a key
    with it, then jumps labels to their labels' labels; chains settle in a few rounds.
    """
    m = len(keys[0])
    label = np.arange(m)
    while True:
        new = label.copy()
        for codes in keys:
            present = codes >= 0
            least = np.full(int(codes.max(initial=-1)) + 1, m)
            np.minimum.at(least, codes[present], new[present])
            new[present] = np.minimum(new[present], least[codes[present]])
        new = new[new]
        if np.array_equal(new, label):
            return label
        label = new


# -- merging duplicates --------------------------------------------------------------------------
def _filled(cells: np.ndarray) -> np.ndarray:
    filled = ~pd.isna(cells)
    if cells.dtype == object:
        filled &= np.array([not isinstance(v, str) or v.strip() != "" for v in cells], dtype=bool)
    return filled


def _pick(label: np.ndarray, mask: np.ndarray, *, last: bool) -> np.ndarray:
    """Per group (indexed by its first row), its last (or first) row where ``mask``; -1 if none."""
    m = len(label)
    where = np.flatnonzero(mask)
    pick = np.full(m, -1 if last else m)
    (np.maximum if last else np.minimum).at(pick, label[where], where)
    return np.where(pick == m, -1, pick)


def _merge_duplicates(frame: pd.DataFrame, roles: dict[str, str], keys: _FoldedKeys, refs: _Refs | None,
                      examples: int):
    """Merge as the module says; returns the frame, the change and the input rows kept."""
    codes = _duplicate_keys(frame, roles, keys)
    grouped = np.zeros(len(frame), dtype=bool)
    for key in codes:
        grouped |= shared(key)
    rows = np.flatnonzero(grouped)
    if not len(rows):
        return frame, None, np.arange(len(frame))
    label = _components([key[rows] for key in codes])
    firsts = np.flatnonzero(label == np.arange(len(rows)))
    before = {role: keys.of(frame, role) for role in _KEY_ROLES}
    role_of = {header: role for role, header in roles.items()}
    for header in frame.columns:
        cells = frame[header].to_numpy()[rows]
        filled = _filled(cells)
        pick = _pick(label, filled, last=role_of.get(header) != "customer_id")
        if role_of.get(header) == "consent_email":
            said_no = cell_types.to_bool(pd.Series(cells, dtype=object)).eq(False).fillna(False)
            withdrawn = _pick(label, said_no.to_numpy(dtype=bool), last=True)
            pick = np.where(withdrawn >= 0, withdrawn, pick)
        source = pick[firsts]
        moves = (source >= 0) & (source != firsts)
        if moves.any():
            column = frame[header].to_numpy(copy=True)
            column[rows[firsts[moves]]] = cells[source[moves]]
            frame[header] = pd.Series(column, index=frame.index, dtype=column.dtype)
            if header in roles.values():
                keys.moved(role_of[header], rows[firsts[moves]], rows[source[moves]])
    repointed = 0 if refs is None else refs.repoint(before, keys, frame, rows, rows[label])
    keep = np.ones(len(frame), dtype=bool)
    keep[rows] = False
    keep[rows[firsts]] = True
    kept = np.flatnonzero(keep)
    groups = tuple(MergedGroup(tuple(int(r) for r in rows[label == g]),
                               {h: frame[h].iat[int(rows[g])] for h in frame.columns}) for g in firsts[:examples])
    keys.kept(kept)
    change = FixPreview("merge_duplicates", "customers", len(rows) - len(firsts), len(rows), groups=groups,
                        group_count=len(firsts), orders_repointed=repointed)
    return frame.iloc[kept], change, kept


# -- orders: following merged customers, and orphans ----------------------------------------------
class _Refs:
    """The orders' customer references, each distinct cell folded once: ``codes[i]``
    indexes ``cells``/``folded`` for order ``i`` (-1 where empty).  Merging re-points
    distinct references; dropping orphans tests them against the customers' keys."""

    def __init__(self, orders: pd.DataFrame, header: str) -> None:
        self.header = header
        self.codes, cells = pd.factorize(orders[header].to_numpy(dtype=object), use_na_sentinel=True)
        self.cells = np.asarray(cells, dtype=object).copy()
        self.folded = folded_text(self.cells)
        self.moved = np.zeros(len(self.cells), dtype=bool)

    def repoint(self, before: dict[str, np.ndarray | None], keys: _FoldedKeys, frame: pd.DataFrame,
                rows: np.ndarray, kept_rows: np.ndarray) -> int:
        """Point references to ``rows``' customer numbers (else emails) at ``kept_rows``' keys.

        A key several customers share names the first of them, as the Dataset links it,
        so a key moves only when its first holder was merged.  Returns the orders moved.
        """
        targets: dict[str, object] = {}
        for role in _KEY_ROLES:
            old = before[role]
            if old is None:
                continue
            ours = set(old[rows]) - {None}
            holder: dict[str, int] = {}
            for i in np.flatnonzero(_among(old, ours)):
                holder.setdefault(old[i], int(i))
            new = keys.of(frame, role)
            cells = frame[keys.roles[role]].to_numpy(dtype=object)
            for row, kept in zip(rows, kept_rows):
                key = old[row]
                if key is not None and holder[key] == row and new[kept] is not None and new[kept] != key:
                    targets.setdefault(key, cells[kept])
        if not targets:
            return 0
        hit = np.flatnonzero(_among(self.folded, targets))
        self.cells[hit] = [targets[f] for f in self.folded[hit]]
        self.folded[hit] = folded_text(self.cells[hit])
        self.moved[hit] = True
        return int(np.bincount(self.codes[self.codes >= 0], minlength=len(self.cells))[hit].sum())

    def write(self, orders: pd.DataFrame) -> pd.DataFrame:
        """``orders`` with the moved references rewritten."""
        moved = np.append(self.moved, False)[self.codes]
        if not moved.any():
            return orders
        column = orders[self.header].to_numpy(dtype=object, copy=True)
        column[moved] = self.cells[self.codes[moved]]
        orders[self.header] = pd.Series(column, index=orders.index, dtype=object)
        return orders

    def matched(self, customers: pd.DataFrame, keys: _FoldedKeys) -> np.ndarray | None:
        """Orders matching a customer by customer number or email, whichever matches more."""
        best: np.ndarray | None = None
        for role in _KEY_ROLES:
            folded = keys.of(customers, role)
            if folded is None:
                continue
            hit = np.append(_among(self.folded, set(folded.tolist()) - {None}), False)[self.codes]
            if best is None or hit.sum() > best.sum():
                best = hit
        return best


def _drop_orphan_orders(customers: pd.DataFrame, keys: _FoldedKeys, orders: pd.DataFrame, refs: _Refs,
                        examples: int):
    matched = refs.matched(customers, keys)
    if matched is None or matched.all() or not matched.any():
        return orders, None, np.arange(len(orders))
    orphans = np.flatnonzero(~matched)
    cells = orders[refs.header].to_numpy(dtype=object)
    found = tuple(CellChange("orders", int(i), refs.header, cells[i], None) for i in orphans[:examples])
    kept = np.flatnonzero(matched)
    return orders.iloc[kept], FixPreview("drop_orphan_orders", "orders", len(orphans), len(orphans), found), kept
