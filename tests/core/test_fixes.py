"""The import wizard's data-quality fixes: what each changes, the merge rule, and previews that tell the truth."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import Cancelled
from segmentdesk.core.importing.fixes import FIXES, apply_fixes, preview_fixes
from segmentdesk.core.io.rawtable import RawTable
from segmentdesk.core.importing.quality import quality_report
from segmentdesk.core.tasks import Progress

ROLES = {"customer_id": "Nro", "email": "Email", "first_name": "Etunimi", "last_name": "Sukunimi",
         "phone": "Puhelin", "consent_email": "Lupa"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "amount": "Summa"}
COLUMNS = ["Nro", "Email", "Etunimi", "Sukunimi", "Puhelin", "Lupa", "Kaupunki"]


def person(nro: object, email: object = None, first: object = None, last: object = None, phone: object = None,
           consent: object = None, city: object = None) -> list[object]:
    return [nro, email, first, last, phone, consent, city]


def customers(*rows: list[object]) -> pd.DataFrame:
    """A customer table as the reader delivers it: object cells, None where empty."""
    return pd.DataFrame(list(rows), columns=COLUMNS, dtype=object)


def orders(*rows: tuple[object, object, object]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=["Tilaus", "Asiakas", "Summa"], dtype=object)


def fix(frame: pd.DataFrame, *chosen: str, order_frame: pd.DataFrame | None = None):
    return apply_fixes(frame, ROLES, order_frame, ORDER_ROLES if order_frame is not None else None, set(chosen))


# -- trim spaces ----------------------------------------------------------------------------------
def test_trim_removes_spaces_around_text_including_no_break_spaces():
    result = fix(customers(person("1", " aino@example.fi\u00a0", city="\tHelsinki ")), "trim_spaces")
    assert result.customers.loc[0, "Email"] == "aino@example.fi"
    assert result.customers.loc[0, "Kaupunki"] == "Helsinki"
    assert result.counts == {"trim_spaces": 2}


def test_trim_turns_cells_of_only_spaces_into_none():
    result = fix(customers(person("1", "   ", city="")), "trim_spaces")
    assert result.customers.loc[0, "Email"] is None and result.customers.loc[0, "Kaupunki"] is None


def test_trim_collapses_inner_spaces_in_names_but_not_in_other_columns():
    result = fix(customers(person("1", first="Anna  Maria", last="Virtanen\u00a0 Koski", city="Etelä  Suomi")),
                 "trim_spaces")
    row = result.customers.loc[0]
    assert (row["Etunimi"], row["Sukunimi"], row["Kaupunki"]) == ("Anna Maria", "Virtanen Koski", "Etelä  Suomi")


def test_trim_leaves_spreadsheet_numbers_and_dates_alone():
    signed = dt.datetime(2024, 5, 1)
    frame = customers(person(1001.0, " a@example.fi", city=signed))
    result = fix(frame, "trim_spaces")
    assert result.customers.loc[0, "Nro"] == 1001.0 and result.customers.loc[0, "Kaupunki"] == signed
    assert result.counts == {"trim_spaces": 1}


# -- lower-case emails --------------------------------------------------------------------------------
def test_lowercase_changes_only_the_email_column():
    result = fix(customers(person("AB1", "Aino.Aalto@Example.FI", first="Aino")), "lowercase_emails")
    row = result.customers.loc[0]
    assert (row["Nro"], row["Email"], row["Etunimi"]) == ("AB1", "aino.aalto@example.fi", "Aino")


# -- merging duplicates ----------------------------------------------------------------------------------
def test_merge_keeps_first_customer_number_and_latest_phone():
    result = fix(customers(person("1", "aino@example.fi", phone="040 111 1111"),
                           person("2", "other@example.fi"),
                           person("3", "AINO@example.fi ", phone="050 222 2222")), "merge_duplicates")
    assert result.customers["Nro"].tolist() == ["1", "2"]
    assert result.customers.loc[0, "Puhelin"] == "050 222 2222"
    assert result.customer_rows.tolist() == [0, 1]


def test_merge_never_lets_an_empty_cell_overwrite_a_filled_one():
    result = fix(customers(person("1", "aino@example.fi", city="Turku"),
                           person("2", "aino@example.fi", city=None),
                           person("3", "aino@example.fi", city="  ")), "merge_duplicates")
    assert result.customers.loc[0, "Kaupunki"] == "Turku"


def test_merge_takes_the_first_customer_number_present_when_the_first_row_has_none():
    result = fix(customers(person(None, "aino@example.fi"), person("7", "aino@example.fi"),
                           person("8", "aino@example.fi")), "merge_duplicates")
    assert result.customers["Nro"].tolist() == ["7"]


def test_merge_withdrawn_consent_wins():
    result = fix(customers(person("1", "aino@example.fi", consent="kyllä"),
                           person("2", "aino@example.fi", consent="Ei"),
                           person("3", "aino@example.fi", consent="kyllä")), "merge_duplicates")
    assert result.customers.loc[0, "Lupa"] == "Ei"


def test_merge_gives_consent_when_no_row_withdraws_it():
    result = fix(customers(person("1", "aino@example.fi", consent=None),
                           person("2", "aino@example.fi", consent="kyllä")), "merge_duplicates")
    assert result.customers.loc[0, "Lupa"] == "kyllä"


def test_merge_matches_name_and_phone_written_differently():
    result = fix(customers(person("1", "a@example.fi", "Aino", "Aalto", "+358 40 123 4567"),
                           person("2", "b@example.fi", "aino", "AALTO ", "040-1234567")), "merge_duplicates")
    assert result.customers["Nro"].tolist() == ["1"] and result.customers.loc[0, "Email"] == "b@example.fi"


def test_merge_is_transitive_across_email_and_name_phone():
    frame = customers(person("1", "aino@example.fi", "Aino", "Aalto", "040 1"),
                      person("2", "eero@example.fi", "Eero", "Ek", "040 2"),
                      person("3", "aino@example.fi", "Aino", "Aalto", "040 3"),
                      person("4", "aalto@example.fi", "Aino", "Aalto", "040 3"))
    result = fix(frame, "merge_duplicates")
    assert result.customers["Nro"].tolist() == ["1", "2"]
    assert result.done["merge_duplicates"].groups[0].rows == (0, 2, 3)
    assert result.customers.loc[0, "Email"] == "aalto@example.fi"


def test_merge_groups_are_the_rows_the_quality_report_calls_duplicates():
    frame = customers(person("1", "Aino@Example.fi", "Aino", "Aalto", "040 1"),
                      person("2", "aino@example.fi ", "Ella", "Ek", "040 2"),
                      person("3", "c@example.fi", "Eero", "Ek", "+358 40 555 5555"),
                      person("4", "d@example.fi", "eero", "ek", "0405555555"),
                      person("5", "e@example.fi", "Eero", "Ek", "040 999"))
    issues = {i.code: set(i.rows) for i in quality_report(build_dataset(frame, ROLES), as_of=dt.date(2026, 1, 1))}
    merged = preview_fixes(frame, ROLES, chosen={"merge_duplicates"})["merge_duplicates"]
    assert {r for g in merged.groups for r in g.rows} == issues["duplicate_email"] | issues["duplicate_name_phone"]


def test_merged_customers_orders_follow_the_kept_customer():
    frame = customers(person("1", "aino@example.fi"), person("2", "eero@example.fi"),
                      person("3", "aino@example.fi"))
    order_frame = orders(("o1", "1", "10"), ("o2", "3", "25"), ("o3", "2", "5"))
    result = fix(frame, "merge_duplicates", order_frame=order_frame)
    ds = build_dataset(result.customers, ROLES, result.orders, ORDER_ROLES)
    assert ds.metrics["order_count"].tolist() == [2, 1]
    assert ds.metrics["total_spend"].tolist() == [35, 5]
    assert result.orders["Asiakas"].tolist() == ["1", "1", "2"]
    assert result.done["merge_duplicates"].orders_repointed == 1


def test_orders_linked_by_email_follow_the_merged_customers_newest_email():
    frame = customers(person("1", "old@example.fi", "Aino", "Aalto", "040 1"),
                      person("2", "new@example.fi", "Aino", "Aalto", "040 1"))
    order_frame = orders(("o1", "OLD@example.fi", "10"), ("o2", "new@example.fi", "20"))
    result = fix(frame, "merge_duplicates", order_frame=order_frame)
    assert result.orders["Asiakas"].tolist() == ["new@example.fi", "new@example.fi"]
    ds = build_dataset(result.customers, ROLES, result.orders, ORDER_ROLES)
    assert ds.metrics["total_spend"].tolist() == [30]


def test_orders_of_a_customer_number_an_earlier_unmerged_row_holds_stay_with_that_row():
    frame = customers(person("9", "eero@example.fi"), person("1", "aino@example.fi"),
                      person("9", "aino@example.fi"))
    result = fix(frame, "merge_duplicates", order_frame=orders(("o1", "9", "10")))
    assert result.orders["Asiakas"].tolist() == ["9"]
    assert result.done["merge_duplicates"].orders_repointed == 0


def test_spreadsheet_customer_numbers_match_text_references_when_repointing():
    frame = customers(person(1001.0, "aino@example.fi"), person(1002.0, "aino@example.fi"))
    result = fix(frame, "merge_duplicates", order_frame=orders(("o1", "1002", "10")))
    ds = build_dataset(result.customers, ROLES, result.orders, ORDER_ROLES)
    assert ds.metrics["total_spend"].tolist() == [10]


# -- orphan orders ----------------------------------------------------------------------------------
def test_orphan_orders_are_dropped_when_chosen():
    order_frame = orders(("o1", "1", "10"), ("o2", "404", "20"), ("o3", None, "30"))
    result = fix(customers(person("1", "aino@example.fi")), "drop_orphan_orders", order_frame=order_frame)
    assert result.orders["Tilaus"].tolist() == ["o1"]
    assert result.order_rows.tolist() == [0]
    assert [c.row for c in result.done["drop_orphan_orders"].examples] == [1, 2]


def test_orphan_orders_are_kept_unless_chosen():
    order_frame = orders(("o1", "1", "10"), ("o2", "404", "20"))
    result = fix(customers(person("1", "aino@example.fi")), "trim_spaces", order_frame=order_frame)
    assert len(result.orders) == 2


def test_orders_match_by_email_when_email_matches_more():
    order_frame = orders(("o1", "Aino@Example.fi ", "10"), ("o2", "aino@example.fi", "20"), ("o3", "1", "5"))
    result = fix(customers(person("1", "aino@example.fi")), "drop_orphan_orders", order_frame=order_frame)
    assert result.orders["Tilaus"].tolist() == ["o1", "o2"]


def test_dropping_orphans_is_not_offered_when_no_order_matches_any_customer():
    previews = preview_fixes(customers(person("1", "aino@example.fi")), ROLES,
                             orders(("o1", "x", "10"), ("o2", "y", "20")), ORDER_ROLES)
    assert "drop_orphan_orders" not in previews


# -- previews and results -----------------------------------------------------------------------------
def messy() -> tuple[pd.DataFrame, pd.DataFrame]:
    frame = customers(person("1", " Aino@Example.fi", "Aino ", "Aalto", "040 1", "kyllä", "Turku"),
                      person("2", "eero@example.fi", "Eero", "Ek", "040 2", "ei", None),
                      person("3", "aino@example.fi", "Aino", "Aalto", "040 3", "ei", "Espoo "),
                      person("4", "x@example.fi", "Aino", "Aalto", "040 3", None, None))
    order_frame = orders(("o1", "3", "10"), ("o2", "4", "20"), ("o3", "77", "5"), ("o4", "2", "1"))
    return frame, order_frame


def test_preview_counts_match_applied_counts():
    frame, order_frame = messy()
    previews = preview_fixes(frame, ROLES, order_frame, ORDER_ROLES)
    result = apply_fixes(frame, ROLES, order_frame, ORDER_ROLES, set(FIXES))
    assert {k: v.count for k, v in previews.items()} == result.counts == {
        "trim_spaces": 3, "lowercase_emails": 1, "merge_duplicates": 2, "drop_orphan_orders": 1}
    assert previews["merge_duplicates"].orders_repointed == result.done["merge_duplicates"].orders_repointed == 2


def test_fixes_do_not_mutate_inputs():
    frame, order_frame = messy()
    frame_before, orders_before = frame.copy(deep=True), order_frame.copy(deep=True)
    preview_fixes(frame, ROLES, order_frame, ORDER_ROLES)
    apply_fixes(frame, ROLES, order_frame, ORDER_ROLES, set(FIXES))
    pd.testing.assert_frame_equal(frame, frame_before)
    pd.testing.assert_frame_equal(order_frame, orders_before)


def test_fixes_that_change_nothing_are_absent_from_the_preview():
    frame = customers(person("1", "aino@example.fi", "Aino", "Aalto", "040 1"),
                      person("2", "eero@example.fi", "Eero", "Ek", "040 2"))
    assert preview_fixes(frame, ROLES, orders(("o1", "1", "10")), ORDER_ROLES) == {}


def test_preview_shows_a_limited_number_of_examples_in_row_order():
    frame = customers(*(person(str(i), f" p{i}@example.fi") for i in range(50)))
    preview = preview_fixes(frame, ROLES, examples=5)["trim_spaces"]
    assert preview.count == 50 and [c.row for c in preview.examples] == [0, 1, 2, 3, 4]
    assert (preview.examples[0].before, preview.examples[0].after) == (" p0@example.fi", "p0@example.fi")


def test_merge_preview_shows_the_resulting_row():
    frame, order_frame = messy()
    group = preview_fixes(frame, ROLES, order_frame, ORDER_ROLES)["merge_duplicates"].groups[0]
    assert group.rows == (0, 2, 3)
    assert group.merged == {"Nro": "1", "Email": "x@example.fi", "Etunimi": "Aino", "Sukunimi": "Aalto",
                            "Puhelin": "040 3", "Lupa": "ei", "Kaupunki": "Espoo"}


def test_fixed_frames_hold_objects_with_none_for_empty_cells():
    frame, order_frame = messy()
    result = apply_fixes(frame, ROLES, order_frame, ORDER_ROLES, set(FIXES))
    assert all(dtype == object for dtype in result.customers.dtypes)
    assert result.customers.index.equals(pd.RangeIndex(len(result.customers)))
    assert result.customers.loc[1, "Kaupunki"] is None


def test_frames_with_pandas_string_columns_are_fixed_too():
    frame = pd.DataFrame({"Nro": ["1", "2"], "Email": [" Aino@example.fi", "aino@example.fi"]})
    result = apply_fixes(frame, {"customer_id": "Nro", "email": "Email"}, None, None, set(FIXES))
    assert result.customers["Email"].tolist() == ["aino@example.fi"]


def test_an_unknown_fix_is_refused():
    with pytest.raises(ValueError):
        fix(customers(person("1")), "fix_everything")


def test_cancelling_stops_the_fixes():
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        apply_fixes(customers(person("1")), ROLES, None, None, set(FIXES), progress=progress)


def test_a_phone_of_only_spaces_is_no_phone_for_matching():
    result = fix(customers(person("1", "a@example.fi", "Aino", "Aalto", "  "),
                           person("2", "b@example.fi", "Aino", "Aalto", "  ")), "merge_duplicates")
    assert len(result.customers) == 2
    assert np.array_equal(result.customer_rows, [0, 1])


def test_raw_tables_are_taken_as_read(tmp_path):
    raw = RawTable(customers(person("1", " aino@example.fi")), source=tmp_path / "asiakkaat.csv", file_kind="csv")
    assert preview_fixes(raw, ROLES)["trim_spaces"].count == 1


def test_merge_does_not_join_namesakes_whose_phones_have_no_digits():
    frame = pd.DataFrame({"Etunimi": ["Aino", "Aino"], "Sukunimi": ["Mäki", "Mäki"], "Puhelin": ["-", "ei ole"]},
                         dtype=object)
    roles = {"first_name": "Etunimi", "last_name": "Sukunimi", "phone": "Puhelin"}
    assert "merge_duplicates" not in preview_fixes(frame, roles)
