"""Reading delimited text: encodings, delimiters, ragged rows, titles, headers, bad files."""
from __future__ import annotations

import pytest

from segmentdesk.core.errors import EmptyFileError, FileReadError, NotASpreadsheetError
from segmentdesk.core.io.csv_reader import read_csv
from segmentdesk.core.io.read import read_table

FINNISH_TEXT = "Sähköposti;Etunimi;Sukunimi\r\nöljy@example.fi;Äijä;Öhman\r\nb@example.fi;Åke;Mäki\r\n"


def rows(table) -> list[list[object]]:
    return table.frame.values.tolist()


# -- encodings ----------------------------------------------------------------------------
def test_cp1252_fixture_is_decoded_with_finnish_letters(data_dir):
    table = read_table(data_dir / "customers_fi.csv")
    assert table.encoding == "cp1252"
    assert "Sähköposti" in table.columns
    assert table.frame.loc[0, "Sukunimi"] == "Mäkelä"
    assert table.frame.loc[3, "Sukunimi"] == "Äijälä"


def test_cp1252_bytes_written_by_finnish_excel_are_read_as_cp1252(write_bytes):
    table = read_csv(write_bytes("asiakkaat.csv", FINNISH_TEXT.encode("cp1252")))
    assert table.encoding == "cp1252"
    assert table.columns == ["Sähköposti", "Etunimi", "Sukunimi"]
    assert rows(table)[0] == ["öljy@example.fi", "Äijä", "Öhman"]


def test_utf8_with_bom_loses_the_bom_from_the_first_header(write_bytes):
    table = read_csv(write_bytes("bom.csv", FINNISH_TEXT.encode("utf-8-sig")))
    assert table.encoding == "utf-8-sig"
    assert table.columns[0] == "Sähköposti"
    assert rows(table)[1] == ["b@example.fi", "Åke", "Mäki"]


def test_plain_utf8_is_read_as_utf8(write_bytes):
    table = read_csv(write_bytes("utf8.csv", FINNISH_TEXT.encode("utf-8")))
    assert table.encoding == "utf-8"
    assert rows(table)[0] == ["öljy@example.fi", "Äijä", "Öhman"]


def test_utf16_unicode_text_from_excel_is_read(write_bytes):
    text = FINNISH_TEXT.replace(";", "\t")
    table = read_csv(write_bytes("unicode.txt", text.encode("utf-16")))
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    assert table.columns == ["Sähköposti", "Etunimi", "Sukunimi"]
    assert rows(table) == [["öljy@example.fi", "Äijä", "Öhman"], ["b@example.fi", "Åke", "Mäki"]]


# -- delimiters ---------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_delimiter_is_detected(write_bytes, delimiter):
    lines = [["email", "first name", "postal code"], ["a@example.fi", "Aino", "00100"],
             ["b@example.fi", "Eero", "33100"], ["c@example.fi", "Sanna", "90100"]]
    text = "\n".join(delimiter.join(line) for line in lines) + "\n"
    table = read_csv(write_bytes("people.csv", text.encode("utf-8")))
    assert table.delimiter == delimiter
    assert table.columns == ["email", "first name", "postal code"]
    assert rows(table) == lines[1:]


def test_semicolon_csv_with_decimal_comma_reports_comma_as_decimal_mark(data_dir):
    table = read_table(data_dir / "orders_fi.csv")
    assert table.delimiter == ";"
    assert table.decimal == ","
    assert table.frame.loc[2, "Summa"] == "1 040,00"


def test_comma_inside_quoted_field_does_not_split_it(write_bytes):
    text = 'email,interests\na@example.fi,"jooga, kahvi"\nb@example.fi,juoksu\n'
    table = read_csv(write_bytes("quoted.csv", text.encode("utf-8")))
    assert table.delimiter == ","
    assert rows(table) == [["a@example.fi", "jooga, kahvi"], ["b@example.fi", "juoksu"]]


def test_cells_are_read_as_text_so_leading_zeros_stay(data_dir):
    table = read_table(data_dir / "customers_fi.csv")
    assert table.frame["Postinumero"].tolist()[:4] == ["00100", "33100", "00500", "02100"]
    assert table.frame.loc[0, "Puhelin"] == "+358 40 123 4567"


def test_empty_cells_become_missing(data_dir):
    table = read_table(data_dir / "customers_fi.csv")
    assert table.frame.loc[4, "Puhelin"] is None
    assert table.frame.loc[2, "Liittymispäivä"] is None


def test_reading_does_not_change_the_source_file(data_dir):
    path = data_dir / "customers_fi.csv"
    before = path.read_bytes()
    read_table(path)
    assert path.read_bytes() == before


