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
_ARTICLE_WORDS = re.compile(r"\bartikel\s+5\.1,?\s+(?P<lid>eerste|tweede)\s+lid,?\s+(?:aanhef\s+en\s+)?"
                            r"(?:onder|onderdeel|sub)\s+(?P<letter>[a-i])\b", re.I)
# signs that a document is itself a release with redactions, not a text about the Woo
_WOO_MARK = re.compile(r"niet openbaar gemaakt|\b(?:Woo|Wob)-besluit|\b5\.1\.[12]\b|weggelakt|gelakt|zwartgemaakt"
                       r"|openbaar gemaakt met uitzondering|\bweigeringsgrond", re.I)
# a literal that every alternative of _WOO_MARK contains: most texts skip its slow search
_WOO_WORDS = ("openbaar gemaakt", "-besluit", "5.1.", "gelakt", "zwartgemaakt", "weigeringsgrond")
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
        have = have[:len(want) + 1]
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
            if i < 0 or i + k > len(words) or any(used[i:i + k]):
                continue
            if all(_similar(label[j], words[i + j], j == k - 1) for j in range(k)):
                found.append((article, text[:1].upper() + text[1:]))
                for j in range(i, i + k):
                    used[j] = True
    return found


def redactions(texts: list[str]) -> list[dict[str, str | None]]:
    """Grounds cited in the given texts (raw text, sidebar), one entry per article."""
    joined = "\n".join(texts)
    out: dict[str, dict[str, str | None]] = {}
    for m in _CODE.finditer(joined):
        article = f"5.1.{m.group(1)}{m.group(2).lower()}"
        out.setdefault(article, {"ground": None, "woo_article": article})
    if not out and not (may_contain_ci(joined, _WOO_WORDS) and _WOO_MARK.search(joined)):
        return []
    for m in _ARTICLE_WORDS.finditer(joined):
        article = f"5.1.{1 if m.group('lid').lower() == 'eerste' else 2}{m.group('letter').lower()}"
        out.setdefault(article, {"ground": None, "woo_article": article})
    for line in joined.split("\n"):
        if not line.strip() or len(line) > _MAX_LABEL_LINE:
            continue
        for article, caption in _find_captions(_plain(line).split()):
            entry = out.setdefault(article, {"ground": None, "woo_article": article})
            if entry["ground"] is None:
                entry["ground"] = caption
    return list(out.values())
