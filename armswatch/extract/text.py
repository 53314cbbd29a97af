"""Text helpers for extraction: accent folding that keeps offsets, term matching, sentences.

Every offset here is an offset into the body, so facts can quote ``body[start:end]`` exactly.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c)[:1] or c
    low = base.lower()
    return low if len(low) == 1 else base


_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lower case without accents, one character per character (offsets are kept)."""
    if text.isascii():
        return text.lower()
    # Dutch text is ASCII but for a few accented letters: lower-case the ASCII stretches in C
    # and map only the rest per character (translate() over the whole text looks up every
    # character in a dict, several times slower); the result is the same character for character
    parts = _NON_ASCII_RUN.split(text)
    parts[0::2] = [p.lower() for p in parts[0::2]]
    parts[1::2] = ["".join(map(_fold_char, p)) for p in parts[1::2]]
    return "".join(parts)


def term_pattern(term: str) -> str:
    """A lexicon term as a regex on folded text: "*" at the end is a prefix, spaces and
    hyphens match either, a "*" at the start lets the term end a compound ("*voertuigen")."""
    t = fold(term.strip())
    suffix = t.endswith("*")
    compound_end = t.startswith("*")
    t = t.strip("*")
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", t) if p]
    body = r"[\s\-]*".join(parts) if len(parts) > 1 else parts[0]
    start = r"(?<![\w])\w*" if compound_end else r"(?<![\w])"
    end = r"\w*" if suffix else r"(?!\w)"
    return start + body + end


_TOKEN = re.compile(r"\w+")
_CACHE_MAX = 200_000


def _token_list(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _TOKEN.finditer(folded, start, len(folded) if end is None else end)]


_NON_WORD = re.compile(r"(\W+)")  # the complement of _TOKEN: splitting on it leaves the words


def _words_and_starts(folded: str) -> tuple[list[str], list[int]]:
    """The words of ``folded`` (as ``_TOKEN`` finds them) and where each starts, in order.

    Split in C and offsets summed in C: a Python step per word (finditer, m.start()) costs
    several times more on a letter of a few hundred words. The first and last word may be
    "" (text that starts or ends with a non-word); no lexicon term starts with "" ."""
    parts = _NON_WORD.split(folded)
    return parts[0::2], list(accumulate(map(len, parts), initial=0))[0::2]


@lru_cache(maxsize=8)
def _word_starts(folded: str) -> dict[str, list[int]]:
    """Each distinct word of a folded body -> where it starts; computed once for all the
    matchers that read the body, which then look at each distinct word once, not per occurrence."""
    index: dict[str, list[int]] = {}
    for word, at in zip(*_words_and_starts(folded)):
        if word:
            index.setdefault(word, []).append(at)
    return index


def _remember(cache: dict[str, tuple], useless: set[str], word: str, found: tuple) -> None:
    """Cache what a word starts; words that start nothing also go into ``useless``, so a
    text's words can be cut down by one set difference."""
    if len(cache) > _CACHE_MAX:  # bound memory on untrusted, ever-new words
        cache.clear()
        useless.clear()
    cache[word] = found
    if not found:
        useless.add(word)


class _Term:
    """A lexicon term, its label and case rule. Its pattern is written and compiled the first
    time a text tries the term: of ~55,000 terms a document tries a few hundred, and compiling
    them all up front cost ~2 s per process, writing their patterns ~0.5 s more (the scorer
    starts one process per document)."""

    __slots__ = ("term", "label", "case", "_regex")

    def __init__(self, term: str, label: str, case: str):
        self.term, self.label, self.case = term, label, case
        self._regex: re.Pattern[str] | None = None

    def compiled(self) -> tuple[re.Pattern[str], str, str]:
        """(regex, label, case), writing and compiling the pattern on first use."""
        if self._regex is None:
            self._regex = re.compile(term_pattern(self.term))
        return self._regex, self.label, self.case


