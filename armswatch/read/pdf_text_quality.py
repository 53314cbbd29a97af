"""Is a page's text layer worth keeping, or should OCR read the page instead?

Three kinds of page are read by OCR: a page without text (a scan), a scan that carries only a
stamp or a document number as text (an image over most of the page, a few characters of text),
and a page whose text layer is garbled (a font without a Unicode mapping gives "Plqlvwhu" or
private-use characters; a poor earlier OCR gives strings without vowels). Garbled is judged by
the lexicon, not by a dictionary: running text is about a third function words ("de", "van",
"het"), garbage has next to none and many vowel-less words.
"""

from __future__ import annotations

import re
from functools import cache

from armswatch.lexicon import load_toml

MIN_WORDS = 15  # fewer words tell nothing either way
MAX_KNOWN = 0.03  # running text has 20-40 % function words
MIN_ODD = 0.3  # ... and few "words" without a vowel or with capitals inside
MAX_BAD_CHARS = 0.1  # control, replacement and private-use characters
SCAN_COVER = 0.5  # an image over half the page ...
STAMP_CHARS = 150  # ... with fewer characters of text than this is a scan with a stamp

_WORD = re.compile(r"[^\W\d_]{2,}")
_VOWEL = re.compile(r"[aeiouyáàâäéèêëíìîïóòôöúùûü]", re.I)
_CASE_INSIDE = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_BAD = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd\ue000-\uf8ff]")


@cache
def _function_words() -> frozenset[str]:
    return frozenset(load_toml("text_quality.toml")["function_words"])


def known_share(text: str) -> float:
    """Share of the text's words that are function words (0 when it has no words)."""
    words = _WORD.findall(text)
    return sum(w.lower() in _function_words() for w in words) / len(words) if words else 0.0


def garbled(text: str) -> bool:
    """True when a text layer is garbage rather than language."""
    stripped = "".join(text.split())
    if stripped and len(_BAD.findall(stripped)) > MAX_BAD_CHARS * len(stripped):
        return True
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    odd = sum(1 for w in words if not _VOWEL.search(w) or _CASE_INSIDE.search(w)) / len(words)
    return known_share(text) < MAX_KNOWN and odd >= MIN_ODD


def image_cover(page) -> float:
    """Share of the page that its largest image covers."""
    area = abs(page.rect) or 1.0
    best = 0.0
    for info in page.get_image_info():
        best = max(best, abs(page.rect & info["bbox"]) / area)
    return best


def ocr_reason(page, text: str) -> str | None:
    """Why this page should be read by OCR ("no text", "scan with a stamp", "garbled text"), or None."""
    chars = len("".join(text.split()))
    if chars == 0:
        return "no text" if page.get_images(full=False) or page.get_drawings() else None
    if chars < STAMP_CHARS and image_cover(page) >= SCAN_COVER:
        return "scan with a stamp"
    if garbled(text):
        return "garbled text"
    return None
