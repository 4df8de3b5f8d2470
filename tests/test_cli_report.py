"""``segmentdesk-cli report``: writes the PDF (and PNGs), exit 0; exit 2 with one line for what the user got wrong."""
from __future__ import annotations

import subprocess

import pytest

from report_sample import AS_OF
from segmentdesk.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_writes_the_pdf_in_finnish_and_says_how_many_pages(report_project, tmp_path, capsys):
    out = tmp_path / "raportti.pdf"
    code, printed, err = run(capsys, "report", "--project", report_project, "--out", out, "--lang", "fi",
                             "--as-of", AS_OF, "--png-dir", tmp_path / "kuvat")
    assert code == 0, err
    pages = int(subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
                .split("Pages:")[1].split()[0])
    assert printed.splitlines()[0] == f"Wrote {out} ({pages} pages)."
    assert "Segmentit yhdellä silmäyksellä" in subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                                              text=True, check=True).stdout
    assert len(list((tmp_path / "kuvat").glob("*.png"))) >= 5 and "chart image(s)" in printed


def test_an_out_that_is_not_a_pdf_is_exit_2_and_nothing_is_written(report_project, tmp_path, capsys):
    code, _, err = run(capsys, "report", "--project", report_project, "--out", tmp_path / "r.docx")
    assert code == 2 and err.startswith("segmentdesk-cli: --out names") and err.count("\n") == 1
    assert not list(tmp_path.iterdir())


def test_a_missing_project_is_exit_2(tmp_path, capsys):
    code, _, err = run(capsys, "report", "--project", tmp_path / "none.segdesk", "--out", tmp_path / "r.pdf")
    assert code == 2 and err.startswith("segmentdesk-cli: ")


def test_a_folder_that_cannot_be_written_is_exit_2(report_project, tmp_path, capsys):
    code, _, err = run(capsys, "report", "--project", report_project, "--out", tmp_path / "no" / "such" / "r.pdf",
                       "--as-of", AS_OF)
    assert code == 2 and "Cannot write the report" in err


def test_an_unknown_language_is_exit_2(report_project, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["report", "--project", str(report_project), "--out", str(tmp_path / "r.pdf"), "--lang", "sv"])
    assert stopped.value.code == 2 and "invalid choice" in capsys.readouterr().err
