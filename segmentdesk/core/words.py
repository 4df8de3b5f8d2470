"""The catalogue of domain words in English and Finnish: fields and column roles, families,
operators, the joining words of a rule, data-quality findings and RFM groups.

Core needs these words for rules in words (the exported Summary sheet, the command line's
findings); the UI shows the same words by its language, so a thing is called the same
everywhere.  Each table maps a stable key to ``(English, Finnish)``; the window's own chrome
(menus, buttons, sentences) stays with ``tr()``.
"""
from __future__ import annotations

from .bilingual import in_language
from .errors import RuleError
from .data.order_windows import parse_order_window

LANGUAGES = ("en", "fi")

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "customer_id": ("Customer number", "Asiakasnumero"),
    "email": ("Email", "Sähköposti"),
    "first_name": ("First name", "Etunimi"),
    "last_name": ("Last name", "Sukunimi"),
    "phone": ("Phone", "Puhelin"),
    "company_name": ("Company", "Yritys"),
    "business_id": ("Business ID", "Y-tunnus"),
    "industry": ("Industry", "Toimiala"),
    "staff_band": ("Staff", "Henkilöstö"),
    "turnover_band": ("Turnover", "Liikevaihto"),
    "job_title": ("Job title", "Titteli"),
    "birth_date": ("Birth date", "Syntymäaika"),
    "age": ("Age", "Ikä"),
    "gender": ("Gender", "Sukupuoli"),
    "language": ("Language", "Kieli"),
    "income": ("Income", "Tulot"),
    "income_band": ("Income band", "Tuloluokka"),
    "education": ("Education", "Koulutus"),
    "family_status": ("Family status", "Perhetilanne"),
    "household_size": ("Household size", "Talouden koko"),
    "children": ("Number of children", "Lasten määrä"),
    "postal_code": ("Postal code", "Postinumero"),
    "city": ("City", "Postitoimipaikka"),
    "municipality": ("Municipality", "Kunta"),
    "region": ("Region", "Maakunta"),
    "country": ("Country", "Maa"),
    "interests": ("Interests", "Kiinnostuksen kohteet"),
    "flags": ("Yes/No columns", "Kyllä/Ei-sarakkeet"),
    "consent_email": ("Marketing consent", "Markkinointilupa"),
    "signup_date": ("Signup date", "Liittymispäivä"),
    "order_count": ("Number of orders", "Tilausten määrä"),
    "total_spend": ("Total spend (€)", "Ostot yhteensä (€)"),
    "avg_order_value": ("Average order (€)", "Keskiostos (€)"),
    "first_order_date": ("First order date", "Ensimmäinen tilaus"),
    "last_order_date": ("Last order date", "Viimeisin tilaus"),
    "days_since_last_order": ("Days since last order", "Päiviä viime tilauksesta"),
    "categories": ("Categories bought", "Ostetut tuoteryhmät"),
    "rfm_r": ("RFM recency", "RFM tuoreus"),
    "rfm_f": ("RFM frequency", "RFM tiheys"),
    "rfm_m": ("RFM monetary", "RFM rahamäärä"),
    "rfm_score": ("RFM score", "RFM-pisteet"),
    "rfm_group": ("RFM group", "RFM-ryhmä"),
    "cluster": ("Cluster", "Klusteri"),
    "usual_interval": ("Usual days between orders", "Tavallinen tilausväli (päivää)"),
    "expected_next_order": ("Expected next order", "Odotettu seuraava tilaus"),
    "overdue_days": ("Days overdue", "Myöhässä (päivää)"),
    "churn_risk": ("Churn risk", "Menetysriski"),
    # Parameterised fields as kinds (a builder's list); a field with its parameter reads as in _WINDOW_LABELS.
    "orders_in_last": ("Orders in a period", "Tilauksia ajanjaksolla"),
    "spend_in_last": ("Spend in a period (€)", "Ostot ajanjaksolla (€)"),
    "orders_in_category": ("Orders in a category", "Tilauksia tuoteryhmässä"),
    "spend_in_category": ("Spend in a category (€)", "Ostot tuoteryhmässä (€)"),
    "segment": ("Segment", "Segmentti"),
}

