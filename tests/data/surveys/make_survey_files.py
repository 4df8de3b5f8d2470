"""Write the survey response exports of this folder (``python make_survey_files.py``).

Each copies its tool's response-export layout (README.md names the sources) with answers from some
of the customers of ``tests/data/customers_fi.csv`` (addresses written in other case and with spaces),
one stranger and one response without an address.
"""
from __future__ import annotations

import csv
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent

TYPEFORM_HEADER = ["#", "Mikä tuoteryhmä kiinnostaa sinua eniten?",
                   "Kuinka todennäköisesti suosittelisit meitä ystävällesi?", "Mitä toivoisit meiltä?", "email",
                   "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"]
TYPEFORM_ROWS = [
    ["a1k9", "Jooga", "9", "Lisää joogamattoja", " AINO.MAKELA@example.fi ", "completed", "2026-10-01 08:00:00",
     "", "2026-10-01 08:03:10", "1f2e3d", ""],
    ["b2l8", "Kahvi", "6", "", "eero.jarvinen@example.fi", "completed", "2026-10-01 09:00:00", "",
     "2026-10-01 09:02:00", "2e3d4c", ""],
    ["c3m7", "Jooga", "10", "Ihana kauppa, kiitos!", "Sanna.Ohman@Example.fi", "completed", "2026-10-02 10:00:00",
     "", "2026-10-02 10:01:30", "3d4c5b", ""],
    ["d4n6", "Kahvi", "3", "Toimitukset ovat hitaita", "tuntematon@example.com", "completed", "2026-10-02 11:00:00",
     "", "2026-10-02 11:04:00", "4c5b6a", ""],
    ["e5o5", "Lukeminen", "8", "", "", "completed", "2026-10-03 12:00:00", "", "2026-10-03 12:02:00", "5b6a79", ""],
    ["f6p4", "Jooga", "7", "Kurssit verkossa olisivat kivoja", "kaisa.lehtonen@example.fi", "completed",
     "2026-10-03 13:00:00", "", "2026-10-03 13:05:00", "6a7988", ""],
]

GOOGLE_HEADER = ["Timestamp", "Email Address", "How satisfied are you with our shop?",
                 "Which channels do you follow us on?", "Anything else you would like to tell us?"]
GOOGLE_ROWS = [
    ["2026/10/05 9:15:02 AM EET", "aino.makela@example.fi", "Very satisfied", "Instagram, Newsletter",
     "Keep the yoga classes coming"],
    ["2026/10/05 10:01:44 AM EET", "mikko.koskinen@example.fi ", "Satisfied", "Newsletter", ""],
    ["2026/10/05 11:30:00 AM EET", "PEKKA.VIRTANEN@example.fi", "Dissatisfied", "Facebook, Instagram",
     "Delivery took two weeks"],
    ["2026/10/06 8:00:10 AM EET", "someone@example.org", "Neutral", "Instagram", ""],
    ["2026/10/06 9:45:51 AM EET", "liisa.nieminen@example.fi", "Very satisfied", "Newsletter, Instagram", ""],
]

MSFORMS_HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Olen tyytyväinen palveluun",
                  "Mitkä tuoteryhmät kiinnostavat?", "Terveiset meille"]
MSFORMS_ROWS = [
    [1, "10/7/26 9:00:00", "10/7/26 9:02:11", "aino.makela@example.fi", "Aino Mäkelä", "Täysin samaa mieltä",
     "Jooga;Kahvi;", "Kiitos hyvästä palvelusta"],
    [2, "10/7/26 9:10:00", "10/7/26 9:11:40", "kaisa.lehtonen@example.fi", "Kaisa Lehtonen", "Jokseenkin samaa mieltä",
     "Jooga;", ""],
    [3, "10/7/26 9:20:00", "10/7/26 9:23:05", "Eero.Jarvinen@example.fi", "Eero Järvinen", "Täysin eri mieltä",
     "Kahvi;", "Hinnat ovat nousseet"],
    [4, "10/7/26 9:30:00", "10/7/26 9:31:00", "ulkopuolinen@example.net", "Ulla Ulkopuolinen",
     "Ei samaa eikä eri mieltä", "Lukeminen;Kahvi;", ""],
]


def main() -> None:
    with open(HERE / "typeform_responses.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(TYPEFORM_HEADER)
        writer.writerows(TYPEFORM_ROWS)
    with open(HERE / "google_forms_responses.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(GOOGLE_HEADER)
        writer.writerows(GOOGLE_ROWS)
    book = xlsxwriter.Workbook(str(HERE / "microsoft_forms_responses.xlsx"))
    sheet = book.add_worksheet("Sheet1")
    for r, row in enumerate([MSFORMS_HEADER] + MSFORMS_ROWS):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.close()


if __name__ == "__main__":
    main()
