"""Text lines on a PDF page as boxes, and how boxes become lines of text.

Kept free of PyMuPDF so the layout rules can be tested on plain boxes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float = 10.0

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 0.1)


@dataclass
class Page:
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


def clean_text(text: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(q * (len(s) - 1) + 0.5)))]


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Group lines that share a baseline (OCR splits one printed line into several)."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: ((ln.y0 + ln.y1) / 2, ln.x0)):
        if rows:
            row = rows[-1]
            top, bottom = min(r.y0 for r in row), max(r.y1 for r in row)
            overlap = min(bottom, line.y1) - max(top, line.y0)
            if overlap >= 0.5 * min(line.height, bottom - top):
                row.append(line)
                continue
        rows.append([line])
    return [sorted(r, key=lambda ln: ln.x0) for r in rows]


def render_rows(lines: list[Line]) -> str:
    """Lines -> text: one text line per row, a blank line where the vertical gap is wide."""
    rows = [r for r in _rows(lines) if any(clean_text(ln.text) for ln in r)]
    if not rows:
        return ""
    tops = [min(ln.y0 for ln in r) for r in rows]
    steps = [b - a for a, b in zip(tops, tops[1:]) if b > a]
    heights = [max(ln.y1 for ln in r) - min(ln.y0 for ln in r) for r in rows]
    # the usual line pitch: a low quantile, since paragraph gaps may be as many as line steps
    pitch = percentile(steps, 0.25) if steps else median(heights)
    pitch = min(pitch, 2.0 * median(heights))
    out: list[str] = []
    for i, row in enumerate(rows):
        if i and tops[i] - tops[i - 1] > 1.6 * pitch:
            out.append("")
        out.append(" ".join(t for t in (clean_text(ln.text) for ln in row) if t))
    return "\n".join(out)


def _same_row(a: Line, b: Line) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap >= 0.5 * min(a.height, b.height)


def join_fragments(lines: list[Line]) -> list[Line]:
    """Join pieces of one printed phrase ('Pagina' + '1 van 3' in OCR output).

    Only pieces on one row with a gap of about a character or less; wider gaps may be the
    gutter between running text and the sidebar, which must stay apart.
    """
    out: list[Line] = []
    for line in sorted(lines, key=lambda ln: ((ln.y0 + ln.y1) / 2, ln.x0)):
        for i in range(len(out) - 1, max(-1, len(out) - 5), -1):
            prev = out[i]
            left, right = (prev, line) if prev.x0 <= line.x0 else (line, prev)
            gap = right.x0 - left.x1
            if _same_row(prev, line) and -1.0 <= gap <= max(1.2 * max(prev.size, line.size), 3.0):
                # pieces that touch are one word split by the generator: no space between them
                sep = "" if gap < 0.15 * min(prev.size, line.size) else " "
                out[i] = Line(
                    left.x0,
                    min(left.y0, right.y0),
                    right.x1,
                    max(left.y1, right.y1),
                    left.text.rstrip() + sep + right.text.lstrip(),
                    max(left.size, right.size),
                )
                break
        else:
            out.append(line)
    return out