FAMILY_LABELS: dict[str, tuple[str, str]] = {
    # Plain words a shop owner uses, not a marketing textbook's (Demografiset, Psykografiset).
    "company": ("Company", "Yritystiedot"),
    "demographic": ("Demographic", "Henkilötiedot"),
    "geographic": ("Geographic", "Sijainti"),
    "psychographic": ("Psychographic", "Kiinnostukset ja elämäntapa"),
    "behavioural": ("Behavioural", "Ostokäyttäytyminen"),
    "contact": ("Contact details", "Yhteystiedot"),
    "computed": ("Computed", "Lasketut"),
    "other": ("Other columns", "Muut sarakkeet"),
}

# Operator phrases: "{field} is {value}"-style templates per language.
OPERATOR_LABELS: dict[str, tuple[str, str]] = {
    "eq": ("is", "on"),
    "ne": ("is not", "ei ole"),
    "lt": ("is less than", "on alle"),
    "le": ("is at most", "on enintään"),
    "gt": ("is more than", "on yli"),
    "ge": ("is at least", "on vähintään"),
    "between": ("is between", "on välillä"),
    "in": ("is one of", "on jokin näistä"),
    "not_in": ("is none of", "ei ole mikään näistä"),
    "contains": ("contains", "sisältää"),
    "not_contains": ("does not contain", "ei sisällä"),
    "starts_with": ("starts with", "alkaa"),
    "is_empty": ("is empty", "on tyhjä"),
    "not_empty": ("is filled in", "on täytetty"),
    "before": ("is before", "on ennen"),
    "after": ("is after", "on jälkeen"),
    "in_last": ("is within the last", "on viimeisten"),
    "not_in_last": ("is not within the last", "ei ole viimeisten"),
    "birthday_in_next": ("has a birthday within the next", "syntymäpäivä seuraavien"),
    "has_any": ("include any of", "sisältää jonkin näistä"),
    "has_all": ("include all of", "sisältää kaikki nämä"),
    "has_none": ("include none of", "ei sisällä mitään näistä"),
    "is_true": ("is yes", "on kyllä"),
    "is_false": ("is no", "on ei"),
    "in_segment": ("is in segment", "kuuluu segmenttiin"),
    "not_in_segment": ("is not in segment", "ei kuulu segmenttiin"),
}

# The list operators with one value in the list, in a rule in words: "Region is Uusimaa", not "is one of Uusimaa".
SINGLE_VALUE_OPERATOR_LABELS: dict[str, tuple[str, str]] = {
    "in": ("is", "on"),
    "not_in": ("is not", "ei ole"),
    "has_any": ("include", "sisältää"),
    "has_all": ("include", "sisältää"),
    "has_none": ("do not include", "ei sisällä"),
}

# Order-file roles, named for the import wizard (they are not fields a rule can test).
ORDER_ROLE_LABELS: dict[str, tuple[str, str]] = {
    "order_id": ("Order number", "Tilausnumero"),
    "customer_ref": ("Customer (number or email)", "Asiakas (numero tai sähköposti)"),
    "order_date": ("Order date", "Tilauspäivä"),
    "amount": ("Amount (€)", "Summa (€)"),
    "category": ("Product category", "Tuoteryhmä"),
    "quantity": ("Quantity", "Määrä"),
}

# The words a rule is joined with; "birthday" is the subject of birthday_in_next ("Birthday is within
# the next {n} days"), "customer" that of a segment reference; "within" closes a Finnish period.
RULE_WORDS: dict[str, tuple[str, str]] = {
    "and": (" and ", " ja "),
    "or": (" or ", " tai "),
    "not": ("not ({})", "ei ({})"),
    "everyone": ("All customers", "Kaikki asiakkaat"),
    "nobody": ("No customers", "Ei asiakkaita"),
    "customer": ("Customer", "Asiakas"),
    "quoted": ("“{}”", "”{}”"),
    "birthday": ("Birthday is within the next {n} days", "Syntymäpäivä on seuraavien {n} päivän aikana"),
    "within": ("{period}", "{period} aikana"),
}

