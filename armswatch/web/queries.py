"""What the API and the pages both do: check the request's values, then call the library.

Each function takes the raw query values (a mapping of name -> text, as a URL or a form gives
them), validates them with :mod:`armswatch.web.params`, and calls the store or the law engine.
Routes stay wiring only; a bad value raises UsageError (HTTP 400).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from itertools import islice
from pathlib import PurePath
from typing import Any

from armswatch.cite import citation, cited_facts
from armswatch.errors import UsageError
from armswatch.lexicon import weapon_ids
from armswatch.names import person, sender_facets
from armswatch.store import Store
from armswatch.web import params as p
from armswatch.web.facttable import LOCAL_FILTERS, fact_table, local_filter
from armswatch.web.facttable import MAX_ROWS as MAX_TABLE_ROWS
from armswatch.web.suggest import suggestions
from armswatch.web.timeline import BY_CHOICES, TIMELINE_KINDS, timeline
from armswatch.web.vocab import CHAMBERS, DOC_TYPES, FACT_KINDS, SORTS, TREATIES

Raw = Mapping[str, Any]
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
MAX_TIMELINE_FACTS = 50_000


def _dates(raw: Raw) -> dict[str, Any]:
    date_from, date_to = p.iso_date(raw.get("from"), "from"), p.iso_date(raw.get("to"), "to")
    if date_from and date_to and date_from > date_to:
        raise UsageError("from must not be after to")
    return p.drop_none(date_from=date_from, date_to=date_to)


def page(raw: Raw, default_limit: int = 20) -> dict[str, int]:
    return {
        "limit": p.integer(raw.get("limit"), "limit", 1, MAX_LIMIT, default_limit),
        "offset": p.integer(raw.get("offset"), "offset", 0, MAX_OFFSET, 0),
    }


def search_args(raw: Raw) -> tuple[str, dict[str, Any]]:
    query = p.text(raw.get("q"), "q", p.MAX_QUERY) or ""
    filters = p.drop_none(
        type=p.choice(raw.get("type"), "type", DOC_TYPES),
        chamber=p.choice(raw.get("chamber"), "chamber", CHAMBERS),
        year=p.integer(raw.get("year"), "year", 1800, 2200),
        sender=_sender(p.text(raw.get("sender"), "sender")),
        weapon=p.choice(raw.get("weapon"), "weapon", weapon_ids()),
        actor=p.state(raw.get("actor"), "actor"),
        sort=p.choice(raw.get("sort"), "sort", SORTS),
        # "1"/"true": count every match even when there are very many (the store checks the value)
        exact_total=p.text(raw.get("exact_total"), "exact_total", 8),
    )
    return query, {**filters, **_dates(raw), **page(raw)}


def _sender(value: str | None) -> str | None:
    """A known person's name in any spelling searches by the words all spellings share."""
    who = person(value)
    return who["filter"] if who else value


def search(store: Store, raw: Raw) -> dict[str, Any]:
    """The store's result, each hit with its document's title, identifiers and kamerstuk."""
    query, filters = search_args(raw)
    result = store.search(query, **filters)
    facets = result.get("facets") or {}
    if "sender" in facets:  # one entry per person; job titles apart
        people, roles, targets = sender_facets(facets["sender"])
        facets["sender"] = people
        facets["sender_role"] = roles
        result["facet_filters"] = {"sender": targets}
    if query and not result.get("hits") and not filters.get("offset"):
        result["suggestions"] = suggestions(store, query, filters)
    for hit in result.get("hits") or []:
        record = store.get(hit["id"])
        if record:
            hit.update(card(record))
    return result


def card(record: dict[str, Any]) -> dict[str, Any]:
    """What a listing shows of a document besides its hit: title (derived or not), identifier, URL."""
    c = citation(record)
    return {
        "title": c["title"],
        "title_derived": c["title_derived"],
        "identifier": c["identifier"],
        "url": c["url"],
        "kamerstuk": record.get("kamerstuk"),
    }


def public_record(record: dict[str, Any]) -> dict[str, Any]:
    """The record as served: no server path (only the file's name), with its citation added."""
    source = dict(record.get("source") or {})
    path = source.pop("path", None)
    if path:
        source["name"] = PurePath(str(path).replace("\\", "/")).name
    return {**record, "source": source, "citation": citation(record)}


def document(store: Store, raw_id: str) -> dict[str, Any] | None:
    """The stored record as served (see public_record) with ``origins`` (where ``armswatch sync``
    fetched it: source, item, URL, retrieved at; empty for a document ingested from a file), or
    None when there is none (or the id cannot be one)."""
    ident = p.doc_id(raw_id)
    record = store.get(ident) if ident else None
    if record is None or ident is None:
        return None
    served = public_record(record)
    served["origins"] = store.origins(ident)
    return served


def sync_status(store: Store) -> dict[str, Any]:
    """Every sync source, and per source and query: cursor, last run and its outcome, counts."""
    from armswatch.sync import SOURCES

    states = store.sync_states()
    return {
        "sources": [
            {"source": name, "default_query": module.DEFAULT_QUERY, "syncs": [s for s in states if s["source"] == name]}
            for name, module in SOURCES.items()
        ]
    }


