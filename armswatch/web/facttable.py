"""The facts table as a working table: filter on any field, search within quotes, sort on any
column, count the total and the facets — over the facts the store's own filters let through.

The store filters by kind, actor, weapon, treaty, state, document and dates; the rest (place,
certainty, claimed_by, status, year, words in the quote) is done here, over at most MAX_ROWS
facts, and the page says when that bound was reached.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from armswatch.errors import UsageError
from armswatch.names import same_place
from armswatch.search.analyse import fold
from armswatch.web import params as p
from armswatch.web.timeline import fact_month

MAX_ROWS = 20_000
# column -> how a fact gives its value (actor: the actor of a use, else the donor of aid)
COLUMNS = {
    "date": lambda f: f.get("document_date") or "",
    "document": lambda f: f.get("document_subject") or "",
    "kind": lambda f: f.get("kind") or "",
    "actor": lambda f: f.get("actor") or f.get("donor") or f.get("state") or "",
    "weapon": lambda f: f.get("weapon") or f.get("about") or f.get("treaty") or "",
    "place": lambda f: f.get("place") or "",
    "certainty": lambda f: f.get("certainty") or "",
    "claimed_by": lambda f: f.get("claimed_by") or "",
    "status": lambda f: f.get("status") or "",
    "quote": lambda f: f.get("quote") or "",
}
# facets counted here; kind, actor, weapon and treaty are also the store's filters
FACETS = ("kind", "actor", "weapon", "place", "certainty", "claimed_by", "status", "treaty", "year")
LOCAL_FILTERS = ("place", "certainty", "claimed_by", "status", "year", "month")


def _facet_value(fact: Mapping[str, Any], name: str) -> str | None:
    if name == "year":
        return str(fact.get("document_date") or "")[:4] or None
    if name == "month":  # as the timeline counts it: the month a claim names, else the document's
        return fact_month(dict(fact))
    if name == "actor":
        value = fact.get("actor") or fact.get("donor")
    else:
        value = fact.get(name)
    return str(value) if value not in (None, "", []) else None


def _matches(value: str | None, name: str, wanted: str | None) -> bool:
    """A place matches by any of its names (Kyiv, Kiev); the rest by equal value. A filter that
    is blank once trimmed (wanted None) matches nothing, as an unknown value would."""
    if value is None or wanted is None:
        return False
    return same_place(value, wanted) if name == "place" else value == wanted


def local_filter(facts: Iterable[dict[str, Any]], raw: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The facts that pass the table's own filters: words in the quote (q) and LOCAL_FILTERS."""
    words = fold(p.text(raw.get("q"), "q", 200) or "").split()
    wanted = {k: p.text(raw.get(k), k) for k in LOCAL_FILTERS if raw.get(k)}
    for fact in facts:
        if words and not all(w in fold(fact.get("quote") or "") for w in words):
            continue
        if all(_matches(_facet_value(fact, k), k, v) for k, v in wanted.items()):
            yield fact


def fact_table(facts: Iterable[dict[str, Any]], raw: Mapping[str, Any], limit: int, offset: int) -> dict[str, Any]:
    """{"facts": one page, "total", "facets": {name: {value: n}}, "sort", "dir", "capped"}."""
    sort = p.choice(raw.get("sort"), "sort", COLUMNS) or "date"
    direction = p.choice(raw.get("dir"), "dir", ("asc", "desc")) or ("desc" if sort == "date" else "asc")
    rows: list[dict[str, Any]] = []
    capped = False
    for fact in local_filter(facts, raw):
        if len(rows) >= MAX_ROWS:
            capped = True
            break
        rows.append(fact)
    facets = {name: Counter(v for f in rows if (v := _facet_value(f, name))) for name in FACETS}
    key = COLUMNS[sort]
    rows.sort(key=lambda f: fold(str(key(f))), reverse=direction == "desc")
    if offset > len(rows) and rows:
        raise UsageError("offset is past the last fact")
    return {
        "facts": rows[offset : offset + limit],
        "total": len(rows),
        "more": offset + limit < len(rows),
        "facets": {k: dict(c.most_common(30)) for k, c in facets.items() if c},
        "sort": sort,
        "dir": direction,
        "capped": capped,
        "max_rows": MAX_ROWS,
        "limit": limit,
        "offset": offset,
    }
