"""A file read in a worker is prepared there too: the wizard's role guessing stays off the GUI thread."""
from __future__ import annotations

import threading
from pathlib import Path

from segmentdesk.core.importing.role_choice import RoleChoice
from segmentdesk.core.settings import Settings
from segmentdesk.ui.dialogs.import_dialog import ImportDialog

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_file_read_in_a_worker_has_its_roles_guessed_in_that_worker(qtbot):
    dialog = ImportDialog(DATA / "customers_fi.csv", Settings())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.customer_panel.busy and dialog.customer_panel.raw is not None)
    panel = dialog.customer_panel
    guess = panel.prepare
    threads: list[int] = []
    panel.prepare = lambda raw, layout: (threads.append(threading.get_ident()), guess(raw, layout))[1]

    panel.load(DATA / "customers_fi.csv", at_once=False)
    qtbot.waitUntil(lambda: bool(threads) and not panel.busy)
    assert threads != [threading.get_ident()]
    assert isinstance(panel.prepared, RoleChoice)
    assert "email" in dialog.customer_roles.role_map(), "the guesses made in the worker are shown"
