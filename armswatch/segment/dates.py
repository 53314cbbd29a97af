"""Dutch dates in every written form: "3 maart 2022", "19 mrt. 2024", "29 September 2023",
"Den Haag, 3 maart 2022", "(ontvangen 10 oktober 2023)", "03-03-2022", "2022-03-03"."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from difflib import get_close_matches
from functools import lru_cache

MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "february": 2,
    "maart": 3,
    "mrt": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "augustus": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4]
# any word in the month's place; an OCR slip ("septernber", "oktobcr") is resolved by similarity
_WORD_DATE = re.compile(r"(?<!\d)(\d{1,2})(?:e|ste|de)?\s+([A-Za-zé]{3,10})\.?\s+((?:19|20)\d{2})(?!\d)")


@lru_cache(maxsize=4096)
def month_number(word: str) -> int | None:
    w = word.lower()
    if w in MONTHS:
        return MONTHS[w]
    close = get_close_matches(w, _FULL_MONTHS, n=1, cutoff=0.8) if len(w) >= 5 else []
    return MONTHS[close[0]] if close else None


_NUM_DATE = re.compile(r"(?<![\d.-])(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})(?![\d-])")
_ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])")


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def iter_dates(text: str) -> Iterator[tuple[str, int, int]]:
    """Every valid date in text as (ISO date, start, end), in order of position."""
    found = []
    for m in _WORD_DATE.finditer(text):
        month = month_number(m.group(2))
        iso = _iso(int(m.group(3)), month, int(m.group(1))) if month else None
        if iso:
            found.append((iso, m.start(), m.end()))
    for m in _NUM_DATE.finditer(text):
        iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            found.append((iso, m.start(), m.end()))
    for m in _ISO_DATE.finditer(text):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            found.append((iso, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    return iter(found)


def find_date(text: str) -> str | None:
    """The first date in text, as ISO, or None."""
    return next((iso for iso, _, _ in iter_dates(text)), None)


def date_after(marker: re.Pattern[str], text: str, window: int = 40) -> str | None:
    """The date that directly follows the first match of marker ("ontvangen", "Den Haag,")."""
    for m in marker.finditer(text):
        for iso, start, _ in iter_dates(text[m.end() : m.end() + window]):
            if start <= 6:
                return iso
            break
    return None