# Data-quality findings, one per code of core/importing/quality.py: "<count>  <words>".
FINDING_LABELS: dict[str, tuple[str, str]] = {
    "invalid_email": ("invalid email addresses", "virheellisiä sähköpostiosoitteita"),
    "missing_email": ("customers without an email address", "asiakkaita ilman sähköpostiosoitetta"),
    "duplicate_email": ("customers sharing an email address with another",
                        "asiakkaita, joilla on sama sähköpostiosoite kuin jollakin toisella"),
    "duplicate_name_phone": ("customers with the same name and phone as another",
                             "asiakkaita, joilla on sama nimi ja puhelinnumero kuin jollakin toisella"),
    "missing_consent": ("customers with no marketing-consent answer",
                        "asiakkaita, joilla ei ole vastausta markkinointilupaan"),
    "impossible_birth_date": ("impossible birth dates", "mahdottomia syntymäaikoja"),
    "bad_postal_code": ("postal codes that do not fit Finland", "postinumeroita, jotka eivät sovi Suomeen"),
    "invalid_business_id": ("business IDs that are not valid (format or check digit)",
                            "Y-tunnuksia, jotka eivät ole kelvollisia (muoto tai tarkistusmerkki)"),
    "region_mismatch": ("regions that differ from the postal code's region",
                        "maakuntia, jotka poikkeavat postinumeron maakunnasta"),
    "orphan_orders": ("orders whose customer is not in the customer file",
                      "tilauksia, joiden asiakasta ei ole asiakastiedostossa"),
    "nonpositive_amount": ("orders with a zero or negative amount",
                           "tilauksia, joiden summa on nolla tai negatiivinen"),
}

# RFM groups by their stable keys (the values of the rfm_group field), worst to best.
RFM_GROUP_LABELS: dict[str, tuple[str, str]] = {
    "hibernating": ("Hibernating", "Horrostajat"),
    "at_risk": ("At risk", "Vaarassa olevat"),
    "cant_lose": ("Can't lose them", "Ei varaa menettää"),
    "about_to_sleep": ("About to sleep", "Nukahtamassa"),
    "need_attention": ("Need attention", "Huomiota kaipaavat"),
    "loyal": ("Loyal", "Uskolliset"),
    "promising": ("Promising", "Lupaavat"),
    "new": ("New customers", "Uudet asiakkaat"),
    "potential_loyalist": ("Potential loyalists", "Tulevat uskolliset"),
    "champions": ("Champions", "Huippuasiakkaat"),
}

# What a customer without orders is where RFM groups are shown: they have no RFM at all.
RFM_NO_PURCHASES: tuple[str, str] = ("No purchases yet", "Ei ostoja vielä")

# Per RFM group: what its customers are like, in plain words, and what a small shop could do.
RFM_GROUP_DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "champions": ("Bought recently, buy often and spend the most.",
                  "Ostaneet hiljattain, ostavat usein ja käyttävät eniten rahaa."),
    "loyal": ("Buy regularly and not long ago.", "Ostavat säännöllisesti, viimeksi vähän aikaa sitten."),
    "potential_loyalist": ("Recent customers with a few orders.", "Tuoreita asiakkaita, joilla on jo muutama tilaus."),
    "new": ("Bought for the first time very recently.", "Ostivat ensimmäistä kertaa aivan äskettäin."),
    "promising": ("Bought fairly recently, but only once.", "Ostivat melko hiljattain, mutta vain kerran."),
    "need_attention": ("In the middle on both recency and frequency, and slipping.",
                      "Keskivertoja sekä tuoreudessa että tiheydessä, ja hiipumassa."),
    "about_to_sleep": ("Have not bought for a while, and bought rarely.",
                       "Eivät ole ostaneet vähään aikaan, ja ostivat harvoin."),
    "at_risk": ("Used to buy often, but not for a long time.", "Ostivat ennen usein, mutta eivät pitkään aikaan."),
    "cant_lose": ("Bought most often of all, but long ago.", "Ostivat kaikkein useimmin, mutta kauan sitten."),
    "hibernating": ("Few orders, and long ago.", "Vähän tilauksia, ja kauan sitten."),
}
RFM_GROUP_ACTIONS: dict[str, tuple[str, str]] = {
    "champions": ("Thank and reward them: early access, a small gift, ask for a review. No discount needed.",
                  "Kiitä ja palkitse: ennakkotieto uutuuksista, pieni lahja, pyydä arvostelu. Alennusta ei tarvita."),
    "loyal": ("Offer a loyalty benefit and suggest more of what they already like.",
              "Tarjoa kanta-asiakasetu ja ehdota lisää sitä, mistä he jo pitävät."),
    "potential_loyalist": ("Invite them to become regulars: a loyalty programme or a next product to try.",
                           "Kutsu kanta-asiakkaaksi: kanta-asiakasohjelma tai seuraava kokeiltava tuote."),
    "new": ("Welcome them: tell them about the shop and help them get going with what they bought.",
            "Toivota tervetulleeksi: kerro kaupasta ja auta ostetun tuotteen käytössä."),
    "promising": ("Earn the second order: a useful tip or a small offer for their next purchase.",
                  "Ansaitse toinen tilaus: hyödyllinen vinkki tai pieni etu seuraavaan ostoon."),
    "need_attention": ("Reach out personally with a time-limited offer on what they bought before.",
                       "Ota yhteyttä henkilökohtaisesti ja tarjoa määräaikainen etu aiemmin ostetusta."),
    "about_to_sleep": ("Remind them before they lapse: popular products or a modest discount.",
                       "Muistuta ennen kuin he unohtavat: suosittuja tuotteita tai pieni alennus."),
    "at_risk": ("Win them back with a personal message and a good reason to return.",
                "Voita takaisin henkilökohtaisella viestillä ja hyvällä syyllä palata."),
    "cant_lose": ("Contact them yourself: ask what changed and offer something special.",
                  "Ota itse yhteyttä: kysy, mikä muuttui, ja tarjoa jotain erityistä."),
    "hibernating": ("Try one reactivation offer; otherwise spend little on them.",
                    "Kokeile yhtä herättelytarjousta; muuten älä käytä heihin paljon rahaa."),
}

