"""Two-column pages (Handelingen, Staatscourant): read the left column, then the right.

A gutter is a vertical strip that no text line crosses, with prose on both sides. Lines that
do cross it (a title over both columns) cut the page into bands, each read left then right.
"""

from __future__ import annotations

from statistics import median

from armswatch.read.pdf_geometry import Line, clean_text, render_rows

MIN_SIDE_SHARE = 0.2  # each column holds at least this share of the page's text lines
MAX_CROSSING = 0.1  # at most this share of lines may span the gutter (titles, tables)
MAX_LINES = 3000  # a page with more text lines is a map or a table, not two columns of prose


def find_gutter(lines: list[Line], width: float) -> float | None:
    """x of the gutter between two columns of prose, or None for a one-column page."""
    text = [ln for ln in lines if len(clean_text(ln.text)) >= 12]
    if len(text) < 10 or len(text) > MAX_LINES:
        return None
    best: tuple[int, float] | None = None
    x = width * 0.3
    while x <= width * 0.7:
        left = [ln for ln in text if ln.x1 <= x]
        right = [ln for ln in text if ln.x0 >= x]
        crossing = len(text) - len(left) - len(right)
        if (
            min(len(left), len(right)) >= MIN_SIDE_SHARE * len(text)
            and crossing <= MAX_CROSSING * len(text)
            # columns of prose, not the short cells of a two-column table
            and median(ln.x1 - ln.x0 for ln in left) >= 0.25 * width
            and median(ln.x1 - ln.x0 for ln in right) >= 0.25 * width
            and (best is None or crossing < best[0])
        ):
            best = (crossing, x)
        x += 2.0
    return best[1] if best else None


def render_page(lines: list[Line], width: float) -> str:
    gutter = find_gutter(lines, width)
    if gutter is None:
        return render_rows(lines)
    spanning = sorted((ln for ln in lines if ln.x0 < gutter < ln.x1), key=lambda ln: ln.y0)
    parts: list[str] = []
    pending: list[Line] = []  # spanning lines not yet written (a title may take several)
    top = float("-inf")
    for cut in spanning + [None]:
        bottom = cut.y0 if cut is not None else float("inf")
        band = [ln for ln in lines if not (ln.x0 < gutter < ln.x1) and top <= ln.y0 < bottom]
        columns = [
            render_rows([ln for ln in band if ln.x1 <= gutter]),
            render_rows([ln for ln in band if ln.x0 >= gutter]),
        ]
        if any(columns):
            if pending:
                parts.append(render_rows(pending))
                pending = []
            parts.extend(c for c in columns if c)
        if cut is not None:
            pending.append(cut)
            top = cut.y0
    if pending:
        parts.append(render_rows(pending))
    return "\n\n".join(parts)
