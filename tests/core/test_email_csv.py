"""CSV exports: the generic Excel CSV and the email tools' import files.

Files are read back with the csv module (and the raw bytes where the encoding matters),
never with the code under test.
"""
from __future__ import annotations

import csv
import datetime as dt
import io

import pandas as pd
import pytest

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import Cancelled, ExportError, RuleError
from segmentdesk.core.export.csv_files import csv_paths, file_stems
from segmentdesk.core.export.email_csv import CSV_FORMATS, EMAIL_TOOLS, write_email_csv
from segmentdesk.core.export.presets import AD_PLATFORMS
from segmentdesk.core.export.phone_numbers import international_phone
from segmentdesk.core.segments.model import Segment, node_from_json
from segmentdesk.core.tasks import Progress

AS_OF = dt.date(2025, 7, 1)
ROLES = {"customer_id": "Nro", "email": "Sähköposti", "first_name": "Etunimi", "last_name": "Sukunimi",
         "phone": "Puhelin", "consent_email": "Lupa", "birth_date": "Syntymäaika", "postal_code": "Postinumero"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "amount": "Summa", "order_date": "Pvm"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def shop():
    customers = pd.DataFrame({
        "Nro": ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
        "Etunimi": ["Aino", "=HYPERLINK(\"x\")", "Pekka", "Sanna", "Eero", "Ville", "Aino2", "Liisa", "Olli"],
        "Sukunimi": ["Mäkelä", "-2", "@x", "Öhman", "Järvinen", "Äijälä", "Mäkelä", "Nieminen", "Oja"],
        "Sähköposti": ["  Aino@Example.FI ", "eero@example.fi", "pekka@example.fi", "sanna@example.fi",
                       "not-an-email", None, "aino@example.fi", "=1+1@example.fi", "olli@example.fi"],
        "Puhelin": ["+358 40 123 4567", "040 765 4321", None, "050 111 2222", "12345", "+358501234567",
                    "0401112222", "-", None],
        # Sanna said no (opted out); Olli never answered.
        "Lupa": ["kyllä", "kyllä", "kyllä", "ei", "kyllä", "kyllä", "kyllä", "kyllä", None],
        "Syntymäaika": ["3.7.1985", "15.11.1990", None, "29.2.1988", None, None, None, None, None],
        "Postinumero": ["00100", "33100", "00500", "90100", None, None, None, None, None],
        "Asiakasryhmä": ["VIP", "perus", "=1+1", "VIP", "perus", "perus", "perus", "perus", "perus"],
    }, dtype=object)
    orders = pd.DataFrame({"Tilaus": ["T1", "T2", "T3"], "Asiakas": ["1", "2", "4"],
                           "Summa": ["60,50", "30,00", "10,00"], "Pvm": ["1.6.2025", "2.6.2025", "3.6.2025"]},
                          dtype=object)
    return build_dataset(customers, ROLES, orders, ORDER_ROLES)


def segment(name: str, rule: dict | None = None) -> Segment:
    return Segment(name, node_from_json(rule or {"all": []}))


EVERYONE = segment("Kaikki")
VIP = segment("VIP", {"all": [{"field": "column:Asiakasryhmä", "op": "eq", "value": "VIP"}]})


def export(tmp_path, ds, tool, segments=(EVERYONE,), **options):
    out = tmp_path / "out.csv" if len(segments) == 1 else tmp_path / "out"
    report = write_email_csv(out, ds, list(segments), tool=tool, as_of=AS_OF, **options)
    return report


def read_rows(path, tool) -> list[list[str]]:
    encoding = "utf-8-sig" if tool == "csv" else "utf-8"
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f, delimiter=";" if tool == "csv" else ","))


def rows_of(tmp_path, ds, tool, segments=(EVERYONE,), **options) -> list[list[str]]:
    report = export(tmp_path, ds, tool, segments, **options)
    return read_rows(report.files[0], tool)


def column(rows: list[list[str]], header: str) -> list[str]:
    i = rows[0].index(header)
    return [r[i] for r in rows[1:]]


