"""The readable reasoning of ``assess``: sentences from data/law/phrases.toml, filled in per treaty.

Dutch is the reasoning (the letters are Dutch); English is the same text for other readers. After
the party status and the article come the notes of armswatch.law.applies (scope, definitions,
delivery, reservations, reciprocity, contested readings), then the conclusion and customary IHL.
"""

from __future__ import annotations

from armswatch.law import data
from armswatch.law.applies import outcome
from armswatch.law.dates import dutch
from armswatch.lexicon import load_toml


def _treaty_name(treaty_id: str, lang: str) -> str:
    name = data.treaties()[treaty_id]["name_nl" if lang == "nl" else "name"]
    return f"{name[:-1]}, {treaty_id})" if name.endswith(")") else f"{name} ({treaty_id})"


def render(key: str, slots: dict, actor: data.State, lang: str) -> str:
    """One note of armswatch.law.applies as a sentence; a slot ``x`` has its Dutch form in ``x_nl``."""
    say = load_toml("law/phrases.toml")[lang]
    filled = {k: v for k, v in slots.items() if not k.endswith("_nl")}
    if lang == "nl":
        filled.update({k[:-3]: v for k, v in slots.items() if k.endswith("_nl")})
    filled["who"] = actor.name_nl if lang == "nl" else actor.name_en
    text = say[key].format(**filled)
    return text[0].upper() + text[1:]


def reasoning(actor: data.State, weapon: dict, use, rows: list[dict], ihl: list[dict], lang: str) -> str:
    """One paragraph: per treaty whether the actor is bound, what the article says and what the
    later steps found, the conclusion, and the customary rules that apply in any case."""
    say = load_toml("law/phrases.toml")[lang]
    nl = lang == "nl"
    slots = {
        "who": actor.name_nl if nl else actor.name_en,
        "what": weapon[f"name_{lang}"],
        "when": dutch(use.on) if nl else use.on.isoformat(),
        "context": use.context,
    }
    out = [] if rows else [say["no_treaty"].format(**slots)]
    for r in rows:
        slots["treaty"] = _treaty_name(r["id"], lang)
        state = "bound" if r["actor_bound"] else "not_bound" if r["actor_status_known"] else "unknown"
        out.append(say[state].format(**slots))
        if r["suspension"]:
            out.append(say["suspension"])
        if r["withdrawal_pending"]:
            out.append(say["withdrawal_pending"])
        if not r["prohibits_in_context"]:
            out.append(say["not_here"].format(**slots))
        article = r["article"][0].upper() + r["article"][1:]
        out.append(say["article"].format(article=article, rule=r["note_nl" if nl else "note"]))
        if r["actor_bound"] or not r["actor_status_known"]:
            out += [render(key, s, actor, lang) for key, s in r["notes"]]
    conclusion = outcome(rows)
    if conclusion:
        out.append(say["contested_outcome" if conclusion == "contested" else conclusion].format(**slots))
    if ihl:
        named = [say["ihl_rule"].format(n=r["rule"], title=r["title_nl" if nl else "title"]) for r in ihl]
        joined = named[0] if len(named) == 1 else ", ".join(named[:-1]) + f" {say['and']} " + named[-1]
        out.append(say["ihl"].format(rules=joined))
    else:
        out.append(say["no_ihl"])
    return " ".join(out)
