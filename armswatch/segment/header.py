"""What the head of a document says about it: type, chamber, date, reference, kamerstuk and
addressee (its subject: see subjects). Each reads the container's hints (raw.meta) first, then the
labelled header fields, then the genre's own markers in the first paragraphs."""

from __future__ import annotations

import re

from armswatch.prefilter import may_contain_ci
from armswatch.segment.askers import SLASHED_TITLE
from armswatch.segment.dates import date_after, find_date, iter_dates
from armswatch.segment.roles import CHAIR_OF_A_CHAMBER

# --- kamerstuk ----------------------------------------------------------------------------
# "36 045 Situatie in de Oekraïne", "21 501-02 Raad ...", "33 000 X Vaststelling ..."
_DOSSIER = re.compile(
    r"^(?P<a>\d{2})[\s.]?(?P<b>\d{3})(?:-(?P<sub>\d{1,3}))?(?:\s(?P<part>[IVXL]{1,5}|[A-Z]))?"
    r"(?:\s+(?P<title>[A-ZÀ-Ý(].{2,600}))?$"
)
# a dossier's title on the line below its number: a capital, no closing stop
_DOSSIER_TITLE = re.compile(r"^[A-ZÀ-Ý(][^\n]{2,300}(?<![.?!:;,])$")
# a Rijkswet's number before the title: "33 968 (R2033) Goedkeuring van ..."
_RIJKSWET = re.compile(r"^\(R\s?\d{3,5}\)\s*")
_NUMBER = re.compile(
    # (an older Eerste Kamer stuk bears the Tweede Kamer's number with a letter: "nr. 246b")
    # (a treaty sent to both chambers is lettered for one and numbered for the other: "A/ Nr. 1 BRIEF")
    r"^(?:(?:[A-Z]{1,2}\s?/\s?)?[Nn]r\.\s*(?P<n>\d{1,5}[a-h]?|[A-Z]{1,3})\b"
    # the Eerste Kamer letters its stukken without "Nr.": "AB BRIEF VAN ...",
    # "A VOORLOPIG VERSLAG", "C NADER VOORLOPIG VERSLAG", "E EINDVERSLAG"
    # (a footnote marker may be glued to the letter: "AI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG")
    r"|(?P<letter>[A-Z]{1,3})\d?\s+(?:BRIEF|MOTIE|GEWIJZIGDE|VERSLAG|MEMORIE|NOTA|VOORLOPIG|NADERE?"
    r"|EINDVERSLAG)\b)"
)
# an Eerste Kamer stuk's letter on a line of its own, just below its dossier line
_BARE_LETTER = re.compile(r"^\s*[A-Z]{1,2}\s*$")
# the letter and the number of a stuk of both chambers on one line: "C nr. 3"
_LETTER_AND_NUMBER = re.compile(r"^\s*[A-Z]{1,2}\s+[Nn]r\.\s*(?P<n>\d{1,5})\s*$")
# a dossier line that ends in its number ("Wapenexportbeleid nr. 86" when the lines were joined)
_TRAILING_NR = re.compile(r"\s+[Nn]r\.\s*(?P<n>\d{1,5})$")
# A kamerstuk reference: dossier (with its sub-number or budget chapter) and number, as
# written in citations, page footers and identifiers: "21501-20, nr. 1850", "36 045, nr. 13",
# "32 735, AB", "36 200 X, K", "36 200-V, nr. 12", "kst-35925-V-12", "21 501-02, nr. 2613".
_REF = (
    r"(?P<a>\d{2})\s?(?P<b>\d{3})(?:[\s-](?P<sub>\d{2,3}|[IVXL]{1,5}|[A-Z])(?![\w]))?"
    r"(?:,\s*(?:nr\.?\s*)?|-|\s+nr\.\s*)(?P<n>\d{1,5}|[A-Z]{1,3})(?![\w-])"
)
# a paragraph that is nothing but the document's own reference (a page's heading, an
# identifier line), not a citation inside a sentence
_OWN_REF = re.compile(
    r"^(?:(?:Kamerstuk(?:ken)?|Kamerstuknummer|Kamerstuk nr\.?|Dossier)\s*(?:I{1,2}\s+|[TE]K\s+)?"
    r"(?:\d{4}[/–-]\d{2,4},?\s+)?:?\s*|(?:https?://\S+/)?kst-)" + _REF + r"(?:\.html)?$",
    re.I,
)
# a site's link to the publication it shows: "Bron: https://zoek.officielebekendmakingen.nl/kst-34958-6.html"
_SOURCE_LINK = re.compile(r"\bBron:\s*https?://zoek\.officielebekendmakingen\.nl/kst-" + _REF + r"\.html")
# officielebekendmakingen's table above an older kamerstuk: "Tweede Kamer der Staten-Generaal | 1997-1998 | 22054 nr. 27 |"
_TABLE_REF = re.compile(
    r"^(?:Tweede|Eerste) Kamer der Staten-Generaal\s*\|\s*\d{4}-\d{4}\s*\|\s*(?P<a>\d{2})\s?(?P<b>\d{3})"
    r"(?:-(?P<sub>\d{2,3}|[IVXL]{1,5}|[A-Z]))?\s+nr\.\s*(?P<n>\d{1,5}|[A-Z]{1,3})\s*\|"
)
# the running head or footer of a printed kamerstuk (taken out of the body by normalise)
_FOOTER_REF = re.compile(r"^(?P<ch>Tweede|Eerste) Kamer, vergaderjaar \d{4}\s?[–-]\s?\d{4}, " + _REF)


def dossier_of(m: re.Match[str]) -> str:
    """'21 501-02' -> '21501-02', '36 200 X' -> '36200-X' (the gold's form)."""
    out = m.group("a") + m.group("b")
    return out + "-" + m.group("sub") if m.group("sub") else out


_SESSION_BEFORE = re.compile(r"^Vergaderjaar \d{4}\s?[-–]\s?\d{4}\s+")


def own_reference(paragraphs: list[str], removed: list[str]) -> tuple[str, str] | None:
    """(dossier, number) from a reference line of the document itself, or None."""
    for line in removed:
        m = _FOOTER_REF.match(line)
        if m:
            return dossier_of(m), m.group("n")
    for p in paragraphs[:12]:
        # (each line: a site's "Vergaderjaar 2004-2005" / "Kamerstuk 28824 nr. 25" kept in one paragraph)
        for line in p.split("\n") if len(p) <= 240 else ():
            line = _SESSION_BEFORE.sub("", line.strip())  # "Vergaderjaar 2004-2005 Kamerstuk 28824 nr. 25"
            if len(line) <= 120 and ("kst-" in line or re.match(r"[KkDd]", line)):
                m = _OWN_REF.match(line.strip())
                if m:
                    return dossier_of(m), m.group("n")
        m = _SOURCE_LINK.search(p) if "Bron:" in p else _TABLE_REF.search(p) if "|" in p else None
        if m:
            return dossier_of(m), m.group("n")
    return None


