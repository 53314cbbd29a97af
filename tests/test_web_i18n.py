"""Dutch first: the pages speak Dutch, English on request (a query parameter, then a cookie),
codes shown by their labels (the API keeps the codes), Dutch text marked lang="nl"."""

from __future__ import annotations

import csv
import io

from webdata import client, stored  # noqa: F401  (fixtures)

from armswatch.web.i18n import label


def test_pages_are_dutch_and_codes_show_as_labels(client, stored):
    letter = stored[1]["letter"]
    html = client.get(f"/documents/{letter.id}").text
    assert '<html lang="nl">' in html and "Feiten" in html and "14 april 2023" in html
    assert "Clustermunitie" in html and "Rusland" in html and "Kamerbrief" in html
    for code in (">cluster_munition<", ">RUS<", ">kamerbrief<", ">weapon_use<"):
        assert code not in html, code
    api = client.get(f"/api/documents/{letter.id}").json()
    assert api["type"] == "kamerbrief" and api["facts"][0]["weapon"] == "cluster_munition"  # codes stay


def test_english_by_parameter_then_by_cookie(client):
    first = client.get("/facts", params={"lang": "en"})
    assert '<html lang="en">' in first.text and "Facts" in first.text
    assert first.headers["content-language"] == "en" and "lang=en" in first.headers["set-cookie"]
    again = client.get("/facts")  # the client keeps the cookie
    assert '<html lang="en">' in again.text and 'hreflang="nl"' in again.text
    back = client.get("/facts", params={"lang": "nl"})
    assert '<html lang="nl">' in back.text
    assert '<html lang="nl">' in client.get("/facts", params={"lang": "xx"}).text  # unknown: the default


def test_labels_come_from_the_data_files():
    assert label("weapon", "cluster_munition") == "Clustermunitie"
    assert label("weapon", "cluster_munition", "en") == "Cluster munition"
    assert label("state", "UKR") == "Oekraïne" and label("state", "UKR", "en") == "Ukraine"
    assert label("treaty", "CCM") == "Verdrag inzake clustermunitie (CCM)"
    assert label("type", "antwoord_kamervragen") == "Antwoord op Kamervragen"
    assert label("weapon", "no_such_code") == "no_such_code"


def test_search_results_download_as_csv_with_how_to_cite(client, stored):
    r = client.get("/api/search", params={"q": "clustermunitie", "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    letter = stored[1]["letter"]
    [row] = [x for x in rows if x["id"] == letter.id]
    assert row["title"] == "Gebruik van clustermunitie in Oekraïne" and row["identifier"] == "kenmerk BS2023011111"
    html = client.get("/", params={"q": "clustermunitie"}).text
    assert 'href="/api/search?q=clustermunitie&amp;format=csv"' in html
