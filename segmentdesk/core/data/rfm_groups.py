"""The map from RFM score cells to named groups: the default R×F grid, a preset that weighs spend
too, and the check that every cell of the grid gets exactly one group.

A map is a list of rectangles of the score grid, each naming a group by its stable key
(``champions``, ``at_risk`` …; shown in the user's language by :func:`core.words.rfm_group_label`).
A rectangle gives score ranges for R and F and, where the map weighs spend, for M (without
``m`` it covers M 1–5).  As JSON (kept in the project, ``segmentdesk.rfm-groups/1``)::

    {"format": "segmentdesk.rfm-groups/1", "preset": "default",
     "cells": [{"group": "hibernating", "r": [1, 2], "f": [1, 2]}, …]}

Ranges include both ends.  :meth:`GroupMap.check` refuses a map with a gap or an overlap
(:class:`RfmMapError` naming the first such cell), so a customer always lands in one group.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from ..errors import RfmMapError

FORMAT = "segmentdesk.rfm-groups/1"
SCORES = (1, 2, 3, 4, 5)
GROUP_KEYS = ("hibernating", "at_risk", "cant_lose", "about_to_sleep", "need_attention", "loyal",
              "promising", "new", "potential_loyalist", "champions")
"""The default groups' stable keys, worst to best (the values of the ``rfm_group`` field)."""
_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class GroupCell:
    """One rectangle of the score grid and its group; each range is ``(low, high)``, both included."""

    group: str
    r: tuple[int, int]
    f: tuple[int, int]
    m: tuple[int, int] = (1, 5)

    def to_json(self, *, with_m: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"group": self.group, "r": list(self.r), "f": list(self.f)}
        if with_m and self.m != (1, 5):
            out["m"] = list(self.m)
        return out


@dataclass(frozen=True)
class GroupMap:
    """Score cells → group keys.  ``preset`` names where it came from (``default``, ``with_spend``,
    ``custom`` once edited); only ``cells`` decide the groups."""

    cells: tuple[GroupCell, ...]
    preset: str = "custom"

    @property
    def uses_m(self) -> bool:
        return any(c.m != (1, 5) for c in self.cells)

    @property
    def groups(self) -> tuple[str, ...]:
        """The group keys in the order the map first names them."""
        return tuple(dict.fromkeys(c.group for c in self.cells))

    @cached_property
    def key(self) -> str:
        """Canonical text of the cells: equal maps have equal keys (kept values are keyed by it)."""
        return json.dumps([c.to_json(with_m=True) for c in self.cells], separators=(",", ":"))

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "preset": self.preset,
                "cells": [c.to_json(with_m=self.uses_m) for c in self.cells]}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)

    def check(self) -> GroupMap:
        """This map when it gives every (R, F, M) cell exactly one group; else :class:`RfmMapError`
        (``reason`` ``gap`` or ``overlap``, ``cell`` the first such cell as ``[r, f]`` or ``[r, f, m]``)."""
        self.table()
        return self

    def table(self) -> np.ndarray:
        """``codes[r, f, m]`` → index into :attr:`groups` (scores 1–5; row and column 0 unused).

        Raises :class:`RfmMapError` for a gap or an overlap."""
        return _checked_table(self)

    def group_of(self, r: int, f: int, m: int = 1) -> str:
        """The group of one cell."""
        return self.groups[int(self.table()[r, f, m])]


def _checked_table(group_map: GroupMap) -> np.ndarray:
    cached = group_map.__dict__.get("_table")
    if cached is not None:
        return cached
    groups = group_map.groups
    hits = np.zeros((6, 6, 6), dtype=np.int64)
    codes = np.full((6, 6, 6), -1, dtype=np.int64)
    owner: dict[tuple[int, int, int], str] = {}
    for cell in group_map.cells:
        code = groups.index(cell.group)
        for r in range(cell.r[0], cell.r[1] + 1):
            for f in range(cell.f[0], cell.f[1] + 1):
                for m in range(cell.m[0], cell.m[1] + 1):
                    if hits[r, f, m]:
                        where = [r, f, m] if group_map.uses_m else [r, f]
                        raise RfmMapError(f"RFM cell {_cell_text(where)} is given to both {owner[r, f, m]!r} "
                                          f"and {cell.group!r}.", reason="overlap", cell=where,
                                          groups=[owner[r, f, m], cell.group])
                    hits[r, f, m] = 1
                    codes[r, f, m] = code
                    owner[r, f, m] = cell.group
    for r in SCORES:
        for f in SCORES:
            for m in SCORES:
                if not hits[r, f, m]:
                    where = [r, f, m] if group_map.uses_m else [r, f]
                    raise RfmMapError(f"RFM cell {_cell_text(where)} has no group.", reason="gap", cell=where)
    codes.setflags(write=False)
    object.__setattr__(group_map, "_table", codes)   # frozen: kept beside the fields, never compared
    return codes


