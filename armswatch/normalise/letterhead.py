"""Letterhead, sidebar, return address and page furniture: recognise them, take them out.

A government letter carries blocks that are not its running text: the return address, the
addressee's address, the ministry's address and reference column ("Onze referentie",
"Afschrift aan"), "Bij beantwoording ... vermelden", page numbers and web-page footers.
Converters interleave them with the body (markdown exports put the sidebar between body
paragraphs), so they are recognised block by block, wherever they stand.

Labelled fields ("Datum 4 juli 2025", "Betreft\\nUpdate ...") go into a header dict under a
canonical key; the first occurrence wins (a trailing Woo nota has its own "Datum").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from armswatch.segment.dates import find_date
from armswatch.segment.roles import CHAIR_OF_A_CHAMBER
from armswatch.segment.subjects import ASKERS_ONLY

# label (as written, lower case) -> canonical header key
_LABELS = {
    "datum": "datum",
    "documentdatum": "datum",
    # a news archive's own date of the item ("Datum nieuwsfeit: 23-05-2001"): the document's date
    # unless the letter it reproduces carries its own "Datum"
    "datum nieuwsfeit": "datum nieuwsfeit",  # a publication site's table of a kamerstuk ("Documentdatum | 23-10-2009 |")
    "betreft": "betreft",
    "onderwerp": "betreft",
    "onze referentie": "onze referentie",
    "ons kenmerk": "onze referentie",
    "kenmerk": "onze referentie",
    "onze ref.": "onze referentie",
    "ons nummer": "onze referentie",
    "uw kenmerk": "uw kenmerk",
    "uw referentie": "uw kenmerk",
    "uw brief": "uw kenmerk",
    "uw brief van": "uw kenmerk",
    "afschrift aan": "afschrift aan",
    "kopie aan": "afschrift aan",
    "bijlage": "bijlagen",
    "bijlagen": "bijlagen",
    "bijlage(n)": "bijlagen",
    "contactpersoon": "contactpersoon",
    "inlichtingen": "contactpersoon",
    "inlichtingen bij": "contactpersoon",
    # openkamer.org and tweedekamer.nl question pages
    "ingediend": "ingediend",
    "indiendatum": "ingediend",
    "datum ingediend": "ingediend",
    "beantwoord": "beantwoord",
    "datum beantwoord": "beantwoord",
    "indiener": "indiener",
    "indieners": "indiener",
    "medeindiener": "medeindiener",
    "mede-indiener": "medeindiener",
    "beantwoord door": "beantwoord door",
    "onderwerpen": "onderwerpen",
    "bron vraag": "bron vraag",
    "bron antwoord": "bron antwoord",
}
_MULTILINE = {"afschrift aan"}
_LABEL_LINE = re.compile(
    # (a table's row may open with its border: "| Beantwoord door | Jan de Vries (VVD) |")
    r"^(?:\|\s*)?(?P<label>"
    + "|".join(re.escape(k) for k in sorted(_LABELS, key=len, reverse=True))
    + r")(?![\w(])\s*[:|]?\s*(?P<value>.*)$",
    re.I,
)


def _cell(value: str) -> str:
    """A field's value without a table rendering's cell borders ("Betreft | Levering ... |")."""
    return value.strip().rstrip("|").strip()


_NAMES = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?: [\w'’.-]+){0,4}(?:, [A-ZÀ-Ý][\w'’.-]*(?: [\w'’.-]+){0,4})*")


def _value_fits(key: str, value: str) -> bool:
    """Does a value on the label's own line look like that field (and not running text)?"""
    if not value:
        return True
    if key in ("datum", "datum nieuwsfeit"):
        return len(value) <= 40 and find_date(value) is not None
    if key in ("ingediend", "beantwoord"):
        return find_date(value[:40]) is not None
    if key == "betreft":
        return len(value) <= 250 and not value.endswith("?")
    if key in ("onze referentie", "uw kenmerk"):
        return len(value) <= 60 and any(c.isdigit() for c in value)
    if key in ("indiener", "medeindiener"):  # "Jasper van Dijk (SP)", or the names alone: "Jan de Vries"
        value = re.sub(r"\s+,", ",", value)  # "Jasper van Dijk , Sadet Karabulut"
        return "(" in value or _NAMES.fullmatch(value) is not None or _PERSON.match(value) is not None
    if key == "beantwoord door":
        return "(" in value
    if key.startswith("bron"):
        return "://" in value
    return len(value) <= 120


