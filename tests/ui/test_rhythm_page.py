"""The buying-rhythm page on the sample shop: its figures are core's churn summary, the overdue list
comes most overdue first without personal data, and a band becomes a segment of exactly its customers."""
from __future__ import annotations

from segmentdesk.core.data.churn_summary import churn_summary
from segmentdesk.core.data.fields import field_values, find_field


def _rhythm(window, qtbot):
    window.files.open_sample()
    page = window.analysis.show_page("rhythm")
    qtbot.waitUntil(lambda: not page.busy and page.bands_table.rowCount() == 3, timeout=10000)
    return page


def test_without_orders_the_page_says_what_it_needs(window):
    page = window.analysis.show_page("rhythm")
    assert page.empty_label.isVisible() and not page.content.isVisible()


def test_the_bands_show_cores_counts_and_the_rule_in_words(window, qtbot):
    page = _rhythm(window, qtbot)
    summary = churn_summary(window.session.dataset, as_of=window.session.as_of)
    shown = [page.bands_table.item(row, 1).text().replace("\u00a0", "").replace(",", "")
             for row in range(3)]
    assert shown == [str(b.count) for b in summary.bands]
    assert "1.5 times" in page.rule_label.text()
    assert f"{summary.repeat_customers:,}" in page.summary_label.text()


def test_the_overdue_list_starts_with_the_most_overdue_and_shows_no_names(window, qtbot):
    page = _rhythm(window, qtbot)
    ds = window.session.dataset
    days = [int(page.overdue_table.item(row, 1).text().replace(",", "")) for row in range(page.overdue_table.rowCount())]
    assert days and days == sorted(days, reverse=True)
    first_names = set(ds.customers.role_column("first_name").dropna().astype(str))
    listed = {page.overdue_table.item(row, column).text()
              for row in range(page.overdue_table.rowCount()) for column in range(page.overdue_table.columnCount())}
    assert not listed & first_names
    positions = churn_summary(ds, as_of=window.session.as_of).overdue
    assert page.overdue_table.item(0, 0).text() == str(ds.customers.role_column("customer_id").iloc[positions[0]])


def test_the_overdue_list_says_when_each_customers_next_order_was_expected(window, qtbot):
    page = _rhythm(window, qtbot)
    ds = window.session.dataset
    first = churn_summary(ds, as_of=window.session.as_of).overdue[0]
    expected = field_values(ds, find_field(ds, "expected_next_order"), window.session.as_of).iloc[first]
    table = page.overdue_table
    assert table.horizontalHeaderItem(4).text() == "Expected next order"
    assert table.item(0, 4).text() == expected.date().isoformat()


def test_a_band_becomes_a_segment_of_its_customers(window, qtbot):
    page = _rhythm(window, qtbot)
    page.bands_table.selectRow(2)                         # high
    before = len(window.session.segments)
    page.segment_button.click()
    assert len(window.session.segments) == before + 1
    segment = window.session.segments[-1]
    assert segment.name == "Churn risk: high"
    bands = field_values(window.session.dataset, find_field(window.session.dataset, "churn_risk"), window.session.as_of)
    assert int(window.session.mask(segment).sum()) == int((bands == "high").sum())


def test_a_new_count_date_measures_the_rhythm_again(window, qtbot):
    import datetime as dt

    page = _rhythm(window, qtbot)
    high_now = page.bands_table.item(2, 1).text()
    later = window.session.as_of + dt.timedelta(days=365)
    window.session.set_as_of(later)
    expected = churn_summary(window.session.dataset, as_of=later).bands[2].count
    qtbot.waitUntil(lambda: page.bands_table.item(2, 1).text().replace(",", "") == str(expected), timeout=10000)
    assert page.bands_table.item(2, 1).text() != high_now


def test_in_demo_mode_a_customer_number_that_is_an_email_shows_as_its_pseudonym(window, qtbot):
    """A shop without customer numbers keys its customers by email: the overdue list would name
    them on the meeting-room screen."""
    import datetime as dt

    import pandas as pd

    from segmentdesk.core.data.dataset import build_dataset

    emails = [f"asiakas.{n}@esimerkki.fi" for n in range(12)]
    customers = pd.DataFrame({"Sähköposti": emails})
    days = pd.date_range("2025-01-01", periods=6, freq="30D")
    orders = pd.DataFrame([(f"{i}-{j}", email, day, 50.0)
                           for i, email in enumerate(emails) for j, day in enumerate(days[: 2 + i % 4])],
                          columns=["Tilaus", "Asiakas", "Päivä", "Summa"])
    ds = build_dataset(customers, {"customer_id": "Sähköposti", "email": "Sähköposti"}, orders,
                       {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Päivä", "amount": "Summa"})
    window.session.set_dataset(ds, sources={"customers": "asiakkaat.csv"}, at=dt.datetime(2026, 12, 6))
    page = window.analysis.show_page("rhythm")

    def listed():
        return {page.overdue_table.item(row, 0).text() for row in range(page.overdue_table.rowCount())}

    qtbot.waitUntil(lambda: not page.busy and page.overdue_table.rowCount() > 0, timeout=10000)
    assert listed() & set(emails)
    window.menus.demo_action.trigger()
    qtbot.waitUntil(lambda: not page.busy and not listed() & set(emails), timeout=10000)
    assert page.overdue_table.rowCount() > 0
    assert all(text.endswith("@example.invalid") for text in listed())


def test_the_overdue_line_says_how_many_of_the_overdue_are_shown_in_both_languages(window, qtbot):
    # "200/674 asiakasta on myöhässä" said only 200 were overdue; 200 is how many the list shows.
    from segmentdesk.core.formats import format_whole
    from segmentdesk.ui import i18n

    page = _rhythm(window, qtbot)
    shown, overdue = page.overdue_table.rowCount(), len(page.summary.overdue)
    assert shown < overdue
    assert page.overdue_label.text() == (f"Showing {shown:,} of the {overdue:,} customers overdue by their own "
                                         "rhythm, the most overdue first.")
    assert "have bought on one day only" in page.summary_label.text()
    i18n.install("fi")
    try:
        page._computed_for = None
        page.refresh()
        qtbot.waitUntil(lambda: not page.busy and "Näytetään" in page.overdue_label.text(), timeout=10000)
        assert page.overdue_label.text() == (
            f"Näytetään {format_whole(shown, 'fi')} / {format_whole(overdue, 'fi')} omasta rytmistään myöhässä "
            "olevasta asiakkaasta, eniten myöhässä olevat ensin.")
        assert "on ostanut vain yhtenä päivänä" in page.summary_label.text()
        assert "Nämä lasketaan vain asiakkaille, jotka" in page.rule_label.text()
    finally:
        i18n.install("en")


def test_under_the_bands_the_page_says_what_the_rest_of_the_revenue_is(window, qtbot):
    page = _rhythm(window, qtbot)
    shares = sum(b.revenue_share for b in page.summary.bands)
    assert shares < 0.99
    assert page.unbanded_label.isVisible()
    assert page.unbanded_label.text() == (f"The other {1 - shares:.1%} of revenue is from customers without a band: "
                                          "those who bought on one day only have no rhythm yet.")
