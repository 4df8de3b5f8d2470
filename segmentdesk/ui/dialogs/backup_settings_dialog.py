"""Preferences for keeping work safe: rolling backups (on/off, how many) and autosave (every N minutes, off)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from ...core.settings import Settings

MAX_BACKUPS = 50
MAX_MINUTES = 120


class BackupSettingsDialog(QDialog):
    """Edits a copy of the settings' backup and autosave fields; :meth:`apply_to` writes them back."""

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups and autosave"))
        self.backups = QCheckBox(self.tr("Keep backups of each project"))
        self.backups.setChecked(bool(settings.backups_enabled))
        self.backup_count = QSpinBox()
        self.backup_count.setRange(1, MAX_BACKUPS)
        self.backup_count.setValue(min(MAX_BACKUPS, max(1, int(settings.backup_count))))
        self.autosave = QCheckBox(self.tr("Save the open project automatically"))
        self.autosave.setChecked(int(settings.autosave_minutes) > 0)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(min(MAX_MINUTES, int(settings.autosave_minutes)) if settings.autosave_minutes > 0 else 5)
        note = QLabel(self.tr("A backup is made when a project is opened and after each import, in SegmentDesk's "
                              "own data folder. The oldest backups are deleted as new ones are made."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.backups)
        form.addRow(self.tr("Backups kept per project:"), self.backup_count)
        form.addRow(self.autosave)
        form.addRow(self.tr("Save every:"), self.minutes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.backups.toggled.connect(self.backup_count.setEnabled)
        self.autosave.toggled.connect(self.minutes.setEnabled)
        self.backup_count.setEnabled(self.backups.isChecked())
        self.minutes.setEnabled(self.autosave.isChecked())

    def apply_to(self, settings: Settings) -> None:
        settings.backups_enabled = self.backups.isChecked()
        settings.backup_count = self.backup_count.value()
        settings.autosave_minutes = self.minutes.value() if self.autosave.isChecked() else 0
