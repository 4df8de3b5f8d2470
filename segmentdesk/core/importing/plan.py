"""The import plan: everything chosen about an import, so that it can be done again.

A plan names the files, how each is read (sheet, encoding, delimiter, heading row), the
column roles, the webshop layout recognised, the fixes chosen and what to do with data a
project already holds.  The wizard makes one from the user's choices, the command line
from a project's saved plan (or by guessing); :func:`.pipeline.run_import` carries it out.
Saved as versioned JSON (``segmentdesk.import-plan/1``, see ARCHITECTURE.md); never pickled.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data.roles import CUSTOMER_ROLES, ORDER_ROLES
from ..errors import ImportPlanError
from .fixes import FIXES

FORMAT_PREFIX = "segmentdesk.import-plan/"
VERSION = 1
FORMAT = f"{FORMAT_PREFIX}{VERSION}"
ON_EXISTING = ("merge", "replace")
_ROLE_NAMES = {"customers": {r.name for r in CUSTOMER_ROLES}, "orders": {r.name for r in ORDER_ROLES}}


@dataclass(frozen=True)
class FilePlan:
    """One file of an import.

    The read options are overrides (None: detect, as for a new file); ``header_row`` is
    0-based like :func:`~segmentdesk.core.io.read.read_table`'s.  ``roles`` maps role →
    header; None means "not decided yet: guess".  ``headers`` are the file's headers the
    roles were chosen for: a later file with other headers keeps the roles whose header
    it still has and is guessed for the rest.
    """

    path: str
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None
    layout: str | None = None           # webshop layout recognised, e.g. "Shopify"
    roles: dict[str, str] | None = None
    headers: tuple[str, ...] | None = None

    def read_options(self) -> dict[str, Any]:
        """Keyword arguments for ``read_table``."""
        return dict(sheet=self.sheet, encoding=self.encoding, delimiter=self.delimiter, header_row=self.header_row)

    def with_path(self, path: str | Path) -> FilePlan:
        """The same choices for another file (next month's export)."""
        return dataclasses.replace(self, path=str(path))


@dataclass(frozen=True)
class ImportPlan:
    """Customers (and optional orders) to import, the fixes to apply, and ``on_existing``:
    ``"merge"`` treats the files as a newer export of the project's list, ``"replace"``
    replaces the project's customers and orders."""

    customers: FilePlan
    orders: FilePlan | None = None
    fixes: tuple[str, ...] = ()
    on_existing: str = "merge"

    def __post_init__(self) -> None:
        unknown = [f for f in self.fixes if f not in FIXES]
        if unknown:
            raise ImportPlanError(f"Unknown fix {unknown[0]!r} in the import plan; known: {', '.join(FIXES)}.",
                                  reason="unknown_fix", fix=unknown[0])
        if self.on_existing not in ON_EXISTING:
            raise ImportPlanError(f"on_existing must be one of {', '.join(ON_EXISTING)}, not {self.on_existing!r}.",
                                  reason="bad_value", key="on_existing")
        # Fixes run in their own order whatever order they were chosen in; keep the plan's the same.
        object.__setattr__(self, "fixes", tuple(f for f in FIXES if f in self.fixes))

    @classmethod
    def for_files(cls, customers: str | Path, *, orders: str | Path | None = None,
                  sheet: str | None = None) -> ImportPlan:
        """A plan with nothing decided: read, recognise and guess as for a new file."""
        return cls(FilePlan(str(customers), sheet=sheet), FilePlan(str(orders)) if orders is not None else None)

    def with_files(self, customers: str | Path, *, orders: str | Path | None = None,
                   sheet: str | None = None) -> ImportPlan:
        """This plan's choices for other files: next month's exports.

        Orders keep the plan's choices when the plan had an order file, else are read as new;
        without ``orders`` the plan has none.  ``sheet`` overrides the plan's sheet.
        """
        c = self.customers.with_path(customers)
        if sheet is not None:
            c = dataclasses.replace(c, sheet=sheet)
        o = None
        if orders is not None:
            o = self.orders.with_path(orders) if self.orders is not None else FilePlan(str(orders))
        return dataclasses.replace(self, customers=c, orders=o)

    # -- JSON ------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "customers": _file_json(self.customers),
                "orders": None if self.orders is None else _file_json(self.orders),
                "fixes": list(self.fixes), "on_existing": self.on_existing}

    @classmethod
    def from_json(cls, doc: Any) -> ImportPlan:
        """Read a plan; raises :class:`ImportPlanError` for anything else, including a plan
        of a newer format (``reason="newer_format"``), which this version cannot honour."""
        if not isinstance(doc, dict) or not isinstance(doc.get("format"), str) \
                or not doc["format"].startswith(FORMAT_PREFIX):
            raise ImportPlanError("This is not a SegmentDesk import plan.", reason="not_a_plan")
        version = doc["format"][len(FORMAT_PREFIX):]
        if not version.isdigit():
            raise ImportPlanError(f"Unknown import plan format {doc['format']!r}.", reason="not_a_plan")
        if int(version) > VERSION:
            raise ImportPlanError(f"The import plan is of a newer format ({doc['format']}) than this version of "
                                  f"SegmentDesk reads ({FORMAT}).", reason="newer_format", format=doc["format"])
        customers = _file_from_json(doc.get("customers"), "customers")
        orders = None if doc.get("orders") is None else _file_from_json(doc["orders"], "orders")
        fixes = doc.get("fixes", [])
        if not isinstance(fixes, list) or not all(isinstance(f, str) for f in fixes):
            raise _bad("fixes", "a list of fix names")
        on_existing = doc.get("on_existing", "merge")
        return cls(customers, orders, tuple(fixes), on_existing)

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2)

    @classmethod
    def loads(cls, text: str) -> ImportPlan:
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise ImportPlanError(f"The import plan is not valid JSON: {exc}", reason="not_json") from None
        return cls.from_json(doc)


