"""Order-window fields: orders and spend in a recent period or in one category, hand-computed."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import RuleError
from segmentdesk.core.data.fields import (
    available_fields,
    field_parameter,
    field_values,
    find_field,
    parameterised_fields,
)
from segmentdesk.core.data.order_windows import (
    PERIOD_UNITS,
    parse_order_window,
    period_start,
)
from segmentdesk.tools.sample_shop import generate_shop
from segmentdesk.core.segments.describe import describe
from segmentdesk.core.segments.evaluate import Evaluator, warm_up
from segmentdesk.core.segments.model import Condition, Group, Segment, segment_from_json
from segmentdesk.core.segments.operators import PERIOD_UNITS as OPERATOR_PERIOD_UNITS

AS_OF = dt.date(2025, 3, 31)        # one month back is 28 February 2025
CUSTOMER_ROLES = {"customer_id": "Nro", "email": "Email"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa",
               "category": "Ryhmä"}
ROWS = [
    ("T1", "1", "28.2.2025", "20,00", "Jooga"),
    ("T1", "1", "28.2.2025", "5,00", "Kahvi"),        # second row of T1
    ("T2", "1", "27.2.2025", "40,00", "jooga "),      # a day before the month's window; same category
    ("T3", "1", "31.3.2025", "10,00", "Tee"),         # on the reference date
    ("T4", "2", "10.3.2025", "30,00", "Jooga"),
    ("T5", "2", "15.3.2025", "-30,00", "JOOGA"),      # a return: against spend, not an order
    ("T6", "3", "1.4.2025", "99,00", "Jooga"),        # after the reference date
    ("T7", "77", "20.3.2025", "50,00", "Jooga"),      # nobody's order
]


def customers(n: int = 4) -> pd.DataFrame:
    return pd.DataFrame({"Nro": [str(i + 1) for i in range(n)],
                         "Email": [f"c{i + 1}@example.fi" for i in range(n)]}, dtype=object)


def shop(rows=ROWS, roles=ORDER_ROLES, columns=("Tilaus", "Asiakas", "Pvm", "Summa", "Ryhmä")):
    orders = pd.DataFrame(rows, columns=list(columns), dtype=object)
    return build_dataset(customers(), CUSTOMER_ROLES, orders, roles)


def values(ds, name: str, as_of: dt.date = AS_OF) -> list[float]:
    return field_values(ds, find_field(ds, name), as_of).tolist()


def members(ds, rule: dict, as_of: dt.date = AS_OF) -> list[int]:
    segment = segment_from_json({"format": "segmentdesk.segment/1", "name": "s", "rule": rule})
    return np.flatnonzero(Evaluator(ds, as_of=as_of).mask(segment.rule)).tolist()


# -- the four fields ---------------------------------------------------------------------------
def test_orders_in_last_month_counts_orders_from_the_end_of_february_to_the_reference_date():
    # 31.3. − 1 month = 28.2.: T1 (28.2.) and T3 (31.3.) count, T2 (27.2.) and T6 (1.4.) do not.
    assert values(shop(), "orders_in_last:1 months") == [2, 1, 0, 0]


def test_spend_in_last_month_sums_amounts_in_the_window_returns_included():
    assert values(shop(), "spend_in_last:1 months") == pytest.approx([35.0, 0.0, 0.0, 0.0])


def test_orders_in_last_days_includes_both_ends_of_the_window():
    assert values(shop(), "orders_in_last:31 days") == [2, 1, 0, 0]     # 28.2. … 31.3.
    assert values(shop(), "orders_in_last:30 days") == [1, 1, 0, 0]     # 1.3. … 31.3.
    assert values(shop(), "orders_in_last:0 days") == [1, 0, 0, 0]      # the reference date only


def test_window_in_a_leap_year_starts_on_29_february():
    rows = [("A", "1", "28.2.2024", "10", "Tee"), ("B", "1", "29.2.2024", "10", "Tee")]
    assert values(shop(rows), "orders_in_last:1 months", dt.date(2024, 3, 31)) == [1, 0, 0, 0]


def test_period_start_steps_months_and_years_by_calendar():
    assert period_start(dt.date(2025, 3, 31), 1, "months") == dt.date(2025, 2, 28)
    assert period_start(dt.date(2024, 3, 31), 1, "months") == dt.date(2024, 2, 29)
    assert period_start(dt.date(2024, 2, 29), 1, "years") == dt.date(2023, 2, 28)
    assert period_start(dt.date(2025, 1, 15), 2, "weeks") == dt.date(2025, 1, 1)
    assert period_start(dt.date(2025, 1, 15), 5000, "years") == dt.date.min


def test_spend_in_category_sums_rows_of_the_category_ignoring_case_and_spaces():
    # customer 1: 20 (Jooga) + 40 ("jooga "); 2: 30 − 30; 3: 99 (dates do not matter here)
    assert values(shop(), "spend_in_category: JOOGA ") == pytest.approx([60.0, 0.0, 99.0, 0.0])


def test_orders_in_category_counts_distinct_orders_with_a_row_of_the_category():
    assert values(shop(), "orders_in_category:jooga") == [2, 1, 1, 0]


def test_a_return_counts_against_spend_but_not_as_an_order():
    rows = [("R1", "1", "1.3.2025", "50", "Jooga"),
            ("R2", "1", "2.3.2025", "-50", "Jooga"),          # a credit note
            ("R3", "1", "3.3.2025", "-10", "Jooga"),          # an exchange: −10 + 25 is an order
            ("R3", "1", "3.3.2025", "25", "Jooga")]
    ds = shop(rows)
    assert values(ds, "orders_in_last:1 months")[0] == 2
    assert values(ds, "orders_in_category:Jooga")[0] == 2
    assert values(ds, "spend_in_last:1 months")[0] == pytest.approx(15.0)
    assert values(ds, "spend_in_category:Jooga")[0] == pytest.approx(15.0)


def test_without_an_order_id_column_every_row_is_an_order():
    roles = {k: v for k, v in ORDER_ROLES.items() if k != "order_id"}
    assert values(shop(roles=roles), "orders_in_last:1 months") == [3, 1, 0, 0]    # T1's two rows count twice


def test_a_customer_without_such_orders_has_zero_not_missing():
    ds = shop()
    for name in ("orders_in_last:1 days", "spend_in_last:1 weeks", "spend_in_category:Kirjat",
                 "orders_in_category:Kirjat"):
        assert values(ds, name)[3] == 0
        assert members(ds, {"field": name, "op": "is_empty"}) == []


def test_every_number_operator_works_on_an_order_window_field():
    ds = shop()
    field = "orders_in_last:1 months"        # values [2, 1, 0, 0]
    assert members(ds, {"field": field, "op": "ge", "value": 2}) == [0]
    assert members(ds, {"field": field, "op": "between", "value": [1, 2]}) == [0, 1]
    assert members(ds, {"field": field, "op": "in", "value": [0]}) == [2, 3]
    assert members(ds, {"field": field, "op": "lt", "value": 1}) == [2, 3]
    assert members(ds, {"field": field, "op": "not_empty"}) == [0, 1, 2, 3]


def test_counting_all_time_matches_the_datasets_order_count_and_spend():
    customer_frame, order_frame = generate_shop(300)
    order_frame = order_frame.copy()
    order_frame.loc[::7, "Summa"] *= -1                          # returns among the orders
    order_frame.loc[::11, "Tilausnumero"] = None                 # rows without an order id
    order_frame.loc[5, "Asiakasnumero"] = order_frame.loc[400, "Asiakasnumero"]   # one id, two customers
    ds = build_dataset(customer_frame, {"customer_id": "Asiakasnumero", "email": "Sähköposti"}, order_frame,
                       {"order_id": "Tilausnumero", "customer_ref": "Asiakasnumero", "order_date": "Tilauspäivä",
                        "amount": "Summa", "category": "Tuoteryhmä"})
    far = dt.date(2100, 1, 1)
    assert values(ds, "orders_in_last:500 years", far) == ds.metrics["order_count"].tolist()
    assert values(ds, "spend_in_last:500 years", far) == pytest.approx(ds.metrics["total_spend"].tolist())


def test_an_order_id_shared_by_two_customers_counts_for_each():
    rows = [("S1", "1", "1.3.2025", "10", "Tee"), ("S1", "2", "1.3.2025", "10", "Tee"),
            ("S1", "2", "1.3.2025", "5", "Kahvi"), ("S2", "2", "2.3.2025", "5", "Tee")]
    assert values(shop(rows), "orders_in_last:1 months") == [1, 2, 0, 0]
    assert values(shop(rows), "orders_in_category:tee") == [1, 2, 0, 0]


# -- the contract: names, JSON, words, errors ----------------------------------------------------
def test_segment_json_round_trip_keeps_the_fields_and_their_members():
    rule = Group("all", [Condition("orders_in_last:90 days", "ge", 2),
                         Condition("spend_in_category:Jooga", "gt", 10)])
    text = json.dumps(Segment("Joogaajat", rule).to_json(), ensure_ascii=False)
    again = segment_from_json(json.loads(text))
    assert again.rule.to_json() == rule.to_json()
    assert again.rule.children[0].to_json() == {"field": "orders_in_last:90 days", "op": "ge", "value": 2}
    assert members(shop(), again.rule.to_json()) == [0]


def test_rule_in_words_in_english_and_finnish():
    orders = Condition("orders_in_last:90 days", "ge", 2)
    spend = Condition("spend_in_category:Jooga", "gt", 100)
    assert describe(orders, "en") == "Orders in the last 90 days is at least 2"
    assert describe(orders, "fi") == "Tilauksia viimeisen 90 päivän aikana on vähintään 2"
    assert describe(spend, "en") == "Spend on Jooga (€) is more than 100"
    assert describe(spend, "fi") == "Ostot tuoteryhmässä Jooga (€) on yli 100"
    assert describe(Condition("spend_in_last:6 months", "le", 50), "fi") == \
        "Ostot viimeisen 6 kuukauden aikana (€) on enintään 50"
    assert describe(Condition("orders_in_category:Kahvi", "eq", 1), "en") == "Orders in category Kahvi is 1"


def test_an_unknown_unit_raises_a_rule_error_naming_the_field():
    with pytest.raises(RuleError, match="orders_in_last:3 fortnights") as caught:
        find_field(shop(), "orders_in_last:3 fortnights")
    assert caught.value.details["field"] == "orders_in_last:3 fortnights"
    assert caught.value.details["reason"] == "unknown_unit"


@pytest.mark.parametrize("name", ["orders_in_last", "orders_in_last:", "spend_in_last:ninety days",
                                  "spend_in_last:-1 days", "spend_in_category:  "])
def test_a_missing_or_malformed_parameter_raises_a_rule_error_naming_the_field(name):
    with pytest.raises(RuleError) as caught:
        find_field(shop(), name)
    assert caught.value.details["field"] == name


def test_a_dataset_without_order_dates_cannot_answer_a_period_field():
    roles = {k: v for k, v in ORDER_ROLES.items() if k != "order_date"}
    ds = shop(roles=roles)
    with pytest.raises(RuleError, match="orders_in_last:90 days") as caught:
        members(ds, {"field": "orders_in_last:90 days", "op": "ge", "value": 1})
    assert caught.value.details["role"] == "order_date"
    assert values(ds, "orders_in_category:Jooga") == [2, 1, 1, 0]       # categories still work


def test_category_spend_needs_amounts_and_a_dataset_without_orders_has_none_of_these_fields():
    roles = {k: v for k, v in ORDER_ROLES.items() if k != "amount"}
    with pytest.raises(RuleError, match="amount"):
        find_field(shop(roles=roles), "spend_in_category:Jooga")
    no_orders = build_dataset(customers(), CUSTOMER_ROLES)
    with pytest.raises(RuleError, match="needs orders"):
        find_field(no_orders, "spend_in_last:1 years")
    assert parameterised_fields(no_orders) == []


def test_period_units_are_those_of_the_in_last_operator():
    assert PERIOD_UNITS == OPERATOR_PERIOD_UNITS


# -- for the builder ---------------------------------------------------------------------------
def test_parameterised_fields_offer_one_template_per_kind_with_categories_and_customer_counts():
    templates = {t.name: t for t in parameterised_fields(shop())}
    assert list(templates) == ["orders_in_last", "spend_in_last", "orders_in_category", "spend_in_category"]
    assert templates["orders_in_last"].parameter == "period"
    assert templates["orders_in_last"].default == "orders_in_last:90 days"
    category = templates["spend_in_category"]
    # Jooga: customers 1, 2, 3 (spelled "Jooga" on most rows); Kahvi and Tee: customer 1.
    assert category.choices == (("Jooga", 3), ("Kahvi", 1), ("Tee", 1))
    assert category.default == "spend_in_category:Jooga"
    assert category.field_name("Tee") == "spend_in_category:Tee"
    assert templates["spend_in_last"].field_name({"n": 6, "unit": "months"}) == "spend_in_last:6 months"


def test_available_fields_list_each_kind_once_as_a_ready_behavioural_number_field():
    fields = {f.name: f for f in available_fields(shop())}
    for name in ("orders_in_last:90 days", "spend_in_last:12 months", "orders_in_category:Jooga",
                 "spend_in_category:Jooga"):
        assert (fields[name].family, fields[name].kind) == ("behavioural", "number")


def test_field_parameter_reads_back_what_a_template_wrote():
    assert field_parameter("orders_in_last:90 days") == ("orders_in_last", {"n": 90, "unit": "days"})
    assert field_parameter("spend_in_category: Jooga") == ("spend_in_category", "Jooga")
    assert field_parameter("order_count") is None
    assert parse_order_window("orders_in_last:90 days").name == "orders_in_last:90 days"


def test_values_are_computed_once_and_survive_warm_up():
    ds = shop()
    warm_up(ds, as_of=AS_OF)
    first = field_values(ds, find_field(ds, "spend_in_category:Jooga"), AS_OF)
    again = field_values(ds, find_field(ds, "spend_in_category:jooga"), AS_OF)
    assert np.shares_memory(first.to_numpy(), again.to_numpy())


def test_prepared_order_rows_do_not_keep_a_dataset_alive():
    import gc
    import weakref

    ds = shop()
    assert values(ds, "orders_in_last:1 years")
    gone = weakref.ref(ds)
    del ds
    gc.collect()
    assert gone() is None, "an old project's orders would stay in memory after a re-import"