# -- headers ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("tool, headers", [
    ("mailchimp", ["Email Address", "First Name", "Last Name", "Phone Number", "Tags"]),
    ("brevo", ["EMAIL", "FIRSTNAME", "LASTNAME", "SMS"]),
    ("mailerlite", ["Email", "Name", "Last name", "Phone"]),
    ("activecampaign", ["Email", "First Name", "Last Name", "Phone"]),
    ("hubspot", ["Email", "First Name", "Last Name", "Phone Number"]),
])
def test_email_tool_headers_are_the_ones_its_importer_maps(tmp_path, shop, tool, headers):
    assert rows_of(tmp_path, shop, tool)[0] == headers


def test_generic_csv_headers_are_the_field_names_with_email_first(tmp_path, shop):
    assert rows_of(tmp_path, shop, "csv")[0] == ["email", "first_name", "last_name", "phone"]


def test_generic_csv_has_the_columns_asked_for_like_the_workbook(tmp_path, shop):
    rows = rows_of(tmp_path, shop, "csv", columns=["first_name", "email", "column:Asiakasryhmä"])
    assert rows[0] == ["email", "first_name", "Asiakasryhmä"]


def test_extra_columns_follow_the_contact_columns_under_their_field_names(tmp_path, shop):
    rows = rows_of(tmp_path, shop, "mailchimp", columns=["order_count", "first_name", "email", "column:Asiakasryhmä"])
    assert rows[0] == ["Email Address", "First Name", "order_count", "Asiakasryhmä", "Tags"]


def test_email_tool_file_always_has_the_email_column(tmp_path, shop):
    rows = rows_of(tmp_path, shop, "brevo", columns=["first_name"])
    assert rows[0] == ["EMAIL", "FIRSTNAME"]
    assert column(rows, "EMAIL")[0] == "aino@example.fi"


# -- consent ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("tool", CSV_FORMATS)
def test_only_customers_with_consent_are_written(tmp_path, shop, tool):
    report = export(tmp_path, shop, tool)
    emails = [r[0] for r in read_rows(report.files[0], tool)[1:]]
    assert "sanna@example.fi" not in emails and "olli@example.fi" not in emails
    assert (report.segments[0].opted_out, report.segments[0].without_consent) == (1, 1)


def test_include_without_consent_writes_members_without_an_answer_but_never_the_opted_out(tmp_path, shop):
    report = export(tmp_path, shop, "hubspot", include_without_consent=True)
    emails = column(read_rows(report.files[0], "hubspot"), "Email")
    assert "olli@example.fi" in emails and "sanna@example.fi" not in emails
    assert (report.segments[0].without_consent, report.segments[0].opted_out) == (0, 1)
    assert report.include_without_consent is True


# -- emails: invalid, duplicate, trimmed ----------------------------------------------------------------
def test_rows_without_a_valid_email_are_skipped_and_counted(tmp_path, shop):
    report = export(tmp_path, shop, "mailerlite")
    emails = column(read_rows(report.files[0], "mailerlite"), "Email")
    assert "not-an-email" not in emails and "" not in emails
    assert report.segments[0].invalid_email == 3        # not-an-email, missing, =1+1@…


def test_email_starting_like_a_formula_is_skipped_not_changed(tmp_path, shop):
    emails = column(rows_of(tmp_path, shop, "mailchimp"), "Email Address")
    assert not any("1+1@example.fi" in e for e in emails)


def test_duplicate_emails_are_removed_without_case_and_the_first_row_wins(tmp_path, shop):
    report = export(tmp_path, shop, "brevo")
    rows = read_rows(report.files[0], "brevo")
    assert column(rows, "EMAIL").count("aino@example.fi") == 1
    assert column(rows, "FIRSTNAME")[column(rows, "EMAIL").index("aino@example.fi")] == "Aino"
    assert report.segments[0].duplicates == 1


def test_emails_are_trimmed_and_lower_cased(tmp_path, shop):
    assert column(rows_of(tmp_path, shop, "hubspot"), "Email")[0] == "aino@example.fi"


def test_rows_written_are_the_members_left_after_consent_email_and_duplicates(tmp_path, shop):
    s = export(tmp_path, shop, "mailchimp").segments[0]
    assert (s.count, s.opted_out, s.without_consent, s.invalid_email, s.duplicates, s.exported) == (9, 1, 1, 3, 1, 3)


