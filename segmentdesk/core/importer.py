"""Import as one job: read files, guess (or take) roles, type columns, build the Dataset."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .dataset import Dataset, build_dataset
from .io.rawtable import RawTable
from .io.read import read_table
from .roles import CUSTOMER_ROLES, ORDER_ROLES, RoleGuess, guess_roles, role_map
from .tasks import Progress


@dataclass
class ImportResult:
    dataset: Dataset
    customers_raw: RawTable
    orders_raw: RawTable | None
    customer_guesses: list[RoleGuess]
    order_guesses: list[RoleGuess]


def run_import(customers: str | Path, *, orders: str | Path | None = None, sheet: str | None = None,
               customer_roles: dict[str, str] | None = None, order_roles: dict[str, str] | None = None,
               progress: Progress | None = None) -> ImportResult:
    """Read the customer file (and order file) and build a Dataset.

    Roles not given are guessed from headers and values.  Raises ``FileReadError`` for
    a file that cannot be read; the caller's project is untouched either way.
    """
    progress = progress or Progress()
    progress.report(0.0, "read")
    customers_raw = read_table(customers, sheet=sheet)
    progress.report(0.3, "read")
    orders_raw = read_table(orders) if orders is not None else None
    progress.report(0.5, "roles")
    c_guess = guess_roles(customers_raw, roles=CUSTOMER_ROLES)
    o_guess = guess_roles(orders_raw, roles=ORDER_ROLES) if orders_raw is not None else []
    dataset = build_dataset(customers_raw, customer_roles or role_map(c_guess),
                            orders_raw, order_roles or role_map(o_guess))
    progress.report(1.0, "done")
    return ImportResult(dataset, customers_raw, orders_raw, c_guess, o_guess)
