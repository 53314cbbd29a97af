"""Stage 2, normalise: repair what conversion broke and keep a clean body.

``normalise(raw)`` returns a :class:`Normalised`: the clean running ``body`` (letterhead,
sidebar and page furniture removed, hyphenation across line breaks repaired, wrapped lines
joined, paragraphs separated by a blank line) and the ``header`` fields taken out of it
(labelled fields such as datum, betreft, onze referentie, afschrift aan; "aan" is the
addressee of a letter's address block), which the segment stage reads.

Only markup and whitespace change: every word of the body occurs in the file as written
(OCR slips included), so facts quoted from the body can be found in the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from armswatch.normalise.letterhead import separate
from armswatch.normalise.paragraphs import join_blocks
from armswatch.normalise.text import prepare
from armswatch.read import RawDocument


@dataclass
class Normalised:
    body: str
    header: dict[str, str] = field(default_factory=dict)  # label (lower case) -> value
    removed: list[str] = field(default_factory=list)  # letterhead/sidebar lines taken out


def _side_text(meta: dict) -> str:
    """What the reader set apart (PDF/DOCX sidebar, Word headers and footers), for its labels."""
    parts = []
    for key in ("sidebar", "header_footer"):
        value = meta.get(key)
        if isinstance(value, (list, tuple)):
            value = "\n\n".join(str(v) for v in value)
        if isinstance(value, str) and value.strip():
            parts.append(value)
    return prepare("\n\n".join(parts)) if parts else ""


def normalise(raw: RawDocument) -> Normalised:
    lh = separate(prepare(raw.text), _side_text(raw.meta or {}))
    paras = join_blocks(lh.kept)
    return Normalised(body="\n\n".join(paras), header=lh.header, removed=lh.removed)
