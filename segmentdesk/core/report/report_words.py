"""The client report's own words in English and Finnish: headings, labels and the method in plain words.

Like :mod:`segmentdesk.core.words`, each key maps to ``(English, Finnish)``; the words of profiles,
RFM groups, clusters and history come from their own tables, so the report says what the window says.
"""
from __future__ import annotations

from ..bilingual import in_language

REPORT_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Customer segments", "Asiakassegmentit"),
    "subtitle": ("Client report", "Asiakasraportti"),
    "sources": ("Data", "Aineisto"),
    "source_customers": ("Customers: {name}", "Asiakkaat: {name}"),
    "source_orders": ("Orders: {name}", "Tilaukset: {name}"),
    "no_sources": ("(file names not recorded)", "(tiedostojen nimiä ei ole tallennettu)"),
    "imported": ("Imported on {date}", "Tuotu {date}"),
    "latest_order": ("Latest order in the data: {date}", "Aineiston viimeisin tilaus: {date}"),
    "as_of": ("Figures measured on {date}", "Luvut laskettu päivälle {date}"),
    "made_with": ("Made with SegmentDesk {version}", "Tehty SegmentDeskin versiolla {version}"),
    "demo": ("Demo mode: no customer's personal data is shown.",
             "Esittelytila: asiakkaiden henkilötietoja ei näytetä."),
    "aggregates": ("This report holds totals and shares only: no customer's name, email, phone or address.",
                   "Raportissa on vain summia ja osuuksia: ei kenenkään asiakkaan nimeä, sähköpostia, puhelinta "
                   "eikä osoitetta."),
    "page": ("Page {n} / {total}", "Sivu {n} / {total}"),
    "contents": ("Contents", "Sisältö"),
    # The shop at a glance.
    "shop": ("The shop at a glance", "Kauppa yhdellä silmäyksellä"),
    "customers": ("Customers", "Asiakkaita"),
    "buyers": ("Customers with orders", "Ostaneita asiakkaita"),
    "reachable": ("Reachable by email", "Tavoitettavissa sähköpostilla"),
    "orders": ("Orders", "Tilauksia"),
    "revenue": ("Revenue", "Myynti"),
    "avg_order": ("Average order", "Keskiostos"),
    # Segment overview.
    "overview": ("Segment overview", "Segmentit yhdellä silmäyksellä"),
    "col_segment": ("Segment", "Segmentti"),
    "col_customers": ("Customers", "Asiakkaita"),
    "col_share": ("Share of customers", "Osuus asiakkaista"),
    "col_reachable": ("Reachable", "Tavoitettavissa"),
    "col_revenue_share": ("Share of revenue", "Osuus liikevaihdosta"),
    "no_segments": ("The project has no segments yet.", "Projektissa ei ole vielä segmenttejä."),
    "overlap_note": ("A customer can be in several segments, so the shares need not add up to 100%.",
                     "Asiakas voi kuulua useaan segmenttiin, joten osuudet eivät välttämättä ole yhteensä 100 %."),
    "unanswerable": ("This segment's rule cannot be answered with this data: {reason}",
                     "Tämän segmentin sääntöön ei voi vastata tällä aineistolla: {reason}"),
    # A segment's pages.
    "segment": ("Segment: {name}", "Segmentti: {name}"),
    "segments": ("Segments one by one", "Segmentit yksitellen"),
    "rule": ("Who belongs", "Kuka kuuluu"),
    "key_figures": ("Key figures against all customers", "Tunnusluvut verrattuna kaikkiin asiakkaisiin"),
    "differences": ("Who they are, against all customers", "Keitä he ovat, verrattuna kaikkiin asiakkaisiin"),
    "differences_title": ("Values that differ most from all customers", "Eniten kaikista asiakkaista poikkeavat arvot"),
    "persona": ("Persona card", "Personakortti"),
    "values_of": ("{n} values", "{n} arvoa"),
    "a_value": ("a value", "arvo"),
    # RFM.
    "rfm": ("RFM groups", "RFM-ryhmät"),
    "rfm_none": ("The data has no dated orders, so there are no RFM groups.",
                 "Aineistossa ei ole päivättyjä tilauksia, joten RFM-ryhmiä ei ole."),
    "col_group": ("Group", "Ryhmä"),
    "col_what": ("Who they are", "Keitä he ovat"),
    "no_purchases": ("No purchases yet", "Ei ostoja vielä"),
    # Clusters.
    "clusters": ("Hidden groups (clusters)", "Piilevät ryhmät (klusterit)"),
    "clusters_none": ("No clusters have been kept in this project (the Clusters tab, or "
                      "'segmentdesk-cli clusters --save').",
                      "Projektiin ei ole tallennettu klustereita (Klusterit-välilehti tai "
                      "'segmentdesk-cli clusters --save')."),
    "clusters_made": ("{k} clusters found on {date} from: {fields}.", "{k} klusteria löydetty {date} kentistä: {fields}."),
    "clusters_outside": ("{n} customers are in no cluster (new since, or without any of these values).",
                         "{n} asiakasta ei kuulu mihinkään klusteriin (uusia tai ilman näitä tietoja)."),
    "col_cluster": ("Cluster", "Klusteri"),
    "col_described": ("In words", "Sanoin"),
    # History.
    "history": ("Segments over time", "Segmentit ajan mittaan"),
    "history_one": ("The project holds one import so far; the history starts with the second.",
                    "Projektissa on toistaiseksi yksi tuonti; historia alkaa toisesta."),
    "history_moves": ("Movements between segments from {a} to {b}", "Siirtymät segmenttien välillä {a}–{b}"),
    "nobody_moved": ("Nobody moved between segments.", "Kukaan ei siirtynyt segmenttien välillä."),
    # Checks.
    "checks": ("Checks", "Tarkistukset"),
    # Method.
    "method": ("How the figures were made", "Miten luvut on laskettu"),
}

