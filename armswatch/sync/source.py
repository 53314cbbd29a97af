"""What every sync source gives the engine (armswatch/sync/__init__.py).

A source is a module with ``NAME``, ``BASE_URL``, ``DEFAULT_QUERY`` (what it selects when the
user gives no ``--query``, in the source's own query language) and
``listing(client, base, since, query)``: the publications changed or issued from ``since`` on,
as :class:`Item` in non-decreasing ``position`` order (that order is what lets the cursor move
past each stored item), with an optional :class:`Checkpoint` where the source knows that nothing
before a position is left unlisted (a day searched to its end).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from lxml import etree

from armswatch.sync.http import Response, SyncError


@dataclass
class Item:
    id: str  # the source's own id of the publication
    url: str  # the file to fetch
    position: str  # cursor value once this item is stored: ISO date or UTC timestamp
    suffix: str | None = None  # the file's type as the listing says it: ".xml", ".pdf", ".docx"
    # what the source's own metadata says (date, subject, dossier, number): fills a record's
    # field only where reading the file left it unknown
    hints: dict[str, str] = field(default_factory=dict)


@dataclass
class Checkpoint:
    position: str  # everything up to here has been listed (and the engine has handled it)


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_FRACTION = re.compile(r"(\.\d{6})\d+")


def utc_timestamp(value: str) -> str:
    """An ISO timestamp with any offset as UTC with microseconds and a 'Z', so that positions
    order as text ('2024-03-05T11:00:00+02:00' -> '2024-03-05T09:00:00.000000Z')."""
    try:
        when = datetime.fromisoformat(_FRACTION.sub(r"\1", value.strip()).replace("Z", "+00:00"))
    except ValueError:
        raise SyncError(f"not a timestamp: {value[:40]!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


SUFFIXES = {
    "application/pdf": ".pdf",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
}


def json_body(resp: Response, what: str) -> Any:
    try:
        return json.loads(resp.content)
    except (ValueError, UnicodeDecodeError) as e:
        raise SyncError(f"{resp.url}: malformed {what} (not JSON: {str(e).splitlines()[0][:80]})") from None


_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def xml_body(resp: Response, what: str) -> etree._Element:
    try:
        return etree.fromstring(resp.content, parser=_XML)
    except etree.XMLSyntaxError as e:
        raise SyncError(f"{resp.url}: malformed {what} (not XML: {str(e).splitlines()[0][:80]})") from None
