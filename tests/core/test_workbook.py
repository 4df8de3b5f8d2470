"""The exported workbook: Summary first, one sheet per segment, consent, and text that stays text."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from segmentdesk.core.data.audience import WITHOUT_CONSENT
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import ExportError, RuleError
from segmentdesk.core.export.preview import preview_table
from segmentdesk.core.export.workbook import SUMMARY_HEADERS, sheet_names, write_workbook
from segmentdesk.core.segments.model import Segment, node_from_json

AS_OF = dt.date(2025, 7, 1)
ROLES = {"customer_id": "Nro", "email": "Sähköposti", "first_name": "Etunimi", "last_name": "Sukunimi",
         "phone": "Puhelin", "consent_email": "Lupa", "birth_date": "Syntymäaika"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "amount": "Summa", "order_date": "Pvm"}


@pytest.fixture
def shop():
    customers = pd.DataFrame({
        "Nro": ["1", "2", "3", "4"],
        "Etunimi": ["Aino", "=HYPERLINK(\"x\")", "+1", "Sanna"],
        "Sukunimi": ["Mäkelä", "-2", "@x", "Öhman"],
        "Sähköposti": ["aino@example.fi", "eero@example.fi", "pekka@example.fi", "sanna@example.fi"],
        "Puhelin": ["+358 40 123 4567", "040 765 4321", None, "050 111 2222"],
        "Lupa": ["kyllä", "kyllä", "kyllä", None],       # Sanna never answered
        "Syntymäaika": ["3.7.1985", "15.11.1990", None, "29.2.1988"],
        "Asiakasryhmä": ["VIP", "perus", "=1+1", "VIP"],
    }, dtype=object)
    orders = pd.DataFrame({"Tilaus": ["T1", "T2", "T3"], "Asiakas": ["1", "2", "4"],
                           "Summa": ["60,00", "30,00", "10,00"], "Pvm": ["1.6.2025", "2.6.2025", "3.6.2025"]},
                          dtype=object)
    return build_dataset(customers, ROLES, orders, ORDER_ROLES)


def segment(name: str, rule: dict | None = None) -> Segment:
    return Segment(name, node_from_json(rule or {"all": []}))


def export(tmp_path, ds, segments, **options):
    """The workbook as scripts read it (``headings="keys"``) unless the test asks for labels."""
    path = tmp_path / "out.xlsx"
    options.setdefault("headings", "keys")
    report = write_workbook(path, ds, segments, as_of=AS_OF, **options)
    return report, load_workbook(path)


def sheet_rows(ws) -> list[list[object]]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


# -- layout ---------------------------------------------------------------------------------------
def test_summary_is_the_first_sheet_then_one_sheet_per_segment(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki"), segment("VIP", {"all": [
        {"field": "column:Asiakasryhmä", "op": "eq", "value": "VIP"}]})])
    assert book.sheetnames == ["Summary", "Kaikki", "VIP"]


def test_summary_has_one_row_per_segment_under_its_headers(tmp_path, shop):
    vip = segment("VIP", {"all": [{"field": "column:Asiakasryhmä", "op": "eq", "value": "VIP"}]})
    _, book = export(tmp_path, shop, [segment("Kaikki"), vip])
    rows = sheet_rows(book["Summary"])
    assert tuple(rows[0]) == SUMMARY_HEADERS
    # The contract's columns in its order, the reasons for leaving members out appended.
    assert SUMMARY_HEADERS == ("name", "rule", "count", "exported rows", "reachable", "revenue share",
                               "left out: do not contact", "left out: opted out", "left out: no consent",
                               "left out: invalid email", "left out: duplicate", "written without consent")
    assert len(rows) == 3
    assert rows[1][:5] == ["Kaikki", "All customers", 4, 3, 3]
    assert rows[1][5] == pytest.approx(1.0)
    assert rows[2][:5] == ["VIP", "Asiakasryhmä is VIP", 2, 1, 1]
    assert rows[2][5] == pytest.approx(0.7)
    assert rows[1][6] == rows[2][6] == 0
    assert rows[1][6:] == [0, 0, 1, 0, 0, 0]       # Sanna never answered


def test_summary_rule_can_be_written_in_finnish(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")], lang="fi")
    assert book["Summary"]["B2"].value == "Kaikki asiakkaat"


def test_segment_sheet_has_the_header_in_row_one_and_email_first(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")])
    rows = sheet_rows(book["Kaikki"])
    assert rows[0] == ["email", "first_name", "last_name", "phone"]


def test_email_comes_first_even_when_asked_for_last(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")], columns=["first_name", "email"])
    assert sheet_rows(book["Kaikki"])[0] == ["email", "first_name"]


def test_segment_sheet_has_one_row_per_exported_customer_in_customer_order(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")])
    emails = [r[0] for r in sheet_rows(book["Kaikki"])[1:]]
    assert emails == ["aino@example.fi", "eero@example.fi", "pekka@example.fi"]


def test_segment_with_no_members_gets_a_header_only_sheet(tmp_path, shop):
    nobody = segment("Nobody", {"any": []})
    report, book = export(tmp_path, shop, [nobody])
    assert sheet_rows(book["Nobody"]) == [["email", "first_name", "last_name", "phone"]]
    assert report.rows == 0


# -- sheet names ---------------------------------------------------------------------------------------
def test_sheet_names_are_cut_to_31_characters():
    assert sheet_names(["Asiakkaat jotka ostivat joogamattoja keväällä"]) == ["Asiakkaat jotka ostivat joogama"]


def test_sheet_names_replace_characters_excel_forbids():
    assert sheet_names(["a/b\\c?d*e[f]g:h"]) == ["a_b_c_d_e_f_g_h"]


def test_sheet_names_are_unique_without_case():
    names = sheet_names(["Regulars", "REGULARS", "regulars"])
    assert names == ["Regulars", "REGULARS (2)", "regulars (3)"]


def test_sheet_names_stay_unique_after_cutting():
    long = "x" * 40
    names = sheet_names([long, long + "y"])
    assert len(set(n.casefold() for n in names)) == 2
    assert all(len(n) <= 31 for n in names)


def test_segment_called_summary_does_not_take_the_summary_sheet():
    assert sheet_names(["Summary"]) == ["Summary (2)"]


def test_workbook_uses_the_made_safe_names(tmp_path, shop):
    report, book = export(tmp_path, shop, [segment("Kevät/kesä 2025: joogan ystävät ja kahvin"),
                                          segment("kevät/kesä 2025: joogan ystävät ja kahvin")])
    assert book.sheetnames[1:] == [s.sheet for s in report.segments]
    assert len(set(n.casefold() for n in book.sheetnames)) == 3
    assert all(len(n) <= 31 and "/" not in n and ":" not in n for n in book.sheetnames)


# -- consent ------------------------------------------------------------------------------------------
def test_only_customers_with_consent_are_exported(tmp_path, shop):
    report, book = export(tmp_path, shop, [segment("Kaikki")])
    emails = [r[0] for r in sheet_rows(book["Kaikki"])[1:]]
    assert "sanna@example.fi" not in emails
    assert report.segments[0].without_consent == 1
    assert report.segments[0].exported == 3


def test_include_without_consent_exports_every_member(tmp_path, shop):
    report, book = export(tmp_path, shop, [segment("Kaikki")], include_without_consent=True)
    emails = [r[0] for r in sheet_rows(book["Kaikki"])[1:]]
    assert emails == ["aino@example.fi", "eero@example.fi", "pekka@example.fi", "sanna@example.fi"]
    assert report.include_without_consent is True
    assert report.segments[0].without_consent == 0


# -- text stays text ------------------------------------------------------------------------------------
@pytest.mark.parametrize("column, row, text", [
    ("B", 3, "=HYPERLINK(\"x\")"),
    ("C", 3, "-2"),
    ("B", 4, "+1"),
    ("C", 4, "@x"),
    ("D", 2, "+358 40 123 4567"),
])
def test_formula_like_text_stays_a_string(tmp_path, shop, column, row, text):
    _, book = export(tmp_path, shop, [segment("Kaikki")])
    cell = book["Kaikki"][f"{column}{row}"]
    assert cell.value == text
    assert cell.data_type == "s"


def test_formula_like_custom_column_stays_a_string(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")], columns=["email", "column:Asiakasryhmä"])
    cell = book["Kaikki"]["B4"]
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_no_cell_of_the_workbook_is_a_formula(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")], include_without_consent=True,
                     columns=["email", "first_name", "last_name", "column:Asiakasryhmä"])
    assert all(c.data_type != "f" for ws in book.worksheets for row in ws.iter_rows() for c in row)


# -- columns -----------------------------------------------------------------------------------------------
def test_columns_take_derived_metrics(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")],
                     columns=["email", "total_spend", "order_count", "days_since_last_order", "age"])
    rows = sheet_rows(book["Kaikki"])
    assert rows[0] == ["email", "total_spend", "order_count", "days_since_last_order", "age"]
    assert rows[1] == ["aino@example.fi", 60, 1, 30, 39]
    assert rows[3] == ["pekka@example.fi", 0, 0, None, None]


def test_columns_take_a_custom_column_by_its_header(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")], columns=["email", "column:Asiakasryhmä"])
    rows = sheet_rows(book["Kaikki"])
    assert rows[0] == ["email", "Asiakasryhmä"]
    assert rows[1] == ["aino@example.fi", "VIP"]


def test_dates_are_written_as_dates(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")], columns=["email", "birth_date"])
    assert book["Kaikki"]["B2"].value == dt.datetime(1985, 7, 3)
    assert book["Kaikki"]["B2"].is_date


def test_unknown_export_column_raises_rule_error(tmp_path, shop):
    with pytest.raises(RuleError):
        export(tmp_path, shop, [segment("Kaikki")], columns=["email", "shoe_size"])


def test_no_email_role_and_no_columns_raises_export_error(tmp_path):
    ds = build_dataset(pd.DataFrame({"Etunimi": ["Aino"], "Lupa": ["kyllä"]}, dtype=object),
                       {"first_name": "Etunimi", "consent_email": "Lupa"})
    with pytest.raises(ExportError):
        export(tmp_path, ds, [segment("Kaikki")])
    assert not (tmp_path / "out.xlsx").exists()


def test_no_email_role_with_explicit_columns_exports(tmp_path):
    ds = build_dataset(pd.DataFrame({"Etunimi": ["Aino"], "Lupa": ["kyllä"]}, dtype=object),
                       {"first_name": "Etunimi", "consent_email": "Lupa"})
    _, book = export(tmp_path, ds, [segment("Kaikki")], columns=["first_name"])
    assert sheet_rows(book["Kaikki"]) == [["first_name"], ["Aino"]]


def test_no_segments_raises_export_error(tmp_path, shop):
    with pytest.raises(ExportError):
        export(tmp_path, shop, [])


# -- segment references and replacing files -------------------------------------------------------------
def test_exported_segment_may_refer_to_one_not_exported(tmp_path, shop):
    big = segment("Big", {"all": [{"field": "total_spend", "op": "ge", "value": 30}]})
    big_vip = segment("Big VIP", {"all": [{"field": "segment", "op": "in_segment", "value": "Big"},
                                          {"field": "column:Asiakasryhmä", "op": "eq", "value": "vip"}]})
    report, _ = export(tmp_path, shop, [big_vip], all_segments={"Big": big, "Big VIP": big_vip})
    assert report.segments[0].count == 1


def test_export_replaces_an_existing_file(tmp_path, shop):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")
    write_workbook(path, shop, [segment("Kaikki")], as_of=AS_OF)
    assert load_workbook(path).sheetnames == ["Summary", "Kaikki"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_unwritable_output_path_raises_export_error(tmp_path, shop):
    (tmp_path / "a_file").write_text("not a folder")
    with pytest.raises(ExportError):
        write_workbook(tmp_path / "a_file" / "out.xlsx", shop, [segment("Kaikki")], as_of=AS_OF)


def test_cancelled_export_leaves_an_existing_workbook_byte_identical_and_no_temp_file(tmp_path, shop):
    from segmentdesk.core.errors import Cancelled
    from segmentdesk.core.tasks import Progress

    path = tmp_path / "out.xlsx"
    write_workbook(path, shop, [segment("Kaikki")], as_of=AS_OF)
    before = path.read_bytes()
    # Cancel while the last segment is built: the job stops before anything is moved into place.
    progress = Progress(on_report=lambda fraction, stage: progress.cancel() if stage == "Taas" else None)
    with pytest.raises(Cancelled):
        write_workbook(path, shop, [segment("Kaikki"), segment("Taas")], as_of=AS_OF, progress=progress)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_failing_save_leaves_an_existing_workbook_byte_identical_and_no_temp_file(tmp_path, shop, monkeypatch):
    from segmentdesk.core import atomic_file

    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old workbook")

    def full_disk(tmp):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file, "_fsync_file", full_disk)
    with pytest.raises(ExportError):
        write_workbook(path, shop, [segment("Kaikki")], as_of=AS_OF)
    assert path.read_bytes() == b"old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


# -- for people: the user's language, formats, layout ---------------------------------------------------
def test_finnish_workbook_names_its_summary_and_headings_in_finnish(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")], lang="fi", headings="labels")
    assert book.sheetnames == ["Yhteenveto", "Kaikki"]
    assert sheet_rows(book["Kaikki"])[0] == ["Sähköposti", "Etunimi", "Sukunimi", "Puhelin"]
    summary = sheet_rows(book["Yhteenveto"])
    assert summary[0][:3] == ["Segmentti", "Sääntö", "Jäseniä"] and summary[1][1] == "Kaikki asiakkaat"
    assert summary[0][8] == "Pois: ei markkinointilupaa" and summary[1][8] == 1


def test_english_labels_are_the_default(tmp_path, shop):
    path = tmp_path / "people.xlsx"
    write_workbook(path, shop, [segment("Kaikki")], as_of=AS_OF)
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Kaikki"]
    assert sheet_rows(book["Kaikki"])[0] == ["Email", "First name", "Last name", "Phone"]


def test_header_is_bold_frozen_and_filtered_and_columns_fit(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")])
    ws = book["Kaikki"]
    assert ws["A1"].font.b and ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:D4"
    assert ws.column_dimensions["A"].width >= len("aino@example.fi")


def test_finnish_dates_show_day_first_and_amounts_two_decimals(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")], lang="fi",
                     columns=["email", "birth_date", "total_spend"])
    ws = book["Kaikki"]
    assert ws["B2"].is_date and ws["B2"].number_format == "d.m.yyyy"
    assert ws["C2"].value == 60 and ws["C2"].number_format == "#,##0.00"


def test_postal_codes_and_phones_are_text_with_their_zeros(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")], columns=["email", "phone"])
    assert book["Kaikki"]["B3"].value == "040 765 4321" and book["Kaikki"]["B3"].data_type == "s"


def test_one_workbook_per_segment_each_with_its_summary(tmp_path, shop):
    vip = segment("VIP", {"all": [{"field": "column:Asiakasryhmä", "op": "eq", "value": "VIP"}]})
    report = write_workbook(tmp_path / "lists", shop, [segment("Kaikki"), vip], as_of=AS_OF, file_per_segment=True)
    assert report.files == [tmp_path / "lists" / "Kaikki.xlsx", tmp_path / "lists" / "VIP.xlsx"]
    assert load_workbook(report.files[1]).sheetnames == ["Summary", "VIP"]
    assert len(sheet_rows(load_workbook(report.files[1])["Summary"])) == 2


def test_every_sheet_prints_on_a4_landscape_one_page_wide_with_the_heading_on_each_page(tmp_path, shop):
    _, book = export(tmp_path, shop, [segment("Kaikki")])
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        # fitToWidth 1 is the file format's default, so it may be left out (read back as None).
        assert ws.page_setup.fitToWidth in (None, 1, "1") and ws.page_setup.fitToHeight in (0, "0")
        assert ws.print_title_rows.replace("$", "") == "1:1"
        assert "&P" in ws.oddFooter.right.text


@pytest.fixture
def repeat_buyers():
    """Aino buys every month until last week; Eero bought twice a year and a half ago; Pia never."""
    customers = pd.DataFrame({"Nro": ["1", "2", "3"],
                              "Sähköposti": ["aino@example.fi", "eero@example.fi", "pia@example.fi"]}, dtype=object)
    orders = pd.DataFrame({"Tilaus": ["T1", "T2", "T3", "T4", "T5"], "Asiakas": ["1", "1", "1", "2", "2"],
                           "Summa": ["50", "50", "50", "10", "10"],
                           "Pvm": ["1.5.2025", "1.6.2025", "25.6.2025", "1.1.2024", "1.2.2024"]}, dtype=object)
    return build_dataset(customers, {"customer_id": "Nro", "email": "Sähköposti"}, orders, ORDER_ROLES)


RFM_COLUMNS = ["customer_id", "rfm_score", "rfm_group", "churn_risk"]


def test_a_workbook_for_people_names_rfm_groups_and_churn_bands_in_its_language_and_no_purchases_as_such(tmp_path, repeat_buyers):
    _, book = export(tmp_path, repeat_buyers, [segment("Kaikki")], lang="fi", headings="labels",
                     columns=RFM_COLUMNS, include_without_consent=True)
    assert sheet_rows(book["Kaikki"]) == [["Asiakasnumero", "RFM-pisteet", "RFM-ryhmä", "Menetysriski"],
                                          ["1", "333", "Huomiota kaipaavat", "matala"],
                                          ["2", "111", "Horrostajat", "korkea"],
                                          ["3", None, "Ei ostoja vielä", None]]


def test_a_workbook_for_scripts_keeps_the_stable_keys(tmp_path, repeat_buyers):
    _, book = export(tmp_path, repeat_buyers, [segment("Kaikki")], lang="fi", columns=RFM_COLUMNS,
                     include_without_consent=True)
    assert [row[2:] for row in sheet_rows(book["Kaikki"])[1:]] == [["need_attention", "low"],
                                                                   ["hibernating", "high"], [None, None]]


def test_the_export_preview_names_them_as_the_workbook_does(repeat_buyers):
    preview = preview_table(repeat_buyers, np.ones(len(repeat_buyers), dtype=bool), format="xlsx", as_of=AS_OF,
                            columns=RFM_COLUMNS, lang="fi", basis=WITHOUT_CONSENT)
    assert preview[1:] == [["1", "333", "Huomiota kaipaavat", "matala"], ["2", "111", "Horrostajat", "korkea"],
                           ["3", "", "Ei ostoja vielä", ""]]