def _cell_text(cell: list[int]) -> str:
    return "·".join(f"{axis}{score}" for axis, score in zip("RFM", cell))


def _range(value: Any, axis: str) -> tuple[int, int]:
    if isinstance(value, int) and not isinstance(value, bool):
        value = [value, value]
    if (not isinstance(value, list) or len(value) != 2
            or any(isinstance(v, bool) or not isinstance(v, int) or v not in SCORES for v in value)
            or value[0] > value[1]):
        raise RfmMapError(f"RFM map: {axis} must be a score range [low, high] within 1–5, not {value!r}.",
                          reason="malformed", axis=axis)
    return value[0], value[1]


def group_map_from_json(doc: dict[str, Any]) -> GroupMap:
    """A map from its JSON (checked: malformed, gaps and overlaps raise :class:`RfmMapError`)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("cells"), list):
        raise RfmMapError(f"Not an RFM group map of format {FORMAT}.", reason="malformed")
    cells = []
    for item in doc["cells"]:
        if not isinstance(item, dict) or not isinstance(item.get("group"), str) or not _KEY.fullmatch(item["group"]):
            raise RfmMapError(f"RFM map: each cell names its group by a key such as 'champions', not {item!r}.",
                              reason="malformed")
        cells.append(GroupCell(item["group"], _range(item.get("r"), "r"), _range(item.get("f"), "f"),
                               _range(item.get("m", [1, 5]), "m")))
    preset = doc.get("preset") if isinstance(doc.get("preset"), str) else "custom"
    return GroupMap(tuple(cells), preset).check()


def group_map_loads(text: str) -> GroupMap:
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise RfmMapError(f"The RFM group map is not JSON: {exc}", reason="malformed") from None
    return group_map_from_json(doc)


def _cells(*rows: tuple) -> tuple[GroupCell, ...]:
    return tuple(GroupCell(g, r, f, *rest) for g, r, f, *rest in rows)


DEFAULT_MAP = GroupMap(_cells(
    ("hibernating", (1, 2), (1, 2)),
    ("at_risk", (1, 2), (3, 4)),
    ("cant_lose", (1, 2), (5, 5)),
    ("about_to_sleep", (3, 3), (1, 2)),
    ("need_attention", (3, 3), (3, 3)),
    ("loyal", (3, 4), (4, 5)),
    ("promising", (4, 4), (1, 1)),
    ("new", (5, 5), (1, 1)),
    ("potential_loyalist", (4, 5), (2, 3)),
    ("champions", (5, 5), (4, 5)),
), "default")
"""The R×F grid of the analytics issue (#11): every one of the 25 cells once."""

WITH_SPEND_MAP = GroupMap(_cells(
    ("hibernating", (1, 2), (1, 2)),
    ("at_risk", (1, 2), (3, 4), (1, 4)),
    ("at_risk", (1, 2), (5, 5), (1, 3)),
    ("cant_lose", (1, 2), (3, 4), (5, 5)),      # big spenders who used to come back are worth the effort
    ("cant_lose", (1, 2), (5, 5), (4, 5)),
    ("about_to_sleep", (3, 3), (1, 2)),
    ("need_attention", (3, 3), (3, 3)),
    ("loyal", (3, 4), (4, 5)),
    ("loyal", (5, 5), (4, 5), (1, 2)),          # recent and frequent, but small baskets
    ("promising", (4, 4), (1, 1)),
    ("new", (5, 5), (1, 1)),
    ("potential_loyalist", (4, 5), (2, 3)),
    ("champions", (5, 5), (4, 5), (3, 5)),
), "with_spend")
"""The default grid with spend weighed in: champions and can't-lose-them also need a high M."""

PRESETS = {"default": DEFAULT_MAP, "with_spend": WITH_SPEND_MAP}


def grid_map(groups: dict[tuple[int, int], str]) -> GroupMap:
    """A ``custom`` map from one group per (R, F) cell of the 5 × 5 grid, spend not weighed (the map
    the window's editor makes).  Neighbouring cells of a row with the same group become one range, so
    the JSON stays readable.  Raises :class:`RfmMapError` for a missing cell or a malformed key."""
    cells = []
    for r in SCORES:
        f = 1
        while f <= 5:
            group = groups.get((r, f))
            if group is None or not _KEY.fullmatch(group):
                raise RfmMapError(f"RFM cell R{r}·F{f} has no group.", reason="gap", cell=[r, f])
            end = f
            while end < 5 and groups.get((r, end + 1)) == group:
                end += 1
            cells.append(GroupCell(group, (r, r), (f, end)))
            f = end + 1
    return GroupMap(tuple(cells), "custom").check()


def rf_grid(group_map: GroupMap, *, m: int = 3) -> dict[tuple[int, int], str]:
    """The group of every (R, F) cell at spend score ``m`` (a map that does not weigh spend gives the
    same for every ``m``)."""
    return {(r, f): group_map.group_of(r, f, m) for r in SCORES for f in SCORES}
