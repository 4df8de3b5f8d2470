"""The sheet-extent scan: the numpy fast path answers exactly as the regular expression does."""
from __future__ import annotations

import pytest

from segmentdesk.core.io import sheet_extent as se


def regex_answer(buf: bytes):
    refs = se._CELL_REF.findall(buf)
    if not refs:
        return True, None
    cols = {ref[0] for ref in refs}
    if b"" in cols:
        return False, None
    rows = [int(ref[1]) for ref in refs]
    numbers = [se.column_number(c) for c in cols]
    return True, (min(rows) - 1, min(numbers) - 1, max(rows) - 1, max(numbers) - 1)


@pytest.mark.parametrize("buf", [
    b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1048576"/></row>',
    b'<c r="B2"><v>1</v></c><c r="AA10"><v>2</v></c><c>x</c>',       # a cell without a reference
    b'<c s="1" r="B2"/>',                                               # r not the first attribute
    b'<c r="b2"/>', b'<c r="A12345678"/>', b'<c r="ABCD1"/>',          # not a plain reference
    b'<col min="1"/><cols/><c r="C3"/>', b'<c\nr="Z99"/>', b'', b'<c r="D4"',
    b'<c r="ZZ7"/><c r="AB70000"/><c r="C1"/>',
])
def test_numpy_scan_agrees_with_the_regular_expression(buf):
    extent = se.Extent()
    ok = se._fast_numpy(buf, extent)
    expected_ok, expected = regex_answer(buf)
    assert ok == expected_ok
    if ok and expected is not None:
        assert (extent.first_row, extent.first_col, extent.last_row, extent.last_col) == expected