def kamerstuk(
    paragraphs: list[str], meta: dict, removed: list[str] | None = None
) -> tuple[dict[str, str | None], str | None]:
    """({"dossier", "number"}, dossier title) of the document itself (its head, not citations).

    The dossier lines ("22 054 Wapenexportbeleid", "36 045 Situatie in de Oekraïne") stand just
    above the "Nr. 367 BRIEF VAN ..." title; a document filed under two dossiers takes the first.
    """
    dossier = title = number = None
    first_dossier_at = last_dossier_at = None
    for i, p in enumerate(paragraphs[:15]):
        # (a stuk filed under two dossiers: the number ends the second one's title, "31 031 A" /
        # "Jaarverslag ... 2006 nr. 7", and the first dossier is the stuk's)
        if last_dossier_at is not None and i - last_dossier_at <= 1 and _TRAILING_NR.search(p):
            number = _TRAILING_NR.search(p).group("n")  # "22 054" / "Wapenexportbeleid nr. 86"
            title = title or _TRAILING_NR.sub("", p).strip()
            break
        both = _LETTER_AND_NUMBER.match(p) if first_dossier_at is not None and 1 <= i - first_dossier_at <= 2 else None
        if both:
            number = both.group("n")
            break
        if first_dossier_at is not None and 1 <= i - first_dossier_at <= 2 and _BARE_LETTER.match(p):
            number = p.strip()  # a site's "36.410 V" / "J": the Eerste Kamer's letter alone below (its title between)
            numbered = _NUMBER.match(paragraphs[i + 1]) if i + 1 < len(paragraphs) else None
            if numbered and numbered.group("n"):  # "C" / "nr. 3": a stuk of both chambers, the Tweede Kamer's number
                number = numbered.group("n")
            break
        m = _NUMBER.match(p)
        if m and dossier is None and (m.group("n") or m.group("letter")) in ("I", "II", "III", "IV"):
            m = None  # an exchange of notes numbers its notes "Nr. I", "Nr. II": no Eerste Kamer letter
        if m:
            number = m.group("n") or m.group("letter")
            if first_dossier_at is None or i - first_dossier_at > 4:
                dossier = title = None
            break
        d = _DOSSIER.match(p)
        if d:
            last_dossier_at = i
        second = d and first_dossier_at is not None and i - first_dossier_at <= 4
        if second and d.group("title") and _TRAILING_NR.search(d.group("title")):
            number = _TRAILING_NR.search(d.group("title")).group("n")  # "19 637" / "24 440 Asielbeleid nr. 148"
            break
        if d and (first_dossier_at is None or i - first_dossier_at > 4):
            first_dossier_at = i
            dossier = d.group("a") + d.group("b")
            if d.group("sub"):
                dossier += "-" + d.group("sub")
            if d.group("part"):
                dossier += "-" + d.group("part")
            title = _RIJKSWET.sub("", d.group("title") or "").strip() or None
            if title and (joined := _TRAILING_NR.search(title)):  # "25 123 Dierziekten nr. 4" on one line
                number, title = joined.group("n"), _TRAILING_NR.sub("", title).strip()
                break
            if title is None and i + 1 < len(paragraphs):  # "27 830" / "Materieelprojecten" / "Nr. 255"
                nxt = paragraphs[i + 1].strip()
                if _DOSSIER_TITLE.match(nxt) and not any(rx.search(nxt) for rx in (_NUMBER, _DOSSIER, _TRAILING_NR)):
                    title = nxt
    # a site's preview with the head joined in one line: "26 631 Modernisering AWBZ Nr. 279 VERSLAG ..."
    if number is None:
        joined_head = next((m for p in paragraphs[:25] if (m := _JOINED_HEAD.match(p.strip()))), None)
        if joined_head:
            dossier, number, title = dossier_of(joined_head), joined_head.group("n"), joined_head.group("title")
    if number is None and not (first_dossier_at == 0 and _bare_dossier_head(paragraphs)):
        dossier = title = None  # a dossier line means something only above a "Nr." title
    elif number is None:
        title = None
    if dossier is None and number is None:
        own = _table_reference(paragraphs)
        if own:
            dossier, number = own
    if dossier is None:
        own = own_reference(paragraphs, removed or [])
        if own and number in (None, own[1]):
            dossier, number = own
            title = title or _site_title(paragraphs)
    if dossier is None:  # a page's bare "Kamerstuknr. 27925": the dossier, no number
        bare = next((m for p in paragraphs[:12] if (m := _BARE_KAMERSTUK.match(p.strip()))), None)
        if bare:
            dossier = bare.group("a") + bare.group("b") + (f"-{bare.group('sub')}" if bare.group("sub") else "")
    if meta.get("dossier"):
        dossier = re.sub(r"\s+", "", str(meta["dossier"])).replace("--", "-")
    if meta.get("number"):
        number = str(meta["number"]).strip()
    if meta.get("dossier_title"):
        title = str(meta["dossier_title"]).strip()
    return {"dossier": dossier, "number": number}, title


_JOINED_HEAD = re.compile(
    r"^(?P<a>\d{2})\s?(?P<b>\d{3})(?:[\s-](?P<sub>\d{2,3}|[IVXL]{1,5}|[A-Z])(?![\w]))?\s+"
    r"(?P<title>[A-ZÀ-Ý][^\n]{2,200}?)\s+Nr\.\s*(?P<n>\d{1,5})\s+"
    r"(?:BRIEF|VERSLAG|MOTIE|NOTA|MEMORIE|LIJST|AMENDEMENT|VOORSTEL|GEWIJZIGD)\b"
)
_BARE_KAMERSTUK = re.compile(
    r"^Kamerstuk(?:nr|nummer)?\.?:?\s*(?P<a>\d{2})\s?(?P<b>\d{3})(?:-(?P<sub>[A-Z0-9]{1,5}))?$"
)
# a bill's number with its Rijkswet code heading a page of its own ("32.187 (R1902)")
_BILL_HEAD = re.compile(r"^\d{2}[.\s]?\d{3}\s+\(R\s?\d{3,5}\)$")
# the Eerste Kamer's page of a bill opens with its number written with a dot ("36.307")
_EK_BILL = re.compile(r"^\d{2}\.\d{3}$")
# a stuk's kind below its dossier line, where the stuk is not (yet) numbered: "Verslag van een
# schriftelijk overleg", "MEMORIE VAN TOELICHTING", "Voorstel van wet"
_STUK_KIND = re.compile(
    r"^(?:VERSLAG|Verslag van (?:een|het)|MEMORIE VAN|Memorie van|NOTA NAAR|Nota naar|VOORSTEL VAN"
    r"|Voorstel van|LIJST VAN|Lijst van|INBRENG|Inbreng)\b[^\n]{0,80}$"
)


