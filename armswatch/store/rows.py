"""Record <-> rows: the flat values every backend stores, computed once per document.

``prepare(record)`` does the CPU work (JSON, text analysis) so that ingest can run it in
worker processes and the writer only inserts. Shared by the SQLite and PostgreSQL backends.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from armswatch.record import Record
from armswatch.search.analyse import analyse
from armswatch.store.origins import Origin

ISO3_FIELDS = ("actor", "donor", "recipient", "state")


@dataclass
class SourceFile:
    """Where a document was read from; (path, size, mtime) lets a rerun skip it."""

    path: str
    size: int
    mtime: float


@dataclass
class Prepared:
    id: str
    doc: dict[str, Any]  # documents table columns
    record_json: str  # the record without its body
    body: str
    terms: str  # analysed body (FTS column "terms")
    head: str  # analysed subject / sender / reference (FTS column "head")
    concepts: str  # concept tokens (FTS column "concepts")
    weapons: list[str]  # weapon facet
    actors: list[str]  # actor facet (ISO3 codes in the facts)
    parts: list[dict[str, Any]]
    redactions: list[dict[str, Any]]
    facts: list[dict[str, Any]]  # fact columns + "data" JSON
    source: SourceFile | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    sender_terms: str = ""  # analysed sender name and role (the sender filter)
    origin: Origin | None = None  # where a synced document came from (written with it)


def year_of(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def fact_row(f: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": f.get("kind"),
        "actor": f.get("actor") or f.get("donor"),
        "recipient": f.get("recipient"),
        "weapon": f.get("weapon") or f.get("about"),
        "treaty": f.get("treaty"),
        "state": f.get("state"),
        "data": json.dumps(f, ensure_ascii=False),
    }


def prepare(record: Record, source: SourceFile | None = None) -> Prepared:
    d = record.to_dict()
    body = d.pop("body")
    sender = d.get("sender") or {}
    ks = d.get("kamerstuk") or {}
    doc = {
        "id": d["id"],
        "path": (d.get("source") or {}).get("path"),
        "format": (d.get("source") or {}).get("format"),
        "type": d.get("type") or "other",
        "chamber": d.get("chamber"),
        "date": d.get("date"),
        "year": year_of(d.get("date")),
        "subject": d.get("subject"),
        "reference": d.get("reference"),
        "dossier": ks.get("dossier"),
        "number": ks.get("number"),
        "sender_name": sender.get("name"),
        "sender_role": sender.get("role"),
        "sender": sender.get("name") or sender.get("role"),
        "addressee": d.get("addressee"),
        "length": len(body),
    }
    a_body = analyse(body)
    head_text = " ".join(
        x
        for x in (
            d.get("subject"),
            d.get("reference"),
            sender.get("name"),
            sender.get("role"),
            *(d.get("co_senders") or []),
        )
        if x
    )
    a_head = analyse(head_text)
    actors = sorted(
        {f[k] for f in d["facts"] for k in ISO3_FIELDS if isinstance(f.get(k), str) and f[k] and f[k] != "UNKNOWN"}
    )
    weapons = a_body.weapons | a_head.weapons | {f["weapon"] for f in d["facts"] if isinstance(f.get("weapon"), str)}
    parts = [
        {
            "number": q.get("number"),
            "question": q.get("question"),
            "answer": q.get("answer"),
            "data": json.dumps(q, ensure_ascii=False),
        }
        for q in d.get("questions") or []
    ]
    return Prepared(
        id=d["id"],
        doc=doc,
        record_json=json.dumps(d, ensure_ascii=False),
        body=body,
        terms=a_body.terms,
        head=a_head.terms,
        concepts=(a_body.concepts + " " + a_head.concepts).strip(),
        weapons=sorted(weapons),
        actors=actors,
        parts=parts,
        redactions=[
            {"ground": r.get("ground"), "woo_article": r.get("woo_article")} for r in d.get("redactions") or []
        ],
        facts=[fact_row(f) for f in d["facts"]],
        source=source,
        # why pages went unread (Tesseract missing): the ingest says it once, not each worker
        extra={"ocr_error": d["ocr"]["error"]} if (d.get("ocr") or {}).get("error") else {},
        sender_terms=analyse(" ".join(x for x in (sender.get("name"), sender.get("role")) if x)).terms,
    )


def record_from_row(record_json: str, body: str) -> dict[str, Any]:
    """The stored record in the contract's shape (keys in the contract's order)."""
    d = json.loads(record_json)
    facts = d.pop("facts", [])
    d["body"] = body
    d["facts"] = facts
    return d


def fact_out(data: str, doc: dict[str, Any]) -> dict[str, Any]:
    """A stored fact with its provenance (the Store.facts shape)."""
    f = json.loads(data)
    f["document_id"] = doc["id"]
    f["document_date"] = doc.get("date")
    f["document_type"] = doc.get("type")
    f["document_subject"] = doc.get("subject")
    return f


def keyset_fetch(
    con: Any, lock: Any, select: str, key: str, where: list[str], params: list[Any], mark: str
) -> Callable[[int, int], list[tuple]]:
    """A ``fetch(after, n)`` for paged_facts: ``select`` (SELECT key, ... FROM ... JOIN ...)
    restricted to ``where`` and paged by ``key``; ``mark`` is the driver's placeholder."""
    sql = f"{select} WHERE {key} > {mark}" + "".join(" AND " + w for w in where) + f" ORDER BY {key} LIMIT {mark}"

    def fetch(after: int, n: int) -> list[tuple]:
        with lock:
            return con.execute(sql, [after, *params, n]).fetchall()

    return fetch


def paged_facts(
    fetch: Callable[[int, int], list[tuple]], limit: int | None, offset: int, page_size: int = 500
) -> Iterator[dict[str, Any]]:
    """Facts read in keyset pages, so memory stays bounded however many match and no
    transaction is held between pages. ``fetch(after, n)`` returns up to n rows
    (key, fact data, document id, date, type, subject) with key > after, in key order."""
    after, left, skip = 0, limit, offset
    while left is None or left > 0:
        rows = fetch(after, page_size if left is None else min(page_size, left + skip))
        if not rows:
            return
        for key, data, did, date, typ, subject in rows:
            after = key
            if skip:
                skip -= 1
                continue
            yield fact_out(data, {"id": did, "date": date, "type": typ, "subject": subject})
            if left is not None:
                left -= 1
                if left == 0:
                    return
