"""Word lists for the B2B sample-shop generator: company names, industries, sizes, titles, products.

Industries are TOL 2008 main sections (resources/reference/tol2008_sections.csv); the words a
company's name is made of fit its section.  Sizes use the staff size classes business registers
report and turnover bands with breaks at the EU's SME limits (2, 10 and 50 million euros).
"""
from __future__ import annotations

# Share of the shop's customers per TOL 2008 section: a workplace-supplies wholesaler sells
# mostly to trade, construction, offices, manufacturing and services; O, T and U are not companies.
SECTION_SHARES: dict[str, float] = {
    "G": 17, "F": 14, "M": 14, "C": 12, "N": 8, "H": 7, "I": 6, "Q": 5, "J": 5, "S": 4, "L": 3,
    "A": 2, "P": 1.2, "R": 1.2, "E": 0.6, "K": 0.6, "D": 0.4, "B": 0.3, "X": 0.7,
}
# Words a company of the section is named with ("Pirkanmaan Sähkö Oy", "Tmi Kampaamo Laine").
TRADE_WORDS: dict[str, tuple[str, ...]] = {
    "A": ("Maatila", "Puutarha", "Metsäpalvelu", "Taimisto"),
    "B": ("Kiviaines", "Louhinta", "Sora"),
    "C": ("Konepaja", "Metalli", "Muovi", "Puutuote", "Leipomo", "Kaluste", "Teräsrakenne", "Painotalo"),
    "D": ("Energia", "Lämpö"),
    "E": ("Ympäristöhuolto", "Kierrätys"),
    "F": ("Rakennus", "Maalaus", "Sähkö", "LVI", "Kattotyö", "Maanrakennus", "Remontti"),
    "G": ("Tukku", "Kauppa", "Autokorjaamo", "Rautakauppa", "Autotalo", "Kukkakauppa"),
    "H": ("Kuljetus", "Logistiikka", "Taksi", "Muutto", "Rahti"),
    "I": ("Ravintola", "Kahvila", "Catering", "Hotelli", "Lounas"),
    "J": ("Ohjelmistot", "Data", "Media", "Digi"),
    "K": ("Vakuutuspalvelu", "Rahoitus"),
    "L": ("Kiinteistöt", "Isännöinti", "Vuokratalot"),
    "M": ("Tilitoimisto", "Insinööritoimisto", "Arkkitehdit", "Lakitoimisto", "Mainostoimisto",
          "Konsultointi", "Eläinklinikka"),
    "N": ("Siivous", "Kiinteistöhuolto", "Henkilöstöpalvelut", "Vartiointi", "Konevuokraamo"),
    "P": ("Autokoulu", "Koulutus", "Kielikoulu"),
    "Q": ("Lääkäriasema", "Hammaslääkäri", "Fysioterapia", "Hoivakoti", "Päiväkoti"),
    "R": ("Kuntosali", "Keilahalli", "Teatteri"),
    "S": ("Kampaamo", "Kauneushoitola", "Pesula"),
    "X": ("Palvelu", "Yhtiöt", "Tuote"),
}
# First words of a name that are no place: nature and old Finnish words companies like.
NAME_WORDS: tuple[str, ...] = (
    "Kivi", "Tammi", "Koivu", "Kuusi", "Aalto", "Tähti", "Revontuli", "Kaleva", "Sampo", "Ilves",
    "Karhu", "Kotka", "Haukka", "Lumi", "Hopea", "Kallio", "Virta", "Honka", "Otava", "Pohjantähti",
)
# A region's name as the first word of a company's ("Uudenmaan Rakennus Oy").
REGION_GENITIVE: dict[str, str] = {
    "Uusimaa": "Uudenmaan", "Varsinais-Suomi": "Varsinais-Suomen", "Satakunta": "Satakunnan",
    "Kanta-Häme": "Hämeen", "Pirkanmaa": "Pirkanmaan", "Päijät-Häme": "Päijät-Hämeen",
    "Kymenlaakso": "Kymen", "Etelä-Karjala": "Etelä-Karjalan", "Etelä-Savo": "Etelä-Savon",
    "Pohjois-Savo": "Savon", "Pohjois-Karjala": "Pohjois-Karjalan", "Keski-Suomi": "Keski-Suomen",
    "Etelä-Pohjanmaa": "Etelä-Pohjanmaan", "Pohjanmaa": "Pohjanmaan", "Keski-Pohjanmaa": "Keski-Pohjanmaan",
    "Pohjois-Pohjanmaa": "Pohjois-Pohjanmaan", "Kainuu": "Kainuun", "Lappi": "Lapin", "Ahvenanmaa": "Ahvenanmaan",
}
# Legal forms: osakeyhtiö, kommandiittiyhtiö, toiminimi (sole trader), avoin yhtiö.
LEGAL_FORMS: dict[str, float] = {"Oy": 0.72, "Ky": 0.09, "Tmi": 0.15, "Ay": 0.04}

