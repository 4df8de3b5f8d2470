"""The library of ready segments, and turning a template into an editable segment for one shop.

Templates live in ``resources/templates/segment_templates.json``.  A template value may be
a placeholder filled from the shop's own data when it is used: ``{"percentile": 90}``
becomes the 90th percentile of that field among customers who have a value.  Each template
has a goal (one of :data:`GOALS`, the gallery's groups) and a sentence on when to use it;
:func:`count_templates` sizes every usable one on a dataset in one pass, and
:func:`needed_columns` names the columns a template the data cannot answer would need.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ...paths import resources_dir
from ..data.dataset import Dataset
from ..data.fields import field_values, find_field
from ..data.predictions import PREDICTION_KINDS
from ..data.rfm import RFM_KINDS
from ..errors import RuleError
from ..tasks import Progress
from .evaluate import Evaluator
from .model import Condition, Group, Segment, iter_conditions, node_from_json

FORMAT = "segmentdesk.templates/1"
GOALS = ("welcome", "reward", "win_back", "seasonal", "consent", "audience")
"""What a template is for, in the gallery's order; a template without a goal is ``"other"`` (shown last)."""


@dataclass(frozen=True)
class SegmentTemplate:
    id: str
    names: dict[str, str]
    descriptions: dict[str, str]
    rule: dict[str, Any]
    requires: str | None = None
    goal: str = "other"
    whens: dict[str, str] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]

    def description(self, lang: str) -> str:
        return self.descriptions.get(lang) or self.descriptions.get("en", "")

    def when(self, lang: str) -> str:
        """When a shop owner would use it, one sentence ("" if the library gives none)."""
        return self.whens.get(lang) or self.whens.get("en", "")


def load_templates(path: Path | None = None) -> list[SegmentTemplate]:
    path = path or resources_dir() / "templates" / "segment_templates.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("format") != FORMAT:
        raise RuleError(f"Unsupported template library format {doc.get('format')!r}.")
    return [SegmentTemplate(t["id"], t["name"], t.get("description", {}), t["rule"], t.get("requires"),
                            goal=t.get("goal", "other"), whens=t.get("when", {}))
            for t in doc["templates"]]


def missing_fields(template: SegmentTemplate, ds: Dataset) -> list[str]:
    """Fields the template tests that this data cannot answer (empty when it can be used)."""
    missing = []
    for cond in iter_conditions(node_from_json(template.rule)):
        try:
            find_field(ds, cond.field)
        except RuleError:
            missing.append(cond.field)
    return missing


# Fields a file has no column for but other columns give: the column that would give them.
_GIVEN_BY = {"age": ("birth_date", "customers"), "region": ("postal_code", "customers"),
             "municipality": ("postal_code", "customers")}


# Order figures every customer has (0 without orders) but only an order file with these columns makes true.
_ORDER_COLUMNS = {"order_count": ("customer_ref",), "total_spend": ("customer_ref", "amount"),
                  "avg_order_value": ("customer_ref", "amount"), "first_order_date": ("customer_ref", "order_date"),
                  "last_order_date": ("customer_ref", "order_date"),
                  "days_since_last_order": ("customer_ref", "order_date")}


def needed_columns(template: SegmentTemplate, ds: Dataset) -> list[tuple[str, str]]:
    """The columns that would let this data answer ``template``: ``(role, "customers" | "orders")``, in rule
    order, each once; empty when the template can be used.  Fields measured from orders (RFM, predictions)
    need the order file's ``order_date``; the order figures (which read 0 for everyone without an order
    file) the order file's columns they are made of, so a shop without one is not offered "0 customers"."""
    needed: list[tuple[str, str]] = []
    order_roles = ds.orders.roles if ds.has_orders else {}
    for name in missing_fields(template, ds):
        if name in RFM_KINDS or name in PREDICTION_KINDS:
            needed.append(("order_date", "orders"))
        else:
            needed.append(_GIVEN_BY.get(name, (name, "customers")))
    for cond in iter_conditions(node_from_json(template.rule)):
        needed += [(role, "orders") for role in _ORDER_COLUMNS.get(cond.field, ()) if role not in order_roles]
    return list(dict.fromkeys(needed))


def count_templates(templates: list[SegmentTemplate], ds: Dataset, *, as_of: dt.date,
                    evaluator: Evaluator | None = None, progress: Progress | None = None) -> dict[str, int]:
    """Members of each template this data can answer, by template id, as it would be instantiated at
    ``as_of`` (shop-specific thresholds filled in); templates it cannot answer are left out.

    ``evaluator`` (one for ``ds`` at ``as_of``) shares its condition masks with the caller's counts."""
    if evaluator is None or evaluator.ds is not ds or evaluator.as_of != as_of:
        evaluator = Evaluator(ds, as_of=as_of)
    counts: dict[str, int] = {}
    for i, template in enumerate(templates):
        if progress is not None:
            progress.report(i / max(1, len(templates)))
        if needed_columns(template, ds):
            continue
        try:
            segment = instantiate(template, ds, as_of=as_of)
            counts[template.id] = int(np.count_nonzero(evaluator.mask(segment.rule, segments={})))
        except RuleError:
            continue        # a value the data cannot take (a category it never saw): not offered
    return counts


def instantiate(template: SegmentTemplate, ds: Dataset, *, as_of, lang: str = "en") -> Segment:
    """An editable segment from ``template`` with placeholders filled from ``ds``."""
    rule = node_from_json(copy.deepcopy(template.rule))
    for cond in iter_conditions(rule):
        if isinstance(cond.value, dict) and "percentile" in cond.value:
            cond.value = _percentile(ds, cond, float(cond.value["percentile"]), as_of)
    if isinstance(rule, Condition):
        rule = Group("all", [rule])
    return Segment(template.name(lang), rule, template.description(lang))


def _percentile(ds: Dataset, cond: Condition, q: float, as_of) -> float:
    values = field_values(ds, find_field(ds, cond.field), as_of).to_numpy(dtype="float64", na_value=np.nan)
    present = values[~np.isnan(values)]
    if cond.field in ("total_spend", "order_count"):
        present = present[present > 0]       # customers without orders would drag the cut-off to zero
    if present.size == 0:
        return 0.0
    return round(float(np.percentile(present, q)), 2)
