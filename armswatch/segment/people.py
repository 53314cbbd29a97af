"""Who sends and who co-signs.

Sender: the answer line ("Antwoord van Minister Ollongren (Defensie)"), openkamer's
"Beantwoord door", the title ("BRIEF VAN DE MINISTER VAN DEFENSIE") and the signature
("De Minister van Defensie, K.H. Ollongren"). Co-senders: every minister named by "mede
namens", and the other ministers of a joint letter. A speech's speaker is speakers.py's, the
askers of questions askers.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    # (a site's title may repeat the heading without the post: "Antwoord van de heer Bot op vragen van ...")
    for m in _ANSWER_BY_GENTLEMAN.finditer(head):
        named = [
            (clean_name(t.group("name")), roles_in(t.group("role"))) for t in _TITLED_MINISTER.finditer(m.group("rest"))
        ]
        named = [(n, r[0]) for n, r in named if r]
        if named:
            return named[0][0], named[0][1], [r for _, r in named[1:]]
    return None, None, []


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
        if not m and (tail := _GLUED_SIGNATURE.search(p)):
            m = _signature_line(tail.group(1))  # re-flow glued the first signature onto the last paragraph
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


# "... van oktober 2007. De minister voor Ontwikkelingssamenwerking, A. G. Koenders": a signature
# that a page's re-flow glued onto the letter's last paragraph
_GLUED_SIGNATURE = re.compile(
    r"(?<=[.!?»”)])\s+(De\s+(?:[Mm]inister|[Ss]taatssecretaris)\b[^.;:?!]{3,90},\s*" + _SIGNED_NAME.pattern + r")\s*$"
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
