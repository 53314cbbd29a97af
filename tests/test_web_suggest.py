"""A search that finds nothing is no dead end: close spellings that do find documents, any of
the words, and links that drop a filter."""

from __future__ import annotations

from webdata import client, stored  # noqa: F401  (fixtures)


def test_a_misspelt_word_gets_a_spelling_that_finds_documents(client):
    data = client.get("/api/search", params={"q": "chlorpicrien"}).json()
    assert data["total"] == 0 and data["suggestions"]
    for s in data["suggestions"]:
        assert client.get("/api/search", params={"q": s}).json()["total"] >= 1, s
    html = client.get("/", params={"q": "chlorpicrien"}).text
    assert "Niets gevonden." in html and "Bedoelde u" in html
    assert f'href="/?q={data["suggestions"][0]}"' in html


def test_several_words_that_never_meet_suggest_any_of_them(client):
    data = client.get("/api/search", params={"q": "traangas pantservoertuigen"}).json()
    assert data["total"] == 0 and "traangas OF pantservoertuigen" in data["suggestions"]


def test_a_filter_that_leaves_nothing_can_be_dropped(client):
    html = client.get("/", params={"q": "traangas", "type": "motie"}).text
    assert "Zoek breder" in html and 'href="/?q=traangas"' in html


def test_nothing_close_suggests_nothing(client):
    assert client.get("/api/search", params={"q": "xyzzyq"}).json()["suggestions"] == []
