"""The export dialog: shows at once, counts from a worker, and the consent override reaches the project's log."""
from __future__ import annotations

import threading

import openpyxl
from PySide6.QtCore import QLocale

from segmentdesk.core.data.audience import WITHOUT_CONSENT, audience
from segmentdesk.paths import sample_dir

SAMPLE = sample_dir()


def _import_sample(window):
    assert window.files.import_path(SAMPLE / "customers.xlsx", SAMPLE / "orders.csv")


def test_the_dialog_shows_at_once_and_fills_member_counts_in_from_a_worker(window, qtbot, accept_dialogs, monkeypatch):
    from segmentdesk.ui.dialogs import export_dialog

    _import_sample(window)
    session = window.session
    counted_on = []
    real_counts = export_dialog.member_counts

    def recording_counts(*args, **kwargs):
        counted_on.append(threading.current_thread())
        return real_counts(*args, **kwargs)

    def no_masks_on_the_gui_thread(segment):
        raise AssertionError("the dialog evaluated a segment on the GUI thread")

    monkeypatch.setattr(export_dialog, "member_counts", recording_counts)
    session.mask = no_masks_on_the_gui_thread
    try:
        dialog = export_dialog.ExportDialog(session, window)
        qtbot.addWidget(dialog)
    finally:
        del session.mask
    name = session.segments[0].name
    assert dialog.segment_list.item(0).text() == name, "no count yet: the dialog did not wait for it"
    qtbot.waitUntil(lambda: dialog.segment_list.item(0).text() != name, timeout=20000)
    assert counted_on and counted_on[0] is not threading.main_thread()
    mask = session.mask(session.segments[0])
    reachable = session.figures(session.segments[0]).reachable      # the builder's number
    locale = QLocale()
    assert dialog.segment_list.item(0).text() == (f"{name} · {locale.toString(int(mask.sum()))} customers, "
                                                  f"{locale.toString(reachable)} reachable by email")


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
    reached = audience(session.dataset, session.mask(session.segments[0]), basis=WITHOUT_CONSENT)
    assert len(list(openpyxl.load_workbook(out).worksheets[1].iter_rows())) - 1 == reached.reachable
    entry = session.project.audit[-1]
    assert entry.action == "export_without_consent"
    assert entry.details == {"file": "everyone.xlsx", "format": "xlsx",
                             "segments": [session.segments[0].name], "rows": reached.reachable,
                             "without_consent_written": [{"segment": session.segments[0].name,
                                                          "count": reached.by_exception}]}
    assert session.dirty, "the log line is a change to save"