def read_plan_file(path: str | Path) -> ImportPlan:
    """A plan from a ``.json`` file; :class:`ImportPlanError` for a missing or unusable one."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportPlanError(f"Cannot read the import plan {path}: {exc}", reason="unreadable",
                              path=str(path)) from None
    return ImportPlan.loads(text)


def _file_json(plan: FilePlan) -> dict[str, Any]:
    return {"path": plan.path,
            "read": {"sheet": plan.sheet, "encoding": plan.encoding, "delimiter": plan.delimiter,
                     # A row number as a spreadsheet shows it: 1 is the first row.
                     "header_row": None if plan.header_row is None else plan.header_row + 1},
            "layout": plan.layout,
            "headers": None if plan.headers is None else list(plan.headers),
            "roles": None if plan.roles is None else dict(plan.roles)}


def _file_from_json(doc: Any, table: str) -> FilePlan:
    if not isinstance(doc, dict) or not isinstance(doc.get("path"), str):
        raise _bad(table, "an object with a file path")
    read = doc.get("read") or {}
    if not isinstance(read, dict):
        raise _bad(f"{table}.read", "an object")
    for key in ("sheet", "encoding", "delimiter"):
        if read.get(key) is not None and not isinstance(read[key], str):
            raise _bad(f"{table}.read.{key}", "text or null")
    header_row = read.get("header_row")
    if header_row is not None and (not isinstance(header_row, int) or isinstance(header_row, bool) or header_row < 1):
        raise _bad(f"{table}.read.header_row", "a row number from 1")
    layout = doc.get("layout")
    if layout is not None and not isinstance(layout, str):
        raise _bad(f"{table}.layout", "text or null")
    headers = doc.get("headers")
    if headers is not None and (not isinstance(headers, list) or not all(isinstance(h, str) for h in headers)):
        raise _bad(f"{table}.headers", "a list of headers")
    roles = doc.get("roles")
    if roles is not None:
        if not isinstance(roles, dict) or not all(isinstance(v, str) for v in roles.values()):
            raise _bad(f"{table}.roles", "an object of role: header")
        unknown = sorted(set(roles) - _ROLE_NAMES[table])
        if unknown:
            raise ImportPlanError(f"Unknown {table} role {unknown[0]!r} in the import plan.",
                                  reason="unknown_role", role=unknown[0], table=table)
    return FilePlan(doc["path"], read.get("sheet"), read.get("encoding"), read.get("delimiter"),
                    None if header_row is None else header_row - 1, layout, roles,
                    None if headers is None else tuple(headers))


def _bad(key: str, wanted: str) -> ImportPlanError:
    return ImportPlanError(f"The import plan's {key!r} must be {wanted}.", reason="bad_value", key=key)
