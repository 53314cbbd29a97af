"""The readable reasoning of ``assess``: sentences from data/law/phrases.toml, filled in per treaty.

Dutch is the reasoning (the letters are Dutch); English is the same text for other readers.
"""

from __future__ import annotations

from datetime import date

from armswatch.law import data
from armswatch.law.dates import dutch
from armswatch.lexicon import load_toml


def _treaty_name(treaty_id: str, lang: str) -> str:
    name = data.treaties()[treaty_id]["name_nl" if lang == "nl" else "name"]
    return f"{name[:-1]}, {treaty_id})" if name.endswith(")") else f"{name} ({treaty_id})"


def _conclusion(rows: list[dict]) -> str | None:
    if any(r["actor_bound"] and r["prohibits_in_context"] for r in rows):
        return "prohibited"
    if any(not r["actor_status_known"] and r["prohibits_in_context"] for r in rows):
        return "depends"
    return "allowed" if rows else None


def reasoning(
    actor: data.State, weapon: dict, on: date, context: str, rows: list[dict], ihl: list[dict], lang: str
) -> str:
    """One paragraph: per treaty whether the actor is bound and what the article says, the
    conclusion, and the customary rules that apply in any case."""
    say = load_toml("law/phrases.toml")[lang]
    nl = lang == "nl"
    slots = {
        "who": actor.name_nl if nl else actor.name_en,
        "what": weapon[f"name_{lang}"],
        "when": dutch(on) if nl else on.isoformat(),
        "context": context,
    }
    out = [] if rows else [say["no_treaty"].format(**slots)]
    for r in rows:
        slots["treaty"] = _treaty_name(r["id"], lang)
        state = "bound" if r["actor_bound"] else "not_bound" if r["actor_status_known"] else "unknown"
        out.append(say[state].format(**slots))
        if r["withdrawal_pending"]:
            out.append(say["withdrawal_pending"])
        if not r["prohibits_in_context"]:
            out.append(say["not_here"].format(**slots))
        article = r["article"][0].upper() + r["article"][1:]
        out.append(say["article"].format(article=article, rule=r["note_nl" if nl else "note"]))
    conclusion = _conclusion(rows)
    if conclusion:
        out.append(say[conclusion].format(**slots))
    if ihl:
        named = [say["ihl_rule"].format(n=r["rule"], title=r["title_nl" if nl else "title"]) for r in ihl]
        joined = named[0] if len(named) == 1 else ", ".join(named[:-1]) + f" {say['and']} " + named[-1]
        out.append(say["ihl"].format(rules=joined))
    else:
        out.append(say["no_ihl"])
    return " ".join(out)