def _bare_dossier_head(paragraphs: list[str]) -> bool:
    """A dossier line opening the document without a "Nr." below it still names the dossier when
    it carries a Rijkswet code, or when the stuk's kind heads the next line."""
    if _BILL_HEAD.match(paragraphs[0].strip()) or _EK_BILL.match(paragraphs[0].strip()):
        return True
    return len(paragraphs) > 1 and bool(_STUK_KIND.match(paragraphs[1].strip()))


# officielebekendmakingen.nl's table above a kamerstuk: "Datum publicatie | Organisatie | Vergaderjaar |
# Dossier- en ondernummer" over "Tweede Kamer der Staten-Generaal | 2021-2022 | 27925 nr. 880 |"
# (a flattened copy runs the cells together: "...Staten-Generaal2016-201729521 nr. 327")
_TABLE_HEAD = re.compile(r"\bDossier- en ondernummer\b")
_TABLE_ROW = re.compile(
    r"(?:19|20)\d{2}-(?:19|20)\d{2}\s*\|?\s*(?P<d>\d{5}(?:-[A-Z0-9]{1,5})?)(?:-?\s?\(R\d{3,5}\))?\s+nr\.\s*(?P<n>\d{1,5}|[A-Z]{1,3})\s*\|?\s*$"
)


def _table_reference(paragraphs: list[str]) -> tuple[str, str] | None:
    """(dossier, number) from a publication site's reference table at the head, or None."""
    for i, p in enumerate(paragraphs[:8]):
        if _TABLE_HEAD.search(p):
            # (the row may stand two paragraphs down, below the table's "|---|" rule)
            for line in "\n".join(paragraphs[i : i + 3]).split("\n")[:6]:
                m = _TABLE_ROW.search(line.strip())
                if m:
                    return m.group("d"), m.group("n")
            return None
    return None


def _site_title(paragraphs: list[str]) -> str | None:
    """openkamer's kamerstuk page: "Kamerstuk 32623-115", the kind ("Verslag van een algemeen
    overleg"), then the dossier's title, above the document's own "Nr. 115 ..." title."""
    for i, p in enumerate(paragraphs[:10]):
        if _OWN_REF.match(p.strip()):
            for q in paragraphs[i + 1 : i + 3]:
                if _NUMBER.match(q):
                    return None
                if (
                    len(q) <= 200
                    and not re.search(r"[.?!:;,]$", q)
                    and not any(rx.search(q) for _, rx in _TYPE_MARKERS)
                ):
                    return re.sub(r"^Dossier:\s*", "", q.strip())  # openkamer labels the dossier's title
            return None
    return None