class Matcher:
    """Find lexicon terms in text; each term maps to a label (an id, an ISO3 code, ...).

    A short all-capitals term (an acronym, "VS") matches only in capitals; a term written with
    a leading "^" ("^Chad") only with its first letter a capital: a proper name that is also
    an ordinary word ("chad", "turkey") is a name only when written as one.

    Terms are indexed by their first word (exact, prefix or compound end), so a text is read
    once, word by word, and only the few terms that can start at a word are tried there."""

    def __init__(self, labelled_terms: list[tuple[str, str]]):
        self.exact: dict[str, list] = {}
        self.prefix: dict[str, list] = {}  # first 3 letters of a prefix word -> entries
        self.suffix: dict[str, list] = {}  # last 3 letters of a compound end ("*voertuigen") -> entries
        for term, label in labelled_terms:
            capital = term.startswith("^")
            term = term.lstrip("^")
            bare = term.strip("* ")
            if not bare:
                continue
            entry = _Term(
                term,
                label,
                "upper" if bare.isupper() and len(bare) <= 5 else "capital" if capital else "",
            )
            t = fold(term.strip())
            first = _TOKEN.search(t.strip("*"))
            if first is None:
                continue
            word = first.group(0)
            if t.startswith("*"):
                self.suffix.setdefault(word[-3:], []).append((word, entry))
            elif t.endswith("*") and first.end() == len(t.strip("*")):
                self.prefix.setdefault(word[:3], []).append((word, entry))
            else:
                self.exact.setdefault(word, []).append(entry)
        # token -> its candidate entries; most tokens have none, and a body is read by ~20
        # matchers, so the prefix/suffix scan is paid once per distinct word, not per occurrence
        self._cache: dict[str, tuple] = {}
        self._useless: set[str] = set()  # words known to start no term: skipped by one set difference
        self._short_suffixes = [k for k in self.suffix if len(k) < 3]

    def _candidates(self, token: str) -> tuple:
        found = self._cache.get(token)
        if found is None:
            found = tuple(self.exact.get(token, ()))
            found += tuple(e for w, e in self.prefix.get(token[:3], ()) if token.startswith(w))
            # a compound end of fewer than 3 letters is keyed by itself; look up both keys
            found += tuple(e for w, e in self.suffix.get(token[-3:], ()) if token.endswith(w))
            if self._short_suffixes:
                found += tuple(
                    e for k in self._short_suffixes if token.endswith(k) for w, e in self.suffix[k] if len(k) < 3
                )
            # cached compiled: a word's terms are compiled once, the first time a text holds the word
            found = tuple(term.compiled() for term in found)
            _remember(self._cache, self._useless, token, found)
        return found

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """[(start, end, label)] of non-overlapping longest matches in text[start:end]."""
        folded = fold(text)
        end = len(text) if end is None else end
        if start == 0 and end == len(text):  # the common case: reuse one tokenisation
            index = _word_starts(folded)
            hits = sorted((at, w) for w in index.keys() - self._useless if self._candidates(w) for at in index[w])
        else:
            hits = [(at, w) for at, w in _token_list(folded, start, end) if self._candidates(w)]
        return self.longest(text, folded, hits, start, end)

    def longest(
        self, text: str, folded: str, hits: list[tuple[int, str]], start: int, end: int
    ) -> list[tuple[int, int, str]]:
        """The longest match at each of ``hits`` ((position, word) with candidates, in order)
        that does not overlap the one before."""
        out: list[tuple[int, int, str]] = []
        taken = start
        for at, word in hits:
            if at < taken:
                continue
            cands = self._candidates(word)
            best = None
            for regex, label, case in cands:
                m = regex.match(folded, at, end)
                if (
                    not m
                    or (case == "upper" and not text[m.start() : m.end()].isupper())
                    or (case == "capital" and not text[m.start()].isupper())
                ):
                    continue
                if best is None or m.end() > best[1]:
                    best = (m.start(), m.end(), label)
            if best:
                out.append(best)
                taken = best[1]
        return out


