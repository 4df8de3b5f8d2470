"""The XML of a member sheet's cells, built a block of rows at a time (the export's inner loop).

xlsxwriter spends some 4 µs on each cell it writes (argument checks, a cell tuple, attribute
lists, several regular expressions, a file write); a 100k-customer export writes close to a
million cells.  Here a block of rows is made with one list comprehension per column and written
with one call, as exactly the XML xlsxwriter's constant-memory mode writes for the same cells
(``tests/core/test_sheet_xml.py`` compares the two), but for one thing it gets wrong: xlsxwriter
copies text that begins with ``<r>`` and ends with ``</r>`` into the sheet unescaped (as if it
were its own rich string), so such a text could carry a formula cell; here every text is escaped,
and the cells xlsxwriter writes itself (headings, the summary) go through :class:`TextSafeWorkbook`.

Text cells are inline strings (never a formula, a number or a link); a literal ``_xHHHH_`` is
escaped as ``_x005F_xHHHH_`` and the control characters left after :func:`.safe_text.clean_text`
(only CR) as ``_xHHHH_``, so each reads back as the text it was; leading or trailing white space
is kept (``xml:space="preserve"``); a text is cut to Excel's 32,767 UTF-16 units.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import repeat
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

UTF16_MAX = 32_767
_ESCAPED = re.compile("_x[0-9a-fA-F]{4}_")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
_UNPRINTED = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")     # written as _xHHHH_ (none is printable)


def text_bodies(texts: Sequence[str | None]) -> list[str | None]:
    """Each text as the ``<t>`` element of an inline string cell (None stays None: no cell)."""
    escaped, spaced = _escaped_texts(texts)
    if not spaced:
        return [None if t is None else f"<t>{t}</t>" for t in escaped]
    return [None if t is None else f'<t xml:space="preserve">{t}</t>' if t[:1].isspace() or t[-1:].isspace()
            else f"<t>{t}</t>" for t in escaped]


def _escaped_texts(texts: Sequence[str | None]) -> tuple[list[str | None], bool]:
    """The texts escaped and cut (None stays None), and whether any begins or ends in white space.

    Each test looks at the block's texts at once (a regular expression per text costs more than
    the rest of a cell); a ``_xHHHH_`` found across two texts costs only the slower way.
    """
    present = [t for t in texts if t is not None]
    if not present:
        return list(texts), False
    if max(map(len, present)) > UTF16_MAX // 2:
        present = [_utf16_cut(t) for t in present]
    joined = "".join(present)
    if ("&" in joined or "<" in joined or ">" in joined or ("_x" in joined and _ESCAPED.search(joined))
            or (not joined.isprintable() and _UNPRINTED.search(joined))):
        present = [_escaped(t) for t in present]
    spaced = list(map(str.strip, present)) != present      # str.strip strips what isspace() is true for
    if len(present) == len(texts):
        return present, spaced
    filled = iter(present)
    return [None if t is None else next(filled) for t in texts], spaced


def _escaped(text: str) -> str:
    text = _ESCAPED.sub(r"_x005F\g<0>", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _utf16_cut(text: str) -> str:
    """``text`` cut to :data:`UTF16_MAX` UTF-16 units (Excel counts a character beyond U+FFFF as two)."""
    units = text.encode("utf-16-le")
    if len(units) <= 2 * UTF16_MAX:
        return text
    return units[: 2 * UTF16_MAX].decode("utf-16-le", errors="ignore")


def style_attribute(fmt: Any) -> str:
    """The ``s`` attribute of a cell in the xlsxwriter format ``fmt`` ("" for none)."""
    index = fmt._get_xf_index() if fmt is not None else 0
    return f' s="{index}"' if index else ""


class ColumnCells:
    """Makes one column's cells for a block of rows; ``kind`` is how its values are written
    (``text``, ``number``, ``boolean``, or ``mixed`` values of any of those and :class:`DateSerial`)."""

    def __init__(self, col: int, kind: str, fmt: Any) -> None:
        self.letter = xl_col_to_name(col)
        self.kind = kind
        number_fmt, date_fmt = fmt if isinstance(fmt, tuple) else (fmt, fmt)
        self.style = "" if kind in ("text", "boolean") else style_attribute(number_fmt)
        self.date_style = style_attribute(date_fmt)

    def cells(self, numbers: Sequence[str], values: Sequence[Any]) -> list[str]:
        """The cells of rows ``numbers`` (1-based, as text) holding ``values`` ("" for an empty cell)."""
        ref = f'<c r="{self.letter}'
        if self.kind == "text":
            open_ = f'"{self.style} t="inlineStr"><is>'
            escaped, spaced = _escaped_texts(values)
            if not spaced:      # the usual case: one string made per cell
                return ["" if t is None else f"{ref}{n}{open_}<t>{t}</t></is></c>" for n, t in zip(numbers, escaped)]
            return ["" if b is None else f"{ref}{n}{open_}{b}</is></c>" for n, b in zip(numbers, text_bodies(values))]
        if self.kind == "number":
            open_ = f'"{self.style}><v>'
            return ["" if v is None else f"{ref}{n}{open_}{v:.16G}</v></c>" for n, v in zip(numbers, values)]
        if self.kind == "boolean":
            return ["" if v is None else f'{ref}{n}" t="b"><v>{int(v)}</v></c>' for n, v in zip(numbers, values)]
        return self._mixed(ref, numbers, values)

    def _mixed(self, ref: str, numbers: Sequence[str], values: Sequence[Any]) -> list[str]:
        bodies = iter(text_bodies([v if isinstance(v, str) else None for v in values]))
        out = []
        for n, v in zip(numbers, values):
            body = next(bodies)
            if v is None:
                out.append("")
            elif body is not None:
                out.append(f'{ref}{n}" t="inlineStr"><is>{body}</is></c>')
            elif isinstance(v, bool):
                out.append(f'{ref}{n}" t="b"><v>{int(v)}</v></c>')
            else:
                style = self.date_style if isinstance(v, DateSerial) else self.style
                out.append(f'{ref}{n}"{style}><v>{float(v):.16G}</v></c>')
        return out


class DateSerial(float):
    """A date as Excel's serial number, in a column that also holds other kinds of value."""


