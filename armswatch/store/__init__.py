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
from armswatch.store import origins as o

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

    # --- sync (armswatch/sync): origins of documents and a cursor per source and query ------
    # Backends give two hooks, ``_sync_read(sql, params) -> rows`` and
    # ``_sync_write([(sql, params), ...])`` (one transaction); the SQL is shared (store/origins.py).

    def known_origin(self, source: str, item: str) -> bool:
        """True if this item of this source was synced before (stored, or found unreadable)."""
        return bool(self._sync_read(o.SELECT_KNOWN, (source, item)))

    def record_unreadable(self, origin: o.Origin) -> None:
        """Note an item whose file could not be read (``origin.error``) and move the cursor past it,
        in one transaction: a later run does not fetch it again."""
        self._sync_write(o.origin_statements(origin, None))

    def sync_cursor(self, source: str, query: str) -> str | None:
        rows = self._sync_read(o.SELECT_CURSOR, (source, query))
        return rows[0][0] if rows else None

    def advance_cursor(self, source: str, query: str, cursor: str) -> None:
        """Move the cursor forward (never back) when a listing is known to hold nothing unstored
        up to ``cursor``."""
        self._sync_write([(o.ADVANCE_CURSOR, (source, query, cursor))])

    def finish_sync(self, source: str, query: str, when: str, status: str, added: int, failed: int) -> None:
        """Record the end of a run: its time, 'ok' or its error, and what it stored."""
        self._sync_write([(o.FINISH_RUN, (source, query, when, status, added, failed))])

    def sync_states(self) -> list[dict[str, Any]]:
        """Per (source, query): cursor, last run, last status, runs, documents added, items
        unreadable, and what the store holds from that source."""
        return o.states_out(self._sync_read(o.SELECT_STATES, ()), self._sync_read(o.SELECT_COUNTS, ()))

    def origins(self, doc_id: str) -> list[dict[str, Any]]:
        """Where a document was synced from: [{"source", "item", "url", "retrieved_at"}], oldest first."""
        return [o.origin_out(r) for r in self._sync_read(o.SELECT_ORIGINS, (doc_id,))]

    def _sync_read(self, sql: str, params: tuple) -> list[tuple]:
        raise NotImplementedError(f"{type(self).__name__} keeps no sync state")

    def _sync_write(self, statements: list[tuple[str, tuple]]) -> None:
        raise NotImplementedError(f"{type(self).__name__} keeps no sync state")

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
