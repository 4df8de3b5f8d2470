"""Segments over time: trends from the snapshots' figures, the migration matrix, its people and its words."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from segmentdesk.core.analytics.history import GONE, NEW, NONE, OTHER, Flow, Migration, pick_pair, segment_trends, top_flows
from segmentdesk.core.analytics.history_words import flow_sentence, state_label
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.formats import FI_GROUP
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.project_file import ProjectFile, Stamp
from segmentdesk.core.project.snapshot_history import read_snapshot_figures, read_snapshot_membership
from segmentdesk.core.project.store import save_project
from segmentdesk.core.segments.model import Segment, node_from_json

ROLES = {"customer_id": "Nro", "email": "Email"}


def level_segment(name: str, level: str) -> Segment:
    return Segment(name, node_from_json({"field": "column:Taso", "op": "eq", "value": level}))


SEGMENTS = [level_segment("Gold", "A"), level_segment("Silver", "B")]


def shop(levels: dict[str, str]):
    rows = [(nro, f"{nro}@x.fi", level) for nro, level in levels.items()]
    return build_dataset(pd.DataFrame(rows, columns=["Nro", "Email", "Taso"], dtype=object), ROLES)


# Customer 1 stays Gold; 2 and 3 move Gold → Silver; 4 leaves Silver for no segment; 5 stays in none;
# 6 (Silver) is gone from the newer data; 7 is new and Gold; 8 was in none and becomes Silver.
BEFORE = {"1": "A", "2": "A", "3": "A", "4": "B", "5": "C", "6": "B", "8": "C"}
AFTER = {"1": "A", "2": "B", "3": "B", "4": "C", "5": "C", "7": "A", "8": "B"}


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "kauppa.segdesk"
    save_project(Project(dataset=shop(BEFORE), segments=[s.copy() for s in SEGMENTS]), path)
    with ProjectFile.open(path, write=True) as pf:
        pf.write_snapshot(shop(BEFORE), SEGMENTS, reason="import", stamp=Stamp(dt.datetime(2026, 9, 1), dt.date(2026, 9, 1)))
        pf.write_snapshot(shop(AFTER), SEGMENTS, reason="import", stamp=Stamp(dt.datetime(2026, 10, 1), dt.date(2026, 10, 1)))
    return path


def migration(path: Path) -> Migration:
    infos, _ = read_snapshot_figures(path)
    before, after = pick_pair(infos)
    return Migration(read_snapshot_membership(path, before.id), read_snapshot_membership(path, after.id))


def test_trends_give_each_segments_size_per_snapshot_oldest_first(project):
    _, figures = read_snapshot_figures(project)
    trends = {t.name: [(p.as_of, p.count) for p in t.points] for t in segment_trends(figures)}
    assert trends == {"Gold": [(dt.date(2026, 9, 1), 3), (dt.date(2026, 10, 1), 2)],
                      "Silver": [(dt.date(2026, 9, 1), 2), (dt.date(2026, 10, 1), 3)]}


def test_trends_of_one_segment_only(project):
    _, figures = read_snapshot_figures(project)
    assert [t.name for t in segment_trends(figures, only="Silver")] == ["Silver"]


def test_the_matrix_has_the_segments_then_another_no_segment_and_the_data_edges(project):
    m = migration(project)
    assert m.rows == ["Gold", "Silver", OTHER, NONE, NEW]
    assert m.columns == ["Gold", "Silver", OTHER, NONE, GONE]


def test_each_cell_counts_the_customers_who_moved_so(project):
    m = migration(project)
    assert m.counts.tolist() == [
        [1, 2, 0, 0, 0],       # Gold: 1 stayed, 2 moved to Silver
        [0, 0, 0, 1, 1],       # Silver: 4 to no segment, 6 gone
        [0, 0, 0, 0, 0],       # in another segment: nobody (the levels do not overlap)
        [0, 1, 0, 1, 0],       # no segment: 8 joined Silver, 5 stayed in none
        [1, 0, 0, 0, 0],       # new: 7 joined Gold
    ]


def test_the_people_behind_a_cell_are_listed_by_their_key(project):
    assert migration(project).members("Gold", "Silver") == ["2", "3"]


def test_overlapping_segments_count_only_real_moves():
    import numpy as np

    from segmentdesk.core.analytics.history import SnapshotMembership, SnapshotRef

    info = SnapshotRef(1, dt.date(2026, 1, 1), "customer_id")
    keys = np.array(["a", "b"], dtype=object)
    # a is in both segments at both times: it did not move from one to the other.
    before = SnapshotMembership(info, keys, ["S", "T"], np.array([[True, True], [True, False]]))
    after = SnapshotMembership(info, keys, ["S", "T"], np.array([[True, True], [False, True]]))
    m = Migration(before, after)
    assert m.count("S", "T") == 1 and m.members("S", "T") == ["b"]


def test_top_flows_are_the_largest_moves_without_staying(project):
    flows = top_flows(migration(project), limit=2)
    assert flows[0] == Flow("Gold", "Silver", 2)
    assert len(flows) == 2 and all(f.source != f.target for f in flows)


def test_top_flows_of_one_segment_touch_it(project):
    assert all("Gold" in (f.source, f.target) for f in top_flows(migration(project), segment="Gold"))


def test_fewer_than_two_snapshots_give_nothing_to_compare(project):
    infos, _ = read_snapshot_figures(project)
    assert pick_pair(infos[:1]) is None


def test_flows_read_as_sentences_in_english_and_finnish():
    assert flow_sentence(Flow("Champions", "At risk", 48), "en") == "48 customers moved from “Champions” to “At risk”"
    assert flow_sentence(Flow("Champions", "At risk", 48), "fi") == \
        "48 asiakasta siirtyi segmentistä ”Champions” segmenttiin ”At risk”"
    assert flow_sentence(Flow(NEW, "Gold", 1), "en") == "1 new customer joined “Gold”"
    assert flow_sentence(Flow("Gold", GONE, 2000), "fi") == f"2{FI_GROUP}000 segmentin ”Gold” asiakasta puuttuu uudemmista tiedoista"


def test_the_special_rows_have_names_in_both_languages():
    assert state_label(NONE, "fi") == "Ei missään segmentissä"
    assert state_label(GONE, "en") == "No longer in the data"
    assert state_label("Gold", "fi") == "Gold"


def membership(keys: list[str], segments: list[str], rows: list[list[int]]):
    import numpy as np

    from segmentdesk.core.analytics.history import SnapshotMembership, SnapshotRef

    return SnapshotMembership(SnapshotRef(1, dt.date(2026, 1, 1), "customer_id"), np.array(keys, dtype=object),
                              segments, np.array(rows, dtype=bool).reshape(len(keys), len(segments)))


def test_a_customer_who_left_a_segment_but_stays_in_another_is_in_its_row():
    # The sample's Kanta-asiakkaat and Hiipuneet overlap: k was in both and is now in Hiipuneet only;
    # before, k was in no cell of the Kanta-asiakkaat row, which then fell short of the segment's size.
    m = Migration(membership(["k"], ["Kanta", "Hiipuneet"], [[1, 1]]),
                  membership(["k"], ["Kanta", "Hiipuneet"], [[0, 1]]))
    assert m.members("Kanta", OTHER) == ["k"]
    assert m.counts[m.rows.index("Kanta")].sum() == 1


def test_a_customer_who_joined_a_segment_while_staying_in_another_is_in_its_column():
    m = Migration(membership(["k"], ["Kanta", "Hiipuneet"], [[1, 0]]),
                  membership(["k"], ["Kanta", "Hiipuneet"], [[1, 1]]))
    assert m.members(OTHER, "Hiipuneet") == ["k"]
    assert m.counts[:, m.columns.index("Hiipuneet")].sum() == 1


def test_leaving_two_segments_for_one_pairs_them_in_list_order():
    m = Migration(membership(["k"], ["S1", "S2", "T"], [[1, 1, 0]]), membership(["k"], ["S1", "S2", "T"], [[0, 0, 1]]))
    assert (m.count("S1", "T"), m.count("S2", "T"), m.count("S2", OTHER)) == (1, 0, 1)


def test_rows_add_up_to_the_sizes_before_and_columns_to_the_sizes_after():
    import numpy as np

    rng = np.random.default_rng(7)
    keys_a = [f"c{i}" for i in range(400)]
    keys_b = [f"c{i}" for i in range(40, 460)]            # some gone, some new
    seg_a, seg_b = ["S", "T", "U", "Old"], ["T", "S", "U", "New"]      # overlapping; renamed, reordered
    a = rng.random((len(keys_a), len(seg_a))) < 0.35
    b = rng.random((len(keys_b), len(seg_b))) < 0.35
    m = Migration(membership(keys_a, seg_a, a.tolist()), membership(keys_b, seg_b, b.tolist()))
    assert m.counts.sum(axis=1)[: len(seg_a)].tolist() == a.sum(axis=0).tolist()
    assert m.counts.sum(axis=0)[: len(seg_b)].tolist() == b.sum(axis=0).tolist()
    for j, name in enumerate(seg_a):      # each member in exactly one cell of the row, nobody else
        hits = sum(m.cell_mask(name, c).astype(int) for c in m.columns)
        assert sorted(m.keys[hits == 1].tolist()) == sorted(k for k, row in zip(keys_a, a) if row[j])
        assert hits.max() == 1
    for j, name in enumerate(seg_b):
        hits = sum(m.cell_mask(r, name).astype(int) for r in m.rows)
        assert sorted(m.keys[hits == 1].tolist()) == sorted(k for k, row in zip(keys_b, b) if row[j])
        assert hits.max() == 1


def test_moves_beside_another_segment_read_as_such_in_both_languages():
    assert flow_sentence(Flow("Kanta", OTHER, 28), "en") == "28 customers left “Kanta” and are in other segments only"
    assert flow_sentence(Flow("Kanta", OTHER, 28), "fi") == \
        "28 asiakasta poistui segmentistä ”Kanta” ja on nyt vain muissa segmenteissä"
    assert flow_sentence(Flow(OTHER, "Hiipuneet", 1), "en") == "1 customer already in another segment joined “Hiipuneet”"
    assert state_label(OTHER, "fi") == "Muussa segmentissä"


def test_finnish_leavers_to_no_segment_take_a_singular_verb_after_the_numeral():
    assert flow_sentence(Flow("Kanta", NONE, 31), "fi") == \
        "31 asiakasta poistui segmentistä ”Kanta” eikä kuulu nyt mihinkään segmenttiin"