def rows_xml(first: int, columns: Sequence[list[str]]) -> str:
    """The ``<row>`` elements of rows ``first``, ``first + 1``, … (1-based) from each column's cells;
    a row without a cell is left out, as xlsxwriter leaves it."""
    count = len(columns[0]) if columns else 0
    opens = [f'<row r="{n}">' for n in range(first, first + count)]
    rows = map("".join, zip(opens, *columns, repeat("</row>")))
    if any("" in column for column in columns):
        return "".join(r for r in rows if not r.endswith('"></row>'))
    return "".join(rows)


def row_numbers(first: int, count: int) -> list[str]:
    """Rows ``first`` … ``first + count - 1`` (1-based) as the text of a cell reference."""
    return [str(n) for n in range(first, first + count)]


class _TextSafeWorksheet(Worksheet):
    """A worksheet that writes no rich strings: text shaped like one is the plain text it is.

    In constant-memory mode xlsxwriter tells its own rich strings from text by their shape alone
    (``<r>…</r>``) and copies them into the sheet unescaped; this sheet writes such a text as it
    writes any other (control characters are already escaped when this is called).
    """

    def _xml_rich_inline_string(self, string: str, attributes: list | None = None) -> None:
        preserve = string[:1].isspace() or string[-1:].isspace()
        self._xml_inline_string(string, preserve, attributes or [])


class TextSafeWorkbook(xlsxwriter.Workbook):
    """An xlsxwriter workbook whose worksheets are :class:`_TextSafeWorksheet`\\ s (xlsxwriter's
    documented way to subclass its worksheets)."""

    worksheet_class = _TextSafeWorksheet
