"""Footnotes at the foot of a PDF page: set apart so a sentence that runs on to the next
page is not cut by them. They are moved to the end of the document text (where the XML of
officielebekendmakingen puts its notes too), not dropped: they cite sources.
"""

from __future__ import annotations

import re
from statistics import median

from armswatch.read.pdf_geometry import Line, clean_text

SMALLER = 0.9  # footnote type is at most this share of the running text's size
_MARKER = re.compile(r"^(\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3})\s*\S")


def split_footnotes(lines: list[Line], page_height: float) -> tuple[list[Line], list[Line]]:
    """(running text, footnotes) of one page's lines.

    Footnotes are the trailing run of lines in smaller type, in the lower half of the page,
    apart from the text above them, the first one starting with a note number.
    """
    shown = sorted((ln for ln in lines if clean_text(ln.text)), key=lambda ln: (ln.y0, ln.x0))
    if len(shown) < 5:
        return lines, []
    body = median(ln.size for ln in shown)
    k = len(shown)
    while k > 0 and shown[k - 1].size <= SMALLER * body:
        k -= 1
    notes = shown[k:]
    if not notes or k == 0:
        return lines, []
    above = shown[k - 1]
    first = notes[0]
    if first.y0 < page_height / 2 or first.y0 - above.y1 < 0.5 * body or not _MARKER.match(clean_text(first.text)):
        return lines, []
    ids = {id(ln) for ln in notes}
    return [ln for ln in lines if id(ln) not in ids], notes
