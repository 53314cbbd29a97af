"""Stage 3, segment: the document's structure (type, chamber, date, sender, questions, ...).

``segment(norm, raw)`` returns a :class:`~armswatch.record.Structure`.
"""
from __future__ import annotations

from armswatch.normalise import Normalised
from armswatch.read import RawDocument
from armswatch.record import Structure


def segment(norm: Normalised, raw: RawDocument) -> Structure:
    return Structure()
