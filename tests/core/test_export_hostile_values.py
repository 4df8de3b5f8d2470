"""Hostile cell values exported in every format and read back: by openpyxl and the csv module, and by
LibreOffice headless with formulas evaluated.  Every value reads back as the same text (an apostrophe
only before a formula start in CSV; control characters xlsx cannot hold removed; xlsx cut at Excel's
32,767 characters), and nothing is a formula.
"""
from __future__ import annotations

import csv
import datetime as dt
import re

import pandas as pd
import pytest
from openpyxl import load_workbook

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.export.email_csv import CONTACT_HEADERS, CSV_FORMATS, LAYOUTS, write_email_csv
from segmentdesk.core.export.presets import AD_PLATFORMS
from segmentdesk.core.export.workbook import write_workbook
from segmentdesk.core.segments.model import Segment, node_from_json

from libreoffice_readback import convert_to_csv, read_csv

AS_OF = dt.date(2025, 7, 1)
LONG = "x" * 40_000
HOSTILE = [
    "=1+1", '=HYPERLINK("http://example.com","click")', "+1", "-1+2", "@SUM(A1:A2)",
    "=cmd|' /C calc'!A0",                     # DDE
    "\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20SUM(1)",   # full-width = + - @
    "\t=1+1", "\r=1+1", "\n=1+1", "a\x00b\x07c\x1bd",     # tab/CR/LF prefixes, control characters
    LONG, "\u202eevil\u200f RTL", "emoji 😀👍", "00100", "0401234567", 'semi;colon, comma "quoted"',
    "'already quoted", "-2", "+358401234567", "plain text",
    # xlsxwriter's constant-memory mode once wrote text shaped like a rich string raw into the sheet's XML
    '<r><t>x</t></r></is></c><c r="Z9"><f>1+1</f></c><c r="Z9" t="inlineStr"><is><r><t>y</t></r>',
    "_x0041_ stays", "a & b <c> \"d\"", " spaced ",
]
RICH_SHAPED = HOSTILE[-4]
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def clean(text: str) -> str:
    return UNWRITABLE.sub("", text)


def ooxml_unescaped(text: str) -> str:
    """Text as Excel reads an OOXML string: each ``_xHHHH_`` escape is its character."""
    return re.sub(r"_x([0-9a-fA-F]{4})_", lambda m: chr(int(m[1], 16)), text)


def csv_expected(text: str) -> str:
    """What the CSV holds: the clean text, with an apostrophe before a formula start but for a real
    number or an international phone."""
    text = clean(text)
    if text.startswith(FORMULA_STARTS) and not re.fullmatch(r"-\d+|\+[1-9]\d{6,14}", text):
        return "'" + text
    return text


@pytest.fixture
def hostile_shop():
    n = len(HOSTILE)
    customers = pd.DataFrame({"Nro": [str(i) for i in range(n)], "Sähköposti": [f"p{i}@example.fi" for i in range(n)],
                              "Etunimi": HOSTILE, "Sukunimi": list(reversed(HOSTILE)), "Huom": HOSTILE,
                              "Lupa": ["kyllä"] * n}, dtype=object)
    ds = build_dataset(customers, {"customer_id": "Nro", "email": "Sähköposti", "first_name": "Etunimi",
                                   "last_name": "Sukunimi", "consent_email": "Lupa"})
    # The import trims cells; values edited in the register or kept from a custom column need not be,
    # so the export's rules are tested on the values as they are.
    frame = ds.customers.frame
    for header, values in (("Etunimi", HOSTILE), ("Sukunimi", list(reversed(HOSTILE))), ("Huom", HOSTILE)):
        frame[header] = pd.Series(values, index=frame.index, dtype=frame[header].dtype)
    return ds


EVERYONE = Segment("Kaikki", node_from_json({"all": []}))
COLUMNS = ["email", "first_name", "last_name", "column:Huom"]


def export_all(tmp_path, ds) -> dict[str, object]:
    """Every format into tmp_path; the path of each."""
    paths: dict[str, object] = {"xlsx": tmp_path / "book.xlsx"}
    write_workbook(paths["xlsx"], ds, [EVERYONE], as_of=AS_OF, columns=COLUMNS)
    for fmt in CSV_FORMATS:
        paths[fmt] = tmp_path / f"{fmt}.csv"
        write_email_csv(paths[fmt], ds, [EVERYONE], tool=fmt, as_of=AS_OF, columns=COLUMNS)
    return paths


def hostile_columns(rows: list[list[str]], fmt: str = "xlsx") -> list[list[str]]:
    """The hostile columns of each data row: first name, last name and note; an ad platform's file
    has no note (its identifiers only)."""
    width = 3 if fmt in AD_PLATFORMS else 4
    return [row[1:width] for row in rows[1:]]


def expected_rows(convert, fmt: str = "xlsx") -> list[list[str]]:
    if fmt in AD_PLATFORMS:         # names are matched trimmed and in lower case
        return [[convert(clean(a).strip().lower()), convert(clean(b).strip().lower())]
                for a, b in zip(HOSTILE, reversed(HOSTILE))]
    return [[convert(a), convert(b), convert(a)] for a, b in zip(HOSTILE, reversed(HOSTILE))]


