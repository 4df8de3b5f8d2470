"""Per-customer RFM: the public definition checked against a straightforward computation, tie
safety, row-order independence, the default grid and the fields in rules and exports."""
from __future__ import annotations

import datetime as dt
import math
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import available_fields, field_values, find_field
from segmentdesk.core.data.rfm import rank_scores, rfm_scores, score_ranges
from segmentdesk.core.export.members import select_rows
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import node_from_json
from segmentdesk.core.segments.templates import load_templates, missing_fields

AS_OF = dt.date(2026, 11, 1)
C_ROLES = {"customer_id": "Nro", "email": "Sähköposti"}
O_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa"}


def _shop(seed: int, customers: int = 300, orders: int = 900) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Customers and orders with many ties: few dates, few amounts (exact in binary), few counts."""
    rng = np.random.default_rng(seed)
    people = pd.DataFrame({"Nro": [str(i) for i in range(customers)],
                           "Sähköposti": [f"c{i}@example.fi" for i in range(customers)]}, dtype=object)
    buyers = rng.integers(0, customers * 2 // 3, orders)          # the last third never order
    days = rng.choice([3, 10, 10, 40, 90, 200, 200, 365], orders)
    dates = [(AS_OF - dt.timedelta(days=int(d))).isoformat() for d in days]
    lines = pd.DataFrame({"Tilaus": [f"T{i}" for i in range(orders)], "Asiakas": [str(b) for b in buyers],
                          "Pvm": dates, "Summa": rng.choice([5.0, 12.5, 20.0, 37.5, 99.5], orders)}, dtype=object)
    return people, lines


def _dataset(people: pd.DataFrame, lines: pd.DataFrame):
    return build_dataset(people, C_ROLES, lines, O_ROLES)


def _by_definition(people: pd.DataFrame, lines: pd.DataFrame) -> pd.DataFrame:
    """RFM per customer number as the issue words it, with pandas' own rank(method="min")."""
    orders = lines.assign(Summa=lines["Summa"].astype(float), Pvm=pd.to_datetime(lines["Pvm"]))
    per = orders.groupby("Asiakas").agg(last=("Pvm", "max"), f=("Tilaus", "nunique"), m=("Summa", "sum"))
    per["r_days"] = (pd.Timestamp(AS_OF) - per["last"]).dt.days
    n = len(per)
    out = pd.DataFrame(index=per.index)
    for axis, better in (("r", -per["r_days"]), ("f", per["f"]), ("m", per["m"])):
        rank_min = better.rank(method="min")
        out[axis] = [1 + math.floor(5 * (rank - 1) / n) for rank in rank_min]
    return out


def _scores_by_id(ds) -> pd.DataFrame:
    ids = ds.customers.frame["Nro"]
    frame = pd.DataFrame({name[-1]: field_values(ds, find_field(ds, name), AS_OF).to_numpy()
                          for name in ("rfm_r", "rfm_f", "rfm_m")})
    frame.index = ids
    return frame


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_scores_equal_the_definition_computed_independently(seed):
    people, lines = _shop(seed)
    expected = _by_definition(people, lines)
    got = _scores_by_id(_dataset(people, lines)).dropna()
    assert len(got) == len(expected)
    assert (got.loc[expected.index].astype(int) == expected).all().all()


def test_equal_values_get_equal_scores_and_better_is_higher():
    values = np.array([1, 1, 1, 2, 2, 3, 5, 5, 5, 5], dtype=float)
    scores = rank_scores(values)
    # rank_min 1,1,1,4,4,6,7,7,7,7 over n=10: 1 + floor(5*(rank-1)/10)
    assert scores.tolist() == [1, 1, 1, 2, 2, 3, 4, 4, 4, 4]


def test_shuffling_customer_and_order_rows_leaves_every_score_as_it_was():
    people, lines = _shop(7)
    before = _scores_by_id(_dataset(people, lines))
    rng = np.random.default_rng(0)
    shuffled = _dataset(people.sample(frac=1, random_state=rng).reset_index(drop=True),
                        lines.sample(frac=1, random_state=rng).reset_index(drop=True))
    after = _scores_by_id(shuffled)
    pd.testing.assert_frame_equal(after.loc[before.index], before)


