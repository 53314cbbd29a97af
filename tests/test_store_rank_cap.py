"""Bounded ranking: a query matching more than RANK_CAP documents ranks only the most
recently stored matches and says so (ranking_exact: false); below the cap nothing changes.
Runs against both backends through the `store` fixture."""

from __future__ import annotations

import pytest
from store_samples import record

import armswatch.store.results as results

# the word occurs 1..8 times, so relevance orders the letters differently from storage order
# and from date order; dates are distinct so date order has no ties
LETTERS = [
    record(
        f"Brief {i} over de levering van wapens aan Oekraïne. " + "Clustermunitie. " * (1 + (i * 5) % 8),
        path=f"b{i}.txt",
        type="kamerbrief",
        chamber="TK",
        date=f"2023-{1 + (i * 7) % 12:02d}-{10 + i:02d}",
        subject=f"Brief {i}",
    )
    for i in range(10)
]


# documents that match none of the queries, so the matching words carry weight in the ranking
OTHERS = [
    record(
        f"Nota {i} over de begroting van het ministerie.",
        path=f"n{i}.txt",
        type="nota",
        date=f"2022-01-{1 + i % 28:02d}",
    )
    for i in range(30)
]


@pytest.fixture
def letters(store):
    store.add_many(OTHERS)
    for rec in LETTERS:  # one at a time: storage order is list order
        store.add(rec)
    return store


def ids(res):
    return [h["id"] for h in res["hits"]]


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("query", ["clusterbommen", "levering Oekraïne", "clustermunitie OR traangas"])
def test_under_the_cap_results_are_unchanged(letters, monkeypatch, query, sort):
    full = letters.search(query, sort=sort, limit=20)
    assert full["total"] == 10 and full["ranking_exact"] is True
    monkeypatch.setattr(results, "RANK_CAP", 10)  # exactly as many as match: still every match ranked
    assert letters.search(query, sort=sort, limit=20) == full


def test_over_the_cap_relevance_ranks_only_the_newest_matches(letters, monkeypatch):
    full = letters.search("clusterbommen", limit=20)
    monkeypatch.setattr(results, "RANK_CAP", 4)
    capped = letters.search("clusterbommen", limit=20)
    assert capped["ranking_exact"] is False and full["ranking_exact"] is True
    assert capped["total"] == 10  # the count stays exact
    newest = {r.id for r in LETTERS[-4:]}
    assert set(ids(capped)) == newest
    # within the candidates, the same order as the full ranking
    assert ids(capped) == [i for i in ids(full) if i in newest]
    scores = [h["score"] for h in capped["hits"]]
    assert scores == sorted(scores, reverse=True)
    assert all(h["snippet"] for h in capped["hits"])
    page = letters.search("clusterbommen", limit=2, offset=2)
    assert ids(page) == ids(capped)[2:4]


def test_over_the_cap_with_a_filter(letters, monkeypatch):
    monkeypatch.setattr(results, "RANK_CAP", 3)
    res = letters.search("clusterbommen", type="kamerbrief", limit=20)
    assert res["ranking_exact"] is False and res["total"] == 10
    assert set(ids(res)) == {r.id for r in LETTERS[-3:]}
    assert letters.search("clusterbommen", type="nota")["total"] == 0


def test_over_the_cap_date_order_still_covers_every_match(letters, monkeypatch):
    full = letters.search("clusterbommen", sort="date", limit=20)
    monkeypatch.setattr(results, "RANK_CAP", 2)
    capped = letters.search("clusterbommen", sort="date", limit=20)
    assert capped["ranking_exact"] is False and capped["total"] == 10
    assert ids(capped) == ids(full)  # distinct dates: newest first over all matches, no ranking needed
    assert [h["score"] for h in capped["hits"]] == [h["score"] for h in full["hits"]]
    assert len({h["score"] for h in full["hits"]}) > 1  # the scores are real, not all zero
    assert ids(letters.search("clusterbommen", sort="date", limit=3, offset=3)) == ids(full)[3:6]


@pytest.mark.parametrize("dense", [0.0, 1.01])
def test_date_order_over_the_cap_is_the_same_walked_either_way(letters, monkeypatch, dense):
    """Date order over many matches checks documents one by one along the date index when the
    matches are dense, else against the set of all matches (SQLite); the hits are the same."""
    import armswatch.store.sqlite as backend

    full = letters.search("clusterbommen", sort="date", limit=20)
    monkeypatch.setattr(results, "RANK_CAP", 2)
    monkeypatch.setattr(backend, "DENSE", dense)
    capped = letters.search("clusterbommen", sort="date", limit=20)
    assert ids(capped) == ids(full) and capped["ranking_exact"] is False
    assert ids(letters.search("clusterbommen", sort="date", type="kamerbrief", limit=4, offset=2)) == ids(full)[2:6]


def _letters(n: int) -> list:
    # every second letter mentions cluster munitions: half of the store matches
    # and every fiftieth also tear gas (8 letters)
    return [
        record(
            f"Brief {i} over de levering van voertuigen."
            + (" Clustermunitie in Charkiv." if i % 2 else "")
            + (" Traangas." if i % 50 == 1 else ""),
            path=f"l{i}.txt",
            type="kamerbrief",
            date=f"2023-01-{1 + i % 28:02d}",
            subject=f"Brief {i}",
        )
        for i in range(n)
    ]


def test_over_the_rank_cap_the_total_is_estimated_unless_an_exact_count_is_asked(store, monkeypatch):
    monkeypatch.setattr(results, "FACET_CAP", 5)
    monkeypatch.setattr(results, "RANK_CAP", 10)
    letters = _letters(400)
    store.add_many(letters[:370])
    for rec in letters[370:]:  # the known letter is refused, but on PostgreSQL it takes a seq: gaps
        store.add_many([letters[0], rec])
    res = store.search("clusterbommen")
    assert res["total_exact"] is False and res["ranking_exact"] is False
    assert 150 <= res["total"] <= 250  # 200 match: the newest 11 matches lie among the newest ~22 letters
    exact = store.search("clusterbommen", exact_total=True)
    assert exact["total"] == 200 and exact["total_exact"] is True and exact["ranking_exact"] is False
    assert [h["id"] for h in exact["hits"]] == [h["id"] for h in res["hits"]]  # same ranking either way
    # more than FACET_CAP but under RANK_CAP: the walk counts them all, exactly, without asking
    few = store.search("clusterbommen traangas")
    assert few["total_exact"] is True and few["ranking_exact"] is True and few["total"] == 8
    assert few["facets_exact"] is False
    assert store.search("", exact_total="true")["total"] == 400
