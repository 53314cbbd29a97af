"""Synthetic Dutch government documents for the benchmarks.

``generate(n, seed)`` yields ``(name, text)`` pairs lazily: nothing is held in memory but the
current document, so a million documents stream as cheaply as ten. Document ``i`` depends only on
``(seed, i)`` (its own ``random.Random``), so runs are reproducible and any slice can be made in
parallel (``generate(n, seed, start=k)``).

The texts follow the genres of the development corpus (shared/corpus/dev): Kamerbrieven with
"Nr.", a "Den Haag, <date>" line or a letterhead with "Datum"/"Betreft", "mede namens",
weapon-use findings with an actor, a place, a certainty wording and who claims it; support
decisions with items, the BIV and the EU export criteria; answers to numbered Kamervragen; Woo
notas with redaction grounds. The words are plausible, the facts invented.

Run as a script to write files: ``python bench/generate.py OUT_DIR --docs 1000 [--seed 7]``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# the sibling module, however this one was loaded (as a script, by the benchmarks, by path in the tests)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate_domestic as domestic  # noqa: E402

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

MINISTERS = (  # (name, role)
    ("K.H. Ollongren", "Minister van Defensie"),
    ("R.P. Brekelmans", "Minister van Defensie"),
    ("W.B. Hoekstra", "Minister van Buitenlandse Zaken"),
    ("H.G.J. Bruins Slot", "Minister van Buitenlandse Zaken"),
    ("C.C. van Veldhoven", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
    ("G.D. Veldkamp", "Minister van Buitenlandse Zaken"),
    ("C.A. van der Maat", "Staatssecretaris van Defensie"),
    ("L.J. Schreinemacher", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
)
CO_SENDERS = (
    "de Minister van Buitenlandse Zaken",
    "de Minister van Defensie",
    "de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    "de Minister van Binnenlandse Zaken en Koninkrijksrelaties",
    "de Minister van Justitie en Veiligheid",
)
MEMBERS = (
    ("Sjoerdsma", "D66"),
    ("Van Houwelingen", "FvD"),
    ("Voordewind", "ChristenUnie"),
    ("Kuzu", "DENK"),
    ("Hammelburg", "D66"),
    ("Boswijk", "CDA"),
    ("Dassen", "Volt"),
    ("Van der Lee", "GroenLinks"),
    ("Piri", "PvdA"),
    ("Nicolaï", "PvdD"),
    ("Brekelmans", "VVD"),
    ("Jasper van Dijk", "SP"),
    ("Eppink", "JA21"),
)
ACTORS = (  # (adjective phrase for the forces, country name)
    ("de Russische strijdkrachten", "Rusland"),
    ("Russische troepen", "Rusland"),
    ("de Russische krijgsmacht", "Rusland"),
    ("het Syrische regime", "Syrië"),
    ("Israëlische strijdkrachten", "Israël"),
    ("Azerbeidzjaanse troepen", "Azerbeidzjan"),
    ("Armeense strijdkrachten", "Armenië"),
    ("de Saoedische coalitie", "Saoedi-Arabië"),
    ("Myanmarese strijdkrachten", "Myanmar"),
    ("Sudanese strijdkrachten", "Soedan"),
    ("Oekraïense strijdkrachten", "Oekraïne"),
    ("onbekende strijdgroepen", None),
)
PLACES = (
    "Charkiv",
    "Marioepol",
    "Bachmoet",
    "Cherson",
    "Zaporizja",
    "Avdiivka",
    "Idlib",
    "Oost-Ghouta",
    "Aleppo",
    "Douma",
    "Stepanakert",
    "Gaza",
    "Zuid-Libanon",
    "Darfur",
    "Sana'a",
    "de Donbas",
    "Kyiv",
    "Odesa",
    "Soemy",
    "Tsjernihiv",
    "Lysytsjansk",
)
WEAPONS = (
    "clustermunitie",
    "clusterbommen",
    "thermobarische wapens",
    "vacuümbommen",
    "traangas",
    "chloorpicrine",
    "chemische wapens",
    "antipersoneelsmijnen",
    "landmijnen",
    "witte fosfor",
    "brandwapens",
    "sarin",
    "antitankmijnen",
    "napalm",
)
CERTAINTY = (
    "zeer waarschijnlijk",
    "waarschijnlijk",
    "aannemelijk",
    "vrijwel zeker",
    "met grote zekerheid vastgesteld",
    "niet uit te sluiten",
    "bevestigd",
)
CLAIMANTS = (
    "de MIVD",
    "de AIVD",
    "de MIVD en de AIVD",
    "het Oekraïense Ministerie van Defensie",
    "de OPCW",
    "Human Rights Watch",
    "de VN-onderzoekscommissie",
    "partnerdiensten",
)
RECIPIENTS = ("Oekraïne", "Moldavië", "Litouwen", "Jordanië", "Irak", "Georgië", "Polen")
ITEMS = (
    "Pantserhouwitsers 2000",
    "Patriot-lanceerinstallaties",
    "YPR-pantservoertuigen",
    "Stinger-luchtdoelraketten",
    "Panzerfausten",
    "gevechtsrantsoenen",
    "slaapzakken",
    "scherfvesten",
    "helmen",
    "mijnenveegapparatuur",
    "nachtzichtkijkers",
    "radars",
    "F-16-jachtvliegtuigen",
    "Leopard 1-tanks",
    "munitie van 155 mm",
    "drones",
    "medische goederen",
    "laptops",
    "voertuigen",
    "beschermende kleding",
    "CV90-infanteriegevechtsvoertuigen",
    "PzH 2000-munitie",
    "ontmijningsmaterieel",
)
TOPICS = (
    "de situatie in Oekraïne",
    "het gebruik van verboden wapens",
    "wapenexportbeleid",
    "de militaire steun aan Oekraïne",
    "het Verdrag inzake clustermunitie",
    "het Verdrag Chemische Wapens",
    "ontmijning",
    "de NAVO-top",
    "de Raad Buitenlandse Zaken",
    "exportvergunningen voor militaire goederen",
    "de inzet van drones",
    "humanitaire hulp",
    "de gereedheid van de krijgsmacht",
)
DOSSIERS = (
    ("36045", "Situatie in de Oekraïne"),
    ("22054", "Wapenexportbeleid"),
    ("21501-02", "Raad Algemene Zaken en Raad Buitenlandse Zaken"),
    ("33694", "Wapenbeheersing en non-proliferatie"),
    ("27925", "Bestrijding internationaal terrorisme"),
)
WOO_GROUNDS = (
    ("5.1.2e", "Bescherming persoonlijke levenssfeer"),
    ("5.1.2a", "Internationale betrekkingen"),
    ("5.1.1c", "Veiligheid van de Staat"),
    ("5.1.2i", "Goed functioneren van de Staat"),
    ("5.1.2f", "Concurrentiegevoelige bedrijfsinformatie"),
)
FILLER = (
    "Het kabinet blijft de ontwikkelingen nauwgezet volgen en zal uw Kamer informeren zodra daar aanleiding toe is.",
    "Nederland draagt dit standpunt actief uit in de Europese Unie, de NAVO en de Verenigde Naties.",
    "Het humanitair oorlogsrecht vereist dat de inzet van alle wapens voldoet aan de regels over onderscheid, voorzorg en proportionaliteit.",
    "De geconstateerde effecten van deze steun op de gereedheid zijn door Defensie als acceptabel beoordeeld.",
    "Het kabinet hecht groot belang aan het tegengaan van straffeloosheid en steunt onafhankelijk onderzoek.",
    "Over de uitvoering wordt uw Kamer via de reguliere voortgangsbrieven geïnformeerd.",
    "Daarnaast wordt in internationaal verband gesproken over de verdere versterking van de luchtverdediging.",
    "Het kabinet roept alle partijen op het internationaal recht te respecteren.",
    "Vanwege de veiligheid van betrokkenen kan niet op alle details worden ingegaan.",
    "De toetsing vindt plaats in nauw overleg tussen de betrokken ministeries.",
)


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28)


def _dutch_date(d: tuple[int, int, int]) -> str:
    return f"{d[2]} {MONTHS[d[1] - 1]} {d[0]}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _weapon_sentence(rng: random.Random) -> str:
    forces, _ = rng.choice(ACTORS)
    weapon, place = rng.choice(WEAPONS), rng.choice(PLACES)
    when = f"op {_dutch_date(_date(rng))}" if rng.random() < 0.4 else f"in {MONTHS[rng.randrange(12)]}"
    return rng.choice(
        (
            f"Volgens {rng.choice(CLAIMANTS)} is het {rng.choice(CERTAINTY)} dat {forces} {when} {weapon} hebben ingezet in {place}.",
            f"Graag informeer ik u dat het {rng.choice(CERTAINTY)} is dat {forces} {weapon} hebben gebruikt in de stad {place}.",
            f"{_cap(rng.choice(CLAIMANTS))} stelt vast dat {forces} {when} {weapon} hebben gebruikt bij {place}.",
            f"Er zijn berichten dat {forces} {weapon} zouden hebben gebruikt nabij {place}; dit is nog niet bevestigd.",
        )
    )


def _aid_sentences(rng: random.Random) -> list[str]:
    items = rng.sample(ITEMS, rng.randint(1, 4))
    listed = ", ".join(items[:-1]) + (" en " if len(items) > 1 else "") + items[-1]
    n = rng.choice((3, 5, 8, 12, 20, 50, 100, 200, 400))
    recipient = rng.choice(RECIPIENTS)
    out = [
        rng.choice(
            (
                f"Het kabinet heeft besloten {n} {listed} aan {recipient} te leveren.",
                f"Het kabinet is voornemens om {listed} aan {recipient} te leveren.",
                f"Nederland heeft inmiddels {n} {listed} aan {recipient} geleverd.",
                f"Daarom heeft het kabinet besloten om samen met Duitsland {listed} aan {recipient} te leveren, inclusief munitie.",
            )
        )
    ]
    if rng.random() < 0.7:
        out.append("Deze levering wordt zorgvuldig getoetst aan de EU wapenexportcriteria.")
    if rng.random() < 0.6:
        out.append(
            f"De leveringen worden uit het Budget Internationale Veiligheid (BIV) bekostigd; "
            f"het gaat om circa {rng.randint(2, 900)} miljoen euro."
        )
    return out


def _paragraphs(rng: random.Random, k: int) -> list[str]:
    paras = []
    for _ in range(k):
        sents = rng.sample(FILLER, rng.randint(1, 4))
        r = rng.random()
        if r < 0.45:
            sents.insert(rng.randint(0, len(sents)), _weapon_sentence(rng))
        elif r < 0.8:
            sents[rng.randint(0, len(sents)) : rng.randint(0, len(sents))] = _aid_sentences(rng)
        paras.append(" ".join(sents))
    return paras


def _letter(rng: random.Random, d: Domain) -> str:
    name, role = rng.choice(d.ministers)
    date = _dutch_date(_date(rng))
    topic = rng.choice(d.topics)
    co = rng.sample(d.co_senders, rng.randint(0, 2))
    co = [c for c in co if role.lower() not in c.lower()]
    mede = f"Mede namens {' en '.join(co)} informeer ik u over {topic}. " if co else ""
    body = d.paragraphs(rng, rng.randint(2, 7))
    if rng.random() < 0.5:  # Kamerstuk form, as published in the Staatscourant/Kamerstukken
        dossier, title = rng.choice(d.dossiers)
        head = (
            f"{dossier[:2]} {dossier[2:]} {title}\n\nNr. {rng.randint(1, 600)} BRIEF VAN DE "
            f"{role.upper()}\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
            f"Den Haag, {date}\n\n"
        )
    else:  # letterhead form with Datum/Betreft and a reference
        head = (
            f"> Retouradres Postbus 20701 2500 ES Den Haag\n\nde Voorzitter van de Tweede Kamer\n"
            f"der Staten-Generaal\nBezuidenhoutseweg 67\n2594 AC Den Haag\n\nDatum\n{date}\n"
            f"Betreft\n{_cap(topic)}\n\nOnze referentie\n"
            f"BS{rng.randint(2015, 2025)}{rng.randint(0, 999999):06d}\n\nGeachte Voorzitter,\n\n"
        )
    return head + mede + "\n\n".join(body) + f"\n\nDe {role},\n\n{name}\n"


def _answers(rng: random.Random, d: Domain) -> str:
    member, party = rng.choice(MEMBERS)
    name, role = rng.choice(d.ministers)
    topic = rng.choice(d.topics)
    asked = _date(rng)
    received = (asked[0], min(12, asked[1] + 1), asked[2])
    parts = [
        f"Vragen van het lid {member} ({party}) aan de {role} over {topic} (ingezonden {_dutch_date(asked)}).",
        f"Antwoord van {role.split(' van ')[0]} {name.split('.')[-1].strip()}, mede namens "
        f"{rng.choice(d.co_senders)} (ontvangen {_dutch_date(received)}).",
    ]
    for q in range(1, rng.randint(2, 9)):
        parts.append(f"Vraag {q}")
        parts.append(d.question(rng))
        parts.append(f"Antwoord {q}")
        if q > 1 and rng.random() < 0.2:
            parts.append(f"Zie het antwoord op vraag {rng.randint(1, q - 1)}.")
        else:
            parts.append(" ".join(d.paragraphs(rng, 1) + [rng.choice(("Ja.", "Nee.", ""))]).strip())
    return "\n\n".join(parts) + "\n"


def _woo_nota(rng: random.Random, d: Domain) -> str:
    date = _dutch_date(_date(rng))
    grounds = rng.sample(WOO_GROUNDS, rng.randint(1, 3))
    lines = [f"Nota aan de {rng.choice(d.ministers)[1]}", f"Datum {date}", f"Onderwerp {rng.choice(d.topics)}", ""]
    for para in d.paragraphs(rng, rng.randint(2, 5)):
        art, _ = rng.choice(grounds)
        lines.append(para + f" [{art}] " + rng.choice(d.filler))
        lines.append("")
    lines.append(
        "Gelakte passages zijn onleesbaar gemaakt op grond van de Wet open overheid: "
        + "; ".join(f"{art} {ground}" for art, ground in grounds)
        + "."
    )
    return "\n".join(lines) + "\n"


def _weapon_question(rng: random.Random) -> str:
    weapon = rng.choice(WEAPONS)
    return rng.choice(
        (
            f"Bent u bekend met het bericht dat {rng.choice(ACTORS)[0]} {weapon} hebben ingezet in {rng.choice(PLACES)}?",
            f"Klopt het dat Nederland partij is bij het verdrag dat {weapon} verbiedt?",
            f"Bent u bereid om steun te verlenen aan ontmijning in {rng.choice(PLACES)}? Zo nee, waarom niet?",
            f"Welke leveringen van {rng.choice(ITEMS)} aan {rng.choice(RECIPIENTS)} zijn er tot nu toe gedaan?",
        )
    )


@dataclass(frozen=True)
class Domain:
    """What a document is about: who writes, on which dossiers, and its paragraphs and questions."""

    ministers: tuple[tuple[str, str], ...]
    co_senders: tuple[str, ...]
    topics: tuple[str, ...]
    dossiers: tuple[tuple[str, str], ...]
    filler: tuple[str, ...]
    paragraphs: Callable[[random.Random, int], list[str]]
    question: Callable[[random.Random], str]


WEAPONS_DOMAIN = Domain(MINISTERS, CO_SENDERS, TOPICS, DOSSIERS, FILLER, _paragraphs, _weapon_question)
DOMESTIC_DOMAIN = Domain(
    domestic.MINISTERS,
    domestic.CO_SENDERS,
    domestic.TOPICS,
    domestic.DOSSIERS,
    domestic.FILLER,
    domestic.paragraphs,
    domestic.question,
)
GENRES = ((_letter, 0.55), (_answers, 0.3), (_woo_nota, 0.15))


def document(seed: int, i: int, weapons_share: float = 1.0) -> tuple[str, str]:
    """Document number ``i`` of the stream for ``seed``: (file name, text). A share
    ``1 - weapons_share`` of the documents is about domestic policy and names no weapon (a
    store of all Kamerstukken is mostly that); with the default every document is about weapons."""
    rng = random.Random(seed * 1_000_003 + i)
    # the domain comes from its own generator, so the weapon documents are the same whatever the share
    domestic_doc = weapons_share < 1.0 and random.Random(f"{seed}/{i}/domain").random() >= weapons_share
    r, acc = rng.random(), 0.0
    for make, weight in GENRES:  # noqa: B007  (the genre picked is used after the loop)
        acc += weight
        if r < acc:
            break
    # a unique kenmerk keeps every document distinct (distinct ids) however many are made
    text = make(rng, DOMESTIC_DOMAIN if domestic_doc else WEAPONS_DOMAIN) + f"\nKenmerk {seed % 100:02d}-{i:07d}\n"
    return f"doc_{i:07d}_{make.__name__.strip('_').replace('_', '-')}.txt", text


def generate(n: int, seed: int = 7, start: int = 0, weapons_share: float = 1.0) -> Iterator[tuple[str, str]]:
    """Lazily yield documents ``start .. start+n-1`` as (name, text)."""
    for i in range(start, start + n):
        yield document(seed, i, weapons_share)


def write_corpus(out: Path, n: int, seed: int = 7, weapons_share: float = 1.0) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n, seed, weapons_share=weapons_share):
        p = out / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def write_pdf(path: Path, texts: list[str]) -> Path:
    """A PDF with one page per text (PyMuPDF), for the PDF-reading benchmark."""
    import pymupdf as fitz

    doc = fitz.open()
    for text in texts:
        page = doc.new_page(width=595, height=842)
        page.insert_textbox(fitz.Rect(56, 56, 540, 800), text, fontsize=9, fontname="helv")
    doc.save(path)
    doc.close()
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--weapons-share",
        type=float,
        default=1.0,
        help="share of documents about weapons; the rest are about domestic policy",
    )
    args = ap.parse_args()
    n = len(write_corpus(args.out, args.docs, args.seed, args.weapons_share))
    print(f"wrote {n} files to {args.out}")


if __name__ == "__main__":
    main()
