"""The client report's PDF: its sections and figures in Finnish and English, fonts embedded, nobody's
personal data, a demo cover, the PNG set, and a cancel that leaves no file."""
from __future__ import annotations

import datetime as dt
import subprocess

import pandas as pd
import pytest

from report_sample import AS_OF, PERSONA, SAMPLE
from segmentdesk.core.errors import Cancelled
from segmentdesk.core.formats import format_percent, format_whole
from segmentdesk.core.project.store import load_project
from segmentdesk.core.report.report_pdf import write_report
from segmentdesk.core.report.report_words import report_word
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.figures import segment_figures
from segmentdesk.core.tasks import Progress

DAY = dt.date.fromisoformat(AS_OF)


def pdf_text(path) -> str:
    """The PDF's text as pdftotext reads it, spaces (and the Finnish no-break space) made plain."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def reports(report_project, tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    project = load_project(report_project)
    written = {}
    for lang in ("fi", "en"):
        out = folder / f"report-{lang}.pdf"
        seen: list[float] = []
        result = write_report(project, out=out, path=report_project, as_of=DAY, lang=lang, version="9.8.7",
                              png_dir=folder / f"png-{lang}" if lang == "en" else None, demo=lang == "en",
                              progress=Progress(lambda fraction, stage, seen=seen: seen.append(fraction)))
        written[lang] = (result, pdf_text(out), seen)
    return project, written


def test_finnish_report_has_every_section_in_finnish(reports):
    _, written = reports
    text = written["fi"][1]
    for heading in ("Asiakasraportti", "Kauppa yhdellä silmäyksellä", "Segmentit yhdellä silmäyksellä",
                    "Segmentti: Kanta-asiakkaat", "Tunnusluvut verrattuna kaikkiin asiakkaisiin", "Personakortti",
                    "RFM-ryhmät", "Piilevät ryhmät (klusterit)", "Segmentit ajan mittaan",
                    "Miten luvut on laskettu", "Tehty SegmentDeskin versiolla 9.8.7"):
        assert heading in text, heading
    for english in ("Segment overview", "Page ", "Customers with orders", "Cluster 1", "How the figures"):
        assert english not in text, english


def test_english_report_has_every_section_in_english(reports):
    _, written = reports
    text = written["en"][1]
    for heading in ("Client report", "The shop at a glance", "Segment overview", "Segment: Hiipuneet",
                    "Key figures against all customers", "Persona card", "RFM groups", "Hidden groups (clusters)",
                    "Segments over time", "How the figures were made", "Recency",
                    "Made with SegmentDesk 9.8.7"):
        assert heading in text, heading


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_segment_sizes_and_shares_appear_in_the_languages_number_format(reports, lang):
    project, written = reports
    text = written[lang][1]
    evaluator = Evaluator(project.dataset, as_of=DAY, segments=project.segment_map())
    for segment in project.segments:
        f = segment_figures(project.dataset, evaluator.mask(segment.rule))
        assert f"{segment.name} {format_whole(f.count, lang)} {format_percent(f.share, lang)}".replace(
            "\u00a0", " ") in text
    assert f"{format_whole(len(project.dataset), lang)}".replace("\u00a0", " ") in text
    if lang == "fi":
        assert "2 000" in text and "€" in text


def test_the_persona_card_is_on_its_segments_page(reports):
    _, written = reports
    text = written["fi"][1]
    assert PERSONA["name"] in text and "Käy joogassa kahdesti viikossa." in text


def test_a_segment_without_a_persona_prints_no_empty_persona_section(reports):
    text = reports[1]["fi"][1]
    assert text.count("Personakortti") == 1                   # only "Joogaajat Uudellamaalla" has one
    page = text[text.index("Segmentti: Joogaajat Uudellamaalla Kuka kuuluu"):]
    assert "Personakortti" in page[:page.index("Segmentti: ", 10)]
    assert "ei ole kirjoitettu personaa" not in text


def test_fonts_are_embedded(reports, tmp_path):
    result = reports[1]["fi"][0]
    listing = subprocess.run(["pdffonts", str(result.out)], check=True, capture_output=True, text=True).stdout
    fonts = listing.splitlines()[2:]
    assert fonts, listing
    for line in fonts:
        assert "TrueType" in line and " yes " in line, line


def test_no_customers_name_email_or_phone_is_in_the_report(reports):
    _, written = reports
    customers = pd.read_excel(SAMPLE / "customers.xlsx", dtype=str, engine="openpyxl")
    emails = set(customers["Sähköposti"].dropna().str.strip().str.lower())
    phones = set(customers["Puhelin"].dropna().str.strip())
    names = set((customers["Etunimi"] + " " + customers["Sukunimi"]).dropna())
    for lang in ("fi", "en"):
        text = written[lang][1]
        lowered = text.lower()
        assert "@" not in text
        assert not [e for e in emails if e in lowered]
        assert not [p for p in phones if p in text]
        assert not [n for n in names if n in text]


def test_every_page_is_numbered(reports):
    result, text, _ = reports[1]["fi"]
    assert result.pages >= 8
    assert f"Sivu {result.pages} / {result.pages}" in text and "Sivu 1 /" in text


def test_demo_mode_is_said_on_the_cover_and_only_in_demo_mode(reports):
    _, written = reports                  # the English report is written in demo mode, the Finnish one not
    assert "Demo mode: no customer's personal data is shown." in written["en"][1]
    assert "Esittelytila" not in written["fi"][1]


def test_the_png_set_holds_each_chart(reports):
    result = reports[1]["en"][0]
    names = [p.name for p in result.images]
    assert names[0].startswith("01-") and all(p.exists() and p.stat().st_size > 10_000 for p in result.images)
    assert {"segment-sizes", "rfm-grid", "clusters", "segment-sizes-over-time"} <= {n[3:-4] for n in names}


def test_a_cancel_leaves_no_report_behind(report_project, tmp_path):
    out = tmp_path / "r.pdf"
    progress = Progress(lambda fraction, stage: progress.cancel() if stage == "pages" else None)
    with pytest.raises(Cancelled):
        write_report(load_project(report_project), out=out, path=report_project, as_of=DAY, lang="fi",
                     version="1", progress=progress)
    assert not out.exists() and not list(tmp_path.iterdir())


def test_progress_runs_from_start_to_the_end(reports):
    seen = reports[1]["fi"][2]
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 10


def test_the_contents_name_the_page_each_section_is_on(reports):
    result, text, _ = reports[1]["fi"]
    listed = int(text.split("Piilevät ryhmät (klusterit)", 1)[1].split()[0])     # first mention: the contents
    page = subprocess.run(["pdftotext", "-f", str(listed), "-l", str(listed), str(result.out), "-"],
                          check=True, capture_output=True, text=True).stdout
    assert page.lstrip().startswith("Piilevät ryhmät (klusterit)")


def test_a_segments_share_of_revenue_stands_beside_all_customers_100_percent(reports):
    # "Osuus liikevaihdosta 81,4 % | Kaikki asiakkaat 26,2 %": the second was the share of customers.
    import re

    text = reports[1]["fi"][1]
    rows = re.findall(r"Osuus liikevaihdosta (\d+,\d %) (\S+ %) (\S+)", text)
    assert len(rows) == 4 and all(row[1:] == ("100,0 %", "–") for row in rows)


def test_a_segments_page_does_not_tell_its_own_rule_as_a_finding(reports):
    text = reports[1]["fi"][1]
    page = text[text.index("Segmentti: Joogaajat Uudellamaalla Kuka kuuluu"):]
    page = page[:page.index("Segmentti: ", 10)]
    assert "maakunnassa Uusimaa" not in page and "aiheesta jooga" not in page
    assert "Jätetty pois, koska segmentin sääntö valitsee niiden perusteella: maakunta, paikkakunta, " \
           "kiinnostuksen kohteet." in page


@pytest.mark.parametrize("lang, words", [
    ("en", "Nobody has F score 2: equal values get equal scores, and the {n} customers with F 1 (1 order) are "
           "more than a fifth of the buyers."),
    ("fi", "Kenelläkään ei ole F-pistemäärää 2: samat arvot saavat aina saman pistemäärän, ja {n} asiakasta, "
           "joiden F on 1 (1 tilaus), on yli viidennes ostaneista.")])
def test_the_rfm_page_says_why_the_grid_has_an_empty_column(reports, lang, words):
    # The app said why the F 2 column is empty; the printed grid left it unexplained.
    from segmentdesk.core.data.rfm import rfm_scores

    project, written = reports
    scores = rfm_scores(project.dataset, DAY)
    f = scores.f[scores.buyers]
    assert not (f == 2).any()
    text = written[lang][1]
    rfm_page = text[text.rindex(report_word("rfm", lang)):]
    assert words.format(n=format_whole(int((f == 1).sum()), lang).replace("\u00a0", " ")) in rfm_page


def test_one_name_for_the_share_of_revenue_and_english_percent_without_a_space(reports):
    # Finnish said "Osuus liikevaihdosta" on segment pages and "Osuus myynnistä" in the overview and RFM;
    # the English footnote wrote the Finnish "100 %".
    fi, en = reports[1]["fi"][1], reports[1]["en"][1]
    assert "myynnistä" not in fi and fi.count("Osuus liikevaihdosta") >= 5
    assert "liikevaihdo…" not in fi                   # the overview's and RFM's column headers are whole
    assert "shares need not add up to 100%." in en and "100 %" not in en


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_nothing_is_cut_on_the_overview_and_segment_pages(reports, lang):
    # Five category labels of a segment's index chart ("Ostetut tuoteryhmät: Joogatarvikk…") and the
    # overview's "Osuus liikevaihdos…" column were cut.
    text = reports[1][lang][1]
    cover_ends = text.index(report_word("made_with", lang).format(version="9.8.7"))
    assert "…" not in text[cover_ends:text.rindex(report_word("rfm", lang))]


def test_the_method_does_not_promise_five_equal_fifths(reports):
    # "5 the best fifth" beside a grid whose F 1 holds more than two fifths of the buyers and F 2 nobody.
    assert "a score can be left empty" in reports[1]["en"][1]
    assert "pistemäärä voi jäädä tyhjäksi" in reports[1]["fi"][1]
