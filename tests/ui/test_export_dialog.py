"""The export dialog, driven as a user clicks: choosing segments, counts and preview, never overwriting,
the finished message, remembered choices, wording per format, a locked file, the consent choices' log."""
from __future__ import annotations

import csv
import datetime as dt
import threading

import openpyxl
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from segmentdesk.core.data.audience import WITHOUT_CONSENT, audience
from segmentdesk.core.errors import ExportError
from segmentdesk.core.segments.model import Segment, node_from_json
from segmentdesk.paths import sample_dir

SAMPLE = sample_dir()


def _import_sample(window):
    assert window.files.import_path(SAMPLE / "customers.xlsx", SAMPLE / "orders.csv")


def _dialog(window, qtbot, **options):
    from segmentdesk.ui.dialogs.export_dialog import ExportDialog
    dialog = ExportDialog(window.session, window, **options)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._audiences is not None, timeout=20000)
    return dialog


def _click_row(qtbot, dialog, row: int) -> None:
    rect = dialog.segment_list.visualItemRect(dialog.segment_list.item(row))
    qtbot.mouseClick(dialog.segment_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _tick_only(dialog, *rows: int) -> None:
    for i in range(dialog.segment_list.count()):
        item = dialog.segment_list.item(i)
        wanted = Qt.CheckState.Checked if i in rows else Qt.CheckState.Unchecked
        if item.checkState() != wanted:
            dialog._on_row_clicked(item)


def _add_empty_segment(window) -> None:
    window.session.add_segment(Segment("Nobody", node_from_json({"any": []})))


def test_the_dialog_shows_at_once_and_fills_counts_in_from_a_worker(window, accept_dialogs, qtbot, monkeypatch):
    from segmentdesk.ui.dialogs import export_dialog

    _import_sample(window)
    session = window.session
    counted_on = []
    real = export_dialog.segment_audiences

    def recording(*args, **kwargs):
        counted_on.append(threading.current_thread())
        return real(*args, **kwargs)

    def no_masks_on_the_gui_thread(segment):
        raise AssertionError("the dialog evaluated a segment on the GUI thread")

    monkeypatch.setattr(export_dialog, "segment_audiences", recording)
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


def test_only_the_selected_segment_is_ticked_when_the_dialog_opens(window, accept_dialogs, qtbot):
    _import_sample(window)
    window.session.select_segment(0)
    dialog = _dialog(window, qtbot)
    assert dialog.chosen_segments() == [window.session.segments[0].name]


def test_clicking_a_segment_row_ticks_it_and_clicking_again_unticks_it(window, accept_dialogs, qtbot):
    _import_sample(window)
    window.session.select_segment(-1)
    dialog = _dialog(window, qtbot)
    dialog.show()
    assert dialog.chosen_segments() == []
    _click_row(qtbot, dialog, 0)
    assert dialog.chosen_segments() == [window.session.segments[0].name]
    _click_row(qtbot, dialog, 0)
    assert dialog.chosen_segments() == []


def test_an_empty_segment_says_so_and_cannot_be_ticked(window, accept_dialogs, qtbot):
    _import_sample(window)
    _add_empty_segment(window)
    dialog = _dialog(window, qtbot)
    row = dialog.segment_list.count() - 1
    assert "empty" in dialog.segment_list.item(row).text()
    dialog._on_row_clicked(dialog.segment_list.item(row))
    assert "Nobody" not in dialog.chosen_segments()


def test_the_counts_say_how_many_rows_are_written_and_who_is_left_out(window, accept_dialogs, qtbot):
    _import_sample(window)
    dialog = _dialog(window, qtbot)
    _tick_only(dialog, 0)
    reached = dialog._audiences[0]
    text = dialog.counts_label.text()
    assert f"Will write {QLocale().toString(reached.reachable)} rows." in text
    assert "without marketing consent" in text or "said no" in text


def test_the_preview_shows_the_first_rows_exactly_as_the_file_holds_them(window, qtbot, tmp_path, accept_dialogs):
    _import_sample(window)
    dialog = _dialog(window, qtbot)
    _tick_only(dialog, 0)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("brevo"))
    qtbot.waitUntil(lambda: not dialog.preview_runner.busy and dialog.preview.rowCount() > 0, timeout=20000)
    assert dialog.preview.horizontalHeaderItem(0).text() == "EMAIL"
    shown = [[dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())]]
    shown += [[dialog.preview.item(r, c).text() for c in range(dialog.preview.columnCount())]
              for r in range(dialog.preview.rowCount())]
    dialog.path_edit.setText(str(tmp_path / "out"))
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    with open(dialog.report.files[0], encoding="utf-8", newline="") as f:
        written = list(csv.reader(f))
    assert shown == written[:len(shown)]


