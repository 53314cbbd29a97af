"""treaty_status facts from the party list of a Dutch treaty-series publication.

The Tractatenblad (officielebekendmakingen.nl, trb-YYYY-N) prints under "Partijgegevens"
("E. PARTIJGEGEVENS") one row per state: Partij, Ondertekening, Ratificatie (with a Type
column: R ratification, Aa acceptance, Ag approval, T accession, O/VG succession or signature
without reservation, NB not known), In werking, Opzegging, Buiten werking. After HTML-to-text
a row reads "Angola | 03-12-08 | | | | |" (empty cells kept), from other sources
"Angola  03-12-08" or "Angola" on its own line with its dates on the lines below.

A state with a ratification, acceptance, approval, accession or succession is party; one whose
treaty went "buiten werking" (its withdrawal took effect) is not; one with only a signature is
not; a notice of withdrawal not yet in effect says nothing. The treaty is the publication's
title ("Verdrag inzake clustermunitie; Dublin, 30 mei 2008").
"""

from __future__ import annotations

import re

from armswatch.extract.context import Context
from armswatch.extract.facts import make_fact
from armswatch.extract.mentions import matchers
from armswatch.extract.text import fold, paragraphs
from armswatch.record import Fact

_SECTION = re.compile(r"^[ \t]*(?:[A-Z]\.[ \t]*)?partijgegevens[ \t]*:?[ \t]*$", re.M | re.I)
# the next section of the publication ("F. VOORLOPIGE TOEPASSING", "Verklaringen")
_NEXT = re.compile(
    r"^[ \t]*(?:[A-Z]\.[ \t]+[A-Z][A-Z ]{4,}|(?:Verklaringen|Voorbehouden|Bezwaren|Uitvoeringsbepalingen|"
    r"Toepasselijkverklaring|Inwerkingtreding|Voorlopige toepassing|Verwijzingen|Overige gegevens)"
    r"\b.{0,60})[ \t]*$",
    re.M,
)
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTHS_EN_NL = _MONTHS + "|" + _MONTHS_EN


def _month_number(name: str) -> int | None:
    n = name.lower()
    for names in (_MONTHS.split("|"), _MONTHS_EN.split("|")):
        if n in names:
            return names.index(n) + 1
    return None


_TOKEN = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\d{1,2}\s+(?:"
    + _MONTHS
    + r")\s+\d{4})(?!\d)|(?P<code>\b(?:R|A|Aa|Ag|Ap|Ac|T|O|VG|VO|Op|NB|S|Su|NK)\b)(?![-./]\d)|(?P<other>[^\s|]+)"
)
# (the English pages: S signature without reservation or ratification, Su succession, NK not known)
_CODES_BOUND = {"R", "A", "Aa", "Ag", "Ap", "Ac", "T", "O", "VG", "VO", "Op", "NB", "S", "Su", "NK"}
# column headings, folded, in the order the Tractatenblad prints them
_COLUMNS = (
    ("sig", ("ondertekening", "signature")),
    ("consent", ("ratificatie", "bekrachtiging", "aanvaarding", "goedkeuring", "toetreding", "ratification")),
    ("code", ("type",)),
    ("eif", ("in werking", "inwerkingtreding", "entry into force")),
    ("denounce", ("opzegging", "denunciation", "renunciation")),
    ("end", ("buiten werking", "termination")),
)
_DEFAULT_DATES = ("sig", "consent", "eif", "denounce", "end")
_SUBPART = re.compile(r"^[ \t]*[-–•][ \t]*\w")


def extract(ctx: Context) -> list[Fact]:
    body = ctx.body
    facts = _deposit_lists(ctx) if "gelegd" in body or "gedaan" in body else []
    facts += _table_paragraphs(ctx) if "Partij" in body or "Party" in body or "|" in body else []
    if "artijgegevens" not in body and "ARTIJGEGEVENS" not in body:
        return facts
    seen: set[tuple[int, str]] = set()
    for section, treaty, state, a, b, cols in party_rows(ctx):
        party = _party(ctx, cols)
        if (section, state) in seen or party is None:
            continue
        seen.add((section, state))
        facts.append(make_fact("treaty_status", body, a, b, {"state": state, "treaty": treaty, "party": party}))
    return facts


