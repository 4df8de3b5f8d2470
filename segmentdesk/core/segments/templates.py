"""The library of ready segments, and turning a template into an editable segment for one shop.

Templates live in ``resources/templates/segment_templates.json``.  A template value may be
a placeholder filled from the shop's own data when it is used: ``{"percentile": 90}``
becomes the 90th percentile of that field among customers who have a value.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ...paths import resources_dir
from ..data.dataset import Dataset
from ..errors import RuleError
from ..data.fields import field_values, find_field
from .model import Condition, Group, Segment, iter_conditions, node_from_json

FORMAT = "segmentdesk.templates/1"


@dataclass(frozen=True)
class SegmentTemplate:
    id: str
    names: dict[str, str]
    descriptions: dict[str, str]
    rule: dict[str, Any]
    requires: str | None = None

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]

    def description(self, lang: str) -> str:
        return self.descriptions.get(lang) or self.descriptions.get("en", "")


def load_templates(path: Path | None = None) -> list[SegmentTemplate]:
    path = path or resources_dir() / "templates" / "segment_templates.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("format") != FORMAT:
        raise RuleError(f"Unsupported template library format {doc.get('format')!r}.")
    return [SegmentTemplate(t["id"], t["name"], t.get("description", {}), t["rule"], t.get("requires"))
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
