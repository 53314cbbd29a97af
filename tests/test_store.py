"""The store's behaviour, the same for every backend (the `store` fixture runs each test
against SQLite and, where it is available, PostgreSQL)."""

from __future__ import annotations

import pytest
from store_samples import BRIEF, samples

from armswatch.errors import UsageError


@pytest.fixture
def filled(store):
    store.add_many(samples())
    return store


def ids_of(res):
    return [h["id"] for h in res["hits"]]


def subjects(res):
    return {h["subject"] for h in res["hits"]}


def test_add_has_get_round_trip(store):
    rec = samples()[0]
    assert not store.has(rec.id)
    assert store.add(rec) is True
    assert store.has(rec.id)
    assert store.get(rec.id) == rec.to_dict()
    assert store.get("0" * 64) is None


def test_re_adding_same_content_is_one_document(store):
    rec = samples()[0]
    assert store.add(rec) is True
    assert store.add(rec) is False
    assert store.add_many(samples()) == 4
    assert store.stats()["documents"] == 5


def test_stats(filled):
    s = filled.stats()
    assert s == {
        "documents": 5,
        "facts": {"aid": 1, "figure": 1, "treaty_status": 1, "weapon_use": 2},
        "by_type": {"antwoord_kamervragen": 1, "kamerbrief": 2, "motie": 1, "nota": 1},
        "first_date": "2021-05-01",
        "last_date": "2024-01-10",
    }


def test_search_finds_synonym_clusterbommen_for_clustermunitie(filled):
    res = filled.search("clusterbommen")
    assert "Inzet van clustermunitie" in subjects(res)
    hit = next(h for h in res["hits"] if h["subject"] == "Inzet van clustermunitie")
    marked = [hit["snippet"][s:e].lower() for s, e in hit["highlights"]]
    assert "clustermunitie" in marked


def test_search_vacuumbom_finds_thermobaric(filled):
    res = filled.search("vacuümbom")
    assert subjects(res) == {"het gebruik van vacuümbommen"}
    assert filled.search("thermobarisch")["total"] == 1


def test_search_stems_and_folds_accents(filled):
    assert "Inzet van clustermunitie" in subjects(filled.search("Oekraine"))
    assert subjects(filled.search("aanval")) == {"Inzet van clustermunitie"}  # "aanvallen" in the body
    assert filled.search("ordeverstoring")["total"] == 1


def test_search_compound_part(filled):
    # "landmijnen" in the Senate letter is found by its head "mijnen"
    assert subjects(filled.search("mijnen")) == {None}


def test_phrase_and_boolean_operators(filled):
    assert subjects(filled.search('"clustermunitie heeft ingezet"')) == {"Inzet van clustermunitie"}
    assert filled.search('"ingezet heeft clustermunitie"')["total"] == 0
    both = filled.search("traangas OR thermobarische")
    assert subjects(both) == {"Traangas", "het gebruik van vacuümbommen"}
    assert subjects(filled.search("Oekraïne NOT Rusland")) == {"Steun aan Oekraïne"}
    assert subjects(filled.search("(traangas OR steun) AND Oekraïne")) == {"Steun aan Oekraïne"}
    assert subjects(filled.search("luchtverdediging*")) == {"Steun aan Oekraïne"}


def test_ocr_slip_is_tolerated(filled):
    # the nota has the scanned "clustermunltie"; a search for the right spelling finds it
    assert "Traangas" in subjects(filled.search("clustermunitie"))


HOSTILE = [
    '"',
    "NEAR(",
    "*",
    "AND OR",
    ")))",
    "(((",
    "a" * 10_000,
    "x\x00y",
    "'; DROP TABLE documents; --",
    '" OR 1=1 --',
    "terms:foo",
    "{terms}: x",
    "^foo",
    "NOT",
    "-",
    "OR OR OR a",
    "clus* *",
    '"""""',
    "ç̀̀̀̀",
    "\ud800",
    "a" * 200,
    " ".join(["wapen"] * 100),
    "NOT Rusland",
    "a OR NOT b",
    "(" * 999,
    "(" * 300 + "a" + ")" * 300,
    "NOT " * 240 + "a",
    "a " + "-" * 900,
]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_give_results_or_usage_error(filled, q):
    try:
        res = filled.search(q)
    except UsageError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert isinstance(res["total"], int) and isinstance(res["hits"], list)
    assert filled.stats()["documents"] == 5


def test_empty_query_lists_all_newest_first_with_facets(filled):
    res = filled.search("")
    assert res["total"] == 5
    dates = [h["date"] for h in res["hits"]]
    assert dates == ["2024-01-10", "2023-03-03", "2022-07-15", "2021-05-01", None]
    f = res["facets"]
    assert f["type"] == {"kamerbrief": 2, "antwoord_kamervragen": 1, "motie": 1, "nota": 1}
    assert f["chamber"] == {"TK": 3, "EK": 1}
    assert f["year"]["2023"] == 1
    # weapons the texts name; the nota's OCR-garbled "clustermunltie" does not count
    assert f["weapon"] == {"cluster_munition": 1, "thermobaric": 1, "riot_control_agent": 1, "anti_personnel_mine": 1}
    assert f["actor"] == {"RUS": 2, "NLD": 2, "UKR": 1}
    assert f["sender"]["K.H. Ollongren"] == 1


