"""Text analysis shared by indexing and querying, so both sides see the same terms.

A text becomes three streams:
- ``terms``: one Dutch Snowball stem per word (lower-cased, accents folded), in order, so
  phrase queries still line up;
- ``concepts``: a ``w_<weapon id>`` token for every weapon-lexicon mention (synonyms:
  "clusterbommen" and "clustermunitie" both give ``w_cluster_munition``) and the stem of a
  known compound tail ("landmijnen" also gives "mijn");
- ``weapons``: the set of weapon ids mentioned (the weapon facet).
SQLite's FTS5 cannot run a Python tokenizer, so the store indexes these streams as plain
space-separated text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer

from armswatch.lexicon import load_toml, weapons

CONCEPT_PREFIX = "w_"
WORD_RE = re.compile(r"[^\W_]+")
# a word longer than this is noise (a URL, a hash, a run of digits), not a search term
MAX_WORD = 40


def _fold_table() -> dict[int, str]:
    """One character in, one character out: lower-case and strip accents without changing
    offsets, so positions in the folded text are positions in the original."""
    table: dict[int, str] = {}
    for cp in range(0x80, 0x250):
        ch = chr(cp)
        low = ch.lower()
        base = unicodedata.normalize("NFD", low)[0] if low else low
        if len(low) == 1 and base != ch and base.isalnum():
            table[cp] = base
    table.update(
        {
            ord("ß"): "s",
            ord("æ"): "a",
            ord("Æ"): "a",
            ord("ø"): "o",
            ord("Ø"): "o",
            ord("ł"): "l",
            ord("Ł"): "l",
            ord("đ"): "d",
            ord("Đ"): "d",
        }
    )
    return table


FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower-case, accent-free text of the same length as ``text``."""
    out = text.lower().translate(FOLD)
    if len(out) != len(text):  # a rare character whose lower case is longer (e.g. "İ")
        out = "".join((c.lower() if len(c.lower()) == 1 else c).translate(FOLD) for c in text)
    return out


_stemmer = Stemmer.Stemmer("dutch")


# caches bounded so that a worker's memory stays flat over a million documents
@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Dutch Snowball stem of a folded word."""
    return _stemmer.stemWord(word)


@dataclass
class _Lexicon:
    prefix_re: re.Pattern[str]  # single-word lexicon terms, longest first
    prefix_ids: dict[str, str]  # matched prefix -> weapon id
    exact_ids: dict[str, str]  # single-word terms without "*"
    phrases: dict[str, list[tuple[tuple[str, ...], bool, str]]]  # first word -> (rest, last is prefix, id)
    tails: tuple[str, ...]
    tail_re: re.Pattern[str] | None = field(repr=False, default=None)


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    prefix_ids: dict[str, str] = {}
    exact_ids: dict[str, str] = {}
    phrases: dict[str, list] = {}
    for w in weapons():
        for term in w["terms"]:
            is_prefix = term.endswith("*")
            words = WORD_RE.findall(fold(term.rstrip("*")))
            if not words:
                continue
            if len(words) == 1:
                (prefix_ids if is_prefix else exact_ids)[words[0]] = w["id"]
            else:
                phrases.setdefault(words[0], []).append((tuple(words[1:]), is_prefix, w["id"]))
    alts = "|".join(re.escape(p) for p in sorted(prefix_ids, key=len, reverse=True))
    tails = tuple(sorted({fold(t) for t in load_toml("search.toml")["compound_tails"]}, key=len, reverse=True))
    lex = _Lexicon(re.compile(f"(?:{alts})"), prefix_ids, exact_ids, phrases, tails)
    lex.tail_re = re.compile("(?:" + "|".join(re.escape(t) for t in tails) + r")$")
    return lex


def phrase_weapon(words: list[str], i: int) -> tuple[str, int] | None:
    """The weapon id named by a multi-word term starting at ``i`` and how many words it spans."""
    for rest, is_prefix, wid in lexicon().phrases.get(words[i], ()):
        n = len(rest)
        if i + n < len(words) and all(words[i + 1 + k] == rest[k] for k in range(n - 1)):
            last = words[i + n]
            if last == rest[-1] or (is_prefix and last.startswith(rest[-1])):
                return wid, n + 1
    return None


def word_weapon(word: str) -> str | None:
    """The weapon id a single word names ("clusterbommen" -> cluster_munition)."""
    lex = lexicon()
    if word in lex.exact_ids:
        return lex.exact_ids[word]
    m = lex.prefix_re.match(word)
    return lex.prefix_ids[m.group(0)] if m else None


def weapon_of(words: list[str], i: int) -> tuple[str, int] | None:
    """The weapon id named by the words starting at ``i`` and how many words it spans."""
    hit = phrase_weapon(words, i)
    if hit:
        return hit
    wid = word_weapon(words[i])
    return (wid, 1) if wid else None


def compound_tail(word: str) -> str | None:
    """The known head of a compound ("landmijnen" -> "mijnen"), if the word is one."""
    tail_re = lexicon().tail_re
    assert tail_re is not None  # set when the lexicon is built
    m = tail_re.search(word)
    if m and m.start() >= 3:
        return m.group(0)
    return None


def is_tail(word: str) -> bool:
    """Is this word itself a known compound head ("munitie", "mijnen")?"""
    return word in lexicon().tails


@dataclass
class Analysed:
    terms: str
    concepts: str
    weapons: set[str]


def words_of(text: str) -> list[str]:
    """The folded words of a text. Folds word by word: most words are ASCII, and folding
    only the others is several times faster than folding the whole text."""
    if not unicodedata.is_normalized("NFC", text):  # "e" + combining accent -> "é"
        text = unicodedata.normalize("NFC", text)
    return [w if w.isascii() else w.translate(FOLD) for w in WORD_RE.findall(_lower(text)) if len(w) <= MAX_WORD]


def _lower(text: str) -> str:
    low = text.lower()
    return low.replace("i\u0307", "i") if "\u0307" in low else low  # "İ" lowers to i + dot above


@lru_cache(maxsize=100_000)
def word_info(word: str) -> tuple[str, tuple[str, ...]]:
    """(stem, concept tokens) of one word on its own; cached, as a text repeats its words."""
    concepts = []
    wid = word_weapon(word)
    if wid:
        concepts.append(CONCEPT_PREFIX + wid)
    tail = compound_tail(word)
    if tail:
        concepts.append(stem(tail))
    return stem(word), tuple(concepts)


def analyse(text: str) -> Analysed:
    """The index streams of a text (see the module docstring)."""
    words = words_of(text)
    infos = [word_info(w) for w in words]
    concepts = [c for _, cs in infos if cs for c in cs]
    phrases = lexicon().phrases
    for i, w in enumerate(words):
        if w in phrases:
            hit = phrase_weapon(words, i)
            if hit:
                concepts.append(CONCEPT_PREFIX + hit[0])
    found = {c[len(CONCEPT_PREFIX) :] for c in set(concepts) if c.startswith(CONCEPT_PREFIX)}
    return Analysed(" ".join(s for s, _ in infos), " ".join(concepts), found)