def test_spend_sums_that_differ_only_in_float_rounding_tie():
    people = pd.DataFrame({"Nro": ["1", "2"], "Sähköposti": ["a@x.fi", "b@x.fi"]}, dtype=object)
    lines = pd.DataFrame({"Tilaus": ["A", "B", "C", "D"], "Asiakas": ["1", "1", "1", "2"],
                          "Pvm": ["2026-10-01"] * 4, "Summa": [0.1, 0.2, 0.3, 0.6]}, dtype=object)
    ds = _dataset(people, lines)          # 0.1 + 0.2 + 0.3 is 0.6000000000000001 in floating point
    assert rfm_scores(ds, AS_OF).m.tolist() == [1, 1]


def test_customers_without_orders_have_no_rfm_at_all():
    people, lines = _shop(4)
    ds = _dataset(people, lines)
    never = ds.metrics["order_count"].to_numpy() == 0
    assert never.any()
    for name in ("rfm_r", "rfm_f", "rfm_m", "rfm_score", "rfm_group"):
        values = field_values(ds, find_field(ds, name), AS_OF)
        assert values[never].isna().all() and values[~never].notna().all(), name


def test_rfm_score_is_the_three_digits_as_text():
    people, lines = _shop(5)
    ds = _dataset(people, lines)
    scores = _scores_by_id(ds).dropna().astype(int)
    texts = field_values(ds, find_field(ds, "rfm_score"), AS_OF).dropna()
    assert list(texts) == [f"{r}{f}{m}" for r, f, m in scores.itertuples(index=False)]


def _grid_as_worded(r: int, f: int) -> str:
    """The issue's default grid, read cell by cell."""
    if r <= 2:
        return "hibernating" if f <= 2 else "at_risk" if f <= 4 else "cant_lose"
    if r == 3:
        return "about_to_sleep" if f <= 2 else "need_attention" if f == 3 else "loyal"
    if r == 4:
        return "promising" if f == 1 else "potential_loyalist" if f <= 3 else "loyal"
    return "new" if f == 1 else "potential_loyalist" if f <= 3 else "champions"


def test_default_groups_follow_the_grid_and_give_every_buyer_one_group():
    people, lines = _shop(6, customers=600, orders=3000)
    ds = _dataset(people, lines)
    scores = rfm_scores(ds, AS_OF)
    groups = field_values(ds, find_field(ds, "rfm_group"), AS_OF)
    expected = [_grid_as_worded(r, f) if b else None for b, r, f in zip(scores.buyers, scores.r, scores.f)]
    assert groups.tolist() == expected
    keys = sorted(set(groups.dropna()))
    masks = [Evaluator(ds, as_of=AS_OF).mask(node_from_json({"field": "rfm_group", "op": "eq", "value": k}))
             for k in keys]
    assert (np.sum(masks, axis=0) == scores.buyers).all()     # each buyer in one group, nobody else in any


def test_rfm_fields_are_offered_with_dated_orders_and_not_without():
    people, lines = _shop(1)
    with_orders = {f.name: f for f in available_fields(_dataset(people, lines))}
    assert {"rfm_r", "rfm_f", "rfm_m", "rfm_score", "rfm_group"} <= set(with_orders)
    assert with_orders["rfm_group"].family == "computed" and with_orders["rfm_score"].kind == "category"
    assert "rfm_r" not in {f.name for f in available_fields(build_dataset(people, C_ROLES))}


def test_recency_is_counted_in_days_at_the_reference_date():
    people = pd.DataFrame({"Nro": ["1", "2"], "Sähköposti": ["a@x.fi", "b@x.fi"]}, dtype=object)
    lines = pd.DataFrame({"Tilaus": ["A", "B", "C"], "Asiakas": ["1", "2", "2"],
                          "Pvm": ["2026-10-01", "2026-09-01", "2026-10-20"], "Summa": [10.0, 10.0, 10.0]},
                         dtype=object)
    ds = _dataset(people, lines)
    assert rfm_scores(ds, AS_OF).recency.tolist() == [31.0, 12.0]
    assert rfm_scores(ds, dt.date(2026, 12, 31)).recency.tolist() == [91.0, 72.0]
    assert [r.high for r in score_ranges(rfm_scores(ds, dt.date(2026, 12, 31)))["r"]] == [91.0, 72.0]
    rule = node_from_json({"field": "rfm_group", "op": "eq", "value": "need_attention"})
    assert Evaluator(ds, as_of=AS_OF).mask(rule).tolist() == [False, True]      # R3·F3


