"""Read the participant table of a UN Treaty Collection status page (treaties.un.org).

The page comes as the site serves it (HTML, a `<tr>` per participant and a `<td>` per column) or
as saved text, where each cell stands on its own line, or runs on after the previous one as in the
Secretary-General's MTDSG XML ("Afghanistan29 Jul 2020 aAlbania 3 Jun 2013 19 Mar 2014 ...").
All three are read the same way: the text after the column headings is a run of participant names
and dates "3 Jun 2013", each date with an optional suffix naming the instrument: a accession,
A acceptance, AA approval, d succession, s definitive signature, n provisional application. Of two
unsuffixed dates the first is the signature and the second the ratification; a lone one is a
signature (a ratification always follows a signature; who did not sign accedes).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser

from armswatch.errors import InputError, UsageError
from armswatch.law import data

MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
DATE = re.compile(rf"(\d{{1,2}})\s+({MONTHS})\s+(\d{{4}})(?:\s?(AA|A|a|d|s|n)(?![a-z]))?")
_HEADINGS = re.compile(
    r"Participant(?:[\s,]*(?:Signature|Provisional application under article \d+\s*\(n\)|"
    r"(?:Definitive signature|Ratification|Approval|Acceptance|Accession|Succession)(?:\s*\((?:AA|A|a|d|s)\))?))+"
)
_AS_AT = re.compile(r"STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})")
_KINDS = {"a": "accession", "A": "acceptance", "AA": "approval", "d": "succession", "s": "definitive signature"}
# the names the UN gives states, where they differ from states.csv's names and aliases
UN_NAMES = {
    "bolivia (plurinational state of)": "BOL",
    "iran (islamic republic of)": "IRN",
    "venezuela (bolivarian republic of)": "VEN",
    "micronesia (federated states of)": "FSM",
    "netherlands (kingdom of the)": "NLD",
    "united kingdom of great britain and northern ireland": "GBR",
    "united states of america": "USA",
    "democratic people's republic of korea": "PRK",
    "lao people's democratic republic": "LAO",
    "republic of moldova": "MDA",
    "united republic of tanzania": "TZA",
    "syrian arab republic": "SYR",
    "russian federation": "RUS",
    "viet nam": "VNM",
    "turkiye": "TUR",
    "state of palestine": "PSE",
    "holy see": "VAT",
    # names of older status pages
    "st. vincent and the grenadines": "VCT",
    "the former yugoslav republic of macedonia": "MKD",
    "st. kitts and nevis": "KNA",
    "st. lucia": "LCA",
}


@dataclass(frozen=True)
class Row:
    """One participant of a status page (or of a Tractatenblad party table)."""

    state: str  # ISO3
    name: str  # as the page writes it
    signature: date | None
    deposit: date | None
    kind: str  # ratification, accession, ... or "" for a signature only
    withdrawal_deposit: date | None = None
    withdrawal_effective: date | None = None


@dataclass(frozen=True)
class Page:
    treaty: str
    as_at: date | None
    rows: list[Row]
    unknown_names: list[str]


class _Cells(HTMLParser):
    """HTML to text with a line break at each cell and row, so cells never run together."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("td", "th", "tr", "div", "p", "table"):
            self.parts.append("\n")
        elif tag == "br":
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag == "sup":
            self.parts.append(" ")

    def handle_data(self, text):
        if not self.skip:
            self.parts.append(text)


def page_text(raw: str) -> str:
    """The page's text: HTML is reduced to its cells, saved text is kept as it is."""
    if re.search(r"<(?:td|tr|table|html)\b", raw, re.I):
        parser = _Cells()
        parser.feed(raw)
        return "".join(parser.parts)
    return html.unescape(raw)


def state_of(name: str) -> str | None:
    key = data.fold(re.sub(r"[\d,\s]+$", "", name))  # footnote markers: "Germany2,3"
    key = re.sub(r"\s+", " ", key)
    return UN_NAMES.get(key) or data.state_names().get(key)


def treaty_of(text: str) -> str | None:
    """The treaty a page is about: its MTDSG number (XXVI-8), else its title."""
    numbers = {t["untc"]: tid for tid, t in data.treaties().items() if t.get("untc")}
    for m in re.finditer(r"mtdsg_no=(XXVI-[\w-]+)|\bXXVI-\d+(?:-[a-d])?\b", text):
        number = m.group(1) or m.group(0)
        if number in numbers:
            return numbers[number]
    head = text[: text.find("Participant")] if "Participant" in text else text[:2000]
    titled = sorted((t["untc_title"], tid) for tid, t in data.treaties().items() if t.get("untc_title"))
    for title, tid in sorted(titled, key=lambda x: -len(x[0])):  # "Protocol IV ..." before the Convention's own
        if title in head:
            return tid
    return None


def _row(name: str, dates: list[tuple[date, str]]) -> Row | None:
    state = state_of(name)
    if not state:
        return None
    plain = [d for d, suffix in dates if not suffix]
    kinded = [(d, _KINDS[s]) for d, s in dates if s in _KINDS]
    signature = plain[0] if plain else None
    if kinded:
        deposit, kind = kinded[-1]
    elif len(plain) >= 2:
        deposit, kind = plain[1], "ratification"
    else:
        deposit, kind = None, ""
    return Row(state, name, signature, deposit, kind)


def parse(raw: str, treaty: str | None = None) -> Page:
    """The participants of a status page; UsageError when it has no participant table."""
    text = page_text(raw)
    head = _HEADINGS.search(text)
    if not head:
        raise InputError("not a UN Treaty Collection status page: no 'Participant' table found")
    treaty = treaty or treaty_of(text)
    if not treaty:
        raise UsageError("cannot tell which treaty this status page is about; name it with --treaty")
    m = _AS_AT.search(text)
    as_at = date(int(m[3]), int(m[2]), int(m[1])) if m else None
    rows, unknown = [], []
    body = text[head.end() :]
    pos, name = 0, ""
    dates: list[tuple[date, str]] = []

    def flush():
        if name:
            row = _row(name, dates)
            if row:
                rows.append(row)
            elif dates:
                unknown.append(name)

    for d in DATE.finditer(body):
        between = " ".join(body[pos : d.start()].split())
        if re.search(r"[A-Za-z]{2}", between):  # a name: the previous participant's row ends
            flush()
            name, dates = between, []
        day = datetime.strptime(f"{d[1]} {d[2]} {d[3]}", "%d %b %Y").date()
        dates.append((day, d[4] or ""))
        pos = d.end()
    flush()
    return Page(treaty, as_at, rows, unknown)