# --- type ---------------------------------------------------------------------------------
_ANSWER_HEADING = (
    r"^Antwoord(?:en)? van (?:de heer|mevrouw|minister|staatssecretaris)\b[^\n]{0,300}?"
    r"\bop (?:de )?(?:schriftelijke )?vragen van (?:het lid|de leden)\b"
)
# a plenary record's item: "Aan de orde is de behandeling van ...", "Aan de orde zijn de stemmingen"
_PLENARY_ITEM = re.compile(r"^Aan de orde (?:is|zijn)\b", re.M)
# the heading of the Tweede Kamer's weekly question hour in the Handelingen ("4 Vragenuur"): the
# oral questions below it ("Vragen van het lid X aan de minister ...") are a debate, not kamervragen
_QUESTION_HOUR = re.compile(r"^(?:\d{1,3}\s+)?(?:[Mm]ondelinge\s+)?[Vv]ragenuur\s*$", re.M)
# a bill's explanatory or reply memorandum under its number: "Nr. 3 MEMORIE VAN TOELICHTING"
_MEMORANDUM = re.compile(r"^(?:Nr\.\s*\d+\s+|[A-Z]{1,2}\d?\s+)?MEMORIE VAN TOELICHTING\d{0,2}\b", re.M)
_TYPE_MARKERS = [
    ("other", _QUESTION_HOUR),
    (
        "motie",
        re.compile(
            r"^(?:Nr\.\s*\d+\s+)?(?:GEWIJZIGDE\s+)?MOTIE\b|\bMOTIE VAN\b"
            # a site's heading "Motie-Jansen (SP) c.s. over ..."; the motion's formula
            # "De Kamer, gehoord de beraadslaging(en), ..." under any heading
            r"|^Motie-[A-ZÀ-Ý]|^(?:De Kamer,\s+)?[Gg]ehoord de beraadslaging(?:en)?,"
            r"|^(?:Gewijzigde\s+|Nader gewijzigde\s+)?[Mm]otie\s+(?:van\s+(?:het\s+lid|de\s+leden)|ingediend\s+door)\b"
        ),
    ),
    (
        "kamerbrief",
        re.compile(r"\bBRIEF VAN\b|^(?:Kamer)?[Bb]rief\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)"),
    ),
    (
        "questions",
        re.compile(
            r"^(?:(?:Nadere\s+|Aanvullende\s+|Vervolg)?(?:[Ss]chriftelijke?\s+)?(?:[Vv]ragen|Interpellatievragen)\s+(?:van|gesteld)\b"
            # a monitor's title of a member's questions: "Vragen over het bericht 430.000 gulden voor de Onderzeeër"
            r"|^Vragen over (?:het bericht|de berichten|berichten)\b"
            # a party's page names its members by surname, with slashes (askers.py reads the names)
            r"|" + SLASHED_TITLE + r""
            # a party's release in capitals: "VRAGEN VAN DE LEDEN KOENDERS EN OUDKERK (BEIDEN PvdA) AAN ..."
            r"|VRAGEN VAN (?:HET LID|DE LEDEN)\b"
            r"|Vragen\s+[A-ZÀ-Ý][^()]{0,80}\([^)]{1,40}\)"
            r"|Kamervraag\b|Kamervragen\s*:|Antwoord(?:en)? op (?:de )?vragen van\b|Schriftelijke vragen\b"
            # officielebekendmakingen' page of questions not yet answered; a party's questions for a
            # committee's round of factual questions ("Bijdrage PvdD aan feitelijke vragenronde ...")
            r"|Kamervragen zonder [Aa]ntwoord\b|Bijdrage\b[^\n]{0,80}?\baan\b[^\n]{0,20}?\bfeitelijke vragen"
            r"|Antwoord schriftelijke vragen\b|Antwoord(?:en)? (?:op )?Kamervragen\b"
            # a ministry's title for the letter that answers: "Kamerbrief inzake beantwoording lijst van vragen over X"
            r"|Kamerbrief (?:inzake|over|met) (?:de )?(?:beantwoording|antwoorden op)\b[^\n]{0,40}?\bvragen\b"
            r"|(?:Beantwoording|Antwoord(?:en)? op) (?:de )?(?:schriftelijke |nadere )?(?:[Kk]amer)?vragen\b)"
        ),
    ),
    # an older answer's heading names the ministers before the askers: "Antwoord van de heer
    # Jansen, Minister van Defensie, op vragen van het lid De Boer"
    ("questions", re.compile(_ANSWER_HEADING)),
    # a covering note that answers: "Hierbij beantwoord ik, mede namens ..., de vragen van ...", "Hiermee
    # zend ik u de antwoorden op de vragen van het lid X" (a committee's questions offered so stay a letter)
    (
        "questions",
        re.compile(
            r"^(?:Hierbij|Hiermee)\s+beantwoord(?:en)?\s+(?:ik|wij)\b[^\n]{0,120}?\bde\s+(?:schriftelijke\s+|nadere\s+)?"
            r"(?:Kamer)?vragen\b|^(?:Hierbij|Hiermee)\s+(?:zend|stuur|bied|doe)(?:en)?\s+(?:ik|wij)\s+u\b[^\n]{0,80}?"
            r"\bde\s+antwoorden\s+(?:aan\s+)?op\s+de\s+(?:schriftelijke\s+)?(?:Kamer)?vragen\s+(?:van|gesteld\s+door)\s+"
            r"(?:het\s+lid|de\s+leden)\b"
        ),
    ),
    # a member's own post of the questions they put (party sites, parlement.com and its monitors):
    # "Daarom heb ik de minister de volgende vragen gesteld:"
    (
        "questions",
        re.compile(
            r"\b(?:heb|hebben) (?:ik|wij|we) (?:de|het) (?:minister|staatssecretaris|kabinet|minister-president)\b"
            r"[^\n]{0,80}?\b(?:de )?(?:volgende )?(?:schriftelijke )?(?:Kamer)?vragen gesteld\b"
            # "Daarom stellen Van Haga en Baudet de volgende Kamervragen aan minister Blok"
            r"|\b(?:stel|stelt|stellen|stelde|stelden)\b[^\n]{0,160}?\bde volgende (?:schriftelijke )?(?:Kamer)?vragen\b"
        ),
    ),
    # the Eerste Kamer's committees ask by party: "VRAGEN VAN DE VVD-FRACTIE OVER ..."
    ("questions", re.compile(r"^VRAGEN VAN (?:DE|HET) [A-ZÀ-Ý0-9-]*(?:FRACTIE|LID)\b")),
    # a party's release of its members' questions, in capitals: "VRAGEN VAN DE LEDEN X EN Y (BEIDEN PVDA) AAN DE MINISTER"
    ("questions", re.compile(r"^VRAGEN VAN DE LEDEN [A-ZÀ-Ý][^a-z()\n]{0,200}\([^a-z)\n]{1,40}\)\s+AAN DE\b")),
    # "Nr. 5 VERSLAG", and the Tweede Kamer's document number before a list of questions
    # ("2022D42137 VERSLAG HOUDENDE EEN LIJST VAN VRAGEN")
    (
        "verslag",
        re.compile(
            r"^(?:Nr\.\s*\d+\s+|(?:19|20)\d{2}D\d{4,6}\s+|[A-Z]{1,3}\d?\s+)?"
            r"(?:(?:NADER\s+)?VOORLOPIG\s+VERSLAG\b|EINDVERSLAG\b|(?:INBRENG\s+)?VERSLAG\b"
            # the opening of a committee meeting's report (algemeen overleg, commissiedebat)
            r"|De\s+(?:vaste\s+|algemene\s+)?commissies?\b[^\n]{0,400}?(?<![a-z])(?:heeft|hebben) op \d{1,2} \w+ \d{4}"
            r" (?:mondeling )?overleg gevoerd\b|Verslag van (?:een|het|de(?! (?:plenaire )?vergadering))\b"
            r"|LIJST VAN (?:FEITELIJKE )?(?:VRAGEN EN ANTWOORDEN|VRAGEN)\b"
            r"|Lijst van (?:feitelijke )?vragen(?: en antwoorden)?\b"
            # a committee's report as a publication site prints it: its "Vastgesteld <date>" line first
            r"|Vastgesteld \d{1,2} \w+ \d{4}\s*$)"
        ),
    ),
    (
        "nota",
        re.compile(
            r"^(?:Nr\.\s*\d+\s+|[A-Z]{1,2}\d?\s+)?NOTA NAAR AANLEIDING\b|^(?:Nr\.\s*\d+\s+)?INITIATIEFNOTA\b"
            r"|^(?:Nr\.\s*\d+\s+|[A-Z]{1,2}\d?\s+)?(?:NADERE\s+)?MEMORIE VAN ANTWOORD\d{0,2}\b"
            # (the Eerste Kamer's "B MEMORIE VAN ANTWOORD" is the same reply to a report, and calls
            # itself so); its opening formula: "De regering dankt de vaste commissie ... voor haar verslag"
            r"|^De regering dankt\b[^\n]{0,300}?\bvoor (?:haar|zijn|het) verslag\b"
            # the reply opens on the report it answers: "De vaste commissie voor X heeft op 1 juni 2011
            # verslag uitgebracht over het onderhavige wetsvoorstel."
            r"|^De (?:vaste |bijzondere )?commissie\b[^\n]{0,120}?\bheeft op \d{1,2} \w+ \d{4} (?:voorlopig |nader )?verslag"
            r" uitgebracht over (?:het onderhavige|dit) wetsvoorstel\b"
            r"|^(?:\W?\s*)(?:TER BESLISSING|TER INFORMATIE|TER ADVISERING|TER ADVIES|TER KENNISNAME"
            r"|TER ONDERTEKENING|NOTA\b|Nota\b(?!\s+van\b(?!\s+wijziging))"
            r"|Beslisnota\b|Informatienota\b|Ambtelijke nota\b|Aan:\s.{1,80}\sVan:\s)"
        ),
    ),
    (
        "kamerbrief",
        re.compile(
            rf"^Aan {CHAIR_OF_A_CHAMBER}|^Kamerbrief (?:over|inzake|met|aan)\b"
            # a ministry site's section of letters to parliament
            r"|^(?:Brieven aan de (?:Tweede |Eerste )?Kamer|Kamerbrieven)\b"
            # the English translation of a letter to parliament, as the ministries publish it
            r"|^Letter to (?:the )?(?:Parliament|House of Representatives|Senate)\s*$"
        ),
    ),
    # a plenary record: the motions it debates ("De Kamer, gehoord de beraadslaging, ...") come below
    ("other", _PLENARY_ITEM),
    # a bill's explanatory memorandum
    ("other", _MEMORANDUM),
]


def _committee_record(paragraphs: list[str]) -> bool:
    """A committee meeting's record: its clerk and the members present ("Griffier: Van Dijk",
    "Aanwezig zijn zes leden der Kamer"); a plenary record names no clerk."""
    return any(p.startswith("Griffier:") for p in paragraphs) and any(
        re.match(r"Aanwezig zijn \w+ leden der Kamer\b", p) for p in paragraphs
    )


_META_TYPES = [
    ("nota naar aanleiding", "nota"),
    ("lijst van", "verslag"),
    ("motie", "motie"),
    ("amendement", "other"),
    ("antwoord", "antwoord_kamervragen"),
    ("aanhangsel", "antwoord_kamervragen"),
    ("vragen", "kamervragen"),
    ("kamervra", "kamervragen"),
    ("verslag", "verslag"),
    ("brief", "kamerbrief"),
    ("nota", "nota"),
]


