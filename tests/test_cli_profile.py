"""``segmentdesk-cli profile``: one segment's profile, several side by side, the checks, JSON and language."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from segmentdesk.cli import main

DATA = Path(__file__).resolve().parent / "data"
AS_OF = "2025-07-01"
SEGMENTS = (
    {"format": "segmentdesk.segment/1", "name": "Regulars",
     "rule": {"all": [{"field": "order_count", "op": "ge", "value": 2}]}},
    {"format": "segmentdesk.segment/1", "name": "Yoga",
     "rule": {"all": [{"field": "interests", "op": "has_any", "value": ["jooga"]}]},
     "persona": {"name": "Joogaava Johanna", "text": "Käy joogassa.\nOstaa syksyllä."}},
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("profile")
    path = folder / "kauppa.segdesk"
    assert main(["import", str(DATA / "customers_fi.csv"), "--orders", str(DATA / "orders_fi.csv"),
                 "--project", str(path)]) == 0
    for doc in SEGMENTS:
        file = folder / f"{doc['name']}.segment.json"
        file.write_text(json.dumps(doc), encoding="utf-8")
        assert main(["segment", "add", "--project", str(path), "--file", str(file)]) == 0
    return path


def test_profile_json_has_the_segments_figures_against_all_customers(project, capsys):
    code, out, err = run(capsys, "profile", "--project", project, "--segment", "Regulars", "--as-of", AS_OF, "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["as_of"] == AS_OF and doc["comparison"] is None
    (profile,) = doc["profiles"]
    size = profile["key_figures"]["size"]
    assert profile["name"] == "Regulars" and size["segment"] == profile["count"]
    segments = {s["name"]: s for s in json.loads(_segments(project, capsys))}
    assert profile["count"] == segments["Regulars"]["count"]
    assert "avg_order_value" in profile["key_figures"] and "interests" in profile["dimensions"]


def _segments(project, capsys) -> str:
    code, out, _ = run(capsys, "segments", "--project", project, "--as-of", AS_OF, "--json")
    assert code == 0
    return out


def test_profile_without_gender_data_has_no_gender_rather_than_zero(project, capsys):
    _, out, _ = run(capsys, "profile", "--project", project, "--segment", "Yoga", "--as-of", AS_OF, "--json")
    assert "gender" not in json.loads(out)["profiles"][0]["dimensions"]


def test_two_segments_print_side_by_side(project, capsys):
    code, out, err = run(capsys, "profile", "--project", project, "--segment", "Regulars", "--segment", "Yoga",
                         "--as-of", AS_OF)
    assert code == 0, err
    header = next(line for line in out.splitlines() if "All customers" in line)
    assert header.index("Regulars") < header.index("Yoga")
    assert "Average order" in out and "Checks" in out


def test_two_segments_json_has_a_comparison_row_per_key_figure(project, capsys):
    _, out, _ = run(capsys, "profile", "--project", project, "--segment", "Regulars", "--segment", "Yoga",
                    "--as-of", AS_OF, "--json")
    comparison = json.loads(out)["comparison"]
    assert comparison["segments"] == ["Regulars", "Yoga"]
    size = next(r for r in comparison["rows"] if r["key"] == "size")
    assert len(size["segments"]) == 2


def test_profile_speaks_finnish_when_asked(project, capsys):
    code, out, _ = run(capsys, "profile", "--project", project, "--segment", "Regulars", "--as-of", AS_OF,
                       "--lang", "fi")
    assert code == 0
    assert "Kaikki asiakkaat" in out and "Keskiostos" in out and "Tarkistukset" in out


def test_small_segments_are_warned_about_in_words_and_json(project, capsys):
    _, out, _ = run(capsys, "profile", "--project", project, "--segment", "Yoga", "--as-of", AS_OF, "--json")
    warnings = json.loads(out)["warnings"]
    small = [w for w in warnings if w["code"] == "small" and w["segment"] == "Yoga"]
    assert small and "too few to act on" in small[0]["text"]


def test_unknown_segment_exits_2_with_one_line(project, capsys):
    code, _, err = run(capsys, "profile", "--project", project, "--segment", "Nope")
    assert code == 2 and err.startswith("segmentdesk-cli: ") and "\n" not in err.strip()


def test_the_persona_is_printed_with_the_profile_and_in_json(project, capsys):
    _, out, _ = run(capsys, "profile", "--project", project, "--segment", "Yoga", "--as-of", AS_OF)
    assert "Persona: Joogaava Johanna\n  Käy joogassa.\n  Ostaa syksyllä." in out
    _, out, _ = run(capsys, "profile", "--project", project, "--segment", "Yoga", "--segment", "Regulars",
                    "--as-of", AS_OF, "--json")
    personas = [p["persona"] for p in json.loads(out)["profiles"]]
    assert personas == [{"name": "Joogaava Johanna", "text": "Käy joogassa.\nOstaa syksyllä."}, None]


def test_what_the_rule_chooses_by_is_named_and_not_told_as_a_finding(project, capsys):
    _, out, _ = run(capsys, "profile", "--project", project, "--segment", "Yoga", "--as-of", AS_OF, "--json")
    (profile,) = json.loads(out)["profiles"]
    assert profile["defined_by"] == ["interests"]
    assert not any(h["key"] == "interests" for h in profile["highlights"])
    _, out, _ = run(capsys, "profile", "--project", project, "--segment", "Yoga", "--as-of", AS_OF)
    assert "(Left out as the segment's rule chooses by them: interests.)" in out
