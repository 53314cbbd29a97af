"""A fetched file in, a document record out: the same pipeline as ``armswatch ingest``
(armswatch/pipeline.py), with the record's source naming the URL and the time it was fetched."""

from __future__ import annotations

import os
import tempfile

from armswatch.record import Record
from armswatch.store.origins import Origin
from armswatch.sync.http import Response
from armswatch.sync.source import SUFFIXES, Item

# what a file says it is when neither the answer nor the listing does
MAGIC = ((b"%PDF", ".pdf"), (b"PK\x03\x04", ".docx"), (b"<?xml", ".xml"), (b"\xef\xbb\xbf<?xml", ".xml"))


def suffix_of(resp: Response, item: Item) -> str:
    for magic, suffix in MAGIC:
        if resp.content.startswith(magic):
            return suffix
    return SUFFIXES.get(resp.content_type) or item.suffix or ".txt"


def read_fetched(resp: Response, item: Item, origin: Origin) -> Record:
    """Read the fetched bytes through the pipeline (raises what the readers raise on a bad file)."""
    from armswatch.pipeline import extract_file

    fd, path = tempfile.mkstemp(prefix="armswatch-sync-", suffix=suffix_of(resp, item))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(resp.content)
        record = extract_file(path)
    finally:
        os.unlink(path)
    fill_unknown(record, item.hints)
    record.source = {
        "path": origin.url,
        "format": record.source.get("format", ""),
        "url": origin.url,
        "retrieved_at": origin.retrieved_at,
        "sync": origin.source,
    }
    return record


def fill_unknown(record: Record, hints: dict[str, str]) -> None:
    """The source's metadata where the text gave nothing: the date, subject and kamerstuk that
    the publisher registered (never over what the document itself says)."""
    st = record.structure
    if not st.date and hints.get("date"):
        st.date = hints["date"]
    if not st.subject and hints.get("subject"):
        st.subject = hints["subject"]
    if not st.kamerstuk.get("dossier") and hints.get("dossier"):
        st.kamerstuk = {"dossier": hints["dossier"], "number": hints.get("number")}
