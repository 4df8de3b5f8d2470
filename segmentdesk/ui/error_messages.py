"""Wording for core errors, in the user's language: the core says what, the UI says it kindly."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import SegmentDeskError


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
    if code == "project":
        if d.get("reason") == "format":
            return translate("ErrorMessages", "This file is not a SegmentDesk project, or it was made by a newer version.")
        return translate("ErrorMessages", "The project file cannot be opened or saved.") + f"\n\n{exc}"
    if code == "segment_cycle":
        return translate("ErrorMessages", "These segments refer to each other in a circle: %1").replace(
            "%1", " → ".join(d.get("circle", [])))
    if code in ("rule", "unknown_segment"):
        return translate("ErrorMessages", "The segment’s rule cannot be used with this data.") + f"\n\n{exc}"
    return str(exc)
