"""Woo bundles: one released PDF that holds many documents, split into its documents.

A Woo release often comes as one PDF: the decision letter ("besluit"), its inventory list
("inventarislijst": document number, date, description, judgement, grounds) and then every
released document, each page stamped with its document number and blacked out where a ground
applies ("5.1.2e" printed in or beside the box). :func:`split_bundle` finds the stamped numbers
and returns one :class:`Part` per document (its pages laid out as a document of their own) and
one for the pages before the first document and the inventory (the decision). A file is a bundle
when two or more document numbers are stamped on its pages, agreeing with its inventory if it
has one.

Public: ``split_bundle(raw) -> list[Part] | None`` (None: not a bundle).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from armswatch.bundle.inventory import Row, is_inventory, rows
from armswatch.bundle.numbers import line_stamp, page_number
from armswatch.bundle.passages import page_passages
from armswatch.errors import InputError
from armswatch.read import RawDocument
from armswatch.read.pdf_geometry import Page, join_fragments, render_rows

MIN_DOCUMENTS = 2


@dataclass
class Part:
    raw: RawDocument  # the part's own text, read from its pages only
    role: str  # "decision" (the pages before the first document) or "document"
    pages: list[int]  # 1-based page numbers in the file
    number: str | None = None
    inventory: Row | None = None
    passages: list[dict[str, Any]] = field(default_factory=list)


def _page_text(page) -> str:
    """A page's text, one line per printed row: a table's cells side by side, as in a row."""
    return render_rows(page.page.lines)


def split_bundle(raw: RawDocument) -> list[Part] | None:
    """The documents of a Woo bundle PDF (first the decision part, if the file has one), or None."""
    pages = raw.pdf_pages
    if not pages or len(pages) < MIN_DOCUMENTS:
        return None
    listed: dict[str, Row] = {}
    inventory_pages = set()
    for p in pages:
        text = _page_text(p)
        if is_inventory(text):
            inventory_pages.add(p.number)
            for row in rows(text):
                for key in (row.number.lstrip("0") or "0", *row.ids):  # a page may be stamped with either
                    listed.setdefault(key, row)
    numbers: list[str | None] = []
    current: str | None = None
    for p in pages:
        if p.number in inventory_pages:  # the inventory goes with the decision, wherever it is bound
            numbers.append(None)
            continue
        stamp = page_number(p.page)
        if stamp is not None and (not listed or stamp in listed):
            current = stamp
        numbers.append(current)
    found = list(dict.fromkeys(n for n in numbers if n is not None))
    if len(found) < MIN_DOCUMENTS:
        return None
    parts: list[Part] = []
    lead = [p for p, n in zip(pages, numbers) if n is None]  # the decision and its inventory
    if lead:
        parts.append(Part(_laid_out(raw, lead), "decision", [p.number for p in lead]))
    for number in found:
        mine = [p for p, n in zip(pages, numbers) if n == number]
        passages = [x for p in mine for x in page_passages(p.number, p.page.lines, p.boxes)]
        parts.append(
            Part(_laid_out(raw, mine), "document", [p.number for p in mine], number, listed.get(number), passages)
        )
    return parts


def _laid_out(raw: RawDocument, pages: list) -> RawDocument:
    """The text of some pages as a document of its own; a part without text (every line blacked
    out, a scan without OCR) keeps its place with an empty text."""
    from armswatch.read.pdf_reader import raw_from_pages  # the PDF reader lays out each part's pages

    # the stamp is the release's label, not the document's text (furniture only once it recurs)
    unstamped = [
        replace(
            p,
            page=Page(
                p.page.width, p.page.height, [ln for ln in join_fragments(p.page.lines) if not line_stamp(ln, p.page)]
            ),
        )
        for p in pages
    ]
    try:
        return raw_from_pages(raw.path, unstamped, {})
    except InputError:
        return RawDocument(path=raw.path, format="pdf", text="", meta={"pages": len(pages)})
