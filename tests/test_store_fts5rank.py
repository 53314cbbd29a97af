"""aw_bm25 (armswatch/store/_fts5rank.c): FTS5's bm25 at a bounded cost. Where no phrase matches
more rows than the sample it counts, its scores are bm25's; beyond, only the phrase's document
frequency is estimated. The SQLite store uses it whenever the module is built."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from store_samples import record, samples

from armswatch.store import sqlite as backend
from armswatch.store.sqlite import SQLiteStore

try:
    from armswatch.store import _fts5rank
except ImportError:  # built by `pip install` wherever a C compiler and SQLite's headers are
    _fts5rank = None

pytestmark = pytest.mark.skipif(
    _fts5rank is None and shutil.which("cc") is None,
    reason="no C compiler here, so the ranking module could not be built",
)
QUERIES = [
    "clustermunitie",
    "clusterbommen Charkiv",
    '"Budget Internationale Veiligheid"',
    "traangas OR chloorpicrine",
    "Oekraïne NOT munitie",
    "Oekraïne",
    "defensie*",
]


def test_the_module_is_built_and_the_store_uses_it(tmp_path):
    assert _fts5rank is not None, "pip install should have built armswatch.store._fts5rank"
    assert SQLiteStore(str(tmp_path / "a.db")).rank == backend.AW_BM25


def _letters():
    words = [
        "Clustermunitie in Charkiv.",
        "Traangas bij Cherson.",
        "Levering van munitie.",
        "Het Budget Internationale Veiligheid betaalt.",
        "Chloorpicrine.",
        "Oekraïne vraagt steun.",
    ]
    return [
        record(
            " ".join(words[(i + k) % len(words)] for k in range(1 + i % 5)) + f" Brief {i}.",
            path=f"b{i}.txt",
            date=f"2023-02-{1 + i % 28:02d}",
            subject=f"Brief {i}",
        )
        for i in range(60)
    ]


@pytest.fixture
def two_stores(tmp_path):
    """The same documents, ranked by aw_bm25 in one store and by FTS5's bm25 in the other."""
    ours, theirs = SQLiteStore(str(tmp_path / "a.db")), SQLiteStore(str(tmp_path / "b.db"))
    theirs.rank = backend.BM25
    for s in (ours, theirs):
        s.add_many(samples() + _letters())
    return ours, theirs


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_scores_are_bm25s_when_every_phrase_is_counted(two_stores, query, sort):
    ours, theirs = two_stores
    a, b = ours.search(query, sort=sort, limit=50), theirs.search(query, sort=sort, limit=50)
    assert a["total"] > 0
    assert [h["id"] for h in a["hits"]] == [h["id"] for h in b["hits"]]
    assert [h["score"] for h in a["hits"]] == pytest.approx([h["score"] for h in b["hits"]], abs=1e-4)


built = pytest.mark.skipif(_fts5rank is None, reason="not built: test_the_module_is_built_... says why")


@built
def test_beyond_the_sample_the_frequency_is_estimated_and_the_order_kept(two_stores):
    ours, theirs = two_stores
    previous = _fts5rank.set_sample(3)  # "clustermunitie" matches far more than 3 letters
    try:
        a = ours.search("clustermunitie", limit=50)
    finally:
        _fts5rank.set_sample(previous)
    b = theirs.search("clustermunitie", limit=50)
    # one phrase group: its frequency scales every score alike, so the order is bm25's
    assert [h["id"] for h in a["hits"]] == [h["id"] for h in b["hits"]]
    assert all(x["score"] > 0 for x in a["hits"])


@built
def test_register_takes_only_an_open_connection():
    with pytest.raises(TypeError):
        _fts5rank.register("not a connection")
    con = sqlite3.connect(":memory:")
    assert _fts5rank.register(con) is True
    con.execute("CREATE VIRTUAL TABLE t USING fts5(a)")
    con.execute("INSERT INTO t VALUES ('een twee twee drie')")
    assert con.execute("SELECT aw_bm25(t) FROM t WHERE t MATCH 'twee'").fetchone()[0] < 0
    con.close()
    with pytest.raises(Exception):  # noqa: B017  (any refusal will do)
        _fts5rank.register(con)
    with pytest.raises(ValueError):
        _fts5rank.set_sample(0)