def test_generic_csv_writes_the_same_people_as_the_email_tools(tmp_path, shop):
    report = export(tmp_path, shop, "csv")
    assert report.segments[0].exported == 3
    assert (report.segments[0].invalid_email, report.segments[0].duplicates) == (3, 1)


# -- encoding, separators, dates and numbers -----------------------------------------------------------
def test_generic_csv_is_utf8_with_a_bom_and_semicolons(tmp_path, shop):
    data = export(tmp_path, shop, "csv").files[0].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + b"email;first_name;last_name;phone\r\n")
    assert "Mäkelä".encode("utf-8") in data


@pytest.mark.parametrize("tool", EMAIL_TOOLS)
def test_email_tool_csv_is_utf8_without_a_bom_and_with_commas(tmp_path, shop, tool):
    data = export(tmp_path, shop, tool).files[0].read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.split(b"\r\n")[0].count(b",") == 3 + (tool == "mailchimp")      # Mailchimp's Tags
    assert "Mäkelä".encode("utf-8") in data


def test_generic_csv_writes_dates_day_first_and_a_decimal_comma(tmp_path, shop):
    rows = rows_of(tmp_path, shop, "csv", columns=["email", "birth_date", "total_spend", "order_count"])
    assert rows[1][1:] == ["3.7.1985", "60,5", "1"]


def test_email_tool_csv_writes_iso_dates_and_a_decimal_point(tmp_path, shop):
    rows = rows_of(tmp_path, shop, "hubspot", columns=["email", "birth_date", "total_spend"])
    assert rows[1][1:] == ["1985-07-03", "60.5"]


def test_missing_values_are_empty_cells(tmp_path, shop):
    rows = rows_of(tmp_path, shop, "csv", columns=["email", "birth_date"])
    assert column(rows, "birth_date")[2] == ""


# -- formula safety and phones ---------------------------------------------------------------------------
@pytest.mark.parametrize("tool", [f for f in CSV_FORMATS if f not in AD_PLATFORMS])
@pytest.mark.parametrize("text", ["=HYPERLINK(\"x\")", "@x"])
def test_formula_like_text_gets_a_leading_apostrophe(tmp_path, shop, tool, text):
    rows = rows_of(tmp_path, shop, tool, include_without_consent=True)
    assert "'" + text in [cell for row in rows for cell in row]


def test_formula_like_custom_column_gets_a_leading_apostrophe(tmp_path, shop):
    rows = rows_of(tmp_path, shop, "csv", columns=["email", "column:Asiakasryhmä"])
    assert column(rows, "Asiakasryhmä")[2] == "'=1+1"


@pytest.mark.parametrize("tool", CSV_FORMATS)
def test_a_real_number_keeps_its_minus_sign_bare(tmp_path, shop, tool):
    assert "-2" in [cell for row in rows_of(tmp_path, shop, tool) for cell in row]


def test_no_cell_of_the_generic_csv_starts_like_a_formula_but_a_negative_number(tmp_path, shop):
    rows = rows_of(tmp_path, shop, "csv", include_without_consent=True,
                   columns=["email", "first_name", "last_name", "phone", "column:Asiakasryhmä"])
    assert [cell for row in rows for cell in row if cell.startswith(FORMULA_STARTS)] == ["-2"]


@pytest.mark.parametrize("tool", EMAIL_TOOLS)
def test_only_international_phones_start_like_a_formula_in_email_tool_files(tmp_path, shop, tool):
    rows = rows_of(tmp_path, shop, tool, include_without_consent=True)
    risky = [cell for row in rows for cell in row if cell.startswith(FORMULA_STARTS) and cell != "-2"]
    assert risky and all(cell.startswith("+358") and cell[1:].isdigit() for cell in risky)


def test_generic_csv_keeps_a_plus358_phone_as_excel_text(tmp_path, shop):
    assert column(rows_of(tmp_path, shop, "csv"), "phone")[0] == "'+358 40 123 4567"


