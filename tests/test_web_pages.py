"""The HTML pages over a real store: content, escaping, forms, errors as pages."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from webdata import any_backend_client, client, stored  # noqa: F401  (fixtures)

from armswatch.web import create_app


def _no_raw_hostile_markup(html: str) -> None:
    assert "<script" not in html.lower()
    assert "<img" not in html.lower() and "<b>" not in html and "<i>X" not in html


def test_search_page_lists_hits_with_facets(client, stored):
    html = client.get("/", params={"q": "clustermunitie"}).text
    letter = stored[1]["letter"]
    assert f'href="/documents/{letter.id}"' in html
    assert "Gebruik van clustermunitie in Oekraïne" in html
    assert 'aria-label="Verfijnen"' in html and "?q=clustermunitie&amp;type=kamerbrief" in html
    assert "3 documenten" in html  # the store's stats, in Dutch first


def test_search_page_facet_filter_and_clear_link(client):
    html = client.get("/", params={"type": "antwoord_kamervragen"}).text
    assert "Antwoorden op Kamervragen over chloorpicrine" in html
    assert "Gebruik van clustermunitie" not in html
    assert 'aria-label="filter weghalen Soort"' in html


def test_search_page_escapes_hostile_subjects(client):
    html = client.get("/", params={"q": "traangas"}).text
    _no_raw_hostile_markup(html)
    assert "Traangas &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_search_page_bad_value_shows_the_form_with_a_400(client):
    r = client.get("/", params={"year": "abc"})
    assert r.status_code == 400
    assert 'role="alert"' in r.text and "year must be a whole number" in r.text
    assert 'role="search"' in r.text


def test_document_page_highlights_facts_and_links_rows(client, stored):
    letter = stored[1]["letter"]
    html = client.get(f"/documents/{letter.id}").text
    for i in range(len(letter.facts)):
        assert re.search(rf'<mark id="fact-{i}" class="fact kind-\w+"', html)
        assert f'<tr id="fact-row-{i}"' in html and f'href="#fact-row-{i}"' in html
    assert "K.H. Ollongren, Minister van Defensie" in html
    assert '<a href="/?sender=Ollongren">Kajsa Ollongren</a>' in html  # the person, and all they sent
    assert "BS2023011111" in html


def test_document_page_shows_questions_answers_and_redactions(client, stored):
    doc = stored[1]["answers"]
    html = client.get(f"/documents/{doc.id}").text
    assert 'id="q-1"' in html and "Bent u bekend met berichten" in html
    assert "Daarover kan ik geen informatie verstrekken." in html
    assert "Bescherming persoonlijke levenssfeer" in html and "5.1.2e" in html
    assert "Nicolaï (PvdD)" in html
    assert '<a href="#a-1">antwoord 1</a>' in html  # the fact rests on the government's answer


def test_hostile_document_is_shown_as_text(client, stored):
    doc = stored[1]["hostile"]
    r = client.get(f"/documents/{doc.id}")
    _no_raw_hostile_markup(r.text)
    assert r.text.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # title, body, facts table
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_unknown_document_is_a_404_page(client):
    r = client.get("/documents/" + "a" * 64)
    assert r.status_code == 404 and "No document" in r.text and r.headers["content-type"].startswith("text/html")


def test_facts_page_filters_and_links(client, stored):
    html = client.get("/facts", params={"kind": "weapon_use", "actor": "RUS"}).text
    letter = stored[1]["letter"]
    span = letter.facts[0].span
    assert f'href="/documents/{letter.id}#s{span[0]}-{span[1]}"' in html
    assert "pantservoertuigen" not in html  # the aid fact is filtered out
    assert 'href="/api/facts?kind=weapon_use&amp;actor=RUS&amp;format=csv"' in html
    r = client.get("/facts", params={"kind": "rumour"})
    assert r.status_code == 400 and "kind must be one of" in r.text


def test_timeline_page_draws_an_svg(client):
    html = client.get("/timeline").text
    assert "<svg" in html and html.count("<circle") == 4
    assert "Inzet: Clustermunitie" in html and "Steun aan Oekraïne" in html  # lanes labelled in Dutch
    assert client.get("/timeline", params={"from": "2024-01-01", "to": "2023-01-01"}).status_code == 400


def test_law_page_forms(client):
    html = client.get("/law").text
    for form in ("party", "count", "assess"):
        assert f'name="form" value="{form}"' in html
    assert '<option value="CCM">' in html and '<option value="chloropicrin">' in html
    r = client.get("/law", params={"form": "party", "treaty": "CCM"})
    assert r.status_code in (400, 503)


def test_upload_page_only_with_a_token(stored):
    off = TestClient(create_app(stored[0]))
    assert off.get("/upload").status_code == 403 and 'href="/upload"' not in off.get("/").text
    on = TestClient(create_app(stored[0], token="s3cret"))
    assert 'href="/upload"' in on.get("/").text and 'type="file"' in on.get("/upload").text
    files = {"file": ("brief.txt", b"Geachte Voorzitter,\n\nDe levering van traangas is gestopt.\n", "text/plain")}
    r = on.post("/upload", files=files, data={"token": "wrong"}, follow_redirects=False)
    assert r.status_code == 401
    r = on.post("/upload", files=files, data={"token": "s3cret"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/documents/")
    assert "levering van traangas" in on.get(r.headers["location"]).text


def _law_available() -> bool:
    from armswatch import law

    return all(hasattr(law, n) for n in ("party", "count", "assess"))


@pytest.mark.skipif(not _law_available(), reason="armswatch.law has no party/count/assess in this build")
def test_law_page_results_and_errors(client):
    from armswatch import law

    r = client.get("/law", params={"form": "party", "state": "NLD", "treaty": "CCM", "on": "2024-01-01"})
    expected = law.party("NLD", "CCM", "2024-01-01")
    assert r.status_code == 200 and 'id="result"' in r.text
    assert ("<strong>is</strong>" if expected["party"] else "<strong>is geen</strong>") in r.text
    assert "Nederland" in r.text and "Verdrag inzake clustermunitie (CCM)" in r.text  # labels, not codes
    r = client.get("/law", params={"form": "count", "group": "NATO", "treaty": "CCM", "on": "2023-10-10"})
    counted = law.count("NATO", "CCM", "2023-10-10")
    assert f"<strong>{counted['count']}</strong> van de {counted['members']} NAVO-leden" in r.text
    r = client.get("/law", params={"form": "assess", "actor": "RUS", "weapon": "chloropicrin", "on": "2025-07-04"})
    assert "Redenering" in r.text and 'value="RUS"' in r.text  # the form keeps what was asked
    r = client.get("/law", params={"form": "party", "state": "<script>x</script>", "treaty": "CCM"})
    assert r.status_code == 400 and 'role="alert"' in r.text
    _no_raw_hostile_markup(r.text)


def test_pages_of_results(client):
    first = client.get("/", params={"limit": 1}).text
    assert 'rel="next" href="/?limit=1&amp;offset=1"' in first and 'rel="prev"' not in first
    second = client.get("/", params={"limit": 1, "offset": 1}).text
    assert 'rel="prev" href="/?limit=1&amp;offset=0"' in second
    facts = client.get("/facts", params={"limit": 2}).text
    assert facts.count("<tr class=") == 2 and 'rel="next" href="/facts?limit=2&amp;offset=2"' in facts


def test_every_page_over_each_backend(any_backend_client):
    c, records = any_backend_client, any_backend_client.records
    for path, must in [
        ("/", "3 documenten"),
        ("/?q=clustermunitie", "Gebruik van clustermunitie"),
        ("/?type=kamerbrief&sort=date", "Traangas &lt;script&gt;"),
        ("/facts?kind=aid", "pantservoertuigen"),
        ("/timeline?by=both", "Inzet: Chloorpicrine · Rusland"),
        (f"/documents/{records['letter'].id}", '<mark id="fact-2"'),
        (f"/documents/{records['answers'].id}", "Bescherming persoonlijke levenssfeer"),
    ]:
        r = c.get(path)
        assert r.status_code == 200 and must in r.text, path
    assert c.get("/api/search", params={"actor": "RUS"}).json()["total"] == 2
    assert c.get("/api/facts", params={"format": "csv"}).text.count("\n") == 6  # header and five facts


def test_search_page_says_when_ranking_was_bounded(client, monkeypatch):
    """Over the store's ranking cap the page tells the reader the order is not exact."""
    import armswatch.store.results as results

    assert "were ranked by relevance" not in client.get("/", params={"q": "minister", "lang": "en"}).text
    monkeypatch.setattr(results, "RANK_CAP", 1)
    assert client.get("/api/search", params={"q": "minister"}).json()["ranking_exact"] is False
    page = client.get("/", params={"q": "minister", "lang": "en"})
    assert page.status_code == 200
    assert "were ranked by relevance" in page.text


