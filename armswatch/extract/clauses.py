"""Small pieces of Dutch sentence grammar the extractors share: clause bounds, negation,
conditional and generic wording, dates."""

from __future__ import annotations

import re

from armswatch.extract.text import Sentence, fold

# a new clause starts after these (commas, semicolons, complementisers)
_CLAUSE_START = re.compile(
    r"[,;:–—(]|\b(?:dat|omdat|terwijl|maar|doordat|waarbij|waardoor|nadat|zodat|"
    r"that|because|while|whereas|but|which|although)\b"
)
_NEGATION = re.compile(
    r"\b(?:geen|niet|nooit|noch|nergens|ontken\w*|onjuist|ongegrond|weerlegd|"
    # English statements of the same government: "were not used", "has never used", "denied"
    r"not|never|neither|nor|denie[sd]|deny)\b(?!\s+only\b)"
)
# wording before the claim clause that withholds the claim ("er zijn geen aanwijzingen dat ...")
_DENIAL_LEAD = re.compile(
    r"\b(?:geen (?:aanwijzingen|bewijs|bewijzen|indicaties|signalen|informatie)|niet (?:vastgesteld|"
    r"bevestigd|gebleken|aangetoond|bekend)|ontken\w*|onbekend of|onduidelijk of|"
    r"niet (?:kunnen|te) (?:bevestigen|vaststellen)|"
    # "beschikt niet over aanwijzingen", "kan niet bevestigen dat", "niet op de hoogte"
    r"niet over (?:\w+\s+){0,2}?(?:aanwijzingen|informatie|bewijs|bewijzen|indicaties)|"
    r"niet (?:\w+\s+){0,1}?(?:bevestigen|vaststellen|aantonen)|niet op de hoogte)\b"
)
_OTHER_NEGATION = re.compile(r"\b(?:geen|niet)\s+(?:\w+\s+){0,1}?(?:verdrags)?(?:partij|lid|gebonden|aangesloten)\b")
_CONDITIONAL = re.compile(
    r"^\s*(?:als|indien|mocht|mochten|wanneer|ingeval|stel dat|tenzij|zodra|if|unless|should)\b", re.I
)
_GENERIC = re.compile(
    r"\b(?:ieder|elk|elke|enig|enige|alle|eventueel|eventuele|toekomstig\w*|verbod op|"
    r"verbiedt|verboden)\s+$"
)

MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mrt": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = re.compile(rf"\b(?:(\d{{1,2}})\s+)?({_MONTH_RE})\.?\s+(\d{{4}})\b", re.I)


def clause_start(body: str, sent: Sentence, pos: int) -> int:
    """Start of the clause holding pos: the last comma or complementiser before it."""
    start = sent.start
    for m in _CLAUSE_START.finditer(fold(body[sent.start : pos])):
        start = sent.start + m.end()
    return start


def clause_end(body: str, sent: Sentence, pos: int) -> int:
    m = re.search(r"[,;:–—)]|\b(?:en|maar|terwijl|omdat)\b", body[pos : sent.end])
    return pos + m.start() if m else sent.end


def negated(body: str, sent: Sentence, pos: int, end: int) -> bool:
    """Is the claim around [pos, end) negated or denied? Looks at its clause and at the lead
    wording before it ("er zijn geen aanwijzingen dat ...")."""
    cs = clause_start(body, sent, pos)
    ce = clause_end(body, sent, end)
    # "Rusland is geen partij bij ... en zet ... in": that negation is about the treaty
    if _NEGATION.search(_OTHER_NEGATION.sub(" ", fold(body[cs:ce]))):
        return True
    return bool(_DENIAL_LEAD.search(fold(body[sent.start : pos])))


def conditional(body: str, sent: Sentence, pos: int) -> bool:
    """Inside the conditional clause of "Als/Indien/Mocht ..., ..."."""
    text = body[sent.start : pos]
    if _CONDITIONAL.match(text) and "," not in text:
        return True
    return bool(re.search(r",\s*(?:als|indien|mocht|wanneer|tenzij|if|unless)\b[^,]*$", fold(text)))


def generic(body: str, pos: int) -> bool:
    """ "ieder gebruik van", "alle inzet van": a class of uses, not a use."""
    return bool(_GENERIC.search(fold(body[max(0, pos - 30) : pos])))


def iso_date(m: re.Match) -> str:
    day, month, year = m.group(1), MONTHS[m.group(2).lower()], m.group(3)
    return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"
