"""Bad input: every file of ``tests/data/bad`` (and a few generated large ones) ends in a typed
error or a clean read — never a crash, a hang, a swapped machine or an expanded entity.

Reads that could take the whole process down if a guard broke (calamine aborts on a failed
allocation) run in a child process with a memory limit and a timeout.
"""
from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from segmentdesk.core.errors import (DamagedFileError, EmptyFileError, FileReadError, FileTooLargeError,
                                     MalformedCsvError, NotASpreadsheetError, PasswordProtectedError,
                                     UnsafeFileError)
from segmentdesk.core.io import cfb, excel_reader, memory, safety, sheet_extent
from segmentdesk.core.io.decoding import binary_kind
from segmentdesk.core.io.read import read_table

BAD = Path(__file__).resolve().parent.parent / "data" / "bad"
_spec = importlib.util.spec_from_file_location("make_corpus", BAD / "make_corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs resource limits (POSIX)")


def read_in_child(path: Path, *, code: str | None = None, memory_mib: int = 1536, timeout: float = 60) -> dict:
    """Run ``read_table(path)`` (or ``code``) in a child process under an address-space limit.

    Returns the JSON the child printed: ``{"rows": n}`` or ``{"error", "code", "details"}``, plus
    ``peak_mib`` (the child's peak virtual size).  A crash fails the test with the child's output.
    """
    code = code or """
from segmentdesk.core.errors import SegmentDeskError
from segmentdesk.core.io.read import read_table
try:
    result = {"rows": read_table(PATH).row_count}
except SegmentDeskError as exc:
    result = {"error": type(exc).__name__, "code": exc.code, "details": {k: str(v) for k, v in exc.details.items()}}
"""
    script = f"""
import json, resource, sys
limit = {memory_mib} * 1024 ** 2
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
PATH = {str(path)!r}
{code}
status = open("/proc/self/status").read() if sys.platform.startswith("linux") else ""
peak = [line.split()[1] for line in status.splitlines() if line.startswith("VmPeak:")]
result["peak_mib"] = int(peak[0]) // 1024 if peak else 0
print(json.dumps(result))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, f"child died ({done.returncode}): {done.stderr[-2000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def no_calamine(monkeypatch):
    """Fail the test if calamine is asked to open anything (the checks must refuse first)."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("calamine was asked to open the file")
    stub = SimpleNamespace(**{name: getattr(excel_reader.calamine, name) for name in dir(excel_reader.calamine)
                              if name.endswith(("Error", "NotFound"))})
    stub.CalamineWorkbook = SimpleNamespace(from_path=refuse)
    monkeypatch.setattr(excel_reader, "calamine", stub)


def write_workbook(path: Path, sheet_xml: str) -> Path:
    path.write_bytes(corpus.workbook_bytes(sheet_xml=sheet_xml))
    return path


# -- 1. empty files ------------------------------------------------------------------------------
def test_empty_csv_raises_empty_file_error():
    with pytest.raises(EmptyFileError) as caught:
        read_table(BAD / "empty.csv")
    assert not caught.value.details.get("header_only")


def test_csv_of_blank_lines_raises_empty_file_error():
    with pytest.raises(EmptyFileError):
        read_table(BAD / "blank_lines.csv")


def test_header_only_csv_says_it_has_a_header_but_no_rows():
    with pytest.raises(EmptyFileError) as caught:
        read_table(BAD / "header_only.csv")
    assert caught.value.details["header_only"] is True


def test_header_only_xlsx_says_it_has_a_header_but_no_rows():
    with pytest.raises(EmptyFileError) as caught:
        read_table(BAD / "header_only.xlsx")
    assert caught.value.details["header_only"] is True


# -- 2. binaries that are not spreadsheets -------------------------------------------------------
@pytest.mark.parametrize(("name", "kind"), [("png_named.csv", "png"), ("elf_named.csv", "executable"),
                                            ("pdf_named.csv", "pdf")])
def test_binary_named_csv_is_refused_as_binary(name, kind):
    with pytest.raises(NotASpreadsheetError) as caught:
        read_table(BAD / name)
    assert caught.value.details == {"reason": "binary", "kind": kind}


