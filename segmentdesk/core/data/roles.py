"""Column roles: what a column can mean to the app, its value kind and the headers that name it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    """A meaning a column can have. ``kind`` is the value type the column is read as."""

    name: str
    kind: str            # text, category, number, date, tags, boolean
    family: str          # company, demographic, geographic, psychographic, behavioural, contact
    headers: tuple[str, ...]


CUSTOMER_ROLES: tuple[Role, ...] = (
    Role("customer_id", "text", "contact", ("asiakasnumero", "asiakasnro", "asiakas nro", "asiakastunnus",
         "asiakas id", "asiakkaan numero", "customer id", "customer number", "customer no", "customerid",
         "client id", "kundnummer", "id")),
    Role("email", "text", "contact", ("sähköposti", "sähköpostiosoite", "sahkoposti", "s-posti", "sposti",
         "email", "e-mail", "email address", "e-mail address", "e-post", "mail")),
    Role("first_name", "text", "contact", ("etunimi", "etunimet", "first name", "firstname", "given name",
         "förnamn", "fname")),
    Role("last_name", "text", "contact", ("sukunimi", "last name", "lastname", "surname", "family name",
         "efternamn", "lname")),
    Role("phone", "text", "contact", ("puhelin", "puhelinnumero", "puh", "puhnro", "matkapuhelin", "gsm",
         "phone", "phone number", "mobile", "mobile phone", "telephone", "telefon", "tel")),
    # A business customer (B2B): the company and what registers say about it.  The person's roles
    # above then hold the company's contact person.
    Role("company_name", "text", "company", ("yritys", "yrityksen nimi", "yritysnimi", "toiminimi",
         "yhtiö", "company", "company name", "business name", "organisation", "organization", "account name",
         "företag", "företagsnamn", "firma")),
    Role("business_id", "text", "company", ("y-tunnus", "ytunnus", "y tunnus", "yritystunnus",
         "business id", "business identity code", "business code", "company id", "fo-nummer",
         "företags- och organisationsnummer", "organisationsnummer")),
    Role("industry", "category", "company", ("toimiala", "päätoimiala", "toimialaluokka", "toimiala tol 2008",
         "toimiala (tol 2008)", "industry", "sector", "line of business", "bransch", "näringsgren")),
    Role("staff_band", "category", "company", ("henkilöstö", "henkilöstömäärä", "henkilöstöluokka",
         "henkilökunta", "työntekijät", "työntekijämäärä", "työntekijöitä", "staff", "staff size",
         "employees", "number of employees", "employee count", "company size", "anställda",
         "antal anställda")),
    Role("turnover_band", "category", "company", ("liikevaihto", "liikevaihtoluokka", "liikevaihdon suuruusluokka",
         "turnover", "turnover band", "revenue", "annual revenue", "revenue band", "omsättning",
         "omsättningsklass")),
    Role("job_title", "category", "contact", ("titteli", "tehtävänimike", "nimike", "asema", "työtehtävä",
         "title", "job title", "position", "job position", "befattning", "titel")),
    Role("birth_date", "date", "demographic", ("syntymäaika", "syntymäpäivä", "syntymäpvm", "syntynyt",
         "birth date", "birthdate", "date of birth", "dob", "birthday", "födelsedatum", "födelsedag")),
    Role("age", "number", "demographic", ("ikä", "age", "ålder")),
    Role("gender", "category", "demographic", ("sukupuoli", "gender", "sex", "kön")),
    Role("language", "category", "demographic", ("kieli", "asiointikieli", "äidinkieli", "language",
         "lang", "locale", "språk")),
    # Income comes as numbers ("3200", "42 000 €") or as bands ("30–50 k€", "alle 20 000"); the two
    # roles share their headers and the column's values decide (see _NUMBER_ROLES, _BAND_OF_NUMBER).
    Role("income", "number", "demographic", ("tulot", "vuositulot", "kuukausitulot", "bruttotulot",
         "nettotulot", "kotitalouden tulot", "palkka", "kuukausipalkka", "vuosipalkka", "income",
         "annual income", "yearly income", "monthly income", "household income", "salary", "inkomst",
         "årsinkomst", "lön")),
    Role("income_band", "category", "demographic", ("tulot", "vuositulot", "kotitalouden tulot",
         "tuloluokka", "tulotaso", "tuloryhmä", "tulohaarukka", "income", "household income", "income band",
         "income bracket", "income range", "income level", "income group", "income class", "inkomst",
         "inkomstklass", "inkomstnivå", "inkomstgrupp")),
    Role("education", "category", "demographic", ("koulutus", "koulutustaso", "koulutusaste",
         "koulutustausta", "tutkinto", "education", "education level", "level of education",
         "highest education", "degree", "qualification", "utbildning", "utbildningsnivå", "examen")),
    Role("family_status", "category", "demographic", ("perhetilanne", "perhesuhde", "perhesuhteet",
         "perhemuoto", "siviilisääty", "elämäntilanne", "kotitalous", "kotitalouden tyyppi", "talouden tyyppi",
         "family status", "family situation", "marital status", "relationship status", "civil status",
         "household", "household type", "civilstånd", "familjesituation", "familjeförhållanden", "hushåll")),
    Role("household_size", "number", "demographic", ("talouden koko", "kotitalouden koko", "perheen koko",
         "perhekoko", "henkilömäärä", "talouden henkilömäärä", "henkilöitä taloudessa", "household size",
         "people in household", "persons in household", "family size", "hushållets storlek",
         "hushållsstorlek", "antal personer")),
    Role("children", "number", "demographic", ("lapsia", "lapset", "lasten määrä", "lapsien määrä",
         "lasten lukumäärä", "lapsia taloudessa", "children", "number of children", "children in household",
         "kids", "barn", "antal barn")),
    Role("postal_code", "text", "geographic", ("postinumero", "postinro", "postal code", "postcode",
         "post code", "zip", "zip code", "zipcode", "postnummer")),
    Role("city", "category", "geographic", ("postitoimipaikka", "kaupunki", "paikkakunta", "kotikunta",
         "kunta", "city", "town", "municipality", "ort", "postort", "kommun")),
    Role("region", "category", "geographic", ("maakunta", "alue", "region", "state", "province", "county",
         "landskap")),
    Role("country", "category", "geographic", ("maa", "valtio", "country", "land")),
    Role("interests", "tags", "psychographic", ("kiinnostuksen kohteet", "kiinnostukset", "harrastukset",
         "interests", "tags", "tagit", "avainsanat", "intressen")),
    Role("consent_email", "boolean", "contact", ("markkinointilupa", "suoramarkkinointilupa", "uutiskirje",
         "uutiskirjelupa", "sähköpostilupa", "marketing consent", "consent",
         "email consent", "accepts marketing", "accepts email marketing", "newsletter", "email marketing",
         "opt in", "marknadsföringstillstånd")),
    Role("signup_date", "date", "behavioural", ("liittymispäivä", "liittynyt", "liittymispvm", "rekisteröitynyt",
         "asiakkuus alkanut", "asiakas alkaen", "signup date", "sign up date", "created", "created at",
         "registered", "joined", "member since", "luotu")),
)

ORDER_ROLES: tuple[Role, ...] = (
    Role("order_id", "text", "behavioural", ("tilausnumero", "tilausnro", "tilaus", "tilaustunnus",
         "order id", "order number", "order no", "order", "ordernumber", "laskunumero", "kuittinumero",
         "invoice", "invoice number", "ordernummer")),
    Role("customer_ref", "text", "behavioural", ("asiakasnumero", "asiakasnro", "asiakas", "asiakastunnus",
         "asiakas id", "customer id", "customer number", "customer", "customer no", "client id",
         "kundnummer", "sähköposti", "email", "e-mail", "customer email", "asiakkaan sähköposti")),
    Role("order_date", "date", "behavioural", ("tilauspäivä", "tilauspvm", "ostopäivä", "päivämäärä", "pvm",
         "laskupäivä", "laskun päivämäärä", "laskutuspäivä", "order date", "date", "created at", "paid at",
         "invoice date", "datum", "orderdatum", "fakturadatum")),
    Role("amount", "number", "behavioural", ("summa", "yhteensä", "loppusumma", "kokonaissumma", "hinta",
         "arvo", "summa eur", "summa €", "amount", "total", "sum", "order total", "price", "subtotal",
         "belopp", "summa (eur)", "summa (alv 0 %)", "veroton summa", "net amount")),
    Role("category", "category", "behavioural", ("tuoteryhmä", "kategoria", "tuotekategoria", "tuote",
         "osasto", "category", "product category", "product type", "kategori")),
    Role("quantity", "number", "behavioural", ("määrä", "kpl", "lukumäärä", "quantity", "qty", "antal")),
)

ROLES_BY_NAME = {r.name: r for r in CUSTOMER_ROLES + ORDER_ROLES}

EMAIL_PATTERN = r"^[^@\s;,]+@[^@\s;,]+\.[a-zA-Z]{2,}$"
PHONE_PATTERN = r"^\+?[\d\s()\-]{7,}$"
POSTAL_PATTERN = r"^\d{5}$"
