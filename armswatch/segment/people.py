"""Who sends, who co-signs, who is addressed, who asks.

Sender: the answer line ("Antwoord van Minister Ollongren (Defensie)"), openkamer's
"Beantwoord door", the title ("BRIEF VAN DE MINISTER VAN DEFENSIE") and the signature
("De Minister van Defensie, K.H. Ollongren"). Co-senders: every minister named by "mede
namens", and the other ministers of a joint letter. Questioners: "Vragen van de leden A, B en
C (allen P)", "Vragen X (P) over", openkamer's "Indiener".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from armswatch.lexicon import load_toml
from armswatch.segment.roles import is_pure_role, portfolio, role_title, roles_in

_TITLES = re.compile(r"^(?:(?:drs|dr|mr|ir|ing|prof|ds|mw|dhr)\.?\s+)+", re.I)
_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,5}$")


_GLUED_NAME = re.compile(r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Ý][a-zà-ÿ]{2})")


def clean_name(text: str) -> str | None:
    """A person's name as signed ("drs. K.H. Ollongren" -> "K.H. Ollongren"), or None."""
    name = _TITLES.sub("", text.strip().strip("*_,.").strip())
    # a space lost between words of the name: "Jasper vanDijk", "RemcoDijkstra"
    name = _GLUED_NAME.sub(" ", name)
    if not name or len(name) > 45 or any(c.isdigit() for c in name) or not _NAME.match(name):
        return None
    if name.isupper() and len(name) > 4:  # a caps heading, not a name
        return None
    return name


# --- sender -------------------------------------------------------------------------------
# "Antwoord van Minister Ollongren (Defensie)", "Antwoorden van Staatssecretaris X (Financiën)"
_ANSWER_BY_NAME = re.compile(
    r"(?:Antwoord(?:en)?|Mededeling) van (?:de )?(?P<word>minister|staatssecretaris)\s+(?P<name>[A-ZÀ-Ý][^()]{1,40}?)\s*"
    r"\((?P<portfolio>[^)]{3,80})\)",
    re.I,
)
# a ministry's page of the answers: "Staatssecretaris Van der Burg (JenV) geeft antwoorden op Kamervragen"
_GIVES_ANSWERS = re.compile(
    r"\b(?P<word>Minister|Staatssecretaris)\s+(?P<name>[A-ZÀ-Ý][^()\n]{1,40}?)\s*\((?P<portfolio>[^)\n]{2,80})\)\s+"
    r"(?:geeft|gaf|beantwoordt|beantwoordde|stuurt|stuurde)\b[^.\n]{0,40}?\b(?:antwoorden|vragen)\b"
)
# "Antwoorden van de minister van Buitenlandse Zaken, mede namens ..."
_ANSWER_BY_ROLE = re.compile(r"Antwoord(?:en)? van (?:de )?(?P<rest>(?:minister|staatssecretaris).{0,120})", re.I)
_TITLE_SENDER = re.compile(r"\bBRIEF VAN (?:DE )?(?P<rest>(?:MINISTER|STAATSSECRETARIS).{0,250})")
_SIGNATURE = re.compile(
    r"^(?:(?:Hoogachtend|Met vriendelijke groet(?:en)?),?\s+)?(?:De|DE|de)\s+"
    r"(?P<role>(?:Minister|MINISTER|Staatssecretaris|STAATSSECRETARIS|minister|staatssecretaris)"
    r"[^\n]{0,110}?)(?:,\s*(?P<name>[^,]{2,50})|,)?$"
)


# an older heading: "Antwoorden van de heer Jansen, Minister van Defensie, en mevrouw De Boer,
# Staatssecretaris van Financiën, op vragen van ..." (each minister named, then the role)
_ANSWER_BY_GENTLEMAN = re.compile(
    r"^Antwoord(?:en)? van (?P<rest>(?:de heer|mevrouw)\s+[A-ZÀ-Ý][^\n]{0,300}?)\s+op (?:de )?(?:schriftelijke )?vragen\b",
    re.M,
)
_TITLED_MINISTER = re.compile(
    r"(?:de heer|mevrouw)\s+(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s*,\s*"
    r"(?P<role>(?:[Mm]inister|[Ss]taatssecretaris)\s+(?:van|voor)\s+[^,\n]{3,80}?)\s*(?=,|\s+en\s|$)"
)