def test_generic_csv_writes_leading_zero_codes_as_their_plain_text(tmp_path, shop):
    # An apostrophe would be read back as part of the code by every program that opens a CSV.
    rows = rows_of(tmp_path, shop, "csv", columns=["email", "postal_code", "phone"])
    assert column(rows, "postal_code")[:2] == ["00100", "33100"]
    assert column(rows, "phone")[1] == "040 765 4321"


@pytest.mark.parametrize("tool, header", [("mailchimp", "Phone Number"), ("brevo", "SMS"),
                                          ("mailerlite", "Phone"), ("hubspot", "Phone Number")])
def test_email_tools_get_phones_in_international_form(tmp_path, shop, tool, header):
    phones = column(rows_of(tmp_path, shop, tool), header)
    assert phones[:3] == ["+358401234567", "+358407654321", ""]


def test_brevo_leaves_a_phone_without_a_country_code_empty(tmp_path):
    ds = build_dataset(pd.DataFrame({"E": ["a@example.fi"], "P": ["12345"], "L": ["kyllä"]}, dtype=object),
                       {"email": "E", "phone": "P", "consent_email": "L"})
    assert rows_of(tmp_path, ds, "brevo")[1] == ["a@example.fi", ""]


def test_other_tools_keep_a_phone_they_cannot_make_international(tmp_path):
    ds = build_dataset(pd.DataFrame({"E": ["a@example.fi"], "P": ["12345"], "L": ["kyllä"]}, dtype=object),
                       {"email": "E", "phone": "P", "consent_email": "L"})
    assert rows_of(tmp_path, ds, "mailchimp")[1] == ["a@example.fi", "12345", "Kaikki"]


@pytest.mark.parametrize("text, expected", [
    ("+358 40 123 4567", "+358401234567"),
    ("040 123 4567", "+358401234567"),
    ("040-123 4567", "+358401234567"),
    ("(09) 123 456", "+3589123456"),
    ("00358 40 123 4567", "+358401234567"),
    ("+358 (0)40 123 4567", "+358401234567"),
    ("+358 040 123 4567", "+358401234567"),
    ("+46 70 123 45 67", "+46701234567"),
    ("401234567", None),
    ("12345", None),
    ("040 123 4567 (työ)", None),
    ("", None),
    (None, None),
])
def test_international_phone_reads_finnish_and_international_numbers(text, expected):
    assert international_phone(text) == expected


# -- files -------------------------------------------------------------------------------------------------
def test_csv_out_with_one_segment_is_that_file(tmp_path, shop):
    report = write_email_csv(tmp_path / "lista.csv", shop, [VIP], tool="mailchimp", as_of=AS_OF)
    assert report.files == [tmp_path / "lista.csv"]
    assert [p.name for p in tmp_path.iterdir()] == ["lista.csv"]


def test_folder_out_gets_one_file_per_segment_named_after_it(tmp_path, shop):
    report = write_email_csv(tmp_path / "new" / "folder", shop, [EVERYONE, VIP], tool="brevo", as_of=AS_OF)
    assert sorted(p.name for p in (tmp_path / "new" / "folder").iterdir()) == ["Kaikki.csv", "VIP.csv"]
    assert report.files == [tmp_path / "new" / "folder" / "Kaikki.csv", tmp_path / "new" / "folder" / "VIP.csv"]


def test_csv_out_with_several_segments_writes_stem_dash_segment_files_beside_it(tmp_path, shop):
    write_email_csv(tmp_path / "lista.csv", shop, [EVERYONE, VIP], tool="csv", as_of=AS_OF)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lista-Kaikki.csv", "lista-VIP.csv"]


def test_each_file_holds_its_own_segment(tmp_path, shop):
    report = write_email_csv(tmp_path / "out", shop, [EVERYONE, VIP], tool="hubspot", as_of=AS_OF)
    assert column(read_rows(report.files[1], "hubspot"), "Email") == ["aino@example.fi"]
    assert [s.exported for s in report.segments] == [3, 1]


def test_segment_names_are_made_safe_for_file_names():
    assert file_stems(["Kevät/kesä: 2025?", "a<b>c|d*e\"f\\g", "CON", "  ...  ", "Jooga."]) == [
        "Kevät_kesä_ 2025_", "a_b_c_d_e_f_g", "_CON", "segment", "Jooga"]