def test_text_full_of_control_bytes_is_refused_as_binary(tmp_path):
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(b for b in range(1, 256)) * 40)    # no NUL byte, 10% control bytes
    with pytest.raises(NotASpreadsheetError) as caught:
        read_table(path)
    assert caught.value.details["reason"] == "binary"


def test_a_stray_control_byte_in_real_text_is_not_binary():
    text = ("Asiakasnumero;Etunimi\r\n" + "1001;Äijä\r\n" * 200).encode("cp1252") + b"\x1a\x07"
    assert binary_kind(text) is None


@pytest.mark.parametrize("name", ["random_zip_named.xlsx", "random_zip_named.csv"])
def test_zip_of_random_content_is_not_a_spreadsheet(name, no_calamine):
    with pytest.raises(NotASpreadsheetError) as caught:
        read_table(BAD / name)
    assert caught.value.details["reason"] == "zip_not_workbook"


def test_ole_container_of_random_content_is_not_a_spreadsheet():
    with pytest.raises(NotASpreadsheetError):
        read_table(BAD / "random_ole.xls")


@posix_only
def test_xls_whose_sector_chain_loops_is_damaged_before_calamine_follows_it():
    """Found by fuzzing: calamine follows a looping chain until the machine runs out of memory."""
    result = read_in_child(BAD / "self_linked_chain.xls")
    assert result["error"] == "DamagedFileError"
    assert "loops" in result["details"]["reason"]


@posix_only
@pytest.mark.parametrize(("name", "error", "reason"), [
    ("inverted_dimensions.xls", "DamagedFileError", "a sheet's dimensions end before they start"),
    ("huge_dimensions.xls", "FileTooLargeError", "sheet_extent"),
    ("far_cell.xls", "FileTooLargeError", "sheet_extent"),
])
def test_xls_counts_calamine_would_trust_with_memory_are_refused_before_it_opens_the_file(name, error, reason):
    """Found by fuzzing: calamine reserves what a DIMENSIONS record or two far cells ask for."""
    result = read_in_child(BAD / name)
    assert (result["error"], result["details"]["reason"]) == (error, reason)


def test_xls_extent_covers_what_calamine_allocates():
    from segmentdesk.core.io.xls_extent import _sheet_extent

    with (BAD / "plain_legacy.xls").open("rb") as fh:
        stream = cfb.Container(fh).read_stream("Workbook")
    sheet = excel_reader.calamine.CalamineWorkbook.from_path(str(BAD / "plain_legacy.xls")).get_sheet_by_index(0)
    allocated = (sheet.end[0] - sheet.start[0] + 1) * (sheet.end[1] - sheet.start[1] + 1)
    position = stream.index(b"\x09\x08", 1)                      # the sheet's own BOF record
    assert _sheet_extent(stream, position, "Asiakkaat").cells == allocated


def test_sector_chains_of_real_containers_pass_the_check():
    for name in ("plain_legacy.xls", "encrypted.xlsx"):
        with (BAD / name).open("rb") as fh:
            cfb.Container(fh).check_chains()


def test_real_legacy_xls_still_reads_after_the_checks():
    table = read_table(BAD / "plain_legacy.xls")
    assert table.columns == ["Asiakasnumero", "Etunimi", "Sähköposti"]
    assert table.frame.iloc[0, 1] == "Aino"


# -- 3. truncated or corrupt workbooks -----------------------------------------------------------
def test_truncated_xlsx_is_damaged_before_calamine_opens_it(no_calamine):
    with pytest.raises(DamagedFileError) as caught:
        read_table(BAD / "truncated.xlsx")
    assert isinstance(caught.value, NotASpreadsheetError)     # what callers caught before


def test_xlsx_with_corrupt_deflate_data_is_damaged(no_calamine):
    with pytest.raises(DamagedFileError):
        read_table(BAD / "corrupt_deflate.xlsx")


def test_xlsx_missing_its_sheet_part_is_damaged():
    with pytest.raises(DamagedFileError):
        read_table(BAD / "missing_sheet_part.xlsx")