def heading_sender(head: str) -> tuple[str | None, str | None, list[str]]:
    """(name, role, co-roles) from 'Antwoord van de heer X, Minister van Y, op vragen ...'."""
    m = _ANSWER_BY_GENTLEMAN.search(head)
    if not m:
        return None, None, []
    named = [
        (clean_name(t.group("name")), roles_in(t.group("role"))) for t in _TITLED_MINISTER.finditer(m.group("rest"))
    ]
    named = [(n, r[0]) for n, r in named if r]
    if not named:
        return None, None, []
    return named[0][0], named[0][1], [r for _, r in named[1:]]


def answer_sender(head: str) -> tuple[str | None, str | None, list[str]]:
    """(name, role, co-roles) from an 'Antwoord van ...' line, or Nones."""
    found = heading_sender(head)
    if found[1]:
        return found
    m = _ANSWER_BY_NAME.search(head) or _GIVES_ANSWERS.search(head[:1500])
    if m:
        # a state secretary's part of a ministry after a dash: "(Financiën – Fiscaliteit en Belastingdienst)"
        p = portfolio(m.group("portfolio")) or portfolio(re.split(r"\s+[–-]\s+", m.group("portfolio"))[0])
        if p:
            # "Antwoord van Minister A (X) en (van) Minister B (Y), mede namens ...": B co-signs
            first, _, more = head[m.end() : m.end() + 300].partition("\n")
            if first.count("(") > first.count(")"):  # a post broken over two lines: "(Buitenlandse\n Zaken)"
                first += " " + more.lstrip().split("\n")[0].strip()
            line = _CLAUSE_END.split(first, maxsplit=1)[0]
            line = re.split(r"\bmede\s+namens\b", line, maxsplit=1)[0]
            co = [r for r in roles_in(_NAMED_ROLE.sub(_unname, line)) if r]
            return clean_name(m.group("name")), role_title(m.group("word"), *p), co
    m = _ANSWER_BY_ROLE.search(head)
    if m:
        rest = re.split(r"\bmede namens\b|\(", m.group("rest"), maxsplit=1)[0]
        roles = roles_in(rest)
        if roles:
            return None, roles[0], roles[1:]
    return None, None, []


def _people_with_roles(value: str) -> list[tuple[str | None, list[str]]]:
    """openkamer's 'Name (role, role) (party), Name (role) (party)' -> [(name, roles)]."""
    people = re.findall(r"([^(),]+?)\s*\(([^)]*)\)(?:\s*\([^)]*\))?", value)
    return [(clean_name(n), roles_in(r)) for n, r in people]


def _first_and_others(out: list[tuple[str | None, str]]) -> tuple[str | None, str | None, list[str]]:
    if not out:
        return None, None, []
    return out[0][0], out[0][1], [r for _, r in out[1:]]


def answered_by(value: str) -> tuple[str | None, str | None, list[str]]:
    """openkamer 'Beantwoord door Kajsa Ollongren (minister defensie) (D66), Wopke Hoekstra (...)'.
    The first named answers, even when the site's label of the post is no title ("minister
    zonder portefeuille buitenlandse zaken"): then the name without a role."""
    people = _people_with_roles(value)
    if not people:
        return None, None, []
    (first, roles), rest = people[0], people[1:]
    return first, roles[-1] if roles else None, [r[-1] for _, r in rest if r]


def submitted_by(value: str) -> tuple[str | None, str | None, list[str]]:
    """openkamer's 'Indiener(s)' of a government paper: the ministers who sign it. The site lists
    every post a person held; a person listed with two different posts is left out (which one
    signed this paper is not said)."""
    return _first_and_others([(n, roles[0]) for n, roles in _people_with_roles(value) if len(set(roles)) == 1])


def title_sender(paragraphs: list[str]) -> list[str]:
    """Roles from a kamerstuk title 'BRIEF VAN DE MINISTERS VAN A, VAN B EN VOOR C' (a site's
    metadata lines may stand above it; a title broken over lines goes on in capitals)."""
    for i, p in enumerate(paragraphs[:12]):
        m = _TITLE_SENDER.search(p)
        if m:
            rest = m.group("rest")
            for q in paragraphs[i + 1 : i + 3]:
                if not (q.isupper() and len(q) <= 120):
                    break
                rest += " " + q
            return roles_in(rest)
    return []


