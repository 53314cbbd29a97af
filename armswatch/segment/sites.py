"""What a site's own metadata block says about the document it shows.

berthub.eu's tkconv renders every Tweede Kamer document under a block of labelled lines:
the document's title, its dossier's title, the kind of document ("Brief regering",
"Antwoord schriftelijke vragen", "Verslag van een schriftelijk overleg", "Lijst van vragen",
"Motie"), then "Nummer: 2024D16833, datum: 2024-04-24, ...", the signers ("Eerste
ondertekenaar: R.P. Brekelmans, minister van Defensie") and the dossier ("Onderdeel van
kamerstukdossier 21501 28-263 Defensieraad."). The block pushes the document's own head out
of the window the header rules read, so it is read here as container hints (like raw.meta):
``tkconv(text)`` returns doctype, chamber, dossier, number, sender; the title and the date
are kept apart (``site_title``, ``site_date``) because the document's own "Betreft" and
"Den Haag, <date>" come first when present.
"""

from __future__ import annotations

import re

from armswatch.segment.askers import parse_members
from armswatch.segment.people import answered_by, clean_name
from armswatch.segment.roles import roles_in

_HEAD_LINES = 60
# "Nummer: 2024D16833, datum: 2024-04-24, bijgewerkt: ..." (the Tweede Kamer's document number)
_NUMMER = re.compile(r"^Nummer:\s*(?:19|20)\d{2}D\d{4,6},\s*datum:\s*(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})\b")
# "Onderdeel van kamerstukdossier 22054 -417 Wapenexportbeleid." / "21501 08-928 Milieuraad."
_DOSSIER = re.compile(
    r"^Onderdeel van kamerstukdossier\s+(?P<a>\d{5})\s*(?P<sub>\d{2,3}|[IVXL]{1,5}|[A-Z])?"
    r"\s*-\s*(?P<n>\d{1,5}|[A-Z]{1,3})\b"
)
_SIGNER = re.compile(r"\bEerste ondertekenaar:\s*(?P<name>[^,\n]{2,60}),\s*(?P<role>[^\n(]{3,160})")
# a minister who signs with the first: "- Mede ondertekenaar: S.A. Blok, minister van Buitenlandse Zaken"
_CO_SIGNER = re.compile(r"\bMede ?ondertekenaar:\s*(?P<name>[^,\n]{2,60}),\s*(?P<role>[^\n(]{3,160})")
# "Bijlage bij: Antwoorden op vragen Eerste Kamer over ..." (the site's own "Tweede Kamer site" link is no title)
_FOR_SENATE = re.compile(r"^Bijlage bij:[^\n]*\bEerste Kamer\b")
_NAV = re.compile(r"^\[[^\]]{1,40}\](?:\s*\[[^\]]{1,40}\])*\s*$")


def _lines(text: str) -> list[str]:
    out = []
    for line in text[:8000].splitlines()[: _HEAD_LINES * 3]:
        line = line.strip()
        if line and not _NAV.match(line):
            out.append(line)
        if len(out) >= _HEAD_LINES:
            break
    return out


# a monitoring site's breadcrumb over a Tweede Kamer document: "<Site> / Kamervraag / <title>",
# the title often printed twice when the page's heading and its h1 were joined
_CRUMB = re.compile(
    r"^(?P<site>[A-Z][\w.]{2,30}) / (?P<kind>Kamervraag|Kamervragen|Motie|Kamerbrief|Brief regering"
    r"|Antwoord schriftelijke vragen|Schriftelijke vragen) / (?P<title>\S.{2,600})$"
)


def breadcrumb(text: str) -> dict:
    """Hints from a site's "Site / Kamervraag / title" breadcrumb on the first line; {} when none."""
    first = text.lstrip()[:1200].split("\n", 1)[0].strip()
    m = _CRUMB.match(first) if " / " in first else None
    if not m:
        return {}
    title = m.group("title")
    half = len(title) // 2
    if len(title) % 2 == 0 and title[:half] == title[half:]:
        title = title[:half]  # "Het bericht XHet bericht X"
    return {"chamber": "TK", "doctype": m.group("kind"), "site_title": title.strip()}