# a person's name, given names first: capitalised words with particles between ("Jan de Vries")
_PERSON = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:(?:van|de|der|den|ter|ten|het|in 't)\s+)*[A-ZÀ-Ý][\w'’.-]+){1,3}$")
_FURNITURE = re.compile(
    r"^(?:>?\s*Retouradres\b.*"
    r"|Postbus\s+\d+.*"
    r"|\d{4}\s?[A-Z]{2}(?:\s+[A-Z'’][\w'’ .-]{1,30})?"
    r"|(?:https?://|www\.)\S+"
    r"|\S*@\S+\.[a-z]{2,}"
    r"|[TFEM]\s?[:.]?\s*[+(]?\d[\d\s()-]{7,}"
    r"|Pagina\s+\d+\s+van\s+\d+|Pag(?:ina)?\.?\s+\d+"
    r"|ISSN\b.*"
    r"|(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s?[–-]\s?\d{4}, (?:Aanhangsel|\d).*"
    r"|Correspondentie uitsluitend\b.*"
    r"|Naar boven|Terug naar boven|Lees verder|Deel deze pagina"
    r")$",
    re.I,
)
# A letterhead's fields on one line: an older letterhead (ministries in the 1990s and 2000s) sets
# them side by side and a flattened copy runs them together ("Datum 3 mei 1998 Behandeld: J. Jansen
# Kenmerk ABC-12/98 Telefoon: 1234567"), a reflowed one likewise ("Datum 28 oktober 2009 Uw kenmerk
# 12/345 Onderwerp X"). Such a line is cut at each label written with its capital; labels that
# carry nothing the record keeps (telefoon, fax, blad, auteur) only end the field before them.
_SIDE_LABELS = ("behandeld", "telefoon", "fax", "blad", "auteur", "e-mail", "doorkiesnummer")
_SIDE_BY_SIDE = re.compile(
    r"(?:^|(?<=\s))(?:"  # written as a label, with its capital: "Datum", not "de datum van"
    + "|".join(re.escape(k[:1].upper() + k[1:]) for k in sorted([*_LABELS, *_SIDE_LABELS], key=len, reverse=True))
    + r")(?![\w(])\s*:?(?=\s)"
)