def party_rows(ctx: Context):
    """(section start, treaty, state, row start, row end, {column kind: value}) for each row of
    each "Partijgegevens" table; the columns are sig, consent, code, eif, denounce and end as printed.
    `armswatch law import` reads a publication's dates through this."""
    body = ctx.body
    for sec in _SECTION.finditer(body):
        treaty = _title_treaty(ctx, sec.start())
        if not treaty:
            continue
        nxt = _NEXT.search(body, sec.end())
        end = nxt.start() if nxt else len(body)
        for state, a, b, cols in _rows(ctx, sec.end(), end):
            yield sec.start(), treaty, state, a, b, cols


def _title_treaty(ctx: Context, before: int) -> str | None:
    """The treaty a publication is about: its title is the first paragraph that starts with a
    treaty's name; a protocol or amendment "bij het Verdrag ..." is not the treaty itself
    unless the lexicon names the protocol ("(Protocol III)")."""
    body = ctx.body
    for a, b in paragraphs(body):
        if a >= before:
            break
        named = ctx.mentions.within("treaty", a, b)
        if not named:
            continue
        head = fold(body[a : named[0].start]).strip()
        if head in ("", "het", "de", "einde inhoudsopgave"):  # (the treaty database's page opens so)
            return named[0].label
        if re.fullmatch(r"(?:aanvullend\s+)?protocol\b.*", head, re.S):
            protocols = [t.label for t in named if t.label.startswith("CCW-")]
            if not protocols and named[0].label == "CCW":
                by_date = _ccw_protocol_by_date(body[b : b + 200])
                if by_date is None and head.startswith("aanvullend"):
                    by_date = _additional_protocol_by_its_table(body[b : b + 4000])
                protocols = [by_date] if by_date else []
            return protocols[0] if protocols else None
    return None


# The Tractatenblad heads a publication with the treaty's title and then where and when it was
# concluded ("Wenen, 13 oktober 1995"). A protocol to the CCW titled only as "Aanvullend Protocol
# bij het Verdrag ..." is told by that date: Protocol IV (blinding laser weapons) was adopted at
# Vienna on 13 October 1995. Protocols I-III share the CCW's own date (10 October 1980), amended
# Protocol II (3 May 1996) and Protocol V (28 November 2003) have no contract id.
_CCW_PROTOCOL_DATES = {(13, 10, 1995): "CCW-P4"}
_CONCLUDED = re.compile(r"^\s*[A-Z][\w/ ]{1,40}?\d?,\s*(\d{1,2})\s+(" + _MONTHS_EN_NL + r")\s+(\d{4})\s*$", re.M | re.I)


# The CCW's protocols titled "Aanvullend Protocol bij het Verdrag ..." in the Dutch treaty database
# are Protocol IV (adopted 13 October 1995) and Protocol V (adopted 28 November 2003): a party
# table that dates a signature or ratification before Protocol V existed is Protocol IV's.
_PROTOCOL_V_ADOPTED = (2003, 11, 28)
_TABLE_DATE = re.compile(r"\b(\d{2})-(\d{2})-(\d{4})\b")


def _additional_protocol_by_its_table(after_title: str) -> str | None:
    dates = [(int(y), int(m), int(d)) for d, m, y in _TABLE_DATE.findall(after_title)]
    return "CCW-P4" if dates and min(dates) < _PROTOCOL_V_ADOPTED else None


def _ccw_protocol_by_date(after_title: str) -> str | None:
    m = _CONCLUDED.search(after_title)
    if not m:
        return None
    month = _month_number(m[2])
    return _CCW_PROTOCOL_DATES.get((int(m[1]), month, int(m[3]))) if month else None


