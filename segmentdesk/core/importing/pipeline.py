"""Import as one job: read files, guess (or take) roles, type columns, build the Dataset."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..data.dataset import Dataset, build_dataset
from ..io.rawtable import RawTable
from ..io.read import read_table
from .webshops import WebshopLayout, recognise_layout
from ..data.roles import CUSTOMER_ROLES, ORDER_ROLES, Role
from .role_guess import RoleGuess, guess_roles, role_map
from ..tasks import Progress


@dataclass
class ImportResult:
    dataset: Dataset
    customers_raw: RawTable
    orders_raw: RawTable | None
    customer_guesses: list[RoleGuess]
    order_guesses: list[RoleGuess]
    customer_layout: str | None = None     # webshop recognised in the customer file, e.g. "Shopify"
    order_layout: str | None = None


def run_import(customers: str | Path, *, orders: str | Path | None = None, sheet: str | None = None,
               customer_roles: dict[str, str] | None = None, order_roles: dict[str, str] | None = None,
               progress: Progress | None = None) -> ImportResult:
    """Read the customer file (and order file) and build a Dataset.

    Roles not given are guessed from headers and values.  A file whose roles are not given
    and whose headers are a known webshop export (:mod:`.io.webshops`) is prepared by its
    layout and takes the layout's roles; its other columns are guessed.  Raises
    ``FileReadError`` for a file that cannot be read; the caller's project is untouched either way.
    """
    progress = progress or Progress()
    progress.report(0.0, "read")
    customers_raw, c_layout = _recognised(read_table(customers, sheet=sheet), "customers", customer_roles)
    progress.report(0.3, "read")
    orders_raw, o_layout = _recognised(read_table(orders), "orders", order_roles) if orders is not None \
        else (None, None)
    progress.report(0.5, "roles")
    c_guess = _guesses(customers_raw, CUSTOMER_ROLES, c_layout)
    o_guess = _guesses(orders_raw, ORDER_ROLES, o_layout) if orders_raw is not None else []
    dataset = build_dataset(customers_raw, customer_roles or role_map(c_guess),
                            orders_raw, order_roles or role_map(o_guess))
    progress.report(1.0, "done")
    return ImportResult(dataset, customers_raw, orders_raw, c_guess, o_guess,
                        c_layout.name if c_layout else None, o_layout.name if o_layout else None)


def _recognised(raw: RawTable, table: str, given: dict[str, str] | None) -> tuple[RawTable, WebshopLayout | None]:
    """``raw`` prepared by its webshop layout, and the layout; ``raw`` and None when roles were given or no layout fits."""
    layout = None if given else recognise_layout(raw, table=table)
    return (layout.prepare(raw), layout) if layout else (raw, None)


def _guesses(raw: RawTable, roles: tuple[Role, ...], layout: WebshopLayout | None) -> list[RoleGuess]:
    """Guesses for every column: the layout's roles (reason "layout"), the rest guessed as usual."""
    if layout is None:
        return guess_roles(raw, roles=roles)
    fixed = {column: role for role, column in layout.roles.items()}
    rest = replace(raw, frame=raw.frame[[c for c in raw.columns if c not in fixed]])
    guessed = {g.column: g for g in guess_roles(rest, roles=tuple(r for r in roles if r.name not in layout.roles))}
    return [RoleGuess(c, fixed[c], "layout", 1.0) if c in fixed else guessed[c] for c in raw.columns]
