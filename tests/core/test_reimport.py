"""Re-import: a newer export of the same customer list updates the data instead of duplicating it."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import SegmentDeskError
from segmentdesk.core.data.fields import find_field
from segmentdesk.core.data.dataset import MISSING_FLAG
from segmentdesk.core.importing.reimport import NoMatchKeyError, merge_import

ROLES = {"customer_id": "Nro", "email": "Email", "first_name": "Nimi"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "amount": "Summa"}


def table(rows: list[tuple[object, ...]], columns=("Nro", "Email", "Nimi")) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns), dtype=object)


def orders(rows: list[tuple[object, ...]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["Tilaus", "Asiakas", "Summa"], dtype=object)


OLD = table([
    ("1", "aino@example.fi", "Aino"),
    ("2", "eero@example.fi", "Eero"),
    ("3", "sanna@example.fi", "Sanna"),
    ("4", "ville@example.fi", "Ville"),
])
NEW = table([
    ("2", "eero.j@example.fi", "Eero"),     # changed email
    (" 1 ", "aino@example.fi", "Aino"),     # unchanged, key written with spaces
    ("5", "liisa@example.fi", "Liisa"),     # new
    ("3", "sanna@example.fi", "Sanna"),     # unchanged
])                                          # 4 is missing


@pytest.fixture
def merged():
    return merge_import(build_dataset(OLD, ROLES), build_dataset(NEW, ROLES))


def column(result, header: str) -> list[object]:
    return result.dataset.customers.frame[header].tolist()


def test_counts_new_changed_unchanged_and_missing(merged):
    assert merged.summary.counts() == {"new": 1, "changed": 1, "unchanged": 2, "missing": 1}


def test_matched_by_customer_number_when_both_have_one(merged):
    assert merged.summary.matched_by == "customer_id"


def test_merged_customers_are_the_new_file_in_order_then_the_missing(merged):
    assert column(merged, "Nro") == ["2", "1", "5", "3", "4"]
    assert merged.summary.old_positions.tolist() == [1, 0, -1, 2, 3]


def test_summary_positions_index_the_merged_customers(merged):
    s = merged.summary
    assert (s.new.tolist(), s.changed.tolist(), s.unchanged.tolist(), s.missing.tolist()) == ([2], [0], [1, 3], [4])


def test_changed_customers_name_the_columns_that_changed(merged):
    assert list(merged.summary.changed_columns) == ["Email"]
    assert merged.summary.columns_changed_at(0) == ["Email"]
    assert merged.summary.columns_changed_at(1) == []


def test_new_values_win_for_matched_customers(merged):
    assert column(merged, "Email")[0] == "eero.j@example.fi"


def test_missing_flag_is_true_only_for_customers_missing_from_the_new_file(merged):
    assert column(merged, MISSING_FLAG) == [False, False, False, False, True]
    assert merged.dataset.customers.kinds[MISSING_FLAG] == "boolean"


def test_missing_flag_is_a_custom_field_segments_can_test(merged):
    field = find_field(merged.dataset, "column:" + MISSING_FLAG)
    assert (field.family, field.kind) == ("other", "boolean")


def test_missing_flag_is_present_even_when_no_one_is_missing():
    result = merge_import(build_dataset(OLD, ROLES), build_dataset(OLD, ROLES))
    assert column(result, MISSING_FLAG) == [False] * 4


def test_same_file_again_is_all_unchanged():
    result = merge_import(build_dataset(OLD, ROLES), build_dataset(OLD, ROLES))
    assert result.summary.counts() == {"new": 0, "changed": 0, "unchanged": 4, "missing": 0}


def test_a_customer_back_in_the_file_loses_the_flag_and_the_flag_is_not_duplicated(merged):
    again = merge_import(merged.dataset, build_dataset(OLD, ROLES))
    frame = again.dataset.customers.frame
    assert list(frame.columns).count(MISSING_FLAG) == 1
    assert dict(zip(frame["Nro"], frame[MISSING_FLAG])) == {"1": False, "2": False, "3": False, "4": False,
                                                             "5": True}


def test_matches_by_email_without_customer_numbers():
    roles = {"email": "Email", "first_name": "Nimi"}
    old = build_dataset(OLD.drop(columns="Nro"), roles)
    new = build_dataset(table([("AINO@example.fi ", "Aino K."), ("uusi@example.fi", "Uusi")], ("Email", "Nimi")),
                        roles)
    result = merge_import(old, new)
    assert result.summary.matched_by == "email"
    assert result.summary.counts() == {"new": 1, "changed": 1, "unchanged": 0, "missing": 3}
    assert result.summary.changed_columns.keys() == {"Email", "Nimi"}     # the email's case and space changed


def test_matches_by_email_when_only_one_side_has_customer_numbers():
    old = build_dataset(OLD, ROLES)
    new = build_dataset(NEW.drop(columns="Nro"), {"email": "Email", "first_name": "Nimi"})
    result = merge_import(old, new)
    assert result.summary.matched_by == "email"
    assert result.summary.counts() == {"new": 2, "changed": 0, "unchanged": 2, "missing": 2}


def test_without_a_shared_key_column_the_merge_refuses():
    old = build_dataset(OLD[["Nimi"]], {"first_name": "Nimi"})
    with pytest.raises(NoMatchKeyError) as caught:
        merge_import(old, build_dataset(OLD[["Nimi"]], {"first_name": "Nimi"}))
    assert isinstance(caught.value, SegmentDeskError)


def test_numbers_without_dot_zero_match_text_numbers():
    old = build_dataset(pd.DataFrame({"Nro": [1001.0, 1002.0], "Nimi": ["A", "B"]}), {"customer_id": "Nro"})
    new = build_dataset(table([("1001", "A"), ("1002", "B")], ("Nro", "Nimi")), {"customer_id": "Nro"})
    assert merge_import(old, new).summary.counts()["unchanged"] == 2


def test_duplicate_keys_pair_up_in_file_order_and_surplus_counts_as_new():
    old = build_dataset(table([("1", "a@x.fi", "A"), ("1", "b@x.fi", "B")]), ROLES)
    new = build_dataset(table([("1", "a@x.fi", "A"), ("1", "b@x.fi", "B"), ("1", "c@x.fi", "C")]), ROLES)
    result = merge_import(old, new)
    assert result.summary.counts() == {"new": 1, "changed": 0, "unchanged": 2, "missing": 0}
    assert result.summary.new.tolist() == [2]


def test_empty_keys_never_match():
    old = build_dataset(table([(None, "a@x.fi", "A")]), ROLES)
    new = build_dataset(table([(None, "a@x.fi", "A")]), ROLES)
    assert merge_import(old, new).summary.counts() == {"new": 1, "changed": 0, "unchanged": 0, "missing": 1}


def test_columns_only_in_the_new_file_are_added_empty_for_kept_customers():
    new = build_dataset(NEW.assign(Kaupunki=["Tampere", "Helsinki", "Oulu", "Turku"]), ROLES)
    result = merge_import(build_dataset(OLD, ROLES), new)
    assert result.summary.added_columns == ["Kaupunki"]
    assert column(result, "Kaupunki") == ["Tampere", "Helsinki", "Oulu", "Turku", None]


def test_columns_only_in_the_old_data_are_kept_with_old_values_for_matched_customers():
    old = build_dataset(OLD.assign(Pisteet=["10", "20", "30", "40"]), ROLES)
    result = merge_import(old, build_dataset(NEW, ROLES))
    assert result.summary.kept_columns == ["Pisteet"]
    values = column(result, "Pisteet")
    assert values[:2] + values[3:] == [20.0, 10.0, 30.0, 40.0] and np.isnan(values[2])


def test_a_kept_column_keeps_its_role_when_the_new_file_has_none_for_it():
    old = build_dataset(OLD.assign(Puh=["040 1", "040 2", "040 3", "040 4"]), {**ROLES, "phone": "Puh"})
    result = merge_import(old, build_dataset(NEW, ROLES))
    assert result.dataset.customers.roles["phone"] == "Puh"


def test_renamed_header_with_the_same_role_pairs_with_the_old_column():
    new_frame = NEW.rename(columns={"Email": "Sähköposti"})
    result = merge_import(build_dataset(OLD, ROLES), build_dataset(new_frame, {**ROLES, "email": "Sähköposti"}))
    customers = result.dataset.customers
    assert "Email" not in customers.frame.columns
    assert customers.roles["email"] == "Sähköposti"
    assert customers.frame["Sähköposti"].tolist()[-1] == "ville@example.fi"     # the kept customer's email
    assert result.summary.renamed_columns == {"Email": "Sähköposti"}
    assert result.summary.counts()["changed"] == 1


def test_an_old_column_whose_header_the_new_file_took_is_kept_under_a_numbered_name():
    old = build_dataset(OLD.assign(Info=["x", "y", "z", "w"]), {**ROLES, "email": "Email"})
    new_frame = NEW.rename(columns={"Email": "Info"})
    result = merge_import(old, build_dataset(new_frame, {**ROLES, "email": "Info"}))
    assert result.summary.kept_columns == ["Info (2)"]
    assert column(result, "Info (2)") == ["y", "x", None, "z", "w"]


def test_a_column_whose_type_changed_is_read_in_the_new_type():
    old = build_dataset(OLD.assign(Pisteet=["10", "20", "30", "40"]), ROLES)      # typed as numbers
    new = build_dataset(NEW.assign(Pisteet=["10", "paljon", "x", "30"]), ROLES)   # now text
    result = merge_import(old, new)
    assert result.dataset.customers.kinds["Pisteet"] == "text"
    assert column(result, "Pisteet")[-1] == "40"
    assert result.summary.changed_columns["Pisteet"].tolist() == [0, 1]


def spend(result) -> dict[str, tuple[float, float]]:
    ds = result.dataset
    ids = ds.customers.frame["Nro"].tolist()
    return dict(zip(ids, zip(ds.metrics["order_count"].tolist(), ds.metrics["total_spend"].tolist())))


def test_old_orders_are_kept_and_relinked_without_a_new_order_file():
    old = build_dataset(OLD, ROLES, orders([("T1", "1", "10"), ("T2", "4", "5"), ("T3", "4", "7")]), ORDER_ROLES)
    result = merge_import(old, build_dataset(NEW, ROLES))
    assert result.dataset.orders is old.orders
    assert spend(result) == {"2": (0, 0), "1": (1, 10), "5": (0, 0), "3": (0, 0), "4": (2, 12)}


def test_a_new_order_file_replaces_the_old_orders():
    old = build_dataset(OLD, ROLES, orders([("T1", "1", "10"), ("T2", "4", "5")]), ORDER_ROLES)
    new = build_dataset(NEW, ROLES, orders([("T1", "1", "10"), ("T9", "5", "20"), ("T10", "4", "3")]), ORDER_ROLES)
    result = merge_import(old, new)
    assert result.dataset.orders is new.orders
    assert spend(result) == {"2": (0, 0), "1": (1, 10), "5": (1, 20), "3": (0, 0), "4": (1, 3)}


def test_progress_is_reported_to_the_end():
    from segmentdesk.core.tasks import Progress

    seen: list[float] = []
    merge_import(build_dataset(OLD, ROLES), build_dataset(NEW, ROLES), progress=Progress(lambda f, _: seen.append(f)))
    assert seen[0] == 0.0 and seen[-1] == 1.0