def _rows(ctx: Context, start: int, end: int):
    """(state, row start, row end, {column kind: value}) for each state row of the section."""
    body = ctx.body
    header: list[str] | None = None
    pending: list[str] = []  # a heading printed one column per line
    cur = None  # [state, start, end, items, piped]
    for m in re.finditer(r"[^\n]+", body[start:end]):
        a, b = start + m.start(), start + m.end()
        line = m.group(0)
        if header is None:
            cols = _header(line)
            if cols:
                header = cols
                continue
            kind = _column(line) if len(line) < 40 and "|" not in line else None
            if kind:
                pending.append(kind)
                continue
        state = _row_state(ctx, a, b)
        if state:
            if cur:
                yield _finish(ctx, cur, header)
            if header is None and len(pending) >= 2:
                header = ["name"] + pending
            label, name_end = state
            cur = [label, a, b, [], "|" in line]
            if not _add(cur, body[name_end:b]):
                cur = None
            continue
        if cur is None:
            continue
        if _SUBPART.match(line):  # "- het Europese deel | 03-12-08 | ...": the first part stands for the state
            if not _has_data(cur[3]):
                cur[3] = []
                if _add(cur, line[line.find("|") :] if "|" in line else re.sub(r"^\D*", "", line)):
                    cur[2] = b
            continue
        if _add(cur, line, data_only=True):
            cur[2] = b
        else:
            yield _finish(ctx, cur, header)
            cur = None
    if cur:
        yield _finish(ctx, cur, header)


def _has_data(items: list) -> bool:
    return any(i[0] != "cells" or any(v.strip() for v in i[1]) for i in items)


def _column(cell: str) -> str | None:
    return next(iter(_column_kinds(cell)), None)


def _column_kinds(heading: str) -> list[str]:
    """The column kinds a heading names, in the Tractatenblad's order; spaces dropped, as the
    page's layout may split a heading ("Onder tekening")."""
    c = fold(heading).replace(" ", "")
    return [k for k, words in _COLUMNS if any(w.replace(" ", "") in c for w in words)]


def _header(line: str) -> list[str] | None:
    """Column kinds of a heading row ("Partij | Ondertekening | Ratificatie | Type* | ...")."""
    cells = line.split("|") if "|" in line else re.split(r"\t|\s{2,}", line.strip())
    kinds = [_column(c) or "name" for c in cells]
    return kinds if sum(k != "name" for k in kinds) >= 2 else None


def _row_state(ctx: Context, a: int, b: int) -> tuple[str, int] | None:
    """The state a row starts with, and where its name ends (its whole first cell)."""
    names = [s for s in ctx.mentions.starting("actor", a, b) if s.kind == "name"]
    if not names or not re.fullmatch(r"[ \t\-–•]*", ctx.body[a : names[0].start]):
        return None
    s = names[0]
    rest = ctx.body[s.end : b]
    # the first cell may go on after the name: "Nederland (het Europese deel)", "Korea, Republiek"
    m = re.match(r"[^|\d]{0,40}?(?=\||\s\d|$)", rest)
    if not m or re.search(r"\b(?:heeft|hebben|is|zijn|werd|trad|en)\b", m.group(0)):
        return None  # a sentence that starts with a state, not a row
    return s.label, s.end + m.end()


_BRACKETED_CODE = re.compile(r"\(([A-Z][A-Za-z]?)\)")


def _add(cur: list, rest: str, data_only: bool = False) -> bool:
    """Add a row's cells (piped) or tokens to ``cur``; False when ``rest`` is not row data."""
    if cur[4] and "|" in rest:
        cells = [c.strip() for c in rest.split("|")]
        if cells and cells[0] == "":
            cells = cells[1:]
        cur[3].append(("cells", cells))
        return True
    toks = []
    rest = _BRACKETED_CODE.sub(r"\1", rest)
    for t in _TOKEN.finditer(rest):
        if t.group("other"):
            if t.group("other") in ("-", "–", "*"):
                continue
            return False
        toks.append(("date", t.group("date")) if t.group("date") else ("code", t.group("code")))
    if data_only and not toks:
        return False
    cur[3] += toks
    return True


def _finish(ctx: Context, cur: list, header: list[str] | None):
    label, a, b, items, _ = cur
    return label, a, b, _columns(items, header)


