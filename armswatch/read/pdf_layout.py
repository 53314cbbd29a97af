"""Page geometry -> running text: furniture out, sidebar aside, lines in reading order.

Works on plain :class:`Line` boxes so it can be tested without PyMuPDF. The PDF reader
(``pdf_reader``) turns each page into a :class:`Page`; :func:`lay_out` gives one text per page,
the Rijksoverheid sidebar column, and the furniture lines it dropped.

Why geometry and not text patterns alone: the Rijksoverheid letter template prints the
ministry, address, "Ons kenmerk" and "Datum" in a narrow right-hand column, and OCR'd scans
put those words on the same text line as the running text; only x-positions separate them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from armswatch.read.pdf_columns import render_page
from armswatch.read.pdf_footnotes import split_footnotes
from armswatch.read.pdf_geometry import Line, Page, clean_text, join_fragments, percentile, render_rows

__all__ = ["Layout", "Line", "Page", "find_furniture", "join_fragments", "lay_out", "sidebar_edges"]

# A line is page furniture only if it sits in the top or bottom band of the page ...
TOP_BAND = 0.12
BOTTOM_BAND = 0.85
# ... and recurs on at least this share of the pages (and on two pages at least).
REPEAT_SHARE = 0.5
MAX_FURNITURE_LISTED = 200  # meta["furniture"] shows what was dropped; a long PDF needs no more

# Furniture by its look alone (top/bottom band only): page numbers, ISSN lines, the
# officielebekendmakingen identifier and imprint ("ah-tk-20202021-3235", "’s-Gravenhage 2021").
_FURNITURE_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        r"^[-–—(]?\s*\d{1,4}\s*[-–—)]?$",
        r"^(pagina|page|blad|p\.)\s*\d{1,4}(\s*(van|of|/)\s*\d{1,4})?$",
        r"^\d{1,4}\s*(/|van|of)\s*\d{1,4}$",
        r"^issn\s*[\d\s-]+[\dx]$",
        r"^(ah|kst|h|stb|stcrt|trb|blg|gmb|prb|wsb)(-[a-z0-9]+)+(\s+issn\b.*)?$",
        r"^[’'‘`]s-gravenhage\s+\d{4}$",
        # the running footer of kamerstukken and the Aanhangsel, also on one-page documents
        r"^(tweede|eerste) kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4},.{0,80}$",
    )
]


@dataclass
class Layout:
    pages: list[str]  # running text per page, lines kept, blank line between paragraphs
    sidebar: str = ""
    furniture: list[str] = field(default_factory=list)


def _in_band(line: Line, page: Page) -> bool:
    return line.y1 <= page.height * TOP_BAND or line.y0 >= page.height * BOTTOM_BAND


def _counts_pages(hits: list[tuple[int, list[int]]]) -> bool:
    """True if one of the numbers in a recurring line goes up with the page ('Pagina 2 van 3',
    'Handelingen 45-12'): a page number. Printed numbering that does not start at 1 must show
    on three pages at least, so 'Vraag 3' and 'Vraag 4' heading two pages stay text."""
    width = min(len(nums) for _, nums in hits)
    for k in range(width):
        offsets = {nums[k] - pi for pi, nums in hits}
        if len(offsets) == 1 and (offsets == {1} or len(hits) >= 3):
            return True
    return False


def find_furniture(pages: list[Page]) -> set[tuple[int, int]]:
    """(page index, line index) of every header/footer line to drop."""
    n = len(pages)
    need = max(2, int(n * REPEAT_SHARE + 0.999))
    exact: dict[str, set[int]] = defaultdict(set)
    numbered: dict[str, dict[int, list[int]]] = defaultdict(dict)  # shape -> page -> numbers
    where: dict[str, list[tuple[int, int]]] = defaultdict(list)
    out: set[tuple[int, int]] = set()
    for pi, page in enumerate(pages):
        for li, line in enumerate(page.lines):
            if not _in_band(line, page):
                continue
            text = clean_text(line.text)
            if any(p.match(text) for p in _FURNITURE_PATTERNS):
                out.add((pi, li))
                continue
            key = "=" + text.lower()
            exact[key].add(pi)
            where[key].append((pi, li))
            numbers = [int(x) for x in re.findall(r"\d{1,6}", text)]
            if numbers:
                shape = "#" + re.sub(r"\d+", "#", text.lower())
                numbered[shape].setdefault(pi, numbers)
                where[shape].append((pi, li))
    if n < 2:
        return out
    for key, on_pages in exact.items():
        if len(on_pages) >= need:
            out.update(where[key])
    for shape, by_page in numbered.items():
        if len(by_page) >= need and _counts_pages(list(by_page.items())):
            out.update(where[shape])
    return out


def _prose_right(lines: list[Line]) -> float | None:
    """Right edge of the running text: long lines that start at the text's left margin (so
    long sidebar lines do not count); None with too few of them to tell."""
    prose = [ln for ln in lines if len(clean_text(ln.text)) >= 30]
    if len(prose) < 5:
        return None
    margin = Counter(round(ln.x0 / 4) for ln in prose).most_common(1)[0][0] * 4
    prose = [ln for ln in prose if abs(ln.x0 - margin) <= 6] or prose
    return percentile([ln.x1 for ln in prose], 0.9)


def sidebar_edges(pages: list[Page], skip: set[tuple[int, int]]) -> list[float | None]:
    """Per page, the x from which lines belong to a narrow right-hand column (None: none).

    Anything that starts right of the running text's right edge, in the right part of the
    page, is the sidebar. The edge is the page's own, or the document's when the page has
    too little prose (a last page with the signature only).
    """
    kept = [[ln for li, ln in enumerate(p.lines) if (pi, li) not in skip] for pi, p in enumerate(pages)]
    overall = _prose_right([ln for page in kept for ln in page])
    edges: list[float | None] = []
    for page, lines in zip(pages, kept):
        right = _prose_right(lines) or overall
        edge = max(right + 1.0, page.width * 0.55) if right is not None else None
        if edge is None or edge > page.width * 0.9 or not any(ln.x0 >= edge for ln in lines):
            edge = None
        edges.append(edge)
    return edges


def lay_out(pages: list[Page]) -> Layout:
    pages = [Page(p.width, p.height, join_fragments(p.lines)) for p in pages]
    furniture = find_furniture(pages)
    edges = sidebar_edges(pages, furniture)
    texts: list[str] = []
    side_parts: list[str] = []
    seen_side: set[str] = set()
    dropped: list[str] = []
    footnotes: list[str] = []
    for pi, (page, edge) in enumerate(zip(pages, edges)):
        main, side = [], []
        # a landscape annex page has no letter sidebar: its right half is running text
        same_format = abs(page.width - pages[0].width) <= 0.1 * pages[0].width
        for li, line in enumerate(page.lines):
            if (pi, li) in furniture:
                t = clean_text(line.text)
                if t and t not in dropped and len(dropped) < MAX_FURNITURE_LISTED:
                    dropped.append(t)
            elif edge is not None and same_format and line.x0 >= edge:
                side.append(line)
            else:
                main.append(line)
        main, notes = split_footnotes(main, page.height)
        texts.append(render_page(main, page.width))
        if notes:
            footnotes.append(render_rows(notes))
        # later pages repeat the ministry and kenmerk: keep each sidebar line once
        fresh = [ln for ln in render_rows(side).split("\n") if not ln or ln not in seen_side]
        seen_side.update(ln for ln in fresh if ln)
        block = re.sub(r"\n{3,}", "\n\n", "\n".join(fresh)).strip()
        if block:
            side_parts.append(block)
    if footnotes:
        texts[-1] = "\n\n".join([texts[-1], *footnotes]).strip("\n")
    return Layout(pages=texts, sidebar="\n\n".join(side_parts), furniture=dropped)
