"""Reading workbooks: text stays text, dates are dates, sheets are chosen, bad files are refused."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from segmentdesk.core.errors import EmptyFileError, FileReadError, NotASpreadsheetError, UnknownSheetError
from segmentdesk.core.io.excel_reader import list_sheets
from segmentdesk.core.io.read import read_table, sheet_names


def test_text_postal_codes_keep_their_leading_zeros(data_dir):
    table = read_table(data_dir / "customers_en.xlsx")
    assert table.frame["Zip"].tolist() == ["00100", "02150", "33100"]


def test_date_cells_are_read_as_dates(data_dir):
    table = read_table(data_dir / "customers_en.xlsx")
    birthdays = table.frame["Birthday"].tolist()
    assert all(isinstance(b, dt.date) for b in birthdays)
    assert [(b.year, b.month, b.day) for b in birthdays] == [(1990, 5, 17), (1985, 12, 1), (2001, 2, 28)]


def test_title_row_above_the_header_is_skipped(data_dir):
    table = read_table(data_dir / "customers_en.xlsx")
    assert table.header_row == 1
    assert table.columns == ["Email", "First name", "Zip", "Birthday", "Newsletter", "Notes"]
    assert table.row_count == 3


def test_first_sheet_with_data_is_read_when_no_sheet_is_named(data_dir):
    table = read_table(data_dir / "customers_en.xlsx")
    assert table.sheet == "Customers"
    assert table.sheets == ["Customers", "Orders"]
    assert table.file_kind == "xlsx"


def test_sheet_argument_picks_that_sheet(data_dir):
    table = read_table(data_dir / "customers_en.xlsx", sheet="Orders")
    assert table.sheet == "Orders"
    assert table.header_row == 0
    assert table.columns == ["Order id", "Email", "Order date", "Total"]
    assert table.frame["Order id"].tolist() == ["A1", "A2"]
    assert table.frame["Total"].tolist() == [49.9, 15]


def test_unknown_sheet_raises_unknown_sheet_error_listing_the_sheets(data_dir):
    with pytest.raises(UnknownSheetError) as caught:
        read_table(data_dir / "customers_en.xlsx", sheet="Asiakkaat")
    assert caught.value.details["sheets"] == ["Customers", "Orders"]


def test_sheet_names_lists_the_workbooks_sheets(data_dir):
    assert sheet_names(data_dir / "customers_en.xlsx") == ["Customers", "Orders"]
    assert list_sheets(data_dir / "customers_en.xlsx") == ["Customers", "Orders"]


def test_sheet_names_of_a_csv_is_empty(data_dir):
    assert sheet_names(data_dir / "customers_fi.csv") == []


def test_truncated_xlsx_raises_a_file_read_error(data_dir):
    with pytest.raises(FileReadError):
        read_table(data_dir / "truncated.xlsx")


def test_truncated_xlsx_is_not_a_spreadsheet(data_dir):
    with pytest.raises(NotASpreadsheetError):
        read_table(data_dir / "truncated.xlsx")


def test_text_file_named_xlsx_raises_not_a_spreadsheet_error(data_dir):
    with pytest.raises(NotASpreadsheetError):
        read_table(data_dir / "text_named.xlsx")


def test_png_named_xlsx_raises_not_a_spreadsheet_error(data_dir, write_bytes):
    png = (data_dir / "not_a_spreadsheet.png").read_bytes()
    with pytest.raises(NotASpreadsheetError):
        read_table(write_bytes("photo.xlsx", png))


def test_workbook_named_csv_is_still_read_as_a_workbook(data_dir, write_bytes):
    path = write_bytes("export.csv", (data_dir / "customers_en.xlsx").read_bytes())
    table = read_table(path)
    assert table.file_kind == "xlsx"
    assert table.frame["Zip"].tolist() == ["00100", "02150", "33100"]


def test_empty_workbook_raises_empty_file_error(tmp_path):
    book = Workbook()
    path = tmp_path / "empty.xlsx"
    book.save(path)
    with pytest.raises(EmptyFileError):
        read_table(path)


def test_header_only_sheet_raises_empty_file_error(tmp_path):
    book = Workbook()
    book.active.append(["Email", "First name"])
    path = tmp_path / "header.xlsx"
    book.save(path)
    with pytest.raises(EmptyFileError):
        read_table(path)


def test_number_cells_come_back_as_numbers_and_blanks_as_missing(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Email", "Points", "City"])
    sheet.append(["a@example.fi", 12.5, None])
    sheet.append(["b@example.fi", 3, "Oulu"])
    path = tmp_path / "numbers.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.frame["Points"].tolist() == [12.5, 3]
    assert table.frame["City"].tolist() == [None, "Oulu"]


def test_reading_does_not_change_the_workbook(data_dir):
    path = data_dir / "customers_en.xlsx"
    before = path.read_bytes()
    read_table(path, sheet="Orders")
    assert path.read_bytes() == before


def test_a_chosen_header_row_overrides_the_detected_one(tmp_path):
    book = Workbook()
    sheet = book.active
    for row in (["Kevät 2025", "Alue"], ["email", "city"], ["a@x.fi", "Oulu"], ["b@x.fi", "Turku"]):
        sheet.append(row)
    book.save(tmp_path / "heads.xlsx")
    table = read_table(tmp_path / "heads.xlsx", header_row=1)
    assert table.header_row == 1
    assert table.columns == ["email", "city"]
    assert table.frame.values.tolist() == [["a@x.fi", "Oulu"], ["b@x.fi", "Turku"]]
