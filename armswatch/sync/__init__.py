"""Sync: pull new publications from the government's own channels into the store.

``sync(source, store, ...)`` lists what a source published or changed since the stored cursor
(armswatch/sync/<source>.py), fetches each file it does not know yet, reads it through the
ingest pipeline and stores it with its origin (source, item id, URL, retrieval time). Each
document is written in one transaction together with its origin and the cursor past it, so a
killed sync leaves whole documents and resumes where it stopped; a second run finds every item
known and fetches nothing. Sources: officielebekendmakingen (SRU), tweedekamer (OData), woo
(open.overheid.nl). The HTTP client (armswatch/sync/http.py) is rate-limited and retries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

from armswatch.errors import ArmswatchError, UsageError
from armswatch.store import Store
from armswatch.store.origins import Origin
from armswatch.store.rows import prepare
from armswatch.sync import officielebekendmakingen, tweedekamer, woo
from armswatch.sync.fetch import read_fetched
from armswatch.sync.http import Client, SyncError
from armswatch.sync.source import Checkpoint, utc_now

SOURCES: dict[str, ModuleType] = {m.NAME: m for m in (officielebekendmakingen, tweedekamer, woo)}
FIRST_DAYS = 7  # a first sync without --since starts this many days back
MAX_LISTED = 1000  # failures listed by name; the rest are counted


@dataclass
class SyncResult:
    source: str
    query: str
    since: str  # where the listing started
    listed: int = 0  # items the listing gave
    known: int = 0  # of those, synced before: not fetched
    added: int = 0  # new documents stored
    duplicates: int = 0  # fetched, but the same text was already stored (its origin is recorded)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (item, one-line reason)
    failed_count: int = 0
    limited: bool = False  # stopped at --limit
    requests: int = 0
    cursor: str | None = None  # the stored cursor after the run

    def fail(self, item: str, reason: str) -> None:
        self.failed_count += 1
        if len(self.failed) < MAX_LISTED:
            self.failed.append((item, reason))

    def summary(self) -> str:
        more = " (stopped at --limit)" if self.limited else ""
        return (
            f"{self.source}: {self.listed} listed since {self.since}, {self.known} known before, "
            f"{self.added} new documents, {self.duplicates} already stored, {self.failed_count} unreadable"
            f"{more}; cursor {self.cursor or 'none'}"
        )

    def to_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "failed"}
        d["failed"] = [{"item": i, "error": e} for i, e in self.failed]
        return d


def sync(
    source: str,
    store: Store,
    since: str | None = None,
    query: str | None = None,
    limit: int | None = None,
    base_url: str | None = None,
    client: Client | None = None,
    progress: Callable[[str], None] | None = None,
) -> SyncResult:
    """Sync one source into ``store``; see the module docstring. ``since`` (YYYY-MM-DD) starts
    the listing there instead of at the stored cursor; ``limit`` stops after that many fetches."""
    module = SOURCES.get(source)
    if module is None:
        raise UsageError(f"unknown source {source!r}; choose one of: {', '.join(SOURCES)}")
    q = (query or "").strip()
    start = since or store.sync_cursor(module.NAME, q) or (datetime.now(UTC).date() - timedelta(FIRST_DAYS)).isoformat()
    res = SyncResult(module.NAME, q, start)
    http = client or Client()
    try:
        _run(module, store, http, (base_url or module.BASE_URL).rstrip("/"), res, limit, progress)
    except ArmswatchError as e:
        store.finish_sync(module.NAME, q, utc_now(), str(e), res.added, res.failed_count)
        raise
    finally:
        res.requests = http.requests
        if client is None:
            http.close()
    status = f"ok; {res.failed_count} unreadable" if res.failed_count else "ok"
    store.finish_sync(module.NAME, q, utc_now(), status, res.added, res.failed_count)
    res.cursor = store.sync_cursor(module.NAME, q)
    return res


def _run(
    module: ModuleType,
    store: Store,
    http: Client,
    base: str,
    res: SyncResult,
    limit: int | None,
    progress: Callable[[str], None] | None,
) -> None:
    for entry in module.listing(http, base, res.since, res.query or None):
        if isinstance(entry, Checkpoint):
            store.advance_cursor(module.NAME, res.query, entry.position)
            continue
        res.listed += 1
        if store.known_origin(module.NAME, entry.id):
            res.known += 1
            continue
        if limit is not None and res.added + res.duplicates + res.failed_count >= limit:
            res.limited = True
            return
        origin = Origin(module.NAME, entry.id, entry.url, utc_now(), res.query, entry.position)
        try:
            fetched = http.get(entry.url)
            origin.retrieved_at = utc_now()  # when the answer came, not when it was asked
            record = read_fetched(fetched, entry, origin)
        except SyncError as e:
            if not e.permanent:
                raise  # the service is down or overloaded: end the run, the next one retries this item
            origin.error = _line(str(e))
        except ArmswatchError as e:
            origin.error = _line(str(e)) or "unreadable"
        except Exception as e:  # a reader choking on a malformed file is bad input, not a crash
            origin.error = f"cannot read ({type(e).__name__}: {_line(str(e))[:200]})"
        if origin.error:
            store.record_unreadable(origin)
            res.fail(entry.id, f"{entry.url}: {origin.error}")
        else:
            prepared = prepare(record)
            prepared.origin = origin
            new = store.add_prepared([prepared])
            res.added += new
            res.duplicates += 1 - new
        if progress:
            progress(entry.id)


def _line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0]
