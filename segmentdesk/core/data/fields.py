"""Fields: everything a condition can test, with its family, value type and values at a date."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

import numpy as np
import pandas as pd

from .dataset import METRIC_KINDS, Dataset
from ..errors import RuleError
from .flag_tags import FLAGS_FIELD, flag_tags, has_flag_tags
from .order_windows import (
    WINDOW_KINDS,
    category_choices,
    check_order_window,
    order_window_name,
    order_window_values,
    parse_order_window,
)
from .predictions import DATED_PREDICTIONS, PREDICTION_KINDS, prediction_values
from .rfm import RFM_KINDS, group_map_of, has_rfm, rfm_values
from .roles import CUSTOMER_ROLES

COLUMN_PREFIX = "column:"
# Computed per-customer fields.  RFM (core.data.rfm) and the predictions (core.data.predictions) are
# measured whenever the data has dated orders; ``cluster`` the analytics add as a Dataset metric column
# once run.  The builder, the rule in words and exports treat them like any other field.
COMPUTED_KINDS = {**RFM_KINDS, **PREDICTION_KINDS, "cluster": "category"}
_FROM_ORDERS = {**RFM_KINDS, **PREDICTION_KINDS}
# Computed fields whose values change with the reference date (and so are indexed per date).
_DATED_COMPUTED = set(RFM_KINDS) | set(DATED_PREDICTIONS)
FAMILIES = ("company", "demographic", "geographic", "psychographic", "behavioural", "contact", "computed", "other")

# Roles whose family in the builder differs from where the role list files them.
_FAMILY_OF = {"consent_email": "behavioural", "signup_date": "behavioural"}
_METRIC_FAMILY = "behavioural"
# Fields derived from others when the file lacks a column for them.
_DERIVED = {
    "age": ("demographic", "number"),
    "region": ("geographic", "category"),
    "municipality": ("geographic", "category"),
    "days_since_last_order": ("behavioural", "number"),
    FLAGS_FIELD: ("psychographic", "tags"),     # the unmapped yes/no columns as tags (core.flag_tags)
}
# The parameter a parameterised field starts with in the builder (a category starts on the most bought).
_DEFAULT_PERIODS = {"orders_in_last": {"n": 90, "unit": "days"}, "spend_in_last": {"n": 12, "unit": "months"}}


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


@dataclass(frozen=True)
class FieldTemplate:
    """A kind of field told apart by a parameter, e.g. ``orders_in_last`` + a period.

    For a builder's parameter editor: ``parameter`` is ``"period"`` (a value shaped like the
    ``in_last`` operator's, ``{"n": 90, "unit": "days"}``) or ``"category"`` (text; ``choices``
    lists the orders' categories as ``(as written, customers who bought it)``, most first).
    ``default`` is a ready field name to start from; :meth:`field_name` makes the others.
    """

    name: str          # orders_in_last, spend_in_last, orders_in_category, spend_in_category
    family: str
    kind: str          # the value type of every field it makes: number
    parameter: str     # period or category
    default: str
    choices: tuple[tuple[str, int], ...] = dataclass_field(default=())

    def field_name(self, parameter: Any) -> str:
        """The field for ``parameter``; raises :class:`RuleError` for a malformed one."""
        return order_window_name(self.name, parameter)


def parameterised_fields(ds: Dataset) -> list[FieldTemplate]:
    """The parameterised fields this dataset can answer: one template per kind, in builder order."""
    templates: list[FieldTemplate] = []
    order_roles = ds.orders.roles if ds.orders is not None else {}
    for name, (parameter, needs) in WINDOW_KINDS.items():
        if ds.orders is None or any(role not in order_roles for role in needs):
            continue
        if parameter == "period":
            templates.append(FieldTemplate(name, _METRIC_FAMILY, "number", parameter,
                                           order_window_name(name, _DEFAULT_PERIODS[name])))
            continue
        choices = tuple(category_choices(ds))
        if choices:
            templates.append(FieldTemplate(name, _METRIC_FAMILY, "number", parameter,
                                           order_window_name(name, choices[0][0]), choices))
    return templates


def field_parameter(name: str) -> tuple[str, Any] | None:
    """``(template name, parameter)`` of a parameterised field name, None for any other field.

    The inverse of :meth:`FieldTemplate.field_name`; raises :class:`RuleError` for a malformed one.
    """
    window = parse_order_window(name)
    return None if window is None else (window.kind, window.parameter)


def available_fields(ds: Dataset) -> list[Field]:
    """The fields this dataset can answer, in builder order (family, then role order)."""
    roles = ds.customers.roles
    fields: list[Field] = []
    for role in CUSTOMER_ROLES:
        if role.name in roles:
            fields.append(Field(role.name, _FAMILY_OF.get(role.name, role.family), role.kind))
        if role.name == "birth_date" and "age" not in roles and "birth_date" in roles:
            fields.append(Field("age", *_DERIVED["age"]))
        if role.name == "interests" and has_flag_tags(ds):
            fields.append(Field(FLAGS_FIELD, *_DERIVED[FLAGS_FIELD]))
        if role.name == "city" and ds.postal_lookup is not None:
            fields.append(Field("municipality", *_DERIVED["municipality"]))
            if "region" not in roles:
                fields.append(Field("region", *_DERIVED["region"]))
    for name, kind in METRIC_KINDS.items():
        fields.append(Field(name, _METRIC_FAMILY, kind))
        if name == "last_order_date":
            fields.append(Field("days_since_last_order", *_DERIVED["days_since_last_order"]))
    for template in parameterised_fields(ds):
        fields.append(Field(template.default, template.family, template.kind))
    dated_orders = has_rfm(ds)
    for name, kind in COMPUTED_KINDS.items():
        # RFM and predictions whenever there are dated orders; the rest once the analytics add their column.
        if (dated_orders and name in _FROM_ORDERS) or (name not in _FROM_ORDERS and name in ds.metrics.columns):
            fields.append(Field(name, "computed", kind))
    mapped = set(roles.values())
    for header in ds.customers.frame.columns:
        if header not in mapped:
            fields.append(Field(COLUMN_PREFIX + header, ds.customers.families.get(header, "other"),
                                ds.customers.kinds[header]))
    return fields


def find_field(ds: Dataset, name: str) -> Field:
    """The field called ``name``; raises :class:`RuleError` for a name the data cannot answer.

    Besides the listed fields it accepts every parameterised field (``orders_in_last:30 days``,
    ``spend_in_category:Kahvi`` …) whose parameter is well formed and whose order roles exist.
    """
    window = parse_order_window(name)
    if window is not None:
        check_order_window(ds, window, name)
        return Field(name, _METRIC_FAMILY, "number")
    # The offered fields change only when the analytics add metric columns; looked up by name from
    # the index (a condition's first evaluation asks for its field, every click in the builder).
    columns = tuple(ds.metrics.columns)
    _columns, by_name = ds.index.built("fields_by_name",
                                       lambda: (columns, {f.name: f for f in available_fields(ds)}),
                                       fresh=lambda kept: kept[0] == columns)
    if name in by_name:
        return by_name[name]
    if name.startswith(COLUMN_PREFIX) and name[len(COLUMN_PREFIX):] in ds.customers.roles.values():
        header = name[len(COLUMN_PREFIX):]
        return Field(name, "other", ds.customers.kinds[header])
    raise RuleError(f"Unknown field {name!r}: the data has no such column or metric.", field=name,
                    reason="unknown_field")


def field_values(ds: Dataset, field: Field, as_of: dt.date) -> pd.Series:
    """The field's value per customer (position-indexed), measured at ``as_of`` where it matters."""
    name = field.name
    customers = ds.customers
    if field.is_custom:
        return customers.frame[field.header]
    window = parse_order_window(name)
    if window is not None:
        return order_window_values(ds, window, as_of)
    if name in ("region", "municipality") and ds.postal_lookup is not None:
        return _with_postal_lookup(ds, name)
    if name in customers.roles:
        return customers.frame[customers.roles[name]]
    if name == FLAGS_FIELD:
        return flag_tags(ds)
    if name in RFM_KINDS and has_rfm(ds):
        return rfm_values(ds, name, as_of)
    if name in PREDICTION_KINDS and has_rfm(ds):
        return prediction_values(ds, name, as_of)
    if name in ds.metrics.columns:
        return ds.metrics[name]
    if name in ("age", "days_since_last_order"):
        return _dated_values(ds, name, as_of)
    raise RuleError(f"Unknown field {name!r}.", field=name, reason="unknown_field")