def test_filters(filled):
    assert subjects(filled.search("", type="motie")) == {"Steun aan Oekraïne"}
    assert subjects(filled.search("", chamber="EK")) == {None}
    assert subjects(filled.search("", year=2022)) == {"het gebruik van vacuümbommen"}
    assert subjects(filled.search("", date_from="2022-08-01", date_to="2023-12-31")) == {"Inzet van clustermunitie"}
    assert subjects(filled.search("Rusland", date_to="2022")) == {"het gebruik van vacuümbommen"}
    assert subjects(filled.search("", sender="defensie")) == {"Inzet van clustermunitie"}
    assert subjects(filled.search("", sender="100%_")) == set()
    assert subjects(filled.search("", sender="K.H. Ollongren")) == {"Inzet van clustermunitie"}
    assert subjects(filled.search("Rusland", sender="minister van")) == {
        "Inzet van clustermunitie",
        "het gebruik van vacuümbommen",
    }
    assert subjects(filled.search("", weapon="thermobaric")) == {"het gebruik van vacuümbommen"}
    assert subjects(filled.search("", actor="UKR")) == {"Steun aan Oekraïne"}


def test_sort_by_date_and_paging(filled):
    res = filled.search("Rusland OR Oekraïne", sort="date")
    dates = [h["date"] for h in res["hits"]]
    assert dates == sorted(dates, reverse=True)
    first = filled.search("", limit=2)
    second = filled.search("", limit=2, offset=2)
    assert len(first["hits"]) == 2 and first["total"] == 5
    assert not set(ids_of(first)) & set(ids_of(second))


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "brief"},
        {"date_from": "3 maart"},
        {"limit": 0},
        {"limit": 10**6},
        {"sort": "random"},
        {"weapon": "sword"},
        {"actor": "Russia"},
        {"colour": "red"},
        {"sender": "!!!"},
        {"sender": "x" * 201},
    ],
)
def test_bad_filters_are_usage_errors(filled, bad):
    with pytest.raises(UsageError):
        filled.search("wapen", **bad)


def test_snippet_centres_on_the_match(store):
    body = "Inleiding. " * 200 + BRIEF
    store.add(samples()[0].__class__(**{**samples()[0].__dict__, "body": body, "id": "f" * 64, "facts": []}))
    hit = store.search("Charkiv")["hits"][0]
    assert "Charkiv" in hit["snippet"] and hit["snippet"].startswith("… ")
    s, e = hit["highlights"][0]
    assert hit["snippet"][s:e] == "Charkiv"


def test_facts_filters_and_provenance(filled):
    every = list(filled.facts())
    assert len(every) == 5
    uses = list(filled.facts(kind="weapon_use"))
    assert {f["weapon"] for f in uses} == {"cluster_munition", "thermobaric"}
    f = list(filled.facts(weapon="cluster_munition", kind="weapon_use"))[0]
    assert f["actor"] == "RUS" and f["document_date"] == "2023-03-03" and f["document_type"] == "kamerbrief"
    doc = filled.get(f["document_id"])
    assert doc["body"][f["span"][0] : f["span"][1]] == f["quote"]
    assert [x["kind"] for x in filled.facts(actor="UKR")] == ["aid"]
    assert [x["state"] for x in filled.facts(treaty="CCM")] == ["NLD"]
    assert {x["kind"] for x in filled.facts(document=f["document_id"][:12])} == {
        "weapon_use",
        "figure",
        "treaty_status",
    }
    assert [x["document_date"] for x in filled.facts(kind="weapon_use", date_from="2023-01-01")] == ["2023-03-03"]
    assert len(list(filled.facts(limit=2))) == 2
    with pytest.raises(UsageError):
        list(filled.facts(kind="rumour"))


def test_two_word_weapon_name_finds_its_synonyms(store):
    body = "Het OPCW stelde vast dat sarin is gebruikt bij de aanval."
    from store_samples import record

    store.add(record(body, type="kamerbrief", subject="Sarin"))
    assert subjects(store.search("chemische wapens")) == {"Sarin"}


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_the_year_filter_takes_the_whole_year_and_nothing_else(store, sort):
    from store_samples import record

    dated = {"2014-12-31": "a", "2015-01-01": "b", "2015-12-31": "c", "2016-01-01": "d", "2015": "e", None: "f"}
    for date, name in dated.items():
        store.add(record(f"Brief {name} over clustermunitie.", path=f"{name}.txt", date=date, type="kamerbrief"))
    for query in ("", "clustermunitie"):
        res = store.search(query, year=2015, sort=sort)
        assert sorted(h["date"] for h in res["hits"]) == ["2015", "2015-01-01", "2015-12-31"]
        assert res["total"] == 3 and res["facets"]["year"] == {"2015": 3}
