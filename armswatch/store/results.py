"""The search result's shape, assembled the same way by both backends (the Store.search
docstring in armswatch/store/__init__.py describes it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from armswatch.search.query import Compiled
from armswatch.search.snippet import make_snippet
from armswatch.store.filters import SearchFilters

# facets count at most this many matching documents; beyond, they are marked approximate
FACET_CAP = 2_000
FACET_TOP = 50
FACETS = ("type", "chamber", "year", "sender", "weapon", "actor")
# a query matching more documents than this ranks only the RANK_CAP newest of them
# (ranking_exact: false) and estimates its total from them (total_exact: false) unless asked
# for an exact count; below it, every match is ranked and counted. See docs/search.md.
# 2,000: at a million documents ranking 10,000 candidates cost ~100 ms at p95, 2,000 ~35 ms
# (docs/performance.md); the estimate from 2,000 matches is within a few per cent.
RANK_CAP = 2_000


def estimated_total(found: int, span: int, stored: int) -> int:
    """How many of ``stored`` documents match, estimated from the ``found`` matches among the
    ``span`` most recently stored (as if matches were spread evenly over the store), rounded to
    two significant figures and never below what was found."""
    if span <= 0 or stored <= span:
        return found
    estimate = found * stored / span
    return max(found, int(round(estimate, 2 - len(str(int(estimate))))))


def settle_total(
    counted: int,
    all_counted: bool,
    matching: bool,
    exact_asked: bool,
    count: Callable[[], int],
    newest: Callable[[], tuple[int, Any]],
    estimate: Callable[[int, Any], int],
) -> tuple[int, bool, Any]:
    """(total, whether it is exact, the rank bound), the same rule on every backend. ``counted``
    matches were counted with the facets, ``all_counted`` if that was all of them. A search
    with words (``matching``) walks its newest RANK_CAP + 1 matches (``newest`` -> how many it
    found, the bound or None when no more than RANK_CAP match); beyond RANK_CAP the total is
    estimated from them (``estimate(found, bound)``) unless an exact ``count()`` was asked for."""
    if all_counted and counted <= RANK_CAP or not matching:
        return (counted if all_counted else count()), True, None
    found, bound = newest()
    if bound is None:
        return found, True, None
    if all_counted or exact_asked:
        return (counted if all_counted else count()), True, bound
    return estimate(found, bound), False, bound


def hit(
    did: str,
    date: str | None,
    typ: str | None,
    chamber: str | None,
    subject: str | None,
    sender: str | None,
    score: float | None,
    body: str,
    compiled: Compiled | None,
) -> dict[str, Any]:
    """One hit: the document's metadata, its score and a snippet around the matched words."""
    snippet, highlights = make_snippet(body, compiled)
    return {
        "id": did,
        "date": date,
        "type": typ,
        "chamber": chamber,
        "subject": subject,
        "sender": sender,
        "score": round(float(score or 0.0), 4),
        "snippet": snippet,
        "highlights": highlights,
    }


def facet_counts(rows: Iterable[tuple[str, Any, int]]) -> tuple[dict[str, dict], int]:
    """Facets from (facet name, value, count) rows, the top FACET_TOP values of each, and the
    count of the row named 'total'."""
    facets: dict[str, dict] = {k: {} for k in FACETS}
    total = 0
    for name, value, n in rows:
        if name == "total":
            total = n
        elif value is not None:
            facets[name][str(value)] = n
    for name, counts in facets.items():
        facets[name] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_TOP])
    return facets, total


def result(
    query: str,
    f: SearchFilters,
    total: int,
    hits: list[dict[str, Any]],
    facets: dict[str, dict],
    facets_exact: bool,
    ranking_exact: bool = True,
    total_exact: bool = True,
) -> dict[str, Any]:
    return {
        "query": query,
        "total": total,
        "total_exact": total_exact,
        "hits": hits,
        "facets": facets,
        "facets_exact": facets_exact,
        "ranking_exact": ranking_exact,
        "sort": f.sort,
        "limit": f.limit,
        "offset": f.offset,
    }