def test_file_stems_are_unique_without_case():
    assert file_stems(["Regulars", "REGULARS", "a/b", "a_b"]) == ["Regulars", "REGULARS (2)", "a_b", "a_b (2)"]


def test_spreadsheet_out_name_raises_export_error(tmp_path):
    with pytest.raises(ExportError):
        csv_paths(tmp_path / "lista.xlsx", ["Kaikki"])


def test_atomic_write_leaves_no_temp_files(tmp_path, shop):
    write_email_csv(tmp_path / "out", shop, [EVERYONE, VIP], tool="csv", as_of=AS_OF)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["Kaikki.csv", "VIP.csv", "out"]


def test_export_replaces_an_existing_file(tmp_path, shop):
    path = tmp_path / "lista.csv"
    path.write_bytes(b"old")
    write_email_csv(path, shop, [VIP], tool="mailerlite", as_of=AS_OF)
    assert path.read_bytes().startswith(b"Email,Name,Last name,Phone")
    assert [p.name for p in tmp_path.iterdir()] == ["lista.csv"]


def test_failure_in_a_later_segment_writes_no_file_at_all(tmp_path, shop):
    bad = segment("Bad", {"all": [{"field": "shoe_size", "op": "gt", "value": 42}]})
    with pytest.raises(RuleError):
        write_email_csv(tmp_path / "out", shop, [EVERYONE, bad], tool="csv", as_of=AS_OF)
    assert list((tmp_path / "out").iterdir()) == []


def test_cancelled_export_leaves_no_files(tmp_path, shop):
    progress = Progress(on_report=lambda fraction, stage: progress.cancel() if fraction > 0 else None)
    with pytest.raises(Cancelled):
        write_email_csv(tmp_path / "out", shop, [EVERYONE, VIP], tool="brevo", as_of=AS_OF, progress=progress)
    assert list((tmp_path / "out").iterdir()) == []


def test_unwritable_output_path_raises_export_error(tmp_path, shop):
    (tmp_path / "a_file").write_text("not a folder")
    with pytest.raises(ExportError):
        write_email_csv(tmp_path / "a_file" / "out.csv", shop, [EVERYONE], tool="csv", as_of=AS_OF)


# -- what cannot be exported ----------------------------------------------------------------------------------
def test_unknown_format_raises_export_error(tmp_path, shop):
    with pytest.raises(ExportError):
        write_email_csv(tmp_path / "x.csv", shop, [EVERYONE], tool="constantcontact", as_of=AS_OF)


def test_no_segments_raises_export_error(tmp_path, shop):
    with pytest.raises(ExportError):
        write_email_csv(tmp_path / "x.csv", shop, [], tool="csv", as_of=AS_OF)


def test_email_tool_export_without_an_email_column_raises_export_error(tmp_path):
    ds = build_dataset(pd.DataFrame({"Etunimi": ["Aino"], "Lupa": ["kyllä"]}, dtype=object),
                       {"first_name": "Etunimi", "consent_email": "Lupa"})
    with pytest.raises(ExportError):
        write_email_csv(tmp_path / "x.csv", ds, [EVERYONE], tool="mailchimp", as_of=AS_OF, columns=["first_name"])
    assert not (tmp_path / "x.csv").exists()


def test_unknown_column_raises_rule_error_before_writing(tmp_path, shop):
    with pytest.raises(RuleError):
        write_email_csv(tmp_path / "x.csv", shop, [EVERYONE], tool="brevo", as_of=AS_OF, columns=["shoe_size"])
    assert not (tmp_path / "x.csv").exists()


def test_generic_csv_reads_back_with_pandas_as_a_finnish_excel_csv(tmp_path, shop):
    data = export(tmp_path, shop, "csv", columns=["email", "total_spend"]).files[0].read_bytes()
    frame = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    assert list(frame.columns) == ["email", "total_spend"]
    assert frame["total_spend"].tolist()[:2] == [60.5, 30.0]