# -- ragged rows --------------------------------------------------------------------------
def test_short_rows_are_padded_with_missing_cells(write_bytes):
    text = "email;first;last\na@example.fi;Aino;Mäki\nb@example.fi\nc@example.fi;Sanna\n"
    table = read_csv(write_bytes("short.csv", text.encode("utf-8")))
    assert rows(table) == [["a@example.fi", "Aino", "Mäki"], ["b@example.fi", None, None],
                           ["c@example.fi", "Sanna", None]]


def test_long_rows_keep_their_extra_cells_in_new_columns(write_bytes):
    text = "email;first\na@example.fi;Aino\nb@example.fi;Eero;extra one;extra two\nc@example.fi;Sanna\n"
    table = read_csv(write_bytes("long.csv", text.encode("utf-8")))
    assert table.row_count == 3
    assert table.columns == ["email", "first", "Column 3", "Column 4"]
    assert rows(table)[1] == ["b@example.fi", "Eero", "extra one", "extra two"]
    assert rows(table)[0] == ["a@example.fi", "Aino", None, None]


def test_ragged_file_loses_no_cell(write_bytes):
    lines = ["a;b;c", "1;2", "3;4;5;6", "7", "8;9;10"]
    table = read_csv(write_bytes("ragged.csv", ("\n".join(lines) + "\n").encode("utf-8")))
    cells = {c for r in rows(table) for c in r if c is not None}
    assert cells == {str(n) for n in range(1, 11)}


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("quoted", [False, True])
def test_ragged_rows_are_reported_by_line_with_and_without_quotes(write_bytes, newline, quoted):
    lines = ["Otsikko;;", "", "a;b;c", "1;2;3", "4;5", "", "6;7;8;", "9;10;11;12", "13;14;15"]
    if quoted:
        lines[3] = '"1";2;3'       # quotes send the reader down the csv-module path
    table = read_csv(write_bytes("ragged.csv", (newline.join(lines) + newline).encode("utf-8")))
    assert table.ragged_lines == [5, 8]       # "4;5" short, "9;10;11;12" long; "6;7;8;" only a trailing ;
    assert table.ragged_count == 2


def test_blank_lines_between_rows_are_skipped(write_bytes):
    text = "email;first\n\na@example.fi;Aino\n\n\nb@example.fi;Eero\n"
    table = read_csv(write_bytes("blank.csv", text.encode("utf-8")))
    assert rows(table) == [["a@example.fi", "Aino"], ["b@example.fi", "Eero"]]


# -- header row ---------------------------------------------------------------------------
def test_title_rows_above_the_header_are_skipped(write_bytes):
    text = ("Asiakasrekisteri;;;\nTulostettu 1.7.2025;;;\n;;;\n"
            "Asiakasnumero;Sähköposti;Etunimi;Postinumero\n"
            "1;a@example.fi;Aino;00100\n2;b@example.fi;Eero;33100\n")
    table = read_csv(write_bytes("titled.csv", text.encode("utf-8")))
    assert table.header_row == 3
    assert table.columns == ["Asiakasnumero", "Sähköposti", "Etunimi", "Postinumero"]
    assert rows(table) == [["1", "a@example.fi", "Aino", "00100"], ["2", "b@example.fi", "Eero", "33100"]]


def test_blank_header_cells_are_named_by_position(write_bytes):
    text = "email;;city\na@example.fi;x;Oulu\n"
    table = read_csv(write_bytes("blank_header.csv", text.encode("utf-8")))
    assert table.columns == ["email", "Column 2", "city"]


def test_repeated_headers_are_made_unique_ignoring_case(write_bytes):
    text = "Email;email;Puhelin;Puhelin\na@example.fi;b@example.fi;040 1;050 2\n"
    table = read_csv(write_bytes("dupes.csv", text.encode("utf-8")))
    assert table.columns == ["Email", "email (2)", "Puhelin", "Puhelin (2)"]
    assert rows(table) == [["a@example.fi", "b@example.fi", "040 1", "050 2"]]


# -- files that are not tables -------------------------------------------------------------
def test_empty_file_raises_empty_file_error(data_dir):
    with pytest.raises(EmptyFileError):
        read_table(data_dir / "empty.csv")


def test_file_of_blank_lines_raises_empty_file_error(write_bytes):
    with pytest.raises(EmptyFileError):
        read_csv(write_bytes("blank.csv", b"\r\n  \r\n\r\n"))


def test_header_only_file_raises_empty_file_error(data_dir):
    with pytest.raises(EmptyFileError) as caught:
        read_table(data_dir / "header_only.csv")
    assert caught.value.details.get("header_only") is True


