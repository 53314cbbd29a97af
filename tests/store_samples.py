"""Synthetic records for the store tests, in the style of real Kamerbrieven (built directly,
so the tests do not depend on how far segmenting and fact extraction have come)."""

from __future__ import annotations

from armswatch.pipeline import document_id
from armswatch.record import Fact, Question, Record, Structure


def fact(body: str, sentence: str, kind: str, **fields) -> Fact:
    i = body.index(sentence)
    return Fact(kind, (i, i + len(sentence)), sentence, fields)


def record(body: str, facts_of=lambda body: [], path: str = "brief.txt", **structure) -> Record:
    return Record(document_id(body), {"path": path, "format": "txt"}, Structure(**structure), body, facts_of(body))


BRIEF = (
    "Hierbij informeer ik uw Kamer over de inzet van clustermunitie in Oekraïne.\n\n"
    "Het is zeer waarschijnlijk dat Rusland clustermunitie heeft ingezet bij aanvallen op "
    "Charkiv. Volgens de MIVD zijn daarbij ten minste 12 burgers omgekomen.\n\n"
    "Nederland is partij bij het Verdrag inzake clustermunitie en veroordeelt elk gebruik."
)

ANTWOORD = (
    "Vraag 1\nBent u bekend met berichten dat Russische troepen vacuümbommen gebruiken?\n\n"
    "Antwoord 1\nJa. Het kabinet heeft kennisgenomen van berichten over de inzet van "
    "thermobarische wapens door Rusland.\n\nVraag 2\nZijn deze wapens verboden?\n\n"
    "Antwoord 2\nThermobarische wapens zijn niet als zodanig verboden; het humanitair "
    "oorlogsrecht is wel van toepassing."
)

NOTA = (
    "Nota aan de minister\n\nOnderwerp: gebruik van traangas bij ordehandhaving\n\n"
    "De politie zet traangas in bij ernstige ordeverstoringen. [5.1.2e] heeft hierover advies "
    "gegeven. Een gescande bijlage noemt clustermunltie in een ander verband."
)

MOTIE = (
    "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering om Oekraïne aanvullende "
    "steun te geven in de vorm van luchtverdedigingssystemen en munitie,\n\nen gaat over tot "
    "de orde van de dag."
)

SENAAT = "Brief aan de Eerste Kamer over de ratificatie van het Verdrag inzake het verbod op landmijnen."


def samples() -> list[Record]:
    return [
        record(
            BRIEF,
            lambda b: [
                fact(
                    b,
                    "Het is zeer waarschijnlijk dat Rusland clustermunitie heeft ingezet bij aanvallen op Charkiv.",
                    "weapon_use",
                    actor="RUS",
                    weapon="cluster_munition",
                    place="Charkiv",
                    when=None,
                    certainty="zeer waarschijnlijk",
                    claimed_by=None,
                ),
                fact(
                    b,
                    "Volgens de MIVD zijn daarbij ten minste 12 burgers omgekomen.",
                    "figure",
                    value=12,
                    unit="burgers",
                    about="cluster_munition",
                ),
                fact(
                    b,
                    "Nederland is partij bij het Verdrag inzake clustermunitie",
                    "treaty_status",
                    state="NLD",
                    treaty="CCM",
                    party=True,
                ),
            ],
            type="kamerbrief",
            chamber="TK",
            date="2023-03-03",
            subject="Inzet van clustermunitie",
            sender={"name": "K.H. Ollongren", "role": "Minister van Defensie"},
        ),
        record(
            ANTWOORD,
            lambda b: [
                fact(
                    b,
                    "Het kabinet heeft kennisgenomen van berichten over de inzet van thermobarische wapens door Rusland.",
                    "weapon_use",
                    actor="RUS",
                    weapon="thermobaric",
                    place=None,
                    when=None,
                    certainty=None,
                    claimed_by=None,
                ),
            ],
            path="antwoord.txt",
            type="antwoord_kamervragen",
            chamber="TK",
            date="2022-07-15",
            subject="het gebruik van vacuümbommen",
            sender={"name": "W.B. Hoekstra", "role": "Minister van Buitenlandse Zaken"},
            questions=[Question(1, "Bent u bekend met berichten dat Russische troepen vacuümbommen gebruiken?", "Ja.")],
        ),
        record(
            NOTA,
            path="nota.txt",
            type="nota",
            date="2021-05-01",
            subject="Traangas",
            redactions=[{"ground": "Bescherming persoonlijke levenssfeer", "woo_article": "5.1.2e"}],
        ),
        record(
            MOTIE,
            lambda b: [
                fact(
                    b,
                    "verzoekt de regering om Oekraïne aanvullende steun te geven",
                    "aid",
                    donor="NLD",
                    recipient="UKR",
                    items=["luchtverdedigingssystemen", "munitie"],
                    status="intended",
                    funding=None,
                    export_check=None,
                ),
            ],
            path="motie.txt",
            type="motie",
            chamber="TK",
            date="2024-01-10",
            subject="Steun aan Oekraïne",
        ),
        record(SENAAT, path="senaat.txt", type="kamerbrief", chamber="EK"),
    ]


def parse_or_crash(path: str, source):
    """An ingest worker that dies (as a reader crashing in C would) on files named crash*."""
    import os
    from pathlib import Path

    from armswatch.ingest import parse_one

    if Path(path).name.startswith("crash"):
        os._exit(3)
    return parse_one(path, source)
