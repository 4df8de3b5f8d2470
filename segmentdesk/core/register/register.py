"""The user's own changes to the customer list, as stored row by row in the project.

Every change is keyed by the stable customer key the re-import matches by — the customer
number where the customers map one, else the email — folded as the order links fold it
(trimmed, case-folded).  A field is named ``role:<role>`` or ``column:<header>`` so that it
survives a re-import that renames the header.  The effective value of a field is the latest
edit of it; consent follows the latest consent record (by its date, then by the order recorded).
Two pseudo-fields mark customers the user created (``ADDED``) or deleted (``DELETED``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

ADDED = "app:added"
DELETED = "app:deleted"
CONSENT_FIELD = "role:consent_email"
KEY_ROLES = ("customer_id", "email")     # as the re-import: the first the customers map is the key
CONSENT_HOWS = ("form", "email", "shop", "other")


@dataclass(frozen=True)
class FieldEdit:
    id: int
    key: str
    field: str               # role:<role> | column:<header> | ADDED | DELETED
    value: Any               # JSON value: text, number, ISO date, true/false, or None (cleared)
    at: str                  # when it was made (ISO, as the caller's clock said)
    source: str = "app"      # app | cli


@dataclass(frozen=True)
class ConsentEvent:
    id: int
    key: str
    given: bool
    on: str                  # the date consent was given or withdrawn (ISO)
    how: str                 # one of CONSENT_HOWS
    at: str                  # when it was recorded


@dataclass(frozen=True)
class CustomerNote:
    id: int
    key: str
    on: str                  # the note's date (ISO)
    text: str


@dataclass(frozen=True)
class RegisterChange:
    """Rows to put into the register tables (``id`` None: a new one) and rows to take out, as
    ``(table, values)`` and ``(table, id)``; :func:`.project.register_table.apply_change` writes one."""

    add: tuple[tuple[str, dict[str, Any]], ...] = ()
    remove: tuple[tuple[str, int], ...] = ()


@dataclass
class CustomerRegister:
    """All stored edits, consent records and notes of a project, oldest first."""

    edits: list[FieldEdit] = field(default_factory=list)
    consent: list[ConsentEvent] = field(default_factory=list)
    notes: list[CustomerNote] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.edits or self.consent or self.notes)

    def effective(self) -> dict[str, dict[str, Any]]:
        """key → {field → the value the user's changes give it}, consent included."""
        out: dict[str, dict[str, Any]] = {}
        for e in self.edits:                        # ids ascend: the latest edit wins
            out.setdefault(e.key, {})[e.field] = e.value
        for key, events in self.consent_by_key().items():
            out.setdefault(key, {})[CONSENT_FIELD] = events[-1].given
        return out

    def consent_by_key(self) -> dict[str, list[ConsentEvent]]:
        """Each customer's consent history, oldest first: by date, then by the order recorded."""
        by_key: dict[str, list[ConsentEvent]] = {}
        for ev in sorted(self.consent, key=lambda ev: (ev.on, ev.id)):
            by_key.setdefault(ev.key, []).append(ev)
        return by_key

    def of(self, key: str) -> tuple[list[FieldEdit], list[ConsentEvent], list[CustomerNote]]:
        """One customer's edits, consent history and notes."""
        return ([e for e in self.edits if e.key == key], self.consent_by_key().get(key, []),
                [n for n in self.notes if n.key == key])


def customer_key(role: str, value: Any) -> str | None:
    """The stored key: ``<role>:<value as the re-import compares it>`` (trimmed, case-folded text,
    whole numbers without ``.0``); None for an empty value."""
    folded = fold_key(value)
    return None if folded is None else f"{role}:{folded}"


def fold_key(value: Any) -> str | None:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            value = int(value)
    text = str(value).strip().casefold()
    return text or None


def field_name(role: str | None, header: str) -> str:
    return f"role:{role}" if role else f"column:{header}"


def apply_to_register(register: CustomerRegister, change: RegisterChange) -> RegisterChange:
    """``change`` applied to ``register`` in memory, as :func:`.project.register_table.apply_change`
    applies it to a file (new rows get the next free id); returns the change that undoes it."""
    undo_add: list[tuple[str, dict[str, Any]]] = []
    undo_remove: list[tuple[str, int]] = []
    for table, row_id in change.remove:
        rows = _rows_of(register, table)
        for i, row in enumerate(rows):
            if row.id == row_id:
                undo_add.append((table, _as_values(table, rows.pop(i))))
                break
    for table, values in change.add:
        rows = _rows_of(register, table)
        row_id = values.get("id") or 1 + max((r.id for r in rows), default=0)      # as SQLite numbers rows
        rows.append(_from_values(table, row_id, values))
        rows.sort(key=lambda r: r.id)
        undo_remove.append((table, row_id))
    return RegisterChange(add=tuple(reversed(undo_add)), remove=tuple(reversed(undo_remove)))


def _rows_of(register: CustomerRegister, table: str) -> list:
    return {"customer_edits": register.edits, "consent_events": register.consent,
            "customer_notes": register.notes}[table]


def _from_values(table: str, row_id: int, v: dict[str, Any]) -> FieldEdit | ConsentEvent | CustomerNote:
    if table == "customer_edits":
        return FieldEdit(row_id, v["customer_key"], v["field"], json.loads(v["value_json"]), v["at"], v["source"])
    if table == "consent_events":
        return ConsentEvent(row_id, v["customer_key"], bool(v["given"]), v["on_date"], v["how"], v["at"])
    return CustomerNote(row_id, v["customer_key"], v["on_date"], v["text"])


def _as_values(table: str, row: FieldEdit | ConsentEvent | CustomerNote) -> dict[str, Any]:
    if isinstance(row, FieldEdit):
        return {"id": row.id, "customer_key": row.key, "field": row.field,
                "value_json": json.dumps(row.value, ensure_ascii=False), "at": row.at, "source": row.source}
    if isinstance(row, ConsentEvent):
        return {"id": row.id, "customer_key": row.key, "given": int(row.given), "on_date": row.on, "how": row.how,
                "at": row.at}
    return {"id": row.id, "customer_key": row.key, "on_date": row.on, "text": row.text}
