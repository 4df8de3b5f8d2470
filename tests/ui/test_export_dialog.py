"""The export dialog: the consent override reaches the project's log."""
from __future__ import annotations

import openpyxl

from segmentdesk.paths import sample_dir

SAMPLE = sample_dir()


def _import_sample(window):
    assert window.files.import_path(SAMPLE / "customers.xlsx", SAMPLE / "orders.csv")


def test_an_export_past_the_consent_rule_from_the_window_is_written_to_the_audit_log(
        window, accept_dialogs, tmp_path):
    from segmentdesk.ui.dialogs.export_dialog import ExportDialog

    _import_sample(window)
    out = tmp_path / "everyone.xlsx"

    def override_consent(dialog):
        dialog.path_edit.setText(str(out))
        dialog.override.setChecked(True)

    accept_dialogs[ExportDialog] = override_consent
    window.export_dialog()
    session = window.session
    members = int(session.mask(session.segments[0]).sum())
    assert len(list(openpyxl.load_workbook(out).worksheets[1].iter_rows())) - 1 == members
    entry = session.project.audit[-1]
    assert entry.action == "export_without_consent"
    assert entry.details == {"file": "everyone.xlsx", "format": "xlsx",
                             "segments": [session.segments[0].name], "rows": members}
    assert session.dirty, "the log line is a change to save"