# Churn-risk bands by their keys (the values of the churn_risk field), and the rule behind them in words
# (core/data/predictions.py: the factors 1.5 and 3).
CHURN_RISK_LABELS: dict[str, tuple[str, str]] = {
    "low": ("low", "matala"),
    "medium": ("medium", "kohtalainen"),
    "high": ("high", "korkea"),
}
CHURN_RULE: tuple[str, str] = (
    "Churn risk compares the days since a customer's last order with their own usual interval between "
    "orders (the median of the gaps between the days they ordered): low while it is at most 1.5 times the "
    "usual interval, medium up to 3 times, high beyond that. Days overdue are the days beyond 1.5 times the "
    "usual interval. Only customers who have ordered on at least two different days have these.",
    "Menetysriski vertaa päiviä asiakkaan viimeisestä tilauksesta hänen omaan tavalliseen tilausväliinsä "
    "(tilauspäivien välisten aikojen mediaani): matala, kun aikaa on kulunut enintään 1,5 kertaa tavallinen "
    "väli, kohtalainen enintään 3 kertaa, korkea sitä pidempään. Myöhässä olevat päivät ovat päiviä yli "
    "1,5 kertaa tavallisen välin. Nämä lasketaan vain asiakkaille, jotka ovat tilanneet vähintään kahtena eri "
    "päivänä.",
)

# Under the bands' revenue shares, what the rest of the revenue is ({share}: "3.8%").
CHURN_UNBANDED: tuple[str, str] = (
    "The other {share} of revenue is from customers without a band: those who bought on one day only have no "
    "rhythm yet.",
    "Loput {share} liikevaihdosta tulee asiakkailta, joilla ei ole riskiluokkaa: vain yhtenä päivänä ostaneilla ei "
    "ole vielä rytmiä.",
)

# A parameterised field with its parameter: {period} is "90 days" / "90 päivän", {category} as written.
_WINDOW_LABELS: dict[str, tuple[str, str]] = {
    "orders_in_last": ("Orders in the last {period}", "Tilauksia viimeisen {period} aikana"),
    "spend_in_last": ("Spend in the last {period} (€)", "Ostot viimeisen {period} aikana (€)"),
    "orders_in_category": ("Orders in category {category}", "Tilauksia tuoteryhmässä {category}"),
    "spend_in_category": ("Spend on {category} (€)", "Ostot tuoteryhmässä {category} (€)"),
}
_ONE_UNIT = {"days": "day", "weeks": "week", "months": "month", "years": "year"}

