"""The register's operations as changes to its tables: add, edit, note, consent, delete.

Each function checks the user's words against the data (an unknown field or a value its
column cannot hold raises :class:`RegisterError`) and returns a :class:`.register.RegisterChange`
that the caller writes in one transaction; writing it returns the inverse change (undo).
Times are the caller's (``at``): core reads no clock.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

import pandas as pd

from ..data.dataset import Dataset, _typed_column
from ..errors import SegmentDeskError
from .overlay import json_value
from .register import (ADDED, CONSENT_HOWS, DELETED, KEY_ROLES, RegisterChange, customer_key, field_name)


class RegisterError(SegmentDeskError):
    """An unknown customer or field, or a value the field cannot hold.  ``details``: ``reason`` —
    ``no_key`` (no customer number or email column), ``unknown_field`` (``field``), ``bad_value``
    (``field``, ``value``, ``kind``), ``needs_key`` (``field``: the key role), ``exists`` (``key``),
    ``empty_note``, ``how`` (``how``) — so a window can word it in the user's language."""

    code = "register"


def key_role(dataset: Dataset) -> str:
    """The role customers are keyed by: customer number where mapped, else email."""
    for role in KEY_ROLES:
        if dataset.has_role(role):
            return role
    raise RegisterError("The customers have neither a customer number nor an email column, so a customer "
                        "cannot be told apart across imports.", reason="no_key")


def resolve_field(dataset: Dataset, name: str) -> tuple[str, str, str]:
    """``name`` (a role or a column header, any case) → (stored field name, header, kind)."""
    table = dataset.customers
    wanted = name.strip()
    if wanted in table.roles:
        header = table.roles[wanted]
    else:
        matches = [h for h in table.frame.columns if h.strip().casefold() == wanted.casefold()]
        if not matches:
            raise RegisterError(f"No customer field {name!r}; the fields are: "
                                f"{', '.join(sorted(table.roles))}, or a column header.", field=name,
                                reason="unknown_field")
        header = matches[0]
    role = next((r for r, h in table.roles.items() if h == header), None)
    return field_name(role, header), header, table.kinds[header]


def parse_value(text: str, kind: str, *, field: str) -> Any:
    """The user's text as the JSON value a column of ``kind`` holds (empty text clears it)."""
    if not text.strip():
        return None
    typed = _typed_column(pd.Series([text], dtype=object), kind).iloc[0]
    if typed is None or typed is pd.NA or (isinstance(typed, float) and math.isnan(typed)) or typed is pd.NaT:
        raise RegisterError(f"{text!r} is not a valid value for {field} ({kind}).", field=field, value=text,
                            kind=kind, reason="bad_value")
    return json_value(typed, kind)


def edit_fields(dataset: Dataset, key: str, values: dict[str, str], *, at: dt.datetime,
                source: str = "app") -> RegisterChange:
    """Set fields of the customer ``key`` (values as the user typed them)."""
    rows = []
    for name, text in values.items():
        stored, _, kind = resolve_field(dataset, name)
        rows.append(("customer_edits", _edit(key, stored, parse_value(text, kind, field=name), at, source)))
    return RegisterChange(add=tuple(rows))


def add_customer(dataset: Dataset, values: dict[str, str], *, at: dt.datetime,
                 source: str = "app") -> tuple[str, RegisterChange]:
    """A new customer with ``values``; they must give the key field (customer number or email),
    and no customer may have that key yet.  Returns the new customer's key and the change."""
    role = key_role(dataset)
    typed = {resolve_field(dataset, name)[0]: text for name, text in values.items()}
    key = customer_key(role, typed.get(f"role:{role}"))
    if key is None:
        raise RegisterError(f"A new customer needs a {role} (set {role}=…).", field=role, reason="needs_key")
    change = edit_fields(dataset, key, values, at=at, source=source)
    # Not deleted (any more): a customer deleted before and added again is back.
    marks = (("customer_edits", _edit(key, ADDED, True, at, source)),
             ("customer_edits", _edit(key, DELETED, False, at, source)))
    return key, RegisterChange(add=(*marks, *change.add))


def delete_customer(key: str, *, at: dt.datetime, source: str = "app") -> RegisterChange:
    return RegisterChange(add=(("customer_edits", _edit(key, DELETED, True, at, source)),))


def add_note(key: str, text: str, *, on: dt.date) -> RegisterChange:
    if not text.strip():
        raise RegisterError("A note needs some text.", reason="empty_note")
    return RegisterChange(add=(("customer_notes", {"customer_key": key, "on_date": on.isoformat(),
                                                   "text": text.strip()}),))


def record_consent(key: str, *, given: bool, how: str, on: dt.date, at: dt.datetime) -> RegisterChange:
    """Consent to email marketing given or withdrawn on ``on``, by ``how`` (form, email, shop, other)."""
    if how not in CONSENT_HOWS:
        raise RegisterError(f"Consent is recorded as given by {', '.join(CONSENT_HOWS)}, not {how!r}.", how=how,
                            reason="how")
    return RegisterChange(add=(("consent_events", {"customer_key": key, "given": int(given),
                                                   "on_date": on.isoformat(), "how": how,
                                                   "at": at.isoformat(timespec="seconds")}),))


def combined(*changes: RegisterChange) -> RegisterChange:
    return RegisterChange(add=tuple(r for c in changes for r in c.add),
                          remove=tuple(r for c in changes for r in c.remove))


def _edit(key: str, field: str, value: Any, at: dt.datetime, source: str) -> dict[str, Any]:
    return {"customer_key": key, "field": field, "value_json": json.dumps(value, ensure_ascii=False),
            "at": at.isoformat(timespec="seconds"), "source": source}
