"""Stage 4, extract: facts with provenance (weapon_use, treaty_status, aid, figure).

``extract_facts(body, structure)`` returns a list of :class:`~armswatch.record.Fact`,
each quoting ``body[span[0]:span[1]]`` exactly (every fact is made by
:func:`armswatch.extract.facts.make_fact`). The extractors read sentences, not keywords;
:class:`~armswatch.extract.context.Context` tells findings from questioners' premises.
"""

from __future__ import annotations

import sys

from armswatch.record import Fact, Structure

MAX_BODY = 5_000_000  # bound the work on untrusted input; longer bodies are read in part


def extract_facts(body: str, structure: Structure) -> list[Fact]:
    from armswatch.extract import aid, figures, treaty_status, weapon_use
    from armswatch.extract.context import Context

    if not body.strip():
        return []
    ctx = Context.of(body[:MAX_BODY], structure)
    facts: list[Fact] = []
    for module in (weapon_use, treaty_status, aid, figures):
        try:
            facts += module.extract(ctx)
        except Exception as e:  # a rule's bug must cost one kind of fact, not the whole document
            sys.stderr.write(
                f"armswatch: {module.__name__.rsplit('.', 1)[-1]} facts skipped: {type(e).__name__}: {e}\n"
            )
    return facts
