"""Does a treaty that binds the actor on that day prohibit its use of a weapon? And which
customary rules of IHL apply regardless? The steps after party status (scope, definitions,
delivery, reservations, reciprocity, contested readings) are in armswatch.law.applies; the
reasoning is written by armswatch.law.reasoning."""

from __future__ import annotations

from datetime import date

from armswatch.law import choices, data
from armswatch.law.applies import CONFLICTS, DELIVERIES, PURPOSES, Use, examine, outcome
from armswatch.law.dates import parse_date
from armswatch.law.reasoning import reasoning, render
from armswatch.law.status import list_complete, recorded, status

CIHL_URL = "https://ihl-databases.icrc.org/en/customary-ihl/v1/rule{n}"


def _treaty_rows(weapon_rules: dict, use: Use) -> list[dict]:
    rows = []
    for t in weapon_rules.get("treaty", []):
        bound, record = status(use.actor, t["id"], use.on)
        known = recorded(record, t["id"], use.on) if record else list_complete(t["id"])
        f = examine(t["id"], t, use, bound, known)
        rows.append(
            {
                "id": t["id"],
                "article": t["article"],
                "actor_bound": bound,
                "prohibits_in_context": use.context in t["prohibits"],
                "note": t["note"],
                "note_nl": t["note_nl"],
                "withdrawal_pending": bool(record and bound and record.withdrawal_pending),
                "suspension": bool(record and bound and record.suspension),
                "actor_status_known": known,
                # beside the contract's keys: what the later steps found
                "prohibits": f.verdict,
                "applies": f.applies,
                "notes": f.notes,
                "reservations": f.reservations,
                "excluded": f.excluded,
                "contested": f.contested,
                "rule": t,
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


def assess(
    actor: str,
    weapon: str,
    on: date | str,
    context: str = "armed_conflict",
    delivery: str = "unknown",
    purpose: str = "unknown",
    conflict: str = "unknown",
    against: str | None = None,
) -> dict:
    """The contract's answer, plus per treaty the verdict of the later steps and their reasons.

    ``delivery`` (air, ground, unknown) matters for incendiary weapons near civilians (Protocol
    III art. 2(2) vs 2(3)); ``purpose`` (incendiary, smoke, illumination, marking, signalling,
    unknown) for white phosphorus (art. 1(1)(b)); ``conflict`` (international, non_international,
    unknown) for treaties that distinguish them; ``against`` (a state) for the Geneva Protocol,
    which binds only as between its parties.
    """
    use = Use(
        actor=choices.state(actor),
        on=parse_date(on, "--on"),
        context=choices.context(context),
        delivery=choices.pick("delivery", delivery, DELIVERIES),
        purpose=choices.pick("purpose", purpose, PURPOSES),
        conflict=choices.pick("conflict", conflict, CONFLICTS),
        against=choices.state(against) if against else None,
    )
    weapon_id = choices.weapon(weapon)
    w = data.rules()["weapon"][weapon_id]
    rows = _treaty_rows(w, use)
    ihl = _ihl_rows(w, use.context)
    state = data.states()[use.actor]
    contested = [r["contested"] for r in rows if r["contested"] and r["prohibits"] == "contested"]
    out = {
        "actor": use.actor,
        "weapon": weapon_id,
        "on": use.on.isoformat(),
        "context": use.context,
        "delivery": use.delivery,
        "purpose": use.purpose,
        "conflict": use.conflict,
        "against": use.against,
        "treaty_prohibited": any(r["prohibits"] == "yes" for r in rows),
        "outcome": outcome(rows),
        "contested": bool(contested),
        "contested_reason": contested[0] if contested else None,
        "treaties": rows,
        "ihl_rules": ihl,
        "reasoning": reasoning(state, w, use, rows, ihl, "nl"),
        "reasoning_en": reasoning(state, w, use, rows, ihl, "en"),
    }
    for r in rows:
        del r["rule"]
        r["reasons"] = [render(key, slots, state, "en") for key, slots in r.pop("notes")]
    return out