class MatcherSet:
    """Several matchers over one text at once: the text is split into words once, and each
    distinct word is looked up once for all the matchers, instead of once per matcher.
    ``find(text)[name]`` equals ``matchers[name].find(text)``."""

    def __init__(self, matchers: dict[str, Matcher]):
        self.matchers = matchers
        self._names: dict[str, tuple[str, ...]] = {}  # word -> the matchers it may start a term of
        self._useless: set[str] = set()  # words that start no term of any matcher

    def _names_of(self, word: str) -> tuple[str, ...]:
        names = self._names.get(word)
        if names is None:
            names = tuple(n for n, m in self.matchers.items() if m._candidates(word))
            _remember(self._names, self._useless, word, names)
        return names

    def find(self, text: str) -> dict[str, list[tuple[int, int, str]]]:
        folded = fold(text)
        words, starts = _words_and_starts(folded)
        useful = {w: names for w in set(words) - self._useless if (names := self._names_of(w))}
        hits: dict[str, list[tuple[int, str]]] = {n: [] for n in self.matchers}
        if useful:
            for word, at in zip(words, starts):  # in text order, as Matcher.find sorts them
                names = useful.get(word)
                if names:
                    for n in names:
                        hits[n].append((at, word))
        return {n: m.longest(text, folded, hits[n], 0, len(text)) for n, m in self.matchers.items()}


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    para: int  # index of the paragraph it belongs to

    def text(self, body: str) -> str:
        return body[self.start : self.end]


# Abbreviations that end in a full stop without ending a sentence.
_ABBREV = {
    # a navy ship's prefix: "Zr.Ms. Vlaardingen", "Hr. Ms. Van Speijk"
    "zr.ms",
    "hr.ms",
    "zr",
    "jl",
    "nr",
    "nrs",
    "art",
    "artt",
    "dhr",
    "mevr",
    "mr",
    "drs",
    "dr",
    "ir",
    "prof",
    "c.s",
    "cs",
    "d.d",
    "o.a",
    "bijv",
    "i.v.m",
    "e.a",
    "blz",
    "resp",
    "zgn",
    "ca",
    "vs",
    "mrt",
    "jan",
    "feb",
    "apr",
    "aug",
    "sept",
    "sep",
    "okt",
    "nov",
    "dec",
    "st",
    "a.s",
    "t.a.v",
    "m.b.t",
    "z.g.a.n",
    "enz",
    "etc",
    "p",
    "pag",
    "lid",
    "min",
    "vgl",
    "incl",
    "excl",
    "e.d",
    "i.p.v",
    "m.n",
    "n.a.v",
    "t.b.v",
    "kst",
    "trb",
    "stb",
    "stcrt",
}

_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
# a line that is a heading of its own: "Vraag 3", "Antwoord 3", "• Vraag 1", "Antwoord"
_HEADING_LINE = re.compile(
    r"^[ \t]*(?:[•\-*][ \t]*)?(?:Vraag|Antwoord|Antwoorden|Kamervraag)\b[^\n]{0,12}$", re.M | re.I
)
_END = re.compile(r"[.!?;:]+[\"'”’»)\]]*(?:\d{1,2}(?!\d))?(?=\s)|\n(?=[ \t]*[•\-*][ \t])")


