"""Redacted passages on a page: each black box with the ground printed in or beside it.

A box is a dark filled rectangle of the PDF (pdf_covered.dark_boxes); its ground is the code
("5.1.2e") on a text line that overlaps the box's rows and lies inside it or within ``NEAR``
points of its edge; several boxes beside one line take its codes in order. A code that no box
claims (a scan read by OCR, whose boxes are pixels) is a passage of its own, placed at its line.
"""

from __future__ import annotations

from armswatch.read.pdf_geometry import Line
from armswatch.segment.redactions import printed_codes, redactions

NEAR = 40.0  # points between a box and the code printed beside it
MAX_CELL_LETTERS = 12  # more letters than this on a dark box: a header cell


def _beside(line: Line, box) -> bool:
    overlap = min(line.y1, box[3]) - max(line.y0, box[1])
    rows = overlap >= 0.5 * min(line.height, box[3] - box[1])
    return rows and line.x0 <= box[2] + NEAR and line.x1 >= box[0] - NEAR


def _labelled_cell(lines: list[Line], box) -> bool:
    """A dark box with words on it is a table's header cell, not a redaction (codes and the
    hidden-text mark do not count as words)."""
    for line in lines:
        cx, cy = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
        if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
            words = line.text.replace("█", " ")
            for code in printed_codes(line.text):
                words = words.replace(code, " ")
            if sum(c.isalpha() for c in words) > MAX_CELL_LETTERS:
                return True
    return False


def _passage(page: int, article: str | None, line: Line | None, box) -> dict:
    """One passage; its ground is the caption printed on the line ("Persoonlijke levenssfeer"), if any."""
    captions = {r["woo_article"]: r["ground"] for r in redactions([line.text])} if line and article else {}
    return {"page": page, "woo_article": article, "ground": captions.get(article), "box": [round(v, 1) for v in box]}


def page_passages(page: int, lines: list[Line], boxes) -> list[dict]:
    """[{"page", "woo_article", "ground", "box"}] for one page (``page`` 1-based), top to bottom."""
    coded = [(line, printed_codes(line.text)) for line in lines]
    coded = [(line, codes) for line, codes in coded if codes]
    claimed: set[int] = set()
    out = []
    boxes = [b for b in boxes if not _labelled_cell(lines, b)]
    for box in boxes:
        near = [i for i, (line, _) in enumerate(coded) if _beside(line, box)]
        if not near:
            out.append(_passage(page, None, None, box))
            continue
        line, codes = coded[near[0]]
        peers = sorted((b for b in boxes if _beside(line, b)), key=lambda b: b[0])
        out.append(_passage(page, codes[min(peers.index(box), len(codes) - 1)], line, box))
        claimed.update(near)
    for i, (line, codes) in enumerate(coded):
        if i not in claimed:
            out += [_passage(page, code, line, (line.x0, line.y0, line.x1, line.y1)) for code in codes]
    return sorted(out, key=lambda p: (p["box"][1], p["box"][0]))