def test_a_panic_inside_calamine_becomes_a_damaged_file_error(monkeypatch):
    class PanicException(BaseException):                      # what pyo3 raises for a Rust panic
        pass

    def panic(*_args, **_kwargs):
        raise PanicException("index out of bounds")
    stub = SimpleNamespace(**{name: getattr(excel_reader.calamine, name) for name in dir(excel_reader.calamine)
                              if name.endswith(("Error", "NotFound"))})
    stub.CalamineWorkbook = SimpleNamespace(from_path=panic)
    monkeypatch.setattr(excel_reader, "calamine", stub)
    with pytest.raises(DamagedFileError):
        read_table(BAD.parent / "customers_en.xlsx")


# -- 4. password-protected workbooks -------------------------------------------------------------
def test_encrypted_xlsx_is_refused_as_password_protected_before_calamine(no_calamine):
    with pytest.raises(PasswordProtectedError) as caught:
        read_table(BAD / "encrypted.xlsx")
    assert caught.value.details["reason"] == "password"


def test_calamines_password_error_is_mapped_too(monkeypatch):
    def locked(*_args, **_kwargs):
        raise excel_reader.calamine.PasswordError("Workbook is password protected")
    stub = SimpleNamespace(**{name: getattr(excel_reader.calamine, name) for name in dir(excel_reader.calamine)
                              if name.endswith(("Error", "NotFound"))})
    stub.CalamineWorkbook = SimpleNamespace(from_path=locked)
    monkeypatch.setattr(excel_reader, "calamine", stub)
    with pytest.raises(PasswordProtectedError):
        read_table(BAD / "plain_legacy.xls")                  # e.g. an .xls with RC4 encryption


# -- 5. hostile XML ------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "part"), [
    ("entity_expansion_shared_strings.xlsx", "xl/sharedStrings.xml"),
    ("entity_expansion_sheet.xlsx", "xl/worksheets/sheet1.xml"),
    ("external_entity.xlsx", "xl/sharedStrings.xml"),
])
def test_xml_entity_declarations_are_refused_unexpanded(name, part, no_calamine):
    with pytest.raises(UnsafeFileError) as caught:
        read_table(BAD / name)
    assert caught.value.details == {"reason": "xml_doctype", "part": part}


@posix_only
@pytest.mark.parametrize("name", ["entity_expansion_shared_strings.xlsx", "entity_expansion_sheet.xlsx",
                                  "external_entity.xlsx"])
def test_calamine_itself_refuses_entities_without_expanding_them(name):
    """Measured: calamine (quick-xml) knows only the five XML entities and stops at the first
    other one, so even without our check it neither expands a billion laughs nor reads a file."""
    result = read_in_child(BAD / name, memory_mib=1024, timeout=30, code="""
import python_calamine as calamine
try:
    book = calamine.CalamineWorkbook.from_path(PATH)
    result = {"rows": [[str(c)[:40] for c in r] for r in book.get_sheet_by_index(0).to_python()]}
except calamine.CalamineError as exc:
    result = {"error": type(exc).__name__, "message": str(exc)}
""")
    assert result["error"] == "XmlError"
    assert "unrecognized entity" in result["message"]
    assert result["peak_mib"] < 600


@pytest.mark.parametrize(("head", "complete", "hostile"), [
    (b'<?xml version="1.0"?>\n<sst xmlns="x"/>', True, False),
    (b'\xef\xbb\xbf<?xml version="1.0"?><!-- <!DOCTYPE in a comment --><sst/>', True, False),
    (b'<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY a "b">]><sst/>', True, True),
    (b'<?xml version="1.0"?>\n<!-- a comment longer than the peek', False, True),
    (b'<?xml version="1.0"?>\n' + b" " * 100, False, True),
    ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'.encode("utf-16"), True, True),
], ids=["plain", "comment", "doctype", "endless-comment", "endless-blanks", "utf-16"])
def test_a_doctype_anywhere_in_the_prolog_is_found(head, complete, hostile):
    assert safety.declares_dtd(head, complete=complete) is hostile


