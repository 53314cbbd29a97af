"""The treaty-law engine: who is bound by what, on which date.

Public API (the CLI and the web UI call exactly these; shapes as in CONTRACT.md):
- ``party(state, treaty, on) -> {"state","treaty","on","party","since","until","sources"}``
- ``count(group, treaty, on) -> {"group","treaty","on","members","count","parties","non_parties"}``
- ``assess(actor, weapon, on, context="armed_conflict") -> {"actor","weapon","on",
  "treaty_prohibited","treaties":[{"id","article","actor_bound"}],"ihl_rules":[...],"reasoning"}``
Unknown states, treaties, groups, weapons or contexts raise ``armswatch.errors.UsageError``
naming the valid choices. ``on`` is a ``datetime.date`` or an ISO "YYYY-MM-DD" string.

Beyond the contract's keys the answers carry their provenance: ``party`` adds the record
(signature, deposit, deposit_kind, withdrawal_deposit, withdrawal_pending, note, checked,
confirmed) and a one-line ``status``; ``count`` adds ``status_unknown``; both add
``list_complete`` (false while a treaty's party list does not yet name every state, see
data/law/README.md); ``assess`` adds ``context``, per treaty ``prohibits_in_context`` and
``actor_status_known``, and ``reasoning_en``.
"""

from __future__ import annotations

from armswatch.law.assess import assess
from armswatch.law.status import count, party

__all__ = ["party", "count", "assess"]
