"""Stage 5, store: documents, parts (questions/answers), redactions, facts, full-text index.

``open_store(url)`` picks a backend: an SQLite file by default (``./armswatch.db``, or
``ARMSWATCH_DB``), PostgreSQL for ``postgresql://`` URLs. Every backend implements
:class:`Store`; the CLI, API and web UI talk only to this interface.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any

from armswatch.record import Record

DEFAULT_DB = "armswatch.db"


def default_url() -> str:
    return os.environ.get("ARMSWATCH_DB") or DEFAULT_DB


class Store(ABC):
    """The storage interface. Writes are transactional, one document per transaction
    (or a batch of documents per transaction); re-adding a known id changes nothing."""

    @abstractmethod
    def add(self, record: Record) -> bool:
        """Store one record with its parts and facts; False if its id was already there."""

    def add_many(self, records: list[Record]) -> int:
        """Store a batch in one transaction where the backend can; returns how many were new."""
        return sum(self.add(r) for r in records)

    def add_prepared(self, batch: list[Any]) -> int:
        """Store documents already turned into rows (``armswatch.store.rows.prepare``, done
        in ingest's worker processes) in one transaction; returns how many were new, and
        records each item's ``source`` file so that a rerun can skip it."""
        raise NotImplementedError(f"{type(self).__name__} does not take prepared rows")

    def known_source(self, source: Any) -> bool:
        """True if this file (``rows.SourceFile``: path, size, mtime) was stored before."""
        return False

    @abstractmethod
    def has(self, doc_id: str) -> bool: ...

    @abstractmethod
    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The stored record (the contract's shape) or None."""

    @abstractmethod
    def search(self, query: str, **filters: Any) -> dict[str, Any]:
        """Ranked hits with snippets, plus total and facets.

        Filters (all optional): type, chamber, year (int), sender (name or role text), weapon (id),
        actor (ISO3), date_from, date_to ("YYYY-MM-DD"), sort ("relevance" | "date"),
        limit (default 20), offset (default 0). An empty query lists every document that matches
        the filters, newest first. A query the search syntax cannot take raises UsageError.

        Returns {"query": str, "total": int,
                 "hits": [{"id", "date", "type", "chamber", "subject", "sender", "score",
                           "snippet": plain text, "highlights": [[start, end], ...] into snippet}],
                 "facets": {"type": {value: n}, "chamber": {...}, "year": {...},
                            "sender": {...}, "weapon": {...}, "actor": {...}},
                 optional: "facets_exact": bool (False when facets were counted over only the
                 first matches of a very large result; "total" stays exact),
                 "ranking_exact": bool (False when more documents matched than the store
                 ranks, store.results.RANK_CAP: the hits then come from the most recently
                 stored matches), "sort", "limit", "offset" as applied}
        """

    @abstractmethod
    def facts(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Facts across the store, each with its provenance.

        Filters (all optional): kind, actor, weapon, treaty, state, document (id),
        date_from, date_to (the document's date), limit, offset.
        Yields the fact's contract dict (kind, its fields, quote, span) plus
        "document_id", "document_date", "document_type", "document_subject".
        """

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """{"documents": int, "facts": {kind: int}, "by_type": {type: int}, "first_date", "last_date"}"""

    def close(self) -> None:  # noqa: B027  (a store without resources needs no close)
        pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None) -> Store:
    url = url or default_url()
    if url.startswith(("postgresql://", "postgres://")):
        from armswatch.store.postgres import PostgresStore

        return PostgresStore(url)
    from armswatch.store.sqlite import SQLiteStore

    return SQLiteStore(url[len("sqlite:///") :] if url.startswith("sqlite:///") else url)
