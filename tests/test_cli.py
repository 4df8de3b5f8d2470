"""``segmentdesk-cli`` end to end on the fixture files, checked against an independent pandas computation.

The expected figures are computed here straight from the CSV files with plain pandas,
following the contract in ARCHITECTURE.md, without using any of SegmentDesk's core.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from segmentdesk.cli import main

DATA = Path(__file__).resolve().parent / "data"
CUSTOMERS = DATA / "customers_fi.csv"
ORDERS = DATA / "orders_fi.csv"
AS_OF = "2025-07-01"

REGULARS = {"format": "segmentdesk.segment/1", "name": "Regulars",
            "rule": {"all": [{"field": "order_count", "op": "ge", "value": 2}]}}
LAPSED_YOGA = {"format": "segmentdesk.segment/1", "name": "Lapsed yoga fans",
               "description": "Like yoga, no order for three months (or never)",
               "rule": {"all": [
                   {"field": "interests", "op": "has_any", "value": ["JOOGA"]},
                   {"any": [{"field": "days_since_last_order", "op": "gt", "value": 90},
                            {"field": "order_count", "op": "eq", "value": 0}]},
               ]}}


# -- the independent computation -------------------------------------------------------------------
def independent(as_of: str = AS_OF) -> dict[str, dict[str, object]]:
    """Per segment: members (customer numbers in file order), count, reachable, revenue share, export rows."""
    c = pd.read_csv(CUSTOMERS, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    o = pd.read_csv(ORDERS, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    o["amount"] = o["Summa"].str.replace(" ", "", regex=False).str.replace(",", ".", regex=False).astype(float)
    o["date"] = pd.to_datetime(o["Tilauspäivä"], format="%d.%m.%Y")
    o = o[o["Asiakasnumero"].isin(c["Asiakasnumero"])]
    c = c.set_index("Asiakasnumero")
    spend = o.groupby("Asiakasnumero")["amount"].sum().reindex(c.index, fill_value=0.0)
    # Issue #4: a credit note (an order summing below zero) counts against spend, not as an order.
    o = o[o.groupby("Tilausnumero")["amount"].transform("sum") >= 0]
    per = o.groupby("Asiakasnumero")
    count = per["Tilausnumero"].nunique().reindex(c.index, fill_value=0)
    days = (pd.Timestamp(as_of) - per["date"].max()).dt.days.reindex(c.index)
    tags = c["Kiinnostuksen kohteet"].map(
        lambda cell: {t.strip().lower() for t in cell.replace("|", ";").replace(",", ";").split(";")} - {""})
    consent = c["Markkinointilupa"].str.strip().str.lower() == "kyllä"
    said_no = c["Markkinointilupa"].str.strip().str.lower() == "ei"
    valid = c["Sähköposti"].str.fullmatch(r"[^@\s;,]+@[^@\s;,]+\.[A-Za-z]{2,}")
    masks = {
        "Regulars": count >= 2,
        "Lapsed yoga fans": tags.map(lambda t: "jooga" in t) & ((days > 90) | (count == 0)),
    }
    contact = c[["Sähköposti", "Etunimi", "Sukunimi", "Puhelin"]].replace("", None)
    out = {}
    for name, mask in masks.items():
        out[name] = {
            "members": list(c.index[mask]),
            "count": int(mask.sum()),
            "reachable": int((mask & consent & valid).sum()),
            "revenue_share": float(spend[mask].sum() / spend.sum()),
            "rows_with_consent": contact[mask & consent & valid].values.tolist(),
            "no_answer": int((mask & ~consent & ~said_no).sum()),
            "said_no": int((mask & said_no).sum()),
            # The consent override still leaves out whoever said no.
            "rows_not_opted_out": contact[mask & ~said_no & valid].values.tolist(),
        }
    return out


def test_independent_computation_covers_interesting_cases():
    """Guard the fixture: each segment has members with and without consent."""
    expected = independent()
    assert expected["Regulars"]["members"] == ["1001", "1007"]     # 1002: one order and a credit note
    assert expected["Lapsed yoga fans"]["members"] == ["1006", "1007", "1008"]
    assert 0 < len(expected["Lapsed yoga fans"]["rows_with_consent"]) < expected["Lapsed yoga fans"]["count"]


# -- helpers --------------------------------------------------------------------------------------------
def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_usage_error(code: int, err: str) -> None:
    assert code == 2
    assert err.startswith("segmentdesk-cli: ")
    assert err.strip() and "\n" not in err.strip()
    assert "Traceback" not in err


@pytest.fixture(scope="module")
def built_project(tmp_path_factory) -> Path:
    """A project made by import → segment add → segment add (built once, copied per test)."""
    folder = tmp_path_factory.mktemp("cli")
    project = folder / "kauppa.segdesk"
    for doc in (REGULARS, LAPSED_YOGA):
        (folder / f"{doc['name']}.segment.json").write_text(json.dumps(doc), encoding="utf-8")
    assert main(["import", str(CUSTOMERS), "--orders", str(ORDERS), "--project", str(project)]) == 0
    for doc in (REGULARS, LAPSED_YOGA):
        assert main(["segment", "add", "--project", str(project),
                     "--file", str(folder / f"{doc['name']}.segment.json")]) == 0
    return project


@pytest.fixture
def project(built_project, tmp_path, capsys) -> Path:
    capsys.readouterr()
    copy = tmp_path / "kauppa.segdesk"
    shutil.copyfile(built_project, copy)
    return copy


def segments_json(capsys, project: Path, as_of: str = AS_OF) -> list[dict]:
    code, out, err = run(capsys, "segments", "--project", project, "--json", "--as-of", as_of)
    assert code == 0, err
    return json.loads(out)


def data_rows(ws) -> list[list[object]]:
    return [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]


# -- the happy path --------------------------------------------------------------------------------------
def test_import_reports_customers_orders_and_unlinked_orders(tmp_path, capsys):
    code, out, _ = run(capsys, "import", CUSTOMERS, "--orders", ORDERS, "--project", tmp_path / "p.segdesk")
    assert code == 0
    assert "Imported 8 customers and 10 orders (1 not linked to a customer)" in out
    assert (tmp_path / "p.segdesk").is_file()


def test_segments_json_lists_segments_in_the_order_added(project, capsys):
    assert [r["name"] for r in segments_json(capsys, project)] == ["Regulars", "Lapsed yoga fans"]


@pytest.mark.parametrize("name", ["Regulars", "Lapsed yoga fans"])
def test_segments_json_counts_equal_the_independent_computation(project, capsys, name):
    row = {r["name"]: r for r in segments_json(capsys, project)}[name]
    expected = independent()[name]
    assert row["count"] == expected["count"]
    assert row["reachable"] == expected["reachable"]
    assert row["revenue_share"] == pytest.approx(expected["revenue_share"], abs=1e-6)


def test_segments_follow_the_as_of_date(project, capsys):
    later = "2025-10-01"
    row = {r["name"]: r for r in segments_json(capsys, project, later)}["Lapsed yoga fans"]
    assert row["count"] == independent(later)["Lapsed yoga fans"]["count"]
    assert row["count"] != independent()["Lapsed yoga fans"]["count"]


def test_segments_table_names_each_segment(project, capsys):
    code, out, _ = run(capsys, "segments", "--project", project, "--as-of", AS_OF)
    assert code == 0
    assert "Regulars" in out and "Lapsed yoga fans" in out and "(8 customers)" in out


def test_export_sheets_hold_the_consenting_members(project, tmp_path, capsys):
    out_file = tmp_path / "export.xlsx"
    code, _, err = run(capsys, "export", "--project", project, "--out", out_file, "--segments", "all",
                       "--as-of", AS_OF, "--headings", "keys")
    assert code == 0, err
    book = load_workbook(out_file)
    assert book.sheetnames == ["Summary", "Regulars", "Lapsed yoga fans"]
    expected = independent()
    for name in ("Regulars", "Lapsed yoga fans"):
        assert next(book[name].iter_rows(max_row=1, values_only=True)) == ("email", "first_name", "last_name",
                                                                            "phone")
        assert data_rows(book[name]) == expected[name]["rows_with_consent"]


def test_export_with_include_without_consent_holds_every_member_but_the_opted_out(project, tmp_path, capsys):
    out_file = tmp_path / "all.xlsx"
    code, _, err = run(capsys, "export", "--project", project, "--out", out_file, "--as-of", AS_OF, "--headings", "keys",
                       "--segments", "Lapsed yoga fans,Regulars", "--include-without-consent")
    assert code == 0, err
    book = load_workbook(out_file)
    assert book.sheetnames == ["Summary", "Lapsed yoga fans", "Regulars"]
    for name in ("Regulars", "Lapsed yoga fans"):
        assert data_rows(book[name]) == independent()[name]["rows_not_opted_out"]


def test_export_summary_equals_the_independent_computation(project, tmp_path, capsys):
    out_file = tmp_path / "export.xlsx"
    assert run(capsys, "export", "--project", project, "--out", out_file, "--as-of", AS_OF, "--headings", "keys")[0] == 0
    rows = [list(r) for r in load_workbook(out_file)["Summary"].iter_rows(min_row=2, values_only=True)]
    expected = independent()
    for name, _rule, count, exported, reachable, share, do_not_contact, *_reasons in rows:
        assert do_not_contact == 0
        assert count == expected[name]["count"]
        assert exported == len(expected[name]["rows_with_consent"])
        assert reachable == expected[name]["reachable"]
        assert share == pytest.approx(expected[name]["revenue_share"], abs=1e-6)


def test_export_phone_numbers_stay_text(project, tmp_path, capsys):
    out_file = tmp_path / "export.xlsx"
    assert run(capsys, "export", "--project", project, "--out", out_file, "--segments", "Regulars",
               "--as-of", AS_OF)[0] == 0
    phone = load_workbook(out_file)["Regulars"]["D2"]
    assert (phone.value, phone.data_type) == ("+358 40 123 4567", "s")


def test_export_columns_take_derived_metrics(project, tmp_path, capsys):
    out_file = tmp_path / "metrics.xlsx"
    code, _, err = run(capsys, "export", "--project", project, "--out", out_file, "--segments", "Regulars",
                       "--columns", "email,order_count,total_spend,days_since_last_order", "--as-of", AS_OF,
                       "--headings", "keys")
    assert code == 0, err
    rows = [list(r) for r in load_workbook(out_file)["Regulars"].iter_rows(values_only=True)]
    assert rows[0] == ["email", "order_count", "total_spend", "days_since_last_order"]
    assert rows[1] == ["aino.makela@example.fi", 2, 1077.5, 21]


def test_export_is_written_to_the_audit_log(project, tmp_path, capsys):
    from segmentdesk.core.project.store import load_project
    run(capsys, "export", "--project", project, "--out", tmp_path / "x.xlsx", "--include-without-consent",
        "--as-of", AS_OF)
    assert [e.action for e in load_project(project).audit] == ["import", "export_without_consent"]


def test_segment_add_replaces_a_segment_of_the_same_name(project, tmp_path, capsys):
    doc = dict(REGULARS, name="regulars", rule={"all": [{"field": "order_count", "op": "ge", "value": 1}]})
    path = tmp_path / "r.segment.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, _ = run(capsys, "segment", "add", "--project", project, "--file", path)
    assert code == 0 and "Replaced" in out
    rows = segments_json(capsys, project)
    assert [r["name"] for r in rows] == ["regulars", "Lapsed yoga fans"]
    assert rows[0]["count"] == 5


def test_cli_runs_as_a_module_in_its_own_process(project):
    done = subprocess.run([sys.executable, "-m", "segmentdesk.cli", "segments", "--project", str(project),
                           "--json", "--as-of", AS_OF], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = {r["name"]: r for r in json.loads(done.stdout)}
    for name, expected in independent().items():
        assert rows[name]["count"] == expected["count"]
        assert rows[name]["reachable"] == expected["reachable"]


def test_cli_process_exits_2_without_a_traceback(tmp_path):
    done = subprocess.run([sys.executable, "-m", "segmentdesk.cli", "import", str(tmp_path / "missing.csv"),
                           "--project", str(tmp_path / "p.segdesk")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert_usage_error(done.returncode, done.stderr)


# -- what the user got wrong -----------------------------------------------------------------------------
def test_missing_customer_file_exits_2_with_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "import", tmp_path / "missing.csv", "--project", tmp_path / "p.segdesk")
    assert_usage_error(code, err)
    assert not (tmp_path / "p.segdesk").exists()


def test_missing_order_file_exits_2_with_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "import", CUSTOMERS, "--orders", tmp_path / "missing.csv",
                       "--project", tmp_path / "p.segdesk")
    assert_usage_error(code, err)


def test_empty_customer_file_exits_2_with_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "import", DATA / "empty.csv", "--project", tmp_path / "p.segdesk")
    assert_usage_error(code, err)


def test_not_a_spreadsheet_exits_2_with_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "import", DATA / "not_a_spreadsheet.png", "--project", tmp_path / "p.segdesk")
    assert_usage_error(code, err)


def test_unknown_sheet_exits_2_with_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "import", DATA / "customers_en.xlsx", "--sheet", "Asiakkaat",
                       "--project", tmp_path / "p.segdesk")
    assert_usage_error(code, err)


def test_failed_import_leaves_an_existing_project_unchanged(project, capsys):
    before = project.read_bytes()
    code, _, err = run(capsys, "import", DATA / "empty.csv", "--project", project)
    assert_usage_error(code, err)
    assert project.read_bytes() == before


def test_unknown_field_in_a_segment_file_exits_2_and_leaves_the_project_unchanged(project, tmp_path, capsys):
    before = project.read_bytes()
    path = tmp_path / "bad.segment.json"
    path.write_text(json.dumps({"format": "segmentdesk.segment/1", "name": "Shoes",
                                "rule": {"all": [{"field": "shoe_size", "op": "gt", "value": 42}]}}),
                    encoding="utf-8")
    code, _, err = run(capsys, "segment", "add", "--project", project, "--file", path)
    assert_usage_error(code, err)
    assert "shoe_size" in err
    assert project.read_bytes() == before


def test_segment_file_with_a_condition_missing_its_value_exits_2_rather_than_widening_the_segment(
        project, tmp_path, capsys):
    before = project.read_bytes()
    path = tmp_path / "typo.segment.json"
    path.write_text(json.dumps({"format": "segmentdesk.segment/1", "name": "Big spenders",
                                "rule": {"all": [{"field": "total_spend", "op": "ge", "values": 500}]}}),
                    encoding="utf-8")
    code, _, err = run(capsys, "segment", "add", "--project", project, "--file", path)
    assert_usage_error(code, err)
    assert "total_spend" in err and "no value" in err
    assert project.read_bytes() == before


def test_malformed_segment_file_exits_2_and_leaves_the_project_unchanged(project, tmp_path, capsys):
    before = project.read_bytes()
    path = tmp_path / "bad.segment.json"
    path.write_text('{"name": "Broken", "rule": {"all": [{"field": "age", "op": "roughly"}]}}', encoding="utf-8")
    code, _, err = run(capsys, "segment", "add", "--project", project, "--file", path)
    assert_usage_error(code, err)
    assert project.read_bytes() == before


def test_unknown_segment_on_export_exits_2_with_one_line(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "x.xlsx",
                       "--segments", "Regulars,Nobody")
    assert_usage_error(code, err)
    assert "Nobody" in err
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize("as_of", ["1.7.2025", "2025-13-01", "yesterday"])
def test_bad_as_of_exits_2_with_one_line(project, capsys, as_of):
    code, _, err = run(capsys, "segments", "--project", project, "--as-of", as_of)
    assert_usage_error(code, err)


def test_bad_as_of_on_export_exits_2_and_writes_nothing(project, tmp_path, capsys):
    before = project.read_bytes()
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "x.xlsx", "--as-of", "2025/07/01")
    assert_usage_error(code, err)
    assert not (tmp_path / "x.xlsx").exists()
    assert project.read_bytes() == before


def test_unwritable_export_path_exits_2_and_leaves_the_project_unchanged(project, tmp_path, capsys):
    before = project.read_bytes()
    (tmp_path / "a_file").write_text("not a folder")
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "a_file" / "x.xlsx",
                       "--as-of", AS_OF)
    assert_usage_error(code, err)
    assert project.read_bytes() == before


def test_unwritable_project_path_exits_2_with_one_line(tmp_path, capsys):
    (tmp_path / "a_file").write_text("not a folder")
    code, _, err = run(capsys, "import", CUSTOMERS, "--project", tmp_path / "a_file" / "p.segdesk")
    assert_usage_error(code, err)


def test_unknown_export_column_exits_2_with_one_line(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "x.xlsx",
                       "--columns", "email,shoe_size", "--as-of", AS_OF)
    assert_usage_error(code, err)


def test_missing_project_exits_2_with_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "segments", "--project", tmp_path / "nowhere.segdesk")
    assert_usage_error(code, err)


def test_unknown_command_exits_2_with_one_line(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    _, err = capsys.readouterr()
    assert caught.value.code == 2
    assert_usage_error(2, err)


def test_selftest_imports_the_sample_and_exports_rows(capsys):
    from segmentdesk.cli import main

    assert main(["selftest"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("selftest ok: 2000 customers")


# -- CSV exports (generic and email tools), checked against the independent computation -----------------
CSV_TOOL_HEADERS = {
    "mailchimp": ["Email Address", "First Name", "Last Name", "Phone Number", "Tags"],
    "brevo": ["EMAIL", "FIRSTNAME", "LASTNAME", "SMS"],
    "mailerlite": ["Email", "Name", "Last name", "Phone"],
    "hubspot": ["Email", "First Name", "Last Name", "Phone Number"],
    "activecampaign": ["Email", "First Name", "Last Name", "Phone"],
}


def with_tags(fmt: str, name: str, rows: list[list[str]]) -> list[list[str]]:
    """Mailchimp's rows carry the segment's name as their tag."""
    return [r + [name] for r in rows] if fmt == "mailchimp" else rows
EVERYONE = {"format": "segmentdesk.segment/1", "name": "Everyone", "rule": {"all": []}}


def independent_mailing(name: str, *, include_without_consent: bool = False) -> list[list[str]]:
    """Email-tool rows of a segment straight from the fixture: valid email, lower-cased, first of each email."""
    c = pd.read_csv(CUSTOMERS, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    c = c.set_index("Asiakasnumero")
    members = list(c.index) if name == "Everyone" else independent()[name]["members"]
    c = c.loc[members]
    answer = c["Markkinointilupa"].str.strip().str.lower()
    c = c[answer != "ei"] if include_without_consent else c[answer == "kyllä"]
    email = c["Sähköposti"].str.strip().str.lower()
    c = c[email.str.fullmatch(r"[^@\s;,]+@[^@\s;,]+\.[A-Za-z]{2,}")].assign(email=email)
    c = c.drop_duplicates("email", keep="first")
    phone = c["Puhelin"].str.replace(" ", "", regex=False).str.replace(r"^0", "+358", regex=True)
    return c.assign(phone=phone)[["email", "Etunimi", "Sukunimi", "phone"]].values.tolist()


def read_csv_rows(path: Path, *, sep: str = ",", encoding: str = "utf-8") -> list[list[str]]:
    frame = pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    return [list(frame.columns), *frame.values.tolist()]


@pytest.mark.parametrize("fmt", list(CSV_TOOL_HEADERS))
@pytest.mark.parametrize("name", ["Regulars", "Lapsed yoga fans"])
def test_email_tool_export_rows_equal_the_independent_computation(project, tmp_path, capsys, fmt, name):
    out_file = tmp_path / f"{fmt}.csv"
    code, _, err = run(capsys, "export", "--project", project, "--out", out_file, "--format", fmt,
                       "--segments", name, "--as-of", AS_OF)
    assert code == 0, err
    rows = read_csv_rows(out_file)
    assert rows[0] == CSV_TOOL_HEADERS[fmt]
    assert rows[1:] == with_tags(fmt, name, independent_mailing(name))


@pytest.mark.parametrize("fmt", list(CSV_TOOL_HEADERS))
def test_email_tool_export_with_include_without_consent_equals_the_independent_computation(
        project, tmp_path, capsys, fmt):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "out", "--format", fmt,
                       "--as-of", AS_OF, "--include-without-consent")
    assert code == 0, err
    for name in ("Regulars", "Lapsed yoga fans"):
        rows = read_csv_rows(tmp_path / "out" / f"{name}.csv")
        assert rows[1:] == with_tags(fmt, name, independent_mailing(name, include_without_consent=True))


def test_generic_csv_export_rows_equal_the_independent_computation(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "out", "--format", "csv",
                       "--as-of", AS_OF)
    assert code == 0, err
    expected = independent()
    for name in ("Regulars", "Lapsed yoga fans"):
        rows = read_csv_rows(tmp_path / "out" / f"{name}.csv", sep=";", encoding="utf-8-sig")
        assert rows[0] == ["email", "first_name", "last_name", "phone"]
        # Phones that Excel would read as a number or a formula carry a leading apostrophe.
        got = [[e, f, l, p.removeprefix("'")] for e, f, l, p in rows[1:]]
        assert got == [[v or "" for v in row] for row in expected[name]["rows_with_consent"]]


def test_email_tool_export_skips_the_invalid_email_and_says_so(project, tmp_path, capsys):
    path = tmp_path / "everyone.segment.json"
    path.write_text(json.dumps(EVERYONE), encoding="utf-8")
    assert run(capsys, "segment", "add", "--project", project, "--file", path)[0] == 0
    out_file = tmp_path / "everyone.csv"
    code, out, err = run(capsys, "export", "--project", project, "--out", out_file, "--format", "brevo",
                         "--segments", "Everyone", "--include-without-consent", "--as-of", AS_OF)
    assert code == 0, err
    expected = independent_mailing("Everyone", include_without_consent=True)
    assert len(read_csv_rows(out_file)) - 1 == len(expected) == 5
    assert ("Everyone: 5 rows written (1 of them without consent on record), 0 skipped without consent, "
            "2 skipped opted out, 1 skipped invalid email, 0 duplicates") in out


def test_csv_export_prints_rows_and_skips_per_segment(project, tmp_path, capsys):
    code, out, _ = run(capsys, "export", "--project", project, "--out", tmp_path / "out", "--format", "mailchimp",
                       "--as-of", AS_OF)
    assert code == 0
    for name in ("Regulars", "Lapsed yoga fans"):
        written = len(independent_mailing(name))
        expected = independent()[name]
        assert (f"{name}: {written} rows written, {expected['no_answer']} skipped without consent, "
                f"{expected['said_no']} skipped opted out, 0 skipped invalid email, 0 duplicates") in out


def test_mailchimp_combined_file_holds_each_person_once_with_their_segments_as_tags(project, tmp_path, capsys):
    out_file = tmp_path / "yleiso.csv"
    code, out, err = run(capsys, "export", "--project", project, "--out", out_file, "--format", "mailchimp",
                         "--combined", "--as-of", AS_OF)
    assert code == 0, err
    people: dict[str, tuple[list[str], list[str]]] = {}
    for name in ("Regulars", "Lapsed yoga fans"):
        for row in independent_mailing(name):
            people.setdefault(row[0], (row, []))[1].append(name)
    rows = read_csv_rows(out_file)
    assert rows[0] == CSV_TOOL_HEADERS["mailchimp"]
    assert sorted(rows[1:]) == sorted(row + [",".join(tags)] for row, tags in people.values())
    assert any(len(tags) == 2 for _, tags in people.values())          # someone is in both segments
    assert f"Wrote {len(people)} people to {out_file}, each once, their segments in Tags." in out


def test_combined_for_a_format_that_imports_a_file_per_list_exits_2(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "x.csv", "--format", "brevo",
                       "--combined", "--as-of", AS_OF)
    assert_usage_error(code, err)
    assert list(tmp_path.glob("x*")) == []


def test_csv_export_is_written_to_the_audit_log_as_the_workbook_is(project, tmp_path, capsys):
    from segmentdesk.core.project.store import load_project
    assert run(capsys, "export", "--project", project, "--out", tmp_path / "lists", "--format", "hubspot",
               "--include-without-consent", "--as-of", AS_OF)[0] == 0
    entry = load_project(project).audit[-1]
    rows = sum(len(independent_mailing(n, include_without_consent=True)) for n in ("Regulars", "Lapsed yoga fans"))
    assert entry.action == "export_without_consent"
    assert entry.details == {"file": "lists", "format": "hubspot", "segments": ["Regulars", "Lapsed yoga fans"],
                             "rows": rows, "without_consent_written": [{"segment": "Regulars", "count": 0},
                                                                       {"segment": "Lapsed yoga fans", "count": 1}]}


def test_csv_out_with_several_segments_writes_files_beside_it(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "lista.csv", "--format", "brevo",
                       "--as-of", AS_OF)
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.glob("lista*")) == ["lista-Lapsed yoga fans.csv", "lista-Regulars.csv"]


def test_out_ending_in_csv_without_a_format_exports_the_generic_csv(project, tmp_path, capsys):
    out_file = tmp_path / "regulars.csv"
    code, _, err = run(capsys, "export", "--project", project, "--out", out_file, "--segments", "Regulars",
                       "--as-of", AS_OF)
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"\xef\xbb\xbfemail;first_name;last_name;phone")


def test_csv_export_to_a_workbook_name_exits_2_and_writes_nothing(project, tmp_path, capsys):
    before = project.read_bytes()
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "x.xlsx", "--format", "mailchimp",
                       "--as-of", AS_OF)
    assert_usage_error(code, err)
    assert list(tmp_path.glob("x*")) == []
    assert project.read_bytes() == before


def test_out_without_a_known_suffix_or_format_exits_2_with_one_line(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "x.txt", "--as-of", AS_OF)
    assert_usage_error(code, err)


def test_unknown_column_in_a_csv_export_exits_2_and_writes_nothing(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "x.csv", "--format", "brevo",
                       "--columns", "email,shoe_size", "--as-of", AS_OF)
    assert_usage_error(code, err)
    assert not (tmp_path / "x.csv").exists()


def test_quality_lists_problems_with_one_based_row_numbers(tmp_path, capsys):
    import json as _json

    from segmentdesk.cli import main

    customers = tmp_path / "c.csv"
    customers.write_text("Sähköposti;Etunimi;Markkinointilupa\nhyva@example.fi;Aino;kyllä\nhuono-osoite;Eino;ei\n",
                         encoding="utf-8")
    project = tmp_path / "q.segdesk"
    assert main(["import", str(customers), "--project", str(project)]) == 0
    capsys.readouterr()
    assert main(["quality", "--project", str(project), "--json", "--as-of", "2026-11-01"]) == 0
    issues = {i["code"]: i for i in _json.loads(capsys.readouterr().out)}
    assert issues["invalid_email"]["rows"] == [2]


def test_quality_in_words_names_each_finding_as_the_window_does(tmp_path, capsys):
    from segmentdesk.cli import main
    from segmentdesk.core.words import finding_label

    customers = tmp_path / "c.csv"
    customers.write_text("Sähköposti;Etunimi\nhyva@example.fi;Aino\nhuono-osoite;Eino\n", encoding="utf-8")
    project = tmp_path / "q.segdesk"
    assert main(["import", str(customers), "--project", str(project)]) == 0
    capsys.readouterr()
    assert main(["quality", "--project", str(project), "--as-of", "2026-11-01"]) == 0
    out = capsys.readouterr().out
    assert f"      1  {finding_label('invalid_email', 'en')}  (customers rows 2)" in out.splitlines()
    assert "invalid email addresses" in out


# -- bad input files (tests/data/bad, and generated large ones): exit 2, one line, nothing changed ----
BAD = DATA / "bad"
READABLE_BAD = {"ragged.csv", "mixed_encoding.csv", "plain_legacy.xls", "stray_far_styled_empty_cell.xlsx"}
# Read in a child process under a memory limit below: a broken guard would abort the whole test run.
ABORTS_IF_UNGUARDED = {"stray_far_cell.xlsx": "XFD1048576", "self_linked_chain.xls": "damaged",
                       "inverted_dimensions.xls": "damaged", "huge_dimensions.xls": "IV4294967295",
                       "far_cell.xls": "CRXP65536"}
REFUSED_BAD = sorted(p.name for p in BAD.glob("*") if p.suffix in (".csv", ".xlsx", ".xls")
                     and p.name not in READABLE_BAD | set(ABORTS_IF_UNGUARDED))


def bomb_workbook(path: Path, *, inflated_mib: int = 64) -> Path:
    """customers_en.xlsx with its first sheet replaced by {inflated_mib} MiB of blanks (~1000x deflate)."""
    import zipfile

    with zipfile.ZipFile(DATA / "customers_en.xlsx") as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, src.read(info))
        with dst.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                       b'spreadsheetml/2006/main"><sheetData>')
            for _ in range(inflated_mib):
                part.write(b" " * 1024**2)
            part.write(b"</sheetData></worksheet>")
    return path


@pytest.mark.parametrize("name", REFUSED_BAD)
def test_bad_customer_file_exits_2_with_one_line_and_leaves_the_project_unchanged(project, capsys, name):
    before = project.read_bytes()
    code, _, err = run(capsys, "import", BAD / name, "--project", project)
    assert_usage_error(code, err)
    assert project.read_bytes() == before


@pytest.mark.parametrize("name", ["encrypted.xlsx", "unclosed_quote.csv", "random_zip_named.csv"])
def test_bad_order_file_exits_2_with_one_line_and_leaves_the_project_unchanged(project, capsys, name):
    before = project.read_bytes()
    code, _, err = run(capsys, "import", CUSTOMERS, "--orders", BAD / name, "--project", project)
    assert_usage_error(code, err)
    assert project.read_bytes() == before


def test_bad_file_creates_no_project(tmp_path, capsys):
    code, _, err = run(capsys, "import", BAD / "truncated.xlsx", "--project", tmp_path / "p.segdesk")
    assert_usage_error(code, err)
    assert not (tmp_path / "p.segdesk").exists()


def test_zip_bomb_exits_2_with_one_line_and_leaves_the_project_unchanged(project, tmp_path, capsys):
    before = project.read_bytes()
    code, _, err = run(capsys, "import", bomb_workbook(tmp_path / "bomb.xlsx"), "--project", project)
    assert_usage_error(code, err)
    assert "zip bomb" in err
    assert project.read_bytes() == before


def test_file_larger_than_memory_exits_2_with_one_line_and_leaves_the_project_unchanged(project, capsys,
                                                                                           monkeypatch):
    from segmentdesk.core.io import memory
    monkeypatch.setattr(memory, "available_memory", lambda: 8 * 1024)
    before = project.read_bytes()
    code, _, err = run(capsys, "import", CUSTOMERS, "--project", project)
    assert_usage_error(code, err)
    assert "memory" in err
    assert project.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="needs resource limits (POSIX)")
@pytest.mark.parametrize("name", sorted(ABORTS_IF_UNGUARDED))
def test_cli_process_refuses_a_file_that_would_exhaust_memory_without_dying(project, name):
    import resource

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))
    before = project.read_bytes()
    done = subprocess.run([sys.executable, "-m", "segmentdesk.cli", "import", str(BAD / name),
                           "--project", str(project)], capture_output=True, text=True, timeout=120,
                          preexec_fn=limit_memory)
    assert_usage_error(done.returncode, done.stderr)
    assert ABORTS_IF_UNGUARDED[name] in done.stderr
    assert project.read_bytes() == before


def test_csv_in_two_encodings_imports_with_names_intact(tmp_path, capsys):
    code, out, err = run(capsys, "import", BAD / "mixed_encoding.csv", "--project", tmp_path / "p.segdesk")
    assert code == 0, err
    assert "Imported 4 customers" in out


def test_ragged_csv_imports_with_a_one_line_warning_naming_the_lines(tmp_path, capsys):
    code, out, err = run(capsys, "import", BAD / "ragged.csv", "--project", tmp_path / "p.segdesk")
    assert code == 0
    assert "Imported 7 customers" in out
    assert len(err.strip().splitlines()) == 1
    assert "3, 4, 9" in err and "Traceback" not in err


def test_export_on_the_existing_customer_exception_is_logged_with_date_segment_and_count(project, tmp_path, capsys):
    from segmentdesk.core.project.store import load_project
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "x.xlsx", "--as-of", AS_OF,
                       "--segments", "Lapsed yoga fans", "--existing-customers")
    assert code == 0, err
    entry = load_project(project).audit[-1]
    c = pd.read_csv(CUSTOMERS, sep=";", encoding="cp1252", dtype=str, keep_default_na=False).set_index("Asiakasnumero")
    o = pd.read_csv(ORDERS, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    members = independent()["Lapsed yoga fans"]["members"]
    no_answer_buyers = [m for m in members if c.loc[m, "Markkinointilupa"].strip() == ""
                        and m in set(o["Asiakasnumero"])]
    assert entry.action == "export_existing_customers" and entry.at.date() <= dt.date.today()
    assert entry.details["without_consent_written"] == [{"segment": "Lapsed yoga fans", "count": len(no_answer_buyers)}]


def test_the_two_consent_overrides_cannot_be_combined(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "x.xlsx",
                       "--include-without-consent", "--existing-customers")
    assert_usage_error(code, err)
    assert not (tmp_path / "x.xlsx").exists()


def test_export_in_finnish_names_the_summary_and_headings_in_finnish(project, tmp_path, capsys):
    out_file = tmp_path / "fi.xlsx"
    code, _, err = run(capsys, "export", "--project", project, "--out", out_file, "--as-of", AS_OF, "--lang", "fi")
    assert code == 0, err
    book = load_workbook(out_file)
    assert book.sheetnames == ["Yhteenveto", "Regulars", "Lapsed yoga fans"]
    assert next(book["Regulars"].iter_rows(max_row=1, values_only=True)) == ("Sähköposti", "Etunimi", "Sukunimi",
                                                                               "Puhelin")


def test_export_file_per_segment_writes_one_workbook_each(project, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--project", project, "--out", tmp_path / "lists", "--as-of", AS_OF,
                       "--format", "xlsx", "--file-per-segment")
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "lists").iterdir()) == ["Lapsed yoga fans.xlsx", "Regulars.xlsx"]


def test_output_piped_to_a_reader_that_stops_early_ends_without_a_traceback(project):
    """`segmentdesk-cli segments … | head -1`: the reader closes the pipe before all is written."""
    proc = subprocess.Popen([sys.executable, "-m", "segmentdesk.cli", "segments", "--project", str(project),
                             "--json", "--as-of", AS_OF],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # before the program has started, so every byte it writes meets a closed pipe
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert err == ""