def doc_type(paragraphs: list[str], header: dict[str, str], meta: dict, answered: bool, to: str | None = None) -> str:
    hint = str(meta.get("doctype") or "").lower()
    for needle, kind in _META_TYPES:
        if needle in hint:
            if kind in ("kamervragen", "antwoord_kamervragen"):
                return "antwoord_kamervragen" if answered else "kamervragen"
            return kind
    best: tuple[int, str] | None = None
    # a monitor site's block of key data ("Kerngegevens ... Tekst") sits above the document's own head
    text_at = next((i for i, p in enumerate(paragraphs[:12]) if p.strip() == "Tekst"), -1)
    if text_at < 0 or not any(p.strip() == "Kerngegevens" for p in paragraphs[:text_at]):
        text_at = -1
    for i, p in enumerate(paragraphs[: text_at + 1 + 12]):
        for kind, rx in _TYPE_MARKERS:
            if rx.search(p):
                best = (i, kind)
                break
        if best:
            break
    if best is None and (header.get("indiener") or header.get("beantwoord door")):
        best = (0, "questions")
    if best is None and _committee_record(paragraphs[:20]):
        best = (0, "verslag")
    if best is None and answered and _ABOUT_QUESTIONS.match(header.get("betreft", "")):
        best = (0, "questions")  # a letter whose subject is the questions it answers
    if best is None:
        letter = (to and _KAMER.search(to)) or any(_TO_CHAIR.match(p) for p in paragraphs[:15])
        return "kamerbrief" if letter else "other"
    kind = best[1]
    if kind == "kamerbrief" and answered and _TO_CHAIR_LINE.match(paragraphs[best[0]]):
        # a covering letter's address block above "Antwoord van de heer X, Minister van Y, op vragen
        # van het lid Z": the document is the answers
        if any(re.search(_ANSWER_HEADING, p) for p in paragraphs[best[0] + 1 : 15]):
            kind = "questions"
    if kind == "questions":
        return "antwoord_kamervragen" if answered else "kamervragen"
    return kind


_TO_CHAIR_LINE = re.compile(rf"^Aan {CHAIR_OF_A_CHAMBER}")


_KAMER = re.compile(r"(?:Tweede|Eerste)\s?Kamer", re.I)
# a letter's subject line naming the questions it answers: "Kamervragen", "Beantwoording (van) vragen van ..."
_ABOUT_QUESTIONS = re.compile(
    r"^(?:(?:Beantwoording|Antwoorden?)\s+(?:op\s+|van\s+)?(?:de\s+)?)?(?:schriftelijke\s+)?(?:Kamer)?vragen\b", re.I
)
# a letter to the Kamer without its address block: the salutation of the chair, or a
# site's document label ("Kamerstuk: Kamerbrief | 15-12-2023" on rijksoverheid.nl)
_TO_CHAIR = re.compile(
    r"^(?:Zeer\s+)?[Gg]eachte\s+(?:[Vv]oorzitter|[Kk]amerleden|leden van de (?:vaste )?commissie)\b"
    r"|^Kamerstuk:\s*Kamerbrief\b"
)


# --- chamber ------------------------------------------------------------------------------
_TK = re.compile(
    r"^(?:Aan de )?(?:de )?Voorzitter van de Tweede Kamer|^Tweede Kamer der Staten-Generaal"
    r"|\b(?:Handelingen|Plenair verslag|Stenogram) (?:der |van de )?Tweede Kamer\b|\b(?:ah|kv|kst|h)-tk-|\bTweede Kamerleden\b|\bleden van de Tweede Kamer\b"
    # a monitor site's number of a Handelingen item: "Nummer HTK20182019-45-9"
    r"|\bHTK(?:19|20)\d{6}-\d",
    re.I | re.M,
)
_EK = re.compile(
    r"^(?:Aan de )?(?:de )?Voorzitter van de Eerste Kamer|^Eerste Kamer der Staten-Generaal"
    r"|\b(?:Handelingen|Plenair verslag|Stenogram) (?:der |van de )?Eerste Kamer\b|\b(?:ah|kv|kst|h)-ek-|\bEerste Kamerleden\b|\bleden van de Eerste Kamer\b"
    r"|\bHEK(?:19|20)\d{6}-\d",
    re.I | re.M,
)
_TK_QUESTION = re.compile(r"\b[Vv]ragen van (?:het lid|de leden)\b[^\n]{0,600}?\([Ii]ngezonden\b")
# The Eerste Kamer's written questions are "medegedeeld aan de minister" on a date, not "ingezonden"
_EK_QUESTION = re.compile(r"\b[Vv]ragen van (?:het lid|de leden)\b[^\n]{0,600}?\bmedegedeeld aan\b")
# the Tweede Kamer's case numbers ("Kamervraag 2023Z14476", "2013Z12722"): openkamer and
# tweedekamer.nl print them above the questions; the Eerste Kamer numbers its own differently
# an answer's covering text names the same number: "Deze vragen werden ingezonden op 16 juli 2020 met
# kenmerk 2020Z14089"
_TK_CASE = re.compile(
    r"\bKamervra(?:ag|gen)\b:?\s+(?:nr\.?\s*)?(?:19|20)\d{2}Z\d{4,6}\b"
    r"|\bvragen\b[^.\n]{0,80}?\bingezonden\b[^.\n]{0,60}?\bkenmerk(?:en)?\s+(?:19|20)\d{2}Z\d{4,6}\b"
)
_TK_DOCUMENT_NUMBER = re.compile(r"^(?:19|20)\d{2}D\d{4,6}\s+[A-Z]{4,}", re.M)
_CASE_LINE = re.compile(r"^\s*(?:19|20)\d{2}Z\d{4,6}\s*$", re.M)
# a committee meeting's report: "De vaste commissie voor X heeft op 4 november 2015 overleg gevoerd
# met ..." (the Eerste Kamer's committees hold a "mondeling overleg", not matched here)
_COMMITTEE_MEETING = re.compile(r"\b(?:heeft|hebben) op \d{1,2} \w+ \d{4} overleg gevoerd\b")
# procedures only the Tweede Kamer has, named in a Handelingen item ("Aan de orde is ..."): the
# weekly mondelinge vragenuur, the VAO (verslag van een algemeen overleg), the dertigleden-,
# meerderheids- and tweeminutendebat, the algemeen overleg and commissiedebat (the Eerste Kamer
# holds "mondeling overleg"), and its commissie voor de Verzoekschriften (en de
# Burgerinitiatieven); the Eerste Kamer holds "mondeling overleg" and has a commissie voor de Verzoekschriften
# too, so only with "Burgerinitiatieven"
_TK_PROCEDURE = re.compile(
    r"\b(?:VAO|VSO)'?s?\b|\b[Vv]erslag van een algemeen overleg\b|\bmondelinge vragenuur\b"
    r"|\bdertigledendebat\b|\bmeerderheidsdebat\b|\btweeminutendebat\b|\balgemeen overleg\b|\bcommissiedebat\b"
    r"|\bcommissie voor de Verzoekschriften en de Burgerinitiatieven\b"
)
# every alternative of _TK / _EK names the chamber ("Tweede", "-tk-"): texts without these
# words skip the slow search (output unchanged; see armswatch.prefilter)
# (cheap prefilters of _TK, _EK: "htk1"/"htk2" begin a monitor's "HTK20182019-45-9", where a bare
# "hek" would let every "hekwerk" through)
_TK_WORDS, _EK_WORDS = ("tweede", "-tk-", "htk1", "htk2"), ("eerste", "-ek-", "hek1", "hek2")


