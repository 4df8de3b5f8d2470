"""The presentation's slides: planned cheaply, made when reached, aggregates only."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.analytics.presentation import make_slide, plan_deck, rule_sentence, slide_texts
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.importing.plan import ImportPlan
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Segment, load_segment_file, node_from_json
from segmentdesk.paths import sample_dir

AS_OF = dt.date(2026, 11, 1)
SAMPLE = sample_dir("b2b")


@pytest.fixture(scope="module")
def shop():
    ds = run_import(ImportPlan.for_files(SAMPLE / "customers.xlsx", orders=SAMPLE / "orders.csv"), as_of=AS_OF).dataset
    segments = [load_segment_file(p) for p in sorted((SAMPLE / "segments").glob("*.segment.json"))]
    evaluator = Evaluator(ds, as_of=AS_OF)
    return ds, segments, lambda s: evaluator.mask(s.rule)


def slide(shop, spec, lang="en"):
    ds, segments, mask_of = shop
    return make_slide(spec, ds, segments, mask_of, as_of=AS_OF, lang=lang)


def test_the_deck_is_an_overview_then_each_segment_and_its_profile_then_rfm(shop):
    ds, segments, _ = shop
    kinds = [(s.kind, s.index) for s in plan_deck(ds, segments)]
    assert kinds[0] == ("overview", -1) and kinds[-1] == ("rfm", -1)
    assert kinds[1:5] == [("segment", 0), ("profile", 0), ("segment", 1), ("profile", 1)]
    assert len(kinds) == 2 + 2 * len(segments)


def test_a_segment_slide_shows_the_segments_count_rule_and_key_figures(shop):
    ds, segments, mask_of = shop
    spec = plan_deck(ds, segments)[1]
    made = slide(shop, spec)
    count = int(mask_of(segments[0]).sum())
    assert made.count == count and made.tiles[0].value == str(count)
    assert [t.key for t in made.tiles] == ["customers", "reachable", "revenue_share"]
    assert made.subtitle.startswith("Industry is C Teollisuus and staff is one of: 20–49, ")


def test_a_profile_slide_charts_the_strongest_differences_in_finnish(shop):
    ds, segments, _ = shop
    made = slide(shop, plan_deck(ds, segments)[2], "fi")
    labels = [label for label, _ in made.chart_data]
    assert made.kind == "profile" and "Ostetut tuoteryhmät: Työvaatteet ja suojaimet" in labels
    assert made.sentences and made.note.startswith("Indeksi 100")


def test_a_profile_slide_does_not_tell_the_segments_own_rule_as_a_finding(shop):
    # "Isot teollisuusasiakkaat" is industry C and 20+ staff: "Toimialalla C Teollisuus 9,8 kertaa useammin".
    ds, segments, _ = shop
    for spec in plan_deck(ds, segments)[1:3]:
        made = slide(shop, spec, "fi")
        assert not any(s.startswith(("Toimialalla", "Henkilöstöä")) for s in made.sentences)
        assert not any(label.startswith(("Toimiala", "Henkilöstö")) for label, _ in made.chart_data or ())
    assert made.note.endswith("segmentin sääntö valitsee niiden perusteella: toimiala, henkilöstö.")


def test_a_rule_naming_customers_one_by_one_is_not_read_out():
    listed = Segment("Picked", node_from_json({"all": [{"field": "email", "op": "in", "value": ["aino@example.fi"]}]}))
    assert "aino" not in rule_sentence(listed, "en") and rule_sentence(listed, "fi") == \
        "Yksitellen valittu asiakasluettelo."


def test_no_slide_shows_a_contact_persons_name_email_or_phone(shop):
    ds, segments, _ = shop
    c = ds.customers
    personal = set()
    for role in ("email", "phone", "last_name"):
        personal |= {str(v) for v in c.role_column(role).dropna()}
    for spec in plan_deck(ds, segments):
        for lang in ("en", "fi"):
            for text in slide_texts(slide(shop, spec, lang)):
                assert not any(p in text for p in personal if len(p) > 5), (spec, text)


@pytest.mark.parametrize("field, value", [("column:Katuosoite", "Mannerheimintie"),
                                          ("column:Yhteyshenkilö", "Päivi Korhonen"),
                                          ("column:Muistiinpanot", "Korhonen"),
                                          ("column:Lisätieto", "paivi.korhonen@firma.fi")])
def test_a_rule_on_a_street_contact_person_or_notes_is_said_without_its_value(field, value):
    segment = Segment("Picked", node_from_json({"all": [{"field": field, "op": "contains", "value": value},
                                                         {"field": "region", "op": "in", "value": ["Uusimaa"]}]}))
    sentence = rule_sentence(segment, "fi")
    assert value not in sentence and "Korhonen" not in sentence and "Mannerheimintie" not in sentence
    assert "arvo" in sentence and "Uusimaa" in sentence


def test_a_rule_on_a_column_the_data_shows_to_hold_names_is_said_without_them():
    frame = pd.DataFrame({"Asiakasnumero": ["1", "2"], "Etunimi": ["Päivi", "Eero"], "Sukunimi": ["Korhonen", "Laine"],
                          "Suosittelija": ["Eero Laine", None]})
    ds = build_dataset(frame, {"customer_id": "Asiakasnumero", "first_name": "Etunimi", "last_name": "Sukunimi"})
    segment = Segment("Suositellut", node_from_json({"all": [{"field": "column:Suosittelija", "op": "eq",
                                                               "value": "Eero Laine"}]}))
    slide_ = make_slide(plan_deck(ds, [segment])[1], ds, [segment], lambda s: np.ones(2, dtype=bool),
                        as_of=dt.date(2026, 12, 1), lang="en")
    assert "Eero" not in slide_.subtitle and "Laine" not in slide_.subtitle and "Suosittelija" in slide_.subtitle
