"""PostgreSQL backend specifics: migrations, concurrent writers, index bounds, and parity with the
SQLite backend (same records, same queries, same answers). The behavioural suite shared by both
backends is tests/test_store*.py; these run only where a server is reachable."""

from __future__ import annotations

import threading

import pytest

from armswatch.errors import StoreError
from armswatch.record import Fact, Question, Record, Structure
from armswatch.store import open_store

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(store_url):
    return store_url


# the conftest's store_url, PostgreSQL case only (it skips with the reason where no server is)
only_pg = pytest.mark.parametrize("store_url", ["postgres"], indirect=True)


LETTERS = [
    (
        "2022-03-03",
        "kamerbrief",
        "K.H. Ollongren",
        "Minister van Defensie",
        "Verboden wapens in Oekraïne",
        "Graag informeer ik u dat het zeer waarschijnlijk is dat de Russische strijdkrachten clustermunitie "
        "hebben gebruikt in de stad Charkiv. Voor thermobarische wapens geldt dat dit geen verboden wapens zijn.",
        [("weapon_use", "clustermunitie", {"actor": "RUS", "weapon": "cluster_munition", "place": "Charkiv"})],
    ),
    (
        "2025-07-04",
        "kamerbrief",
        "R.P. Brekelmans",
        "Minister van Defensie",
        "Chemische wapens",
        "De MIVD en de AIVD concluderen dat Rusland, naast traangas, de chemische stof chloorpicrine in "
        "Oekraïne inzet. Het Verdrag Chemische Wapens verbiedt dit.",
        [("weapon_use", "chloorpicrine", {"actor": "RUS", "weapon": "chloropicrin", "place": None})],
    ),
    (
        "2023-09-19",
        "antwoord_kamervragen",
        "H.G.J. Bruins Slot",
        "Minister van Buitenlandse Zaken",
        "de levering van clustermunitie door de Verenigde Staten aan Oekraïne",
        "Vraag 1 Klopt het dat Nederland het Verdrag inzake Clustermunitie heeft getekend? Antwoord 1 Ja. "
        "Het kabinet levert Pantserhouwitsers en munitie aan Oekraïne, getoetst aan de EU wapenexportcriteria.",
        [
            (
                "aid",
                "Pantserhouwitsers",
                {"donor": "NLD", "recipient": "UKR", "items": ["Pantserhouwitsers"], "status": "decided"},
            )
        ],
    ),
    (
        "2011-05-10",
        "motie",
        None,
        None,
        "Wapenexportbeleid",
        "De Kamer, gehoord de beraadslaging, verzoekt de regering landmijnen en vacuümbommen te "
        "veroordelen, en gaat over tot de orde van de dag.",
        [],
    ),
]


def make_records() -> list[Record]:
    out = []
    for i, (date, typ, name, role, subject, body, facts) in enumerate(LETTERS):
        fs = []
        for kind, word, fields in facts:
            start = body.index(word)
            end = body.index(".", start) + 1
            fs.append(Fact(kind, (start, end), body[start:end], fields))
        qs = [Question(1, "Klopt het?", "Ja.")] if typ == "antwoord_kamervragen" else []
        st = Structure(
            type=typ,
            chamber="TK",
            date=date,
            subject=subject,
            sender={"name": name, "role": role},
            questions=qs,
            redactions=[{"ground": "Bescherming persoonlijke levenssfeer", "woo_article": "5.1.2e"}] if i == 1 else [],
        )
        out.append(
            Record(id=f"{i:064x}", source={"path": f"d{i}.txt", "format": "txt"}, structure=st, body=body, facts=fs)
        )
    return out


@only_pg
def test_migrations_are_recorded_and_not_reapplied(pg_url):
    from armswatch.store.postgres import migrations

    latest = migrations()[-1][0]
    with open_store(pg_url) as s:
        assert s.version == latest
        s.add_many(make_records())
    with open_store(pg_url) as s:  # a second open finds the schema current and the data intact
        assert s.version == latest
        rows = s.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
        assert [v for (v,) in rows] == [v for v, _ in migrations()]
        assert s.stats()["documents"] == len(LETTERS)


