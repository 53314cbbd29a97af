"""Rejoin wrapped lines into paragraphs; keep headings and list items on their own.

A converter breaks running text at the page width. Within a block of lines, a line is
joined to the one before unless one of them is a heading ("Vraag 1", "Antwoord",
"Nr. 359 BRIEF VAN ...", an all-caps line), the line starts a list item or a new motion
clause, or the line before ended a sentence well short of the block's width.
"""
from __future__ import annotations

import re

QA_HEADING = re.compile(
    r"^(?:[•·▪◦*–-]\s*)?(?:Vraag|Vragen|Antwoord|Antwoorden)"
    r"(?:\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–)\s*\d{1,3})*)?\s*[.:]?$",
    re.I)
_STARTS_PARAGRAPH = re.compile(
    r"^(?:[•·▪◦*–-]\s|\d{1,2}[.)]\s|[a-z][.)]\s"
    r"|Nr\.\s*\d|Vragen van\b|Vragen\s+\S+\s+\(|Antwoord(?:en)? van\b|Aan de\b|Den Haag,|'s-Gravenhage,"
    r"|De Kamer,|gehoord de beraadslaging|constaterende|overwegende|van mening|verzoekt|spreekt uit"
    r"|draagt .{1,30} op|roept .{1,30} op|en gaat over tot|Geachte\b|Hoogachtend|Met vriendelijke groet"
    r"|De (?:Minister|Staatssecretaris|Minister-President)\b|X Noot)")
_SENTENCE_END = re.compile(r"[.?!:;]['’”»)]?$")


def is_heading(line: str) -> bool:
    if QA_HEADING.match(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def paragraphs(block: list[str]) -> list[str]:
    width = max(len(ln) for ln in block)
    out: list[list[str]] = []
    prev = None
    for ln in block:
        new = (prev is None or is_heading(ln) or is_heading(prev) or _STARTS_PARAGRAPH.match(ln) is not None
               or (_SENTENCE_END.search(prev) is not None and len(prev) < 0.7 * width))
        if new:
            out.append([ln])
        else:
            out[-1].append(ln)
        prev = ln
    return [" ".join(p) for p in out]