def values_key(ds: Dataset, field: Field, as_of: dt.date) -> str:
    """What the index keys a field's text codes, tag index and pick list by: its name, and for a field
    whose values change with the reference date (RFM) also the date and the group map."""
    if field.name not in _DATED_COMPUTED:
        return field.name
    extra = f"|{group_map_of(ds).key}" if field.name == "rfm_group" else ""
    return f"{field.name}@{as_of.isoformat()}{extra}"


def _with_postal_lookup(ds: Dataset, name: str) -> pd.Series:
    """Per customer the file's own value where it has one, else what the postal code tells:
    an empty column (Shopify's ``Province`` for Finnish shops) or cell never hides the lookup."""
    looked_up = ds.postal_lookup[name]
    header = ds.customers.roles.get(name)
    if header is None:
        return looked_up
    given = ds.customers.frame[header]
    # Kept in the dataset's index: merging the two costs tens of ms at a million customers.
    return ds.index.values.get_or_make(("postal", name),
                                       lambda: given.where(given.notna(), looked_up).astype(object))


def _dated_values(ds: Dataset, name: str, as_of: dt.date) -> pd.Series:
    """Kept in the dataset's index: the builder asks for these on every field or operator change, and at a
    million customers each costs tens of ms."""
    def make() -> pd.Series:
        if name == "age":
            return full_years(ds.customers.frame[ds.customers.roles["birth_date"]], as_of)
        last = ds.metrics["last_order_date"].dt.normalize()
        return (pd.Timestamp(as_of) - last).dt.days.astype("float64")
    return ds.index.values.get_or_make(("dated", name, as_of), make)


def full_years(birth: pd.Series, as_of: dt.date) -> pd.Series:
    """Age in full years at ``as_of`` (a birthday on ``as_of`` counts)."""
    ref = pd.Timestamp(as_of)
    years = ref.year - birth.dt.year
    before_birthday = (birth.dt.month > ref.month) | ((birth.dt.month == ref.month) & (birth.dt.day > ref.day))
    return (years - before_birthday.astype("float64")).astype("float64")


def number_range(values: pd.Series) -> tuple[float, float] | None:
    """Smallest and largest value, or None when every value is missing."""
    numbers = values.to_numpy(dtype="float64", na_value=np.nan)
    if np.isnan(numbers).all():
        return None
    return float(np.nanmin(numbers)), float(np.nanmax(numbers))