@only_pg
def test_the_rank_vector_is_backfilled_on_a_store_made_before_it(pg_url):
    """Migration 3 on a store of version 2: every row gets the short ranking vector, the
    answers (ranked pages and scores included) are those of rows written since."""
    queries = ["clusterbommen", "chemische wapens", '"verboden wapens"', "Oekraïne", "chemisch*"]
    with open_store(pg_url) as s:
        s.add_many(make_records())
        before = [s.search(q) for q in queries]
        # back to version 2, as a store made by an older armswatch
        s.con.execute("ALTER TABLE documents DROP COLUMN rank_tsv")
        s.con.execute("DROP FUNCTION armswatch_rank_vector(tsvector)")
        s.con.execute("DROP TABLE origins, sync_state")  # step 4 (sync) came later still
        s.con.execute("DELETE FROM schema_version WHERE version >= 3")
    with open_store(pg_url) as s:
        assert s.version == 4
        assert s.con.execute("SELECT count(*) FROM documents WHERE rank_tsv IS NULL").fetchone()[0] == 0
        assert [s.search(q) for q in queries] == before
    assert all(r["total"] and r["hits"][0]["score"] > 0 for r in before)  # the short vector still scores


@only_pg
def test_concurrent_openers_and_writers_store_each_document_once(pg_url):
    records = make_records()
    errors: list[BaseException] = []

    def write():
        try:
            with open_store(pg_url) as s:
                s.add_many(records)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(pg_url) as s:
        assert s.stats()["documents"] == len(records)
        assert len(list(s.facts())) == sum(len(r.facts) for r in records)
        vocab = dict(s.con.execute("SELECT term, docs FROM vocab WHERE term = 'oekraine'").fetchall())
        assert vocab == {"oekraine": 3}, "document counts of terms are not inflated by re-adds"


@only_pg
def test_a_batch_with_a_duplicate_inside_counts_it_once(pg_url):
    r = make_records()[0]
    with open_store(pg_url) as s:
        assert s.add_many([r, r]) == 1
        assert s.add_many([r]) == 0


@only_pg
def test_huge_and_repetitive_bodies_fit_the_tsvector_limits(pg_url):
    body = ("Clustermunitie " * 30000) + "einde van de brief vacuümbom"
    r = Record(id="f" * 64, source={"path": "big.txt", "format": "txt"}, structure=Structure(), body=body)
    with open_store(pg_url) as s:
        assert s.add(r)
        assert s.search("clusterbommen")["total"] == 1
        assert s.search("thermobarisch")["total"] == 1  # a concept past the position limit still counts
        # OCR garbage: 150k distinct words would make a tsvector over PostgreSQL's 1 MB limit
        import random

        rng = random.Random(1)
        garbage = " ".join("".join(rng.choice("bcdfghklmnprstvz") for _ in range(9)) for _ in range(150_000))
        r2 = Record(
            id="e" * 64,
            source={"path": "ocr.txt", "format": "txt"},
            structure=Structure(),
            body="Traangas werd ingezet. " + garbage,
        )
        assert s.add(r2)
        assert s.search("traangas")["total"] == 1


def test_unreachable_server_is_a_one_line_store_error():
    with pytest.raises(StoreError) as e:
        open_store("postgresql://postgres@127.0.0.1:1/none?connect_timeout=2")
    assert "\n" not in str(e.value)


QUERIES = [
    "clusterbommen",
    "vacuümbom",
    "thermobarische wapens",
    '"russische strijdkrachten"',
    "clust*",
    "oekraine NOT chloorpicrine",
    "landmijnen OR traangas",
    "munitie",
    "mijnen",
    "(verdrag)",
    "kabinet EN pantserhouwitsers",
    "",
    "chemisch*",
    "wapen",
]
FILTERS = [
    {},
    {"type": "kamerbrief"},
    {"year": 2022},
    {"weapon": "cluster_munition"},
    {"actor": "RUS"},
    {"sender": "defensie"},
    {"date_from": "2020", "date_to": "2024-06"},
    {"sort": "date"},
]


@only_pg
def test_same_answers_as_the_sqlite_backend(pg_url, tmp_path):
    records = make_records()
    with open_store(str(tmp_path / "a.db")) as lite, open_store(pg_url) as pg:
        lite.add_many(records)
        pg.add_many(records)
        for r in records:
            assert pg.get(r.id) == lite.get(r.id)
        assert pg.stats() == lite.stats()
        for kw in (
            {},
            {"kind": "weapon_use"},
            {"actor": "UKR"},
            {"weapon": "chloropicrin"},
            {"date_from": "2023"},
            {"limit": 1, "offset": 1},
            {"document": "0" * 10},
        ):
            assert list(pg.facts(**kw)) == list(lite.facts(**kw)), kw
        for query in QUERIES:
            for f in FILTERS:
                a, b = lite.search(query, **f), pg.search(query, **f)
                assert (b["total"], b["facets"]) == (a["total"], a["facets"]), (query, f)
                got = [h["id"] for h in b["hits"]]
                want = [h["id"] for h in a["hits"]]
                assert sorted(got) == sorted(want), (query, f)
                if f.get("sort") == "date" or not query:
                    assert got == want, (query, f)
                assert [h["snippet"] for h in sorted(b["hits"], key=lambda h: h["id"])] == [
                    h["snippet"] for h in sorted(a["hits"], key=lambda h: h["id"])
                ]


