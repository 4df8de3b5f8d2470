"""Rows written as XML straight into xlsxwriter's row file make the sheet xlsxwriter's own cell calls make,
but for text shaped like a rich string, which is escaped rather than copied into the sheet."""
from __future__ import annotations

import zipfile

import pytest
import xlsxwriter
from openpyxl import load_workbook

from segmentdesk.core.errors import Cancelled
from segmentdesk.core.export import sheet_columns
from segmentdesk.core.export.sheet_columns import SheetColumn, write_rows
from segmentdesk.core.export.sheet_xml import DateSerial, text_bodies
from segmentdesk.core.export.workbook import BOOK_OPTIONS
from segmentdesk.core.tasks import Progress

LONG_EMOJI = "😀" * 20_000          # 40,000 UTF-16 units: xlsxwriter cuts it to 32,767
TEXTS = ["Aino", "a & b <c> \"d\"", "_x0041_ stays", "line\rbreak", "tab\tand\nnewline", " spaced ", "\u00a0nbsp",
         "", "ääkköset", LONG_EMOJI, "=1+1", None, "trailing\n"]
NUMBERS = [0.1, 1e20, -3.0, 12345678901234567.0, 2.5e-7, None, 0.0, 1.0, 100.0, -0.5, 3.0, 4.0, 5.0]
DATES = [45000.0, 45000.5, None, 1.0, 60.0, 61.0, 45000.25, None, 30000.0, 2958465.0, 0.0, 45001.0, 45002.0]
BOOLEANS = [True, False, None, True, True, False, None, None, True, False, True, False, True]
MIXED = ["text", 2.5, DateSerial(45000.0), True, None, "& <r>", -1.0, DateSerial(1.5), False, "", " x", 7.0, None]
EMPTY = [None] * 6 + ["only"] + [None] * 6         # row 7 has this cell; row 8 has no cell at all
ALL_NONE_ROW = 7


def columns() -> list[SheetColumn]:
    kinds = [("text", TEXTS), ("number", NUMBERS), ("date", DATES), ("boolean", BOOLEANS), ("mixed", MIXED),
             ("text", EMPTY)]
    built = [SheetColumn(list(values), kind, 10.0) for kind, values in kinds]
    for column in built:            # one row with no value in any column
        column.values[ALL_NONE_ROW] = None
    return built


def book(path, write) -> None:
    wb = xlsxwriter.Workbook(str(path), BOOK_OPTIONS)
    ws = wb.add_worksheet("S")
    header, money, day = wb.add_format({"bold": True}), wb.add_format({"num_format": "#,##0.00"}), \
        wb.add_format({"num_format": "d.m.yyyy"})
    for fmt in (header, money, day):        # style numbers are given in order of first use: the same in both
        fmt._get_xf_index()
    for c in range(6):
        ws.write_string(0, c, f"H{c}", header)
    write(ws, columns(), [None, money, day, None, (money, day), None])
    wb.close()


def by_cell_calls(ws, cols, formats) -> None:
    """The cells written one call each, as xlsxwriter's documentation shows."""
    for r in range(len(cols[0].values)):
        for c, (column, fmt) in enumerate(zip(cols, formats)):
            v = column.values[r]
            if v is None:
                continue
            if isinstance(v, str):
                ws.write_string(r + 1, c, v)
            elif isinstance(v, bool):
                ws.write_boolean(r + 1, c, v)
            elif isinstance(fmt, tuple):
                ws.write_number(r + 1, c, float(v), fmt[1] if isinstance(v, DateSerial) else fmt[0])
            else:
                ws.write_number(r + 1, c, v, fmt)


def sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode()


def test_rows_written_as_xml_make_the_sheet_xlsxwriters_cell_calls_make(tmp_path):
    book(tmp_path / "calls.xlsx", by_cell_calls)
    book(tmp_path / "rows.xlsx", lambda ws, cols, fmts: write_rows(ws, cols, fmts, first_row=1, progress=Progress()))
    assert sheet_xml(tmp_path / "rows.xlsx") == sheet_xml(tmp_path / "calls.xlsx")


def test_rows_are_written_in_blocks_and_still_make_the_same_sheet(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_columns, "ROWS_PER_BLOCK", 3)
    book(tmp_path / "calls.xlsx", by_cell_calls)
    book(tmp_path / "rows.xlsx", lambda ws, cols, fmts: write_rows(ws, cols, fmts, first_row=1, progress=Progress()))
    assert sheet_xml(tmp_path / "rows.xlsx") == sheet_xml(tmp_path / "calls.xlsx")


def test_text_shaped_like_a_rich_string_is_escaped_and_reads_back_as_itself(tmp_path):
    hostile = '<r><t>x</t></r></is></c><c r="B2"><f>1+1</f></c><c r="C2" t="inlineStr"><is><r><t>y</t></r>'
    wb = xlsxwriter.Workbook(str(tmp_path / "r.xlsx"), BOOK_OPTIONS)
    ws = wb.add_worksheet("S")
    write_rows(ws, [SheetColumn([hostile, "next"], "text", 10.0)], [None], first_row=0, progress=Progress())
    wb.close()
    sheet = load_workbook(tmp_path / "r.xlsx").worksheets[0]
    assert [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows()] == [[(hostile, "s")], [("next", "s")]]


def test_a_text_is_cut_to_excels_limit_in_utf16_units():
    (body,) = text_bodies([LONG_EMOJI])
    assert body == "<t>" + "😀" * 16_383 + "</t>"


def test_no_columns_write_no_row(tmp_path):
    wb = xlsxwriter.Workbook(str(tmp_path / "e.xlsx"), BOOK_OPTIONS)
    ws = wb.add_worksheet("S")
    write_rows(ws, [], [], first_row=1, progress=Progress())
    wb.close()
    assert "<sheetData/>" in sheet_xml(tmp_path / "e.xlsx")


def test_a_cancel_stops_the_rows_between_blocks(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_columns, "ROWS_PER_BLOCK", 2)
    progress = Progress()
    wb = xlsxwriter.Workbook(str(tmp_path / "c.xlsx"), BOOK_OPTIONS)
    ws = wb.add_worksheet("S")
    written = []
    real_write = sheet_columns._RowFile.write

    def write_then_cancel(self, xml):
        real_write(self, xml)
        written.append(xml)
        progress.cancel()
    monkeypatch.setattr(sheet_columns._RowFile, "write", write_then_cancel)
    with pytest.raises(Cancelled):
        write_rows(ws, [SheetColumn(["a", "b", "c", "d"], "text", 10.0)], [None], first_row=0, progress=progress)
    assert len(written) == 1
    wb.close()