def test_an_existing_file_is_never_replaced_without_asking_and_a_dated_name_keeps_it(window, accept_dialogs, qtbot, tmp_path,
                                                                                       monkeypatch):
    from segmentdesk.ui.dialogs import export_dialog

    _import_sample(window)
    target = tmp_path / "lists.xlsx"
    target.write_bytes(b"the old file")
    asked = []
    monkeypatch.setattr(export_dialog, "ask_overwrite", lambda _parent, paths: asked.append(paths) or "dated")
    dialog = _dialog(window, qtbot, today=dt.date(2026, 12, 5))
    _tick_only(dialog, 0)
    dialog.path_edit.setText(str(target))
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert asked == [[target]]
    assert target.read_bytes() == b"the old file"
    assert dialog.report.files == [tmp_path / "lists-2026-12-05.xlsx"]


def test_cancelling_the_question_writes_nothing(window, accept_dialogs, qtbot, tmp_path, monkeypatch):
    from segmentdesk.ui.dialogs import export_dialog

    _import_sample(window)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "lists.xlsx"
    target.write_bytes(b"the old file")
    monkeypatch.setattr(export_dialog, "ask_overwrite", lambda _parent, _paths: "cancel")
    dialog = _dialog(window, qtbot)
    _tick_only(dialog, 0)
    dialog.path_edit.setText(str(target))
    dialog._on_export()
    assert not dialog.runner.busy and dialog.report is None
    assert sorted(p.name for p in folder.iterdir()) == ["lists.xlsx"]


def test_a_file_held_by_another_program_is_named_and_can_be_retried(window, accept_dialogs, qtbot, tmp_path, monkeypatch):
    from segmentdesk.ui.dialogs import export_dialog

    _import_sample(window)
    calls, asked = [], []
    real = export_dialog.export_segments

    def locked_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise ExportError("locked", reason="locked", path=str(kwargs["out"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_segments", locked_once)
    monkeypatch.setattr(export_dialog, "ask_retry", lambda _parent, path: asked.append(path) or True)
    dialog = _dialog(window, qtbot)
    _tick_only(dialog, 0)
    dialog.path_edit.setText(str(tmp_path / "book.xlsx"))
    dialog._on_export()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert asked == [str(tmp_path / "book.xlsx")] and len(calls) == 2


def test_the_wording_fits_the_format_file_or_folder_sheets_or_files(window, accept_dialogs, qtbot):
    _import_sample(window)
    dialog = _dialog(window, qtbot)
    assert dialog.path_label.text() == "Save as:" and "one sheet each" in dialog.segments_box.title()
    assert dialog.path_edit.text().endswith(".xlsx")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("hubspot"))
    assert dialog.path_label.text() == "Save into folder:" and "one file each" in dialog.segments_box.title()
    assert not dialog.path_edit.text().endswith(".xlsx")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("mailchimp"))      # one file, tags
    assert dialog.path_label.text() == "Save as:" and "tags in one file" in dialog.segments_box.title()
    assert dialog.path_edit.text().endswith("-mailchimp.csv")
    dialog.combined_box.setChecked(False)
    assert dialog.path_label.text() == "Save into folder:" and "one file each" in dialog.segments_box.title()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert "use the Excel workbook" in dialog.format_hint.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("meta"))
    assert dialog.hash_box.isVisibleTo(dialog)


def test_the_finished_message_gives_the_full_path_and_opens_the_folder(window, qtbot, accept_dialogs, tmp_path):
    from segmentdesk.ui.dialogs.export_dialog import ExportDialog

    _import_sample(window)
    out = tmp_path / "lists.xlsx"

    def choose(dialog):
        _tick_only(dialog, 0)
        dialog.path_edit.setText(str(out))

    accept_dialogs[ExportDialog] = choose
    window.export_dialog()
    box = window.export_message
    assert str(out) in box.text()
    assert "Open folder" in [b.text() for b in box.buttons()]
    box.close()