def _side_by_side(line: str) -> list[str] | None:
    """The fields of a letterhead line holding two labels or more, each with its value, or None."""
    starts = [m.start() for m in _SIDE_BY_SIDE.finditer(line)]
    if len(starts) < 2 or starts[0] != 0:
        return None
    parts = [line[a:b].strip(" ,;") for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    if any(len(_SIDE_BY_SIDE.sub("", p, count=1).strip()) == 0 for p in parts[:-1]):
        return None  # a label with nothing before the next one: a heading row, not fields
    return parts


def fields_on_one_line(line: str) -> list[tuple[str, str]] | None:
    """The (key, value) pairs of a letterhead line holding two labelled fields or more, or None.
    A line that opens with the subject, or a table's row, counts only when every part is a field
    that fits (a subject is free text, its words may be labels: "Betreft Kenmerk en Datum van ...");
    otherwise the fields that fit are kept and the side labels only end the field before them."""
    to = _CHAIR_FIRST.match(line)  # an address block flattened before the fields ("Aan de Voorzitter ... Datum ...")
    parts = _side_by_side(line)
    if to and parts is None and (at := _first_label_at(line, to.end())) is not None:
        parts = _side_by_side(line[at:])
    if parts is None:
        return None
    fitting: list[tuple[str, str]] = [("aan", to.group("to"))] if to else []
    for part in parts:
        m = _LABEL_LINE.match(part)
        if m is None:
            continue
        key, value = _LABELS[m.group("label").lower()], _cell(m.group("value"))
        if value and _value_fits(key, value):
            fitting.append((key, value))
    strict = parts[0].split()[0].lower() in _LABELS and _LABELS[parts[0].split()[0].lower()] == "betreft"
    if strict or "|" in line:
        return fitting if len(fitting) == len(parts) else None
    return fitting


_CHAIR_FIRST = re.compile(rf"^Aan (?P<to>{CHAIR_OF_A_CHAMBER} der Staten-Generaal)\b")


def _first_label_at(line: str, start: int) -> int | None:
    m = _SIDE_BY_SIDE.search(line, start)
    return m.start() if m else None


# an older letterhead's table: a row of labels ("Uw brief Uw kenmerk Ons nummer Datum", glued in a
# flattened copy: "Uw briefUw kenmerkOns nummerDatum") over a row of values ("DVB/CV-127/02 19 april
# 2002"); the empty cells of the reader's own letter leave only our number and the date
_ROW = "row"
_ROW_LABEL = (  # the labels as a letterhead writes them, with their capital
    "(?:" + "|".join(re.escape(k[:1].upper() + k[1:]) for k in sorted(_LABELS, key=len, reverse=True)) + ")"
)
_LABEL_ROW = re.compile(rf"^(?:{_ROW_LABEL}\s*){{3,}}$")
_ROW_REF = re.compile(r"^(?P<ref>[A-Z][A-Za-z]{1,9}(?:\s?/\s?[A-Za-z]{1,9})*\s?[-/]\s?\d\w*(?:\s?[/-]\s?\d+)*)(?:\s|$)")


def _put_row(line: str, lh: Letterhead) -> bool:
    """Our number and the date from a value row below a row of labels; False when the row holds neither."""
    m = _ROW_REF.match(line)
    date = find_date(line[m.end() :] if m else line)
    if m:
        lh.put("onze referentie", re.sub(r"\s", "", m.group("ref")))
    if date is not None and re.search(r"\b\d{1,2}\s+[a-z]+\s+(?:19|20)\d{2}\b", line):
        lh.put("datum", line[m.end() :].strip() if m else line)
    return bool(m or date)


_BIJ_BEANTWOORDING = re.compile(r"^Bij beantwoording\b", re.I)
_ADDRESS_MARK = re.compile(r"^(?:Postbus\s+\d+|\d{4}\s?[A-Z]{2}\b)")
_STREET = re.compile(
    r"^(?:[A-Z][^\d,;:]{1,40}\s?\d{1,5}\s?[a-zA-Z]?(?:-\d+)?|T\.?a\.?v\.?\b.*|Attn\b.*"
    r"|Nederland|\d[\d.]*\s?[a-i]|Bezoekadres\b.*)$"
)
_CITY = re.compile(r"^(?:Den Haag|'s-Gravenhage|’s-Gravenhage|Amsterdam|Rotterdam|Utrecht|Brussel)$", re.I)
_TO_LINE = re.compile(r"^Aan:?\s+(?:de|het)\s+\S", re.I)
# "Aan:" alone over the address; "I.a.a.:" (in afschrift aan) over the address of a copy
_TO_ALONE = re.compile(r"^Aan:?$")
_COPY_TO = re.compile(r"^(?:I\.\s?a\.\s?a\.|Afschrift aan|Kopie aan)", re.I)
_SALUTATION = re.compile(r"^(?:Zeer |Hoog)?[Gg]eachte\b|^Beste\b")
_SENDER_ORG = re.compile(r"^(?:\W{0,2}\w?\s)?(?:Ministerie|Directoraat|Directie|Rijksoverheid|Dienst)\b", re.I)


# "Betreft Levering van onderdelen C.c. --": "C.c." (copies to) is a field of its own
_COPIES = re.compile(r"[.;,]?\s+C\.\s?c\.(?:\s.*)?$")


@dataclass
class Letterhead:
    header: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    kept: list[list[str]] = field(default_factory=list)  # body blocks, lines stripped

    def put(self, key: str, value: str) -> None:
        value = value.strip()
        if key == "betreft":  # the old letterhead's copy field runs onto the subject's line
            value = _COPIES.sub("", value)
        if key not in self.header or (not self.header[key] and value):
            self.header[key] = value


def blocks_of(text: str) -> list[list[str]]:
    """Runs of non-blank lines, each line stripped."""
    out: list[list[str]] = []
    cur: list[str] = []
    for line in text.split("\n"):
        s = line.strip()
        if s:
            cur.append(s)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _is_address_block(lines: list[str]) -> bool:
    """Short lines holding an address (Postbus, postcode), or a city beside labelled fields."""
    if not all(_is_short(ln) for ln in lines):
        return False
    if any(_ADDRESS_MARK.match(ln) for ln in lines):
        return True
    return any(_CITY.match(ln) for ln in lines) and any(_LABEL_LINE.match(ln) for ln in lines)


def _is_short(line: str) -> bool:
    if _LABEL_LINE.match(line) or _BIJ_BEANTWOORDING.match(line) or _FURNITURE.match(line):
        return True
    if _TO_ALONE.match(line) or _COPY_TO.match(line):
        return True  # "Aan:" and "I.a.a.:" over their addresses
    if _TO_LINE.match(line) and len(line) <= 150 and not re.search(r"[.?!:]$", line):
        return True  # "Aan de Voorzitter van de vaste commissie voor ... van de" is a long address line
    return len(line) <= 70 and not _SALUTATION.match(line) and not re.search(r"[.?!:]$", line)


def _runs(blocks: list[list[str]]) -> list[list[list[str]]]:
    """Consecutive blocks of short lines grouped: a letterhead whose lines a converter
    separated by blank lines is recognised as a whole."""
    runs: list[list[list[str]]] = []
    open_run = False
    for block in blocks:
        short = all(_is_short(ln) for ln in block)
        if short and open_run:
            runs[-1].append(block)
        else:
            runs.append([block])
        open_run = short
    return runs


def _addressee(run: list[list[str]]) -> str | None:
    """The addressee: the lines before the street, postbus or postcode of an address
    (the sender's logo block and the return address before it are skipped)."""
    lead: list[str] = []
    lines = [ln for block in run for ln in block]
    to = next((i for i, ln in enumerate(lines) if _TO_LINE.match(ln) or _TO_ALONE.match(ln)), None)
    if to is not None:  # "Aan de Voorzitter van de ..." names itself, wherever it stands
        run = [lines[to + 1 :] if _TO_ALONE.match(lines[to]) else lines[to:]]
        if not run[0]:
            return None
    for block in run:
        if not lead and (_SENDER_ORG.match(block[0]) or all(_FURNITURE.match(ln) for ln in block)):
            continue
        for ln in block:
            if (
                _STREET.match(ln)
                or _COPY_TO.match(ln)
                or _ADDRESS_MARK.match(ln)
                or _LABEL_LINE.match(ln)
                or _CITY.match(ln)
                or _FURNITURE.match(ln)
                or _SENDER_ORG.match(ln)
            ):
                return " ".join(lead) or None
            lead.append(ln)
    return " ".join(lead) or None


def _is_logo_block(block: list[str]) -> bool:
    return (
        len(block) <= 3
        and _SENDER_ORG.match(block[0]) is not None
        and all(len(ln) <= 60 and not ln.endswith((".", "?")) for ln in block)
    )


def separate(text: str, sidebar: str = "") -> Letterhead:
    """Split prepared text into body blocks and letterhead (header fields, removed lines)."""
    lh = Letterhead()
    if sidebar:
        _scan(blocks_of(sidebar), Letterhead(header=lh.header), find_addressee=False)
    _scan(blocks_of(text), lh)
    return lh


def _scan(blocks: list[list[str]], lh: Letterhead, find_addressee: bool = True) -> None:
    pending: str | None = None  # a label seen alone on its line, waiting for its value
    addressee_seen = "aan" in lh.header or not find_addressee
    for run in _runs(blocks):
        lines = [ln for b in run for ln in b]
        letterhead = _is_address_block(lines) or (len(run) == 1 and _is_logo_block(run[0]))
        if letterhead and not addressee_seen and _is_address_block(lines):
            to = _addressee(run)
            if to:
                lh.put("aan", to)
                addressee_seen = True
        for block in run:
            if ASKERS_ONLY.match(lh.header.get("betreft", "")) and block[0].startswith("over "):
                # "Betreft / Antwoord op vragen van het lid X" with "over Y" set apart below it
                lh.header["betreft"] += " " + " ".join(block)
                lh.removed.extend(block)
                continue
            if pending in _MULTILINE:
                lh.put(pending, " ".join(block))
                lh.removed.extend(block)
                pending = None
                continue
            body_lines, pending = _scan_lines(block, lh, pending, drop_rest=letterhead)
            if body_lines:
                lh.kept.append(body_lines)


_LONE_WRITTEN_DATE = re.compile(r"^\d{1,2}\s+[a-z]{3,9}\s+(?:19|20)\d{2}$")
_LONE_CODE = re.compile(r"^[A-Z]{2,5}(?:[-/][A-Z]{1,4}){1,3}[-/]\d{5,8}$")
_DATE_THEN_QUESTION = re.compile(r"(?P<d>\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})\s+(?P<rest>1[.)]\s+[A-ZÀ-Ý].*\?.*)$")


def _scan_lines(block: list[str], lh: Letterhead, pending: str | None, drop_rest: bool) -> tuple[list[str], str | None]:
    kept: list[str] = []
    in_bij = False
    for i, ln in enumerate(block):
        if in_bij:  # "Bij beantwoording datum, / onze referentie en betreft / vermelden."
            lh.removed.append(ln)
            in_bij = not ln.rstrip(".").lower().endswith("vermelden")
            continue
        if not pending and _LABEL_ROW.match(ln):  # "Uw brief Uw kenmerk Ons nummer Datum", values below
            lh.removed.append(ln)
            pending = _ROW
            continue
        fields = None if pending else fields_on_one_line(ln)  # "Datum ... Kenmerk ... Onderwerp ..."
        if fields is not None:
            for key, value in fields:
                lh.put(key, value)
            lh.removed.append(ln)
            continue
        m = _LABEL_LINE.match(ln)
        label_key: str | None = _LABELS[m.group("label").lower()] if m else None
        if m and not (label_key and _value_fits(label_key, m.group("value").strip())):
            m = label_key = None
        if m and m.group("label")[0].islower() and m.group("value")[:1].islower():
            # a sentence broken over a page, going on in lower case ("Het gereserveerde bedrag" /
            # "betreft de verwachte steun ..."), is no labelled field
            m = label_key = None
        if pending == _ROW:
            pending = None
            if _put_row(ln, lh):
                lh.removed.append(ln)
                continue
        if pending and not m and pending not in _MULTILINE and (ln.rstrip().endswith("?") or len(ln) > 250):
            pending = None  # a label left empty ("bijlage"), and the letter's first question below it
        if pending and not m:
            if pending in _MULTILINE:
                lh.put(pending, " ".join(block[i:]))
                lh.removed.extend(block[i:])
                return kept, None
            lh.put(pending, ln)
            lh.removed.append(ln)
            pending = None
            continue
        if pending and m:  # a label right after a label alone: the first one was empty
            lh.put(pending, "")
            pending = None
        if m and label_key in ("ingediend", "datum") and (run_on := _DATE_THEN_QUESTION.match(m.group("value"))):
            # a party's page runs the first question onto the date: "Indiendatum: 31 aug. 2020 1. Kent u ..."
            lh.put(label_key, run_on.group("d"))
            lh.removed.append(ln[: len(ln) - len(run_on.group("rest"))])
            kept.append(run_on.group("rest"))
            continue
        if m:
            value = _cell(m.group("value"))
            lh.removed.append(ln)
            if value and label_key:
                lh.put(label_key, value)
            else:
                pending = label_key
            continue
        if _BIJ_BEANTWOORDING.match(ln):
            lh.removed.append(ln)
            in_bij = not ln.rstrip(".").lower().endswith("vermelden")
            continue
        if drop_rest and not lh.header.get("datum") and _LONE_WRITTEN_DATE.match(ln.strip()) and find_date(ln):
            lh.put("datum", ln.strip())  # a letter of about 2005: the date alone below the address
        elif drop_rest and not lh.header.get("onze referentie") and _LONE_CODE.match(ln.strip()):
            lh.put("onze referentie", ln.strip())  # and the ministry's reference alone: "JZ-K-U-2904520"
        if drop_rest or _FURNITURE.match(ln):
            lh.removed.append(ln)
            continue
        kept.append(ln)
    return kept, pending
