"""The sample shop as a project for report tests: its four segments (one with a persona), kept
clusters and two snapshots, built once per test session through the command line."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from segmentdesk.cli import main
from segmentdesk.core.project.project_file import ProjectFile, Stamp
from segmentdesk.core.project.store import load_project

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"
AS_OF = "2026-10-31"
PERSONA = {"name": "Joogaava Johanna", "text": "Käy joogassa kahdesti viikossa.\nOstaa syksyllä uudet varusteet."}


def build_sample_project(folder: Path) -> Path:
    """``folder/näyte.segdesk``: the sample shop imported, its segments added, clusters kept, and two
    snapshots of the segments (31.8. and 31.10.2026), so the history has two points and movements."""
    path = folder / "näyte.segdesk"
    assert main(["import", str(SAMPLE / "customers.xlsx"), "--orders", str(SAMPLE / "orders.csv"),
                 "--project", str(path)]) == 0
    for file in sorted((SAMPLE / "segments").glob("*.segment.json")):
        doc = json.loads(file.read_text(encoding="utf-8"))
        if doc["name"] == "Joogaajat Uudellamaalla":
            doc["persona"] = PERSONA
        written = folder / file.name
        written.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        assert main(["segment", "add", "--project", str(path), "--file", str(written)]) == 0
    assert main(["clusters", "--project", str(path), "--save", "--as-of", AS_OF]) == 0
    project = load_project(path)
    with ProjectFile.open(path, write=True) as pf:     # the import's snapshot came before the segments
        for day in (dt.date(2026, 8, 31), dt.date.fromisoformat(AS_OF)):
            pf.write_snapshot(project.dataset, project.segments, reason="manual",
                              stamp=Stamp(dt.datetime.combine(day, dt.time(9)), day))
    return path
