"""Stage 5, store: documents, parts (questions/answers), redactions, facts, full-text index.

``open_store(url)`` picks a backend: an SQLite file by default (``./armswatch.db``, or
``ARMSWATCH_DB``), PostgreSQL for ``postgresql://`` URLs. Every backend implements
:class:`Store`; the CLI, API and web UI talk only to this interface.
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from typing import Any, Iterator

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

    @abstractmethod
    def has(self, doc_id: str) -> bool: ...

    @abstractmethod
    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The stored record (the contract's shape) or None."""

    @abstractmethod
    def search(self, query: str, **filters: Any) -> dict[str, Any]:
        """Ranked hits with snippets, plus total and facets."""

    @abstractmethod
    def facts(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Facts across the store, each with its document id and provenance."""

    @abstractmethod
    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None:
        pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None) -> Store:
    url = url or default_url()
    if url.startswith(("postgresql://", "postgres://")):
        from armswatch.store.postgres import PostgresStore

        return PostgresStore(url)
    from armswatch.store.sqlite import SQLiteStore

    return SQLiteStore(url[len("sqlite:///"):] if url.startswith("sqlite:///") else url)
