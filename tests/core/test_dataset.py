"""The Dataset: linking orders to customers and the per-customer metrics of the contract."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import available_fields, field_values, find_field
from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.importing.plan import ImportPlan

AS_OF = dt.date(2025, 7, 1)

CUSTOMER_ROLES = {"customer_id": "Nro", "email": "Email", "consent_email": "Lupa", "postal_code": "Postinumero"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa",
               "category": "Ryhmä"}


def customers(**extra: list[object]) -> pd.DataFrame:
    frame = {
        "Nro": ["1", "2", "3", "4"],
        "Email": ["aino@example.fi", "Eero@Example.fi", "sanna@example", None],
        "Lupa": ["kyllä", "ei", "kyllä", None],
        "Postinumero": ["00100", "33100", "99999", None],
    }
    frame.update(extra)
    return pd.DataFrame(frame, dtype=object)


def orders(rows: list[tuple[object, ...]], columns=("Tilaus", "Asiakas", "Pvm", "Summa", "Ryhmä")) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns), dtype=object)


def metric(ds, name: str) -> list[object]:
    return ds.metrics[name].tolist()


@pytest.fixture
def shop():
    return build_dataset(customers(), CUSTOMER_ROLES, orders([
        ("T1", "1", "1.2.2025", "25,00", "Kahvi"),
        ("T1", "1", "1.2.2025", "12,50", "Tee"),          # second row of order T1
        ("T2", "1", "10.6.2025", "1 040,00", "Joogamatot"),
        ("T3", "2", "15.3.2024", "30,00", "Kahvi"),
        ("T4", "2", "20.3.2024", "-30,00", "kahvi"),      # a return
        ("T5", "3", "30.6.2025", "45,90", None),
        ("T6", "77", "5.1.2025", "99,00", "Kahvi"),       # nobody's order
    ]), ORDER_ROLES)


# -- order metrics --------------------------------------------------------------------------
def test_order_count_counts_distinct_order_ids(shop):
    assert metric(shop, "order_count")[0] == 2      # T1 has two rows, T2 one


def test_a_return_counts_against_spend_but_not_as_an_order(shop):
    assert metric(shop, "order_count") == [2, 1, 1, 0]     # T4 (-30,00) is customer 2's return
    assert metric(shop, "total_spend")[1] == pytest.approx(0.0)


def test_a_return_does_not_move_the_last_order_date(shop):
    assert shop.metrics["last_order_date"][1] == pd.Timestamp("2024-03-15")


def test_a_negative_row_without_order_ids_is_a_return_not_an_order():
    roles = {k: v for k, v in ORDER_ROLES.items() if k != "order_id"}
    ds = build_dataset(customers(), CUSTOMER_ROLES, orders([
        ("1", "1.2.2025", "25,00", "Kahvi"),
        ("1", "9.2.2025", "-25,00", "Kahvi"),
    ], columns=("Asiakas", "Pvm", "Summa", "Ryhmä")), roles)
    assert metric(ds, "order_count")[0] == 1
    assert metric(ds, "total_spend")[0] == pytest.approx(0.0)


def test_order_count_counts_rows_without_an_order_id_column():
    roles = {k: v for k, v in ORDER_ROLES.items() if k != "order_id"}
    ds = build_dataset(customers(), CUSTOMER_ROLES, orders([
        ("1", "1.2.2025", "25,00", "Kahvi"),
        ("1", "1.2.2025", "12,50", "Tee"),
        ("2", "3.2.2025", "5,00", "Tee"),
    ], columns=("Asiakas", "Pvm", "Summa", "Ryhmä")), roles)
    assert metric(ds, "order_count") == [2, 1, 0, 0]


def test_total_spend_sums_every_row_of_every_order(shop):
    assert metric(shop, "total_spend")[0] == pytest.approx(1077.5)


def test_total_spend_includes_returns_as_negative_amounts(shop):
    assert metric(shop, "total_spend")[1] == pytest.approx(0.0)


def test_avg_order_value_is_spend_divided_by_order_count(shop):
    assert metric(shop, "avg_order_value")[0] == pytest.approx(1077.5 / 2)
    assert metric(shop, "avg_order_value")[2] == pytest.approx(45.9)


def test_customer_without_orders_has_zero_count_and_spend(shop):
    assert metric(shop, "order_count")[3] == 0
    assert metric(shop, "total_spend")[3] == 0


def test_customer_without_orders_has_missing_dates_and_average(shop):
    row = shop.metrics.iloc[3]
    assert pd.isna(row["avg_order_value"])
    assert pd.isna(row["first_order_date"]) and pd.isna(row["last_order_date"])
    days = field_values(shop, find_field(shop, "days_since_last_order"), AS_OF)
    assert pd.isna(days.iloc[3])


def test_first_and_last_order_dates(shop):
    assert metric(shop, "first_order_date")[:3] == [pd.Timestamp(2025, 2, 1), pd.Timestamp(2024, 3, 15),
                                                    pd.Timestamp(2025, 6, 30)]
    assert metric(shop, "last_order_date")[:3] == [pd.Timestamp(2025, 6, 10), pd.Timestamp(2024, 3, 15),
                                                   pd.Timestamp(2025, 6, 30)]


def test_days_since_last_order_is_measured_at_the_reference_date(shop):
    days = field_values(shop, find_field(shop, "days_since_last_order"), AS_OF)
    assert days.tolist()[:3] == [21, (pd.Timestamp(AS_OF) - pd.Timestamp(2024, 3, 15)).days, 1]


def test_dataset_without_orders_has_zero_metrics():
    ds = build_dataset(customers(), CUSTOMER_ROLES)
    assert not ds.has_orders
    assert metric(ds, "order_count") == [0, 0, 0, 0]
    assert metric(ds, "total_spend") == [0, 0, 0, 0]
    assert ds.metrics["avg_order_value"].isna().all()


# -- linking --------------------------------------------------------------------------------
def test_orders_link_by_customer_number(shop):
    assert shop.link_by == "customer_id"
    assert shop.order_customer_pos.tolist() == [0, 0, 0, 1, 1, 2, -1]


def test_unmatched_orders_are_counted(shop):
    assert shop.unmatched_orders == 1


def test_unmatched_orders_do_not_count_for_anyone(shop):
    assert sum(metric(shop, "total_spend")) == pytest.approx(1077.5 + 0 + 45.9)


def test_orders_link_by_email_when_that_matches_more():
    ds = build_dataset(customers(), CUSTOMER_ROLES, orders([
        ("T1", "AINO@example.fi", "1.2.2025", "10,00", None),
        ("T2", " eero@example.FI ", "2.2.2025", "20,00", None),
        ("T3", "1", "3.2.2025", "30,00", None),
    ]), ORDER_ROLES)
    assert ds.link_by == "email"
    assert ds.order_customer_pos.tolist() == [0, 1, -1]
    assert metric(ds, "total_spend")[:2] == [10.0, 20.0]


def test_customer_numbers_from_a_workbook_match_text_references():
    ds = build_dataset(customers(Nro=[1001.0, 1002.0, 1003.0, 1004.0]), CUSTOMER_ROLES,
                       orders([("T1", "1002", "1.2.2025", "10,00", None)]), ORDER_ROLES)
    assert ds.order_customer_pos.tolist() == [1]


def test_orders_without_a_customer_column_are_all_unmatched():
    roles = {k: v for k, v in ORDER_ROLES.items() if k != "customer_ref"}
    ds = build_dataset(customers(), CUSTOMER_ROLES, orders([("T1", "1", "1.2.2025", "10,00", None)]), roles)
    assert ds.unmatched_orders == 1
    assert metric(ds, "order_count") == [0, 0, 0, 0]


# -- categories -----------------------------------------------------------------------------
def test_categories_are_the_distinct_categories_bought(shop):
    assert metric(shop, "categories")[0] == "Joogamatot; Kahvi; Tee"
    assert metric(shop, "categories")[3] is None


@pytest.mark.parametrize("n_categories", [3, 64, 70])
def test_categories_bought_are_right_for_few_and_many_categories(n_categories):
    rows = [(f"T{i}", str(1 + i % 3), "1.2.2025", "10,00", f" Ryhmä {i:02d} ") for i in range(n_categories)]
    ds = build_dataset(customers(), CUSTOMER_ROLES, orders(rows), ORDER_ROLES)
    for customer in range(3):
        expected = "; ".join(f"Ryhmä {i:02d}" for i in range(n_categories) if i % 3 == customer)
        assert metric(ds, "categories")[customer] == expected


def test_categories_field_is_a_tags_field(shop):
    assert find_field(shop, "categories").kind == "tags"


# -- geography --------------------------------------------------------------------------------
def test_region_and_municipality_come_from_the_postal_code(shop):
    region = field_values(shop, find_field(shop, "region"), AS_OF)
    municipality = field_values(shop, find_field(shop, "municipality"), AS_OF)
    assert region.tolist()[:2] == ["Uusimaa", "Pirkanmaa"]
    assert municipality.tolist()[:2] == ["Helsinki", "Tampere"]


def test_unknown_or_missing_postal_code_has_no_region(shop):
    region = field_values(shop, find_field(shop, "region"), AS_OF)
    assert pd.isna(region.iloc[2]) and pd.isna(region.iloc[3])


def test_postal_code_read_from_a_number_cell_finds_its_area():
    ds = build_dataset(customers(Postinumero=[100.0, 33100.0, None, None]), CUSTOMER_ROLES)
    assert ds.postal_lookup["municipality"].tolist()[:2] == ["Helsinki", "Tampere"]


def test_region_column_in_the_file_wins_over_the_postal_code():
    roles = dict(CUSTOMER_ROLES, region="Maakunta")
    ds = build_dataset(customers(Maakunta=["Lappi", None, None, None]), roles)
    assert field_values(ds, find_field(ds, "region"), AS_OF).iloc[0] == "Lappi"


def test_without_postal_codes_there_is_no_region_field():
    roles = {k: v for k, v in CUSTOMER_ROLES.items() if k != "postal_code"}
    ds = build_dataset(customers(), roles)
    assert "region" not in {f.name for f in available_fields(ds)}


# -- contactability ---------------------------------------------------------------------------
def test_valid_email_marks_well_formed_addresses(shop):
    assert shop.valid_email.tolist() == [True, True, False, False]


def test_consent_is_true_only_for_a_yes(shop):
    assert shop.consent.tolist() == [True, False, True, False]


def test_reachable_needs_valid_email_and_consent(shop):
    assert shop.reachable.tolist() == [True, False, False, False]


def test_without_consent_column_nobody_has_consent():
    roles = {k: v for k, v in CUSTOMER_ROLES.items() if k != "consent_email"}
    assert build_dataset(customers(), roles).consent.tolist() == [False] * 4


# -- typing by role -------------------------------------------------------------------------------
def test_columns_are_typed_by_their_role():
    ds = build_dataset(customers(Syntynyt=["3.7.1985", None, "29.2.1988", "x"]),
                       dict(CUSTOMER_ROLES, birth_date="Syntynyt"))
    kinds = ds.customers.kinds
    assert (kinds["Nro"], kinds["Postinumero"], kinds["Lupa"], kinds["Syntynyt"]) == \
        ("text", "text", "boolean", "date")
    assert ds.customers.frame["Postinumero"].iloc[0] == "00100"
    assert ds.customers.frame["Syntynyt"].iloc[2] == pd.Timestamp(1988, 2, 29)


def test_unmapped_columns_are_typed_by_their_values():
    ds = build_dataset(customers(Pisteet=["1 234,50", "0,00", "7", None]), CUSTOMER_ROLES)
    assert ds.customers.kinds["Pisteet"] == "number"
    assert ds.customers.frame["Pisteet"].iloc[0] == 1234.5


def test_unmapped_columns_are_fields_named_column_header():
    ds = build_dataset(customers(Pisteet=["1", "2", "3", "4"]), CUSTOMER_ROLES)
    assert find_field(ds, "column:Pisteet").kind == "number"


# -- the fixture files -----------------------------------------------------------------------------
def test_fixture_files_import_into_the_expected_metrics(data_dir):
    plan = ImportPlan.for_files(data_dir / "customers_fi.csv", orders=data_dir / "orders_fi.csv")
    ds = run_import(plan, as_of=AS_OF).dataset
    assert len(ds) == 8
    assert ds.unmatched_orders == 1
    assert metric(ds, "order_count") == [2, 1, 1, 0, 0, 1, 2, 0]    # T-4 is a return
    assert np.allclose(metric(ds, "total_spend"), [1077.5, 0.0, 45.9, 0, 0, 19.9, 86.4, 0])


def test_pick_lists_count_customers_per_value_and_per_tag_in_their_usual_spelling():
    from segmentdesk.core.data.dataset import build_dataset

    frame = pd.DataFrame({"city": ["HELSINKI", "Helsinki", "HELSINKI", "Oulu", None],
                          "tags": ["Jooga; luonto", "jooga", "luonto|Kirjat", "jooga", None]})
    ds = build_dataset(frame, {"city": "city", "interests": "tags"})
    assert ds.index.choices("city", ds.customers.frame["city"]) == [("HELSINKI", 3), ("Oulu", 1)]
    tags = dict(ds.index.choices("interests", ds.customers.frame["tags"], tags=True))
    assert tags == {"jooga": 3, "luonto": 2, "Kirjat": 1}


def test_orders_without_any_order_id_count_nothing_but_still_spend():
    ds = build_dataset(customers(), CUSTOMER_ROLES, orders([
        (None, "1", "1.2.2025", "25,00", "Kahvi"),
        (None, "2", "3.2.2025", "5,00", "Tee"),
    ]), ORDER_ROLES)
    assert metric(ds, "order_count")[:2] == [0, 0]
    assert metric(ds, "total_spend")[:2] == [25.0, 5.0]


def test_an_order_id_shared_by_two_customers_counts_once_for_each():
    ds = build_dataset(customers(), CUSTOMER_ROLES, orders([
        ("T1", "1", "1.2.2025", "25,00", "Kahvi"),
        ("T1", "1", "1.2.2025", "5,00", "Tee"),
        ("T1", "2", "3.2.2025", "5,00", "Tee"),
        ("T2", "2", "4.2.2025", "7,00", "Tee"),
    ]), ORDER_ROLES)
    assert metric(ds, "order_count")[:3] == [1, 2, 0]


def test_days_since_last_order_is_measured_again_for_another_reference_date(shop):
    field = find_field(shop, "days_since_last_order")
    now = field_values(shop, field, AS_OF)
    assert field_values(shop, field, AS_OF) is now          # kept: the builder asks on every click
    later = field_values(shop, field, AS_OF + dt.timedelta(days=10))
    assert (later.dropna() == now.dropna() + 10).all()


def test_typing_that_consumes_the_raw_table_takes_each_column_out_and_types_the_same():
    raw = orders([("A1", "1", "1.2.2025", "10,50", "Kirjat"), ("A2", "1", "2.2.2025", "5", "Kahvi")])
    from segmentdesk.core.data.dataset import type_table

    kept = type_table(raw.copy(), ORDER_ROLES)
    consumed = type_table(raw, ORDER_ROLES, consume=True)
    assert list(raw.columns) == []
    pd.testing.assert_frame_equal(consumed.frame, kept.frame)


def test_an_order_files_customer_numbers_are_one_object_per_customer():
    refs = [f"{n % 3 + 1}00" for n in range(12)]     # twelve orders of three customers, each cell its own str
    assert len({id(v) for v in refs}) == 12
    raw = orders([(f"T{i}", ref, "1.2.2025", "1", "K") for i, ref in enumerate(refs)])
    ds = build_dataset(customers(Nro=["100", "200", "300", "400"]), CUSTOMER_ROLES, raw, ORDER_ROLES)
    typed = ds.orders.role_column("customer_ref").tolist()
    assert typed == refs and len({id(v) for v in typed}) == 3


def test_a_build_that_consumes_its_rows_hands_the_freed_memory_back_before_linking(monkeypatch):
    from segmentdesk.core.data import dataset as dataset_module
    from segmentdesk.core.io.memory import give_back_freed_memory

    calls = []
    monkeypatch.setattr(dataset_module, "give_back_freed_memory", lambda: calls.append("trim"))
    build_dataset(customers(), CUSTOMER_ROLES, orders([("A1", "1", "1.2.2025", "5", "K")]), ORDER_ROLES)
    assert calls == []
    build_dataset(customers(), CUSTOMER_ROLES, orders([("A1", "1", "1.2.2025", "5", "K")]), ORDER_ROLES, consume=True)
    assert calls == ["trim"]
    give_back_freed_memory()                  # harmless wherever it runs
