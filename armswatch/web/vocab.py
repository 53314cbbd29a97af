"""The contract's vocabularies (shared/spec/CONTRACT.md) that the forms offer as choices."""

from __future__ import annotations

from armswatch.lexicon import weapon_ids
from armswatch.record import DOC_TYPES, FACT_KINDS

CHAMBERS = ("TK", "EK")
TREATIES = ("CCM", "CWC", "APMBC", "CCW", "CCW-P3", "CCW-P4", "BWC", "ATT", "GP1925")
CONTEXTS = ("armed_conflict", "concentration_of_civilians", "law_enforcement")
GROUPS = ("NATO", "EU")
SORTS = ("relevance", "date")
AID_STATUSES = ("intended", "decided", "delivered")


def choices() -> dict[str, tuple[str, ...]]:
    """Everything a template needs to draw its select menus."""
    return {
        "types": DOC_TYPES,
        "kinds": FACT_KINDS,
        "chambers": CHAMBERS,
        "weapons": tuple(weapon_ids()),
        "treaties": TREATIES,
        "contexts": CONTEXTS,
        "groups": GROUPS,
        "sorts": SORTS,
    }