def test_binary_file_raises_not_a_spreadsheet_error(data_dir):
    with pytest.raises(NotASpreadsheetError):
        read_table(data_dir / "not_a_spreadsheet.png")


def test_binary_file_named_csv_raises_not_a_spreadsheet_error(data_dir, write_bytes):
    png = (data_dir / "not_a_spreadsheet.png").read_bytes()
    with pytest.raises(NotASpreadsheetError):
        read_table(write_bytes("picture.csv", png))


def test_missing_file_raises_file_read_error(tmp_path):
    with pytest.raises(FileReadError) as caught:
        read_table(tmp_path / "nowhere.csv")
    assert caught.value.details.get("reason") == "missing"


# -- the wizard's overrides -----------------------------------------------------------------
def test_a_chosen_encoding_is_used_instead_of_the_detected_one(write_bytes):
    path = write_bytes("latin.csv", FINNISH_TEXT.encode("utf-8"))
    assert rows(read_csv(path))[0][1] == "Äijä"
    table = read_csv(path, encoding="cp1252")
    assert table.encoding == "cp1252"
    assert rows(table)[0][1] == "Äijä".encode("utf-8").decode("cp1252")


def test_a_chosen_delimiter_is_used_instead_of_the_sniffed_one(write_bytes):
    path = write_bytes("comma.csv", b"name;city,country\nAino;Oulu,FI\nEero;Turku,FI\n")
    table = read_csv(path, delimiter=",")
    assert table.delimiter == ","
    assert table.columns == ["name;city", "country"]
    assert rows(table)[0] == ["Aino;Oulu", "FI"]


def test_a_chosen_header_row_is_used_instead_of_the_detected_one(write_bytes):
    path = write_bytes("two_heads.csv", b"Ryhma;Alue\nemail;city\na@x.fi;Oulu\nb@x.fi;Turku\n")
    assert read_csv(path).columns == ["Ryhma", "Alue"]
    table = read_csv(path, header_row=1)
    assert table.header_row == 1
    assert table.columns == ["email", "city"]
    assert rows(table) == [["a@x.fi", "Oulu"], ["b@x.fi", "Turku"]]


def test_a_header_row_past_the_last_line_is_a_header_only_file(write_bytes):
    path = write_bytes("short.csv", b"email;city\na@x.fi;Oulu\n")
    with pytest.raises(EmptyFileError):
        read_csv(path, header_row=5)


# -- reading big files without a second copy -------------------------------------------------
@pytest.mark.parametrize("encoding", ["cp1252", "utf-8", "utf-8-sig", "utf-16", "mixed"])
def test_an_unquoted_file_read_from_disk_holds_what_the_decoded_text_holds(write_bytes, monkeypatch, encoding):
    from segmentdesk.core.io import csv_reader

    text = FINNISH_TEXT + "c@example.fi;Örö;€uro\r\n" if encoding != "cp1252" else FINNISH_TEXT
    data = text.encode("utf-8") + "Pörö".encode("cp1252") + b";x;y\r\n" if encoding == "mixed" \
        else text.encode(encoding)
    path = write_bytes("asiakkaat.csv", data)
    streamed = read_csv(path)
    real_scan = csv_reader.scan_unquoted_rows

    def not_exact(*args, **kwargs):
        scan = real_scan(*args, **kwargs)
        assert scan is not None and scan.exact_width          # the file did take the path from disk
        scan.exact_width = False
        return scan

    monkeypatch.setattr(csv_reader, "scan_unquoted_rows", not_exact)
    in_memory = read_csv(path)
    assert streamed.encoding == in_memory.encoding
    assert rows(streamed) == rows(in_memory) and streamed.columns == in_memory.columns
    assert len(rows(streamed)) == {"cp1252": 2, "mixed": 4}.get(encoding, 3)


def test_a_ragged_or_quoted_file_is_parsed_from_its_decoded_text(write_bytes, monkeypatch):
    from segmentdesk.core.io import csv_reader

    opened = []
    real_open = csv_reader.Path.open
    def open_(self, *args, **kwargs):
        if "encoding" in kwargs:                  # opened as text: for pandas to read
            opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(csv_reader.Path, "open", open_)
    read_csv(write_bytes("a.csv", b"a;b\r\n1;2;3\r\n4;5\r\n"))
    read_csv(write_bytes("b.csv", b'a;b\r\n"1;x";2\r\n4;5\r\n'))
    assert opened == []
    read_csv(write_bytes("c.csv", b"a;b\r\n1;2\r\n4;5\r\n"))
    assert len(opened) == 1