def test_xlsx_reads_back_every_value_as_its_text_in_string_cells(tmp_path, hostile_shop):
    path = export_all(tmp_path, hostile_shop)["xlsx"]
    ws = load_workbook(path).worksheets[1]
    rows = list(ws.iter_rows(min_row=2))
    # A CR is stored as the OOXML escape _x000D_ (and a literal "_x0041_" as _x005F_x0041_), which Excel
    # and LibreOffice read back as the text it was and openpyxl's reader of inline strings leaves as it is.
    got = [[ooxml_unescaped(c.value) for c in row[1:4]] for row in rows]
    assert got == expected_rows(lambda t: clean(t)[:32_767])
    assert all(c.data_type == "s" for row in rows for c in row)


def test_xlsx_headings_segment_names_and_rules_shaped_like_xml_read_back_as_their_text(tmp_path):
    customers = pd.DataFrame({"Nro": ["1"], "Sähköposti": ["p@example.fi"], "Lupa": ["kyllä"], RICH_SHAPED: ["teksti"]},
                             dtype=object)
    ds = build_dataset(customers, {"customer_id": "Nro", "email": "Sähköposti", "consent_email": "Lupa"})
    named = Segment(RICH_SHAPED, node_from_json({"all": [{"field": f"column:{RICH_SHAPED}", "op": "ne",
                                                           "value": RICH_SHAPED}]}))
    write_workbook(tmp_path / "b.xlsx", ds, [named], as_of=AS_OF, columns=["email", f"column:{RICH_SHAPED}"])
    book = load_workbook(tmp_path / "b.xlsx")
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert book.worksheets[1]["B1"].value == RICH_SHAPED           # the custom column's heading
    assert book.worksheets[0]["A2"].value == RICH_SHAPED           # the segment's name
    assert RICH_SHAPED in book.worksheets[0]["B2"].value           # its rule in words
    assert not [c.coordinate for c in cells if c.data_type == "f"]


@pytest.mark.parametrize("fmt", CSV_FORMATS)
def test_csv_reads_back_every_value_as_its_text_with_an_apostrophe_only_before_a_formula_start(
        tmp_path, hostile_shop, fmt):
    path = export_all(tmp_path, hostile_shop)[fmt]
    layout = LAYOUTS[fmt]
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=layout.delimiter))
    assert hostile_columns(rows, fmt) == expected_rows(csv_expected, fmt)


def _numeric_or_same(got: str, want: str) -> bool:
    """A spreadsheet reads a plain number as a number (``00100`` shows as 100): that is no formula."""
    if got == want:
        return True
    return bool(re.fullmatch(r"[+-]?\d+", want)) and got == str(int(want))


def test_libreoffice_reads_the_workbook_back_as_the_same_text_and_evaluates_nothing(tmp_path, hostile_shop):
    path = export_all(tmp_path, hostile_shop)["xlsx"]
    out = tmp_path / "lo"
    convert_to_csv([path], out)
    rows = read_csv(out / "book-Kaikki.csv")
    got = [[c.replace("\n", "\r") for c in row] for row in hostile_columns(rows)]
    want = [[c.replace("\r\n", "\r").replace("\n", "\r") for c in row]
            for row in expected_rows(lambda t: clean(t)[:32_767])]
    assert got == want


@pytest.mark.parametrize("fmt", CSV_FORMATS)
def test_libreoffice_opens_each_csv_with_formulas_on_and_evaluates_nothing(tmp_path, hostile_shop, fmt):
    path = export_all(tmp_path, hostile_shop)[fmt]
    out = tmp_path / "lo"
    convert_to_csv([path], out, csv_separator=LAYOUTS[fmt].delimiter)
    rows = read_csv(next(out.glob(f"{fmt}-*.csv")))      # one sheet, named after the file
    got = hostile_columns(rows, fmt)
    want = expected_rows(csv_expected, fmt)
    assert len(got) == len(want)
    for got_row, want_row in zip(got, want):
        for g, w in zip(got_row, want_row):
            g, w = g.replace("\r\n", "\n").replace("\r", "\n"), w.replace("\r\n", "\n").replace("\r", "\n")
            assert _numeric_or_same(g, w), (g[:40], w[:40])


def test_email_tool_headers_survive_unchanged(tmp_path, hostile_shop):
    path = export_all(tmp_path, hostile_shop)["mailchimp"]
    with open(path, encoding="utf-8", newline="") as f:
        assert next(csv.reader(f))[:3] == [CONTACT_HEADERS["mailchimp"][k] for k in ("email", "first_name", "last_name")]


def test_hostile_segment_names_in_a_combined_files_tags_stay_text_in_libreoffice(tmp_path, hostile_shop):
    names = ["=1+1", "\uff1dcmd|' /C calc'!A0", "Hyvä, asiakas"]
    segments = [Segment(n, node_from_json({"all": []})) for n in names]
    path = tmp_path / "mailchimp.csv"
    write_email_csv(path, hostile_shop, segments, tool="mailchimp", as_of=AS_OF, combined=True)
    want = "'=1+1,\uff1dcmd|' /C calc'!A0,Hyvä asiakas"        # one apostrophe: the cell's start
    with open(path, encoding="utf-8", newline="") as f:
        assert {row["Tags"] for row in csv.DictReader(f)} == {want}
    out = tmp_path / "lo"
    convert_to_csv([path], out, csv_separator=",")
    rows = read_csv(next(out.glob("mailchimp-*.csv")))
    assert {row[rows[0].index("Tags")] for row in rows[1:]} == {want}
