"""What only the SQLite backend has: the file, its schema version, WAL, threads."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest
from store_samples import samples

import armswatch.store.results as results
from armswatch.errors import StoreError
from armswatch.store import open_store
from armswatch.store.sqlite import SCHEMA_VERSION, SQLiteStore


def test_new_store_has_schema_version_and_wal(tmp_path):
    path = tmp_path / "a.db"
    with open_store(str(path)):
        pass
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_data_and_sqlite_url_form(tmp_path):
    path = tmp_path / "a.db"
    with open_store(str(path)) as s:
        s.add_many(samples())
    with open_store(f"sqlite:///{path}") as s:
        assert s.stats()["documents"] == 5


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "a.db"
    with open_store(str(path)):
        pass
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(str(path))


def test_unusable_paths_are_store_errors(tmp_path):
    with pytest.raises(StoreError):
        SQLiteStore(str(tmp_path))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(StoreError):
        SQLiteStore(str(junk))


def test_reader_sees_writer_commits_and_threads_share_a_store(tmp_path):
    path = str(tmp_path / "a.db")
    writer, reader = SQLiteStore(path), SQLiteStore(path)
    recs = samples()
    writer.add(recs[0])
    assert reader.has(recs[0].id)
    writer.add_many(recs[1:])
    with ThreadPoolExecutor(4) as pool:
        totals = list(pool.map(lambda q: reader.search(q)["total"], ["clusterbommen", "Oekraïne", "traangas"] * 10))
    assert totals == [1, 2, 1] * 10
    writer.close()
    reader.close()


def test_failed_batch_writes_nothing(tmp_path):
    from armswatch.store.rows import prepare

    store = SQLiteStore(str(tmp_path / "a.db"))
    good, bad = prepare(samples()[0]), prepare(samples()[1])
    bad.doc["type"] = None  # NOT NULL: the second insert fails inside the transaction
    with pytest.raises(StoreError):
        store.add_prepared([good, bad])
    assert store.stats()["documents"] == 0
    assert store.add_prepared([good]) == 1


@pytest.mark.parametrize(
    "query, filters, total",
    [
        ("", {}, 5),
        ("", {"chamber": "TK"}, 3),
        ("Oekraïne OR Rusland OR traangas", {}, 4),
        ("Oekraïne OR Rusland OR traangas", {"chamber": "TK"}, 3),
    ],
)
def test_capped_facets_still_give_the_exact_total(tmp_path, monkeypatch, query, filters, total):
    monkeypatch.setattr(results, "FACET_CAP", 2)
    store = SQLiteStore(str(tmp_path / "a.db"))
    store.add_many(samples())
    res = store.search(query, **filters)
    assert res["total"] == total and res["facets_exact"] is False
    assert sum(res["facets"]["type"].values()) == 3  # counted over the first FACET_CAP + 1


def test_estimated_totals_are_rounded_and_never_below_what_was_found():
    assert results.estimated_total(10_001, 29_070, 1_000_000) == 340_000
    assert results.estimated_total(11, 22, 400) == 200
    assert results.estimated_total(11, 11, 11) == 11
    assert results.estimated_total(11, 12, 12) == 11  # the span is the whole store: nothing to scale
    assert results.estimated_total(7, 10, 1_000) == 700


def test_ocr_variants_follow_new_documents_from_any_connection(tmp_path):
    path = str(tmp_path / "a.db")
    reader, writer = SQLiteStore(path), SQLiteStore(path)
    letter, _, nota, *_ = samples()
    reader.add(letter)
    assert reader.search("clustermunitie")["total"] == 1  # variants looked up and cached: none
    writer.add(nota)  # brings "clustermunltie"
    assert reader.search("clustermunitie")["total"] == 2


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"type": "kamerbrief"},
        {"weapon": "cluster_munition", "year": 2023},
        {"actor": "RUS", "date_from": "2020"},
        {"sender": "defensie", "sort": "date"},
    ],
)
def test_searches_with_words_never_scan_a_table(tmp_path, filters):
    """The full-text match drives every search with words; documents and facet tables are
    only probed by key (a scan would grow with the store, not with the result)."""
    from armswatch.search import query as q
    from armswatch.store.filters import SearchFilters
    from armswatch.store.sqlite import _Plan, facet_sql

    store = SQLiteStore(str(tmp_path / "a.db"))
    store.add_many(samples())
    plan = _Plan(q.compile_query(q.parse("clusterbommen Rusland")), SearchFilters.parse(filters))
    exact_page, capped_page, dense_page = plan.page(None), plan.page(1), plan.page(1, dense=True)
    for sql, params in (
        (exact_page[0], [*exact_page[1], 20, 0]),
        (capped_page[0], [*capped_page[1], 20, 0]),
        (dense_page[0], [*dense_page[1], 20, 0]),
        (facet_sql(plan.base, newest=True), plan.params),
        (f"SELECT count(*) {plan.base}", plan.params),
        (f"SELECT f.rowid {plan.base} ORDER BY f.rowid DESC LIMIT 1 OFFSET 5", plan.params),
    ):
        steps = [row[3] for row in store.con.execute("EXPLAIN QUERY PLAN " + sql, params)]
        # the capped date order walks the date index newest first and stops after one page
        scans = [
            s
            for s in steps
            if s.startswith("SCAN")
            and "VIRTUAL TABLE" not in s
            and not s.startswith("SCAN m")
            and "SCAN x" not in s
            and "USING INDEX documents_date" not in s
        ]
        assert scans == [], steps
