"""The facts table's own filters (words in the quote, place by any name, certainty, claimed_by,
status, year, month) give the same facts on the page, in the JSON API and in every download."""

from __future__ import annotations

import csv
import io

import pytest
from webdata import client, stored  # noqa: F401  (fixtures)

from armswatch.errors import UsageError
from armswatch.web.facttable import fact_table

FILTERS = [
    ({"q": "waarschijnlijk"}, {"chloropicrin"}),
    ({"place": "Kharkiv"}, {"cluster_munition"}),
    ({"claimed_by": "MIVD"}, {"cluster_munition"}),
    ({"month": "2023-03", "kind": "weapon_use"}, {"cluster_munition"}),
    ({"year": "2024", "kind": "weapon_use"}, {"chloropicrin", "riot_control_agent"}),
]


@pytest.mark.parametrize(("params", "weapons"), FILTERS)
def test_page_api_and_downloads_agree(client, params, weapons):
    page = client.get("/facts", params=params).text
    api = client.get("/api/facts", params=params).json()["facts"]
    csv_rows = list(csv.DictReader(io.StringIO(client.get("/api/facts", params={**params, "format": "csv"}).text)))
    exported = client.get("/api/export/facts.json", params=params).json()
    assert {f.get("weapon") for f in api} == {r["weapon"] for r in csv_rows} == {f.get("weapon") for f in exported}
    assert {f.get("weapon") for f in api} == weapons
    assert f'id="fact-total">{len(api)} feit' in page


def test_the_table_sorts_counts_and_refuses_a_bad_column():
    facts = [
        {"kind": "aid", "quote": "b", "document_date": "2023-01-02", "status": "decided"},
        {"kind": "aid", "quote": "a", "document_date": "2024-01-02", "status": "intended"},
        {"kind": "figure", "quote": "C", "document_date": "2022-01-02"},
    ]
    table = fact_table(facts, {}, limit=2, offset=0)
    assert [f["quote"] for f in table["facts"]] == ["a", "b"] and table["total"] == 3 and table["more"]
    assert table["facets"]["status"] == {"decided": 1, "intended": 1}
    by_quote = fact_table(facts, {"sort": "quote", "dir": "desc"}, limit=5, offset=0)
    assert [f["quote"] for f in by_quote["facts"]] == ["C", "b", "a"]
    with pytest.raises(UsageError, match="sort must be one of"):
        fact_table(facts, {"sort": "body"}, limit=5, offset=0)


def test_a_month_from_the_timeline_is_named_and_can_be_dropped(client):
    html = client.get("/facts", params={"month": "2023-03"}).text
    assert "Alleen de maand maart 2023" in html and '<a href="/facts?">alle maanden</a>' in html


@pytest.mark.parametrize("name", ["place", "certainty"])
def test_a_filter_blank_once_trimmed_matches_nothing_and_is_no_error(client, name):
    """A blank table filter is like a value no fact has (a place is compared by its names, but
    not when there is no name to compare)."""
    assert client.get("/api/facts", params={"place": "Kharkiv"}).json()["facts"]  # facts with a place exist
    answer = client.get("/api/facts", params={name: "   "})
    assert answer.status_code == 200 and answer.json()["facts"] == []
