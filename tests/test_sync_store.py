"""The store's sync tables on both backends: a document is written with its origin and the
cursor past it in one transaction; the cursor only moves forward; unreadable items are known."""

from __future__ import annotations

from store_samples import samples

from armswatch.store.origins import Origin
from armswatch.store.rows import prepare


def synced(record, item: str, cursor: str, query: str = "") -> object:
    p = prepare(record)
    p.origin = Origin("tweedekamer", item, f"https://example.invalid/{item}", "2026-01-02T03:04:05Z", query, cursor)
    return p


def test_a_document_is_stored_with_its_origin_and_moves_the_cursor(store):
    first, second = samples()[:2]
    assert store.sync_cursor("tweedekamer", "") is None
    assert store.add_prepared([synced(first, "a", "2026-01-02T00:00:00.000000Z")]) == 1
    assert store.known_origin("tweedekamer", "a") and not store.known_origin("tweedekamer", "b")
    assert not store.known_origin("woo", "a")  # an item id belongs to its source
    assert store.origins(first.id) == [
        {
            "source": "tweedekamer",
            "item": "a",
            "url": "https://example.invalid/a",
            "retrieved_at": "2026-01-02T03:04:05Z",
        }
    ]
    assert store.sync_cursor("tweedekamer", "") == "2026-01-02T00:00:00.000000Z"
    # an older position (a --since run over old ground) never moves the cursor back
    store.add_prepared([synced(second, "b", "2025-06-01T00:00:00.000000Z")])
    assert store.sync_cursor("tweedekamer", "") == "2026-01-02T00:00:00.000000Z"
    assert store.origins(second.id)[0]["item"] == "b"


def test_the_same_text_from_a_second_item_is_one_document_with_two_origins(store):
    record = samples()[0]
    assert store.add_prepared([synced(record, "a", "2026-01-01")]) == 1
    assert store.add_prepared([synced(record, "b", "2026-01-02")]) == 0
    assert [o["item"] for o in store.origins(record.id)] == ["a", "b"]
    assert store.stats()["documents"] == 1


def test_cursors_are_kept_per_source_and_query(store):
    store.add_prepared([synced(samples()[0], "a", "2026-01-05", query="Soort eq 'Motie'")])
    assert store.sync_cursor("tweedekamer", "Soort eq 'Motie'") == "2026-01-05"
    assert store.sync_cursor("tweedekamer", "") is None
    store.advance_cursor("woo", "", "2026-02-01")
    store.advance_cursor("woo", "", "2026-01-01")
    assert store.sync_cursor("woo", "") == "2026-02-01"


def test_an_unreadable_item_is_known_and_counted_without_a_document(store):
    origin = Origin("woo", "x", "https://example.invalid/x", "2026-01-02T00:00:00Z", "", "2026-01-02", "no text layer")
    store.record_unreadable(origin)
    assert store.known_origin("woo", "x")
    assert store.stats()["documents"] == 0
    assert store.sync_cursor("woo", "") == "2026-01-02"


def test_runs_are_recorded_per_source(store):
    store.add_prepared([synced(samples()[0], "a", "2026-01-05")])
    store.finish_sync("tweedekamer", "", "2026-01-06T00:00:00Z", "ok", 1, 0)
    store.finish_sync("tweedekamer", "", "2026-01-07T00:00:00Z", "boom: HTTP 500", 0, 2)
    [state] = store.sync_states()
    assert state == {
        "source": "tweedekamer",
        "query": "",
        "cursor": "2026-01-05",
        "last_run": "2026-01-07T00:00:00Z",
        "last_status": "boom: HTTP 500",
        "runs": 2,
        "added": 1,
        "failed": 2,
        "stored_from_source": {"documents": 1, "unreadable": 0, "last_retrieved_at": "2026-01-02T03:04:05Z"},
    }