def _columns(items: list, header: list[str] | None) -> dict[str, str]:
    """The row's values by column kind: from the heading for piped cells, else by order."""
    cells = [i for i in items if i[0] == "cells"]
    if cells and header:
        values = cells[0][1]
        kinds = header[1:] if header[0] == "name" else header
        if len(values) >= len(kinds) or len(values) == len(kinds) - 1:
            return {k: v for k, v in zip(kinds, values) if v.strip()}
        return {}
    toks = [i for i in items if i[0] != "cells"]
    for _, values in cells:  # piped without a heading: read the cells as tokens
        for v in values:
            t = _TOKEN.fullmatch(v.strip())
            if t and t.group("date"):
                toks.append(("date", v.strip()))
            elif t and t.group("code"):
                toks.append(("code", v.strip()))
    out: dict[str, str] = {}
    codes = [i for i, (k, _) in enumerate(toks) if k == "code"]
    if codes:
        c = codes[0]
        out["code"] = toks[c][1]
        before = [v for k, v in toks[:c] if k == "date"]
        if before:
            out["consent"] = before[-1]
        if len(before) > 1:
            out["sig"] = before[0]
        for kind, v in zip(("eif", "denounce", "end"), [v for k, v in toks[c + 1 :] if k == "date"]):
            out[kind] = v
        return out
    dates = [v for k, v in toks if k == "date"]
    order = [k for k in (header or ()) if k in _DEFAULT_DATES]
    if not order:  # no heading: a lone date is only probably a signature, no ground for "not party"
        order = ["sig_guessed", *_DEFAULT_DATES[1:]]
    return dict(zip(order, dates))


def _party(ctx: Context, cols: dict[str, str]) -> bool | None:
    if cols.get("end"):
        ended = _ymd(cols["end"])
        doc = _ymd(ctx.structure.date or "")
        return False if not (ended and doc and ended > doc) else None
    if cols.get("denounce"):
        return None  # notice given, not (yet) in effect
    code = cols.get("code", "").strip(" *")
    if cols.get("consent") or cols.get("eif") or code in _CODES_BOUND:
        return True
    # signed only: a row with its signature and blank consent and entry-into-force columns says
    # the state has not (yet) become party (batch9's blind reader of a treaty-database table)
    return False if cols.get("sig") else None


def _ymd(text: str) -> tuple[int, int, int] | None:
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", text)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(r"\s*(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})\s*", text)
    if m:
        y = int(m[3])
        y = y if y > 99 else (2000 + y if y < 70 else 1900 + y)
        return y, int(m[2]), int(m[1])
    m = re.fullmatch(r"\s*(\d{1,2})\s+(\w+)\s+(\d{4})\s*", text)
    if m and m[2].lower() in _MONTHS.split("|"):
        return int(m[3]), _MONTHS.split("|").index(m[2].lower()) + 1, int(m[1])
    return None


# The older Tractatenblad layout (1990s-2000s): "Behalve de aldaar genoemde hebben nog de volgende
# staten in overeenstemming met artikel 16 van het Verdrag een akte van bekrachtiging bij de
# Secretaris-Generaal ... nedergelegd:" and then one state a line with its date, a footnote
# marker often glued to the day ("Litouwen126 februari 1999" is note 1, 26 February). An
# instrument of ratification, acceptance, approval or accession makes a party; a list of
# signatures ("Het Verdrag is voorts nog ondertekend voor:") says nothing of being bound. The CCW's
# protocols bind a state by "een verklaring te zijn gebonden door het onderhavige Protocol"
# (article 4(3)); "onderhavige"/"dit" points at the publication's own title.
_DEPOSIT_INTRO = re.compile(
    r"de\s+volgende\s+staten\b[^:]{0,400}?\b(?:akte|akten|verklaring|verklaringen|kennisgeving)\s+"
    r"(?:van\s+(?P<what>[^:]{0,300}?)|(?P<bound>te\s+zijn\s+gebonden\s+door\s+[^:]{0,200}?))"
    r"\s*(?:nedergelegd|afgelegd|gedaan)\s*:",
    re.I | re.S,
)
_BINDING = re.compile(r"bekrachtiging|aanvaarding|goedkeuring|toetreding|instemming|opvolging|ratificatie")
# "Protocol inzake niet-waarneembare deeltjes (Protocol I)": a protocol the contract has no id for
_OTHER_PROTOCOL = re.compile(r"\(protocol\s+(?:i|ii|v)\)|protocol\s+(?:i|ii|v)\b(?![\w-])|gewijzigd\s+protocol", re.I)