@lru_cache(maxsize=4)  # Context.of asks for the same body's paragraphs three times
def paragraphs(body: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph: blank lines and heading lines separate them."""
    cuts = {0, len(body)}
    for m in _PARA_BREAK.finditer(body):
        cuts.update((m.start(), m.end()))
    for m in _HEADING_LINE.finditer(body):
        cuts.update((m.start(), m.end()))
    pts = sorted(cuts)
    out: list[tuple[int, int]] = []
    for a, b in zip(pts, pts[1:]):
        a, b = _strip(body, a, b)
        if a < b:
            if out and _cut_mid_sentence(body[out[-1][0] : out[-1][1]]):
                out[-1] = (out[-1][0], b)  # an OCR/page break cut the sentence after "uit de"
            else:
                out.append((a, b))
    return tuple(out)  # immutable: the result is shared through the cache


# A paragraph that ends on an article, preposition or conjunction cannot end there: scanned
# releases break lines mid-sentence ("Uw akkoord om ... uit de" / "Nederlandse voorraad te leveren").
_MID_SENTENCE_WORDS = (
    "de",
    "het",
    "een",
    "van",
    "om",
    "aan",
    "te",
    "en",
    "of",
    "met",
    "voor",
    "in",
    "op",
    "uit",
    "bij",
    "door",
    "naar",
    "tot",
    "over",
    "dat",
    "die",
    "als",
)
_CUT_MID_SENTENCE = re.compile(r"(?<=\w)\s+(?:" + "|".join(_MID_SENTENCE_WORDS) + ")$")


def _cut_mid_sentence(text: str) -> bool:
    # the regex tries every position of the paragraph; it can only match a paragraph that
    # ends with one of the words ("$" also matches before a final newline)
    if not text.endswith(_MID_SENTENCE_WORDS) and not text.endswith("\n"):
        return False
    return _CUT_MID_SENTENCE.search(text) is not None


def _strip(body: str, a: int, b: int) -> tuple[int, int]:
    while a < b and body[a].isspace():
        a += 1
    while b > a and body[b - 1].isspace():
        b -= 1
    return a, b


_LAST_WORD = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:\w\.)*\w")
_NEXT_CHAR = re.compile(r"\s*(\S)")


def _is_abbrev(body: str, dot: int) -> bool:
    m = _LAST_WORD.search(body[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in _ABBREV:
        return True
    if word in ("hr", "ms") and re.search(r"\b(?:[ZzHh]r\.\s?[Mm]s|[ZzHh]r)$", body[max(0, dot - 8) : dot]):
        return True  # "Hr. Ms. Van Speijk", "Zr. Ms.": the ship's prefix, not "de afdeling HR."
    # initials ("K.H.") and single letters
    return bool(_INITIALS.fullmatch(word)) and len(word.replace(".", "")) <= 2 and not word.isdigit()


def sentences(body: str) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, (pa, pb) in enumerate(paragraphs(body)):
        start = pa
        for m in _END.finditer(body, pa, pb):
            punct = body[m.start()]
            if punct == "." and _is_abbrev(body, m.start()):
                continue
            if punct == ":" and body.count("(", start, m.start()) > body.count(")", start, m.start()):
                continue  # "(volgens het CBS: 4,7%)": a colon inside brackets ends no sentence
            if punct in ".:":
                nxt = _NEXT_CHAR.match(body, m.end(), pb)  # no copy of the rest of the paragraph
                if nxt and not (nxt.group(1).isupper() or nxt.group(1) in "“\"'«(‘•-*" or nxt.group(1).isdigit()):
                    continue
            if punct == ";" and "\n" not in body[m.end() : m.end() + 3]:
                continue
            a, b = _strip(body, start, m.end())
            if a < b:
                out.append(Sentence(a, b, pi))
            start = m.end()
        a, b = _strip(body, start, pb)
        if a < b:
            out.append(Sentence(a, b, pi))
    return out


def quoted_regions(body: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: a quotation from elsewhere is not the document's claim. A
    Dutch minister quoted by name at the start of a line or sentence ("Minister Brekelmans: "We
    dragen bij aan ..."") speaks for the government: the government's own word, not a quotation."""
    out = []
    for pat in (r"“[^”]{1,2000}”", r"«[^»]{1,2000}»", r"\"[^\"\n]{1,600}\"", r"‘[^’\n]{20,600}’"):
        out += [
            (m.start(), m.end())
            for m in re.finditer(pat, body)
            if not _OWN_MINISTER_SAYS.search(body, max(0, m.start() - 70), m.start())
        ]
    return out


_OWN_MINISTER_SAYS = re.compile(
    r"(?:^|\n|[.!?]\s)\s*(?:[Mm]inister(?:-president)?|[Ss]taatssecretaris|[Pp]remier)\s+"
    r"(?:van\s+[A-Z][\w ]{2,40}?\s+)?[A-Z][\w'’-]+(?:\s+(?:van\s+|de\s+|der\s+)*[A-Z][\w'’-]+)?\s*:\s*$"
)


class Regions:
    """A union of [start, end) spans, asked "is pos inside?" by bisection."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def span_of(self, pos: int) -> tuple[int, int] | None:
        """The span pos lies inside, or None."""
        i = bisect_right(self.starts, pos) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and pos < self.ends[i] else None


def inside(pos: int, regions) -> bool:
    if isinstance(regions, Regions):
        return pos in regions
    return any(a <= pos < b for a, b in regions)
