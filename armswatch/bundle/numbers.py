"""The document number a Woo release prints on each page of a released document.

Releases stamp every page with its document's number, in a corner or a margin: "Document 3",
"Documentnummer: 3", "Doc.nr. 3", "Nr. 3", or a bare document id of five or more digits at the
top of the page ("171115"; shorter bare numbers there are page numbers). A page without a stamp
continues the document before it.
"""

from __future__ import annotations

import re

from armswatch.read.pdf_geometry import Line, Page, join_fragments

STAMP = re.compile(
    r"^\s*(?:document(?:nummer|nr\.?)?|doc(?:ument)?\.?\s*(?:nr|nummer)\.?|doc\.?|nr\.?|id)\s*[:.]?\s*"
    r"(?P<number>\d{1,9}(?:[.-]\d{1,3})?)\s*$",
    re.I,
)
BARE_ID = re.compile(r"^\s*(?P<number>\d{5,9})\s*$")
MAX_STAMP = 40  # characters: a stamp is a label, not a sentence that names a document
TOP = 0.12  # share of the page height where a bare id is a stamp


def stamp_number(text: str) -> str | None:
    """The document number if a line's text is a labelled stamp ("Document 3" -> "3"), else None."""
    text = text.strip()
    m = STAMP.match(text) if len(text) <= MAX_STAMP else None
    return (m.group("number").lstrip("0") or "0") if m else None


def line_stamp(line: Line, page: Page) -> str | None:
    """The document number a line stamps on its page: a labelled stamp anywhere, a bare id at the top."""
    number = stamp_number(line.text)
    if number is None and line.y1 <= TOP * page.height:
        m = BARE_ID.match(line.text)
        number = m.group("number") if m else None
    return number


def page_number(page: Page) -> str | None:
    """The document number stamped on a page, or None."""
    return next((n for n in (line_stamp(ln, page) for ln in join_fragments(page.lines)) if n), None)
