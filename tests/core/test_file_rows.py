"""Data rows know the row number a spreadsheet program shows for them, past titles and blank rows."""
from __future__ import annotations

import openpyxl

from segmentdesk.core.io.read import read_table


def test_excel_rows_are_numbered_as_excel_shows_them(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Asiakasrekisteri"
    sheet.append([])
    sheet.append(["Asiakasnumero", "Nimi", "Sähköposti"])
    sheet.append(["000101", "Aino", "aino@x.fi"])
    sheet.append([])
    sheet.append(["000102", "Eero", "eero@x.fi"])
    book.save(tmp_path / "a.xlsx")
    raw = read_table(tmp_path / "a.xlsx")
    assert raw.frame["Asiakasnumero"].tolist() == ["000101", "000102"]
    assert [raw.file_row(i) for i in range(2)] == [4, 6]
    assert raw.header_number == 3


def test_excel_sheet_starting_below_row_one_counts_from_the_sheet_top(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B5"], sheet["C5"] = "Sähköposti", "Nimi"
    sheet["B6"], sheet["C6"] = "aino@x.fi", "Aino"
    book.save(tmp_path / "b.xlsx")
    raw = read_table(tmp_path / "b.xlsx")
    assert raw.file_row(0) == 6


def test_csv_rows_follow_the_heading_line(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Nimi;Sähköposti\nAino;aino@x.fi\n;\nEero;eero@x.fi\n", encoding="utf-8")
    raw = read_table(path)
    assert raw.frame["Nimi"].tolist() == ["Aino", "Eero"]
    assert [raw.file_row(i) for i in range(2)] == [2, 4], "the row of only separators keeps its number"