def _deposit_lists(ctx: Context) -> list[Fact]:
    body = ctx.body
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for m in _DEPOSIT_INTRO.finditer(body):
        if not m.group("bound") and not _BINDING.search(fold(m.group("what"))):
            continue
        treaty = _list_treaty(ctx, m)
        if not treaty:
            continue
        for state, a, b in _dated_state_lines(ctx, m.end()):
            if (state, treaty) not in seen:
                seen.add((state, treaty))
                out.append(make_fact("treaty_status", body, a, b, {"state": state, "treaty": treaty, "party": True}))
    return out


def _list_treaty(ctx: Context, intro: re.Match) -> str | None:
    """The treaty of a deposit list: a protocol the intro names (CCW-P3/P4 when the lexicon knows
    it, nothing for Protocol I, II or V), else the publication's title."""
    named = [t for t in ctx.mentions.within("treaty", intro.start(), intro.end()) if t.label.startswith("CCW-")]
    if named:
        return named[0].label
    if intro.group("bound"):
        # "gebonden door het onderhavige Protocol": the title's treaty, if it names one
        own = re.search(r"\b(?:onderhavige|dit|deze|het)\s+(?:protocol|verdrag)\b", fold(intro.group("bound")))
        return _title_treaty(ctx, intro.start()) if own else None
    if (
        _OTHER_PROTOCOL.search(intro.group(0))
        or re.search(r"\bprotocol\b", fold(intro.group(0)))
        and not re.search(r"\bverdrag\b", fold(intro.group("what")))
    ):
        return None
    return _title_treaty(ctx, intro.start())


# "4 maart 1988", or as the older lists print it, "7- 4-1983" (day and month padded with a space)
# (a copy cut off in the last row's year still gives that row: "Oman 31- 3-199")
_NUMERIC_DATE = r"\d{1,2}-\s?\d{1,2}-\d{2,4}"
_ROW_DATE = re.compile(r"\d{1,2}\s+(?:" + _MONTHS + r")(?:\s+\d{4})?|" + _NUMERIC_DATE, re.I)
# a treaty with several depositaries lists one date for each, under a heading of their seats
# ("te Londen te Moskou te Washington"); a date glued to a footnote marker ("19842") keeps it
_DEPOSITARIES_HEAD = re.compile(r"te\s+[A-Z]")
_MORE_DATES = re.compile(r"\d?[ \t]*(?=" + _NUMERIC_DATE + r"|\d{1,2}\s+(?:" + _MONTHS + r"))", re.I)


def _dated_state_lines(ctx: Context, start: int):
    """(state, start, end) for each "State DATE" row right after a list's intro. The rows may be
    lines or, once the text was re-flowed, one paragraph ("Frankrijk 4 maart 1988 Liechtenstein16
    augustus 1989 ..."): each row is the text between two dates, ending in its date."""
    body = ctx.body
    m = re.match(r"\s*", body[start:])
    a = start + m.end()
    end = min(len(body), a + 20000)  # rows are lines, paragraphs or one re-flowed paragraph
    head = _DEPOSITARIES_HEAD.match(body, a)
    if head:  # the heading ends where the first row's state begins, the last state before its date
        first = _ROW_DATE.search(body, a, end)
        found = matchers()["state"].find(body[a : first.start()]) if first else []
        if not found:
            return
        a += found[-1][0]
    prev = a
    row_end = a
    for d in _ROW_DATE.finditer(body, a, end):
        if d.start() < row_end:
            continue  # another depositary's date of the row just read
        state = _row_name_state(body[prev : d.start()])
        if not state and not _NAME_CELL.fullmatch(body[prev : d.start()]):
            return  # the first row that names no state ends the list
        row_end = d.end()
        if head:  # the row's dates at the other depositaries, on the same line
            while (more := _MORE_DATES.match(body, row_end)) and (nxt := _ROW_DATE.match(body, more.end())):
                row_end = nxt.end()
            row_end += len(re.match(r"\d?", body[row_end:]).group(0))  # a footnote marker
        if state:  # (a row of a state the lexicon does not know, "de Federale Republiek Joegoslavië", is passed)
            yield state, prev, row_end
        prev = row_end
        while prev < end and body[prev] in " \t\n;,":
            prev += 1


