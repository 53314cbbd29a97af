"""A document's subject: the Betreft line, a site's label, the text after "over" in questions,
a motion's or report's dossier, a page's own title (past the site's chrome), a treaty's name."""

from __future__ import annotations

import re
from functools import cache

from armswatch.lexicon import load_toml

# "... over X", older and interpellation questions "... inzake X"
_OVER = re.compile(
    r"\b(?:Kamer|Interpellatie)?[Vv]ragen\b[^\n]{0,600}?\)[^\n]{0,400}?"
    r"\b(?:over|inzake|betreffende|aangaande|omtrent)\s+(?P<s>[^\n]{3,400})"
)
_QUESTIONS_TITLE = re.compile(
    # (a ministry's title for its answers: "Kamerbrief inzake beantwoording lijst van vragen over X")
    r"^(?:Kamerbrief\s+(?:inzake|over|met)\s+(?:de\s+)?(?:beantwoording|antwoorden\s+op)\s+(?:van\s+)?(?:de\s+)?"
    r"(?:lijst\s+van\s+)?(?:feitelijke\s+)?)?"
    r"(?:Antwoord(?:en)?\s+(?:op\s+)?)?(?:(?:Nadere|Aanvullende|Schriftelijke)\s+)?(?:Kamer)?[Vv]ragen\s+(?:van\s+[^()\n]{1,200}?\s+)?over\s+"
    r"(?P<s>[^\n]{3,300})$"
)
_CASE_TITLE = re.compile(r"^Kamervraag\s+(?:19|20)\d{2}Z\d{4,6}$")
# the subject ends with its sentence: "... over Nagorno-Karabach. Deze vragen werden ingezonden op ..."
# (a stop after a word of three letters or more, so "dr. Jansen" stays whole)
_SUBJECT_END = re.compile(
    # (not a parenthesis or a date inside the subject's own noun phrase: "over het (mogelijke)
    # gebruik van ...", "over het arrest van 3 mei 2021 over ...")
    r"\s*\((?:ingezonden|ontvangen)\b.*$"
    # (a date the subject names stays: "het debat over de Europese Top (d.d. 9 september 2020)")
    r"|\s+(?:\((?!d\.d\.)(?![\w-]{1,20}\)\w|[^()\n]{1,40}\)\s+[a-zà-ý])"
    r"|op \d{1,2} \w+ \d{4}(?!\s+(?:over|inzake|van|in|te|met|naar|door)\s)).*$|[.:]\s*$"
    # (a sentence's end, not an abbreviation's stop: "de zgn. Palestijnse gebieden")
    r"|(?<=\w{3})(?<!\bzgn)(?<!\bbijv)(?<!\bresp)(?<!\bjl)\.\s+[A-ZÀ-Ý][a-z]+\s.*$"
    # a footnote marker glued on: "... asielaanvragen inwilligt(*)"
    r"|\(\*{1,3}\)[.:]?\s*$|(?<=\w)\*{1,3}[.:]?\s*$"
    # the date the questions were put, last: "... op de Molukken van 6 januari 2000"
    r"|\s+van \d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
    r" \d{4}\s*$"
)
# a covering letter's "Betreft Vragen van het (Tweede-Kamer)lid Jansen over de aanschaf van drones": the
# questions' subject is what they are about
_BETREFT_ASKED = re.compile(
    r"^(?:Beantwoording (?:van )?(?:de )?|Antwoord(?:en)? op (?:de )?)?[Vv]ra(?:gen|ag) van (?:(?:het |de )?(?:(?:Tweede|Eerste)-?)?(?:[Kk]amer)?(?:lid|leden)"
    r"|de heer|mevrouw)(?:\b|(?=[A-Z]))(?:[^()\n]|\([^()\n]{1,40}\)){0,200}?\b(?:over|inzake)\s+(?P<s>\S.*)$"
)
# a subject line that names the askers and not what they asked about: "Beantwoording kamervragen van
# het lid X.", "Antwoord op vragen van het lid X" (the letterhead reader joins an "over Y" set below it)
ASKERS_ONLY = re.compile(
    r"^(?![^\n]*\b(?:over|inzake)\s)(?:(?:Beantwoording(?:\s+van)?|Antwoord(?:en)?\s+op)\s+)?(?:de\s+)?"
    r"(?:[Kk]amer)?[Vv]ragen\s+van\s+"
    r"(?:het\s+lid|de\s+leden)\s+[^\n]{2,80}?\.?$"
)
# a plenary item of the mondelinge vragenuur, titled by the asker and the minister asked
_ORAL_QUESTIONS = re.compile(
    r"^Vra(?:gen|ag) van (?:het lid|de leden) [^\n]{1,300}? aan de (?:minister|staatssecretaris|minister-president)"
    r"\b[^\n]{0,200}?,? over (?P<s>[^\n]{3,300})$"
)
# a news archive's date and time above a release's headline ("25-10-2007 17:06")
_DATE_TIME = re.compile(r"^\d{1,2}-\d{1,2}-\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# a record's number above its title ("T01341"), a magazine's page number ("04")
_BARE_CODE = re.compile(r"^[A-Z]{0,3}\d{3,}$|^\d{1,3}$")
# a magazine's byline above its headline: "Tekst kapitein Jaap Wolting", "Tekst KAP Wouter Helders Foto SGT
# Hille Hillinga" (a rank in lower case or capitals, then a name of capitalised words)
_BYLINE = re.compile(
    r"^(?:Tekst|Text|Foto|Beeld|Photo)(?::|\s)\s*(?:[a-z]+(?:-[a-z0-9]+)?\s+|[A-Z]{2,4}(?:-\d)?\s+)?"
    r"[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*[A-ZÀ-Ý][\w'’.-]+){0,3}"
    r"(?:\s*[|,]?\s*(?:Foto|Beeld|[Vv]ideo)\b.*)?$"
    # the magazine's issue the article belongs to: "Dit artikel hoort bij: Landmacht 03"
    r"|^Dit artikel hoort bij:.*$"
)
# a news site's dateline above the headline: "woensdag, 20. augustus 2025 - 17:35 Update: 20-08-2025 17:41"
_DATELINE = re.compile(
    r"^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\s+\d{1,2}\.?\s+[a-z]+\s+\d{4}\b", re.I
)


# a page's title run together with the date line below it: "Bijdrage aan het AO over X donderdag 19 december 2019"
# or its numeric date: "Russische observatievlucht boven Nederland 14-08-2002", "... Ukraine | 04-10-2022"
_DATE_TAIL = re.compile(
    # (not the date a title names: "Verslag van de plenaire vergadering van dinsdag 30 maart 2021")
    r"(?<!\bvan)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+\d{1,2}\s+[a-z]{3,9}\s+\d{4}$"
    r"|(?:\s+|\s*\|\s*)\d{1,2}-\d{1,2}-\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
    # a news archive's dateline after the title: "... Somalische wateren 2 augustus 2009, 14.52 uur"
    r"|\s+\d{1,2}\s+[a-z]{3,9}\s+\d{4},?\s+\d{1,2}[.:]\d{2}(?:\s+uur)?$"
    # a monitor's sitting date and name: "Regeling van werkzaamheden (dinsdag 30 oktober 2012) - Parlementaire monitor"
    r"|\s+\((?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+\d{1,2}\s+[a-z]{3,9}\s+\d{4}\)$",
    re.I,
)


def tidy(found: str | None) -> str | None:
    """A subject without a news archive's stamp after it, or a handbook's chapter number or the treaty
    series' masthead before it."""
    return (_LEADING_FURNITURE.sub("", _STAMP.sub("", found)) or None) if found else found


# a news archive's stamp after the title: "... naar eritrea Gemaakt: 6-4-2000 tijd: 16:18"
_STAMP = re.compile(r"\s+Gemaakt:\s*\d{1,2}-\d{1,2}-\d{4}(?:\s+tijd:\s*\d{1,2}:\d{2})?$")
# a handbook's chapter number before the title ("30.06.00 Strategische goederen"), or a document host's copy
# of the treaty series, its masthead before the title: ("TRACTATENBLAD VAN HET.
# Internationaal Verdrag ...", "TRACTATENBLAD VAN HET KONINKRIJK DER NEDERLANDEN. JAARGANG 2004 Nr. 55. Verdrag ...")
_LEADING_FURNITURE = re.compile(
    r"^\d{2}\.\d{2}\.\d{2}\s+(?=[A-ZÀ-Ý])"
    r"|^TRACTATENBLAD VAN HET(?: KONINKRIJK DER NEDERLANDEN)?\.?\s*(?:JAARGANG \d{4}\s+Nr\.\s*\d+\.?\s*)?(?=[A-ZÀ-Ý][a-z])"
)


def subject(
    paragraphs: list[str],
    header: dict[str, str],
    meta: dict,
    kind: str,
    dossier_title: str | None,
    treaty_title: str | None = None,
) -> str | None:
    if meta.get("subject"):
        return str(meta["subject"]).strip()
    # "Onderwerp Beantwoording kamervragen van het lid X." names only the askers: what they asked
    # about follows in the covering note ("... gesteld door het lid X over de Betuweroute")
    askers_only = kind in ("kamervragen", "antwoord_kamervragen") and ASKERS_ONLY.match(header.get("betreft", ""))
    if header.get("betreft") and not askers_only:
        betreft = header["betreft"]
        asked = _BETREFT_ASKED.match(betreft) if kind in ("kamervragen", "antwoord_kamervragen") else None
        return (_SUBJECT_END.sub("", asked.group("s")).strip() or None) if asked else betreft
    # a motion's, report's or reply memorandum's subject is its dossier (the bill it is about)
    if kind in ("motie", "verslag", "nota") and dossier_title:
        return dossier_title
    if dossier_title and _INITIATIVE.match(dossier_title):  # a member's own nota is its dossier
        return dossier_title
    if kind == "kamerbrief":
        label = next((m for p in paragraphs[:3] if (m := _LETTER_LABEL.match(p.strip()))), None)
        if label:
            return _unquote(label.group("t").strip())
        # an English translation of a letter states its subject after "Subject:" below the date
        english = next((m for p in paragraphs[:5] if (m := _ENGLISH_SUBJECT.match(p.strip()))), None)
        if english:
            return english.group("t").strip()
        if dossier_title is None:  # a letter as a ministry's site shows it: titled above its date
            return _site_letter_title(paragraphs)
    if kind in ("kamervragen", "antwoord_kamervragen"):
        for p in paragraphs[:6]:
            m = _OVER.search(p)
            if m:
                return _SUBJECT_END.sub("", m.group("s")).strip() or None
        for p in paragraphs[:6]:  # a title without the askers' parties: "Nadere vragen over X"
            m = _QUESTIONS_TITLE.match(p.strip())
            if m:
                return _SUBJECT_END.sub("", m.group("s")).strip() or None
        for i, p in enumerate(paragraphs[:8]):  # site navigation may stand above it
            if _CASE_TITLE.match(p) and i + 1 < len(paragraphs):
                return paragraphs[i + 1].strip()  # openkamer: the title follows "Kamervraag 2022Z..."
        if kind == "kamervragen":  # a member's or party's page of questions: its title, if it has one
            first = next((p.strip() for p in paragraphs[:4] if p.strip() and not is_chrome(p)), "")
            if (
                8 <= len(first) <= 200
                and not first.endswith((".", "?", ":"))
                and _PAGE_TITLE_START.match(first)
                and first.lower() not in _party_names()  # a party's banner ("Partij van de Arbeid")
            ):
                return first
        return None
    item = _handelingen_item(paragraphs) if kind in ("other", "verslag") else None
    if item:
        return item
    if kind == "other":  # the Handelingen' oral questions: "Vragen van het lid X aan de minister ..., over Y."
        for p in paragraphs[:6]:
            m = _ORAL_QUESTIONS.match(p.strip())
            if m:
                return _SUBJECT_END.sub("", m.group("s")).strip() or None
    if kind == "verslag":  # a committee meeting outside a dossier: "... overleg gevoerd met ... over X."
        m = _MEETING_OVER.search("\n".join(paragraphs[:12])) or _QUESTIONS_PUT.search("\n".join(paragraphs[:16]))
        if m:
            return m.group("s").strip()
    if kind == "other":
        if treaty_title:  # a treaty-series page: see treaty_publication
            return treaty_title
        if dossier_title:  # a kamerstuk of no named type (a memorie van toelichting): its dossier
            return dossier_title
        bill = _bill_title(paragraphs)
        if bill:
            return bill
        for p in paragraphs[:8]:
            # a page's date line above its title ("27 november 2025") is the date, not the subject
            p = _WRITTEN_DATE_LINE.sub("", p)
            if not p.strip() or is_chrome(p) or _BARE_CODE.match(p.strip()) or _DATE_TIME.match(p.strip()):
                continue
            if _BYLINE.match(p.strip()) or _DATELINE.match(p.strip()):
                continue
            p = _INLINE_CHROME.sub("", p).strip()  # "date 2023-04 Title Ministeries" on one line
            if is_chrome(p):  # the line held nothing but chrome ("date 2021-11 Ministeries")
                continue
            glued = _TITLE_GLUED_TO_TEXT.match(p)  # "Debat toetreding ... tot NAVODe senatoren debatteerden ..."
            if glued and len(p) > glued.end() + 80:
                return glued.group("t").strip()
            found = _heading_below(p, paragraphs) or _statement_on(p, paragraphs) or _page_title(p)
            if not found:
                return None
            title = _INLINE_CHROME.sub("", _DATE_TAIL.sub("", _SITE_NAME_AFTER.sub("", found))).strip()
            return _QUOTED_TITLE.sub(r"\1", title) or None
    if meta.get("title") and kind not in ("kamerbrief",):
        return str(meta["title"]).strip()
    return None


@cache
def _party_names() -> frozenset[str]:
    return frozenset(n.lower() for p in load_toml("parties.toml")["party"] for n in [p["name"], *p.get("aliases", [])])


_PAGE_TITLE_START = re.compile(r"[A-ZÀ-Ý](?![A-Z\s]*$)(?!\w*\s*\d)")
# tweedekamer.nl labels a letter by its kind and title above the kamerstuk: "Brief regering : Title"
_LETTER_LABEL = re.compile(
    r"^Brief\s+(?:regering|van de regering|minister|staatssecretaris)\s*:\s*(?P<t>\S[^\n]{2,300})$"
)
# a member's initiative nota, filed as a dossier of its own: "Initiatiefnota van het lid Jansen over X",
# "Initiatiefnota van de leden De Vries en Bakker over Y"
_INITIATIVE = re.compile(
    r"^Initiatiefnota van (?:het lid|de leden) (?P<who>[A-ZÀ-Ý][\w'’-]*(?: [A-Za-zÀ-ÿ'’-]+){0,3}?)"
    r"(?:,| en | over\b)"
)


def initiator(subject_line: str | None) -> str | None:
    """The (first) member who wrote an initiative nota, from its title."""
    m = _INITIATIVE.match(subject_line or "")
    return m.group("who") if m else None


_ENGLISH_SUBJECT = re.compile(r"^Subject:\s*(?P<t>[A-Z][^\n]{2,300})$")
_QUOTES = "‘’'\"«»“”"


def _unquote(title: str) -> str | None:
    """A title the site put in quotes as a whole loses them (a quote inside it stays)."""
    if len(title) > 2 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip()
    return title or None


# a committee's list of questions: "De vaste commissie voor X heeft een aantal vragen voorgelegd aan de
# Minister van Y over Z (Kenmerk: 2020Z01234)."
_QUESTIONS_PUT = re.compile(
    r"\bvragen(?: en opmerkingen)? voorgelegd aan\b[^\n]{0,200}?\bover\s+(?P<s>[^\n]{3,250}?)"
    r"\s*(?:\((?:[Kk]enmerk|[Zz]aak)[^)\n]{0,40}\))?\.?$",
    re.M,
)
_MEETING_OVER = re.compile(r"\boverleg gevoerd met\b[^\n]{0,300}?\bover\s+(?P<s>[^\n:]{3,200}?)\.?$", re.M)


# the Eerste Kamer's page on a bill: its number ("36.162", "35.260 (R2131)") on a line of its own,
# then the title with the page's summary run onto it ("... Finland en het Koninkrijk ZwedenDit wetsvoorstel ...")
# a news page's title run onto its first sentence with no space: "... tot NAVODe Eerste Kamer heeft ..."
_TITLE_GLUED_TO_TEXT = re.compile(
    r"^(?P<t>[^\n.?!]{12,200}?)(?<=[\w)])(?=(?:De|Het|Een|In|Op|Na|Bij|Tijdens|Minister|Staatssecretaris|Eerste|Tweede)\s)"
)
_BILL_NUMBER = re.compile(r"^\d{2}\.\d{3}(?:\s+\(R\d{3,5}\))?$")
_GLUED = re.compile(r"(?<=[a-zà-ÿ)])(?=[A-Z][a-z]+\s)")


def _bill_title(paragraphs: list[str]) -> str | None:
    for i, p in enumerate(paragraphs[:6]):
        if _BILL_NUMBER.match(p.strip()) and i + 1 < len(paragraphs):
            title = _GLUED.split(paragraphs[i + 1], maxsplit=1)[0].strip()
            return title if len(title) <= 300 else None
    return None


def _site_letter_title(paragraphs: list[str]) -> str | None:
    """The title a ministry's site puts above a letter and its date ("Title" / "22-08-2003"),
    past the site's chrome; None for a letter that opens with its address or its kamerstuk title."""
    rest = [p.strip() for p in paragraphs[:12] if not is_chrome(p) and not _SITE_SECTION.match(p.strip())]
    # (a news archive names the item first and again above the letter's own date: the first title
    # that stands right above a date, among the first lines)
    for i in range(min(len(rest) - 1, 4)):
        if _STANDING_DATE.match(rest[i + 1]):
            title = _page_title(rest[i])
            if title and not re.match(r"(?:Aan|BRIEF|Nr\.|Den Haag|\d)", title):
                return title
            return None
    return None


_SITE_SECTION = re.compile(
    r"^(?:Ministerie van [A-Z][\w ,-]{3,80}|Brieven aan de (?:Tweede |Eerste )?Kamer|Kamerbrieven|-{3,})(?:\s*-{3,})?$"
)
# a page title's site name after a dash: "Title - Hoofdinhoud", "Title - PR UN, WTO and other
# organisations Geneva", "Title | Rijksoverheid.nl"
_SITE_NAME_AFTER = re.compile(
    r"\s+[-–|]\s+(?:Hoofdinhoud|PR\s+UN\b.*|Permanent\s+Representation\b.*|Rijksoverheid\.nl|Government\.nl|"
    r"Defensie\.nl|Tweede\s+Kamer\s+der\s+Staten-Generaal|Eerste\s+Kamer\s+der\s+Staten-Generaal|"
    r"Parlementaire\s+[Mm]onitor|Europa\s+[Nn]u)\s*$"
    # a weblog's tagline after its post's title: "Wat zijn sancties? Buitenlandse Zaken in begrijpelijke taal"
    r"|(?<=\?)\s+Buitenlandse Zaken in begrijpelijke taal$"
)
_QUOTED_TITLE = re.compile(
    r'^[“"](.+)[”"]$'
)  # a title set in double quotes (a quoted headline in single quotes keeps them)
_WRITTEN_DATE_LINE = re.compile(
    r"^\s*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{1,2}\s+"
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\s*(?:\n|$)",
    re.I,
)
_STANDING_DATE = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{4}$|^\d{1,2} [a-z]{3,9} \d{4}$")


# a site's title for questions: "Antwoord op vragen van de leden A en B over het bericht ..."
_TITLE_OVER = re.compile(r"\b[Vv]ragen\b.{0,300}?\sover\s+(?P<s>.{3,400})$")


def title_subject(title: str | None, kind: str) -> str | None:
    """The subject a site's title gives when the document's own head gives none."""
    if not title or kind == "motie":
        return None
    if kind in ("kamervragen", "antwoord_kamervragen"):
        m = _TITLE_OVER.search(title)
        return _SUBJECT_END.sub("", m.group("s")).strip() or None if m else None
    return title.strip()


# a Handelingen item's numbered heading, followed by "Aan de orde is ...": "9 Recente opmars van IS"
_ITEM_HEADING = re.compile(r"^\d{1,3}\s+(?P<t>[A-ZÀ-Ý][^\n]{2,200})$")


def oral_questions(paragraphs: list[str]) -> bool:
    return any(_ORAL_QUESTIONS.match(p.strip()) for p in paragraphs)


def _handelingen_item(paragraphs: list[str]) -> str | None:
    for i, p in enumerate(paragraphs[:8]):
        m = _ITEM_HEADING.match(p.strip())
        if m and any(q.startswith(("Aan de orde is", "Aan de orde zijn")) for q in paragraphs[i + 1 : i + 3]):
            return m.group("t").strip()
    return None


# Page chrome of the sites documents are saved from (rijksoverheid.nl, tweedekamer.nl,
# openkamer.org, tkconv): navigation, breadcrumbs, labels, cookie notices, salutations.
_CHROME = re.compile(
    r"^(?:Rijksoverheid(?:\.nl)?|Home|Zoeken|Menu|Onderwerpen|Ministeries|Documenten|Kamerstuk(?:ken)?|Kamervragen"
    # a back link and a document host's toolbar ("Terug", "Back", "Download as pdf or txt", "You are on page 1of 136")
    r"|Terug|Back|Vorige|Previous|(?:Download(?: as| als)? (?:pdf or txt|pdf|txt|PDF)\s*)+(?:You are on page \d+\s?of \d+)?"
    r"|You are on page \d+\s?of \d+"
    r"|(?:Tractatenblad|Staatsblad) van het Koninkrijk der Nederlanden|Staatscourant"
    r"|Kamerleden|Schriftelijke vragen|Naar boven|Terug naar boven|Lees verder|Lees meer|Interessant voor jou"
    r"|Deel deze pagina|Direct naar\b.*|Ga naar\b.*|(?:Tweede|Eerste) Kamer der Staten-Generaal|Open ?Kamer"
    r"|date\s+\d{4}(?:-\d{2}){0,2}|Deze (?:website|site) gebruikt\b.*|.*\bcookies?\b.*"
    r"|(?:Zeer\s+)?[Gg]eachte\b.*|Beste\b.*"
    r"|[A-Z][\w-]{2,30}(?::\s*[\w -]{2,40})?\s*\|\s*\d{1,2}-\d{1,2}-\d{4}"
    r"|[^\n]*\||(?:[^|\n]*\|){3,}[^|\n]*"  # a table's row
    # a news archive's banner and labels (nieuwsbank.nl, opennieuwsbank.nl)
    r"|[A-Z][\w-]{2,30}\.(?:nl|com|org|eu)|Nieuwsberichten|Persberichten|Rijksvoorlichtingsdienst|[Ff]oto:\s.*|Nieuwsbank|Schrijft, screent en verspreidt persberichten\b.*|Vindplaats van dit bericht|Bron:\s.{2,60}"
    r"|Zoek soortgelijke berichten|Datum nieuwsfeit:.*"
    # officielebekendmakingen' navigation
    r"|U bent hier:?|Adressen en contactpersonen van overheidsorganisaties\.?"
    # skip links, a site's description, a record's kind, a treaty series' number, a kamerstuk's received line
    r"|(?:Go|Skip) to (?:main )?content|Naar (?:de )?(?:hoofd)?inhoud"
    # skip links run together with a record's number below them: "Naar hoofdinhoud Naar hoofdnavigatiemenu T02503"
    r"|Naar (?:de )?hoofd\w+(?:\s+Naar (?:de )?hoofd\w+)+(?:\s+[A-Z]{0,3}\d{3,})?|Base description\b.*|Handeling(?:en)?|Datum publicatie.*"
    r"|\d{1,3} \(\d{4}\) Nr\. \d{1,3}|Ontvangen:? \d{1,2} \w+ \d{4}"
    r"|Zoals vergunningen, bouwplannen en lokale regelgeving\.?"
    r"|Nederlandse Permanente [Vv]ertegenwoordiging\b.{0,80}"
    # an agency's name above its page, and its notice that scripts are off
    r"|Belastingdienst|Douane|Javascript staat uit\b.*"
    # a news archive's release: the ministry's name, rules and the date and time above the headline
    r"|(?:-{3,}\s+)*Ministerie van (?:[A-Z][\w-]+)(?:(?:,| en| voor)? [A-Z][\w-]+){0,4}|-{3,}(?:\s+-{3,})*"
    # a mission's or embassy's site name above its item
    r"|(?:Permanent Mission|Permanent Representation|Embassy|Consulate(?:-General)?) of the Kingdom of the Netherlands\b.{0,80}"
    r"|(?:Permanente Vertegenwoordiging|Ambassade|Consulaat(?:-Generaal)?) van het Koninkrijk der Nederlanden\b.{0,80}"
    # the treaty database's category label above a treaty's name, and its tabs on lines of their own
    r"|Verdrag(?:en)?|Partijen en gegevens|Geldend(?:\s+vanaf\s+\d{1,2}-\d{1,2}-\d{4})?)$"
    r"|^.{0,80}\s[>›»]\s.{0,80}$",
    re.I,
)


# a site's date label and section names run onto the title's line when a page is flattened
# the treaty database's tabs run onto the treaty's name: "Verdrag inzake ... Partijen en gegevens Geldend"
_INLINE_CHROME = re.compile(
    # a photo's slug and credit run onto the headline: "... Oekraïne patriot-luchtafweer Foto: Ministerie van Defensie"
    r"\s+(?:[a-z]\w*-[\w-]+\s+)?Foto:\s.*$|"
    r"^date\s+\d{4}(?:-\d{2}){0,2}\s+|\s+(?:Ministeries|Onderwerpen|Documenten|Nieuws|Nieuwsbericht)$|^-{3,}\s+"
    r"|\s+Partijen en gegevens(?:\s+Geldend(?:\s+vanaf\s+\d{1,2}-\d{1,2}-\d{4})?)?$"
    r"|\s+Geldend\s+vanaf\s+\d{1,2}-\d{1,2}-\d{4}$"
    # the Eerste Kamer's record glues its session to the title: "... 2 juni 2015Parlementair jaar 2014/2015, 33e vergadering"
    r"|\s*Parlementair jaar \d{4}/\d{4}.*$"
    # a news archive's ministry code before the title: "MINDEF: Vertrek SFIR4"
    r"|^(?:MINDEF|MINBUZA|BUZA|BZ|RVD|AZ|VWS|EZ|OCW|LNV|BZK|SZW|FIN|VROM|VenW|DEF|JUS):\s+"
)

# a news page's title with what follows it on the same flattened line: its date and lead
# ("Title 11 apr 2008 | Lead ..."), the site's name and the title again ("Title - Site Title | ..."),
# or the lead glued on ("...clustermunitieTijdens een debat ...")
_TITLE_THEN_DATE = re.compile(r"^(?P<t>\S.{4,200}?)\s+\d{1,2}[ -](?:\w{3,9}\.?|\d{1,2})[ -]\d{4}\s*\|")
_TITLE_THEN_SITE = re.compile(r"^(?P<t>\S.{14,200}?)\s+[-–|]\s+")


# a page's title is the document's heading and the site's name: "Heading - Site, City", "Heading | Site"
_SITE_SUFFIX = re.compile(r"\s+[-–|]\s+\S")


def _heading_below(title: str, paragraphs: list[str]) -> str | None:
    """The document's own heading when the page's title above it is that heading with the site's
    name added ("Small Arms - Embassy in Rome" over "Small Arms"), or None."""
    at = next((i for i, p in enumerate(paragraphs[:8]) if p.strip() == title), None)
    below = paragraphs[at + 1].strip() if at is not None and at + 1 < len(paragraphs) else ""
    if len(below) < 3 or not title.startswith(below):
        return None
    return below if _SITE_SUFFIX.match(title[len(below) :]) else None


# a statement's own heading names its topic: "Statement on Conventional Weapons"
_STATEMENT_ON = re.compile(r"^(?:Statement|Remarks|Speech|Intervention)\s+on\s+[A-Z][^\n]{3,120}(?<![.!?:;,])$")


def _statement_on(title: str, paragraphs: list[str]) -> str | None:
    """The heading "Statement on X" just below a page's title that names the occasion (the session,
    the meeting), or None."""
    at = next((i for i, p in enumerate(paragraphs[:8]) if p.strip() == title), None)
    below = paragraphs[at + 1].strip() if at is not None and at + 1 < len(paragraphs) else ""
    return below if _STATEMENT_ON.match(below) and not _STATEMENT_ON.match(title) else None


def _page_title(p: str) -> str | None:
    """A page's title from its first paragraph, or None when the paragraph is running text."""
    if len(p) <= 200 and (not re.search(r"[.!:;,]$", p) and (not p.endswith("?") or len(p) <= 120)):
        # a title with its first line glued on: "Behandeling Wet AwirVerslag van de vergadering van ..."
        glued = re.search(r"(?<=[a-zà-ÿ])(?=(?:Verslag|Brief|Nota|Motie|Antwoord|Kamerstuk)\b)", p)
        if glued and glued.start() >= 10:
            return p[: glued.start()]
        return p or None  # a title may ask a question ("... hoe gaat dat in zijn werk?")
    m = _TITLE_THEN_DATE.match(p)
    if m:
        return m.group("t")
    m = _TITLE_THEN_SITE.match(p)
    if m and p.find(m.group("t"), m.end()) > 0:  # the title printed again after the site's name
        return m.group("t")
    glued = _GLUED.split(p[:300], maxsplit=1)
    if len(glued) == 2 and 10 <= len(glued[0]) <= 200 and not re.search(r"[.?!:;,]$", glued[0]):
        return glued[0]
    return None


# A treaty-series publication (Tractatenblad, treaty database): its title is the treaty's name
# ("Verdrag inzake ...;", after "A. TITEL" in the newer layout) and the line below it gives the
# place and date the treaty was concluded ("Oslo, 18 september 1997") — that is the treaty's date,
# not the publication's.
_TREATY_NAME = re.compile(
    r"^(?:(?:(?:Aanvullend\s+)?Protocol|Verdrag|Overeenkomst|Convention|Treaty|Wijziging)\b.{5,700}"
    # "Wapenhandelsverdrag;", "Noord-Atlantisch Verdrag;"
    r"|[A-Z][\w-]{2,40}(?:\s+[A-Z][\w-]{2,40}){0,2}?\s*(?:verdrag|Verdrag|protocol|Protocol|overeenkomst)\b.{0,700})$",
    re.S,
)
# below the title: the place and date it was concluded, or the series' pointer to the treaty database
_CONCLUDED = re.compile(
    # (a footnote's number may be glued to the year: "Genève, 3 september 19921")
    r"^[A-Z][\w'’ ./-]{1,60},\s+\d{1,2}\s+\w+\s+\d{4}\d?$|^Voor een overzicht van de verdragsgegevens\b"
    # the treaty database's party section under the title: "Partijen met voorbehouden, ...", "PartijenPartijen met ..."
    r"|^Partijen(?:\b|Partijen)"
)


def treaty_publication(paragraphs: list[str]) -> str | None:
    """The title of a treaty-series publication, or None when the text is not one."""
    ps = [p.strip() for p in paragraphs[:24] if p.strip() and not is_chrome(p)]
    for i, p in enumerate(ps[:12]):
        titled = bool(re.fullmatch(r"(?:[A-Z]\.\s*)?TITEL", p)) and i + 1 < len(ps)
        if titled:  # under "A. TITEL" any name is the treaty's ("Statuut van Rome inzake ...")
            p, i = ps[i + 1], i + 1
        if (titled or _TREATY_NAME.match(p)) and i + 1 < len(ps) and _CONCLUDED.match(ps[i + 1]):
            return re.sub(r"\s+", " ", p).rstrip(" ;:")
        joined = _TITLE_THEN_CONCLUDED.match(p)  # a title not closed by ";" runs on into the next line
        if joined and _TREATY_NAME.match(joined.group("t")):
            return re.sub(r"\s+", " ", joined.group("t")).rstrip(" ;:")
    return None


_TITLE_THEN_CONCLUDED = re.compile(
    r"^(?P<t>.{10,700}?)\s+[A-Z][\w'’./-]{1,40},\s+\d{1,2}\s+[a-z]{3,9}\s+\d{4}\d?$", re.S
)


def is_chrome(paragraph: str) -> bool:
    """Is this paragraph a site's navigation, label or notice rather than the document's text?"""
    return len(paragraph) <= 200 and _CHROME.match(paragraph.strip()) is not None