def test_the_last_choices_are_offered_again_for_the_same_project(window, qtbot, accept_dialogs, tmp_path):
    from segmentdesk.ui.dialogs.export_dialog import ExportDialog

    _import_sample(window)

    def choose(dialog):
        _tick_only(dialog, 0)
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("brevo"))
        dialog.path_edit.setText(str(tmp_path / "brevo-lists"))

    accept_dialogs[ExportDialog] = choose
    window.export_dialog()
    window.export_message.close()
    again = _dialog(window, qtbot, remembered=window.settings.export_choices[str(window.session.path or "")])
    assert again.chosen_format() == "brevo"
    assert again.path_edit.text() == str(tmp_path / "brevo-lists" / "segments-brevo")


def test_an_export_past_the_consent_rule_from_the_window_is_written_to_the_audit_log(
        window, accept_dialogs, tmp_path):
    from segmentdesk.ui.dialogs.export_dialog import ExportDialog

    _import_sample(window)
    out = tmp_path / "everyone.xlsx"

    def override_consent(dialog):
        _tick_only(dialog, 0)
        dialog.path_edit.setText(str(out))
        dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData(WITHOUT_CONSENT))

    accept_dialogs[ExportDialog] = override_consent
    window.export_dialog()
    window.export_message.close()
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


def test_mailchimp_writes_one_file_for_the_audience_with_each_person_once_and_their_segments_as_tags(
        window, qtbot, accept_dialogs, tmp_path):
    from segmentdesk.ui.dialogs.export_finished import finished_text

    _import_sample(window)
    session = window.session
    session.add_segment(Segment("Kaikki", node_from_json({"all": []})))
    dialog = _dialog(window, qtbot)
    _tick_only(dialog, 0, 1)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("mailchimp"))
    union = audience(session.dataset, session.mask(session.segments[0]) | session.mask(session.segments[1]),
                     blocked=session.listed_members())
    both = dialog._audiences[0].reachable + dialog._audiences[1].reachable
    assert union.reachable < both                       # the first segment's people are in both
    people = f"Will write {QLocale().toString(union.reachable)} people, each once."
    qtbot.waitUntil(lambda: people in dialog.counts_label.text(), timeout=20000)
    qtbot.waitUntil(lambda: not dialog.preview_runner.busy and dialog.preview.rowCount() > 0, timeout=20000)
    assert dialog.preview.horizontalHeaderItem(dialog.preview.columnCount() - 1).text() == "Tags"
    out = tmp_path / "yleiso.csv"
    dialog.path_edit.setText(str(out))
    dialog._on_export()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    names = [s.name for s in session.segments[:2]]
    assert len(rows) == union.reachable == len({r["Email Address"] for r in rows})
    assert any(r["Tags"] == ",".join(names) for r in rows)
    assert dialog.report.files == [out] and "each once" in finished_text(dialog.report)


def test_a_segments_row_wraps_its_counts_instead_of_being_cut_off(window, accept_dialogs, qtbot):
    _import_sample(window)
    dialog = _dialog(window, qtbot)
    dialog.show()
    dialog.segment_list.setFixedWidth(220)
    qtbot.waitUntil(lambda: dialog._audiences is not None, timeout=20000)
    qtbot.wait(50)
    assert dialog.segment_list.horizontalScrollBar().maximum() == 0
    line = dialog.segment_list.fontMetrics().lineSpacing()
    assert dialog.segment_list.visualItemRect(dialog.segment_list.item(0)).height() >= 2 * line


def test_the_left_out_counts_take_the_plural_form_of_their_count_in_finnish(qapp):
    # "192 kieltänyt markkinoinnin" was the singular with any count, and the dialog said "jätettiin"
    # (were left out) before anything had been written.
    from segmentdesk.ui import i18n
    from segmentdesk.ui.dialogs.export_finished import left_out_text

    counts = {"without_consent": 0, "opted_out": 192, "do_not_contact": 0, "invalid_email": 1, "duplicates": 1234}
    i18n.install("fi")
    try:
        before = left_out_text(counts.get, done=False)
        after = left_out_text({**counts, "opted_out": 1, "duplicates": 2}.get, done=True)
    finally:
        i18n.install("en")
    assert before == ("Pois jätetään: 192 markkinoinnin kieltänyttä, 1 ilman kelvollista sähköpostiosoitetta, "
                      "1\u00a0234 jo mukana olevaa osoitetta.")
    assert after == ("Pois jätettiin: 1 markkinoinnin kieltänyt, 1 ilman kelvollista sähköpostiosoitetta, "
                     "2 jo mukana olevaa osoitetta.")
    assert left_out_text(counts.get, done=False) == ("Will leave out: 192 said no to marketing, 1 without a valid "
                                                     "email address, 1,234 repeating an address.")
    assert left_out_text(dict.fromkeys(counts, 0).get, done=True) == ""