UNIT_LABELS: dict[str, tuple[str, str]] = {
    "days": ("days", "päivän"),
    "weeks": ("weeks", "viikon"),
    "months": ("months", "kuukauden"),
    "years": ("years", "vuoden"),
}


_pick = in_language


# Columns SegmentDesk adds itself (their headers are part of the segment JSON, so they stay English there).
_OWN_COLUMN_LABELS = {"Missing from latest import": ("Missing from latest import",
                                                      "Puuttui viimeisimmästä tuonnista")}


def field_label(name: str, lang: str = "en") -> str:
    """A field's name for people; custom columns keep the header they have in the file."""
    if name.startswith("column:"):
        header = name[len("column:"):]
        return _pick(_OWN_COLUMN_LABELS[header], lang) if header in _OWN_COLUMN_LABELS else header
    if ":" in name:
        try:
            window = parse_order_window(name)
        except RuleError:
            window = None
        if window is not None:
            unit = _ONE_UNIT[window.unit] if lang != "fi" and window.n == 1 else unit_label(window.unit, lang)
            return _pick(_WINDOW_LABELS[window.kind], lang).format(period=f"{window.n} {unit}",
                                                                   category=window.category)
    pair = FIELD_LABELS.get(name)
    return _pick(pair, lang) if pair else name


def role_label(name: str, lang: str = "en", *, orders: bool = False) -> str:
    """A column role's name for people; ``orders`` for the roles of an order file."""
    pair = ORDER_ROLE_LABELS.get(name) if orders else None
    return _pick(pair, lang) if pair else field_label(name, lang)


def family_label(family: str, lang: str = "en") -> str:
    return _pick(FAMILY_LABELS.get(family, (family, family)), lang)


def operator_label(op: str, lang: str = "en") -> str:
    return _pick(OPERATOR_LABELS.get(op, (op, op)), lang)


def unit_label(unit: str, lang: str = "en") -> str:
    return _pick(UNIT_LABELS.get(unit, (unit, unit)), lang)


def churn_unbanded_note(share: str, lang: str = "en") -> str:
    """What the revenue outside the churn-risk bands is, ``share`` written by language (:data:`CHURN_UNBANDED`)."""
    return _pick(CHURN_UNBANDED, lang).format(share=share)


def single_value_operator_label(op: str, lang: str = "en") -> str | None:
    """A list operator's phrase for a list of one value (:data:`SINGLE_VALUE_OPERATOR_LABELS`); None for others."""
    pair = SINGLE_VALUE_OPERATOR_LABELS.get(op)
    return _pick(pair, lang) if pair else None


def rule_word(key: str, lang: str = "en") -> str:
    """A joining word or frame of a rule in words (:data:`RULE_WORDS`)."""
    return _pick(RULE_WORDS[key], lang)


def finding_label(code: str, lang: str = "en") -> str:
    """What a data-quality finding's code means; an unknown code reads as itself."""
    return _pick(FINDING_LABELS.get(code, (code, code)), lang)


def rfm_group_label(key: str, lang: str = "en") -> str:
    """An RFM group's name; an unknown key reads as itself."""
    return _pick(RFM_GROUP_LABELS.get(key, (key, key)), lang)


def rfm_no_purchases(lang: str = "en") -> str:
    """What stands for the RFM group of a customer without orders."""
    return _pick(RFM_NO_PURCHASES, lang)


def churn_risk_label(key: str, lang: str = "en") -> str:
    """A churn-risk band's name; an unknown key reads as itself."""
    return _pick(CHURN_RISK_LABELS.get(key, (key, key)), lang)


def churn_rule(lang: str = "en") -> str:
    """How the churn-risk bands and days overdue are decided, in words."""
    return _pick(CHURN_RULE, lang)


def rfm_group_description(key: str, lang: str = "en") -> str:
    """What an RFM group's customers are like, in plain words (empty for a group of the user's own)."""
    pair = RFM_GROUP_DESCRIPTIONS.get(key)
    return _pick(pair, lang) if pair else ""


def rfm_group_action(key: str, lang: str = "en") -> str:
    """A suggested action for an RFM group (empty for a group of the user's own)."""
    pair = RFM_GROUP_ACTIONS.get(key)
    return _pick(pair, lang) if pair else ""