def _tk(text: str) -> re.Match | None:
    return _TK.search(text) if may_contain_ci(text, _TK_WORDS) else None


def _ek(text: str) -> re.Match | None:
    return _EK.search(text) if may_contain_ci(text, _EK_WORDS) else None


# a plenary record's opening: "Ik open de vergadering van de Eerste Kamer der Staten-Generaal van maandag 16 juni 2025"
_OPENS_SITTING = re.compile(
    r"\bIk open de vergadering van de (?P<k>Eerste|Tweede) Kamer(?: der Staten-Generaal)?"
    r"(?: van (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) (?P<d>\d{1,2} [a-z]{3,9} \d{4}))?"
)


def chamber(head: str, text: str, to: str | None, meta: dict, kst: dict[str, str | None], kind: str = "") -> str | None:
    hint = str(meta.get("chamber") or "")
    if re.search(r"\bTK\b|Tweede", hint):
        return "TK"
    if re.search(r"\bEK\b|Eerste", hint):
        return "EK"
    m = _KAMER.search(to or "")
    if m:
        return "TK" if m.group(0).lower().startswith("tweede") else "EK"
    # the chair opens the sitting of one Kamer (members of the other may attend)
    opened = _OPENS_SITTING.search(head[:4000])
    if opened:
        return "TK" if opened.group("k") == "Tweede" else "EK"
    tk, ek = _tk(head), _ek(head)
    if tk or ek:
        return "TK" if tk and (not ek or tk.start() < ek.start()) else "EK"
    romans = {m.group(1) for m in _HANDELINGEN_ROMAN.finditer(head)}
    if len(romans) == 1:  # "Handelingen I 2010/11" are the Eerste Kamer's, "Handelingen II" the Tweede's
        return "EK" if romans == {"I"} else "TK"  # (a treaty's record that cites both is neither's)
    if kst.get("number"):  # Tweede Kamer stukken are numbered, Eerste Kamer stukken lettered
        return "TK" if kst["number"].isdigit() else "EK"
    if kind == "other":
        news = next(filter(None, (_KAMER_NEWS.match(p.strip()) for p in head.split("\n\n")[:2])), None)
        news = news or _KAMER_NEWS_GLUED.search(head[:400]) or _KAMER_NEWS_INVERTED.search(head[:400])
        if news:
            return "TK" if news.group("k") == "Tweede" else "EK"
        if _EK_RECORD.search(head[:600]):
            return "EK"
    ek = _ek(text)
    if ek:
        return "EK"
    if kind in ("other", "verslag") and _TK_MEMBER.search(head[:3000]):
        return "TK"  # a party's page on its member's work: "Tweede Kamerlid Voordewind", "in de Tweede Kamer"
    if _TK_DOCUMENT_NUMBER.search(head[:800]):
        return "TK"  # the Tweede Kamer's registry number on the document's own head: "2024D09496 INBRENG VERSLAG ..."
    if kind == "kamervragen" and re.search(r"Kamerlid\b|Kamervragen\b|Tweede Kamer\b", head[:3000]):
        return "TK"  # a party's copy of its member's questions ("SP-Kamerlid X", "stellen Kamervragen")
    if kind in ("kamerbrief", "antwoord_kamervragen", "nota"):  # a letter names the Kamer it informs
        tk_named, ek_named = "Tweede Kamer" in head, "Eerste Kamer" in head
        if tk_named != ek_named:
            return "TK" if tk_named else "EK"
    if kind == "verslag" and (_COMMITTEE_MEETING.search(head[:1500]) or "algemeen overleg" in head[:3000]):
        return "TK"  # the algemeen overleg and the commissiedebat are the Tweede Kamer's
    if kind == "other" and "Aan de orde " in head and _TK_PROCEDURE.search(head[:3000]):
        return "TK"  # a plenary record that debates a VAO or a committee's report on petitions
    if kind == "other" and "Aan de orde " in head and (here := _SPEAKER_HERE.search(head[:3000])):
        return "TK" if here.group("k") == "Tweede" else "EK"  # a speaker's "hier in de Eerste Kamer"
    if kind == "other" and "ragenuur" in head and _QUESTION_HOUR.search(head[:1500]):
        return "TK"  # only the Tweede Kamer holds a weekly question hour
    if ("Kamervra" in head or "kenmerk" in head) and _TK_CASE.search(head):
        return "TK"
    if kind in ("kamervragen", "antwoord_kamervragen") and _CASE_LINE.search(head[:1500]):
        return "TK"  # the Tweede Kamer's case number on a line of its own above the questions
    if "ragen van " not in head:  # both patterns below contain it
        return None
    if _EK_QUESTION.search(head):
        return "EK"
    if _TK_QUESTION.search(head):
        return "TK"  # written questions "ingezonden" are the Tweede Kamer's procedure
    return None


_TK_MEMBER = re.compile(
    r"\b(?:Tweede[- ]?Kamerlid|Tweede[- ]?Kamerleden|Tweede[- ]?Kamerfractie|(?:debat|overleg) in de Tweede Kamer)\b"
)
# a speaker in a plenary record names the chamber they speak in: "hier in de Eerste Kamer"
_SPEAKER_HERE = re.compile(r"\b(?:hier|vandaag) in (?:de|deze) (?P<k>Eerste|Tweede) Kamer\b")
# a chamber's news item opens with the chamber as its subject: "Eerste Kamer stemt in met ...",
# "De Tweede Kamer heeft dinsdag ... aangenomen" (a verb in lower case follows the name)
_CHAMBER_ACTS = (
    r"(?:De\s+)?(?P<k>Eerste|Tweede) Kamer\s+(?:heeft|hebben|stemt|stemde|neemt|nam|verwerpt|verwierp|aanvaardt"
    r"|steunt|steunde|debatteert|debatteerde|spreekt|sprak|wil|vraagt|vroeg|gaat|is|was|keurt|keurde|akkoord)\b"
)
_KAMER_NEWS = re.compile("^" + _CHAMBER_ACTS)
# the news item's title glued to its first words: "... natuurverbeteringDe Eerste Kamer debatteerde"
_KAMER_NEWS_GLUED = re.compile(r"(?<=[a-zà-ÿ])" + _CHAMBER_ACTS)
# "Dinsdag 11 september debatteerde de Eerste Kamer over ...": the verb before the chamber
_KAMER_NEWS_INVERTED = re.compile(
    r"\b(?:debatteerde|debatteert|stemde|stemt|sprak|spreekt|nam|neemt|aanvaardde|verwierp)\s+de\s+"
    r"(?P<k>Eerste|Tweede) Kamer\b"
)
# eerstekamer.nl's plenary record: "Verslag van de vergadering van 9 december 2025 (2025/2026 nr. 11)",
# "Parlementair jaar 2022/2023, 40e vergadering" (the Tweede Kamer writes "vergaderjaar 2022-2023")
_EK_RECORD = re.compile(
    # (a page title may be glued before it: "... eigen risicoVerslag van de vergadering")
    r"Verslag van de (?:plenaire )?vergadering van (?:\w+dag )?\d{1,2} \w+ \d{4}\s*\(\d{4}/\d{4} nr\. \d+\)"
    r"|Parlementair jaar \d{4}/\d{4}, \d+e vergadering\b"
)
_HANDELINGEN_ROMAN = re.compile(r"\bHandelingen (II?) (?:19|20)\d{2}\s?[/–-]\s?\d{2,4}\b")


