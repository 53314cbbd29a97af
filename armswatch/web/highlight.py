"""Mark every extracted fact in a document's body, safely.

The body is untrusted text. It is cut at every fact boundary into pieces that never overlap;
each piece is escaped on its own and, when facts cover it, wrapped in one ``<mark>``. So
overlapping or nested spans can never produce crossed tags, and no document text is ever
emitted unescaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape


def valid_spans(facts: Iterable[dict[str, Any]], length: int) -> list[tuple[int, int, int]]:
    """(index, start, end) for every fact whose span is a usable, non-empty range into the body."""
    out = []
    for i, fact in enumerate(facts):
        span = fact.get("span")
        if not isinstance(span, (list, tuple)) or len(span) != 2:
            continue
        start, end = span
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
            continue
        start, end = max(0, start), min(length, end)
        if start < end:
            out.append((i, start, end))
    return out


def span_anchor(span: Any) -> str:
    """The id of the anchor placed where a fact with this span starts (links from the facts table)."""
    try:
        return f"s{int(span[0])}-{int(span[1])}"
    except (TypeError, ValueError, IndexError):
        return ""


def pieces(
    length: int, spans: list[tuple[int, int, int]], more_cuts: Iterable[int] = ()
) -> list[tuple[int, int, list[int]]]:
    """Cut [0, length) at every span boundary (and at ``more_cuts``): (start, end, indices of the
    spans covering it)."""
    inside = {c for c in more_cuts if 0 < c < length}
    cuts = sorted({0, length, *inside, *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    opening: dict[int, list[int]] = {}
    closing: dict[int, set[int]] = {}
    for i, s, e in spans:
        opening.setdefault(s, []).append(i)
        closing.setdefault(e, set()).add(i)
    # a sweep over the cuts: spans open and close as it passes them
    out: list[tuple[int, int, list[int]]] = []
    active: list[int] = []
    for a, b in zip(cuts, cuts[1:]):
        gone = closing.get(a)
        if gone:
            active = [i for i in active if i not in gone]
        active = sorted(active + opening.get(a, []))
        out.append((a, b, list(active)))
    return out


def mark_ranges(text: str, ranges: Any) -> Markup:
    """Text escaped, with <mark> around the given [start, end] ranges (search-hit highlights)."""
    spans = valid_spans(({"span": r} for r in ranges or []), len(text))
    return Markup(
        "".join(
            f"<mark>{escape(text[a:b])}</mark>" if cov else str(escape(text[a:b]))
            for a, b, cov in pieces(len(text), spans)
        )
    )


def highlight(body: str, facts: list[dict[str, Any]], anchors: Iterable[tuple[int, str]] = ()) -> Markup:
    """The body as HTML with ``<mark id="fact-N">`` around fact N's span, linked to ``#fact-row-N``.

    Where spans overlap the covered piece is marked once and links to the first fact covering
    it; a fact's id sits on the mark of the piece where it starts (or on an empty anchor just
    before it when another fact starting at the same place already named that mark). An anchor
    ``s{start}-{end}`` is placed there too, for links from the store-wide facts table.
    ``anchors``: more (offset, id) pairs, each an empty anchor at its offset (where a Q&A
    document's questions and answers begin).
    """
    spans = valid_spans(facts, len(body))
    starts: dict[int, list[int]] = {}
    for i, s, _ in spans:
        starts.setdefault(s, []).append(i)
    extra: dict[int, list[str]] = {}
    for offset, ident in anchors:
        extra.setdefault(offset, []).append(f'<a class="anchor" id="{escape(ident)}"></a>')
    out: list[str] = []
    for a, b, covering in pieces(len(body), spans, extra):
        starting = starts.get(a, [])
        # the first fact starting here names the mark; the others get empty anchors
        marks = extra.get(a, []) + [f'<a class="anchor" id="fact-{i}"></a>' for i in starting[1:]]
        marks += sorted(
            {f'<a class="anchor" id="{k}"></a>' for k in (span_anchor(facts[i]["span"]) for i in starting) if k}
        )
        text = str(escape(body[a:b]))
        if not covering:
            out.append("".join(marks) + text)
            continue
        first = covering[0]
        ident = f' id="fact-{starting[0]}"' if starting else ""
        kinds = " ".join(sorted({f"kind-{_css(facts[i].get('kind'))}" for i in covering}))
        out.append(
            "".join(marks)
            + f'<mark{ident} class="fact {kinds}" data-facts="{" ".join(map(str, covering))}">'
            + f'<a href="#fact-row-{first}">{text}</a></mark>'
        )
    return Markup("".join(out))


def _css(value: Any) -> str:
    """A class-name-safe token from a fact kind (kinds are a fixed vocabulary, but stay safe)."""
    return "".join(c for c in str(value) if c.isalnum() or c in "_-") or "other"


def where_in(span: Any, questions: list[dict[str, Any]]) -> str | None:
    """ "question N" or "answer N" when the span lies inside that part of a Q&A document, else None.
    A questioner's premise is not the government's word: the facts table says which it is."""
    try:
        start, end = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None
    for q in questions or []:
        for part in ("question", "answer"):
            s = q.get(f"{part}_span")
            if s and s[0] <= start and end <= s[1]:
                return f"{part} {q.get('number')}"
    return None
