"""The document number a Woo release prints on each page of a released document.

Releases stamp every page with its document's number, in a corner or a margin: "Document 3",
"Documentnummer: 3", "Doc.nr. 3", "Nr. 3", or the number alone after "ID". A page without a stamp
continues the document before it.
"""

from __future__ import annotations

import re

from armswatch.read.pdf_geometry import Page

STAMP = re.compile(
    r"^\s*(?:document(?:nummer|nr\.?)?|doc(?:ument)?\.?\s*(?:nr|nummer)\.?|doc\.?|nr\.?|id)\s*[:.]?\s*"
    r"(?P<number>\d{1,5}(?:[.-]\d{1,3})?)\s*$",
    re.I,
)
MAX_STAMP = 40  # characters: a stamp is a label, not a sentence that names a document


def stamp_number(text: str) -> str | None:
    """The document number if a line is a stamp ("Document 3" -> "3"), else None."""
    text = text.strip()
    m = STAMP.match(text) if len(text) <= MAX_STAMP else None
    return (m.group("number").lstrip("0") or "0") if m else None


def is_stamp(text: str) -> bool:
    return stamp_number(text) is not None


def page_number(page: Page) -> str | None:
    """The document number stamped on a page, or None."""
    return next((n for n in map(stamp_number, (ln.text for ln in page.lines)) if n), None)
