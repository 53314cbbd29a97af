"""Origins and sync state in the JSON API and on the pages, over a store filled by a real sync."""

from __future__ import annotations

import html

import pytest
from fastapi.testclient import TestClient
from store_samples import samples
from sync_support import FakeServer, TweedeKamer, day

from armswatch.store import open_store
from armswatch.store.origins import Origin
from armswatch.store.rows import prepare
from armswatch.sync import sync
from armswatch.sync.http import Client
from armswatch.web import create_app


@pytest.fixture
def synced(store_url):
    server = FakeServer(TweedeKamer())
    try:
        with open_store(store_url) as store:
            sync("tweedekamer", store, since=day(-3), base_url=server.base, client=Client(delay=0))
            ids = [h["id"] for h in store.search("", limit=10)["hits"]]
        yield store_url, server, ids
    finally:
        server.close()


def test_api_sync_gives_the_state_of_every_source(synced):
    store_url, _, _ = synced
    body = TestClient(create_app(store_url)).get("/api/sync").json()
    by_source = {s["source"]: s for s in body["sources"]}
    assert sorted(by_source) == ["officielebekendmakingen", "tweedekamer", "woo"]
    assert by_source["woo"]["syncs"] == [] and "Defensie" in by_source["woo"]["default_query"]
    [run] = by_source["tweedekamer"]["syncs"]
    assert run["query"] == "" and run["cursor"] >= day(-1) and run["last_status"] == "ok"
    assert (run["runs"], run["added"], run["failed"]) == (1, 3, 0)
    assert run["stored_from_source"]["documents"] == 3


def test_a_documents_json_and_page_show_where_it_came_from(synced):
    store_url, server, ids = synced
    client = TestClient(create_app(store_url))
    doc = client.get(f"/api/documents/{ids[0]}").json()
    [origin] = doc["origins"]
    assert origin["source"] == "tweedekamer" and origin["url"].startswith(server.base + "/Document(")
    assert origin["retrieved_at"] == doc["source"]["retrieved_at"]
    page = client.get(f"/documents/{ids[0]}?lang=en").text
    assert "Synced from" in page and f'href="{html.escape(origin["url"])}"' in page
    assert origin["retrieved_at"] in page
    assert "tweedekamer" in client.get("/sync").text


def test_a_file_ingested_by_hand_has_no_origins(store_url):
    with open_store(store_url) as store:
        record = samples()[0]
        store.add(record)
    client = TestClient(create_app(store_url))
    assert client.get(f"/api/documents/{record.id}").json()["origins"] == []
    assert "Synced from" not in client.get(f"/documents/{record.id}?lang=en").text
    assert "never synced" in client.get("/sync").text


def test_an_origin_url_that_is_no_web_address_is_not_a_link(tmp_path):
    url = "javascript:alert('x')"
    db = str(tmp_path / "a.db")
    with open_store(db) as store:
        p = prepare(samples()[0])
        p.origin = Origin("woo", "x", url, "2026-01-01T00:00:00Z", "", "2026-01-01")
        store.add_prepared([p])
    page = TestClient(create_app(db)).get(f"/documents/{p.id}").text
    assert "javascript:alert(&#39;x&#39;)" in page and 'href="javascript' not in page
