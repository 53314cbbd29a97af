"""Facts as CSV: one row per fact with its provenance, fixed columns for every kind.

Shared by `armswatch facts --csv` and the API's CSV download, so both give the same file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any, TextIO

PROVENANCE = ["document_id", "document_date", "document_type"]
FIELDS = [
    "actor",
    "weapon",
    "place",
    "when",
    "certainty",
    "claimed_by",
    "state",
    "treaty",
    "party",
    "donor",
    "recipient",
    "items",
    "status",
    "funding",
    "export_check",
    "value",
    "unit",
    "about",
]
# how to cite the fact: its document's title, official identifier and URL (armswatch.cite)
CITATION = ["document_title", "document_identifier", "document_url"]
COLUMNS = [*PROVENANCE, "kind", *FIELDS, "quote", "span_start", "span_end", "document_subject", *CITATION]
# a spreadsheet runs a cell that starts with one of these as a formula; document text is untrusted
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value  # numbers stay numbers (a negative one is not a formula)
    if isinstance(value, (list, dict)):
        value = "; ".join(map(str, value)) if isinstance(value, list) else json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def fact_row(fact: dict[str, Any]) -> list[Any]:
    span = fact.get("span") or [None, None]
    values = {**fact, "span_start": span[0], "span_end": span[1]}
    return [cell(values.get(c)) for c in COLUMNS]


def write_facts_csv(facts: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write the CSV, header first, fact by fact (memory stays flat however many match)."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for f in facts:
        writer.writerow(fact_row(f))


def facts_csv(facts: Iterable[dict[str, Any]]) -> str:
    """The CSV text, header first."""
    buf = io.StringIO()
    write_facts_csv(facts, buf)
    return buf.getvalue()


HIT_COLUMNS = [
    "id",
    "date",
    "type",
    "chamber",
    "title",
    "title_derived",
    "identifier",
    "url",
    "sender",
    "score",
    "snippet",
]


def hits_csv(hits: Iterable[dict[str, Any]]) -> str:
    """Search hits as CSV: the document, its title and how to cite it, and the snippet."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HIT_COLUMNS)
    for h in hits:
        sender = h.get("sender")
        if isinstance(sender, dict):
            sender = ", ".join(v for v in (sender.get("name"), sender.get("role")) if v)
        writer.writerow([cell({**h, "sender": sender}.get(c)) for c in HIT_COLUMNS])
    return buf.getvalue()
