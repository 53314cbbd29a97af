"""Who speaks: a statement's or speech page's speaker and post.

English statements ("Statement by H.E. Ambassador X, Permanent Representative ...", "Speech by the
Minister of Foreign Affairs, X, at ...") and Dutch speech pages ("Toespraak van minister X bij ...",
"Minister-president Rutte heeft ... geopend").
"""

from __future__ import annotations

import re

from armswatch.segment.roles import roles_in

# --- English statements ------------------------------------------------------------------
# "Statement by H.E. Ambassador Robbert Jan Gabriëlse,", "Delivered by H.E. X, Permanent Representative
# to the Conference", "Intervention by H.E. Stef Blok, Minister of Foreign Affairs of the Netherlands",
# "Speech by the Minister of Foreign Affairs, Frans Timmermans, at ..."
# (initials count as a word of the name: "Karel J.G. van Oosterom")
# (the words of a name stay on one line: a page's next paragraph is no part of it)
_POST_WORDS = r"(?:Permanent|Deputy|Minister|Ambassador|Representative|State|Prime|Head|Director|Counsell?or|Chargé)\b"
# "Statement delivered in the Conference on Disarmament on Tuesday ... on behalf of the Kingdom of the
# Netherlands by H.E. Robert in den Bosch."
_BY_EXCELLENCY = r"\b(?:Statement|Speech|Intervention)\b[^\n]{0,200}?\bby\s+H\.\s?E\.\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
_EN_NAME = (
    r"(?!H\.\s?E\.|The\b|This\b)[A-ZÀ-Ý][\w'’-]*"
    # (a post after the name without a comma is no part of it: "Karel J.G. van Oosterom Permanent Representative")
    r"(?:[ \t]+(?:(?:[A-Z]\.){1,4}(?!\w)|(?!"
    + _POST_WORDS
    + r")[A-ZÀ-Ý][\w'’-]*|(?:van|der|den|de|ten|ter|in|op|'t)\b)){1,5}"
)
_EN_BY_EXCELLENCY = re.compile(_BY_EXCELLENCY + r"(?P<name>" + _EN_NAME + r")")
_EN_SPEAKER = re.compile(
    r"\b(?:Statement|STATEMENT|Speech|SPEECH|Intervention|Remarks|Address|[Dd]elivered)(?:\s+to\s+the\s+press)?\s+(?:by|BY|of)\s+"
    r"(?:H\.\s?E\.\s+)?"
    r"(?:(?P<title>Ambassador|(?:Defen[cs]e|Foreign|Prime)\s+Minister|Minister|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
    r"(?:H\.\s?E\.\s+)?(?P<name>" + _EN_NAME + r")"
    # a post in apposition may run on: "First Secretary, Permanent Representation to the Conference ...";
    # or stand in the next paragraph ("H.E. Mr. X\n\nPermanent Representative of ... to the United Nations")
    r"(?:(?:\s*[,.]\s*|[\n ]+(?=(?:Permanent|Deputy|Minister|Ambassador|State|Prime|Head|Director|First|Second|"
    r"Counsell?or|Special|Chargé)\b))(?P<role>[^,.\n|]{3,160}(?:,\s+[A-Z][^,.\n|]{3,160})?))?"
)
# a post without a name: "Statement by the Netherlands Minister of Foreign Affairs during the General Debate"
_EN_POST_ONLY = re.compile(
    r"\b(?:Statement|Speech|Intervention|Remarks|Address)\s+by\s+[Tt]he\s+(?:Netherlands|Dutch)\s+"
    r"(?P<role>(?:Prime Minister|Minister|State Secretary|Ambassador|Permanent Representative)\b[^,.\n]{0,80}?)"
    r"(?=\s+(?:during|at|on|to|before|in|for the)\b|\s*[,.\n])"
)
_EN_ROLE_FIRST = re.compile(
    r"\b(?:Statement|Speech|Intervention|Remarks|Address|(?<=, )delivered)\s+by\s+the\s+(?P<role>[A-Z][^,\n]{3,100}?),\s+(?P<name>"
    + _EN_NAME
    + r")"
)
# the post before the name, without a comma: "National intervention by Minister of Foreign Affairs
# Hanke Bruins Slot in ...", "Video message by Minister for Foreign Trade and Development Cooperation X on ..."
_EN_PORTFOLIO_FIRST = re.compile(
    r"\b(?:Statement|Speech|[Ii]ntervention|Remarks|Address|[Mm]essage)\s+by\s+(?:the\s+)?"
    r"(?P<role>(?:Prime Minister|(?:Minister|State Secretary) (?:of|for) (?:Foreign Affairs|Defence|Foreign Trade and "
    r"Development Cooperation|Development Cooperation|Foreign Trade|Justice and Security|Finance|General Affairs)))"
    r"\s+(?P<name>" + _EN_NAME + r")(?=\s+(?:in|at|on|during|to|before|for)\b|\s*[,.\n])"
)
# the post and name before a possessive: "Minister for Foreign Trade and Development Cooperation
# Liesje Schreinemacher's remarks at the opening of ..."
_EN_POSSESSIVE = re.compile(
    r"\b(?P<role>(?:Prime Minister|(?:Minister|State Secretary) (?:of|for) [A-Z][a-z]+(?: (?:and|of|for|[A-Z][a-z]+))*))"
    r"\s+(?P<name>" + _EN_NAME + r")['’]s\s+(?:remarks|speech|statement|address|intervention)\b"
)
_EN_ROLE_WORD = re.compile(
    r"\b(?:Minister|Ambassador|Representative|Secretary|Director|President|Envoy|Chargé|Head|Counsell?or|Advis[eo]r|"
    r"Attaché|Delegate|Coordinator)\b"
)
# "..., Minister of Foreign Affairs of the Netherlands" names the country, not the post; in a mission's
# "Permanent Representative of the Kingdom of the Netherlands (to ...)" it is the post's own name
_OF_NL = re.compile(r"\s+of\s+(?:the\s+Kingdom\s+of\s+)?the\s+Netherlands(?:\s+[A-Z].*)?$")
_MISSION_POST = re.compile(r"\b(?:Representative|Representation|Ambassador|Delegation|Delegate)\b")


