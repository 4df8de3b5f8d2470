"""The export's two questions: replace files that exist (or save with a date), and retry a file Excel holds.

Worded by the export dialog (``parent.tr``), so their strings stay in its translation context.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox


def ask_overwrite(parent, paths: list[Path]) -> str:
    """Ask what to do with targets that exist: ``replace``, ``dated`` (a new name with today's date) or ``cancel``."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("File exists"), "", parent=parent)
    shown = "\n".join(str(p) for p in paths[:5]) + ("\n…" if len(paths) > 5 else "")
    box.setText(parent.tr("These files exist already:\n%1\n\nReplace them, or save with today's date in the name?")
                .replace("%1", shown))
    replace = box.addButton(parent.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
    dated = box.addButton(parent.tr("Save with date"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(dated)
    box.exec()
    return {id(replace): "replace", id(dated): "dated"}.get(id(box.clickedButton()), "cancel")


def ask_retry(parent, path: str) -> bool:
    """A file another program holds (Excel keeps what it opened locked): name it; True to try again."""
    answer = QMessageBox.warning(
        parent, parent.tr("File in use"),
        parent.tr("%1 is open in another program, probably Excel. Close it there and choose Retry.").replace("%1", path),
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Retry)
    return answer == QMessageBox.StandardButton.Retry
