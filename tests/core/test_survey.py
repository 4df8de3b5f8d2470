"""Survey answers joined to customers by email: each question a psychographic field of its own kind."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from segmentdesk.core.data.fields import available_fields
from segmentdesk.core.importing.pipeline import run_import
from segmentdesk.core.importing.plan import ImportPlan
from segmentdesk.core.importing.survey import SurveyError, join_survey, survey_tool
from segmentdesk.core.importing.survey_answers import read_answers
from segmentdesk.core.io.rawtable import RawTable
from segmentdesk.core.io.read import read_table
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import node_from_json

DATA = Path(__file__).resolve().parent.parent / "data"
SURVEYS = DATA / "surveys"
AS_OF = dt.date(2026, 11, 1)
TYPEFORM_RECOMMEND = "Kuinka todennäköisesti suosittelisit meitä ystävällesi?"
TYPEFORM_CHOICE = "Mikä tuoteryhmä kiinnostaa sinua eniten?"


@pytest.fixture(scope="module")
def customers():
    return run_import(ImportPlan.for_files(DATA / "customers_fi.csv"), as_of=AS_OF).dataset


def raw_table(columns: dict[str, list[object]]) -> RawTable:
    return RawTable(frame=pd.DataFrame(columns, dtype=object), source=Path("memory.csv"), file_kind="csv")


def answers_by_email(joined, column: str) -> dict[str, object]:
    frame = joined.dataset.customers.frame
    email = joined.dataset.customers.roles["email"]
    return {e.strip().casefold(): v for e, v in zip(frame[email], frame[column]) if v is not None and v == v}


@pytest.mark.parametrize(("file", "tool"), [("typeform_responses.csv", "Typeform"),
                                            ("google_forms_responses.csv", "Google Forms"),
                                            ("microsoft_forms_responses.xlsx", "Microsoft Forms")])
def test_each_tools_response_export_is_named(file, tool):
    assert survey_tool(list(read_table(SURVEYS / file).columns)) == tool


def test_responses_match_customers_by_email_ignoring_case_and_spaces(customers):
    joined = join_survey(customers, read_table(SURVEYS / "typeform_responses.csv"))
    assert answers_by_email(joined, TYPEFORM_RECOMMEND) == {
        "aino.makela@example.fi": 9.0, "eero.jarvinen@example.fi": 6.0, "sanna.ohman@example.fi": 10.0,
        "kaisa.lehtonen@example.fi": 7.0}
    assert (joined.responses, joined.matched) == (6, 4)


def test_unmatched_responses_are_counted_and_listed_with_their_rows(customers):
    joined = join_survey(customers, read_table(SURVEYS / "typeform_responses.csv"))
    assert [(u.row, u.email) for u in joined.unmatched] == [(5, "tuntematon@example.com"), (6, "")]


@pytest.mark.parametrize(("file", "kinds"), [
    ("typeform_responses.csv", ["tags", "number", "text"]),
    ("google_forms_responses.csv", ["number", "tags", "text"]),
    ("microsoft_forms_responses.xlsx", ["number", "tags", "text"]),
])
def test_each_question_is_read_as_number_tags_or_text(customers, file, kinds):
    joined = join_survey(customers, read_table(SURVEYS / file))
    assert [q.kind for q in joined.questions] == kinds


def test_the_tools_own_columns_are_not_questions(customers):
    joined = join_survey(customers, read_table(SURVEYS / "microsoft_forms_responses.xlsx"))
    assert [q.question for q in joined.questions] == ["Olen tyytyväinen palveluun", "Mitkä tuoteryhmät kiinnostavat?",
                                                     "Terveiset meille"]


def test_likert_words_become_numbers_one_to_five(customers):
    joined = join_survey(customers, read_table(SURVEYS / "google_forms_responses.csv"))
    assert answers_by_email(joined, "How satisfied are you with our shop?") == {
        "aino.makela@example.fi": 5.0, "mikko.koskinen@example.fi": 4.0, "pekka.virtanen@example.fi": 2.0,
        "liisa.nieminen@example.fi": 5.0}


def test_multiple_choice_answers_become_tags_a_segment_can_test(customers):
    joined = join_survey(customers, read_table(SURVEYS / "microsoft_forms_responses.xlsx"))
    rule = node_from_json({"field": "column:Mitkä tuoteryhmät kiinnostavat?", "op": "has_any", "value": ["kahvi"]})
    mask = Evaluator(joined.dataset, as_of=AS_OF).mask(rule)
    emails = joined.dataset.customers.frame[joined.dataset.customers.roles["email"]][mask]
    assert sorted(e.casefold() for e in emails) == ["aino.makela@example.fi", "eero.jarvinen@example.fi"]


def test_questions_are_psychographic_fields(customers):
    joined = join_survey(customers, read_table(SURVEYS / "typeform_responses.csv"))
    fields = {f.name: (f.family, f.kind) for f in available_fields(joined.dataset)}
    assert fields[f"column:{TYPEFORM_RECOMMEND}"] == ("psychographic", "number")
    assert fields[f"column:{TYPEFORM_CHOICE}"] == ("psychographic", "tags")


def test_a_customers_later_response_wins(customers):
    raw = raw_table({"Email": ["aino.makela@example.fi", "AINO.MAKELA@example.fi"], "Score": ["3", "8"],
                     "Submit Date (UTC)": ["2026-01-01", "2026-02-01"], "Network ID": ["a", "b"]})
    joined = join_survey(customers, raw)
    assert answers_by_email(joined, "Score") == {"aino.makela@example.fi": 8.0}
    assert joined.matched == 1


def test_joining_the_same_survey_again_replaces_answers_and_keeps_the_others(customers):
    first = join_survey(customers, raw_table({"Email": ["aino.makela@example.fi", "eero.jarvinen@example.fi"],
                                              "Q": ["1", "2"]}))
    again = join_survey(first.dataset, raw_table({"Email": ["aino.makela@example.fi"], "Q": ["5"]}))
    assert answers_by_email(again, "Q") == {"aino.makela@example.fi": 5.0, "eero.jarvinen@example.fi": 2.0}


def test_a_question_named_like_a_customer_column_gets_its_own_column(customers):
    joined = join_survey(customers, raw_table({"Email": ["aino.makela@example.fi"], "Etunimi": ["Anni"]}))
    assert joined.questions[0].column == "Etunimi (survey)"
    assert joined.dataset.customers.frame["Etunimi"].iloc[0] == "Aino"


def test_a_kind_can_be_chosen_instead_of_decided(customers):
    raw = raw_table({"Email": ["aino.makela@example.fi", "eero.jarvinen@example.fi"], "Q": ["1", "2"]})
    assert join_survey(customers, raw, kinds={"Q": "text"}).questions[0].kind == "text"


def test_a_file_without_addresses_is_refused(customers):
    with pytest.raises(SurveyError) as caught:
        join_survey(customers, raw_table({"Nimi": ["Aino"], "Q": ["1"]}))
    assert caught.value.details["reason"] == "no_email_column"


def test_the_customers_are_not_changed(customers):
    columns = list(customers.customers.frame.columns)
    join_survey(customers, read_table(SURVEYS / "typeform_responses.csv"))
    assert list(customers.customers.frame.columns) == columns


@pytest.mark.parametrize(("answers", "kind"), [
    (["1", "5", "3"], "number"),
    (["Strongly agree", "Disagree", "Neutral"], "number"),
    (["Täysin samaa mieltä", "Jokseenkin eri mieltä"], "number"),
    (["Email;Instagram;", "Email;", "Facebook;Email;"], "tags"),
    (["Hyvä palvelu, nopea toimitus", "Liian kallis", "Ihana kauppa!"], "text"),
])
def test_answer_kind_is_decided_by_the_answers(answers, kind):
    assert read_answers(pd.Series(answers, dtype=object)).kind == kind


def test_a_replacing_import_carries_the_answers_over_by_customer(customers):
    from segmentdesk.core.importing.survey import carry_answers

    joined = join_survey(customers, read_table(SURVEYS / "typeform_responses.csv"))
    fresh = run_import(ImportPlan.for_files(DATA / "customers_fi.csv"), as_of=AS_OF).dataset
    carried = carry_answers(joined.dataset, fresh)
    assert answers_by_email(joined, TYPEFORM_RECOMMEND) == {
        e.strip().casefold(): v for e, v in zip(carried.customers.frame[carried.customers.roles["email"]],
                                                carried.customers.frame[TYPEFORM_RECOMMEND]) if v == v}
    assert carried.customers.families[TYPEFORM_RECOMMEND] == "psychographic"