def test_a_rule_may_test_scores_and_groups():
    people, lines = _shop(2)
    ds = _dataset(people, lines)
    rule = node_from_json({"all": [{"field": "rfm_r", "op": "ge", "value": 3},
                                   {"field": "rfm_group", "op": "in", "value": ["Champions", "loyal"]}]})
    mask = Evaluator(ds, as_of=AS_OF).mask(rule)
    scores = rfm_scores(ds, AS_OF)
    assert mask.any() and (scores.r[mask] >= 3).all() and (scores.f[mask] >= 4).all()


def test_export_carries_rfm_columns():
    people, lines = _shop(3)
    ds = _dataset(people, lines)
    rows = select_rows(ds, np.ones(len(ds), dtype=bool), ["customer_id", "rfm_r", "rfm_f", "rfm_m", "rfm_group"],
                       as_of=AS_OF, include_without_consent=True)
    assert list(rows.frame.columns) == ["customer_id", "rfm_r", "rfm_f", "rfm_m", "rfm_group"]
    assert rows.frame["rfm_group"].dropna().isin(_GROUP_KEYS).all()


_GROUP_KEYS = {"hibernating", "at_risk", "cant_lose", "about_to_sleep", "need_attention", "loyal", "promising",
               "new", "potential_loyalist", "champions"}


def test_rfm_templates_come_alive_with_dated_orders():
    people, lines = _shop(2)
    ds = _dataset(people, lines)
    rfm = [t for t in load_templates() if t.requires == "rfm"]
    assert rfm and all(missing_fields(t, ds) == [] for t in rfm)
    groups = field_values(ds, find_field(ds, "rfm_group"), AS_OF)
    hibernating = next(t for t in rfm if t.id == "rfm_hibernating")
    mask = Evaluator(ds, as_of=AS_OF).mask(node_from_json(hibernating.rule))
    assert mask.any() and mask.tolist() == (groups == "hibernating").tolist()


def test_score_ranges_give_the_values_each_score_stands_for():
    people, lines = _shop(8)
    ds = _dataset(people, lines)
    ranges = score_ranges(rfm_scores(ds, AS_OF))
    recency = ranges["r"]
    assert [r.score for r in recency] == sorted(r.score for r in recency)
    # Score 5 is the most recent: its days are below every lower score's.
    assert all(lower.low >= higher.high for lower, higher in zip(recency, recency[1:]))
    assert sum(r.customers for r in ranges["m"]) == int(rfm_scores(ds, AS_OF).buyers.sum())


def test_the_grid_counts_customers_revenue_and_average_spend_per_cell():
    from segmentdesk.core.data.rfm_summary import rfm_grid, rfm_heatmap

    people, lines = _shop(9)
    ds = _dataset(people, lines)
    scores = rfm_scores(ds, AS_OF)
    spend = ds.metrics["total_spend"].to_numpy()
    r, f = int(scores.r[scores.buyers][0]), int(scores.f[scores.buyers][0])     # a cell somebody is in
    in_cell = scores.buyers & (scores.r == r) & (scores.f == f)
    grid = rfm_grid(ds, as_of=AS_OF)
    assert grid[r - 1, f - 1] == in_cell.sum() and grid.sum() == scores.buyers.sum()
    assert rfm_grid(ds, as_of=AS_OF, measure="revenue")[r - 1, f - 1] == pytest.approx(spend[in_cell].sum())
    assert rfm_grid(ds, as_of=AS_OF, measure="avg_spend")[r - 1, f - 1] == pytest.approx(spend[in_cell].mean())
    heat = rfm_heatmap(ds, as_of=AS_OF, measure="revenue")
    assert heat.cell_groups[4][4] == "champions" and heat.cell_groups[0][0] == "hibernating"


def test_scores_nobody_got_are_named_per_axis():
    from segmentdesk.core.data.rfm import ScoreRange
    from segmentdesk.core.data.rfm_summary import missing_scores

    ranges = {"r": [ScoreRange(s, s, s, 1) for s in range(1, 6)],
              "f": [ScoreRange(1, 1, 1, 50), ScoreRange(4, 2, 3, 30), ScoreRange(5, 4, 9, 20)],
              "m": []}
    assert missing_scores(SimpleNamespace(ranges=ranges)) == {"f": [2, 3]}