# the speech's opening words run onto the post when the page's lines are joined: "..., First
# Secretary, Permanent Representation to the Conference Thank you Chair, ..."
_SALUTATION_TAIL = re.compile(
    r"\s+(?:Thank you\b|(?:(?:Mr\.?|Madam|Madame|Dear)\s+)?(?:Chair|Chairman|Chairperson|President)\s*,|"
    r"(?:Mr\.?|Madam|Madame|Dear)\s+(?:Chair|Chairman|Chairperson|President)\b|Excellencies\b"
    r"|(?:Distinguished|Dear)\s+(?:colleagues|delegates)\b).*$",
    re.S,
)


# a Dutch page's title naming the speaker by post and name: "Toespraak van minister-president Jan
# de Vries bij ...", "Statement van minister van Defensie Anna Bakker over ..."
_NL_SPEAKER = re.compile(
    r"^(?:Statement|Toespraak|Speech|Verklaring|Bijdrage|Openingswoord|Rede)\s+van\s+(?:de\s+)?"
    r"(?P<role>minister-president|(?:minister|staatssecretaris)\s+(?:van|voor)\s+[A-Z][\w-]+(?:\s+en\s+[A-Z][\w-]+)?)"
    r"\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|van|de|der|den|ten|ter)){1,4}?)"
    r"(?=\s+(?:bij|tijdens|op|over|ter|in|aan|voor|na|tegen)\b|\s*[,:(]|\s*$)",
    re.M,
)


