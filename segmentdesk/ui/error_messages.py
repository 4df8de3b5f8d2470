"""Wording for core errors, in the user's language: the core says what, the UI says it kindly."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..core.errors import SegmentDeskError
from .i18n import formats


translate = QCoreApplication.translate


def error_text(exc: BaseException) -> str:
    """One or two sentences a shop owner understands; never a traceback."""
    if not isinstance(exc, SegmentDeskError):
        return translate("ErrorMessages", "Something unexpected went wrong. Your data has not been changed.") + f"\n\n({exc})"
    code = exc.code
    d = exc.details
    if code == "file_empty":
        if d.get("header_only"):
            return translate("ErrorMessages", "The file has column headings but no customer rows.")
        return translate("ErrorMessages", "The file is empty.")
    if code == "not_spreadsheet":
        return translate("ErrorMessages", "This file is not a spreadsheet or a CSV file SegmentDesk can read. "
                   "Save it from Excel as .xlsx or CSV and try again.")
    if code == "file_read":
        if d.get("reason") == "password":
            return translate("ErrorMessages", "The workbook is password-protected. Remove the password in Excel and try again.")
        if d.get("reason") == "missing":
            return translate("ErrorMessages", "The file no longer exists or cannot be opened.")
        return translate("ErrorMessages", "The file cannot be read.")
    if code == "file_damaged":
        return translate("ErrorMessages", "The workbook is damaged or incomplete, perhaps because it was not copied or "
                   "downloaded to the end. Open the original in Excel, save it again as .xlsx and try again.")
    if code == "file_password":
        return translate("ErrorMessages", "The workbook is password-protected. Remove the password in Excel and try again.")
    if code == "file_unsafe":
        if d.get("reason") == "compression_ratio":
            return translate("ErrorMessages", "SegmentDesk did not open this file: it would expand to more than a hundred "
                       "times its size when read, which is how files meant to freeze a computer are built.")
        if d.get("reason") == "xml_doctype":
            return translate("ErrorMessages", "SegmentDesk did not open this workbook: it contains XML declarations that "
                       "Excel never writes and that can be used to freeze a computer. If you trust the file, "
                       "open it in Excel, save it again as .xlsx and try again.")
        return translate("ErrorMessages", "SegmentDesk did not open this file: it is not built like a workbook and "
                   "reading it could freeze the computer.")
    if code == "file_too_large":
        if d.get("reason") == "memory":
            return translate("ErrorMessages", "The file is too large to open on this computer now: reading it needs about "
                       "%1 MB of memory and %2 MB can be spared. Close other programs or split the file, "
                       "and try again.").replace("%1", formats().whole(d.get("needed", 0) / 1024**2)).replace(
                "%2", formats().whole(d.get("available", 0) / 1024**2))
        if d.get("reason") == "sheet_extent":
            return translate("ErrorMessages", "The sheet %1 has something in cell %2, far from the rest of the data, so it "
                       "is too large to open. Delete the stray cells in Excel (Ctrl+End finds the last one), "
                       "save and try again.").replace("%1", str(d.get("sheet"))).replace(
                "%2", str(d.get("last_cell")))
        if d.get("reason") == "columns":
            return translate("ErrorMessages", "The file has %1 columns, more than a spreadsheet can hold. Check that it is "
                       "a customer list.").replace("%1", formats().whole(d.get("columns")))
        return translate("ErrorMessages", "The workbook is too large: it expands to more than %1 MB when read. "
                   "Split it into smaller files and try again.").replace(
            "%1", formats().whole(d.get("limit", 0) / 1024**2))
    if code == "csv_malformed":
        if d.get("reason") == "unclosed_quote":
            return translate("ErrorMessages", "Line %1 of the file opens a quotation mark that is never closed, so the "
                       "rows after it cannot be read. Correct that line and try again.").replace(
                "%1", str(d.get("line")))
        return translate("ErrorMessages", "Line %1 of the file holds a cell far too long for customer data, most often "
                   "because a quotation mark is not closed. Correct that line and try again.").replace(
            "%1", str(d.get("line")))
    if code == "unknown_sheet":
        return translate("ErrorMessages", "The workbook has no sheet named %1.").replace("%1", str(d.get("sheet")))
    if code == "export":
        if d.get("reason") == "no_email":
            return translate("ErrorMessages", "The customer data has no email column, so SegmentDesk cannot make a mailing list. "
                       "Re-import the file and set a column to the role ‘Email’.")
        if d.get("reason") == "locked":
            return translate("ErrorMessages", "The file cannot be written. Is it open in Excel? Close it and try again.")
        if d.get("reason") == "no_segments":
            return translate("ErrorMessages", "Choose at least one segment to export.")
        return translate("ErrorMessages", "The export could not be written.") + f"\n\n{exc}"
    if code == "project_locked":
        return translate("ErrorMessages", "The project is open in SegmentDesk on %1 by %2. Close it there and "
                         "try again.").replace("%1", str(d.get("host"))).replace("%2", str(d.get("user")))
    if code == "backup":
        return translate("ErrorMessages", "The backup could not be made or opened.") + f"\n\n{exc}"
    if code == "project":
        reason = d.get("reason")
        if reason == "format":
            return translate("ErrorMessages", "This project was saved by a newer version of SegmentDesk. "
                             "Update SegmentDesk to open it; the file has not been changed.")
        if reason == "not_project":
            return translate("ErrorMessages", "This file is not a SegmentDesk project.")
        if reason == "damaged":
            return translate("ErrorMessages", "The project file is damaged and cannot be opened. "
                             "It has not been changed; open its latest backup instead.")
        if reason == "read_only":
            return translate("ErrorMessages", "The project file or its folder is read-only, so changes cannot be "
                             "saved there. Use Save As to save a copy somewhere else.")
        if reason == "busy":
            return translate("ErrorMessages", "Another program is writing to the project just now. Try again in a moment.")
        if reason == "missing":
            return translate("ErrorMessages", "The project file no longer exists.")
        return translate("ErrorMessages", "The project file cannot be opened or saved.") + f"\n\n{exc}"
    if code == "segment_cycle":
        return translate("ErrorMessages", "These segments refer to each other in a circle: %1").replace(
            "%1", " → ".join(d.get("circle", [])))
    if code == "unknown_segment":
        return translate("ErrorMessages", "The rule refers to the segment “%1”, which no longer exists.").replace(
            "%1", str(d.get("segment")))
    if code == "rule":
        field, reason = str(d.get("field", "")), d.get("reason")
        if reason == "unknown_field":
            return translate("ErrorMessages", "This data has no field “%1”. Remove the condition, or import a file "
                             "that has that column.").replace("%1", field)
        if reason in ("unknown_unit", "bad_period", "missing_parameter", "unknown_kind"):
            return translate("ErrorMessages", "The field “%1” is not written the way SegmentDesk reads it: a period "
                             "like “90 days” or a product category after the colon.").replace("%1", field)
        if reason in ("no_orders", "missing_role"):
            return translate("ErrorMessages", "The field “%1” needs orders with dates, amounts and product "
                             "categories, and this data has none.").replace("%1", field)
        if d.get("op") and field:
            return translate("ErrorMessages", "The comparison “%1” does not fit the field “%2”.").replace(
                "%1", str(d.get("op"))).replace("%2", field)
        return translate("ErrorMessages", "The segment’s rule cannot be used with this data.") + f"\n\n{exc}"
    if code == "register":
        reason, field = d.get("reason"), str(d.get("field", ""))
        if reason == "no_key":
            return translate("ErrorMessages", "The customers have no customer number or email column, so a customer "
                             "cannot be told apart from one import to the next.")
        if reason == "unknown_field":
            return translate("ErrorMessages", "The customers have no field “%1”.").replace("%1", field)
        if reason == "bad_value":
            kind = d.get("kind")
            hint = {"date": translate("ErrorMessages", "a date such as %1").replace(
                        "%1", formats().date(dt.date(1984, 12, 24))),
                    "number": translate("ErrorMessages", "a number such as %1").replace("%1", formats().decimal(1234.5)),
                    "boolean": translate("ErrorMessages", "yes or no")}.get(kind)
            text = translate("ErrorMessages", "“%1” is not a value the field “%2” can hold.").replace(
                "%1", str(d.get("value", ""))).replace("%2", field)
            return text + (" " + translate("ErrorMessages", "Write %1.").replace("%1", hint) if hint else "")
        if reason == "needs_key":
            return translate("ErrorMessages", "A new customer needs a value in the field “%1”, which tells "
                             "customers apart.").replace("%1", field)
        if reason == "exists":
            return translate("ErrorMessages", "A customer with %1 exists already.").replace(
                "%1", str(d.get("key", "")).split(":", 1)[-1])
        if reason == "empty_note":
            return translate("ErrorMessages", "A note needs some text.")
        return str(exc)
    if code == "survey":
        if d.get("reason") == "no_email_column":
            return translate("ErrorMessages", "The survey file has no column of email addresses, so its answers "
                             "cannot be matched to customers. Export the responses with the respondents' email.")
        if d.get("reason") == "no_customer_email":
            return translate("ErrorMessages", "The customers have no email column, so survey answers cannot be "
                             "matched to them.")
    return str(exc)
