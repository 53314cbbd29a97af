"""Citing a document: its title, official identifiers and URL, a cite line, BibTeX, CSL-JSON.

``citation(record)`` is the one entry point; it reads the stored record and never a file.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from armswatch.cite.formats import bibtex, cite_line, csl_json, long_date
from armswatch.cite.ident import identifiers, session_year
from armswatch.cite.title import title_of

__all__ = ["citation", "cited_facts", "bibtex", "csl_json", "long_date", "session_year", "title_of"]


def citation(record: dict[str, Any]) -> dict[str, Any]:
    """{"title", "title_derived", "identifier", "url", "identifiers": [...], "cite"}; identifier and
    url are the most official ones known (None when the document has none)."""
    title = title_of(record)
    ids = identifiers(record)
    first = ids[0] if ids else None
    url = next((i["url"] for i in ids if i.get("url")), None)
    return {
        "title": title["text"],
        "title_derived": title["derived"],
        "identifier": first["value"] if first else None,
        "url": url,
        "identifiers": ids,
        "cite": cite_line(record, title["text"], {**first, "url": url} if first else None),
    }


def cited_facts(
    facts: Iterable[dict[str, Any]], get_record: Callable[[str], dict[str, Any] | None]
) -> Iterator[dict[str, Any]]:
    """Each fact with its document's title, identifier and URL (document_title, _identifier, _url).
    Facts come grouped by document, so the last few citations are kept, not all of them."""
    cache: OrderedDict[str, dict[str, Any]] = OrderedDict()
    for fact in facts:
        doc_id = str(fact.get("document_id") or "")
        if doc_id not in cache:
            record = get_record(doc_id) if doc_id else None
            cache[doc_id] = citation(record) if record else {}
            if len(cache) > 256:
                cache.popitem(last=False)
        c = cache[doc_id]
        yield {**fact, "document_title": c.get("title"), "document_identifier": c.get("identifier"),
               "document_url": c.get("url")}  # fmt: skip
