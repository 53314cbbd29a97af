"""A title for every document: its own, else its subject, else its dossier's, else one derived
from the text (flagged so, since no one wrote it).

A motion's own title names its mover ("Motie van het lid Boswijk c.s. over ..."): the subject
of a motion is usually its dossier's title, which a thousand motions share.
"""

from __future__ import annotations

import re
from typing import Any

MAX_TITLE = 120
# the motion's heading near the top: "MOTIE VAN HET LID X C.S.", "Motie van de leden X en Y over ..."
_MOTION = re.compile(r"\b(motie)\s+van\s+(het\s+lid|de\s+leden)\s+(?P<rest>[^\n]{2,300})", re.IGNORECASE)
# what follows the movers' names on the heading line and is no part of the title
_MOTION_END = re.compile(r"\s+(?:Voorgesteld|Ter\s+vervanging|Nr\.)\b.*$", re.IGNORECASE)
_PARTICLES = {"van", "der", "den", "de", "het", "ten", "ter", "te", "in", "'t", "op"}
# a letter's opening or closing formula, a kamerstuk's dossier, number and kind lines: no heading
_FORMULA = re.compile(
    r"^(?:geachte|hoogachtend|met\s+vriendelijke|aan\s+de|datum|betreft|kenmerk|den\s+haag,|"
    r"nr\.\s*\d|\d{2}\s?\d{3}\b|(?:brief|nota|verslag)\s+van\s+de)",
    re.IGNORECASE,
)
# a sentence ends before a capital (so "28 februari jl. (Handelingen" and "a.s. sturen" go on)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z«\"‘“]|\s*$)")


def title_of(record: dict[str, Any]) -> dict[str, Any]:
    """{"text": the title, "derived": True when taken from the running text, "source": which field}."""
    body = record.get("body") or ""
    if record.get("type") == "motie":
        own = motion_title(body)
        if own:
            return {"text": own, "derived": False, "source": "motion"}
    if record.get("subject"):
        return {"text": record["subject"], "derived": False, "source": "subject"}
    ks = record.get("kamerstuk") or {}
    dossier_title = ks.get("title") or dossier_line_title(body, ks.get("dossier"))
    if dossier_title:
        return {"text": dossier_title, "derived": False, "source": "kamerstuk"}
    derived = text_title(body)
    if derived:
        return {"text": derived, "derived": True, "source": "text"}
    return {"text": "Document " + str(record.get("id", ""))[:12], "derived": True, "source": "id"}


def dossier_line_title(body: str, dossier: str | None) -> str | None:
    """The dossier's title from its line at the top of a kamerstuk ('36 045 Situatie in Oekraïne'
    for dossier 36045; '21 501-02 Raad ...' for 21501-02)."""
    if not dossier:
        return None
    digits = re.escape(dossier.split("-")[0])
    rest = "".join(r"[-\s]*" + re.escape(part) for part in dossier.split("-")[1:])
    for line in body.splitlines()[:12]:
        m = re.match(rf"^\s*{digits[:2]}\s?{digits[2:]}{rest}\s+(?P<t>\D.{{2,}})$", line.strip())
        if m:
            return _cut(m.group("t").strip())
    return None


def motion_title(body: str) -> str | None:
    """'Motie van het lid X c.s. over ...' from the heading in the first lines of a motion."""
    m = _MOTION.search(body[:3000])
    if not m:
        return None
    rest = _MOTION_END.sub("", m.group("rest").strip()).strip()
    if not rest:
        return None
    who = "het lid" if m.group(2).lower().startswith("het") else "de leden"
    if rest.isupper():  # an all-capitals heading: names get their case back
        rest = _name_case(rest)
    rest = rest.rstrip(" ;:,")
    if rest.endswith(".") and not rest.endswith("c.s."):
        rest = rest[:-1]
    return _cut(f"Motie van {who} {rest}")


def _name_case(text: str) -> str:
    """'BOSWIJK C.S.' -> 'Boswijk c.s.'; 'VAN DER LEE EN DASSEN' -> 'Van der Lee en Dassen':
    a particle is lower case inside a name and capitalised at its start; after 'over' all is lower."""
    out: list[str] = []
    at_start, subject = True, False
    for word in text.split():
        low = word.lower()
        if subject or low in ("en", "c.s.", "over"):
            out.append(low)
            subject = subject or low == "over"
            at_start = low == "en"
            continue
        out.append(low if low in _PARTICLES and not at_start else low[:1].upper() + low[1:])
        at_start = word.endswith(",")
    return " ".join(out)


def text_title(body: str) -> str | None:
    """The first heading (a short line without closing punctuation), else the first sentence;
    cut at a word boundary when long."""
    for line in body.splitlines()[:40]:
        line = line.strip()
        if not line or _FORMULA.match(line) or not any(c.isalpha() for c in line):
            continue
        if len(line) <= MAX_TITLE and not line.endswith((".", ",", ":", ";")) and len(line.split()) >= 2:
            return line
        m = _SENTENCE_END.search(line)
        return _cut(line[: m.end()] if m else line)
    return None


def _cut(text: str) -> str:
    """At most MAX_TITLE characters, cut at the last whole word, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE:
        return text
    head = text[: MAX_TITLE - 1]
    head = head[: head.rfind(" ")] if " " in head else head
    return head.rstrip(" ,;:-") + "…"
