"""Webshop exports: each platform's layout recognised and named, prepared, and imported with no choices.

The fixtures are in ``tests/data/webshops`` (written by ``make_webshop_files.py`` there); the
expected figures below are computed by hand from those files, as README.md there explains.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from segmentdesk.cli import main
from segmentdesk.core.data import cell_types
from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.importing.plan import FilePlan, ImportPlan
from segmentdesk.core.io.rawtable import RawTable
from segmentdesk.core.io.read import read_table
from segmentdesk.core.importing.webshops import recognise_layout

WEBSHOPS = Path(__file__).resolve().parent.parent / "data" / "webshops"


def raw_table(columns: dict[str, list[object]]) -> RawTable:
    return RawTable(frame=pd.DataFrame(columns, dtype=object), source=Path("memory.csv"), file_kind="csv")


def shopify_orders_prepared() -> pd.DataFrame:
    raw = read_table(WEBSHOPS / "shopify_orders.csv")
    return recognise_layout(raw, table="orders").prepare(raw).frame


def rows_of(frame: pd.DataFrame, order: str) -> pd.DataFrame:
    return frame[frame["Name"] == order]


# -- recognising ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("file", "table", "name"), [
    ("shopify_customers.csv", "customers", "Shopify"),
    ("shopify_customers_legacy.csv", "customers", "Shopify"),
    ("shopify_orders.csv", "orders", "Shopify"),
    ("woocommerce_customers.csv", "customers", "WooCommerce"),
    ("woocommerce_orders.csv", "orders", "WooCommerce"),
    ("woocommerce_order_export.csv", "orders", "WooCommerce"),
    ("mycashflow_customers.csv", "customers", "MyCashflow"),
    ("mycashflow_orders.csv", "orders", "MyCashflow"),
])
def test_each_webshop_export_is_recognised_and_named(file, table, name):
    layout = recognise_layout(read_table(WEBSHOPS / file), table=table)
    assert layout is not None
    assert (layout.name, layout.table) == (name, table)


@pytest.mark.parametrize("file", ["shopify_customers.csv", "woocommerce_customers.csv", "mycashflow_customers.csv"])
def test_a_customer_export_is_not_taken_for_an_order_export(file):
    assert recognise_layout(read_table(WEBSHOPS / file), table="orders") is None


@pytest.mark.parametrize("table", ["customers", "orders"])
@pytest.mark.parametrize("file", ["customers_fi.csv", "orders_fi.csv"])
def test_ordinary_finnish_files_are_not_recognised_as_any_webshop(data_dir, file, table):
    assert recognise_layout(read_table(data_dir / file), table=table) is None


def test_shopify_order_layout_maps_order_number_email_total_and_line_items():
    layout = recognise_layout(read_table(WEBSHOPS / "shopify_orders.csv"), table="orders")
    assert layout.roles == {"order_id": "Name", "customer_ref": "Email", "order_date": "Created at",
                            "amount": "Total", "category": "Lineitem name", "quantity": "Lineitem quantity"}


def test_current_and_older_shopify_customer_layouts_map_zip_and_consent():
    current = recognise_layout(read_table(WEBSHOPS / "shopify_customers.csv"), table="customers")
    older = recognise_layout(read_table(WEBSHOPS / "shopify_customers_legacy.csv"), table="customers")
    assert (current.roles["postal_code"], current.roles["consent_email"]) == ("Default Address Zip",
                                                                              "Accepts Email Marketing")
    assert (older.roles["postal_code"], older.roles["consent_email"]) == ("Zip", "Accepts Marketing")


def test_headers_are_compared_without_case_and_spacing():
    raw = raw_table({"first_name": ["Aino"], "LAST NAME": ["Mäkelä"], " email ": ["a@example.fi"],
                     "accepts-marketing": ["yes"], "total spent": ["1.00"]})
    layout = recognise_layout(raw, table="customers")
    assert layout.name == "Shopify"
    assert layout.roles["consent_email"] == "accepts-marketing"


def test_a_layout_is_recognised_without_its_optional_columns():
    raw = raw_table({"Name": ["#1"], "Email": ["a@example.fi"], "Financial Status": ["paid"], "Total": ["5.00"],
                     "Lineitem name": ["Tee"]})
    layout = recognise_layout(raw, table="orders")
    assert layout.name == "Shopify"
    assert "order_date" not in layout.roles and "quantity" not in layout.roles


def test_a_file_missing_a_signature_header_is_not_recognised():
    raw = raw_table({"Name": ["#1"], "Email": ["a@example.fi"], "Financial Status": ["paid"], "Total": ["5.00"]})
    assert recognise_layout(raw, table="orders") is None


# -- preparing ---------------------------------------------------------------------------------------
def test_prepare_fills_order_fields_down_from_the_first_row_of_an_order():
    order = rows_of(shopify_orders_prepared(), "#1001")
    assert len(order) == 3
    assert order["Created at"].tolist() == ["2025-01-15 10:12:04"] * 3
    assert order["Financial Status"].tolist() == ["paid"] * 3


def test_prepare_keeps_the_order_total_on_one_row_per_order():
    order = rows_of(shopify_orders_prepared(), "#1001")
    amounts = order["Total"].tolist()
    assert amounts[0] == pytest.approx(90.70)
    assert pd.isna(amounts[1]) and pd.isna(amounts[2])


def test_prepare_drops_voided_and_cancelled_orders():
    names = set(shopify_orders_prepared()["Name"])
    assert "#1004" not in names          # financial status "voided"
    assert "#1006" not in names          # has "Cancelled at"
    assert "#1006 refund" not in names


def test_prepare_turns_a_refunded_amount_into_a_negative_refund_row():
    frame = shopify_orders_prepared()
    refund = rows_of(frame, "#1002 refund")
    assert refund["Total"].tolist() == [pytest.approx(-9.90)]
    assert refund["Email"].tolist() == ["aino.makela@example.fi"]
    assert refund["Lineitem name"].isna().all()
    assert rows_of(frame, "#1002")["Total"].tolist() == [pytest.approx(24.70)]


def test_prepare_does_not_change_the_table_it_was_given():
    raw = read_table(WEBSHOPS / "shopify_orders.csv")
    before = raw.frame.copy()
    recognise_layout(raw, table="orders").prepare(raw)
    pd.testing.assert_frame_equal(raw.frame, before)


def test_consent_words_of_the_platforms_read_as_booleans():
    words = ["yes", "no", "subscribed", "not_subscribed", "TRUE", "FALSE", "pending", "unsubscribed", None]
    raw = raw_table({"Email": ["a@example.fi"] * len(words), "First Name": ["A"] * len(words),
                     "Last Name": ["B"] * len(words), "Accepts Email Marketing": words,
                     "Total Spent": ["0.00"] * len(words)})
    prepared = recognise_layout(raw, table="customers").prepare(raw)
    consent = cell_types.to_bool(prepared.frame["Accepts Email Marketing"])
    assert consent.tolist() == [True, False, True, False, True, False, False, False, pd.NA]


def test_prepare_removes_the_apostrophe_shopify_writes_before_zip_codes():
    raw = read_table(WEBSHOPS / "shopify_customers.csv")
    prepared = recognise_layout(raw, table="customers").prepare(raw)
    assert prepared.frame["Default Address Zip"].tolist()[:2] == ["00100", "33100"]


# -- importing with no choices -----------------------------------------------------------------------
def imported(customers, orders=None):
    return run_import(ImportPlan.for_files(customers, orders=orders), as_of=dt.date(2026, 11, 1))


def figures(result) -> dict[str, tuple[int, float]]:
    ds = result.dataset
    email = ds.customers.role_column("email")
    return {e: (int(n), round(float(s), 2))
            for e, n, s in zip(email, ds.metrics["order_count"], ds.metrics["total_spend"])}


def test_shopify_pair_imports_with_order_counts_and_spend_per_customer():
    result = imported(WEBSHOPS / "shopify_customers.csv", orders=WEBSHOPS / "shopify_orders.csv")
    assert (result.customer_layout, result.order_layout) == ("Shopify", "Shopify")
    assert result.dataset.link_by == "email"          # Shopify orders carry only the customer's email
    assert figures(result) == {
        "aino.makela@example.fi": (2, 105.50),        # 90.70 + 24.70 − 9.90 refunded
        "eero.jarvinen@example.fi": (1, 119.00),      # email in other case; voided #1004 left out
        "sanna.ohman@example.fi": (2, 59.40),         # 29.80 refunded in full + 59.40; cancelled #1006 left out
        "ville.aijala@example.fi": (0, 0.0),
        "liisa.heikkinen@example.fi": (1, 16.90),     # payment pending still counts
    }
    assert result.dataset.unmatched_orders == 1       # the guest order #1008


def test_shopify_order_dates_keep_the_shops_local_time():
    result = imported(WEBSHOPS / "shopify_customers.csv", orders=WEBSHOPS / "shopify_orders.csv")
    first = result.dataset.metrics["first_order_date"]
    assert first.iloc[0] == pd.Timestamp(dt.datetime(2025, 1, 15, 10, 12, 4))


def test_woocommerce_analytics_pair_links_orders_by_customer_name():
    result = imported(WEBSHOPS / "woocommerce_customers.csv", orders=WEBSHOPS / "woocommerce_orders.csv")
    assert figures(result) == {
        "aino.makela@example.fi": (2, 92.72),
        "eero.jarvinen@example.fi": (1, 119.00),      # cancelled 1208 left out
        "sanna.ohman@example.fi": (0, 0.0),           # failed 1220 left out
    }


def test_woocommerce_order_export_nets_refunds_and_leaves_out_cancelled_orders():
    result = imported(WEBSHOPS / "woocommerce_customers.csv", orders=WEBSHOPS / "woocommerce_order_export.csv")
    assert figures(result) == {
        "aino.makela@example.fi": (1, 64.80),
        "eero.jarvinen@example.fi": (1, 25.00),       # 45.00 − 20.00 refunded
        "sanna.ohman@example.fi": (0, 0.0),
    }


def test_mycashflow_guest_order_with_only_an_email_links_to_the_customer():
    result = imported(WEBSHOPS / "mycashflow_customers.csv", orders=WEBSHOPS / "mycashflow_orders.csv")
    assert (result.customer_layout, result.order_layout) == ("MyCashflow", "MyCashflow")
    assert figures(result) == {
        "aino.makela@example.fi": (1, 65.70),
        "eero.jarvinen@example.fi": (0, 0.0),         # "Peruttu" (cancelled)
        "ville.aijala@example.fi": (1, 24.90),        # guest order: no customer number
    }


def test_an_ordinary_file_imports_without_a_layout(data_dir):
    result = imported(data_dir / "customers_fi.csv", orders=data_dir / "orders_fi.csv")
    assert (result.customer_layout, result.order_layout) == (None, None)


def test_given_roles_skip_recognition():
    roles = {"email": "Email", "first_name": "First Name"}
    plan = ImportPlan(FilePlan(str(WEBSHOPS / "shopify_customers.csv"), roles=roles))
    result = run_import(plan, as_of=dt.date(2026, 11, 1))
    assert result.customer_layout is None
    assert result.dataset.customers.roles == roles


def test_columns_the_layout_does_not_know_are_still_guessed(tmp_path):
    frame = pd.read_csv(WEBSHOPS / "shopify_customers.csv", dtype=str, keep_default_na=False)
    frame["Syntymäaika"] = ["3.7.1985", "15.11.1990", "29.2.1988", "31.12.2000", "1.1.1970"]
    path = tmp_path / "customers_export.csv"
    frame.to_csv(path, index=False)
    result = imported(path)
    reasons = {g.column: (g.role, g.reason) for g in result.customer_guesses}
    assert result.customer_layout == "Shopify"
    assert reasons["Email"] == ("email", "layout")
    assert reasons["Syntymäaika"] == ("birth_date", "header")


def test_cli_import_says_which_webshop_layouts_it_recognised(tmp_path, capsys):
    code = main(["import", str(WEBSHOPS / "shopify_customers.csv"), "--orders", str(WEBSHOPS / "shopify_orders.csv"),
                 "--project", str(tmp_path / "kauppa.segdesk")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err.splitlines() == ["Recognised a Shopify customer export.", "Recognised a Shopify order export."]
    assert "Imported 5 customers" in out


def test_prepared_table_keeps_the_file_details():
    raw = read_table(WEBSHOPS / "mycashflow_orders.csv")
    prepared = recognise_layout(raw, table="orders").prepare(raw)
    assert dataclasses.replace(prepared, frame=raw.frame) == raw


def plugin_export(total_header: str) -> RawTable:
    return raw_table({"Order Number": ["1401", "1401", "1402"], "Order Status": ["Completed", None, "Completed"],
                      "Order Date": ["2026-03-01 10:00", None, "2026-03-02 11:00"],
                      "Email (Billing)": ["aino@example.fi", None, "eero@example.fi"],
                      "Name": ["Joogamatto", "Kahvi", "Kirja"], "Quantity": ["1", "2", "1"],
                      "Quantity (- Refund)": ["1", "1", "1"], "Order Refund Amount": ["10.00", None, "0"],
                      total_header: ["50.00", None, "20.00"]})


def test_woocommerce_plugin_total_net_of_refunds_is_not_refunded_again():
    raw = plugin_export("Order Total Amount (- Refund)")
    layout = recognise_layout(raw, table="orders")
    frame = layout.prepare(raw).frame
    assert layout.name == "WooCommerce"
    assert cell_types.to_number(frame["Order Total Amount (- Refund)"]).sum() == 70.0
    assert not frame["Order Number"].str.endswith("refund").any()


def test_woocommerce_plugin_gross_total_has_its_refund_subtracted():
    raw = plugin_export("Order Total Amount")
    frame = recognise_layout(raw, table="orders").prepare(raw).frame
    assert cell_types.to_number(frame["Order Total Amount"]).sum() == 60.0


def test_woocommerce_plugin_reads_the_older_item_name_and_the_quantity_after_refunds():
    layout = recognise_layout(plugin_export("Order Total Amount"), table="orders")
    assert (layout.roles["category"], layout.roles["quantity"]) == ("Name", "Quantity (- Refund)")