# the speaker named anywhere in a speech page's opening lines, by post and name ("Toespraak van de
# minister van Defensie drs. Ank Bijleveld-Schouten op ...", "Minister-president Rutte heeft de
# top geopend") or by name and portfolio ("Toespraak minister Ruben Brekelmans (Defensie) bij ...")
_NL_NAME = r"(?:(?:[A-Z]\.\s?){1,4}\s*)?[A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|van|de|der|den|ten|ter)){0,3}?"
_NL_TITLES = r"(?:(?:drs|mr|dr|ir|prof|ing)\.?\s+)*"
_NL_NAME_END = r"(?=\s+(?:bij|tijdens|op|over|ter|in|aan|voor|na|tegen|heeft|is|sprak|opent|opende)\b|\s*[,:(.]|\s*$)"
_NL_POST_NAME = re.compile(
    r"\b(?P<role>[Mm]inister-[Pp]resident|(?:[Mm]inister|[Ss]taatssecretaris)\s+(?:van|voor)\s+[A-Z][\w-]+"
    r"(?:\s+en\s+[A-Z][\w-]+)?)(?:\s+|,\s*)" + _NL_TITLES + r"(?P<name>" + _NL_NAME + r")" + _NL_NAME_END,
    re.M,
)
_NL_NAME_PORTFOLIO = re.compile(
    r"\b(?P<word>[Mm]inister|[Ss]taatssecretaris)\s+" + _NL_TITLES + r"(?P<name>" + _NL_NAME + r")"
    r"\s*\(?\s*(?P<p>[A-Z][\w-]+(?:\s+(?:en\s+)?[A-Z][\w-]+){0,3})\)"
)
# (a ministry's name may stand above the title: "Ministerie van Verkeer en Waterstaat\n\nToespraak van ...")
_SPEECH_PAGE = re.compile(
    r"^(?:Ministerie van [^\n]{3,60}\s+)?\W*(?:Toespraak|Speech|Rede|Openingswoord|Verklaring|Statement)\b", re.I
)


def dutch_speaker(head: str) -> tuple[str | None, str | None]:
    """(name, role) from a Dutch title "Toespraak van minister-president X bij ...", or from the
    opening lines of a speech page; the fullest name the lines give, or (None, None)."""
    m = _NL_SPEAKER.search(head)
    if m:
        roles = roles_in(m.group("role"))
        return m.group("name"), roles[0] if roles else None
    if not _SPEECH_PAGE.match(head):
        return None, None
    found: list[tuple[str, str]] = []
    for m in _NL_POST_NAME.finditer(head):
        roles = roles_in(m.group("role"))
        if roles:
            found.append((m.group("name"), roles[0]))
    for m in _NL_NAME_PORTFOLIO.finditer(head):
        roles = roles_in(f"{m.group('word')} {m.group('p')}")
        if roles:
            found.append((m.group("name"), roles[0]))
    if not found:
        return None, None
    name = max((n for n, _ in found), key=lambda n: len(n.split()))
    return name, found[0][1]


# initials glued to the particle after them: "Karel J.G.van Oosterom"
_GLUED_INITIALS = re.compile(r"((?:\b[A-Z]\.){1,4})(?=(?:van|de|der|den|ten|ter)\b)")
# where the post ends and the occasion begins: "Permanent Representative to the Conference on
# Disarmament at the Conference on Disarmament during the plenary meeting ..."
_OCCASION = re.compile(r"\s+(?:during|at\s+the\s+(?:\d|plenary|Conference|meeting|session|opening|joint))\b.*$", re.S)


_BROKEN_POST = re.compile(r"\b(for|of|and|the)[ \t]*\n+[ \t]*(?=[A-Z])")


def speaker(head: str) -> tuple[str | None, str | None]:
    """(name, role) of the one who delivers an English statement or speech, as the page says them."""
    head = _GLUED_INITIALS.sub(r"\1 ", head)
    # a post broken over paragraphs after a preposition: "the Minister for\n\nDevelopment Cooperation"
    head = _BROKEN_POST.sub(r"\1 ", head)
    m = _EN_ROLE_FIRST.search(head)
    if m and _EN_ROLE_WORD.search(m.group("role")):
        return m.group("name"), m.group("role").strip()
    m = _EN_PORTFOLIO_FIRST.search(head) or _EN_POSSESSIVE.search(head)
    if m:
        return m.group("name"), m.group("role")
    m = _EN_SPEAKER.search(head)
    if not m and (by := _EN_BY_EXCELLENCY.search(head)):
        return by.group("name"), None
    if not m:
        post = _EN_POST_ONLY.search(head)
        return (None, post.group("role").strip()) if post else (None, None)
    role = _OCCASION.sub("", _SALUTATION_TAIL.sub("", m.group("role") or "")).strip()
    if not _EN_ROLE_WORD.search(role):
        title = m.group("title") or ""
        role = title if title in ("Ambassador", "Minister") or title.endswith(" Minister") else ""
    return m.group("name"), (role if _MISSION_POST.search(role) else _OF_NL.sub("", role)) or None
