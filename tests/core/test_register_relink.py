"""Register rows that add, delete or re-key customers link only the orders of the changed keys again,
with the same links and metrics as deriving everything anew."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import Dataset, build_dataset
from segmentdesk.core.register import operations as ops
from segmentdesk.core.register import relink
from segmentdesk.core.register.overlay import apply_register
from segmentdesk.core.register.register import CustomerRegister, apply_to_register

AT = dt.datetime(2026, 5, 1, 12, 0)
ROLES = {"customer_id": "Nro", "email": "Email"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa",
               "category": "Ryhmä"}


def shop(seed: int) -> Dataset:
    """Twelve customers (two share number 5), orders by number: some of nobody (number 99 and 77),
    a return, an order of two rows."""
    rng = np.random.default_rng(seed)
    numbers = [str(n) for n in range(1, 12)] + ["5"]
    customers = pd.DataFrame({"Nro": numbers, "Email": [f"c{i}@example.fi" for i in range(12)]}, dtype=object)
    refs = rng.choice(numbers[:11] + ["99", "77"], size=80)
    orders = pd.DataFrame({
        "Tilaus": [f"T{i // 2 if i < 10 else i}" for i in range(80)],
        "Asiakas": [f" {r} " if i % 7 == 0 else r for i, r in enumerate(refs)],
        "Pvm": [f"{1 + i % 28}.{1 + i % 12}.2025" for i in range(80)],
        "Summa": [str(-30 if i == 13 else 10 + i) for i in range(80)],
        "Ryhmä": rng.choice(["Kirjat", "Kahvi", "Lelut"], size=80)}, dtype=object)
    return build_dataset(customers, ROLES, orders, ORDER_ROLES)


def overlay(ds: Dataset, *changes) -> Dataset:
    register = CustomerRegister()
    for change in changes:
        apply_to_register(register, change)
    return apply_register(ds, register).dataset


def assert_as_derived_anew(ds: Dataset) -> None:
    anew = Dataset(ds.customers, ds.orders)
    assert ds.link_by == anew.link_by
    np.testing.assert_array_equal(ds.order_customer_pos, anew.order_customer_pos)
    pd.testing.assert_frame_equal(ds.metrics.reset_index(drop=True), anew.metrics)


CHANGES = {
    "add a customer who has orders already": lambda ds: [ops.add_customer(ds, {"customer_id": "99"}, at=AT)[1]],
    "add a customer without orders": lambda ds: [ops.add_customer(ds, {"customer_id": "123"}, at=AT)[1]],
    "delete a customer": lambda ds: [ops.delete_customer("customer_id:3", at=AT)],
    "delete the first of two with a number": lambda ds: [ops.delete_customer("customer_id:5", at=AT)],
    "give a customer another number": lambda ds: [ops.edit_fields(ds, "customer_id:2", {"customer_id": "77"}, at=AT)],
    "take over a number in use": lambda ds: [ops.edit_fields(ds, "customer_id:1", {"customer_id": "4"}, at=AT)],
    "change an email only": lambda ds: [ops.edit_fields(ds, "customer_id:6", {"email": "uusi@example.fi"}, at=AT)],
    "all at once": lambda ds: [ops.add_customer(ds, {"customer_id": "99"}, at=AT)[1],
                               ops.delete_customer("customer_id:8", at=AT),
                               ops.edit_fields(ds, "customer_id:9", {"customer_id": "10"}, at=AT)],
}


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("what", list(CHANGES))
def test_links_and_metrics_after_the_register_equal_deriving_them_anew(what, seed):
    ds = shop(seed)
    assert ds.link_by == "customer_id"
    assert_as_derived_anew(overlay(ds, *CHANGES[what](ds)))


def test_opening_with_an_added_customer_derives_the_links_of_the_changed_key_only(monkeypatch):
    ds = shop(1)
    linked = []
    real = relink.match_key
    monkeypatch.setattr(relink, "match_key", lambda col: linked.append(len(col)) or real(col))
    monkeypatch.setattr(Dataset, "_link_orders", lambda self: pytest.fail("every order linked again"))
    overlay(ds, ops.add_customer(ds, {"customer_id": "99"}, at=AT)[1])
    assert max(linked) < len(ds.orders.frame) / 4      # the new customer's key, then the orders of nobody