def signature(paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(name, role) from the first signature: 'De Minister van Defensie, K.H. Ollongren'."""
    return next(((name, role) for _, name, role in signatures(paragraphs)), (None, None))


def signatures(paragraphs: list[str]) -> Iterator[tuple[int, str | None, str]]:
    """Every signature, in order: (paragraph index, name, role)."""
    skip_to = 0
    for i, p in enumerate(paragraphs):
        if i < skip_to:
            continue
        m = _signature_line(p)
        if not m:
            continue
        roles = roles_in(m.group("role"))
        name = clean_name(m.group("name")) if m.group("name") else None
        if m.group("name") and name is None:
            continue  # "De minister van Defensie heeft ..." is a sentence, not a signature
        if name is None:
            joint = _joint_signature(paragraphs, i, roles)
            if joint:
                skip_to = joint[-1][0] + 1
                yield from joint
                continue
        if name is None and i + 1 < len(paragraphs):
            name = clean_name(paragraphs[i + 1])
        yield i, name, roles[0]


def _signature_line(p: str) -> re.Match[str] | None:
    """A signature's role line ("De Minister van Defensie," with or without the name), or None."""
    if len(p) > 160:
        return None
    m = _SIGNATURE.match(p)
    return m if m and is_pure_role(m.group("role")) else None


# two ministers sign side by side, flattened: "De Minister van A, De Minister voor B," over
# "Drs. P.Q. Jansen Mr. R. de Vries" (each name a title or initials, then the surname)
_SIGNED_NAME = re.compile(
    r"(?:(?:[Dd]rs|[Dd]r|[Mm]r|[Ii]r|[Ii]ng|[Pp]rof)\.\s*)*(?:[A-ZÀ-Ý][a-zà-ÿ]*\.\s?){1,6}\s*"
    r"(?:(?:van|de|der|den|ten|ter|in|'t)\s+)*[A-ZÀ-Ý][\w'’-]+"
)


def _joint_signature(paragraphs: list[str], i: int, roles: list[str]) -> list[tuple[int, str, str]]:
    """The signatures of ministers who sign together, the roles first and the names below in the
    same order: on one line each ("De Minister van A, De Minister voor B," / "P. Jansen R. de Vries")
    or one role a line, then one name a line ("De Minister van A," / "De Minister voor B," /
    "Piet Jansen" / "Roos de Vries"). The first name is the first role's, never a role read as a name."""
    if len(roles) >= 2 and i + 1 < len(paragraphs):  # the roles on one line, the names on the next
        names = _SIGNED_NAME.findall(paragraphs[i + 1])
        if len(names) == len(roles) and " ".join(names).split() == paragraphs[i + 1].split():
            return [(i, clean_name(n) or n, r) for n, r in zip(names, roles, strict=True)]
        return []
    run = [roles[0]]
    for q in paragraphs[i + 1 : i + 4]:  # the roles one a line, each without its name
        m = _signature_line(q)
        if not m or m.group("name"):
            break
        run.append(roles_in(m.group("role"))[0])
    if len(run) < 2:
        return []
    below = paragraphs[i + len(run) : i + 2 * len(run)]
    names = [clean_name(q) for q in below]
    if len(names) != len(run) or any(n is None or _signature_line(q) for n, q in zip(names, below, strict=True)):
        return []
    return [(i + k, n, r) for k, (n, r) in enumerate(zip(names, run, strict=True)) if n]


def co_signers(paragraphs: list[str]) -> list[str]:
    """The roles of the ministers who sign right below the first signer (a joint letter or answer
    signed by two ministers without 'mede namens')."""
    found = signatures(paragraphs)
    first = next(found, None)
    if first is None:
        return []
    out, last = [], first[0]
    for i, _, role in found:
        if i - last > 3:  # a signature further on belongs to another piece (an annex, a forwarded letter)
            break
        if role != first[2] and role not in out:
            out.append(role)
        last = i
    return out


# --- English statements ------------------------------------------------------------------
# "Statement by H.E. Ambassador Robbert Jan Gabriëlse,", "Delivered by H.E. X, Permanent Representative
# to the Conference", "Intervention by H.E. Stef Blok, Minister of Foreign Affairs of the Netherlands",
# "Speech by the Minister of Foreign Affairs, Frans Timmermans, at ..."
# (initials count as a word of the name: "Karel J.G. van Oosterom")
# (the words of a name stay on one line: a page's next paragraph is no part of it)
_EN_NAME = (
    r"(?!H\.\s?E\.|The\b|This\b)[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \t]+(?:(?:[A-Z]\.){1,4}(?!\w)|[A-ZÀ-Ý][\w'’-]*|(?:van|der|den|de|ten|ter|in|op|'t)\b)){1,5}"
)
_EN_SPEAKER = re.compile(
    r"\b(?:Statement|Speech|Intervention|Remarks|Address|[Dd]elivered)(?:\s+to\s+the\s+press)?\s+(?:by|of)\s+"
    r"(?:H\.\s?E\.\s+)?"
    r"(?:(?P<title>Ambassador|(?:Defen[cs]e|Foreign|Prime)\s+Minister|Minister|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
    r"(?:H\.\s?E\.\s+)?(?P<name>" + _EN_NAME + r")"
    # a post in apposition may run on: "First Secretary, Permanent Representation to the Conference ...";
    # or stand in the next paragraph ("H.E. Mr. X\n\nPermanent Representative of ... to the United Nations")
    r"(?:(?:\s*[,.]\s*|\n+(?=(?:Permanent|Deputy|Minister|Ambassador|State|Prime|Head|Director|First|Second|"
    r"Counsell?or|Special|Chargé)\b))(?P<role>[^,.\n|]{3,160}(?:,\s+[A-Z][^,.\n|]{3,160})?))?"
)
# a post without a name: "Statement by the Netherlands Minister of Foreign Affairs during the General Debate"
_EN_POST_ONLY = re.compile(
    r"\b(?:Statement|Speech|Intervention|Remarks|Address)\s+by\s+[Tt]he\s+(?:Netherlands|Dutch)\s+"
    r"(?P<role>(?:Prime Minister|Minister|State Secretary|Ambassador|Permanent Representative)\b[^,.\n]{0,80}?)"
    r"(?=\s+(?:during|at|on|to|before|in|for the)\b|\s*[,.\n])"
)
_EN_ROLE_FIRST = re.compile(
    r"\b(?:Statement|Speech|Intervention|Remarks|Address)\s+by\s+the\s+(?P<role>[A-Z][^,\n]{3,100}?),\s+(?P<name>"
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


def speaker(head: str) -> tuple[str | None, str | None]:
    """(name, role) of the one who delivers an English statement or speech, as the page says them."""
    head = _GLUED_INITIALS.sub(r"\1 ", head)
    m = _EN_ROLE_FIRST.search(head)
    if m and _EN_ROLE_WORD.search(m.group("role")):
        return m.group("name"), m.group("role").strip()
    m = _EN_PORTFOLIO_FIRST.search(head) or _EN_POSSESSIVE.search(head)
    if m:
        return m.group("name"), m.group("role")
    m = _EN_SPEAKER.search(head)
    if not m:
        post = _EN_POST_ONLY.search(head)
        return (None, post.group("role").strip()) if post else (None, None)
    role = _OCCASION.sub("", _SALUTATION_TAIL.sub("", m.group("role") or "")).strip()
    if not _EN_ROLE_WORD.search(role):
        title = m.group("title") or ""
        role = title if title in ("Ambassador", "Minister") or title.endswith(" Minister") else ""
    return m.group("name"), (role if _MISSION_POST.search(role) else _OF_NL.sub("", role)) or None


# --- co-senders ---------------------------------------------------------------------------
_MEDE_NAMENS = re.compile(r"\bmede\s+namens\b", re.I)
_CLAUSE_END = re.compile(r"[.;:]\s|\n\n|\((?:ontvangen|ingezonden)\b")
# "minister Ollongren (Defensie)" -> "minister Defensie", which roles_in reads
_NAMED_ROLE = re.compile(
    r"\b(?P<word>minister|staatssecretaris)\s+[A-ZÀ-Ý][^()\n]{1,40}?\s*\((?P<p>[^)\n]{3,80})\)", re.I
)


def _unname(m: re.Match[str]) -> str:
    return f"{m.group('word')} {m.group('p')}" if portfolio(m.group("p")) else m.group(0)


# an English translation's "also on behalf of the Secretary of State for Foreign Affairs": the
# role as written (the Dutch role lexicon does not read English)
_ALSO_ON_BEHALF = re.compile(
    r"\balso on behalf of (?:the )?(?P<r>(?:Minister|Secretary of State|State Secretary)"
    r"(?: (?:for|of) (?:[A-Z][a-z]+|and|&)(?: (?:[A-Z][a-z]+|and|&))*)?)"
)


def co_senders(text: str) -> list[str]:
    """Every role named by 'mede namens' in text (each clause read up to its first non-role word)."""
    out: list[str] = []
    if "on behalf" in text:
        out = [re.sub(r"\s+(?:and|&)$", "", m.group("r").lower()) for m in _ALSO_ON_BEHALF.finditer(text)]
    for m in _MEDE_NAMENS.finditer(text):
        clause = _CLAUSE_END.split(text[m.end() : m.end() + 400], maxsplit=1)[0]
        clause = _NAMED_ROLE.sub(_unname, clause)
        for role in roles_in(clause, first_chain=True):
            if role not in out:
                out.append(role)
    return out


# --- questioners --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _parties() -> dict[str, str]:
    out = {}
    for p in load_toml("parties.toml")["party"]:
        for spelling in [p["name"], *p.get("aliases", [])]:
            out[spelling.lower()] = p["name"]
    return out


def party_name(text: str) -> str | None:
    t = re.sub(r"^(?:allen|beiden|beide|alle|allebei)\s+", "", text.strip(), flags=re.I).strip()
    if not t or len(t) > 40:
        return None
    return _parties().get(t.lower(), t if re.match(r"^[A-Z0-9][\w/ -]*$", t) else None)


_ASKERS = re.compile(
    r"\b(?:Kamer|Interpellatie)?[Vv]ragen[^\S\n]+(?:gesteld\s+(?:door\s+)?)?(?:van\s+)?(?:(?:het|de)\s+)?(?:(?:Eerste\s+|Tweede\s+)?Kamer)?"
    r"(?:leden|lid)?(?:\s+(?:van\s+de|der)\s+(?:Eerste|Tweede)\s+Kamer)?\s*(?P<who>[A-ZÀ-Ý][^()\n]{0,300}?\([^)\n]{1,40}\)(?:[^()\n]{0,80}?\([^)\n]{1,40}\))*?)"
    # (an interpellation's questions are "gericht tot de Minister-President")
    r"(?=\s+(?:aan|over|inzake|medegedeeld|gericht)\b|\s+op\s+\d|\s*\((?:ingezonden|ontvangen)|\s*$)"
)
# a page that reports the questions: "Het Tweede Kamerlid Simons (BIJ1) had de vragen gesteld."
_ASKED_BY = re.compile(
    r"\b(?:Tweede[- ]?|Eerste[- ]?)?Kamer(?:lid|leden)\s+(?P<who>[A-ZÀ-Ý][^()\n]{0,80}?\([^)\n]{1,40}\)"
    r"(?:[^()\n]{0,40}?\([^)\n]{1,40}\))*)\s+(?:had|hadden|heeft|hebben)\s+(?:de|deze)\s+(?:schriftelijke\s+)?vragen\s+gesteld\b"
)
_SEPARATOR = re.compile(r"\s*,\s*|\s+en\s+")
# a party's release of its members' questions, headed in capitals: "VRAGEN VAN DE LEDEN KOENDERS,
# TIMMERMANS EN VALK (ALLEN PVDA) AAN DE MINISTER VAN BUITENLANDSE ZAKEN"
ASKERS_IN_CAPITALS = re.compile(
    # (the party as the party writes itself: "(BEIDEN PvdA)"; the ministers may be more than one)
    r"^VRAGEN VAN (?:HET LID|DE LEDEN) (?P<who>[A-ZÀ-Ý][^a-z()\n]{0,200}\([^)\n]{1,40}\))\s+AAN DE "
    r"(?:MINISTERS?|STAATSSECRETARIS(?:SEN)?|MINISTER-PRESIDENT)\b",
    re.M,
)
_CAPS_LOWER = {"van", "de", "der", "den", "ter", "ten", "het", "in", "en", "allen", "beiden"}


def _uncapitalised(who: str) -> str:
    """ "KOENDERS, VAN DER HAM EN VALK (ALLEN PVDA)" -> "Koenders, van der Ham en Valk (allen PVDA)";
    the party stays as written (party_name knows its spellings)."""
    names, _, party = who.partition("(")
    words = [w.lower() if w.lower() in _CAPS_LOWER else w.capitalize() for w in names.split(" ")]
    out = " ".join(words)
    out = re.sub(r"(^|,\s*|\sen\s)([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)  # "Van der Ham"
    return out + "(" + re.sub(r"^(ALLEN|BEIDEN)\b", lambda m: m.group(1).lower(), party) if party else out


def parse_members(who: str) -> list[dict[str, str | None]]:
    """'Nicolaï, Koffeman en Visseren-Hamakers (PvdD)' -> three members of the PvdD."""
    out: list[dict[str, str | None]] = []
    for m in re.finditer(r"(?P<names>[^()]+?)\s*\((?P<party>[^)]+)\)", who):
        party = party_name(m.group("party"))
        for raw in _SEPARATOR.split(m.group("names").strip(" ,")):
            raw = re.sub(
                r"^(?:en\s+)?(?:(?:het\s+|de\s+)?(?:(?:Tweede|Eerste)[\s-]+)?(?:Kamer)?(?:lid|leden)\s+)?",
                "",
                raw.strip(),
                flags=re.I,
            )
            name = clean_name(raw)
            if name:
                out.append({"name": name, "party": party})
    return out


def questioners(head: str, header: dict[str, str]) -> list[dict[str, str | None]]:
    found: list[dict[str, str | None]] = []
    for key in ("indiener", "medeindiener"):
        if header.get(key):  # "Jasper van Dijk (SP), ..." or the names alone
            value = header[key]
            with_party = parse_members(value)
            # names after the last party stand without one: "Jan de Vries (SP), Piet Jansen"
            rest = value[value.rfind(")") + 1 :] if with_party else value
            found += with_party + [
                {"name": name, "party": None} for raw in rest.split(",") if (name := clean_name(raw))
            ]
    if not found:
        m = _ASKERS.search(head) or _ASKED_BY.search(head[:2000])
        if m:
            found = parse_members(m.group("who"))
        elif caps := ASKERS_IN_CAPITALS.search(head[:3000]):
            found = parse_members(_uncapitalised(caps.group("who")))
    seen, out = set(), []
    for q in found:
        if q["name"] not in seen:
            seen.add(q["name"])
            out.append(q)
    return out


# answers to a debate's questions head each member's questions with the member:
# "Boelhouwer (PvdA)", "Vragen van het lid Beertema, H.J. (Partij voor de Vrijheid)"
_MEMBER_HEADING = re.compile(
    # (the index form puts the particles after the initials: "Velde, M.K. van der")
    r"^(?:Vragen van (?:het lid|de leden)\s+)?(?P<name>[A-ZÀ-Ý][\w'’ -]{1,40}?)(?:,\s*(?P<initials>(?:[A-Z]\.\s?)+)"
    r"(?P<particles>(?:\s*\b(?:van|de|der|den|ter|ten|het|in|'t)\b)*))?"
    r"\s*\((?P<party>[^()\n]{2,40})\)$"
)


def member_headings(paragraphs: list[str]) -> list[dict[str, str | None]]:
    """Members heading their questions on a line of their own, each with a known party."""
    out: list[dict[str, str | None]] = []
    for p in paragraphs:
        m = _MEMBER_HEADING.match(p.strip()) if len(p) <= 120 else None
        party = _parties().get(m.group("party").strip().lower()) if m else None
        name = clean_name(m.group("name")) if party else None
        if name and _surname(name):
            if m.group("initials"):
                name = " ".join(filter(None, [m.group("initials").strip(), m.group("particles").strip(), name]))
            if all(q["name"] != name for q in out):
                out.append({"name": name, "party": party})
    return out


# an older answer's heading: "... op vragen van het lid De Boer", "op vragen van de leden Bakker en
# Smit (SP) d.d. 3 mei 1999" (the party may be left out)
_HEADING_ASKERS = re.compile(
    r"^Antwoord(?:en)? van\b[^\n]{0,300}?\bop (?:de )?(?:schriftelijke )?vragen van (?:het lid|de leden)\s+"
    r"(?P<who>[A-ZÀ-Ý][^()\n.,]{0,120}?)\s*(?:\((?P<party>[^)\n]{1,40})\))?(?=\s*(?:[.,]|d\.d\.|over\b|inzake\b|van\s+\d|$))",
    re.M,
)


def heading_questioners(head: str) -> list[dict[str, str | None]]:
    """The askers an older answer's heading names, each a surname (or nothing)."""
    m = _HEADING_ASKERS.search(head)
    if not m:
        return []
    party = party_name(m.group("party")) if m.group("party") else None
    out = []
    for raw in _SEPARATOR.split(m.group("who")):
        name = clean_name(raw)
        if name is None or not _surname(name):
            return []
        out.append({"name": name, "party": party})
    return out


# a site's title names the askers without their parties: "Antwoord op vragen van de leden
# Dassen, Dobbe, Teunissen en Piri over ...", "Vragen van het lid Ceulemans over ..."
_TITLE_ASKERS = re.compile(
    r"\b[Vv]ragen (?:van|gesteld door) (?:het (?:(?:Tweede|Eerste)[\s-]?)?(?:[Kk]amer)?lid|de (?:[Kk]amer)?leden)\s+"
    # (their party may follow: "Vragen van de leden Koenders en Santi (beide PvdA) over ...")
    r"(?P<who>[A-ZÀ-Ý][^()\n]{0,200}?)(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:over|inzake|aan)\b|\s*$)"
)


_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "in", "'t", "het", "la", "le", "d'"}


def _surname(name: str) -> bool:
    """'Piri', 'Van der Lee', 'J. de Vries': particles and initials before one last word."""
    words = name.split()
    return all(w.lower() in _PARTICLES or re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words[:-1])


def title_questioners(title: str | None) -> list[dict[str, str | None]]:
    m = _TITLE_ASKERS.search(title or "")
    if not m:
        return []
    out = []
    for raw in _SEPARATOR.split(m.group("who")):
        name = clean_name(raw)
        if name is None or not _surname(name):
            return []  # a phrase, not a list of surnames
        out.append({"name": name, "party": None})
    return out


# parlement.com and its monitors (eumonitor, parlementairemonitor) repost a member's questions
# under "Met dank overgenomen van P. (Piet) de Vries i, gepubliceerd op ...": the poster asked
_REPOSTED_BY = re.compile(
    r"\bMet dank overgenomen van (?:(?:[A-Z]\.){1,4}\s*)?(?:\([^()\n]{1,30}\)\s*)?"
    r"(?P<name>[a-zà-ÿ' ]{0,12}[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)(?: i)?,? gepubliceerd\b"
)


def reposted_by(head: str) -> list[dict[str, str | None]]:
    m = _REPOSTED_BY.search(head)
    if not m:
        return []
    name = m.group("name").strip()
    return [{"name": name[0].upper() + name[1:], "party": None}]


# the members named before the verb that announces their questions: "Van Dijk heeft ...",
# "Thierry Baudet en Simone Kerseboom stellen ..."
_ANNOUNCED_NAME = r"(?:(?:[Vv]an|[Dd]e|der|den|ter|ten|in 't|'t)\s+)*[A-ZÀ-Ý][\w'’-]+"
_ANNOUNCERS = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?P<names>{_ANNOUNCED_NAME}(?:\s+{_ANNOUNCED_NAME})*(?:(?:,\s*|\s+en\s+){_ANNOUNCED_NAME}(?:\s+{_ANNOUNCED_NAME})*)*)\s+"
    r"(?:heeft|hebben|stelt|stellen|stelde|stelden)\b[^.?!\n]*[.:]?\s*$"
)


def announcers(text: str) -> list[dict[str, str | None]]:
    """The askers named at the start of the sentence that announces their questions."""
    m = _ANNOUNCERS.search(text)
    if not m:
        return []
    names = re.split(r",\s*|\s+en\s+", m.group("names"))
    return [{"name": n.strip(), "party": None} for n in names if n.strip()]


# a member's post names who asked with them: "Samen met mijn collega Jasper van Dijk heb ik ..."
_COLLEAGUES = re.compile(
    rf"\b(?:[Ss]amen )?met (?:mijn|onze) (?:fractie)?collega(?:'s|’s)? (?P<names>{_ANNOUNCED_NAME}(?:\s+{_ANNOUNCED_NAME})*"
    rf"(?:(?:,\s*|\s+en\s+){_ANNOUNCED_NAME}(?:\s+{_ANNOUNCED_NAME})*)*)[^.?!\n]*$"
)


def colleagues(text: str) -> list[dict[str, str | None]]:
    """The colleagues a member names in the sentence that announces their questions."""
    m = _COLLEAGUES.search(text)
    if not m:
        return []
    return [{"name": n.strip(), "party": None} for n in re.split(r",\s*|\s+en\s+", m.group("names")) if n.strip()]
