"""Render an element tree (HTML or XML) as text: blocks become paragraphs, inline text flows.

Both the HTML and the officielebekendmakingen XML readers use this; they differ only in
which elements are blocks, which are line breaks and which are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SPACES = re.compile(r"[ \t\r\n\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


class TextBuilder:
    """Collects inline text into lines and paragraphs, collapsing whitespace as a browser does."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._lines: list[str] = []
        self._cur: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._cur.append(text)

    def add_separator(self, sep: str) -> None:
        """Between table cells: only when the line already has content."""
        if "".join(self._cur).strip():
            self._cur.append(sep)

    def add_raw_line(self, text: str) -> None:
        """Text whose line breaks matter (<pre>)."""
        self.break_line()
        for ln in text.replace("\r\n", "\n").split("\n"):
            self._lines.append(ln.rstrip())

    def break_line(self) -> None:
        line = _SPACES.sub(" ", "".join(self._cur)).strip()
        self._cur = []
        if line:
            self._lines.append(line)

    def break_paragraph(self) -> None:
        self.break_line()
        if any(ln.strip() for ln in self._lines):
            self.paragraphs.append("\n".join(self._lines).strip("\n"))
        self._lines = []

    def text(self) -> str:
        self.break_paragraph()
        return "\n\n".join(self.paragraphs)


def render(root, *, kind: Callable[[object], str], builder: TextBuilder | None = None, max_depth: int = 200) -> str:
    """Walk ``root``; ``kind(el)`` says 'skip', 'block', 'line' (ends a line), 'br', 'pre', 'cell' or 'inline'."""
    out = builder or TextBuilder()

    def walk(el, depth: int) -> None:
        k = kind(el)
        if k == "skip" or depth > max_depth:
            return
        if k == "br":
            out.break_line()
            return
        if k == "pre":
            out.add_raw_line("".join(el.itertext()))
            return
        if k == "block":
            out.break_paragraph()
        elif k == "line":
            out.break_line()
        elif k == "cell":
            out.add_separator(" | ")
        out.add(el.text)
        for child in el:
            if isinstance(child.tag, str):
                walk(child, depth + 1)
            out.add(child.tail)
        if k == "block":
            out.break_paragraph()
        elif k == "line":
            out.break_line()

    walk(root, 0)
    return out.text()