# openkamer's list of questions flattened from its table: the title, the asker and the minister
# asked, each a row ending in empty cells ("Title |", "|", "Name (Party) |", "|", "Name (post) (Party) |"),
# then the questions one per line, without numbers, each followed by its answer when there is one
_CELL_ROW = re.compile(r"^(?P<v>[^|\n]{3,400}?)\s*(?:\|\s*)+$")
_MEMBER_CELL = re.compile(
    r"^[A-ZÀ-Ý][^()|\n]{1,60}\([^()|\n]{2,40}\)(?:,\s*[A-ZÀ-Ý][^()|\n]{1,60}\([^()|\n]{2,40}\))*$"
)
# ... or the members' names alone: "Jasper van Dijk , Renske Leijten", "Maarten Hijink"
_NAME = r"[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:(?:van|de|der|den|ter|ten|het|in|'t)\s+)*[A-ZÀ-Ý][\w'’.-]+){0,3}"
_NAMES_CELL = re.compile(rf"^{_NAME}(?:\s*,\s*{_NAME}){{0,7}}$")


def _answerer_cell(cell: str) -> bool:
    """The third row names a member of the government: "Name (minister ...) (Party)" or a name."""
    return bool(re.search(r"\((?:minister|staatssecretaris|viceminister)", cell) or _NAMES_CELL.match(cell))


# the minister asked, listed without a portfolio: "Jan Jansen (minister , minister )"
_BARE_POST = re.compile(r"^(?P<n>[A-ZÀ-Ý][^(),|\n]{1,60}?)\s*\((?:\s*(?:minister|staatssecretaris)\s*,?)+\s*\)")


def question_table(text: str) -> dict:
    """Hints from openkamer's flattened question table at the head of text; {} when none.
    "site_unnumbered" tells the question reader that the questions carry no numbers."""
    # (the table may be flattened with blank and indented lines between its rows)
    rows = [ln.strip() for ln in text.lstrip()[:3000].split("\n")[:30] if ln.strip().strip("|").strip()]
    cells = [_CELL_ROW.match(r) for r in rows[:3]]
    if len(rows) < 4 or not all(cells[:2]):
        return {}
    # (the answerer's row may be empty: the questions follow the askers' row at once)
    answerer = cells[2].group("v") if cells[2] else ""
    if not answerer and "?" not in rows[2]:
        return {}
    askers = cells[1].group("v")
    if not _MEMBER_CELL.match(askers) and not (
        _NAMES_CELL.match(askers) and (_answerer_cell(answerer) or not answerer)
    ):
        return {}
    out: dict = {"doctype": "Kamervragen", "subject": cells[0].group("v"), "site_unnumbered": True}
    members = parse_members(askers) or [
        {"name": name, "party": None} for raw in askers.split(",") if (name := clean_name(raw))
    ]
    if members:
        out["questioners"] = members
    name, role, co = answered_by(answerer)
    bare = None if role else _BARE_POST.match(answerer)
    if bare:  # the site left out the portfolio: the name alone
        name = clean_name(bare.group("n"))
    if role or name:
        out["site_answerer"] = {"name": name, "role": role, "co": co}
    return out


# The Raad van State's advice page: the title, then its metadata as a list, each label and each
# value an item of its own ("- Kenmerk" / "- W01.23.0045/II", "- Datum advies" / "- 3 mei 2023",
# "- Vindplaats" / "- Kamerstukken II 2022/23, 36123, nr. 4")
_LIST_ITEM = re.compile(r"^[-•*]\s+(?P<v>\S.{0,200})$")
_ADVICE_LABELS = {"kenmerk", "datum aanhangig", "datum vastgesteld", "datum advies", "datum publicatie", "vindplaats"}
_FOUND_IN = re.compile(
    r"^Kamerstukken\s+I{1,2}\s+\d{4}/\d{2,4},\s*(?P<a>\d{2})\s?(?P<b>\d{3})(?:-(?P<sub>[\dA-Z]{1,5}))?,\s*nr\.\s*(?P<n>\d{1,5}|[A-Z]{1,3})$"
)


