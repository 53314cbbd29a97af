"""When a search finds nothing: "did you mean" spellings and ways to broaden it.

Candidate words come from the reference data the index is read with — the gazetteer's place
names, the weapon lexicon, the states' Dutch and English names and the people file — and a
suggestion is offered only when the store finds documents for it. (The index already forgives a
one-letter slip in a word it holds; these catch the rest: "Charkow", "clustremunitie".)
"""

from __future__ import annotations

import difflib
from functools import cache
from typing import Any

from armswatch.lexicon import load_toml, weapons
from armswatch.search.analyse import fold, words_of
from armswatch.store import Store

MAX_SUGGESTIONS = 3
CUTOFF = 0.75


@cache
def known_words() -> dict[str, str]:
    """Folded word -> the word as written, from the reference data."""
    names: list[str] = []
    for p in load_toml("places.toml")["place"]:
        names += [p["nl"], p["en"], *p.get("also", [])]
    for w in weapons():
        names += [t.rstrip("*") for t in w["terms"]]
    for p in load_toml("people.toml")["person"]:
        names.append(p["filter"])
    from armswatch.law.data import states

    for s in states().values():
        names += [s.name_nl, s.name_en]
    out: dict[str, str] = {}
    for name in names:
        for word in name.split():
            if len(word) >= 4 and word.isalpha():
                out.setdefault(fold(word), word)
    return out


def suggestions(store: Store, query: str, filters: dict[str, Any]) -> list[str]:
    """Other queries that find documents: each unknown word replaced by a close known word, and
    for several words, any of them."""
    words = query.split()
    if not words or len(words) > 6 or any(c in query for c in '"()'):
        return []
    known = known_words()
    out: list[str] = []
    options = []
    for w in words:
        folded = " ".join(words_of(w))
        close = difflib.get_close_matches(folded, list(known), n=3, cutoff=CUTOFF) if folded not in known else []
        options.append([known[c] for c in close if c != folded] or [w])
    for i, choices in enumerate(options):
        for choice in choices:
            if choice == words[i]:
                continue
            candidate = " ".join(words[:i] + [choice] + words[i + 1 :])
            if candidate not in out and _finds(store, candidate, filters):
                out.append(candidate)
    if len(words) > 1:
        any_of = " OF ".join(words)
        if _finds(store, any_of, filters):
            out.append(any_of)
    return out[:MAX_SUGGESTIONS]


def _finds(store: Store, query: str, filters: dict[str, Any]) -> bool:
    try:
        return store.search(query, **{**filters, "limit": 1, "offset": 0})["total"] > 0
    except Exception:  # a suggestion that cannot be searched is no suggestion
        return False
