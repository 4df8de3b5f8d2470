"""The CSV formats the export offers: for Excel users, and as each email tool and ad platform imports them.

Each :class:`CsvLayout` names its separator, encoding, headers and value forms.  The headers
and forms were checked against each tool's own import documentation, cited beside it; those
pages change, so the citation names what was read, and the tests pin the headers we write.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

FINNISH_EXCEL = "csv"
UTF8_CSV = "csv-utf8"
EMAIL_TOOLS = ("mailchimp", "brevo", "mailerlite", "hubspot", "activecampaign")
AD_PLATFORMS = ("meta", "google-ads")
CSV_FORMATS = (FINNISH_EXCEL, UTF8_CSV, *EMAIL_TOOLS, *AD_PLATFORMS)


@dataclass(frozen=True)
class CsvLayout:
    """How one format writes its files."""

    tool: str
    delimiter: str = ","
    bom: bool = False                           # UTF-8 with a byte-order mark (what Excel needs to read ä and ö)
    contact_headers: Mapping[str, str] = field(default_factory=dict)   # field → the importer's header
    mailing_list: bool = True                   # ISO dates, a decimal point, phones international
    decimal: str = "."
    phone_international_only: bool = False      # a phone not in international form is left empty
    birthday_month_day: bool = False            # birth_date written MM/DD (Mailchimp's birthday field)
    tags_header: str | None = None              # a column holding the segment's name as a tag
    ad_identifiers: bool = False                # only the platform's identifier columns, normalised (ad_audiences)


# Mailchimp, "Format guidelines for your import file" (mailchimp.com/help/format-guidelines-for-your-
# import-file/): UTF-8; Email Address required, one per contact; text fields; Birthday as Month/Day
# (MM/DD); the default audience fields are labelled Email Address, First Name, Last Name, Phone Number,
# Birthday; tags are imported from a column of comma-separated tag names.
MAILCHIMP = CsvLayout("mailchimp", contact_headers={
    "email": "Email Address", "first_name": "First Name", "last_name": "Last Name", "phone": "Phone Number",
    "birth_date": "Birthday"}, birthday_month_day=True, tags_header="Tags")
# Brevo, "Create a file to import your contacts" (help.brevo.com/hc/en-us/articles/208729849): CSV with
# ';', ',' or tab, UTF-8; default attributes EMAIL, FIRSTNAME, LASTNAME, SMS; SMS with the + sign and
# the country code, digits not separated.  One file per list: a file per segment.
BREVO = CsvLayout("brevo", contact_headers={"email": "EMAIL", "first_name": "FIRSTNAME", "last_name": "LASTNAME",
                                            "phone": "SMS"}, phone_international_only=True)
# MailerLite, "How to import subscribers" (mailerlite.com/help/how-to-import-subscribers): CSV/TXT/Excel
# in UTF-8, one column per field; the default fields Email, Name (the first name), Last name, Phone.
# Imported into a group: a file per segment.
MAILERLITE = CsvLayout("mailerlite", contact_headers={"email": "Email", "first_name": "Name",
                                                      "last_name": "Last name", "phone": "Phone"})
# HubSpot, "Set up your import file" (knowledge.hubspot.com/import-and-export/set-up-your-import-file):
# contact properties matched by their labels Email, First Name, Last Name, Phone Number.
HUBSPOT = CsvLayout("hubspot", contact_headers={"email": "Email", "first_name": "First Name",
                                                "last_name": "Last Name", "phone": "Phone Number"})
# ActiveCampaign, "Import contacts" (help.activecampaign.com, contacts import from a CSV file): UTF-8
# CSV, a header row mapped to the standard fields Email, First Name, Last Name, Phone.
ACTIVECAMPAIGN = CsvLayout("activecampaign", contact_headers={"email": "Email", "first_name": "First Name",
                                                              "last_name": "Last Name", "phone": "Phone"})
# Meta (Facebook/Instagram) Business Help Centre, "How to format a customer list when creating a custom
# audience" (facebook.com/business/help/2082575038703844) and "About hashing customer information"
# (…/help/112061095610075): headers email, phone (with its country code), fn, ln, ct, zip, country
# (two-letter ISO 3166-1 code); Meta hashes on upload, or takes SHA-256 of the normalised values.
META = CsvLayout("meta", contact_headers={"email": "email", "phone": "phone", "first_name": "fn",
                                          "last_name": "ln", "city": "ct", "postal_code": "zip",
                                          "country": "country"}, ad_identifiers=True)
# Google Ads Help, "Format your customer data file" / formatting guidelines (support.google.com/google-ads/
# answer/7659867 and answer/7475964): CSV in ASCII or UTF-8, English headers Email, Phone, First Name,
# Last Name, Country, Zip; phone with its country code (E.164 before hashing); emails and names lower
# case and trimmed before SHA-256; Country and Zip are never hashed.
GOOGLE_ADS = CsvLayout("google-ads", contact_headers={"email": "Email", "phone": "Phone", "first_name": "First Name",
                                                      "last_name": "Last Name", "country": "Country",
                                                      "postal_code": "Zip"}, ad_identifiers=True)

LAYOUTS: dict[str, CsvLayout] = {
    # For Excel in Finland: UTF-8 with a BOM, ';', CRLF, decimal comma, d.m.yyyy, field names as headers.
    FINNISH_EXCEL: CsvLayout(FINNISH_EXCEL, delimiter=";", bom=True, mailing_list=False, decimal=","),
    # Any other program: UTF-8 without a BOM, ',', ISO dates, a decimal point, field names as headers.
    UTF8_CSV: CsvLayout(UTF8_CSV),
    **{layout.tool: layout for layout in (MAILCHIMP, BREVO, MAILERLITE, HUBSPOT, ACTIVECAMPAIGN, META, GOOGLE_ADS)},
}
CONTACT_HEADERS: dict[str, Mapping[str, str]] = {tool: LAYOUTS[tool].contact_headers for tool in EMAIL_TOOLS}
