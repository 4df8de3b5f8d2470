"""Fields: everything a condition can test, with its family, value type and values at a date."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .dataset import METRIC_KINDS, Dataset
from .errors import RuleError
from .roles import CUSTOMER_ROLES

COLUMN_PREFIX = "column:"
FAMILIES = ("demographic", "geographic", "psychographic", "behavioural", "contact", "computed", "other")

# Roles whose family in the builder differs from where the role list files them.
_FAMILY_OF = {"consent_email": "behavioural", "signup_date": "behavioural"}
_METRIC_FAMILY = "behavioural"
# Fields derived from others when the file lacks a column for them.
_DERIVED = {
    "age": ("demographic", "number"),
    "region": ("geographic", "category"),
    "municipality": ("geographic", "category"),
    "days_since_last_order": ("behavioural", "number"),
}


@dataclass(frozen=True)
class Field:
    """A testable field: ``name`` as written in segment JSON."""

    name: str
    family: str
    kind: str          # text, category, number, date, tags, boolean

    @property
    def is_custom(self) -> bool:
        return self.name.startswith(COLUMN_PREFIX)

    @property
    def header(self) -> str:
        """The file's header for a custom column field."""
        return self.name[len(COLUMN_PREFIX):]


def available_fields(ds: Dataset) -> list[Field]:
    """The fields this dataset can answer, in builder order (family, then role order)."""
    roles = ds.customers.roles
    fields: list[Field] = []
    for role in CUSTOMER_ROLES:
        if role.name in roles:
            fields.append(Field(role.name, _FAMILY_OF.get(role.name, role.family), role.kind))
        if role.name == "birth_date" and "age" not in roles and "birth_date" in roles:
            fields.append(Field("age", *_DERIVED["age"]))
        if role.name == "city" and ds.postal_lookup is not None:
            fields.append(Field("municipality", *_DERIVED["municipality"]))
            if "region" not in roles:
                fields.append(Field("region", *_DERIVED["region"]))
    for name, kind in METRIC_KINDS.items():
        fields.append(Field(name, _METRIC_FAMILY, kind))
        if name == "last_order_date":
            fields.append(Field("days_since_last_order", *_DERIVED["days_since_last_order"]))
    mapped = set(roles.values())
    for header in ds.customers.frame.columns:
        if header not in mapped:
            fields.append(Field(COLUMN_PREFIX + header, "other", ds.customers.kinds[header]))
    return fields


def find_field(ds: Dataset, name: str) -> Field:
    """The field called ``name``; raises :class:`RuleError` for a name the data cannot answer."""
    for f in available_fields(ds):
        if f.name == name:
            return f
    if name.startswith(COLUMN_PREFIX) and name[len(COLUMN_PREFIX):] in ds.customers.roles.values():
        header = name[len(COLUMN_PREFIX):]
        return Field(name, "other", ds.customers.kinds[header])
    raise RuleError(f"Unknown field {name!r}: the data has no such column or metric.", field=name)


def field_values(ds: Dataset, field: Field, as_of: dt.date) -> pd.Series:
    """The field's value per customer (position-indexed), measured at ``as_of`` where it matters."""
    name = field.name
    customers = ds.customers
    if field.is_custom:
        return customers.frame[field.header]
    if name in customers.roles:
        return customers.frame[customers.roles[name]]
    if name in ds.metrics.columns:
        return ds.metrics[name]
    if name == "age":
        return full_years(customers.frame[customers.roles["birth_date"]], as_of)
    if name == "days_since_last_order":
        last = ds.metrics["last_order_date"].dt.normalize()
        return (pd.Timestamp(as_of) - last).dt.days.astype("float64")
    if name in ("region", "municipality") and ds.postal_lookup is not None:
        return ds.postal_lookup[name]
    raise RuleError(f"Unknown field {name!r}.", field=name)


def full_years(birth: pd.Series, as_of: dt.date) -> pd.Series:
    """Age in full years at ``as_of`` (a birthday on ``as_of`` counts)."""
    ref = pd.Timestamp(as_of)
    years = ref.year - birth.dt.year
    before_birthday = (birth.dt.month > ref.month) | ((birth.dt.month == ref.month) & (birth.dt.day > ref.day))
    return (years - before_birthday.astype("float64")).astype("float64")


def number_range(values: pd.Series) -> tuple[float, float] | None:
    present = values.dropna()
    if present.empty:
        return None
    return float(np.nanmin(present)), float(np.nanmax(present))
