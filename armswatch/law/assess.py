"""Does a treaty that binds the actor on that day prohibit its use of a weapon? And which
customary rules of IHL apply regardless? The reasoning is written by armswatch.law.reasoning."""

from __future__ import annotations

from datetime import date

from armswatch.law import choices, data
from armswatch.law.dates import parse_date
from armswatch.law.reasoning import reasoning
from armswatch.law.status import list_complete, status

CIHL_URL = "https://ihl-databases.icrc.org/en/customary-ihl/v1/rule{n}"


def _treaty_rows(iso3: str, weapon_rules: dict, context: str, on: date) -> list[dict]:
    rows = []
    for t in weapon_rules.get("treaty", []):
        bound, record = status(iso3, t["id"], on)
        rows.append(
            {
                "id": t["id"],
                "article": t["article"],
                "actor_bound": bound,
                "prohibits_in_context": context in t["prohibits"],
                "note": t["note"],
                "note_nl": t["note_nl"],
                "withdrawal_pending": bool(record and bound and record.withdrawal_pending),
                "actor_status_known": record is not None or list_complete(t["id"]),
            }
        )
    return rows


def _ihl_rows(weapon_rules: dict, context: str) -> list[dict]:
    if context == "law_enforcement":
        return []  # the law of armed conflict does not govern policing outside an armed conflict
    titles = data.rules()["ihl_rule"]
    return [
        {
            "rule": n,
            "title": titles[str(n)]["title"],
            "title_nl": titles[str(n)]["title_nl"],
            "source": CIHL_URL.format(n=n),
        }
        for n in weapon_rules["ihl"]
    ]


def assess(actor: str, weapon: str, on: date | str, context: str = "armed_conflict") -> dict:
    iso3, weapon_id = choices.state(actor), choices.weapon(weapon)
    context_id, day = choices.context(context), parse_date(on, "--on")
    w = data.rules()["weapon"][weapon_id]
    rows = _treaty_rows(iso3, w, context_id, day)
    ihl = _ihl_rows(w, context_id)
    state = data.states()[iso3]
    return {
        "actor": iso3,
        "weapon": weapon_id,
        "on": day.isoformat(),
        "context": context_id,
        "treaty_prohibited": any(r["actor_bound"] and r["prohibits_in_context"] for r in rows),
        "treaties": rows,
        "ihl_rules": ihl,
        "reasoning": reasoning(state, w, day, context_id, rows, ihl, "nl"),
        "reasoning_en": reasoning(state, w, day, context_id, rows, ihl, "en"),
    }
