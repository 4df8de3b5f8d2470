"""The message after an export: where the files are (the full path), who was left out and why, and
a button that opens the folder."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.export.report import ExportReport
from ..i18n import formats


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # pyside6-lupdate files a module-level tr("…") under the empty context, so its words are looked up
    # there (under a named context they were never found: English in the Finnish UI).
    return QCoreApplication.translate("", text, disambiguation, n)


def left_out_text(total: Callable[[str], int], *, done: bool) -> str:
    """Who was (``done``) or will be left out of an export and why, ``total(reason)`` people for each reason
    (the :class:`Audience` counts' names); each count in its own plural form (Finnish "1 markkinoinnin
    kieltänyt", "192 markkinoinnin kieltänyttä") and written as the window writes numbers; "" for nobody."""
    fmt = formats()
    counts = {reason: total(reason) for reason in
              ("without_consent", "opted_out", "do_not_contact", "invalid_email", "duplicates")}
    words = {"without_consent": tr("%n without marketing consent", "", counts["without_consent"]),
             "opted_out": tr("%n said no to marketing", "", counts["opted_out"]),
             "do_not_contact": tr("%n on the do-not-contact list", "", counts["do_not_contact"]),
             "invalid_email": tr("%n without a valid email address", "", counts["invalid_email"]),
             "duplicates": tr("%n repeating an address", "", counts["duplicates"])}
    shown = [words[reason].replace(str(n), fmt.whole(n), 1) for reason, n in counts.items() if n]
    if not shown:
        return ""
    return (tr("Left out: %1.") if done else tr("Will leave out: %1.")).replace("%1", ", ".join(shown))


def finished_text(report: ExportReport) -> str:
    """What the export wrote and left out, in words."""
    fmt = formats()
    files = report.files
    union = report.combined
    if union is not None:
        text = (tr("Wrote %1 people to\n%2\neach once, with the segments they are in as tags.")
                .replace("%1", fmt.whole(report.rows)).replace("%2", str(files[0])))
    elif len(files) == 1:
        text = tr("Wrote %1 rows to\n%2").replace("%1", fmt.whole(report.rows)).replace("%2", str(files[0]))
    else:
        text = (tr("Wrote %1 rows to %2 files in\n%3").replace("%1", fmt.whole(report.rows))
                .replace("%2", fmt.whole(len(files))).replace("%3", str(export_folder(report))))
    # A combined file's people left out are counted once, not once per segment they are in.
    parts = [union] if union is not None else report.segments
    total = lambda attr: sum(getattr(p, attr) for p in parts)  # noqa: E731
    left_out = left_out_text(total, done=True)
    if left_out:
        text += "\n\n" + left_out
    return text


def export_folder(report: ExportReport) -> Path:
    files = report.files
    return files[0].parent if files else Path(report.out).parent


def show_export_finished(parent: QWidget, report: ExportReport) -> QMessageBox:
    """Show the message without blocking (the caller keeps the box); "Open folder" opens the export's folder."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Export finished"), finished_text(report), parent=parent)
    open_folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    folder = export_folder(report)
    # An action button closes the box; the folder opens in the system's file manager.
    open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.open()
    return box