# --- reference ----------------------------------------------------------------------------
_BS = re.compile(r"\bBS\d{9,11}\b")


_KAMERSTUK_ONLY = re.compile(r"^(?:Kamerstuk(?:ken)?\s+)?" + _REF + r"$", re.I)


def reference(header: dict[str, str], removed: list[str], meta: dict) -> str | None:
    if meta.get("reference"):
        return str(meta["reference"]).strip()
    value = header.get("onze referentie")
    if value and _KAMERSTUK_ONLY.match(value.strip()):
        value = None  # a site's "Kenmerk 34682, nr. 97" is the kamerstuk, not the sender's reference
    if value:
        return value.split()[0] if _BS.match(value) else value
    for line in removed:
        m = _BS.search(line)
        if m:
            return m.group(0)
    return None


# --- date ---------------------------------------------------------------------------------
# "Mededeling van Staatssecretaris X (Justitie) (ontvangen 6 oktober 2021)": the answers will come later
_PLENARY_SITTING = re.compile(
    r"\bplenaire vergadering van (?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?(\d{1,2} [a-z]{3,9} \d{4})"
)
LATE_NOTICE = re.compile(r"^Mededeling van (?:de )?(?:[Mm]inister|[Ss]taatssecretaris)\b", re.M)
_RECEIVED = re.compile(r"\b(?:ontvangen|Beantwoord|Antwoord ontvangen)\b:?", re.I)
# the answer's heading closed by its date without "ontvangen": "Antwoord van minister X (Defensie),
# mede namens ... (18 augustus 2014)"
_DATED_ANSWER = re.compile(r"^Antwoord(?:en)? van\b[^\n]{0,300}\((?P<d>\d{1,2}\s+[a-z]+\s+(?:19|20)\d{2})\)\s*$", re.M)
_PROPOSED = re.compile(r"\bVoorgesteld\b:?", re.I)
_SETTLED = re.compile(r"\bVastgesteld\b:?", re.I)
_DATED_TITLE = re.compile(r"^(?:VERSLAG|LIJST VAN VRAGEN)[A-Z ]*\n\n(\d{1,2} [a-z]{3,9} (?:19|20)\d{2})\s*$", re.M)
_DOSSIER_LINE = re.compile(r"^\d{2}[\s.]?\d{3}\s+(?:\(R\s?\d{3,5}\)\s+)?[A-ZÀ-Ý][^\n]*", re.M)
_PLACE = re.compile(r"(?:Den Haag|'s-Gravenhage|’s-Gravenhage|Brussel|Luxemburg),", re.I)
# a site's publication label: "Kamerstuk: Kamerbrief | 15-12-2023", "Nieuwsbericht | 04-07-2025"
# or a ministry site's item line, its date first: "03-04-2009 | Kamerstuk | Ministerie van Defensie"
_LABEL_DATE = re.compile(
    r"^[A-Z][\w-]{2,30}(?::\s*[\w -]{2,40})?\s*\|\s*(\d{1,2}-\d{1,2}-\d{4})\s*$"
    r"|^(\d{1,2}-\d{1,2}-\d{4})\s*\|\s*[A-Z][\w -]{2,40}\|\s*[^|\n]{0,80}(?:Ministerie|ministerie|Rijksoverheid)[^|\n]*$",
    re.M,
)
_RECEIVED_LINE = re.compile(r"^Ontvangen:?\s+(\d{1,2} \w+ \d{4})$", re.M)
# a site's line under a post's title: "gepubliceerd op donderdag 12 maart 2015, 10:04"
_POSTED = re.compile(r"\bgepubliceerd op(?:\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))?\b")
_SENT_IN = re.compile(r"\b(?:ingezonden|Ingediend|Indiendatum)\b:?", re.I)


def document_date(
    head: str, header: dict[str, str], meta: dict, kind: str, removed: list[str] | None = None
) -> str | None:
    if meta.get("date"):
        iso = find_date(str(meta["date"]))
        if iso:
            return iso
    if kind == "antwoord_kamervragen":
        found = find_date(header.get("beantwoord", "")) or date_after(_RECEIVED, head, 60)
        dated = None if found else _DATED_ANSWER.search(head[:3000])
        found = found or (dated and find_date(dated.group("d")))
        if found:
            return found
    if kind == "motie":  # submitted: "Voorgesteld 28 februari 2022", a site's "Ingediend ..."
        found = date_after(_PROPOSED, head) or find_date(header.get("ingediend", "")) or date_after(_SENT_IN, head)
        found = found or ("datum" not in header and _standing_date(head))  # a site's date line under the title
        if found:
            return found
    if kind == "verslag":
        # "Vastgesteld 8 december 1995"; an older stuk has the date alone under its title
        bare = _DATED_TITLE.search(head[:2000])
        found = date_after(_SETTLED, head) or (bare and find_date(bare.group(1)))
        if found:
            return found
    if "datum" in header:
        return find_date(header["datum"])  # an empty Datum field stays unknown
    if header.get("datum nieuwsfeit"):
        return find_date(header["datum nieuwsfeit"])
    # (not the place and date a treaty in the dossier's title was concluded: "35 584 (R2149) Wijziging
    # van ...; ’s-Gravenhage, 6 december 2019")
    found = date_after(_PLACE, _DOSSIER_LINE.sub("", head)) or date_after(_PROPOSED, head)
    # "Den Haag, 12-3-2001" among the address lines went out with the letterhead
    found = found or date_after(_PLACE, "\n".join((removed or [])[:40]))
    if found:
        return found
    if kind in ("nota", "kamerbrief"):  # a kamerstuk's "Ontvangen 18 januari 2019" under its title
        m = _RECEIVED_LINE.search(head[:2000])
        if m:
            return find_date(m.group(1))
    label = _LABEL_DATE.search(head[:1500])
    if label and kind in ("kamerbrief", "other", "antwoord_kamervragen"):
        return find_date(label.group(1) or label.group(2))
    if kind == "kamervragen":  # an answer is not dated by the day its questions were sent in
        notice = LATE_NOTICE.search(head[:3000])  # a notice that the answers are late: the day it came
        if notice:
            return date_after(_RECEIVED, head[notice.start() :], 200)
        return (
            find_date(header.get("ingediend", ""))
            or date_after(_SENT_IN, head, 60)
            or date_after(_POSTED, head[:1500], 60)  # a member's post of the questions they put
        )
    if kind == "other":
        sitting = _PLENARY_SITTING.search(head[:600])  # "Verslag van de plenaire vergadering van dinsdag 25 ..."
        if sitting:
            return find_date(sitting.group(1))
        opened = _OPENS_SITTING.search(head[:4000])
        if opened and opened.group("d"):
            return find_date(opened.group("d"))
        if _MEMORANDUM.search(head[:1500]):
            return None  # a bill's memorandum is undated: its dates are the laws and treaties it explains
        if _PLENARY_ITEM.search(head[:1500]):
            return _standing_date(head)  # a debate's prose dates the treaty or an earlier sitting
        return _own_date(head[:600])
    return None