# a row's name cell that names a state the lexicon does not know: a few capitalised words, perhaps
# after "de"/"het", perhaps glued to a footnote marker
_NAME_CELL = re.compile(r"\s*(?:(?:de|het)\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ýa-zà-ÿ][\w'’-]*){0,5}?\d{0,2}\s*")


def _row_name_state(name: str) -> str | None:
    """The state a row's name cell names: the name may be glued to a footnote marker or the day
    ("Albanië29", "Canada1"), and may open with "de"/"het" ("het Verenigd Koninkrijk ...")."""
    cell = re.sub(r"\d+\s*$", "", name).strip()
    if not cell or len(cell) > 80:
        return None
    found = matchers()["state"].find(cell)
    if (
        found
        and re.fullmatch(r"\s*(?:de|het|the)?\s*", cell[: found[0][0]], re.I)
        and not re.search(r"[^\w\s\-’'(),.]", cell[found[0][1] :])
    ):
        return found[0][2]
    return None


# A party table whose lines were re-flowed into one paragraph, as the treaty database's pages
# come out of HTML: "Partij Voorbehoud / verklaring Bezwaren België Ja Nee Belize Ja Nee ..." or
# "Partij Ondertekening Ratificatie Type In werking Albanië 03-12-08 16-06-09 R 01-08-10 ...".
# the first heading cell: "Partij", or as other lists head it, "Staat", "Land", "Participant", "State"
# (the English pages of the treaty database head it "Party Signature Ratification ...")
_TABLE_HEAD = re.compile(
    r"(?:Partij(?:en)?\b(?!gegevens)|Party\s+(?:Signature|Reservations)\b|Koninkrijksdeel\b"
    r"|(?:Staat|Staten|Land|Landen|Participant|State|Country)\s*\|)"
)
# the treaty database prints its codes in brackets: "Afghanistan 29-07-2020 (T) 27-10-2020"
_CELL = re.compile(
    r"(?:Ja|Nee|Yes|No|\(?(?:R|A|Aa|Ag|T|O|VG|NB|S|Su|NK)\)?|[\d][\d\-./]*|\d{1,2}\s+(?:"
    + _MONTHS
    + r")\s+\d{4}|[-–*/])",
    re.I,
)
# the treaty database's heading explains its codes inside it: "RatificatieO=Ondertekening zonder
# voorbehoud ... NB=Niet bekend In werking Opzegging Buiten werking"
_LEGEND = re.compile(r"(?:[A-Z]{1,2})=.*?(?=\s+(?:In werking|Entry into force)\b|$)", re.S)


def _without_legend(heading: str) -> str:
    return _LEGEND.sub(" ", heading)


