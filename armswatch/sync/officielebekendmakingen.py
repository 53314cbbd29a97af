"""officielebekendmakingen: the official publications (Kamerstukken, Handelingen, their
Aanhangsel, Kamervragen) through KOOP's SRU 2.0 search service, one issue day at a time.

A day's query is ``c.product-area==officielepublicaties AND dt.issued=="YYYY-MM-DD" AND
(selection)``, paged with startRecord/maximumRecords until the response gives no
nextRecordPosition; records are ``gzd:gzd`` (recordSchema=gzd) whose ``gzd:enrichedData`` lists
each manifestation's URL (``gzd:itemUrl manifestation="xml"`` / ``"pdf"``). The XML is fetched
where there is one (armswatch reads its metadata), else the PDF. The cursor is the issue day:
a day searched to its end is a checkpoint, and the next run starts again at the last one (a day
still being published), skipping what it stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from armswatch.sync.http import Client, Response, SyncError
from armswatch.sync.source import Checkpoint, Item, xml_body

NAME = "officielebekendmakingen"
BASE_URL = "https://repository.overheid.nl/sru"
# the parliamentary series; --query replaces this clause with any CQL clause
DEFAULT_QUERY = (
    'w.publicatienaam=="Kamerstuk" OR w.publicatienaam=="Handelingen" OR '
    'w.publicatienaam=="Aanhangsel van de Handelingen" OR w.publicatienaam=="Kamervragen zonder antwoord"'
)
PAGE = 100
MANIFESTATIONS = (("xml", ".xml"), ("pdf", ".pdf"))


def listing(client: Client, base: str, since: str, query: str | None, today: date | None = None) -> Iterator:
    day = date.fromisoformat(since[:10])
    last = today or datetime.now(UTC).date()
    while day <= last:
        cql = f'c.product-area==officielepublicaties AND dt.issued=="{day.isoformat()}" AND ({query or DEFAULT_QUERY})'
        start = 1
        while True:
            params = {
                "operation": "searchRetrieve",
                "version": "2.0",
                "recordSchema": "gzd",
                "query": cql,
                "startRecord": start,
                "maximumRecords": PAGE,
            }
            records, following = _page(client.get(base, params=params, accept="application/xml"))
            for rec in records:
                yield Item(rec[0], rec[1], day.isoformat(), rec[2])
            if following is None or following <= start:
                break
            start = following
        yield Checkpoint(day.isoformat())
        day += timedelta(days=1)


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _children(el, name: str) -> list:
    return [c for c in el if _local(c) == name]


def _descendant(el, name: str):
    return next((c for c in el.iter() if _local(c) == name), None)


def _page(resp: Response) -> tuple[list[tuple[str, str, str]], int | None]:
    """(identifier, file URL, suffix) of each record with a file, and the next start position."""
    root = xml_body(resp, "SRU response")
    if _local(root) != "searchRetrieveResponse":
        raise SyncError(f"{resp.url}: malformed SRU response (root element {_local(root) or '?'})")
    diagnostics = _children(root, "diagnostics")
    if diagnostics:
        message = _descendant(diagnostics[0], "message")
        raise SyncError(f"{resp.url}: the search service refused the query ({(message.text or '').strip()})")
    count = _children(root, "numberOfRecords")
    if not count or not (count[0].text or "").strip().isdigit():
        raise SyncError(f"{resp.url}: malformed SRU response (no numberOfRecords)")
    out = []
    for records in _children(root, "records"):
        for record in _children(records, "record"):
            found = _record(record)
            if found:
                out.append(found)
    following = _children(root, "nextRecordPosition")
    text = (following[0].text or "").strip() if following else ""
    return out, int(text) if text.isdigit() else None


def _record(record) -> tuple[str, str, str] | None:
    ident = _descendant(record, "identifier")
    if ident is None or not (ident.text or "").strip():
        raise SyncError("malformed SRU record: no dcterms:identifier")
    urls = {u.get("manifestation"): (u.text or "").strip() for u in record.iter() if _local(u) == "itemUrl"}
    for manifestation, suffix in MANIFESTATIONS:
        if urls.get(manifestation):
            return ident.text.strip(), urls[manifestation], suffix
    return None  # metadata only (no file to read)