# dates that say when something else happened: a treaty concluded ("op 5 juli 2022 te Brussel tot stand
# gekomen"), the start of a period ("sinds 24 februari 2022"), the end of a range ("van 18 tot en met 30 mei")
_CONCLUDED_AT = re.compile(
    r"^\s*te\s+[A-Z][\w'’ -]{1,30}?\s+(?:tot\s*stand\s*gekomen|totstandgekomen|gesloten|ondertekend)\b"
)
# the day a rule took effect: "Op 1 januari 2013 is het verbod in werking getreden"
_IN_FORCE = re.compile(r"^\s*(?:is|zijn|werd|werden|trad|traden|treedt|treden)\b[^.\n]{0,50}?\bin\s+werking\b")
_PERIOD_BEFORE = re.compile(r"\b(?:sinds|sedert|tot en met|t/m|vanaf)\s*$", re.I)


def _own_date(text: str) -> str | None:
    """The first date in text that is not the date of something the text speaks about."""
    for iso, start, end in iter_dates(text):
        after = text[end : end + 80]
        if (
            _CONCLUDED_AT.match(after)
            or _IN_FORCE.match(after)
            or _PERIOD_BEFORE.search(text[max(0, start - 15) : start])
        ):
            continue
        return iso
    return None


def last_resort_date(head: str, kind: str) -> str | None:
    """When nothing else dates questions or a letter: a date standing on its own line or beside the
    title (a party site's "donderdag 05 november 2020", "Kamerbrief inzake ... 09-05-2008")."""
    if kind == "antwoord_kamervragen":  # a site's date line alone above the answers' title
        lone = next((p for p in head.split("\n\n")[:4] if _LONE_DATE.match(p.strip())), None)
        return find_date(lone) if lone else None
    return _standing_date(head) if kind in ("kamervragen", "kamerbrief") else None


_LONE_DATE = re.compile(r"^\d{1,2}-\d{1,2}-(?:19|20)\d{2}$")


# a sentence of running text: more than eight words and a closing stop
_SENTENCE = re.compile(r"^(?:\S+\s+){8,}.*[.!?:;]\s*$")


def _standing_date(head: str) -> str | None:
    """The first date that stands on a line of its own or in a label, not one inside a sentence:
    a debate's "het op 18 september 1997 te Oslo totstandgekomen Verdrag" or "verlof verleend
    in de vergadering van 11 juni 2002" dates the treaty or an earlier sitting, not the text."""
    at = 0
    for line in head.split("\n"):
        if at >= 600:  # the text's first lines only, each read whole
            break
        at += len(line) + 1
        found = find_date(line)
        if found and len(line) <= 200 and not _SENTENCE.match(line.strip()):  # a long line is prose
            return found
    return None


# --- addressee ----------------------------------------------------------------------------
_TO = re.compile(r"^Aan(?::\s*|\s+)(?P<to>(?:de|het)\s+(?!orde\b)[^\n]{3,150})$")  # "Aan de orde is ..." is no address
TO_CHAIR_ADDRESS = re.compile(
    r"^Aan\s+de\s+(?P<to>Voorzitter van de\s*(?:Tweede|Eerste)\s*Kamer\s*der\s*Staten-Generaal)\b"
)
LABELLED_TO = re.compile(r"^Aan:\s*(?:de|het)\s+\w")  # an address written as a labelled field


def addressee(paragraphs: list[str], header: dict[str, str]) -> str | None:
    """Whom a letter is addressed to (questions and motions have none of their own)."""
    to = header.get("aan")
    if not to:
        # (a site's table rows don't count; a page's navigation may stand above the letter)
        text_rows = [i for i, p in enumerate(paragraphs[:20]) if "|" not in p][:12]
        for i in text_rows:
            p = paragraphs[i]
            chair = TO_CHAIR_ADDRESS.match(p)
            if chair:  # an older letterhead flattened: the address, the house number and the directorate run on
                to = chair.group("to")  # (its glued chamber name is mended below, with every other address)
                break
            m = _TO.match(p)
            if m:
                to = m.group("to")
                if re.search(r"\s(?:de|der|van|voor|het)$", to) and i + 1 < len(paragraphs):
                    to += " " + paragraphs[i + 1]  # "Aan de Voorzitter van de" / "Tweede Kamer ..."
                break
    if not to:
        return None
    # a copy's address run onto the addressee's: "... Tweede Kamer der Staten-Generaal I.a.a.: de Voorzitter van de Eerste Kamer"
    to = re.sub(r"\s+I\.\s?a\.\s?a\.?:?\s.*$", "", to)
    # a site's labels or the subject glued before the address: "Preview document 🔗 Origineel De Voorzitter ..."
    to = re.sub(r"^.{1,80}?\s(?=(?:[Aa]an\s+)?[Dd]e\s+[Vv]oorzitter\s+van\s+de\s+(?:Tweede|Eerste)\b)", "", to.strip())
    to = re.sub(r"^(?:Aan:?\s+)?(?:de|het)\s+", "", to.strip(), flags=re.I)
    # the chamber's name glued together when a letterhead is flattened: "TweedeKamerderStaten-Generaal"
    to = re.sub(r"(Tweede|Eerste)\s*Kamer\s*der\s*Staten", r"\1 Kamer der Staten", to)
    # the street run onto the chamber's name: "... der Staten-Generaal Binnenhof 4"
    to = re.sub(r"(Staten-Generaal)\s+(?:\S[^\n]{0,40}?\d[^\n]{0,40}|['’]s-Gravenhage|Den Haag)$", r"\1", to)
    return to[:1].upper() + to[1:]