# The method in plain words: (heading key, (English paragraph, Finnish paragraph)).
METHOD: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = (
    (("Segments", "Segmentit"),
     ("A segment is a rule the shop wrote, such as \"bought in the last 90 days and is interested in yoga\". "
      "Every customer the rule fits is counted, on the date the figures were measured. A customer can fit "
      "several segments.",
      "Segmentti on kaupan kirjoittama sääntö, esimerkiksi \"ostanut viimeisen 90 päivän aikana ja kiinnostunut "
      "joogasta\". Jokainen asiakas, johon sääntö sopii, lasketaan mukaan sinä päivänä, jolle luvut on laskettu. "
      "Asiakas voi kuulua useaan segmenttiin.")),
    (("Reachable by email", "Tavoitettavissa sähköpostilla"),
     ("Reachable are the members a marketing email may go to: a valid address, a yes to marketing on record, "
      "not on the do-not-contact list, each address counted once. Exports write exactly these people.",
      "Tavoitettavissa ovat jäsenet, joille markkinointiviestin saa lähettää: toimiva osoite, kirjattu "
      "markkinointilupa, ei kieltolistalla, jokainen osoite kerran. Viennit kirjoittavat juuri nämä henkilöt.")),
    (("Share of revenue", "Osuus liikevaihdosta"),
     ("The sum of the members' orders (returns subtracted) as a share of all customers' orders.",
      "Jäsenten tilausten summa (palautukset vähennettyinä) osuutena kaikkien asiakkaiden tilauksista.")),
    (("The index in a profile", "Profiilin indeksi"),
     ("A profile compares a segment with all customers. The index is the segment's share divided by all "
      "customers' share, times 100: 100 means the same as everyone, 200 twice as common in the segment, "
      "50 half as common. Only differences that are large and too clear to be chance are named in words, the "
      "strongest first, and what the segment's rule chooses by (a region, an interest) is not shown as a "
      "difference: it is the segment's definition.",
      "Profiili vertaa segmenttiä kaikkiin asiakkaisiin. Indeksi on segmentin osuus jaettuna kaikkien "
      "asiakkaiden osuudella kertaa 100: 100 tarkoittaa samaa kuin kaikilla, 200 kaksi kertaa yleisempää "
      "segmentissä, 50 puolet harvinaisempaa. Sanoin mainitaan vain erot, jotka ovat suuria ja liian selviä "
      "ollakseen sattumaa, vahvin ensin. Sitä, minkä mukaan segmentin sääntö valitsee (maakunta, kiinnostus), "
      "ei näytetä erona: se on segmentin määritelmä.")),
    (("RFM", "RFM"),
     ("RFM sorts the customers who have bought by three things: Recency (how long since the last order), "
      "Frequency (how many orders) and Monetary value (how much in all). Each is scored 1–5 against the other "
      "buyers, 5 the best fifth as near as ties allow: equal values always get the same score, so where many "
      "customers tie (most have one order) a score can be left empty. The groups (such as Champions or At "
      "risk) come from the recency and frequency scores together.",
      "RFM ryhmittelee ostaneet asiakkaat kolmen asian mukaan: tuoreus (kuinka kauan viime tilauksesta), "
      "tiheys (kuinka monta tilausta) ja rahamäärä (kuinka paljon yhteensä). Kukin pisteytetään 1–5 muihin "
      "ostajiin verrattuna, 5 on paras viidennes niin tarkasti kuin tasatilanteet sallivat: samat arvot saavat "
      "aina saman pistemäärän, joten kun moni asiakas on samassa arvossa (useimmilla on yksi tilaus), jokin "
      "pistemäärä voi jäädä tyhjäksi. Ryhmät (kuten Huippuasiakkaat tai Vaarassa olevat) muodostuvat "
      "tuoreus- ja tiheyspisteistä yhdessä.")),
    (("Clusters", "Klusterit"),
     ("Clusters are groups the computer found by itself (k-means): customers whose chosen figures, such as "
      "days since the last order, number of orders, spend and age, lie close together. Skewed figures were "
      "put on a log scale and all of them on a common scale first, so that euros and days weigh alike; the "
      "number of groups was chosen by how clearly they separate (silhouette). The words under a cluster say "
      "where its centre differs most from the average customer.",
      "Klusterit ovat ryhmiä, jotka tietokone löysi itse (k-means): asiakkaita, joiden valitut luvut, kuten "
      "päivät viime tilauksesta, tilausten määrä, ostot ja ikä, ovat lähellä toisiaan. Vinot luvut muutettiin "
      "ensin logaritmiasteikolle ja kaikki yhteiselle asteikolle, jotta eurot ja päivät painavat yhtä paljon; "
      "ryhmien määrä valittiin sen mukaan, kuinka selvästi ne erottuvat (siluetti). Klusterin sanat kertovat, "
      "missä sen keskipiste poikkeaa eniten keskivertoasiakkaasta.")),
    (("History", "Historia"),
     ("Each import records every segment's members and figures. Customers are followed from one import to "
      "the next by their customer number (else email address), so the report can say how many moved from "
      "one segment to another — as counts only.",
      "Jokainen tuonti tallentaa kunkin segmentin jäsenet ja luvut. Asiakkaat tunnistetaan tuonnista toiseen "
      "asiakasnumeron (muuten sähköpostiosoitteen) perusteella, joten raportti voi kertoa, montako siirtyi "
      "segmentistä toiseen — vain lukumäärinä.")),
)


def report_word(key: str, lang: str) -> str:
    """The report word ``key`` in ``lang`` (English for any other language)."""
    return in_language(REPORT_WORDS[key], lang)


def method_sections(lang: str) -> list[tuple[str, str]]:
    """The method as (heading, paragraph) pairs in ``lang``."""
    i = 1 if lang == "fi" else 0
    return [(heading[i], text[i]) for heading, text in METHOD]