@only_pg
@pytest.mark.parametrize(
    "query",
    [
        '"',
        "NEAR(",
        "*",
        "AND OR",
        ")))",
        "a" * 10000,
        "x\x00y",
        "'; DROP TABLE documents; --",
        "\\'",
        "':* | !",
        "<->",
        "&&",
        "clusterbom:*",
        "ab*",
    ],
)
def test_hostile_queries_give_results_or_a_usage_error(pg_url, query):
    from armswatch.errors import UsageError

    with open_store(pg_url) as s:
        s.add_many(make_records())
        try:
            out = s.search(query)
        except UsageError as e:
            assert "\n" not in str(e)
        else:
            assert out["total"] >= 0
        assert s.stats()["documents"] == len(LETTERS)


KILLABLE_INGEST = """
import sys
from armswatch.ingest import ingest
from armswatch.store import open_store
with open_store(sys.argv[1]) as store:
    ingest([sys.argv[2]], store, workers=1, batch_size=10)
"""


@only_pg
def test_a_killed_ingest_resumes_without_duplicates_or_loss(pg_url, tmp_path):
    """A real SIGKILL in the middle of an ingest: whole batches only, and a rerun completes it."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from armswatch.ingest import ingest

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import generate

    folder = tmp_path / "corpus"
    generate.write_corpus(folder, 120, seed=5)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE_INGEST, pg_url, str(folder)], env=env)
    with open_store(pg_url) as s:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if s.stats()["documents"] >= 20:
                break
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stored = s.stats()["documents"]
        assert stored % 10 == 0 or stored == 120, "only whole batches are stored"
        res = ingest([folder], s, workers=1, batch_size=10)
        assert res.failed == [] and res.added == 120 - stored and res.unchanged == stored
        assert s.stats()["documents"] == 120
        assert s.con.execute("SELECT count(*) FROM sources").fetchone()[0] == 120
        (real,) = s.con.execute("SELECT count(*) FROM documents WHERE tsv @@ 'kabinet'::tsquery").fetchone()
        (counted,) = s.con.execute("SELECT docs FROM vocab WHERE term = 'kabinet'").fetchone()
        assert counted == real, "term document counts survive the kill"


@only_pg
@pytest.mark.parametrize("filters", [{}, {"sort": "date"}, {"exact_total": True}])
def test_searches_with_words_never_read_a_tsvector_row_by_row(pg_url, monkeypatch, filters):
    """Every statement of a search with words finds its matches through a GIN bitmap: no
    sequential scan and no plain index scan that tests "tsv @@" on each row it passes, reading
    the row's whole tsvector out of line (the plans are the server's own, via auto_explain).
    (On a store this small a filter's bitmap or the walk's seq-range probe may test its one or
    two rows instead of ANDing the bitmaps; at 100k documents they are ANDed, see
    docs/performance.md.)"""
    from store_samples import samples

    import armswatch.store.results as results

    monkeypatch.setattr(results, "FACET_CAP", 1)
    monkeypatch.setattr(results, "RANK_CAP", 1)  # every step: facets, walk, estimate, capped page
    plans: list[str] = []
    with open_store(pg_url) as s:
        s.add_many(samples())
        s.con.add_notice_handler(lambda d: plans.append(d.message_primary or ""))
        s.con.execute("LOAD 'auto_explain'")
        s.con.execute("SET auto_explain.log_min_duration = 0")
        s.con.execute("SET client_min_messages = log")
        res = s.search("Oekraïne OR clusterbommen", **filters)
    assert res["total"] and len(plans) >= 3
    steps = "\n".join(plans)
    assert "Bitmap Index Scan on documents_tsv_gin" in steps
    assert "Seq Scan on documents" not in steps
    scans = [line.strip() for line in steps.splitlines() if " Index Scan using " in line and " on documents" in line]
    assert all("Bitmap" in s or "Index Only" in s or "documents_date" in s for s in scans), scans
    if filters.get("sort") != "date":  # capped date order walks the date index on purpose
        assert not any("documents_date" in s for s in scans)
