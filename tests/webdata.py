"""Synthetic records for the API, web and browser tests: short letters in the genre's style,
built with the record dataclasses and stored in a real store. One of them is hostile."""

from __future__ import annotations

from typing import Any

from armswatch.pipeline import document_id
from armswatch.record import Fact, Question, Record, Structure

HOSTILE_SCRIPT = "<script>alert(1)</script>"


def fact(body: str, kind: str, quote: str, **fields: Any) -> Fact:
    start = body.index(quote)
    return Fact(kind=kind, span=(start, start + len(quote)), quote=quote, fields=fields)


def use(body: str, quote: str, actor: str, weapon: str, when: str | None = None, **more: Any) -> Fact:
    fields = {"actor": actor, "weapon": weapon, "place": None, "when": when, "certainty": None, "claimed_by": None}
    return fact(body, "weapon_use", quote, **{**fields, **more})


def record(body: str, facts_of, path: str, **structure: Any) -> Record:
    return Record(
        id=document_id(body),
        source={"path": path, "format": "txt"},
        structure=Structure(**structure),
        body=body,
        facts=facts_of(body),
    )


def letter() -> Record:
    body = (
        "Geachte Voorzitter,\n\nHierbij informeer ik uw Kamer over het gebruik van clustermunitie in "
        "Oekraïne. Volgens de MIVD heeft Rusland in maart 2023 clustermunitie ingezet bij Charkiv. "
        "Nederland is partij bij het Verdrag inzake clustermunitie. Het kabinet heeft besloten "
        "Oekraïne aanvullende steun te leveren in de vorm van 20 pantservoertuigen.\n\n"
        "De Minister van Defensie,\nK.H. Ollongren\n"
    )
    return record(
        body,
        lambda b: [
            use(
                b,
                "Volgens de MIVD heeft Rusland in maart 2023 clustermunitie ingezet bij Charkiv.",
                "RUS",
                "cluster_munition",
                "2023-03",
                place="Charkiv",
                claimed_by="MIVD",
            ),
            fact(
                b,
                "treaty_status",
                "Nederland is partij bij het Verdrag inzake clustermunitie.",
                state="NLD",
                treaty="CCM",
                party=True,
            ),
            fact(
                b,
                "aid",
                "Het kabinet heeft besloten Oekraïne aanvullende steun te leveren in de vorm van 20 pantservoertuigen.",
                donor="NLD",
                recipient="UKR",
                items=["20 pantservoertuigen"],
                status="decided",
                funding=None,
                export_check=None,
            ),
        ],
        "brief-clustermunitie.txt",
        type="kamerbrief",
        chamber="TK",
        date="2023-04-14",
        subject="Gebruik van clustermunitie in Oekraïne",
        reference="BS2023011111",
        sender={"name": "K.H. Ollongren", "role": "Minister van Defensie"},
        addressee="Voorzitter van de Tweede Kamer der Staten-Generaal",
    )


def answers() -> Record:
    body = (
        "Vraag 1\nBent u bekend met berichten dat Russische troepen chloorpicrine gebruiken?\n\n"
        "Antwoord 1\nJa. Het is zeer waarschijnlijk dat Rusland in 2024 chloorpicrine heeft ingezet "
        "aan het front.\n\nVraag 2\nHoeveel traangasgranaten zijn aangetroffen?\n\n"
        "Antwoord 2\nDaarover kan ik geen informatie verstrekken.\n"
    )
    q1 = body.index("Bent u"), body.index("gebruiken?") + len("gebruiken?")
    a1 = body.index("Ja. Het"), body.index("front.") + len("front.")
    return record(
        body,
        lambda b: [
            use(
                b,
                "Het is zeer waarschijnlijk dat Rusland in 2024 chloorpicrine heeft ingezet aan het front.",
                "RUS",
                "chloropicrin",
                "2024",
                certainty="zeer waarschijnlijk",
            ),
        ],
        "antwoorden-chloorpicrine.txt",
        type="antwoord_kamervragen",
        chamber="TK",
        date="2024-06-03",
        subject="Antwoorden op Kamervragen over chloorpicrine",
        sender={"name": None, "role": "Minister van Buitenlandse Zaken"},
        questioners=[{"name": "Nicolaï", "party": "PvdD"}],
        questions=[
            Question(1, body[q1[0] : q1[1]], body[a1[0] : a1[1]], [], q1, a1),
            Question(2, "Hoeveel traangasgranaten zijn aangetroffen?", "Daarover kan ik geen informatie verstrekken."),
        ],
        redactions=[{"ground": "Bescherming persoonlijke levenssfeer", "woo_article": "5.1.2e"}],
    )


def hostile() -> Record:
    body = (
        f"Geachte Voorzitter,\n\n{HOSTILE_SCRIPT} Volgens berichten is <b>traangas</b> gebruikt door "
        f'onbekende eenheden. <img src=x onerror="alert(2)"> Einde.\n'
    )
    return record(
        body,
        lambda b: [
            use(
                b,
                f"{HOSTILE_SCRIPT} Volgens berichten is <b>traangas</b> gebruikt",
                "UNKNOWN",
                "riot_control_agent",
                "2024-02",
            ),
        ],
        "hostile.txt",
        type="kamerbrief",
        chamber="TK",
        date="2024-02-20",
        subject=f"Traangas {HOSTILE_SCRIPT}",
        sender={"name": "<i>X</i>", "role": None},
    )


def untitled_kamerstuk(path: str = "kst-36045-20.txt") -> Record:
    """A kamerstuk without a subject and without facts: its title comes from its text."""
    return record(
        "Geachte Voorzitter,\n\nLevering van munitie aan Oekraïne\n\nHet kabinet deelt mee dat er niets is.\n",
        lambda b: [],
        path,
        type="kamerbrief",
        chamber="TK",
        date="2023-03-03",
        kamerstuk={"dossier": "36045", "number": "20"},
    )


def all_records() -> list[Record]:
    return [letter(), answers(), hostile()]


def fill(url: str) -> dict[str, Record]:
    """Store the three records at url; returns them by a short name."""
    from armswatch.store import open_store

    records = {"letter": letter(), "answers": answers(), "hostile": hostile()}
    with open_store(url) as store:
        for r in records.values():
            store.add(r)
    return records


# --- fixtures shared by the API and page tests (imported by name into those modules) ----------
import pytest  # noqa: E402


@pytest.fixture
def stored(tmp_path):
    """(url, records by name) of a fresh SQLite store holding the three records."""
    url = str(tmp_path / "armswatch.db")
    return url, fill(url)


@pytest.fixture
def client(stored):
    from fastapi.testclient import TestClient

    from armswatch.web import create_app

    return TestClient(create_app(stored[0]))


@pytest.fixture
def any_backend_client(store_url):
    """A client over the three records in each backend (conftest's store_url: SQLite, PostgreSQL)."""
    from fastapi.testclient import TestClient

    from armswatch.web import create_app

    records = fill(store_url)
    client = TestClient(create_app(store_url))
    client.records = records
    return client
