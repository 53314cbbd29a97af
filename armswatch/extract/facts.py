"""The one way a fact is made: from (body, start, end), so quote == body[span] always holds."""

from __future__ import annotations

import re
from typing import Any

from armswatch.record import Fact

MAX_QUOTE = 600


def make_fact(kind: str, body: str, start: int, end: int, fields: dict[str, Any], focus: int | None = None) -> Fact:
    """A fact quoting body[start:end], trimmed of surrounding space and, when longer than
    MAX_QUOTE, narrowed to whole words around ``focus`` (the word the fact rests on)."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end - start > MAX_QUOTE:
        focus = start if focus is None else focus
        lo = max(start, min(focus - MAX_QUOTE // 2, end - MAX_QUOTE))
        hi = min(end, lo + MAX_QUOTE)
        m = re.search(r"\s", body[lo:hi])
        if lo > start and m:
            lo += m.end()
        m = list(re.finditer(r"\s", body[lo:hi]))
        if hi < end and m:
            hi = lo + m[-1].start()
        start, end = lo, hi
        while end > start and body[end - 1].isspace():
            end -= 1
    return Fact(kind=kind, span=(start, end), quote=body[start:end], fields=dict(fields))
