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
from collections import defaultdict
from dataclasses import dataclass, field

from armswatch.read.pdf_columns import render_page
from armswatch.read.pdf_geometry import Line, Page, clean_text, percentile, join_fragments, render_rows

__all__ = ["Layout", "Line", "Page", "find_furniture", "join_fragments", "lay_out", "sidebar_edge"]

# A line is page furniture only if it sits in the top or bottom band of the page ...
TOP_BAND = 0.12
BOTTOM_BAND = 0.85
# ... and recurs on at least this share of the pages (and on two pages at least).
REPEAT_SHARE = 0.5

# Furniture by its look alone (top/bottom band only): page numbers, ISSN lines, the
# officielebekendmakingen identifier and imprint ("ah-tk-20202021-3235", "’s-Gravenhage 2021").
_FURNITURE_PATTERNS = [re.compile(p, re.I) for p in (
    r"^[-–—(]?\s*\d{1,4}\s*[-–—)]?$",
    r"^(pagina|page|blad|p\.)\s*\d{1,4}(\s*(van|of|/)\s*\d{1,4})?$",
    r"^\d{1,4}\s*(/|van|of)\s*\d{1,4}$",
    r"^issn\s*[\d\s-]+[\dx]$",
    r"^(ah|kst|h|stb|stcrt|trb|blg|gmb|prb|wsb)(-[a-z0-9]+)+(\s+issn\b.*)?$",
    r"^[’'‘`]s-gravenhage\s+\d{4}$",
)]


@dataclass
class Layout:
    pages: list[str]  # running text per page, lines kept, blank line between paragraphs
    sidebar: str = ""
    furniture: list[str] = field(default_factory=list)


def _in_band(line: Line, page: Page) -> bool:
    return line.y1 <= page.height * TOP_BAND or line.y0 >= page.height * BOTTOM_BAND


def _page_number_key(text: str, page_no: int) -> str | None:
    """'Pagina 2 van 3' on page 2 -> 'pagina {p} van 3': a key that recurs on every page."""
    numbers = re.findall(r"\d+", text)
    if str(page_no) not in numbers:
        return None
    return re.sub(rf"(?<!\d){page_no}(?!\d)", "{p}", text.lower(), count=1)


def find_furniture(pages: list[Page]) -> set[tuple[int, int]]:
    """(page index, line index) of every header/footer line to drop."""
    n = len(pages)
    need = max(2, int(n * REPEAT_SHARE + 0.999))
    exact: dict[str, set[int]] = defaultdict(set)
    numbered: dict[str, set[int]] = defaultdict(set)
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
            nkey = _page_number_key(text, pi + 1)
            if nkey is not None:
                numbered["#" + nkey].add(pi)
                where["#" + nkey].append((pi, li))
    if n >= 2:
        for table in (exact, numbered):
            for key, on_pages in table.items():
                if len(on_pages) >= need:
                    out.update(where[key])
    return out


def sidebar_edge(pages: list[Page], skip: set[tuple[int, int]]) -> float | None:
    """x from which lines belong to a narrow right-hand column, or None if there is none.

    The running text's right edge is taken from long (prose) lines; anything that starts
    right of it, in the right part of the page, is the sidebar.
    """
    prose = [ln for pi, p in enumerate(pages) for li, ln in enumerate(p.lines)
             if (pi, li) not in skip and len(clean_text(ln.text)) >= 30]
    if len(prose) < 5:
        return None
    right = percentile([ln.x1 for ln in prose], 0.9)
    width = max(p.width for p in pages)
    edge = max(right + 1.0, width * 0.55)
    beyond = [ln for pi, p in enumerate(pages) for li, ln in enumerate(p.lines)
              if (pi, li) not in skip and ln.x0 >= edge and clean_text(ln.text)]
    if not beyond or edge > width * 0.9:
        return None
    return edge


def lay_out(pages: list[Page]) -> Layout:
    pages = [Page(p.width, p.height, join_fragments(p.lines)) for p in pages]
    furniture = find_furniture(pages)
    edge = sidebar_edge(pages, furniture)
    texts: list[str] = []
    side_parts: list[str] = []
    seen_side: set[str] = set()
    dropped: list[str] = []
    for pi, page in enumerate(pages):
        main, side = [], []
        for li, line in enumerate(page.lines):
            if (pi, li) in furniture:
                t = clean_text(line.text)
                if t and t not in dropped:
                    dropped.append(t)
            elif edge is not None and line.x0 >= edge:
                side.append(line)
            else:
                main.append(line)
        texts.append(render_page(main, page.width))
        # later pages repeat the ministry and kenmerk: keep each sidebar line once
        fresh = [ln for ln in render_rows(side).split("\n") if not ln or ln not in seen_side]
        seen_side.update(ln for ln in fresh if ln)
        block = re.sub(r"\n{3,}", "\n\n", "\n".join(fresh)).strip()
        if block:
            side_parts.append(block)
    return Layout(pages=texts, sidebar="\n\n".join(side_parts), furniture=dropped)
