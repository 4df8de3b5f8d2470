"""Which role each column of a file takes, before the user confirms: one rule for the wizard and the CLI.

In order: the roles of an import plan (kept for every header the file still has, guessed
anew for the rest) unless the file has none of the plan's mapped headers; else a recognised webshop layout's roles, the other columns guessed;
else the roles remembered for exactly these headers; else guesses from headers and values.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ..data.roles import CUSTOMER_ROLES, ORDER_ROLES, Role
from ..io.rawtable import RawTable
from ..settings import headers_key
from .plan import FilePlan
from .role_guess import RoleGuess, guess_roles
from .webshops import WebshopLayout


@dataclass(frozen=True)
class RoleChoice:
    """``guesses``: one per column in file order, reason ``"remembered"`` (plan or settings),
    ``"layout"``, ``"header"`` or ``"values"``.  When the file's headers differ from the
    plan's: ``missing`` holds the planned roles whose header the file lacks (role → old
    header), ``new_columns`` the columns the plan did not know and ``guessed`` the roles
    guessed for them."""

    guesses: list[RoleGuess]
    missing: dict[str, str] = field(default_factory=dict)
    guessed: dict[str, str] = field(default_factory=dict)
    new_columns: tuple[str, ...] = ()

    @property
    def roles(self) -> dict[str, str]:
        """``{role: header}``."""
        return {g.role: g.column for g in self.guesses if g.role}

    @property
    def drifted(self) -> bool:
        return bool(self.missing or self.new_columns)


def choose_roles(raw: RawTable, *, table: str, layout: WebshopLayout | None = None,
                 planned: FilePlan | None = None,
                 remembered: Mapping[str, Mapping[str, str]] | None = None) -> RoleChoice:
    """The roles of ``raw`` (a ``table``: "customers" or "orders"), see the module docstring.

    ``layout`` is the layout ``raw`` was prepared by; ``remembered`` maps
    :func:`~segmentdesk.core.settings.headers_key` to role choices (the user's settings).
    """
    roles = CUSTOMER_ROLES if table == "customers" else ORDER_ROLES
    if planned is not None and planned.roles is not None and _shares_a_role(raw, planned):
        return _from_plan(raw, roles, planned)
    if layout is not None:
        return RoleChoice(_with_layout(raw, roles, layout))
    kept = (remembered or {}).get(headers_key(raw.columns))
    if kept:
        chosen = {column: role for role, column in kept.items() if column in raw.columns}
        return RoleChoice([RoleGuess(c, chosen[c], "remembered", 1.0) if c in chosen else RoleGuess(c, None, None, 0.0)
                           for c in raw.columns])
    return RoleChoice(guess_roles(raw, roles=roles))


def _shares_a_role(raw: RawTable, planned: FilePlan) -> bool:
    """A file with none of the plan's mapped headers is another kind of file: the plan says nothing of it."""
    present = {_folded(c) for c in raw.columns}
    return not planned.roles or any(_folded(h) in present for h in planned.roles.values())


def _from_plan(raw: RawTable, roles: tuple[Role, ...], planned: FilePlan) -> RoleChoice:
    present: dict[str, str] = {}
    for column in raw.columns:
        present.setdefault(_folded(column), column)
    kept = {role: present[_folded(h)] for role, h in planned.roles.items() if _folded(h) in present}
    missing = {role: h for role, h in planned.roles.items() if _folded(h) not in present}
    # Columns the plan knew and left unmapped stay unmapped (the user chose so); new ones are guessed.
    known = {_folded(h) for h in planned.headers} if planned.headers is not None else set(present)
    new_columns = [c for c in raw.columns if _folded(c) not in known and c not in kept.values()]
    guessed: dict[str, RoleGuess] = {}
    if new_columns:
        rest = replace(raw, frame=raw.frame[new_columns])
        free = tuple(r for r in roles if r.name not in kept)
        guessed = {g.column: g for g in guess_roles(rest, roles=free) if g.role}
    column_role = {c: r for r, c in kept.items()}
    guesses = [RoleGuess(c, column_role[c], "remembered", 1.0) if c in column_role
               else guessed.get(c, RoleGuess(c, None, None, 0.0)) for c in raw.columns]
    return RoleChoice(guesses, missing, {g.role: g.column for g in guessed.values()}, tuple(new_columns))


def _with_layout(raw: RawTable, roles: tuple[Role, ...], layout: WebshopLayout) -> list[RoleGuess]:
    """The layout's roles (reason "layout"); the other columns guessed for the other roles."""
    fixed = {column: role for role, column in layout.roles.items()}
    rest = replace(raw, frame=raw.frame[[c for c in raw.columns if c not in fixed]])
    guessed = {g.column: g for g in guess_roles(rest, roles=tuple(r for r in roles if r.name not in layout.roles))}
    return [RoleGuess(c, fixed[c], "layout", 1.0) if c in fixed else guessed[c] for c in raw.columns]


def _folded(header: str) -> str:
    return header.strip().casefold()
