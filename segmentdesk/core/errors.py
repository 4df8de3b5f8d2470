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


class ExportError(SegmentDeskError):
    """An export that cannot be made as asked."""

    code = "export"


class Cancelled(Exception):
    """Raised inside a long job when the user pressed Cancel; not an error."""
