"""Names as entities: a place is found by any of its names, a person is one sender however the
documents spell them, and a state is a filter by its name as well as its code. Over both backends."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from webdata import record

from armswatch.names import is_role, person, place_names, same_place, sender_facets
from armswatch.store import open_store
from armswatch.web import create_app


def letter(body: str, sender: dict, date: str):
    return record("Geachte Voorzitter,\n\n" + body + "\n", lambda b: [], f"{date}.txt", type="kamerbrief",
                  date=date, sender=sender, subject=body[:40])  # fmt: skip


LETTERS = [
    letter("De Russische strijdkrachten beschoten Charkiv opnieuw met raketten.",
           {"name": "K.H. Ollongren", "role": "Minister van Defensie"}, "2022-05-02"),
    letter("In Kiev sprak de minister met zijn ambtgenoot over de luchtverdediging.",
           {"name": "Kajsa Ollongren", "role": "Minister van Defensie"}, "2022-06-02"),
    letter("Het kabinet steunt Oekraïne met luchtverdediging rond Kyjiv.",
           {"name": "Ollongren", "role": "Minister van Defensie"}, "2023-01-12"),
    letter("De minister bezocht Kharkiv en de frontlinie in Ukraine.",
           {"name": None, "role": "Minister van Buitenlandse Zaken"}, "2023-02-20"),
]  # fmt: skip


@pytest.fixture
def client(store_url):
    with open_store(store_url) as store:
        for r in LETTERS:
            store.add(r)
    return TestClient(create_app(store_url))


def ids(client, q: str) -> set[str]:
    return {h["id"] for h in client.get("/api/search", params={"q": q}).json()["hits"]}


def test_a_place_is_found_by_any_of_its_names(client):
    kharkiv = {LETTERS[0].id, LETTERS[3].id}
    assert ids(client, "Kharkiv") == ids(client, "Charkiv") == ids(client, "Charkov") == kharkiv
    kyiv = {LETTERS[1].id, LETTERS[2].id}
    assert ids(client, "Kyiv") == ids(client, "Kiev") == ids(client, "Kyjiv") == kyiv
    ukraine = {LETTERS[2].id, LETTERS[3].id}
    assert ids(client, "Ukraine") == ids(client, "Oekraïne") == ids(client, "Oekraine") == ukraine


def test_the_sender_facet_has_one_entry_per_person_and_titles_apart(client):
    data = client.get("/api/search").json()
    assert data["facets"]["sender"] == {"Kajsa Ollongren": 3}
    assert data["facets"]["sender_role"] == {"Minister van Buitenlandse Zaken": 1}
    assert data["facet_filters"]["sender"]["Kajsa Ollongren"] == "Ollongren"
    for spelling in ("Kajsa Ollongren", "K.H. Ollongren", "Ollongren"):
        assert client.get("/api/search", params={"sender": spelling}).json()["total"] == 3, spelling
    page = client.get("/").text
    assert page.count("Kajsa Ollongren</a> (3)") == 1 and "K.H. Ollongren</a>" not in page


def test_a_state_filter_takes_its_name_like_the_law_form(client):
    for actor in ("Rusland", "Russia", "rus", "RUS"):
        assert client.get("/facts", params={"actor": actor}).status_code == 200, actor
        assert client.get("/api/facts", params={"actor": actor}).status_code == 200, actor
    assert client.get("/api/facts", params={"actor": "Atlantis"}).status_code == 400


def test_the_gazetteer_and_the_people_file():
    assert {"Charkiv", "Kharkiv", "Charkov"} <= set(place_names("kharkiv"))
    assert same_place("Kiev", "Kyjiv") and not same_place("Kiev", "Charkiv") and place_names("Utrecht") == ()
    assert person("K.H. Ollongren")["name"] == person("Kajsa Ollongren")["name"] == "Kajsa Ollongren"
    assert is_role("Minister van Defensie") and is_role("de Staatssecretaris van Defensie") and not is_role("Ollongren")
    people, roles, _ = sender_facets({"K.H. Ollongren": 2, "Ollongren": 1, "Minister van Defensie": 4, "Jansen": 1})
    assert people == {"Kajsa Ollongren": 3, "Jansen": 1} and roles == {"Minister van Defensie": 4}
