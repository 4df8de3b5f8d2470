"""Distinct non-return orders per customer, counted once for order_count and the order-window fields."""
from __future__ import annotations

import numpy as np

from segmentdesk.core.data.order_counting import order_pairs, orders_per_customer

N = 3                                   # customers 0, 1, 2; bin 3 is "no customer"


def count(bins, codes, counted, rows=None):
    bins, counted = np.array(bins), np.array(counted)
    codes = None if codes is None else np.array(codes)
    rows = counted if rows is None else np.array(rows) & counted
    return orders_per_customer(bins, order_pairs(bins, codes, counted, N), rows, N).tolist()


def test_rows_of_one_order_count_once():
    assert count([0, 0, 1], [0, 0, 1], [True, True, True]) == [1, 1, 0]


def test_rows_that_do_not_count_are_left_out():
    # a return (not counted) and a row of no customer (bin 3)
    assert count([0, 0, 3], [0, 1, 2], [True, False, False]) == [1, 0, 0]


def test_an_order_id_shared_by_two_customers_counts_for_each():
    assert count([0, 1, 1], [0, 0, 1], [True, True, True]) == [1, 2, 0]


def test_without_order_ids_each_row_is_an_order():
    assert count([0, 0, 2], None, [True, True, True]) == [2, 0, 1]


def test_an_order_counts_in_a_window_when_any_of_its_rows_is_in_it():
    assert count([0, 0, 0], [0, 0, 1], [True, True, True], rows=[False, True, False]) == [1, 0, 0]
