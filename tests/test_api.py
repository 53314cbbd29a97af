"""The JSON API over a real store filled with three synthetic letters (one hostile)."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from webdata import any_backend_client, client, stored  # noqa: F401  (fixtures)

from armswatch.web import create_app

HOSTILE_QUERIES = [
    '"',
    '""',
    "'",
    "*",
    "(",
    ")",
    "AND",
    "OR NOT",
    "NEAR(",
    "a:b",
    "^",
    "-",
    "--",
    "\\",
    "clustermunitie AND (",
    '"unterminated phrase',
    "%",
    "_",
    "'; DROP TABLE documents; --",
    "\x00",
    "\u202e",
    "🙂",
    "x" * 500,
    "a" * 40 + "*" * 40,
    "{}[]<>",
    "<script>alert(1)</script>",
    "title:x",
    "col:",
    "NOT",
    "AND AND",
    '"a" NEAR/3 "b"',
    "é" * 100,
]


def _law_available() -> bool:
    from armswatch import law

    return all(hasattr(law, n) for n in ("party", "count", "assess"))


needs_law = pytest.mark.skipif(not _law_available(), reason="armswatch.law has no party/count/assess in this build")


def test_search_finds_ranks_and_counts(client, stored):
    records = stored[1]
    r = client.get("/api/search", params={"q": "clustermunitie"})
    assert r.status_code == 200
    data = r.json()
    assert data["total"] >= 1
    assert data["hits"][0]["id"] == records["letter"].id
    assert {"type", "year"} <= set(data["facets"])
    every = client.get("/api/search").json()
    assert every["total"] == 3


def test_search_filters(client, stored):
    records = stored[1]
    r = client.get("/api/search", params={"type": "antwoord_kamervragen"}).json()
    assert [h["id"] for h in r["hits"]] == [records["answers"].id]
    r = client.get("/api/search", params={"from": "2024-01-01", "to": "2024-03-01"}).json()
    assert [h["id"] for h in r["hits"]] == [records["hostile"].id]
    assert client.get("/api/search", params={"limit": 1}).json()["hits"].__len__() == 1


@pytest.mark.parametrize(
    "params,word",
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "x"}, "limit"),
        ({"year": "abc"}, "year"),
        ({"from": "2024-13-01"}, "from"),
        ({"type": "pamflet"}, "type"),
        ({"actor": "Atlantis"}, "actor"),
        ({"sort": "random"}, "sort"),
        ({"offset": "-1"}, "offset"),
        ({"from": "2024-05-01", "to": "2024-01-01"}, "from"),
        ({"weapon": "bomb"}, "weapon"),
        ({"q": "x" * 600}, "q"),
    ],
)
def test_bad_parameters_are_a_clear_400(client, params, word):
    r = client.get("/api/search", params=params)
    assert r.status_code == 400
    assert word in r.json()["detail"]


def test_hostile_queries_give_results_or_400_never_500(any_backend_client):
    for query in HOSTILE_QUERIES:  # one store per backend for them all: a new database is slow
        for path in ("/api/search", "/"):
            r = any_backend_client.get(path, params={"q": query})
            assert r.status_code in (200, 400), (path, query, r.text[:300])
            if path.startswith("/api") and r.status_code == 400:
                assert r.json()["detail"]


@pytest.mark.parametrize(
    "raw",
    [
        "q=%ff%fe",
        "q=%00",
        "q=a&q=b",
        "limit=1e3",
        "year=99999999999999999999",
        "actor=%3Cscript%3E",
        "from=0000-00-00",
        "sender=" + "%22" * 300,
    ],
)
def test_hostile_raw_query_strings(client, raw):
    r = client.get("/api/search?" + raw)
    assert r.status_code in (200, 400), r.text[:300]


def test_document_record_and_404(client, stored):
    letter = stored[1]["letter"]
    r = client.get(f"/api/documents/{letter.id}")
    assert r.status_code == 200
    doc = r.json()
    assert doc["subject"] == letter.structure.subject
    assert doc["body"] == letter.body and len(doc["facts"]) == 3
    for path in ("/api/documents/" + "0" * 64, "/api/documents/nope", "/api/documents/..%2F..%2Fetc"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["detail"]


def test_facts_filters_and_paging(client, stored):
    r = client.get("/api/facts", params={"kind": "weapon_use"}).json()
    assert {f["weapon"] for f in r["facts"]} == {"cluster_munition", "chloropicrin", "riot_control_agent"}
    assert all(f["document_id"] and f["quote"] for f in r["facts"])
    r = client.get("/api/facts", params={"actor": "rus"}).json()
    assert len(r["facts"]) == 2 and not r["more"]
    page = client.get("/api/facts", params={"limit": 2}).json()
    assert len(page["facts"]) == 2 and page["more"]
    doc = stored[1]["answers"].id
    assert len(client.get("/api/facts", params={"document": doc}).json()["facts"]) == 1
    assert client.get("/api/facts", params={"document": "abc"}).status_code == 400


def test_facts_csv_download(client):
    r = client.get("/api/facts", params={"format": "csv", "kind": "weapon_use"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 3 and {row["kind"] for row in rows} == {"weapon_use"}
    hostile = [row for row in rows if row["weapon"] == "riot_control_agent"][0]
    assert hostile["quote"].startswith("<script>")  # CSV keeps the text as it is; it is not HTML
    assert client.get("/api/facts", params={"format": "xml"}).status_code == 400


def test_json_export_lists_every_fact(client):
    r = client.get("/api/export/facts.json")
    assert r.status_code == 200 and len(r.json()) == 5


def test_stats(client):
    s = client.get("/api/stats").json()
    assert s["documents"] == 3
    assert s["facts"]["weapon_use"] == 3 and s["by_type"]["kamerbrief"] == 2


def test_timeline(client):
    t = client.get("/api/timeline").json()
    labels = {lane["label"] for lane in t["lanes"]}
    assert {"use: cluster_munition", "use: chloropicrin", "support to UKR"} <= labels
    t = client.get("/api/timeline", params={"by": "actor", "weapon": "chloropicrin"}).json()
    assert [lane["label"] for lane in t["lanes"]] == ["use: RUS"]
    assert client.get("/api/timeline", params={"by": "place"}).status_code == 400


def test_timeline_says_when_it_counted_only_the_first_facts(client, monkeypatch):
    from armswatch.web import queries

    assert client.get("/api/timeline").json()["truncated"] == []
    monkeypatch.setattr(queries, "MAX_TIMELINE_FACTS", 1)
    t = client.get("/api/timeline").json()
    assert "weapon_use" in t["truncated"] and t["max_facts"] == 1
    assert sum(lane["total"] for lane in t["lanes"] if lane["kind"] == "weapon_use") + t["undated"] <= 1
    assert "only the first stored of each kind" in client.get("/timeline", params={"lang": "en"}).text


@needs_law
def test_law_endpoints_call_the_engine(client):
    from armswatch import law

    r = client.get("/api/law/party", params={"state": "nld", "treaty": "CCM", "on": "2024-01-01"})
    assert r.status_code == 200
    assert r.json()["party"] == law.party("NLD", "CCM", "2024-01-01")["party"]
    r = client.get("/api/law/count", params={"group": "NATO", "treaty": "CCM", "on": "2023-10-10"})
    assert r.status_code == 200 and r.json()["count"] == len(r.json()["parties"])
    r = client.get("/api/law/assess", params={"actor": "RUS", "weapon": "chloropicrin", "on": "2025-07-04"})
    assert r.status_code == 200 and r.json()["reasoning"]
    bad = client.get("/api/law/party", params={"state": "NLD", "treaty": "XYZ", "on": "2024-01-01"})
    assert bad.status_code == 400 and bad.json()["detail"]


def test_law_needs_its_values(client):
    r = client.get("/api/law/party", params={"treaty": "CCM"})
    assert r.status_code in (400, 503)
    if r.status_code == 400:
        assert "state" in r.json()["detail"]


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/search",
        "/api/documents/{document_id}",
        "/api/facts",
        "/api/stats",
        "/api/law/party",
        "/api/law/count",
        "/api/law/assess",
        "/api/timeline",
        "/api/documents",
    ):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"]
    assert not any(p.startswith(("/facts", "/law")) for p in spec["paths"])  # pages stay out
    assert client.get("/docs").status_code == 404  # the Swagger page would load a CDN


def test_security_headers(client):
    r = client.get("/api/stats")
    assert "script-src" not in r.headers["content-security-policy"]  # default-src 'none' covers scripts
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


# --- upload: off without a token, then token-protected and bounded ----------------------------
LETTER = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2022\n\n"
    "Betreft Levering van antitankwapens\n\nHierbij informeer ik u over de levering van 200 "
    "pantserwapens aan Oekraïne.\n"
).encode()


def test_upload_is_off_without_a_token(client):
    r = client.post("/api/documents", files={"file": ("brief.txt", LETTER, "text/plain")})
    assert r.status_code == 403 and "token" in r.json()["detail"]


def test_upload_with_a_token(stored):
    url = stored[0]
    client = TestClient(create_app(url, token="s3cret", max_upload=4096))
    files = {"file": ("brief.txt", LETTER, "text/plain")}
    assert client.post("/api/documents", files=files).status_code == 401
    assert client.post("/api/documents", files=files, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.post("/api/documents", files=files, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201, r.text
    up = r.json()
    assert up["new"] is True and len(up["id"]) == 64
    doc = client.get(f"/api/documents/{up['id']}").json()
    assert "pantserwapens" in doc["body"] and doc["source"]["name"] == "upload:brief.txt"
    again = client.post("/api/documents", files=files, headers={"X-Armswatch-Token": "s3cret"}).json()
    assert again["new"] is False and again["id"] == up["id"]
    assert client.get("/api/stats").json()["documents"] == 4


@pytest.mark.parametrize(
    "name,content,status",
    [
        ("big.txt", b"a" * 5000, 413),
        ("tool.exe", b"MZ\x90\x00", 400),
        ("fake.pdf", b"<html>not a pdf</html>", 400),
        ("empty.txt", b"", 400),
        ("binary.txt", b"\x00\x01\x02", 400),
        ("broken.pdf", b"%PDF-1.7\n" + b"\xff" * 200, 400),
        ("broken.docx", b"PK\x03\x04" + b"\x00" * 200, 400),
    ],
)
def test_upload_bounds(stored, name, content, status):
    client = TestClient(create_app(stored[0], token="s3cret", max_upload=4096))
    r = client.post(
        "/api/documents",
        files={"file": (name, content, "application/octet-stream")},
        headers={"Authorization": "Bearer s3cret"},
    )
    assert r.status_code == status, r.text
    assert r.json()["detail"]
    assert client.get("/api/stats").json()["documents"] == 3


def test_upload_needs_a_file(stored):
    client = TestClient(create_app(stored[0], token="s3cret"))
    r = client.post("/api/documents", data={"x": "y"}, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 400 and "file" in r.json()["detail"]


ENDPOINT_PARAMS = {
    "/api/search": [
        "q",
        "type",
        "chamber",
        "year",
        "sender",
        "weapon",
        "actor",
        "from",
        "to",
        "sort",
        "limit",
        "offset",
    ],
    "/": ["q", "type", "year", "sender", "weapon", "actor", "from", "sort", "limit", "offset"],
    "/api/facts": ["kind", "actor", "weapon", "treaty", "state", "document", "from", "to", "limit", "offset", "format"],
    "/facts": ["kind", "actor", "weapon", "treaty", "document", "from", "limit", "offset"],
    "/api/export/facts.json": ["kind", "document", "from"],
    "/api/timeline": ["by", "weapon", "actor", "from", "to"],
    "/timeline": ["by", "actor", "to"],
    "/api/law/party": ["state", "treaty", "on"],
    "/api/law/count": ["group", "treaty", "on"],
    "/api/law/assess": ["actor", "weapon", "on", "context"],
    "/law": ["form", "state", "actor", "on"],
}
HOSTILE_VALUES = [
    "",
    " ",
    '"',
    "\x00",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "-1",
    "9" * 30,
    "2024-02-30",
    "../../etc/passwd",
    "%s%n",
    "x" * 5000,
    "NaN",
    "ÿ\u202e🙂",
]


@pytest.mark.parametrize("path", list(ENDPOINT_PARAMS))
def test_every_parameter_survives_hostile_values(client, path):
    for name in ENDPOINT_PARAMS[path]:
        for value in HOSTILE_VALUES:
            extra = {"form": "assess"} if path == "/law" and name != "form" else {}
            r = client.get(path, params={name: value, **extra})
            assert r.status_code in (200, 400, 503), (path, name, value, r.status_code, r.text[:200])
            if r.status_code != 200 and path.startswith("/api"):
                assert r.json()["detail"]
            assert "<script>alert(1)" not in r.text or r.headers["content-type"].startswith("application/json")


def test_an_unopenable_store_is_a_503_with_the_reason(tmp_path):
    client = TestClient(create_app(str(tmp_path / "no" / "such" / "dir" / "armswatch.db")))
    r = client.get("/api/stats")
    assert r.status_code == 503 and "cannot open" in r.json()["detail"]
    assert client.get("/").status_code == 503


def test_openapi_promises_400_not_422(client):
    spec = client.get("/openapi.json").json()
    responses = [op["responses"] for ops in spec["paths"].values() for op in ops.values()]
    assert not any("422" in r for r in responses)
    assert "400" in spec["paths"]["/api/search"]["get"]["responses"]


def test_requests_share_open_stores_and_a_bad_query_keeps_its_store(stored):
    app = create_app(stored[0])
    with TestClient(app) as c:  # entering runs the app's lifespan: its pool closes at the end
        for q in ("clustermunitie", "traangas", "", "clustermunitie"):
            assert c.get("/api/search", params={"q": q}).status_code == 200
        assert c.get("/api/search", params={"q": "x", "sort": "random"}).status_code == 400
        assert c.get("/").status_code == 200
        assert app.state.stores.opened == 1, "one store served every request, one after the other"
        pooled = app.state.stores._idle[0]
    with pytest.raises(Exception):  # noqa: B017  (sqlite3 and psycopg raise different types)
        pooled.stats()  # closed with the app


def test_search_says_whether_its_total_is_exact(client, monkeypatch):
    import armswatch.store.results as results

    data = client.get("/api/search", params={"q": "clustermunitie"}).json()
    assert data["total_exact"] is True and data["ranking_exact"] is True
    monkeypatch.setattr(results, "FACET_CAP", 0)
    monkeypatch.setattr(results, "RANK_CAP", 0)
    every = client.get("/api/search").json()  # no words: always an exact count
    assert every["total_exact"] is True and every["total"] == 3
    estimated = client.get("/api/search", params={"q": "clustermunitie OR traangas OR Oekraïne"}).json()
    assert estimated["total_exact"] is False and estimated["total"] >= 1
    counted = client.get(
        "/api/search", params={"q": "clustermunitie OR traangas OR Oekraïne", "exact_total": "true"}
    ).json()
    assert counted["total_exact"] is True and counted["total"] >= estimated["total"] - 2
    assert client.get("/api/search", params={"q": "x", "exact_total": "perhaps"}).status_code == 400
    page = client.get("/", params={"q": "clustermunitie OR traangas OR Oekraïne", "lang": "en"}).text
    assert "About " in page and "exact_total=1" in page
    assert "estimated" in client.get("/openapi.json").text