def test_search_page_counts_are_reused_until_an_upload(stored, monkeypatch):
    """The banner's counts are not recomputed on every search, but an upload refreshes them."""
    from fastapi.testclient import TestClient

    from armswatch.store.sqlite import SQLiteStore
    from armswatch.web import create_app

    calls = []
    real = SQLiteStore.stats
    monkeypatch.setattr(SQLiteStore, "stats", lambda self: calls.append(1) or real(self))
    app = create_app(stored[0])
    client = TestClient(app)
    for q in ("minister", "clustermunitie", ""):
        assert client.get("/", params={"q": q}).status_code == 200
    assert len(calls) == 1
    app.state.stats_cache = None  # what an upload does
    client.get("/")
    assert len(calls) == 2


def test_a_qa_document_shows_its_text_once_with_the_highlights_in_it(client, stored):
    """The questions and answers are an index into the highlighted text, not a second copy."""
    doc = stored[1]["answers"]
    html = client.get(f"/documents/{doc.id}").text
    assert html.count("Bent u bekend met berichten") == 1  # in the text only
    assert html.count("zeer waarschijnlijk dat Rusland") == 2  # highlighted in the text, quoted in its row
    body = html[html.index('<div class="body"') :]
    assert '<a class="anchor" id="q-1"></a>' in body and '<a class="anchor" id="a-1"></a>' in body
    assert '<mark id="fact-0"' in body
    assert 'href="#q-1">Vraag 1</a>' in html and 'href="#a-1">Antwoord 1</a>' in html


def test_the_facts_table_shows_every_kind_of_fact(stored):
    """A figure has no items, weapon or treaty: its row stays empty there (no dict method leaks in)."""
    from webdata import fact, record

    from armswatch.store import open_store

    body = "Geachte Voorzitter,\n\nIn 2023 zijn 120 granaten geleverd.\n"
    figure = record(
        body,
        lambda b: [fact(b, "figure", "In 2023 zijn 120 granaten geleverd.", value=120, unit="granaten", about=None)],
        "cijfers.txt",
        type="kamerbrief",
        date="2023-05-01",
    )
    with open_store(stored[0]) as store:
        store.add(figure)
    html = TestClient(create_app(stored[0])).get("/facts", params={"kind": "figure"})
    assert html.status_code == 200 and "120 granaten" in html.text and "built-in" not in html.text
