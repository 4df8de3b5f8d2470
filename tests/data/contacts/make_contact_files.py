"""Write the CRM and email-tool contact exports of this folder (``python make_contact_files.py``).

Each file copies the column layout its tool writes (README.md names the sources) with a few made-up
Finnish contacts.  The tests recount consent, the do-not-contact list and a segment from these files
with their own reading of each tool's status columns.
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

HUBSPOT_HEADER = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Contact owner",
                  "Last Activity Date", "Lead Status", "Marketing contact status", "Create Date", "City",
                  "Postal Code", "Unsubscribed from all email", "Email hard bounce reason"]
HUBSPOT_ROWS = [
    ["51001", "Aino", "Mäkelä", "aino.makela@example.fi", "+358401234567", "Maija Myyjä", "2026-10-02 09:15",
     "Open", "Marketing contact", "2024-03-14 10:12", "Helsinki", "00100", "", ""],
    ["51002", "Eero", "Järvinen", "eero.jarvinen@example.fi", "", "Maija Myyjä", "", "New",
     "Marketing contact", "2024-05-02 14:00", "Tampere", "33100", "false", ""],
    ["51003", "Sanna", "Öhman", "sanna.ohman@example.fi", "+358451112223", "", "2025-12-01 08:00", "Connected",
     "Non-marketing contact", "2023-11-20 16:45", "Helsinki", "00530", "true", ""],
    ["51004", "Ville", "Äijälä", "ville.aijala@example.fi", "", "", "", "", "Marketing contact",
     "2025-01-08 11:30", "Oulu", "90100", "", "Unknown user"],
    ["51005", "Liisa", "Heikkinen", "liisa.heikkinen@example.fi", "", "Maija Myyjä", "", "Unqualified",
     "Non-marketing contact", "2022-06-30 12:00", "Helsinki", "00250", "true", ""],
    ["51006", "Mikko", "Virtanen", "mikko.virtanen@example.fi", "+358407778889", "", "2026-09-15 17:20",
     "In Progress", "Marketing contact", "2025-08-19 09:05", "Helsinki", "00180", "", ""],
    ["51007", "Kaisa", "Laine", " Kaisa.Laine@Example.fi ", "", "", "", "Open", "Non-marketing contact",
     "2026-02-11 13:13", "Espoo", "02100", "false", ""],
]

ZOHO_HEADER = ["Record Id", "Contact Owner", "Lead Source", "First Name", "Last Name", "Account Name", "Email",
               "Phone", "Mobile", "Date of Birth", "Email Opt Out", "Mailing Street", "Mailing City", "Mailing Zip",
               "Mailing Country", "Tag", "Created Time"]
ZOHO_ROWS = [
    ["zcrm_5725767000000412001", "Maija Myyjä", "Web Download", "Aino", "Mäkelä", "", "aino.makela@example.fi",
     "", "+358401234567", "1985-04-12", "false", "Mannerheimintie 12", "Helsinki", "00100", "Finland",
     "jooga,kahvi", "2024-03-14 10:12:00"],
    ["zcrm_5725767000000412002", "Maija Myyjä", "Trade Show", "Eero", "Järvinen", "Järvisen Puu Oy",
     "eero.jarvinen@example.fi", "+35831234567", "", "1979-11-30", "true", "Hämeenkatu 5", "Tampere", "33100",
     "Finland", "", "2024-05-02 14:00:00"],
    ["zcrm_5725767000000412003", "Maija Myyjä", "", "Sanna", "Öhman", "", "sanna.ohman@example.fi", "",
     "+358451112223", "", "false", "Fleminginkatu 3", "Helsinki", "00530", "Finland", "jooga",
     "2023-11-20 16:45:00"],
    ["zcrm_5725767000000412004", "Pekka Päällikkö", "Advertisement", "Ville", "Äijälä", "", "ville.aijala@example.fi",
     "", "", "1992-07-01", "false", "Kirkkokatu 20", "Oulu", "90100", "Finland", "kahvi", "2025-01-08 11:30:00"],
    ["zcrm_5725767000000412005", "Pekka Päällikkö", "Web Download", "Liisa", "Heikkinen", "",
     "liisa.heikkinen@example.fi", "", "", "", "true", "Runeberginkatu 40", "Helsinki", "00250", "Finland",
     "jooga", "2022-06-30 12:00:00"],
    ["zcrm_5725767000000412006", "Pekka Päällikkö", "", "Mikko", "Virtanen", "", "mikko.virtanen@example.fi",
     "", "+358407778889", "1990-02-28", "false", "Mechelininkatu 1", "Helsinki", "00180", "Finland",
     "jooga,pyöräily", "2025-08-19 09:05:00"],
]

# The system columns every file of a Mailchimp audience export has, after the audience's merge fields;
# the unsubscribed and cleaned files put their own columns after REGION.
MAILCHIMP_FIELDS = ["Email Address", "First Name", "Last Name", "Address", "Phone Number", "Birthday"]
MAILCHIMP_SYSTEM = ["MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE",
                    "GMTOFF", "DSTOFF", "TIMEZONE", "CC", "REGION"]
MAILCHIMP_TAIL = ["LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS"]
UNSUB_COLUMNS = ["UNSUB_TIME", "UNSUB_CAMPAIGN_TITLE", "UNSUB_CAMPAIGN_ID", "UNSUB_REASON", "UNSUB_REASON_OTHER"]
CLEAN_COLUMNS = ["CLEAN_TIME", "CLEAN_CAMPAIGN_TITLE", "CLEAN_CAMPAIGN_ID"]


def mailchimp_row(email, first, last, city, rating, optin, tags, leid, extra=()):
    address = f"Katu 1  {city}    FI" if city else ""
    system = [rating, optin, "", optin, "", "", "", "2", "3", "Europe/Helsinki", "FI", ""]
    return ([email, first, last, address, "", "", *system, *extra, "2026-09-01 10:00:00", leid,
             f"{int(leid):010x}", "", tags])


MAILCHIMP_SUBSCRIBED = [
    mailchimp_row("aino.makela@example.fi", "Aino", "Mäkelä", "Helsinki", "4", "2024-03-14 10:12:00",
                  '"jooga","kahvi"', "101"),
    mailchimp_row("eero.jarvinen@example.fi", "Eero", "Järvinen", "Tampere", "2", "", "", "102"),
    mailchimp_row("mikko.virtanen@example.fi", "Mikko", "Virtanen", "Helsinki", "5", "2025-08-19 09:05:00",
                  '"jooga","pyöräily"', "103"),
    mailchimp_row("kaisa.laine@example.fi", "Kaisa", "Laine", "Espoo", "3", "2026-02-11 13:13:00", '"kahvi"', "104"),
]
MAILCHIMP_UNSUBSCRIBED = [
    mailchimp_row("sanna.ohman@example.fi", "Sanna", "Öhman", "Helsinki", "1", "2023-11-20 16:45:00", '"jooga"',
                  "105", ["2025-06-01 08:30:00", "Kesäkuun uutiskirje", "a1b2c3d4e5", "NORMAL", ""]),
    mailchimp_row("liisa.heikkinen@example.fi", "Liisa", "Heikkinen", "Helsinki", "1", "", "", "106",
                  ["2026-01-15 19:02:00", "Tammikuun ale", "f6e5d4c3b2", "SPAMMY_CONTENT", ""]),
]
MAILCHIMP_CLEANED = [
    mailchimp_row("ville.aijala@example.fi", "Ville", "Äijälä", "Oulu", "1", "2025-01-08 11:30:00", "", "107",
                  ["2025-03-03 03:03:00", "Maaliskuun uutiskirje", "0a9b8c7d6e"]),
]

ACTIVECAMPAIGN_HEADER = ["Contact ID", "Email", "First Name", "Last Name", "Phone", "Account", "Tags", "Status",
                         "Date Created", "Date Updated", "IP Address"]
ACTIVECAMPAIGN_ROWS = [
    ["11", "aino.makela@example.fi", "Aino", "Mäkelä", "+358401234567", "", "jooga, kahvi", "Active",
     "2024-03-14 10:12:00", "2026-09-01 10:00:00", "192.0.2.10"],
    ["12", "eero.jarvinen@example.fi", "Eero", "Järvinen", "", "Järvisen Puu Oy", "", "Unconfirmed",
     "2024-05-02 14:00:00", "2024-05-02 14:00:00", "192.0.2.11"],
    ["13", "sanna.ohman@example.fi", "Sanna", "Öhman", "", "", "jooga", "Unsubscribed",
     "2023-11-20 16:45:00", "2025-06-01 08:30:00", ""],
    ["14", "ville.aijala@example.fi", "Ville", "Äijälä", "", "", "kahvi", "Bounced",
     "2025-01-08 11:30:00", "2025-03-03 03:03:00", ""],
    ["15", "mikko.virtanen@example.fi", "Mikko", "Virtanen", "+358407778889", "", "jooga, pyöräily", "Active",
     "2025-08-19 09:05:00", "2026-09-15 17:20:00", "192.0.2.15"],
    ["16", "kaisa.laine@example.fi", "Kaisa", "Laine", "", "", "kahvi", "Active",
     "2026-02-11 13:13:00", "2026-02-11 13:13:00", ""],
]

BREVO_HEADER = ["CONTACT_ID", "EMAIL", "FIRSTNAME", "LASTNAME", "SMS", "ADDED_TIME", "MODIFIED_TIME",
                "EMAIL_BLACKLISTED", "SMS_BLACKLISTED", "KAUPUNKI"]
BREVO_ROWS = [
    ["1", "aino.makela@example.fi", "Aino", "Mäkelä", "358401234567", "2024-03-14 10:12:00", "2026-09-01 10:00:00",
     "No", "No", "Helsinki"],
    ["2", "eero.jarvinen@example.fi", "Eero", "Järvinen", "", "2024-05-02 14:00:00", "2024-05-02 14:00:00",
     "Yes", "No", "Tampere"],
    ["3", "sanna.ohman@example.fi", "Sanna", "Öhman", "358451112223", "2023-11-20 16:45:00",
     "2025-06-01 08:30:00", "Yes", "Yes", "Helsinki"],
    ["4", "mikko.virtanen@example.fi", "Mikko", "Virtanen", "358407778889", "2025-08-19 09:05:00",
     "2026-09-15 17:20:00", "No", "No", "Helsinki"],
    ["5", "kaisa.laine@example.fi", "Kaisa", "Laine", "", "2026-02-11 13:13:00", "2026-02-11 13:13:00",
     "No", "No", "Espoo"],
]


def write(name: str, header: list[str], rows: list[list[str]], *, delimiter: str = ",") -> None:
    with open(HERE / name, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=delimiter, quoting=csv.QUOTE_ALL if delimiter == "," else csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    write("hubspot_contacts.csv", HUBSPOT_HEADER, HUBSPOT_ROWS)
    write("zoho_crm_contacts.csv", ZOHO_HEADER, ZOHO_ROWS)
    head = MAILCHIMP_FIELDS + MAILCHIMP_SYSTEM
    write("mailchimp_subscribed_members.csv", head + MAILCHIMP_TAIL, MAILCHIMP_SUBSCRIBED)
    write("mailchimp_unsubscribed_members.csv", head + UNSUB_COLUMNS + MAILCHIMP_TAIL, MAILCHIMP_UNSUBSCRIBED)
    write("mailchimp_cleaned_members.csv", head + CLEAN_COLUMNS + MAILCHIMP_TAIL, MAILCHIMP_CLEANED)
    write("activecampaign_contacts.csv", ACTIVECAMPAIGN_HEADER, ACTIVECAMPAIGN_ROWS)
    write("brevo_contacts.csv", BREVO_HEADER, BREVO_ROWS, delimiter=";")


if __name__ == "__main__":
    main()
