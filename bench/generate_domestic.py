"""Domestic-policy documents for the benchmark generator (bench/generate.py).

A store of all Kamerstukken since 1995 holds millions of letters, and only a small share of
them is about weapons. These paragraphs and questions are about housing, care, nitrogen,
education, taxes, energy and migration, in the same genres and forms as the weapon letters,
and name no weapon, no treaty and no support item, so that a benchmark can mix them in and
search queries about weapons become as selective as they are on a real collection.
"""

from __future__ import annotations

import random

MINISTERS = (  # (name, role)
    ("H.M. de Jonge", "Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("E.J. Kuipers", "Minister van Volksgezondheid, Welzijn en Sport"),
    ("P. Adema", "Minister van Landbouw, Natuur en Voedselkwaliteit"),
    ("R.H. Dijkgraaf", "Minister van Onderwijs, Cultuur en Wetenschap"),
    ("M.L.A. van Rij", "Staatssecretaris van Financiën"),
    ("R.A.A. Jetten", "Minister voor Klimaat en Energie"),
    ("M.G.J. Harbers", "Minister van Infrastructuur en Waterstaat"),
    ("C.E.G. van Gennip", "Minister van Sociale Zaken en Werkgelegenheid"),
    ("E. van der Burg", "Staatssecretaris van Justitie en Veiligheid"),
)
CO_SENDERS = (
    "de Minister van Financiën",
    "de Minister van Binnenlandse Zaken en Koninkrijksrelaties",
    "de Minister voor Volkshuisvesting en Ruimtelijke Ordening",
    "de Staatssecretaris van Volksgezondheid, Welzijn en Sport",
    "de Minister van Economische Zaken en Klimaat",
)
TOPICS = (
    "de woningbouwopgave",
    "de stikstofaanpak",
    "het lerarentekort",
    "de zorgkosten",
    "de herziening van het belastingstelsel",
    "de energietransitie",
    "de asielopvang",
    "de gaswinning in Groningen",
    "de arbeidsmarkt",
    "de bereikbaarheid van het openbaar vervoer",
    "de kinderopvangtoeslag",
    "het grondwaterpeil",
    "de digitale overheid",
)
DOSSIERS = (
    ("32847", "Integrale visie op de woningmarkt"),
    ("35334", "Problematiek rondom stikstof en PFAS"),
    ("27923", "Werken in het onderwijs"),
    ("29689", "Herziening Zorgstelsel"),
    ("32140", "Belastingstelsel"),
    ("32813", "Kabinetsaanpak Klimaatbeleid"),
    ("19637", "Vreemdelingenbeleid"),
    ("33529", "Gaswinning Groningen"),
)
PLACES = (
    "Groningen",
    "Zwolle",
    "Eindhoven",
    "Rotterdam-Zuid",
    "de Peel",
    "Almere",
    "Ter Apel",
    "Zuid-Limburg",
    "de Veluwe",
    "Leeuwarden",
    "Utrecht",
    "Middelburg",
    "Emmen",
    "Tilburg",
)
GROUPS = (
    "huurders",
    "leraren",
    "huisartsen",
    "agrariërs",
    "gemeenten",
    "provincies",
    "mantelzorgers",
    "ondernemers",
    "studenten",
    "woningcorporaties",
    "waterschappen",
    "zorgverzekeraars",
)
MEASURES = (
    "een tijdelijke subsidieregeling",
    "een wetswijziging",
    "een landelijk programma",
    "een bestuursakkoord met de provincies",
    "een pilot in drie regio's",
    "een fonds",
    "aanvullende middelen",
    "een versnellingsaanpak",
    "een kennisplatform",
    "een meldpunt",
)
FILLER = (
    "Het kabinet blijft de uitvoering nauwgezet volgen en informeert uw Kamer in de volgende voortgangsrapportage.",
    "Daarbij wordt nauw samengewerkt met gemeenten, provincies en maatschappelijke organisaties.",
    "De gevolgen voor de uitvoeringsorganisaties zijn in kaart gebracht en worden meegenomen in de planning.",
    "Een evaluatie van de regeling is voorzien na twee jaar.",
    "Het kabinet acht het van belang dat de maatregelen uitvoerbaar en handhaafbaar zijn.",
    "De financiële gevolgen worden verwerkt in de eerstvolgende suppletoire begroting.",
    "Over de voortgang wordt uw Kamer halfjaarlijks geïnformeerd.",
    "De internetconsultatie heeft ruim tweehonderd reacties opgeleverd.",
    "Het advies van de Raad van State wordt betrokken bij de verdere uitwerking.",
    "Hiermee wordt invulling gegeven aan de motie die uw Kamer eerder heeft aangenomen.",
)


def _sentence(rng: random.Random) -> str:
    group, place, measure = rng.choice(GROUPS), rng.choice(PLACES), rng.choice(MEASURES)
    amount, year = rng.randint(2, 900), rng.randint(2008, 2026)
    return rng.choice(
        (
            f"Het kabinet trekt in {year} circa {amount} miljoen euro uit voor {measure} voor {group}.",
            f"Uit de monitor blijkt dat het aantal {group} in {place} met {rng.randint(2, 40)} procent is gestegen.",
            f"In {place} start {measure}, waarmee {group} sneller kunnen worden geholpen.",
            f"De Tweede Kamer heeft gevraagd om {measure}; het kabinet werkt dit voor {group} uit.",
            f"Volgens het Centraal Planbureau leidt {measure} tot lagere lasten voor {group}.",
            f"Met de {group} in {place} zijn afspraken gemaakt over de uitvoering vanaf {year}.",
        )
    )


def paragraphs(rng: random.Random, k: int) -> list[str]:
    paras = []
    for _ in range(k):
        sents = rng.sample(FILLER, rng.randint(1, 4))
        for _ in range(rng.randint(0, 2)):
            sents.insert(rng.randint(0, len(sents)), _sentence(rng))
        paras.append(" ".join(sents))
    return paras


def question(rng: random.Random) -> str:
    group, place, topic = rng.choice(GROUPS), rng.choice(PLACES), rng.choice(TOPICS)
    return rng.choice(
        (
            f"Bent u bekend met het bericht dat {group} in {place} in de problemen komen door {topic}?",
            f"Hoeveel {group} maken gebruik van {rng.choice(MEASURES)}?",
            f"Bent u bereid om met de {group} in gesprek te gaan over {topic}? Zo nee, waarom niet?",
            f"Wat zijn de gevolgen van {topic} voor de {group} in {place}?",
        )
    )