# -- 6. zip bombs --------------------------------------------------------------------------------
def zip_bomb(path: Path, *, inflated_mib: int = 64) -> Path:
    """A workbook whose sheet part inflates ~1000x: {inflated_mib} MiB of blanks in a few dozen KB."""
    base = zipfile.ZipFile(io.BytesIO(corpus.workbook_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in base.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                zf.writestr(info.filename, base.read(info))
        with zf.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(corpus.sheet(corpus.customer_rows()).split("<sheetData>")[0].encode() + b"<sheetData>")
            block = b" " * 1024**2
            for _ in range(inflated_mib):
                part.write(block)
            part.write(b"</sheetData></worksheet>")
    return path


def test_zip_bomb_xlsx_is_refused_before_inflating(tmp_path, no_calamine):
    bomb = zip_bomb(tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 1024**2
    tracemalloc.start()
    try:
        with pytest.raises(UnsafeFileError) as caught:
            read_table(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.details["reason"] == "compression_ratio"
    assert caught.value.details["part"] == "xl/worksheets/sheet1.xml"
    assert caught.value.details["ratio"] > safety.MAX_COMPRESSION_RATIO
    assert peak < 4 * 1024**2                                 # the 64 MiB were never inflated


def test_workbook_inflating_past_the_total_limit_is_refused(tmp_path, monkeypatch, no_calamine):
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED_TOTAL", 2000)
    path = tmp_path / "big.xlsx"
    path.write_bytes(corpus.workbook_bytes())
    with pytest.raises(FileTooLargeError) as caught:
        read_table(path)
    assert caught.value.details["reason"] == "uncompressed_size"
    assert caught.value.details["limit"] == 2000


def test_zip_of_too_many_parts_is_refused(tmp_path, monkeypatch, no_calamine):
    monkeypatch.setattr(safety, "MAX_ZIP_ENTRIES", 4)
    path = tmp_path / "parts.xlsx"
    path.write_bytes(corpus.workbook_bytes())
    with pytest.raises(UnsafeFileError) as caught:
        read_table(path)
    assert caught.value.details == {"reason": "zip_entries", "entries": 6}


# -- 7. larger than memory -----------------------------------------------------------------------
@posix_only                                                   # sparse files
def test_csv_larger_than_memory_is_refused_before_reading(tmp_path, monkeypatch):
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as fh:                               # sparse: takes no disk
        fh.write(b"Asiakasnumero;Etunimi\r\n1001;Aino\r\n")
        fh.truncate(memory.read_budget() // safety.CSV_BYTES_FACTOR + 1024**2)

    def never(*_args):
        raise AssertionError("the file was read")
    monkeypatch.setattr(Path, "read_bytes", never)
    started = time.perf_counter()
    with pytest.raises(FileTooLargeError) as caught:
        read_table(huge)
    assert time.perf_counter() - started < 1
    assert caught.value.details["reason"] == "memory"
    assert caught.value.details["needed"] > caught.value.details["available"]


def test_csv_over_a_small_memory_budget_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(memory, "available_memory", lambda: 64 * 1024)
    path = tmp_path / "customers.csv"
    path.write_bytes(b"Asiakasnumero;Etunimi\r\n" + b"1001;Aino\r\n" * 1000)
    with pytest.raises(FileTooLargeError) as caught:
        read_table(path)
    assert caught.value.details["available"] == 32 * 1024


def test_xlsx_over_a_small_memory_budget_is_refused_before_calamine(tmp_path, monkeypatch, no_calamine):
    monkeypatch.setattr(memory, "available_memory", lambda: 4 * 1024)
    path = tmp_path / "customers.xlsx"
    path.write_bytes(corpus.workbook_bytes())
    with pytest.raises(FileTooLargeError) as caught:
        read_table(path)
    assert caught.value.details["reason"] == "memory"


def test_available_memory_is_read_from_memavailable(tmp_path):
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:       16000000 kB\nMemFree:   100 kB\nMemAvailable:    2048 kB\n")
    assert memory._from_proc_meminfo(str(meminfo)) == 2048 * 1024


def test_read_budget_is_a_share_of_available_memory(monkeypatch):
    monkeypatch.setattr(memory, "available_memory", lambda: 8 * 1024**3)
    assert memory.read_budget() == int(8 * 1024**3 * memory.MEMORY_SHARE)


def test_available_memory_falls_back_when_the_system_does_not_tell(monkeypatch):
    monkeypatch.setattr(memory, "_from_proc_meminfo", lambda: None)
    monkeypatch.setattr(memory, "_from_sysconf", lambda: None)
    monkeypatch.setattr(memory, "_from_windows", lambda: None)
    assert memory.available_memory() == memory.FALLBACK_AVAILABLE


# -- a sheet whose cells lie far apart (calamine allocates the whole rectangle) -------------------
@posix_only
def test_stray_far_cell_xlsx_is_refused_naming_the_cell():
    result = read_in_child(BAD / "stray_far_cell.xlsx")
    assert result["error"] == "FileTooLargeError"
    assert result["details"]["reason"] == "sheet_extent"
    assert result["details"]["last_cell"] == "XFD1048576"
    assert result["details"]["sheet"] == "Asiakkaat"


@posix_only
@pytest.mark.parametrize("target", ["evil.xml", "/xl/evil.xml"])
def test_stray_far_cell_in_a_sheet_part_outside_worksheets_is_refused(tmp_path, target):
    far = corpus.sheet(corpus.customer_rows() + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(corpus.workbook_bytes())) as src, zipfile.ZipFile(buffer, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b'Target="worksheets/sheet1.xml"', f'Target="{target}"'.encode())
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, data)
        dst.writestr("xl/evil.xml", far)
    path = tmp_path / "moved.xlsx"
    path.write_bytes(buffer.getvalue())
    result = read_in_child(path)
    assert result["details"]["reason"] == "sheet_extent"


def test_stray_far_styled_empty_cell_does_not_stop_the_read():
    table = read_table(BAD / "stray_far_styled_empty_cell.xlsx")
    assert table.row_count == 2


def test_sheet_extent_over_the_cell_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_extent, "MAX_SHEET_CELLS", 8)
    path = write_workbook(tmp_path / "wide.xlsx", corpus.sheet(corpus.customer_rows()))
    with pytest.raises(FileTooLargeError) as caught:
        read_table(path)
    assert caught.value.details["last_cell"] == "C3"
    assert caught.value.details["cells"] == 9


IMPLICIT = ('<row><c t="s"><v>0</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c/><c><v>5</v></c></row>'
            '<row r="10"><c><v>6</v></c></row><row><c r="C11"><v>7</v></c><c><v>8</v></c></row>')
PREFIXED = (f'<?xml version="1.0"?><x:worksheet xmlns:x="{corpus.MAIN_NS}"><x:sheetData>'
            '<x:row r="2"><x:c r="B2"><x:v>1</x:v></x:c></x:row><x:row r="7"><x:c r="F7"><x:v>2</x:v></x:c>'
            '</x:row></x:sheetData></x:worksheet>')


@pytest.mark.parametrize("sheet_xml", [
    corpus.sheet(corpus.customer_rows()),
    corpus.sheet(IMPLICIT),                                                      # positions without r=
    corpus.sheet('<row r="5"><c r="C5"><v>1</v></c></row><row r="9"><c r="E9"><v>3</v></c></row>'),
    corpus.sheet('<row r="1"><c s="0" r="A1"><v>1</v></c><c t="n" r="K30"><v>2</v></c></row>'),
    PREFIXED,
], ids=["references", "implicit", "offset", "r-not-first", "prefixed"])
def test_measured_extent_covers_what_calamine_allocates(sheet_xml):
    data = corpus.workbook_bytes(sheet_xml=sheet_xml)
    sheet = excel_reader.calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0)
    allocated = (sheet.end[0] - sheet.start[0] + 1) * (sheet.end[1] - sheet.start[1] + 1)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for exact in (False, True):
            assert sheet_extent.measure(zf, "xl/worksheets/sheet1.xml", exact=exact).cells == allocated


def test_exact_extent_ignores_cells_without_content():
    data = corpus.workbook_bytes(sheet_xml=corpus.sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="Z1" s="1"/></row><row r="900000"><c r="XFD900000" s="2"/></row>'))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert sheet_extent.measure(zf, "xl/worksheets/sheet1.xml", exact=False).cells > 10**9
        assert sheet_extent.measure(zf, "xl/worksheets/sheet1.xml", exact=True).cells == 1


# -- 8. ragged rows ------------------------------------------------------------------------------
def test_ragged_csv_is_read_and_reports_where_rows_of_another_width_start():
    table = read_table(BAD / "ragged.csv")
    assert table.row_count == 7
    assert table.ragged_lines == [3, 4, 9]       # short, long, a short row whose quoted cell spans 2 lines
    assert table.ragged_count == 3
    assert table.frame.iloc[2].tolist() == ["1003", "Ville", "ville@example.fi", "ylimääräinen"]


def test_ragged_lines_keep_the_first_hundred_and_count_them_all(tmp_path):
    path = tmp_path / "short.csv"
    path.write_bytes(b"a;b;c\r\n" + b"1;2\r\n" * 150 + b"1;2;3\r\n")
    table = read_table(path)
    assert table.ragged_lines == list(range(2, 102))
    assert table.ragged_count == 150


def test_a_well_formed_csv_reports_no_ragged_lines(data_dir):
    assert read_table(data_dir / "customers_fi.csv").ragged_lines == []


# -- 9. mixed encodings --------------------------------------------------------------------------
def test_mixed_utf8_and_cp1252_csv_keeps_the_text_of_both():
    table = read_table(BAD / "mixed_encoding.csv")
    assert table.encoding == "utf-8+cp1252"
    assert table.frame["Etunimi"].tolist() == ["Äijä", "Öljy-Pertti", "Pörrö", "Sää-Sanna"]
    assert table.frame["Kaupunki"].tolist() == ["Jyväskylä", "Hämeenlinna", "Mäntsälä", "Kärsämäki"]


def test_cp1252_csv_with_a_chance_utf8_pair_stays_cp1252(tmp_path):
    path = tmp_path / "cp.csv"
    path.write_bytes(("Etunimi;Kaupunki\r\n" + "Äijä;Jyväskylä\r\n" * 50 + "Ä–x;Öö\r\n").encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.frame.iloc[-1].tolist() == ["Ä–x", "Öö"]


@pytest.mark.parametrize("block", [1, 2, 3, 7, 1 << 22])
def test_a_mixed_file_is_told_the_same_whatever_the_blocks_it_is_looked_at_in(monkeypatch, block):
    """UTF-8 sequences cut by a block's end still count (the next block's first byte is looked at)."""
    from segmentdesk.core.io import decoding

    monkeypatch.setattr(decoding, "SNIFF_BLOCK", block)
    mixed = (BAD / "mixed_encoding.csv").read_bytes()
    assert decoding.decode_text(mixed)[1] == "utf-8+cp1252"
    chance = ("Etunimi;Kaupunki\r\n" + "Äijä;Jyväskylä\r\n" * 50 + "Ä–x;Öö\r\n").encode("cp1252")
    assert decoding.decode_text(chance)[1] == "cp1252"


# -- quoting that runs away, and tables too wide -------------------------------------------------
def test_unclosed_quote_csv_names_the_line_it_opens_on():
    with pytest.raises(MalformedCsvError) as caught:
        read_table(BAD / "unclosed_quote.csv")
    assert caught.value.details == {"reason": "unclosed_quote", "line": 3}


def test_cell_past_the_field_limit_names_its_line(tmp_path):
    path = tmp_path / "long.csv"
    path.write_bytes(b"nimi;email\r\nAino;a@example.fi\r\n" + b"x" * 300_000 + b";y\r\nEino;e@example.fi\r\n")
    with pytest.raises(MalformedCsvError) as caught:
        read_table(path)
    assert caught.value.details == {"reason": "long_field", "line": 3}


def test_one_line_of_a_hundred_thousand_fields_is_refused_quickly(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_bytes(b"a;b;" * 50_000)
    started = time.perf_counter()
    with pytest.raises(FileTooLargeError) as caught:
        read_table(path)
    assert time.perf_counter() - started < 2
    assert caught.value.details["reason"] == "columns"


# Read in a child process above: a broken guard would take the whole test run down with them.
ABORTS_IF_UNGUARDED = {"stray_far_cell.xlsx", "self_linked_chain.xls", "inverted_dimensions.xls",
                       "huge_dimensions.xls", "far_cell.xls"}


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.iterdir()
                                        if p.suffix in (".csv", ".xlsx", ".xls") and p.name not in ABORTS_IF_UNGUARDED))
def test_every_corpus_file_reads_or_raises_a_file_read_error(name):
    try:
        read_table(BAD / name)
    except FileReadError as exc:
        assert exc.code and str(exc)


def test_a_file_that_cannot_be_opened_raises_a_file_read_error(tmp_path, monkeypatch):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(corpus.workbook_bytes())

    def locked(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(FileReadError) as caught:
        read_table(path)
    assert caught.value.details["reason"] == "unreadable"
