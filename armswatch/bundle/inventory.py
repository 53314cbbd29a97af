"""The inventory list ("inventarislijst") of a Woo release: one row per released document.

A row starts with the document's number and holds, in any order, its date, a description, the
judgement ("Openbaar", "Deels openbaar", "Niet openbaar", "Reeds openbaar") and the grounds
applied to it ("5.1.2e"). A table's cells come out of the layout as one text line per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from armswatch.segment.dates import iter_dates
from armswatch.segment.redactions import redactions

# the heading of the list, alone on its line
HEADING = re.compile(
    r"^\s*(?:inventaris(?:lijst)?|documentenlijst|documentenoverzicht|overzicht\s+(?:van\s+)?(?:de\s+)?"
    r"(?:openbaar\s+gemaakte\s+)?documenten)\b.{0,120}$",
    re.I | re.M,
)
# "12", "012", "3.1", "12-4": a document number at the start of a row, then the rest of the row
ROW = re.compile(r"^\s*(?P<number>\d{1,5}(?:[.-]\d{1,3})?)[.)]?\s+(?P<rest>\S.*)$")
JUDGEMENT = re.compile(r"\b(?:(?:niet|deels|reeds|gedeeltelijk)\s+)?openbaar(?:\s+gemaakt)?\b", re.I)
ID = re.compile(r"(?<![\w.,/-])\d{5,9}(?![\w.,/-])")  # a document id column; dates are cut out before
MIN_ROWS = 2  # a list of one row is a numbered paragraph, not an inventory


@dataclass
class Row:
    number: str
    title: str
    date: str | None = None
    judgement: str | None = None  # as written, e.g. "Deels openbaar"
    grounds: list[str] = field(default_factory=list)  # Woo articles, e.g. ["5.1.2e"]
    ids: list[str] = field(default_factory=list)  # document ids in the row ("171115"), stamped on pages

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "title": self.title,
            "date": self.date,
            "judgement": self.judgement,
            "grounds": list(self.grounds),
            "ids": list(self.ids),
        }


def is_inventory(text: str) -> bool:
    return HEADING.search(text) is not None and len(rows(text)) >= MIN_ROWS


def rows(text: str) -> list[Row]:
    """The rows of an inventory page's text (lines after its heading that start with a number)."""
    heading = HEADING.search(text)
    out: list[Row] = []
    seen: set[str] = set()
    for line in text[heading.end() if heading else 0 :].split("\n"):
        m = ROW.match(line)
        if not m or m.group("number") in seen:
            continue
        rest = m.group("rest")
        dates = list(iter_dates(rest))
        judged = JUDGEMENT.search(rest)
        grounds = [str(r["woo_article"]) for r in redactions([rest]) if r.get("woo_article")]
        # the description: the row without its date, judgement, ground and id columns
        title = rest
        for cut in sorted([(s, e) for _, s, e in dates] + ([judged.span()] if judged else []), reverse=True):
            title = title[: cut[0]] + " " + title[cut[1] :]
        title = re.sub(r"(?<![\d.,])(?:5\.1\.[12][a-i]|5\.2|10\.[12][a-g]|11\.1)\b[,;]?", " ", title)
        ids = ID.findall(title)
        title = ID.sub(" ", title)
        title = " ".join(title.split()).strip(" ,;|-")
        if not title and not judged and not dates:
            continue  # a bare number: a page number or a list item, not a row
        seen.add(m.group("number"))
        out.append(
            Row(
                m.group("number"),
                title,
                dates[0][0] if dates else None,
                judged.group(0)[:1].upper() + judged.group(0)[1:].lower() if judged else None,
                grounds,
                ids,
            )
        )
    return out
