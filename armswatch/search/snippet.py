"""Snippets: the best window of a stored body around the query's matched words, as plain text
with ``highlights`` offsets (the web UI escapes the text and marks the offsets)."""

from __future__ import annotations

import re
from functools import cache

from armswatch.lexicon import weapons
from armswatch.search.analyse import WORD_RE, compound_tail, fold, stem
from armswatch.search.query import Compiled

SNIPPET_CHARS = 240
MAX_MATCHES = 400
# bodies can be long; matching beyond this many characters costs time and rarely helps a snippet
SCAN_CHARS = 400_000


@cache
def _weapon_re(weapon_id: str) -> re.Pattern[str]:
    terms = next(w["terms"] for w in weapons() if w["id"] == weapon_id)
    alts = []
    for t in terms:
        words = WORD_RE.findall(fold(t.rstrip("*")))
        if words:
            alts.append(r"[\s\-]+".join(re.escape(w) for w in words) + (r"[^\W_]*" if t.endswith("*") else r"\b"))
    return re.compile(r"\b(?:" + "|".join(alts) + ")")


def _anchor(s: str) -> str:
    # Dutch stems change a word's last letters (undoubling, -e, -en), rarely the start
    return s[: max(3, len(s) - 2)]


def find_matches(body: str, q: Compiled) -> list[tuple[int, int, str]]:
    """(start, end, key) of each body word the query matched."""
    folded = fold(body[:SCAN_CHARS])
    out: list[tuple[int, int, str]] = []
    anchors = {_anchor(s) for s in q.stems} | set(q.prefixes)
    if anchors:
        alts = "|".join(re.escape(a) for a in sorted(anchors, key=len, reverse=True))
        for m in re.finditer(r"\b[^\W_]*?(?:" + alts + r")[^\W_]*", folded):
            word = m.group(0)
            key = _word_key(word, q)
            if key:
                out.append((m.start(), m.end(), key))
                if len(out) >= MAX_MATCHES:
                    break
    for wid in q.weapons:
        for i, m in enumerate(_weapon_re(wid).finditer(folded)):
            if i >= MAX_MATCHES:
                break
            out.append((m.start(), m.end(), "w:" + wid))
    out.sort()
    return out


def _word_key(word: str, q: Compiled) -> str | None:
    s = stem(word)
    if s in q.stems:
        return s
    for p in q.prefixes:
        if word.startswith(p):
            return "p:" + p
    tail = compound_tail(word)
    if tail and stem(tail) in q.stems:
        return stem(tail)
    return None


def _best_window(matches: list[tuple[int, int, str]], width: int) -> int:
    """Start offset of the window holding the most distinct matched keys (then most matches)."""
    best, best_score = matches[0][0], (0, 0)
    j = 0
    for i, (start, _, _) in enumerate(matches):
        while j < len(matches) and matches[j][1] <= start + width:
            j += 1
        inside = matches[i:j]
        score = (len({k for _, _, k in inside}), len(inside))
        if score > best_score:
            best, best_score = start, score
    return best


def make_snippet(body: str, q: Compiled | None, width: int = SNIPPET_CHARS) -> tuple[str, list[list[int]]]:
    """(snippet, highlights) for one hit."""
    matches = find_matches(body, q) if q else []
    if not matches:
        start = 0
    else:
        first = _best_window(matches, width)
        # a little context before the first match, starting on a word
        start = max(0, first - width // 5)
        if start > 0:
            sp = body.find(" ", start, first)
            start = sp + 1 if sp != -1 else start
    end = min(len(body), start + width)
    if end < len(body):
        sp = body.rfind(" ", start + width // 2, end)
        end = sp if sp != -1 else end
    return _clean(body, start, end, matches)


_SPACE_RUN = re.compile(r"\s+")


def _clean(body: str, start: int, end: int, matches: list[tuple[int, int, str]]) -> tuple[str, list[list[int]]]:
    """Collapse whitespace in body[start:end], mapping match offsets into the cleaned text."""
    seg = body[start:end]
    runs = [(m.start(), m.end()) for m in _SPACE_RUN.finditer(seg)]

    def moved(o: int) -> int:
        """Offset ``o`` of seg in the collapsed text (each run becomes one space)."""
        removed = 0
        for rs, re_ in runs:
            if rs >= o:
                break
            removed += min(o, re_) - rs - 1 if o > rs + 1 else 0
        return o - removed

    text = _SPACE_RUN.sub(" ", seg)
    lead_ws = len(text) - len(text.lstrip())
    text = text.strip()
    lead = "… " if start > 0 else ""
    tail = " …" if end < len(body) else ""
    highlights: list[list[int]] = []
    for s, e, _ in matches:
        if s >= start and e <= end:
            hs = moved(s - start) - lead_ws + len(lead)
            he = min(moved(e - start) - lead_ws, len(text)) + len(lead)
            if he > hs:
                if highlights and hs <= highlights[-1][1]:  # overlapping matches: one mark
                    highlights[-1][1] = max(highlights[-1][1], he)
                else:
                    highlights.append([hs, he])
    return lead + text + tail, highlights
