"""A document's citation as a line of text, as BibTeX and as CSL-JSON (for Zotero and co)."""

from __future__ import annotations

import re
from typing import Any

from armswatch.lexicon import NL_MONTHS

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")  # fmt: skip
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
PUBLISHERS = {"TK": "Tweede Kamer der Staten-Generaal", "EK": "Eerste Kamer der Staten-Generaal"}


def long_date(value: Any, lang: str = "nl") -> str:
    """'14 april 2023' (nl) or '14 April 2023' (en) from an ISO date, month or year; '' when none."""
    m = _ISO.match(str(value or ""))
    if not m:
        return ""
    year, month, day = m.groups()
    months = NL_MONTHS if lang == "nl" else MONTHS_EN
    if not month or not 1 <= int(month) <= 12:
        return year
    text = f"{months[int(month) - 1]} {year}"
    return f"{int(day)} {text}" if day else text


def author(record: dict[str, Any]) -> str | None:
    """Who wrote it: the sender's role with the name ('Minister van Defensie (K.H. Ollongren)')."""
    s = record.get("sender") or {}
    name, role = s.get("name"), s.get("role")
    if role and name:
        return f"{role} ({name})"
    return role or name or None


def cite_line(record: dict[str, Any], title: str, ident: dict[str, Any] | None) -> str:
    """Author, ‘title’, date, official identifier, URL — the Leidraad's order for parliamentary papers."""
    parts = [author(record), f"‘{title}’", long_date(record.get("date"))]
    if ident:
        parts.append(ident["value"])
    line = ", ".join(p for p in parts if p)
    return line + (f", {ident['url']}" if ident and ident.get("url") else "") + "."


_BIB_SPECIAL = re.compile(r"([\\{}&%$#_^~])")


def _bib(text: Any) -> str:
    return _BIB_SPECIAL.sub(lambda m: "\\" + m.group(1) if m.group(1) not in "\\^~" else " ", str(text))


def bibtex(record: dict[str, Any], citation: dict[str, Any]) -> str:
    """One @misc entry; the key is 'armswatch' plus the document id's first 12 characters."""
    fields = {
        "title": citation["title"],
        "author": "{" + _bib(author(record)) + "}" if author(record) else None,
        "date": record.get("date"),
        "year": str(record.get("date") or "")[:4] or None,
        "howpublished": citation["identifier"],
        "publisher": PUBLISHERS.get(record.get("chamber") or ""),
        "url": citation["url"],
        "note": "armswatch " + str(record.get("id", "")),
        "language": "dutch",
    }
    body = ",\n".join(
        f"  {k} = {{{v if k == 'author' else _bib(v)}}}" for k, v in fields.items() if v not in (None, "")
    )
    return f"@misc{{armswatch{str(record.get('id', ''))[:12]},\n{body}\n}}\n"


def csl_json(record: dict[str, Any], citation: dict[str, Any]) -> list[dict[str, Any]]:
    """A one-item CSL-JSON list (the format citeproc and Zotero read)."""
    item: dict[str, Any] = {
        "id": str(record.get("id", "")),
        "type": "document",
        "title": citation["title"],
        "language": "nl",
        "genre": record.get("type"),
    }
    if author(record):
        item["author"] = [{"literal": author(record)}]
    m = _ISO.match(str(record.get("date") or ""))
    if m:
        item["issued"] = {"date-parts": [[int(x) for x in m.groups() if x]]}
    if citation["identifier"]:
        item["number"] = citation["identifier"]
    if citation["url"]:
        item["URL"] = citation["url"]
    if PUBLISHERS.get(record.get("chamber") or ""):
        item["publisher"] = PUBLISHERS[record["chamber"]]
    return [item]
