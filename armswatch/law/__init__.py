"""The treaty-law engine: who is bound by what, on which date.

Public API (the CLI and the web UI call exactly these; shapes as in CONTRACT.md):
- ``party(state, treaty, on) -> {"state","treaty","on","party","since","until","sources"}``
- ``count(group, treaty, on) -> {"group","treaty","on","members","count","parties","non_parties"}``
- ``assess(actor, weapon, on, context="armed_conflict") -> {"actor","weapon","on",
  "treaty_prohibited","treaties":[{"id","article","actor_bound"}],"ihl_rules":[...],"reasoning"}``
Unknown states, treaties, groups, weapons or contexts raise ``armswatch.errors.UsageError``
naming the valid choices. ``on`` is a ``datetime.date`` or an ISO "YYYY-MM-DD" string.
"""
from __future__ import annotations

from armswatch.law.assess import assess
from armswatch.law.status import count, party

__all__ = ["party", "count", "assess"]
