"""Email addresses from a file an email tool exported (unsubscribes, bounces): one column of them.

The column is the one whose header or values say "email" (:func:`guess_roles`); a file of a
single column is taken as it is.  Blank cells are skipped; what is not an address is counted,
not added, so a wrong column shows up as many rejects instead of a list of names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..data.roles import EMAIL_PATTERN, ROLES_BY_NAME
from ..errors import FileReadError
from ..importing.role_guess import guess_roles
from ..io.rawtable import RawTable
from ..io.read import read_table


@dataclass(frozen=True)
class AddressFile:
    """What an address file held: the column read, its addresses and how many cells were no address."""

    column: str
    addresses: list[str]
    not_addresses: int


def read_addresses(path: str | Path, *, sheet: str | None = None) -> AddressFile:
    """The email addresses of ``path`` (CSV or a workbook, read by :func:`read_table`).

    Raises :class:`FileReadError` (reason ``no_email_column``) when no column holds addresses.
    """
    table = read_table(path, sheet=sheet)
    column = _email_column(table)
    if column is None:
        raise FileReadError(f"{Path(path).name} has no column of email addresses.", path=str(path),
                            reason="no_email_column")
    pattern = re.compile(EMAIL_PATTERN)
    addresses, rejects = [], 0
    # A list without a header row: its first address was read as the header.
    cells = ([column] if pattern.match(column.strip()) else []) + table.frame[column].tolist()
    for cell in cells:
        text = "" if cell is None else str(cell).strip()
        if not text or text.lower() == "nan":
            continue
        if pattern.match(text):
            addresses.append(text)
        else:
            rejects += 1
    return AddressFile(column, addresses, rejects)


def _email_column(table: RawTable) -> str | None:
    guesses = guess_roles(table, roles=(ROLES_BY_NAME["email"],))
    for guess in guesses:
        if guess.role == "email":
            return guess.column
    return table.columns[0] if len(table.columns) == 1 else None
