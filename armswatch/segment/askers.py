"""Who asks: the members who put written questions.

"Vragen van de leden A, B en C (allen P)", "Vragen X (P) over", openkamer's "Indiener", a member's
post of their own questions ("Met dank overgenomen van X", "Samen met mijn collega Y heb ik ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from armswatch.lexicon import load_toml
from armswatch.segment.people import clean_name


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
    r"\b(?:Kamer|Interpellatie)?[Vv]ragen[^\S\n]+(?:gesteld\s+(?:door\s+)?)?(?:van\s+)?(?:(?:het|de)\s+)?(?:(?:Eerste\s+|Tweede\s+)?[Kk]amer)?"
    r"(?:leden|lid)?(?:\s+(?:van\s+de|der)\s+(?:Eerste|Tweede)\s+Kamer)?\s*"
    # (a surname may open with its particle: "het lid van den Brink(LPF)"; the index form "Berg, A.B.
    # van den (PVV)" heads a member's questions, read by member_headings)
    r"(?![^()\n]*,\s*(?:[A-Z]\.\s?){1,4}[^()\n]*\()(?P<who>(?:(?:van|de|der|den|ter|ten)\s+)*[A-ZÀ-Ý](?:(?!\s(?:over|inzake)\s)[^()\n]){0,300}?\((?!\d+\))[^)\n]{1,40}\)(?:[^()\n]{0,80}?\([^)\n]{1,40}\))*?)"
    # (a number in brackets is no party: "Koser Kaya over ... huisartsen. (2050618050)")
    # (an interpellation's questions are "gericht tot de Minister-President")
    r"(?=\s+(?:aan|over|inzake|medegedeeld|gericht)\b|\s+op\s+\d|\s*\((?:ingezonden|ontvangen)|\s*$|[^\S\n]*\n)"
)
# a page that reports the questions: "Het Tweede Kamerlid Simons (BIJ1) had de vragen gesteld."
_ASKED_BY = re.compile(
    r"\b(?:Tweede[- ]?|Eerste[- ]?)?Kamer(?:lid|leden)\s+(?P<who>[A-ZÀ-Ý][^()\n]{0,80}?\([^)\n]{1,40}\)"
    r"(?:[^()\n]{0,40}?\([^)\n]{1,40}\))*)\s+(?:had|hadden|heeft|hebben)\s+"
    # (a ministry's release: "Het Tweede Kamerlid X (P) heeft op 3 januari vragen gesteld aan ...")
    r"(?:[^.\n]{0,120}?\s)?(?:de\s+|deze\s+)?(?:volgende\s+)?(?:schriftelijke\s+)?vragen\s+gesteld\b"
)
# the members named with the verb of asking before them: "Op 9 september stelden de Tweede Kamerleden
# Weisglas en Wilders (beiden VVD) aan de minister ... de volgende vragen"
_PUT_BY = re.compile(
    r"\b(?:stelde|stelden|stelt|stellen)\s+(?:het|de)\s+(?:Tweede[- ]?)?Kamer(?:lid|leden)\s+"
    r"(?P<who>[A-ZÀ-Ý][^()\n]{0,80}?\([^)\n]{1,40}\))\s+aan\b"
)
# a party's page: "de schriftelijke vragen van SGP-Kamerlid Chris Stoffer over ..."
_PARTY_MEMBER = re.compile(
    r"\bvragen van (?:het )?(?P<party>[A-Z][\w]{1,15})-Kamerlid (?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van|de|der|den|ter|ten|[A-ZÀ-Ý][\w'’-]+)){0,3})"
    r"\s+(?:over|aan)\b"
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
            if name and not re.fullmatch(r"(?:[A-Z]\.?\s?)+", name):  # the initials of "Kops, A. (PVV)"
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
        m = _ASKERS.search(head) or _ASKED_BY.search(head[:2000]) or _PUT_BY.search(head[:2000])
        member = None if m else _PARTY_MEMBER.search(head[:2000])
        if m:
            found = parse_members(m.group("who"))
        elif member:
            found = [{"name": member.group("name"), "party": party_name(member.group("party"))}]
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
    r"\b(?:[Kk]amer)?[Vv]ragen (?:van|gesteld door) (?:het (?:(?:Tweede|Eerste)[\s-]?)?(?:[Kk]amer)?lid|(?:de )?(?:[Kk]amer)?leden)\s+"
    # (their party may follow: "Vragen van de leden Koenders en Santi (beide PvdA) over ...";
    # a release's covering line may end at the names: "... gesteld door het lid Van Aardenne.")
    r"(?P<who>(?:(?:van|de|der|den|ter|ten)\s+)*[A-ZÀ-Ý][^()\n]{0,200}?)\s*(?:\([^()\n]{1,40}\))?"
    r"(?:\s+(?:over|inzake|aan)\b|\s*$|(?<![A-Z])\.(?:\s|$))"
)


_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "in", "'t", "het", "la", "le", "d'"}


def _surname(name: str) -> bool:
    """'Piri', 'Van der Lee', 'J. de Vries': particles and initials before one last word."""
    words = name.split()
    # (a double name keeps its particles: "Van Ardenne-van der Hoeven")
    return all(
        w.lower() in _PARTICLES or re.fullmatch(r"(?:[A-Z]\.)+", w) or w.rsplit("-", 1)[-1].lower() in _PARTICLES
        for w in words[:-1]
    )


# a given name before the surname: "het Kamerlid Koser Kaya" (two capitalised words, no title)
_GIVEN_AND_SURNAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý][a-zà-ÿ'’-]+$")
_NOT_A_NAME = {"kamer", "tweede", "eerste", "minister", "staatssecretaris", "commissie", "regering", "vaste"}


# a party's page: "Vragen Van Raan/Wassenberg over misleidende kindermarketing" (the doc-type reader in
# header.py reads the same title as questions)
_SLASHED_NAME = r"(?:(?:Van|De|van|de|der|den)\s+)*[A-ZÀ-Ý][\w'’-]+"
SLASHED_TITLE = rf"^Vragen\s+(?P<who>{_SLASHED_NAME}(?:/{_SLASHED_NAME})+)\s+over\b"
_SLASHED_ASKERS = re.compile(SLASHED_TITLE, re.M)


def title_questioners(title: str | None) -> list[dict[str, str | None]]:
    m = _TITLE_ASKERS.search(title or "")
    slashed = None if m else _SLASHED_ASKERS.search(title or "")
    if slashed:
        names = (clean_name(n[:1].upper() + n[1:]) for n in slashed.group("who").split("/"))
        return [{"name": n, "party": None} for n in names if n]
    if not m:
        return []
    out = []
    for raw in _SEPARATOR.split(m.group("who")):
        name = clean_name(raw[:1].upper() + raw[1:])  # "het lid van der Steenhoven": "Van der Steenhoven"
        given = bool(name and _GIVEN_AND_SURNAME.match(name) and not _NOT_A_NAME & set(name.lower().split()))
        if name is None or not (_surname(name) or given):
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
# names in a row: "Thierry Baudet en Simone Kerseboom", "Jan de Vries, Piet Jansen en Anna Bakker"
_NAMES_IN_A_ROW = rf"(?P<names>{_ANNOUNCED_NAME}(?:\s+{_ANNOUNCED_NAME})*(?:(?:,\s*|\s+en\s+){_ANNOUNCED_NAME}(?:\s+{_ANNOUNCED_NAME})*)*)"
_ANNOUNCERS = re.compile(
    rf"(?:^|[.!?]\s+|\n){_NAMES_IN_A_ROW}\s+(?:heeft|hebben|stelt|stellen|stelde|stelden)\b[^.?!\n]*[.:]?\s*$"
)
# a member's post names who asked with them: "Samen met mijn collega Jasper van Dijk heb ik ..."
_COLLEAGUES = re.compile(
    rf"\b(?:[Ss]amen )?met (?:mijn|onze) (?:fractie)?collega(?:'s|’s)? {_NAMES_IN_A_ROW}[^.?!\n]*$"
)


# "SGP-Fractievoorzitter Kees van der Staaij stelt samen met ChristenUnie Tweede Kamerlid Don Ceder
# schriftelijke Kamervragen aan minister ...": the asker with a post before the name, the colleague after
_ASKS_WITH = re.compile(
    rf"(?:^|\n|[.!?]\s+)(?:[\w-]+\s+){{0,2}}?(?P<first>{_ANNOUNCED_NAME}(?:\s+{_ANNOUNCED_NAME}){{0,3}})\s+"
    rf"(?:stelt|stellen|stelde|stelden)\s+samen\s+met\s+(?:[\w-]+\s+){{0,4}}?(?P<second>{_ANNOUNCED_NAME}"
    rf"(?:\s+{_ANNOUNCED_NAME}){{0,3}})\s+(?:schriftelijke\s+)?(?:Kamer)?vragen\b"
)


_POST_BEFORE = re.compile(
    r"^(?:(?:Tweede|Eerste)\s+|\S*(?:[Ff]ractievoorzitter|[Kk]amerlid|[Ss]enator|[Ll]ijsttrekker)\S*\s+)+"
)


def announcers(text: str) -> list[dict[str, str | None]]:
    """The askers named at the start of the sentence that announces their questions."""
    together = _ASKS_WITH.search(text)
    if together:
        return [{"name": _POST_BEFORE.sub("", together.group(g)).strip(), "party": None} for g in ("first", "second")]
    return _named(_ANNOUNCERS.search(text))


def colleagues(text: str) -> list[dict[str, str | None]]:
    """The colleagues a member names in the sentence that announces their questions."""
    return _named(_COLLEAGUES.search(text))


def _named(m: re.Match[str] | None) -> list[dict[str, str | None]]:
    if not m:
        return []
    return [{"name": n.strip(), "party": None} for n in _SEPARATOR.split(m.group("names")) if n.strip()]
