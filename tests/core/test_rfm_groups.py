"""The RFM group map: the presets partition the score grid, gaps and overlaps are refused by name,
and the dataset's map decides the ``rfm_group`` field."""
from __future__ import annotations

import datetime as dt
import itertools

import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import field_values, find_field
from segmentdesk.core.data.rfm import rfm_scores
from segmentdesk.core.data.rfm_groups import (
    DEFAULT_MAP,
    GROUP_KEYS,
    PRESETS,
    WITH_SPEND_MAP,
    GroupCell,
    GroupMap,
    group_map_from_json,
    group_map_loads,
)
from segmentdesk.core.errors import RfmMapError
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import node_from_json
from segmentdesk.core.words import RFM_GROUP_LABELS

AS_OF = dt.date(2026, 11, 1)


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_each_preset_gives_every_cell_one_known_group(preset):
    group_map = PRESETS[preset]
    cells = {(r, f, m): group_map.group_of(r, f, m) for r, f, m in itertools.product(range(1, 6), repeat=3)}
    assert len(cells) == 125 and set(cells.values()) <= set(GROUP_KEYS) <= set(RFM_GROUP_LABELS)


def test_default_map_ignores_spend_and_the_spend_preset_does_not():
    assert not DEFAULT_MAP.uses_m and WITH_SPEND_MAP.uses_m
    assert DEFAULT_MAP.group_of(5, 5, 1) == DEFAULT_MAP.group_of(5, 5, 5) == "champions"
    assert WITH_SPEND_MAP.group_of(5, 5, 1) == "loyal" and WITH_SPEND_MAP.group_of(5, 5, 5) == "champions"


def test_a_gap_is_refused_naming_the_cell():
    cells = tuple(c for c in DEFAULT_MAP.cells if c.group != "promising")      # R4·F1
    with pytest.raises(RfmMapError) as caught:
        GroupMap(cells).check()
    assert caught.value.details == {"reason": "gap", "cell": [4, 1]}


def test_an_overlap_is_refused_naming_the_cell_and_both_groups():
    cells = DEFAULT_MAP.cells + (GroupCell("vip", (5, 5), (5, 5), (5, 5)),)
    with pytest.raises(RfmMapError) as caught:
        GroupMap(cells).check()
    assert caught.value.details == {"reason": "overlap", "cell": [5, 5, 5], "groups": ["champions", "vip"]}


def test_a_map_round_trips_through_its_json():
    again = group_map_loads(WITH_SPEND_MAP.dumps())
    assert again == WITH_SPEND_MAP and again.key == WITH_SPEND_MAP.key


@pytest.mark.parametrize("cell", [{"group": "x", "r": [0, 2], "f": [1, 5]}, {"group": "x", "r": [3, 2], "f": [1, 5]},
                                  {"group": "Not a key", "r": [1, 5], "f": [1, 5]}, {"r": [1, 5], "f": [1, 5]}])
def test_a_malformed_cell_is_refused(cell):
    with pytest.raises(RfmMapError) as caught:
        group_map_from_json({"format": "segmentdesk.rfm-groups/1", "cells": [cell]})
    assert caught.value.details["reason"] == "malformed"


def test_the_datasets_map_decides_the_group_field():
    people = pd.DataFrame({"Nro": ["1", "2", "3"]}, dtype=object)
    lines = pd.DataFrame({"Asiakas": ["1", "2", "2", "3"], "Pvm": ["2026-10-30"] * 4,
                          "Summa": [10.0, 5.0, 5.0, 500.0]}, dtype=object)
    ds = build_dataset(people, {"customer_id": "Nro"}, lines,
                       {"customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa"})
    everyone = GroupMap((GroupCell("everyone", (1, 5), (1, 5)),))
    rule = node_from_json({"field": "rfm_group", "op": "eq", "value": "everyone"})
    assert Evaluator(ds, as_of=AS_OF).mask(rule).tolist() == [False, False, False]
    ds.rfm_map = everyone
    assert field_values(ds, find_field(ds, "rfm_group"), AS_OF).tolist() == ["everyone"] * 3
    assert Evaluator(ds, as_of=AS_OF).mask(rule).tolist() == [True, True, True]
    assert rfm_scores(ds, AS_OF).m.tolist() == [1, 1, 4]      # 10 € and 5 + 5 € tie


def test_a_grid_edited_cell_by_cell_becomes_a_checked_custom_map():
    from segmentdesk.core.data.rfm_groups import DEFAULT_MAP, grid_map, rf_grid

    grid = rf_grid(DEFAULT_MAP)
    grid[(5, 1)] = "promising"                      # new customers count as promising here
    edited = grid_map(grid)
    assert edited.preset == "custom"
    assert edited.group_of(5, 1) == "promising" and edited.group_of(4, 1) == "promising"
    assert rf_grid(edited) == grid
    # A row's neighbours with the same group are one range: R5 is new→promising, potential ×2, champions ×2.
    assert [(c.group, c.f) for c in edited.cells if c.r == (5, 5)] == [
        ("promising", (1, 1)), ("potential_loyalist", (2, 3)), ("champions", (4, 5))]


def test_a_grid_with_a_cell_left_empty_is_refused():
    from segmentdesk.core.data.rfm_groups import DEFAULT_MAP, grid_map, rf_grid
    from segmentdesk.core.errors import RfmMapError

    grid = rf_grid(DEFAULT_MAP)
    del grid[(3, 3)]
    with pytest.raises(RfmMapError) as caught:
        grid_map(grid)
    assert caught.value.details["cell"] == [3, 3]
