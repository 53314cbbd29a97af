"""Where synced documents came from, and how far each sync has got: the rows behind
``armswatch sync`` (armswatch/sync), the same SQL on both backends.

An :class:`Origin` rides on a prepared document (``rows.Prepared.origin``) so that the document,
its origin and the sync cursor past it are written in one transaction: a sync killed at any
point leaves whole documents, each with its origin, and a cursor that never passes an item
that is not stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Origin:
    """One item of a source: its own id, the file fetched, when, and the cursor past it."""

    source: str  # officielebekendmakingen | tweedekamer | woo
    item: str  # the source's id of the publication
    url: str  # the file fetched
    retrieved_at: str  # UTC, ISO 8601
    query: str = ""  # the sync's query ('' = the source's default selection)
    cursor: str | None = None  # the cursor position this item lets the sync move to
    error: str | None = None  # why the file could not be read (no document then)


# "?" placeholders; the PostgreSQL backend swaps them for "%s" (no statement here holds a "?")
UPSERT_ORIGIN = (
    "INSERT INTO origins (source, item, document_id, url, retrieved_at, error) VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (source, item) DO UPDATE SET document_id = excluded.document_id, url = excluded.url,"
    " retrieved_at = excluded.retrieved_at, error = excluded.error"
)
# the cursor moves forward only (ISO dates and UTC timestamps order as text)
ADVANCE_CURSOR = (
    "INSERT INTO sync_state (source, query, cursor) VALUES (?, ?, ?)"
    " ON CONFLICT (source, query) DO UPDATE SET cursor = CASE"
    " WHEN sync_state.cursor IS NULL OR excluded.cursor > sync_state.cursor THEN excluded.cursor"
    " ELSE sync_state.cursor END"
)
FINISH_RUN = (
    "INSERT INTO sync_state (source, query, last_run, last_status, runs, added, failed) VALUES (?, ?, ?, ?, 1, ?, ?)"
    " ON CONFLICT (source, query) DO UPDATE SET last_run = excluded.last_run,"
    " last_status = excluded.last_status, runs = sync_state.runs + 1,"
    " added = sync_state.added + excluded.added, failed = sync_state.failed + excluded.failed"
)
SELECT_CURSOR = "SELECT cursor FROM sync_state WHERE source = ? AND query = ?"
SELECT_KNOWN = "SELECT 1 FROM origins WHERE source = ? AND item = ?"
SELECT_ORIGINS = (
    "SELECT source, item, url, retrieved_at FROM origins WHERE document_id = ? ORDER BY retrieved_at, source, item"
)
STATE_COLUMNS = ("source", "query", "cursor", "last_run", "last_status", "runs", "added", "failed")
SELECT_STATES = f"SELECT {', '.join(STATE_COLUMNS)} FROM sync_state ORDER BY source, query"
SELECT_COUNTS = (
    "SELECT source, count(document_id), count(*) - count(document_id), max(retrieved_at) FROM origins GROUP BY source"
)


def origin_statements(origin: Origin, document_id: str | None) -> list[tuple[str, tuple[Any, ...]]]:
    """The writes that record ``origin`` (of ``document_id``, None for an unreadable file) and
    move its sync's cursor; run them in the transaction that stores the document."""
    out: list[tuple[str, tuple[Any, ...]]] = [
        (
            UPSERT_ORIGIN,
            (origin.source, origin.item, document_id, origin.url, origin.retrieved_at, origin.error),
        )
    ]
    if origin.cursor:
        out.append((ADVANCE_CURSOR, (origin.source, origin.query, origin.cursor)))
    return out


def origin_out(row: tuple) -> dict[str, Any]:
    source, item, url, retrieved_at = row
    return {"source": source, "item": item, "url": url, "retrieved_at": retrieved_at}


def states_out(states: list[tuple], counts: list[tuple]) -> list[dict[str, Any]]:
    """The sync state per (source, query), with what the store holds from each source."""
    held = {source: (docs, failed, last) for source, docs, failed, last in counts}
    out = []
    for row in states:
        d = dict(zip(STATE_COLUMNS, row))
        docs, failed, last = held.get(d["source"], (0, 0, None))
        d["stored_from_source"] = {"documents": docs, "unreadable": failed, "last_retrieved_at": last}
        out.append(d)
    return out
