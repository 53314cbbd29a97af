"""Rejoin wrapped lines into paragraphs; keep headings and list items on their own.

A converter breaks running text at the page width. Within a block of lines, a line is
joined to the one before unless one of them is a heading ("Vraag 1", "Antwoord",
"Nr. 359 BRIEF VAN ...", an all-caps line), the line starts a list item or a new motion
clause, or the line before ended a sentence well short of the block's width.
"""

from __future__ import annotations

import re

from armswatch.normalise.text import ENDS_QUESTION

QA_HEADING = re.compile(
    r"^(?:[•·▪◦*–-]\s*)?(?:Vraag|Vragen|Antwoord|Antwoorden)"
    r"(?:\s+(?:(?:op\s+)?(?:de\s+)?vra(?:ag|gen)\s+)?(?:nr\.?\s*)?\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–)\s*\d{1,3})*)?\s*[.:]?$",
    re.I,
)
_STARTS_PARAGRAPH = re.compile(
    # (a question's number alone on its line, "1.", starts the question below it)
    r"^(?:[•·▪◦*–-]\s|\d{1,2}[.)]\s|\d{1,3}[.)]?$|[a-z][.)]\s|Vragen en opmerkingen\b"
    # a question or answer with its text on the heading's line: "Vraag 2: ...", "Antwoord 2: ..."
    r"|(?:Vraag|Antwoord)\s*(?:nr\.?\s*)?\d{1,3}\s*[.:]\s|(?:Vraag|Antwoord)\s*:\s"
    r"|Nr\.\s*\d|\d{2} \d{3}(?:-\d{1,3})?(?: [IVXL]{1,5}| [A-Z])? [A-ZÀ-Ý]|Vragen van\b|Vragen\s+\S+\s+\(|Antwoord(?:en)? van\b|Aan de\b|Den Haag,|'s-Gravenhage,"
    r"|De Kamer,|gehoord de beraadslaging|constaterende|overwegende|van mening|verzoekt|spreekt uit"
    r"|draagt .{1,30} op|roept .{1,30} op|en gaat over tot|Geachte\b|Hoogachtend|Met vriendelijke groet"
    r"|De (?:Minister|Staatssecretaris|Minister-President)\b|X Noot)"
)
_QA_START = re.compile(r"^(?:vra(?:ag|gen)|antwoord(?:en)?)\s*(?:\d|[.:]|$)", re.I)
_SENTENCE_END = re.compile(r"[.?!:;]['’”»)]?$")
_RULE = re.compile(r"^[-–—_=*]{3,}$")


def is_heading(line: str) -> bool:
    if QA_HEADING.match(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _width(block: list[str]) -> int:
    """The block's wrap width: a high percentile of line lengths (robust to one long line)."""
    lengths = sorted(len(ln) for ln in block)
    return lengths[int(0.8 * (len(lengths) - 1))] if len(lengths) >= 5 else lengths[-1]


_PLACE_DATE = re.compile(r"^[A-Z][\w'’ .-]{1,30},\s+\d{1,2}\s+[a-z]{3,9}\s+\d{4}$")
# a sentence's end, with a footnote marker after it ("...?1", "...»?2")
_ENDS_SENTENCE = re.compile(r"[.?!]['’”»)]?\d{0,2}$")


def _unwrapped(block: list[str]) -> list[bool]:
    """For each line: does it stand in a run of four or more lines that each end a sentence? Such
    a run was not wrapped at the page width (a site keeps each paragraph, e.g. each question of a
    list, on one line); wrapped prose ends a line mid-sentence far more often."""
    ends = [_ENDS_SENTENCE.search(ln) is not None for ln in block]
    out = [False] * len(block)
    i = 0
    while i < len(block):
        j = i
        while j < len(block) and ends[j]:
            j += 1
        if j - i >= 4 and sum(len(ln) > 60 for ln in block[i:j]) * 2 >= j - i:  # paragraphs, not a list of short items
            out[i:j] = [True] * (j - i)
        i = j + 1
    return out


def paragraphs(block: list[str]) -> list[str]:
    solo = _unwrapped(block)
    width = _width(block)
    out: list[list[str]] = []
    prev = None
    for i, ln in enumerate(block):
        new = (
            prev is None
            or solo[i - 1]
            # a table's row ("Organisatie | Jaargang |") stands apart from the text around it
            or prev.endswith("|")
            or ln.endswith("|")
            # a rule ("---") sets apart what is above and below it
            or _RULE.match(prev) is not None
            or _RULE.match(ln) is not None
            # a place and date under a title ("Parijs, 13 januari 1993")
            or _PLACE_DATE.match(ln) is not None
            or is_heading(ln)
            or is_heading(prev)
            or _STARTS_PARAGRAPH.match(ln) is not None
            or (_SENTENCE_END.search(prev) is not None and len(prev) < 0.7 * width)
            # a question ends its line and a capital starts the next: the question, then its answer
            # (a site keeps each on a line of its own, however long: "...onder vuur»?1" / "Zoals ...")
            or (ENDS_QUESTION.search(prev) is not None and ln[:1].isupper())
            # ... and a whole line that asks, after a line that ended its sentence, is the next question
            or (_ENDS_SENTENCE.search(prev) is not None and ENDS_QUESTION.search(ln) is not None and ln[:1].isupper())
            # a short line before a capital: a heading ("Rapport") or a paragraph's end
            or (len(prev) < 0.5 * width and not prev.endswith((",", "-")) and (ln[:1].isupper() or ln[:1].isdigit()))
        )
        if new:
            out.append([ln])
        else:
            out[-1].append(ln)
        prev = ln
    return [" ".join(p) for p in out]


def join_blocks(blocks: list[list[str]]) -> list[str]:
    """Paragraphs of all blocks; a block that continues a broken sentence joins the one before.

    OCR'd and some PDF text put a blank line between every line; a paragraph that does not end
    a sentence followed by one starting in lower case is one paragraph split by the converter.
    """
    out: list[list[str]] = []  # paragraphs as parts, joined once at the end (no quadratic copying)
    for block in blocks:
        paras = paragraphs(block)
        first = paras[0]
        if (
            out
            and first[:1].islower()
            # (a short line is a title or a field, not a line the converter wrapped: "ministerie van
            # economische zaken - persbericht 062" / "doorvoer van wapens naar eritrea" in a lower-case release)
            and len(out[-1][-1]) >= 60
            and not is_heading(out[-1][-1])
            and not _QA_START.match(first)
            and _SENTENCE_END.search(out[-1][-1]) is None
        ):
            out[-1].append(first)
            paras = paras[1:]
        out.extend([p] for p in paras)
    return [" ".join(parts) for parts in out]
