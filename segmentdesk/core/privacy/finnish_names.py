"""Finnish first names and surnames: the sample shop's people, and the made-up names of demo mode.

The sample generator draws its customers from the first lists (roughly by frequency in Finland).
Demo mode (:mod:`.pseudonyms`) draws pseudonyms from all of them, leaving out any name a project's
own customers carry, so a pseudonym never repeats a real customer's name; the ``EXTRA_`` lists are
less common names that keep the choice wide when a shop's customers use up the common ones, and
the street and company parts make up addresses and firm names no one lives at or trades as.
"""
from __future__ import annotations

FEMALE_NAMES: tuple[str, ...] = (
    "Aino", "Anna", "Maria", "Helena", "Johanna", "Kaisa", "Laura", "Sanna", "Elina", "Emilia",
    "Sofia", "Aada", "Eveliina", "Hanna", "Heidi", "Jenni", "Katja", "Kirsi", "Leena", "Liisa",
    "Marjatta", "Minna", "Niina", "Noora", "Oona", "Paula", "Pauliina", "Riikka", "Satu", "Suvi",
    "Tiina", "Tuula", "Venla", "Veera", "Kaarina", "Anneli", "Päivi", "Sari", "Pirjo", "Ella",
)
MALE_NAMES: tuple[str, ...] = (
    "Juha", "Mikko", "Jari", "Timo", "Matti", "Antti", "Pekka", "Mika", "Janne", "Jukka",
    "Markku", "Petri", "Ville", "Tuomas", "Sami", "Heikki", "Kari", "Jussi", "Lauri", "Eero",
    "Onni", "Elias", "Leo", "Eino", "Väinö", "Aleksi", "Juho", "Joonas", "Niko", "Teemu",
    "Tapio", "Olli", "Risto", "Marko", "Hannu", "Ilkka", "Jani", "Toni", "Kalle", "Joni",
)
# Swedish-speaking Finns mostly draw from these instead.
FEMALE_NAMES_SV: tuple[str, ...] = (
    "Ebba", "Elin", "Linnea", "Sofia", "Emma", "Ida", "Wilma", "Frida", "Maja", "Annika",
)
MALE_NAMES_SV: tuple[str, ...] = (
    "Erik", "Oskar", "Johan", "Anders", "Henrik", "Fredrik", "Axel", "Gustav", "Mats", "Niklas",
)

# Roughly in order of frequency in Finland; the generator weights them Zipf-like.
SURNAMES: tuple[str, ...] = (
    "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
    "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
    "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen",
    "Lappalainen", "Miettinen", "Leinonen", "Kallio", "Hirvonen", "Väisänen", "Pitkänen",
    "Aaltonen", "Manninen", "Anttila", "Laaksonen", "Hakala", "Nurmi", "Koivisto", "Räsänen",
    "Häkkinen", "Kettunen", "Lindholm", "Lindroos", "Söderström", "Lindqvist", "Holmberg",
    "Nyberg", "Sjöberg", "Björklund", "Ekström", "Forsman", "Westerlund", "Åberg",
)
SWEDISH_SURNAMES_FROM = SURNAMES.index("Lindholm")

# Less common Finnish names, for pseudonyms only (the sample shop never uses them).
EXTRA_FEMALE_NAMES: tuple[str, ...] = (
    "Aili", "Alma", "Alli", "Armi", "Auli", "Eeva", "Elsa", "Enni", "Hilja", "Hilma", "Iida", "Ilona",
    "Impi", "Inkeri", "Irja", "Kerttu", "Kielo", "Lahja", "Lempi", "Lyydia", "Martta", "Meeri", "Mielikki",
    "Milja", "Nelli", "Orvokki", "Pihla", "Raili", "Ronja", "Saimi", "Selma", "Senja", "Siiri", "Sylvi",
    "Taimi", "Terhi", "Toini", "Tyyne", "Ulla", "Vieno", "Vilma", "Vuokko",
)
EXTRA_MALE_NAMES: tuple[str, ...] = (
    "Aarne", "Ahti", "Akseli", "Arvo", "Atso", "Eemil", "Eljas", "Erkki", "Esko", "Hemmo", "Ilmari",
    "Jalmari", "Kaapo", "Kauko", "Lassi", "Mauno", "Niilo", "Oiva", "Osmo", "Paavo", "Pentti", "Raimo",
    "Reino", "Sakari", "Seppo", "Sulo", "Taisto", "Taneli", "Toivo", "Topias", "Unto", "Urho", "Uuno",
    "Valto", "Veikko", "Viljami", "Voitto", "Yrjö",
)
EXTRA_SURNAMES: tuple[str, ...] = (
    "Haapalahti", "Harjumaa", "Honkasalo", "Kaislaniemi", "Kanervisto", "Kataja", "Kiviharju", "Koivuniemi",
    "Kuusisaari", "Laakkio", "Lehtiranta", "Lepola", "Marjamaa", "Mustikkala", "Nummela", "Paasivirta",
    "Peltoniemi", "Pihlajamäki", "Rajala", "Ruohonen", "Saarimaa", "Sarvela", "Sinisalo", "Suvanto",
    "Tammisto", "Tervola", "Ukkola", "Vaahtoranta", "Valkama", "Varpula", "Vehmas", "Viitaniemi",
)

# Made-up street names: a first part and an ending, then a house number.
STREET_STEMS: tuple[str, ...] = (
    "Haavikko", "Kanerva", "Kiiskinen", "Kuusama", "Lakka", "Lehmus", "Mesimarja", "Mustikka", "Paju",
    "Pihlaja", "Puolukka", "Rauduskoivu", "Sammal", "Suopursu", "Tervaleppä", "Tuomi", "Vaahtera", "Variksen",
    "Kalevan", "Sepän", "Myllärin", "Kanteleen", "Pajan", "Ruukin", "Tähkän", "Ahomansikan",
)
STREET_ENDINGS: tuple[str, ...] = ("katu", "tie", "kuja", "polku", "rinne", "kaari", "raitti", "piha")
# Made-up firm names: a first part and a company form.
COMPANY_STEMS: tuple[str, ...] = (
    "Aarnikotka", "Haapala", "Honkaranta", "Ilves", "Jyrkänne", "Kaislikko", "Kalliotähti", "Karpalo",
    "Kivikko", "Kuikka", "Lehtokerttu", "Louhikko", "Nuottaranta", "Pohjantuuli", "Revontuli", "Routa",
    "Sarastus", "Sinivuokko", "Tuulikki", "Tunturi", "Ukonkivi", "Vaskikello", "Virtasalmi", "Ylänkö",
)
COMPANY_FORMS: tuple[str, ...] = ("Oy", "Oy", "Oy", "Ky", "Tmi", "Ay")
# Syllables for names made up from scratch, used only when a project's customers carry every listed name.
SYLLABLES: tuple[str, ...] = ("ka", "la", "mi", "ro", "su", "te", "vo", "ne", "ha", "ri", "po", "le", "ti", "va")