def _table_paragraphs(ctx: Context) -> list[Fact]:
    """The treaty database's party tables: a "Partij(en)" heading with its columns, then one row
    per state. Re-flowing may have cut the rows into several paragraphs: a paragraph that starts
    with a state and holds only rows goes on the table above it."""
    body = ctx.body
    out: list[Fact] = []
    table: tuple[list[str], str] | None = None  # (column kinds, treaty) of the open table
    piped: list[str] | None = None  # a piped table's column kind per cell, one row a paragraph
    for a, b in paragraphs(body):
        head = _TABLE_HEAD.match(body, a)
        if not head and table is None:
            continue
        states = [m for m in ctx.mentions.within("actor", a, b) if m.kind == "name"]
        if head:
            table, piped = None, None
            if not states:
                # a piped table, one row a paragraph: "Partij | Datum inwerkingtreding | Voorbehoud |"
                kinds = _column_kinds(fold(body[head.end() : b]))
                treaty = _title_treaty(ctx, a)
                # the parties with their reservations: "Partij | Voorbehoud / verklaring | Bezwaren |"
                reserved = "voorbehoud" in fold(body[head.end() : b]) and not kinds
                if "|" in body[a:b] and treaty and ({"eif", "consent"} & set(kinds) or reserved):
                    table = (["reservations"] if reserved else kinds, treaty)
                    piped = [_column(c) or "name" for c in body[a:b].split("|")]
                continue
            heading = fold(_without_legend(body[head.end() : states[0].start]))
            kinds = _column_kinds(heading)
            treaty = _title_treaty(ctx, a)
            # a few names under "Partij" are a table only when its heading names date columns
            kingdom = body.startswith("Koninkrijksdeel", a)  # the Kingdom's parts: few rows, dated in force
            if (
                len(heading) > 160
                or not treaty
                or (len(states) < 3 and not {"sig", "consent"} & set(kinds) and not kingdom)
            ):
                continue
            table = (kinds, treaty)
        elif table is not None and re.fullmatch(r"[-|:\s]+", body[a:b]):
            continue  # the rule under a piped table's heading ("---|---|---|")
        elif piped and table is not None and body[a:b].count("|") >= len(piped) - 1:
            if not states or states[0].start != a:
                continue  # a piped row whose first cell names no state the lexicon knows: the table goes on
        elif table is None or not states or states[0].start != a:
            table, piped = None, None
            continue
        if piped and not head:  # one row: its cells under the heading's cells
            values = body[a:b].split("|")[1:]
            cols = {k: v.strip() for k, v in zip(piped[1:], values, strict=False) if k != "name" and v.strip()}
            party = True if table[0] == ["reservations"] else _party(ctx, cols)
            if party is not None:
                out.append(
                    make_fact(
                        "treaty_status", body, a, b, {"state": states[0].label, "treaty": table[1], "party": party}
                    )
                )
            continue
        rows = _table_rows(body, states, b)
        if not head and not rows:
            table = None
            continue
        kinds, treaty = table
        if head and body.startswith("Koninkrijksdeel", a):
            rows = [r for r in rows if r[0].label == "NLD"][:1]  # the Kingdom's parts: the Netherlands in Europe
        for st, cells, row_end in rows:
            if "consent" in kinds or "sig" in kinds:
                cur = [st.label, st.start, st.end, [], False]
                _add(cur, cells)
                party = _party(ctx, _columns(cur[3], ["name"] + kinds))
            else:
                party = True  # a table of the parties (with their reservations, objections ...)
            if party is not None:
                out.append(
                    make_fact(
                        "treaty_status", body, st.start, row_end, {"state": st.label, "treaty": treaty, "party": party}
                    )
                )
    return out


_NAME_PART = re.compile(
    r"[,(]?(?:the|of|Kingdom|Republic|Federation|State|in|Europe|het|de|van|Koninkrijk|Republiek|Europese|deel"
    r"|Bonaire|Sint|Eustatius|Saba)?[,)]?"
)


def _table_rows(body: str, states: list, b: int) -> list:
    """(state mention, its cells, row end) for each state of a paragraph of rows; [] when prose
    stands between the names."""
    rows = []
    for i, st in enumerate(states):
        last = i + 1 == len(states)
        tokens = list(re.finditer(r"\S+", body[st.end : b if last else states[i + 1].start]))
        # the name may go on before the cells: "Netherlands, the Kingdom of the Yes No", "Korea, Republic of"
        lead = next((j for j, t in enumerate(tokens) if _CELL.fullmatch(t.group(0))), len(tokens))
        if 0 < lead <= 5 and all(_NAME_PART.fullmatch(t.group(0)) for t in tokens[:lead]):
            tokens = tokens[lead:]
        cells = [t for t in tokens if _CELL.fullmatch(t.group(0))]
        if last and cells and re.fullmatch(r"\d{1,2}(?:-\d{1,2})?-", cells[-1].group(0)):
            # the saved text cuts the last row inside a date: "Colombia 24-11-2015 (A) 24-" still says
            # how the state became party; "Cookeilanden 03-12-1997 15-03-" no longer says whether it did
            cells.pop()
            tokens = tokens[:-1]
            if not any(re.fullmatch(r"\(?[A-Z][A-Za-z]?\)?", c.group(0)) for c in cells):
                break
        if len(cells) < len(tokens):
            if not last:
                return []  # not a table: prose between the names
            cells = tokens[: next(j for j, t in enumerate(tokens) if not _CELL.fullmatch(t.group(0)))]
        rows.append((st, " ".join(c.group(0) for c in cells), st.end + (cells[-1].end() if cells else 0)))
    return rows
