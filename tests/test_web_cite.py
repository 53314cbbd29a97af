"""Titles and citations on the pages and in the API: every document has a title, an official
identifier where one can be known, a cite line, downloads, and no server path anywhere."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from webdata import stored, untitled_kamerstuk  # noqa: F401  (fixture)

from armswatch.store import open_store
from armswatch.web import create_app


@pytest.fixture
def client(stored):
    """The three shared records plus a kamerstuk without a subject, read from a deep server path."""
    url, records = stored
    untitled = untitled_kamerstuk("/srv/armswatch/inbox/2023/kst-36045-20.txt")
    with open_store(url) as store:
        store.add(untitled)
    c = TestClient(create_app(url))
    c.records = {**records, "untitled": untitled}
    return c


def test_a_document_without_subject_gets_a_derived_title_everywhere(client):
    doc = client.records["untitled"]
    page = client.get(f"/documents/{doc.id}").text
    assert '<h1><span lang="nl">Levering van munitie aan Oekraïne</span>' in page
    assert "titel afgeleid uit de tekst" in page and "(no subject)" not in page
    hits = client.get("/", params={"q": "Levering"}).text
    assert "Levering van munitie aan Oekraïne" in hits and "36045, nr. 20" in hits
    hit = client.get("/api/search", params={"q": "Levering"}).json()["hits"][0]
    assert hit["title"] == "Levering van munitie aan Oekraïne" and hit["title_derived"] is True


def test_the_document_page_cites_and_links_the_official_publication(client):
    doc = client.records["untitled"]
    page = client.get(f"/documents/{doc.id}").text
    assert "Kamerstukken II 2022/23, 36045, nr. 20" in page
    assert 'href="https://zoek.officielebekendmakingen.nl/kst-36045-20"' in page
    assert f'href="/api/documents/{doc.id}/bibtex"' in page and f'href="/api/documents/{doc.id}/csl-json"' in page
    assert "/srv/" not in page and "kst-36045-20.txt" in page  # the file's name, never its path


def test_the_api_serves_no_server_path_and_the_citation_downloads(client):
    doc = client.records["untitled"]
    data = client.get(f"/api/documents/{doc.id}").json()
    assert "/srv/" not in json.dumps(data) and data["source"] == {"format": "txt", "name": "kst-36045-20.txt"}
    assert data["citation"]["identifier"] == "Kamerstukken II 2022/23, 36045, nr. 20"
    bib = client.get(f"/api/documents/{doc.id}/bibtex")
    assert bib.headers["content-type"].startswith("application/x-bibtex") and "@misc{armswatch" in bib.text
    csl = client.get(f"/api/documents/{doc.id}/csl-json").json()
    assert csl[0]["URL"] == "https://zoek.officielebekendmakingen.nl/kst-36045-20"
    assert client.get("/api/documents/" + "0" * 64 + "/bibtex").status_code == 404


def test_every_fact_export_has_identifier_and_url_columns(client):
    letter = client.records["letter"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/facts", params={"format": "csv"}).text)))
    assert {"document_title", "document_identifier", "document_url"} <= set(rows[0])
    mine = [r for r in rows if r["document_id"] == letter.id]
    assert mine and all(r["document_identifier"] == "kenmerk BS2023011111" for r in mine)
    exported = client.get("/api/export/facts.json").json()
    assert all("document_url" in f and "document_identifier" in f for f in exported)
    page = client.get("/api/facts").json()["facts"]
    assert all(f["document_title"] for f in page)


def test_each_fact_row_links_its_sentence(client):
    letter = client.records["letter"]
    html = client.get(f"/documents/{letter.id}").text
    for f in letter.facts:
        anchor = f"s{f.span[0]}-{f.span[1]}"
        assert f'class="permalink" href="/documents/{letter.id}#{anchor}"' in html
        assert f'id="{anchor}"' in html  # the anchor it lands on