def test_a_file_that_cannot_be_replaced_leaves_every_file_as_it_was(tmp_path, shop, monkeypatch):
    import os

    from segmentdesk.core import atomic_file

    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "Kaikki.csv").write_bytes(b"old list")
    real_replace = os.replace

    def locked_vip(src, dst):
        if str(dst).endswith("VIP.csv"):
            raise PermissionError(13, "Permission denied", str(src), None, str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(atomic_file.os, "replace", locked_vip)
    with pytest.raises(ExportError) as caught:
        write_email_csv(folder, shop, [EVERYONE, VIP], tool="csv", as_of=AS_OF)
    assert caught.value.details["reason"] == "locked"
    assert [p.name for p in folder.iterdir()] == ["Kaikki.csv"]
    assert (folder / "Kaikki.csv").read_bytes() == b"old list"


def test_cancelled_export_leaves_an_existing_file_byte_identical(tmp_path, shop):
    path = tmp_path / "lista.csv"
    path.write_bytes(b"old list")
    # Cancel once the only segment is being written: the job stops before the file is moved into place.
    progress = Progress(on_report=lambda fraction, stage: progress.cancel() if stage == "VIP" else None)
    with pytest.raises(Cancelled):
        write_email_csv(path, shop, [VIP], tool="brevo", as_of=AS_OF, progress=progress)
    assert path.read_bytes() == b"old list"
    assert [p.name for p in tmp_path.iterdir()] == ["lista.csv"]


# -- presets: Mailchimp's birthday and tags, the generic UTF-8 CSV, the ad platforms -----------------------
def test_mailchimp_writes_the_birthday_month_first_and_the_segment_as_its_tag(tmp_path, shop):
    rows = rows_of(tmp_path, shop, "mailchimp", columns=["email", "birth_date"])
    assert rows[0] == ["Email Address", "Birthday", "Tags"]
    assert rows[1] == ["aino@example.fi", "07/03", "Kaikki"]


def test_utf8_csv_is_commas_without_a_bom_with_field_names_and_iso_dates(tmp_path, shop):
    report = export(tmp_path, shop, "csv-utf8", columns=["email", "birth_date", "postal_code"])
    data = report.files[0].read_bytes()
    assert data.startswith(b"email,birth_date,postal_code\r\naino@example.fi,1985-07-03,00100\r\n")


@pytest.mark.parametrize("tool, headers", [
    ("meta", ["email", "phone", "fn", "ln", "zip", "country"]),
    ("google-ads", ["Email", "Phone", "First Name", "Last Name", "Country", "Zip"]),
])
def test_ad_platform_files_hold_only_their_identifiers_under_their_headers(tmp_path, shop, tool, headers):
    assert rows_of(tmp_path, shop, tool, columns=["email", "column:Asiakasryhmä"])[0] == headers


def test_ad_platforms_get_normalised_identifiers_and_the_country_code(tmp_path, shop):
    meta = rows_of(tmp_path, shop, "meta")
    assert meta[1] == ["aino@example.fi", "358401234567", "aino", "mäkelä", "00100", "fi"]
    google = rows_of(tmp_path, shop, "google-ads")
    assert google[1] == ["aino@example.fi", "+358401234567", "aino", "mäkelä", "fi", "00100"]


def test_hashing_replaces_identifiers_by_sha256_of_the_normalised_value_google_keeps_country_and_zip(tmp_path, shop):
    import hashlib
    digest = hashlib.sha256(b"aino@example.fi").hexdigest()
    rows = rows_of(tmp_path, shop, "google-ads", hashed=True)
    assert rows[1][0] == digest and rows[1][1] == hashlib.sha256(b"+358401234567").hexdigest()
    assert rows[1][4:] == ["fi", "00100"]
    meta = rows_of(tmp_path, shop, "meta", hashed=True)
    assert meta[1][0] == digest and meta[1][5] == hashlib.sha256(b"fi").hexdigest()
    assert "aino" not in (tmp_path / "out.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("tool", AD_PLATFORMS)
def test_ad_platform_files_honour_consent_and_the_opted_out(tmp_path, shop, tool):
    rows = rows_of(tmp_path, shop, tool)
    assert "sanna@example.fi" not in column(rows, rows[0][0]) and len(rows) - 1 == 3