def fact_filters(raw: Raw) -> dict[str, Any]:
    document = p.text(raw.get("document"), "document", 64)
    if document is not None and p.doc_id(document) is None:
        raise UsageError("document must be a document id (64 hexadecimal characters)")
    return p.drop_none(
        kind=p.choice(raw.get("kind"), "kind", FACT_KINDS),
        actor=p.state(raw.get("actor"), "actor"),
        weapon=p.choice(raw.get("weapon"), "weapon", weapon_ids()),
        treaty=p.choice(raw.get("treaty"), "treaty", TREATIES),
        state=p.state(raw.get("state"), "state", allow_unknown=False),
        document=p.doc_id(document) if document else None,
    ) | _dates(raw)


def _matching(store: Store, raw: Raw, offset: int, limit: int | None) -> Iterable[dict[str, Any]]:
    """The store's facts after its own filters and the table's (words in the quote, place,
    certainty, claimed_by, status, year, month: facttable.py), from ``offset``, at most ``limit``."""
    if not any(raw.get(k) for k in ("q", *LOCAL_FILTERS)):
        return store.facts(**fact_filters(raw), limit=limit, offset=offset)
    matching = local_filter(store.facts(**fact_filters(raw)), raw)
    return islice(matching, offset, None if limit is None else offset + limit)


def facts(store: Store, raw: Raw, default_limit: int = 50) -> tuple[list[dict[str, Any]], bool]:
    """One page of facts (limit/offset from raw) and whether more follow it."""
    paging = page(raw, default_limit)
    rows = list(cited_facts(_matching(store, raw, paging["offset"], paging["limit"] + 1), store.get))
    return rows[: paging["limit"]], len(rows) > paging["limit"]


def fact_table_page(store: Store, raw: Raw) -> dict[str, Any]:
    """The facts page: the store's filters, then the table's own (see facttable.py)."""
    paging = page(raw, 50)
    rows = store.facts(**fact_filters(raw), limit=MAX_TABLE_ROWS + 1)
    table = fact_table(rows, raw, paging["limit"], paging["offset"])
    table["facts"] = list(cited_facts(table["facts"], store.get))  # only the shown page is cited
    return table


def export_facts(store: Store, raw: Raw) -> list[dict[str, Any]]:
    """Every fact matching the filters (for CSV/JSON downloads), or one page when limit is given."""
    offset: int = 0
    limit: int | None = None  # no limit asked: every match, and the offset is not read either
    if raw.get("limit") not in (None, ""):
        paging = page(raw)
        offset, limit = paging["offset"], paging["limit"]
    return list(cited_facts(_matching(store, raw, offset, limit), store.get))


def timeline_data(store: Store, raw: Raw) -> dict[str, Any]:
    by = p.choice(raw.get("by"), "by", BY_CHOICES) or "weapon"
    filters = p.drop_none(
        actor=p.state(raw.get("actor"), "actor"), weapon=p.choice(raw.get("weapon"), "weapon", weapon_ids())
    ) | _dates(raw)
    rows: list[dict[str, Any]] = []
    truncated = []
    for kind in TIMELINE_KINDS:
        if kind == "aid" and "weapon" in filters:
            continue  # support decisions name items, not weapon ids: a weapon filter leaves none
        got = list(store.facts(kind=kind, **filters, limit=MAX_TIMELINE_FACTS + 1))
        if len(got) > MAX_TIMELINE_FACTS:  # a bound on the work of one page: say it was reached
            truncated.append(kind)
            del got[MAX_TIMELINE_FACTS:]
        rows.extend(got)
    return {**timeline(rows, by), "truncated": truncated, "max_facts": MAX_TIMELINE_FACTS}


# --- law: exactly the calls of armswatch.law ---------------------------------------------------
def _law():
    try:
        from armswatch import law
    except ImportError as e:  # the law engine is another stage; say so rather than fail
        raise LawUnavailable(str(e)) from None
    if not all(hasattr(law, name) for name in ("party", "count", "assess")):
        raise LawUnavailable("armswatch.law lacks party/count/assess")
    return law


class LawUnavailable(RuntimeError):
    """The treaty-law engine is not installed in this build."""


def _on(raw: Raw) -> str:
    return p.iso_date(raw.get("on"), "on") or date.today().isoformat()


def _required(value: str | None, name: str) -> str:
    if value is None:
        raise UsageError(f"{name} is required")
    return value


def law_party(raw: Raw) -> dict[str, Any]:
    law = _law()
    # states go to the engine as typed: it also takes English and Dutch names
    return law.party(
        _required(p.text(raw.get("state"), "state", 80), "state"),
        _required(p.text(raw.get("treaty"), "treaty", 20), "treaty"),
        _on(raw),
    )


def law_count(raw: Raw) -> dict[str, Any]:
    law = _law()
    return law.count(
        _required(p.text(raw.get("group"), "group", 20), "group"),
        _required(p.text(raw.get("treaty"), "treaty", 20), "treaty"),
        _on(raw),
    )


def law_assess(raw: Raw) -> dict[str, Any]:
    law = _law()
    return law.assess(
        _required(p.text(raw.get("actor"), "actor", 80), "actor"),
        _required(p.text(raw.get("weapon"), "weapon", 40), "weapon"),
        _on(raw),
        context=p.text(raw.get("context"), "context", 40) or "armed_conflict",
    )
