"""Typed errors raised by the core.

Each error carries a machine-readable ``code`` and the facts behind it (``details``);
the UI and the command line own the wording.  ``str(error)`` is a plain English
sentence, good enough for the command line and for logs.
"""
from __future__ import annotations

from typing import Any


class SegmentDeskError(Exception):
    """Base of every error the user can cause (bad file, unknown field, …)."""

    code = "error"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.details = details


class FileReadError(SegmentDeskError):
    """A file could not be read as a table."""

    code = "file_read"


class EmptyFileError(FileReadError):
    """The file holds no rows (or only a header)."""

    code = "file_empty"


class NotASpreadsheetError(FileReadError):
    """The file is neither a spreadsheet nor delimited text."""

    code = "not_spreadsheet"


class UnknownSheetError(FileReadError):
    """The requested sheet is not in the workbook."""

    code = "unknown_sheet"


class DamagedFileError(NotASpreadsheetError):
    """A workbook that is cut short or corrupt (an unfinished copy, a broken download).

    ``details``: ``reason`` (the reader's own words), ``part`` where one part is to blame.
    """

    code = "file_damaged"


class PasswordProtectedError(FileReadError):
    """A workbook encrypted with a password; ``details["reason"]`` is ``"password"``."""

    code = "file_password"


class UnsafeFileError(FileReadError):
    """A file built so that reading it would exhaust memory or time: refused unread.

    ``details["reason"]``: ``"compression_ratio"`` (a zip bomb; ``part``, ``ratio``),
    ``"xml_doctype"`` (a part declares a DTD or entities; ``part``) or ``"zip_entries"``
    (``entries``).
    """

    code = "file_unsafe"


class FileTooLargeError(FileReadError):
    """Reading the file would need more memory than this computer can spare (or than any
    customer list needs).

    ``details["reason"]``: ``"memory"`` (``needed`` and ``available`` in bytes),
    ``"uncompressed_size"`` (``size``, ``limit``), ``"columns"`` (``columns``, ``limit``)
    or ``"sheet_extent"`` (``sheet``, ``last_cell`` such as ``"XFD1048576"``, ``cells``).
    """

    code = "file_too_large"


class MalformedCsvError(FileReadError):
    """Delimited text whose quoting cannot be followed.

    ``details``: ``line`` (1-based line where the bad row starts) and ``reason``:
    ``"unclosed_quote"`` (a quote opens a cell that never ends) or ``"long_field"``
    (a cell longer than any customer data, usually from a stray quote).
    """

    code = "csv_malformed"


class ImportPlanError(SegmentDeskError):
    """An import plan that cannot be used: not a plan, a newer format, an unknown role or fix.

    ``details["reason"]``: ``"not_a_plan"``, ``"not_json"``, ``"unreadable"``, ``"newer_format"``
    (``format``), ``"unknown_role"`` (``role``, ``table``), ``"unknown_fix"`` (``fix``) or
    ``"bad_value"`` (``key``).
    """

    code = "import_plan"


class RuleError(SegmentDeskError):
    """A segment rule is malformed: unknown field or operator, a value of the wrong type."""

    code = "rule"


class SegmentCycleError(RuleError):
    """Segments refer to each other in a circle."""

    code = "segment_cycle"


class UnknownSegmentError(SegmentDeskError):
    """A segment name that the project does not hold."""

    code = "unknown_segment"


class ProjectError(SegmentDeskError):
    """A project file that cannot be opened or written."""

    code = "project"


class ProjectLockedError(ProjectError):
    """Another window or command-line run holds the project's lock (see ``core/project/lock.py``).

    ``details``: ``reason`` ``"locked"`` (``"elsewhere"`` from ``break_lock``: another computer's),
    ``user``, ``host``, ``pid``, ``purpose`` (``"window"`` or ``"cli"``), ``since`` (a datetime, None when the lock file is unreadable) and ``lock`` (its path).
    """

    code = "project_locked"


class BackupError(SegmentDeskError):
    """A backup could not be made or restored (``details``: ``path``, ``reason``)."""

    code = "backup"


class RfmMapError(SegmentDeskError):
    """An RFM group map that leaves a cell of the score grid without a group or gives it two.

    ``details``: ``reason`` (``gap``, ``overlap`` or ``malformed``), ``cell`` (the scores
    ``[r, f]`` or ``[r, f, m]`` of the first such cell) and, for an overlap, ``groups`` (the keys).
    """

    code = "rfm_map"


class ExportError(SegmentDeskError):
    """An export that cannot be made as asked."""

    code = "export"


class ClusterError(SegmentDeskError):
    """Clusters that cannot be made as asked.

    ``details["reason"]``: ``"not_number"`` (``field``: only number fields cluster), ``"no_values"``
    (``field``: no customer has a value), ``"no_fields"``, ``"too_few"`` (``customers``: fewer than three
    with values), ``"bad_k"`` (``k``, ``largest``) or ``"no_run"`` (a project without a stored run).
    """

    code = "clusters"


class Cancelled(Exception):
    """Raised inside a long job when the user pressed Cancel; not an error."""