def labelled_list(text: str) -> dict:
    """Hints from a metadata list of label and value items under a page's title; {} when none."""
    lines = _lines(text)[:30]
    items = [m.group("v").strip() for line in lines[1:] if (m := _LIST_ITEM.match(line))]
    fields = {
        label.lower(): value
        for label, value in zip(items, items[1:], strict=False)
        if label.lower() in _ADVICE_LABELS and value.lower() not in _ADVICE_LABELS
    }
    if "kenmerk" not in fields or not ({"datum advies", "datum vastgesteld"} & fields.keys()):
        return {}
    out: dict = {"reference": fields["kenmerk"], "date": fields.get("datum advies") or fields["datum vastgesteld"]}
    out["subject"] = lines[0].rstrip(" .")
    found = _FOUND_IN.match(fields.get("vindplaats", ""))
    if found:
        out["dossier"] = found.group("a") + found.group("b") + ("-" + found.group("sub") if found.group("sub") else "")
        out["number"] = found.group("n")
    return out


def tkconv(text: str) -> dict:
    """Hints from a tkconv metadata block at the head of text; {} when there is none."""
    if "Nummer:" not in text[:8000]:
        return breadcrumb(text) or question_table(text) or labelled_list(text)
    lines = _lines(text)
    at = next((i for i, line in enumerate(lines) if _NUMMER.match(line)), None)
    if at is None or at < 2 or at > 8:
        return breadcrumb(text)
    out: dict = {
        "chamber": "TK",
        "doctype": lines[at - 1],
        "site_title": lines[0],
        "site_date": _NUMMER.match(lines[at]).group("date"),
    }
    for line in lines[at + 1 :]:
        if line.startswith("Preview document"):
            break
        if _FOR_SENATE.search(line):  # the Tweede Kamer's database also files what went to the Eerste
            out["chamber"] = "EK"
        d = _DOSSIER.match(line)
        if d and "dossier" not in out:
            out["dossier"] = d.group("a") + ("-" + d.group("sub") if d.group("sub") else "")
            out["number"] = d.group("n")
        s = _SIGNER.search(line)
        if s and "sender" not in out:
            roles = roles_in(s.group("role"))
            if roles:  # a committee chair signing a report is no sender
                out["sender"] = {"name": s.group("name").strip(), "role": roles[0]}
        for co in _CO_SIGNER.finditer(line):
            out.setdefault("co_senders", []).extend(roles_in(co.group("role"))[:1])
    return out


# A page that prints its navigation above a kamerstuk: the stuk's title ("Nr. 235 BRIEF VAN DE
# MINISTER VAN ...") stands many paragraphs down, its dossier line run onto a site's link above it
# ("Toon alle stukken in dossier22 054 Wapenexportbeleid"). The head starts at that dossier line.
_STUK_TITLE = re.compile(r"^Nr\.\s*\d{1,5}\s+[A-Z]{3,}(?:\s+[A-Z]{2,})*\b")
_DOSSIER_TAIL = re.compile(r"(?<![\d-])(?P<d>\d{2}\s?\d{3}(?:-\d{1,3})?(?:\s[IVXL]{1,5})?\s+[A-ZÀ-Ý][^\n]{2,200})$")


def below_chrome(paragraphs: list[str]) -> list[str] | None:
    """The paragraphs from a deep stuk title's dossier line on, or None (the title near the top, or no
    dossier run into the paragraph above it)."""
    at = next((i for i, p in enumerate(paragraphs[:30]) if _STUK_TITLE.match(p)), None)
    if at is None or at < 5:
        return None
    tail = _DOSSIER_TAIL.search(paragraphs[at - 1])
    # without its dossier just above, the title may sit under a site's own reference block (openkamer)
    return [tail.group("d"), *paragraphs[at:]] if tail else None
