"""Woo redaction grounds: the article codes printed on blacked-out passages ("5.1.2e", OCR'd
as "51.2e" or "5.12e") and the grounds' captions ("Bescherming persoonlijke levenssfeer",
OCR'd as "Eescherming persoonlijke levenssfeer"), mapped to the article via
data/woo_grounds.toml (Wet open overheid, art. 5.1 and 5.2).

A caption counts only on a short line (a label beside a redaction, not a sentence about
privacy law), and only in a document that shows it is a Woo release.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from armswatch.lexicon import load_toml
from armswatch.prefilter import may_contain_ci

# 5.1.2e | 5.1.2.e | 5.1.2 e | 51.2e | 5.12e | 5.1.1c ; the letter must stand alone after it
_CODE = re.compile(r"(?<![\d.,])5\s?\.?\s?1\s?\.?\s?([12])\s?\.?\s?([a-i])(?![a-z])", re.I)
# "artikel 5.1, tweede lid, onder e, van de Woo" in the text of a decision
_ARTICLE_WORDS = re.compile(
    r"\bartikel\s+5\.1,?\s+(?P<lid>eerste|tweede)\s+lid,?\s+(?:aanhef\s+en\s+)?"
    r"(?:onder|onderdeel|sub)\s+(?P<letter>[a-i])\b",
    re.I,
)
# signs that a document is itself a release with redactions, not a text about the Woo
_WOO_MARK = re.compile(
    r"niet openbaar gemaakt|\b(?:Woo|Wob)-(?:besluit|verzoek)|\b5\.1\.[12]\b|weggelakt|gelakt|zwartgemaakt"
    r"|openbaar gemaakt met uitzondering|\bweigeringsgrond",
    re.I,
)
# a literal that every alternative of _WOO_MARK contains: most texts skip its slow search
_WOO_WORDS = ("openbaar gemaakt", "-besluit", "-verzoek", "5.1.", "gelakt", "zwartgemaakt", "weigeringsgrond")
_MAX_LABEL_LINE = 90


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


@lru_cache(maxsize=1)
def _labels() -> list[tuple[list[str], str, str]]:
    """[(caption words, article, caption as written in the data)], longest first."""
    out = []
    for g in load_toml("woo_grounds.toml")["ground"]:
        for label in g["labels"]:
            out.append((_plain(label).split(), g["article"], label))
    out.sort(key=lambda t: len(t[0]), reverse=True)
    return out


@lru_cache(maxsize=65536)
def _similar(want: str, have: str, last: bool) -> bool:
    if want == have or (last and have.startswith(want)):  # "levenssfeerAfgestemd": OCR glued lines
        return True
    if len(want) < 5:
        return False
    if last and len(have) > len(want):
        have = have[: len(want) + 1]
    if abs(len(want) - len(have)) > 2:
        return False
    return SequenceMatcher(None, want, have).ratio() >= 0.84


def _find_captions(words: list[str]) -> list[tuple[str, str]]:
    """(article, caption) of every caption in a line's words; captions do not overlap.

    An OCR slip spoils one word, not all: a multi-word caption is looked for only where one
    of its longer words stands exactly, which keeps this linear in the line's length.
    """
    used = [False] * len(words)
    found = []
    where: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        where.setdefault(w, []).append(i)
    for label, article, text in _labels():
        k = len(label)
        if k == 1:
            starts = [i for i, w in enumerate(words) if _similar(label[0], w, True)]
        else:
            starts = sorted({p - j for j, w in enumerate(label) if len(w) >= 5 for p in where.get(w, ())})
        for i in starts:
            if i < 0 or i + k > len(words) or any(used[i : i + k]):
                continue
            if all(_similar(label[j], words[i + j], j == k - 1) for j in range(k)):
                found.append((article, text[:1].upper() + text[1:]))
                for j in range(i, i + k):
                    used[j] = True
    return found


# --- Wob (before 1 May 2022): "10.2.e", "10.1c", "11.1", "artikel 10, tweede lid, onder e" ----
_WOB_CODE = re.compile(r"(?<![\d.,])10\s?\.\s?([12])\s?\.?\s?([a-g])(?![a-z])", re.I)
_WOB_WORDS = re.compile(
    r"\bartikel\s+10,?\s+(?P<lid>eerste|tweede)\s+lid,?\s+(?:aanhef\s+en\s+)?"
    r"(?:onder|onderdeel|sub)\s+(?P<letter>[a-g])\b",
    re.I,
)
_WOB_11_WORDS = re.compile(r"\bartikel\s+11,?\s+eerste\s+lid\b", re.I)
# "11.1" and Woo "5.2" are ordinary section numbers too: they count as a code only on a line
# that also holds a ground code (an inventory's ground column) or alone on a short line
_SECOND_CODE = re.compile(r"(?<![\d.,])(?:(?P<wob>11\s?\.\s?1)|(?P<woo>5\s?\.\s?2(?:\s?\.\s?1)?))(?![\d.,]?\d)")
_WOO_52_WORDS = re.compile(r"\bartikel\s+5\.2,?\s+(?:eerste\s+lid,?\s+)?(?:van\s+de\s+)?Woo\b", re.I)
_IS_WOB = re.compile(r"\bWob\b|Wet openbaarheid van bestuur", re.I)
_IS_WOO = re.compile(r"\bWoo\b|Wet open overheid", re.I)

# A quoted text of the law (an annex "Wettelijk kader", the articles printed out) names every
# ground without applying one: it runs from its heading to the next annex or inventory.
_LAW_QUOTE = re.compile(
    r"^(?:Bijlage\s*\w{0,3}\s*[:.–-]?\s*)?(?:Wettelijk kader|Juridisch kader|Relevante wet(?:sartikelen|geving|telijke bepalingen)"
    r"|Toepasselijke (?:wets)?artikelen|Wettekst|Tekst van de (?:wet|artikelen)|Uittreksel\b)\b.{0,80}$"
    r"|^Artikel\s+(?:5\.1|5\.2|10|11)(?:\s+[A-Z][^,\n]{0,60})?$",
    re.I | re.M,
)
_QUOTE_END = re.compile(
    r"^(?:Bijlage|Inventaris|Documentenlijst|Overzicht (?:van )?(?:de )?documenten)\b.{0,80}$", re.I | re.M
)


def _drop_law_quotes(text: str) -> str:
    """text without quoted law sections (each replaced by a line break)."""
    if not re.search(
        r"(?im)^(?:bijlage|wettelijk|juridisch|relevante|toepasselijke|wettekst|tekst van|uittreksel|artikel)", text
    ):
        return text
    out, pos = [], 0
    for m in _LAW_QUOTE.finditer(text):
        if m.start() < pos:
            continue
        out.append(text[pos : m.start()])
        end = _QUOTE_END.search(text, m.end())
        while end and _LAW_QUOTE.match(end.group(0)):  # "Bijlage 2: wettelijk kader" goes on
            end = _QUOTE_END.search(text, end.end())
        pos = end.start() if end else len(text)
        out.append("\n")
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _wob_table() -> dict[str, dict]:
    return {g["article"]: g for g in load_toml("woo_grounds.toml")["wob_ground"]}


@lru_cache(maxsize=1)
def _woo_to_wob() -> dict[str, str]:
    return {g["woo"]: a for a, g in _wob_table().items() if g.get("woo")}


def _entry(article: str) -> dict[str, str | None]:
    entry: dict[str, str | None] = {"ground": None, "woo_article": article}
    if not article.startswith("5."):  # a Wob article: its Woo counterpart apart
        entry["woo_equivalent"] = _wob_table().get(article, {}).get("woo")
    return entry


def _codes(line: str, wob: bool) -> list[str]:
    """Ground codes printed on one line, in order."""
    found = [(m.start(), f"5.1.{m.group(1)}{m.group(2).lower()}") for m in _CODE.finditer(line)]
    if wob:
        found += [(m.start(), f"10.{m.group(1)}{m.group(2).lower()}") for m in _WOB_CODE.finditer(line)]
    if found or len(line.strip()) <= 12:
        for m in _SECOND_CODE.finditer(line):
            if m.group("wob") and wob:
                found.append((m.start(), "11.1"))
            elif m.group("woo"):
                found.append((m.start(), "5.2"))
    return [a for _, a in sorted(found)]


def printed_codes(line: str) -> list[str]:
    """Woo ground codes printed as labels on one line ("5.1.2e", OCR'd "51.2e"), in order; a
    sentence that cites an article ("op grond van artikel 5.1.2e") prints no label."""
    if re.search(r"\bart(?:ikel|\.)\s*5\.", line, re.I):
        return []
    return _codes(line, wob=False)


def redactions(texts: list[str]) -> list[dict[str, str | None]]:
    """Grounds applied in the given texts (raw text, sidebar), one entry per article as the
    text cites it: Woo "5.1.2e", or in a Wob-era decision Wob "10.2e" / "11.1" (with its Woo
    counterpart as "woo_equivalent")."""
    joined = "\n".join(texts)
    has_code = _CODE.search(joined) is not None
    marked = may_contain_ci(joined, _WOO_WORDS) and _WOO_MARK.search(joined) is not None
    wob = may_contain_ci(joined, ("wob", "openbaarheid van bestuur")) and _IS_WOB.search(joined) is not None
    if not (has_code or marked or (wob and _WOB_CODE.search(joined))):
        return []
    joined = _drop_law_quotes(joined)
    wob_only = wob and not _IS_WOO.search(joined)
    out: dict[str, dict[str, str | None]] = {}
    for m in _ARTICLE_WORDS.finditer(joined):
        article = f"5.1.{1 if m.group('lid').lower() == 'eerste' else 2}{m.group('letter').lower()}"
        out.setdefault(article, _entry(article))
    if _WOO_52_WORDS.search(joined):
        out.setdefault("5.2", _entry("5.2"))
    if wob:
        for m in _WOB_WORDS.finditer(joined):
            article = f"10.{1 if m.group('lid').lower() == 'eerste' else 2}{m.group('letter').lower()}"
            out.setdefault(article, _entry(article))
        if _WOB_11_WORDS.search(joined):
            out.setdefault("11.1", _entry("11.1"))
    for line in joined.split("\n"):
        if not line.strip():
            continue
        codes = _codes(line, wob)
        for article in codes:
            out.setdefault(article, _entry(article))
        if len(line) > _MAX_LABEL_LINE or not (marked or has_code or codes):
            continue
        for article, caption in _find_captions(_plain(line).split()):
            if wob_only:
                article = _woo_to_wob().get(article, article)
            if codes and article not in codes:
                if len(codes) != 1:
                    continue
                article = codes[0]  # "5.1.1c Vertrouwelijk verstrekte ...": the code says which
            entry = out.setdefault(article, _entry(article))
            if entry["ground"] is None:
                entry["ground"] = caption
    return list(out.values())
