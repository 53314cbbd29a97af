"""OCR tolerance: the spellings a scanned document may show for a query stem.

The store keeps only the candidates that occur in its index, and only rare ones (an OCR slip
is rare next to the word it garbles), so a search for "clusterbom" also finds "dusterbom".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from armswatch.lexicon import load_toml

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# shorter words have too many real neighbours at edit distance 1 ("wapen" / "wagen")
MIN_EDIT_LEN = 7
# a variant must be this much rarer than the word it may garble...
RARITY = 0.1
# ...but one found in only this many documents is always taken
ALWAYS_BELOW = 2


@lru_cache(maxsize=1)
def confusions() -> list[tuple[str, str]]:
    pairs = load_toml("search.toml")["ocr_confusions"]
    return [(a, b) for a, b in pairs] + [(b, a) for a, b in pairs]


def confusion_variants(word: str) -> set[str]:
    """Each single OCR confusion applied at one place."""
    out = set()
    for a, b in confusions():
        i = word.find(a)
        while i != -1:
            out.add(word[:i] + b + word[i + len(a) :])
            i = word.find(a, i + 1)
    out.discard(word)
    return out


def edit_variants(word: str) -> set[str]:
    """All strings at edit distance 1 (deletion, transposition, substitution, insertion)."""
    if len(word) < MIN_EDIT_LEN:
        return set()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in ALPHABET}
    out |= {a + c + b for a, b in splits for c in ALPHABET}
    out.discard(word)
    return out


def candidates(word: str) -> list[str]:
    """Every OCR-slip candidate of a word: the known confusions and edit distance 1."""
    return sorted(confusion_variants(word) | edit_variants(word))


def pick_variants(stem: str, present: bool, doc_counts: Callable[[list[str]], dict[str, int]]) -> list[str]:
    """The OCR-slip spellings of ``stem`` worth searching too, for any backend.

    ``present``: does ``stem`` itself occur in the index; ``doc_counts(terms)``: the number of
    documents holding each of those terms that occur (absent terms left out). Known confusions
    are always tried, edit distance 1 only when the stem is absent (a user's own typo)."""
    cands = sorted(confusion_variants(stem) | (set() if present else edit_variants(stem)))
    if not cands:
        return []
    found = doc_counts(cands)
    if not found:
        return []
    if present and max(found.values()) > ALWAYS_BELOW:
        # counting a common stem's documents costs a pass over its postings: only when needed
        limit = max(ALWAYS_BELOW, doc_counts([stem]).get(stem, 0) * RARITY)
    else:
        limit = ALWAYS_BELOW
    return sorted(t for t, n in found.items() if n <= limit)
