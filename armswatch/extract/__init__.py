"""Stage 4, extract: facts with provenance (weapon_use, treaty_status, aid, figure).

``extract_facts(body, structure)`` returns a list of :class:`~armswatch.record.Fact`,
each quoting ``body[span[0]:span[1]]`` exactly.
"""
from __future__ import annotations

from armswatch.record import Fact, Structure


def extract_facts(body: str, structure: Structure) -> list[Fact]:
    return []