STAFF_BANDS: tuple[str, ...] = ("1–4", "5–9", "10–19", "20–49", "50–99", "100–249", "250+")
STAFF_RANGES: tuple[tuple[int, int], ...] = ((1, 4), (5, 9), (10, 19), (20, 49), (50, 99), (100, 249), (250, 900))
STAFF_SHARES: dict[str, tuple[float, ...]] = {
    "Oy": (0.26, 0.22, 0.19, 0.16, 0.08, 0.06, 0.03),
    "Ky": (0.60, 0.30, 0.10, 0.0, 0.0, 0.0, 0.0),
    "Ay": (0.65, 0.30, 0.05, 0.0, 0.0, 0.0, 0.0),
    "Tmi": (0.95, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0),
}
# (upper limit in euros, band as written); the last has no limit.
TURNOVER_BANDS: tuple[tuple[float, str], ...] = (
    (0.2e6, "alle 0,2 M€"), (0.4e6, "0,2–0,4 M€"), (1e6, "0,4–1 M€"), (2e6, "1–2 M€"),
    (10e6, "2–10 M€"), (50e6, "10–50 M€"), (float("inf"), "yli 50 M€"),
)
# Median turnover per person (euros) by section; the rest use DEFAULT_TURNOVER_PER_HEAD.
TURNOVER_PER_HEAD: dict[str, float] = {"G": 420e3, "C": 260e3, "D": 600e3, "F": 210e3, "H": 180e3,
                                       "M": 120e3, "I": 85e3, "Q": 90e3, "S": 70e3, "J": 160e3}
DEFAULT_TURNOVER_PER_HEAD = 150e3

# The contact person's title by staff band index (0 = 1–4 …).
TITLES_SMALL: tuple[str, ...] = ("Yrittäjä", "Toimitusjohtaja", "Omistaja")
TITLES_MEDIUM: tuple[str, ...] = ("Toimitusjohtaja", "Toimistopäällikkö", "Talouspäällikkö", "Työnjohtaja",
                                  "Toimistosihteeri")
TITLES_LARGE: tuple[str, ...] = ("Hankintapäällikkö", "Ostaja", "Talouspäällikkö", "Kiinteistöpäällikkö",
                                 "HR-päällikkö", "Toimistopäällikkö", "Tuotantopäällikkö", "Hankinta-assistentti")
# Shared addresses of a role rather than a person (info@…); B2B marketing may go to these too.
ROLE_MAILBOXES: tuple[str, ...] = ("info", "toimisto", "hankinnat", "myynti", "laskutus")

# Product group -> (median invoice in euros excluding VAT for a 1–4 person company, sections
# that buy it twice as often).  The shop sells workplace supplies.
PRODUCT_GROUPS: dict[str, tuple[float, str]] = {
    "Toimistotarvikkeet": (160.0, "JKLMP"), "Paperit ja tulostus": (210.0, "JKLMP"),
    "Siivous ja hygienia": (240.0, "INQS"), "Työvaatteet ja suojaimet": (380.0, "ABCEFH"),
    "Kahvi ja taukotila": (190.0, "GIJMN"), "IT-tarvikkeet": (620.0, "JKM"), "Kalusteet": (1700.0, "LMPQ"),
}
# Recurring contracts, each invoiced the same amount: (group, months between invoices,
# amount for each staff band).
CONTRACTS: tuple[tuple[str, int, tuple[float, ...]], ...] = (
    ("Kahvipalvelusopimus", 1, (95.0, 140.0, 210.0, 320.0, 480.0, 690.0, 950.0)),
    ("Huoltosopimus", 3, (180.0, 240.0, 320.0, 450.0, 650.0, 900.0, 1300.0)),
)
# Relative invoicing per calendar month (January = index 0): July is the holiday month.
MONTH_WEIGHTS: tuple[float, ...] = (1.0, 1.05, 1.1, 1.05, 1.0, 0.95, 0.45, 0.9, 1.15, 1.1, 1.1, 0.9)
