"""Does a treaty that binds the actor on that day prohibit its use of a weapon? And which
customary rules of IHL apply regardless? The answer comes with a reasoning in the plain style of
the government's letters (Dutch, as the letters are written; an English version beside it)."""
from __future__ import annotations

from datetime import date

from armswatch.law import choices, data
from armswatch.law.dates import dutch, parse_date
from armswatch.law.status import status

CIHL_URL = "https://ihl-databases.icrc.org/en/customary-ihl/v1/rule{n}"


def _treaty_rows(iso3: str, weapon_rules: dict, context: str, on: date) -> list[dict]:
    rows = []
    for t in weapon_rules.get("treaty", []):
        bound, record = status(iso3, t["id"], on)
        rows.append({"id": t["id"], "article": t["article"], "actor_bound": bound,
                     "prohibits_in_context": context in t["prohibits"], "note": t["note"], "note_nl": t["note_nl"],
                     "withdrawal_pending": bool(record and bound and record.withdrawal_pending)})
    return rows


def _ihl_rows(weapon_rules: dict, context: str) -> list[dict]:
    if context == "law_enforcement":
        return []  # the law of armed conflict does not govern policing outside an armed conflict
    titles = data.rules()["ihl_rule"]
    return [{"rule": n, "title": titles[str(n)]["title"], "title_nl": titles[str(n)]["title_nl"],
             "source": CIHL_URL.format(n=n)} for n in weapon_rules["ihl"]]


def _join(items: list[str], last: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]


def _reasoning(actor: data.State, w: dict, on: date, context: str, rows: list[dict], ihl: list[dict],
               lang: str) -> str:
    nl = lang == "nl"
    who = actor.name_nl if nl else actor.name_en
    what = w["name_nl"] if nl else w["name_en"]
    when = dutch(on) if nl else on.isoformat()
    names = {tid: t["name_nl" if nl else "name"] for tid, t in data.treaties().items()}
    out = []
    forbidding = [r for r in rows if r["actor_bound"] and r["prohibits_in_context"]]
    if not rows:
        out.append(f"Geen verdrag verbiedt het gebruik van {what} als zodanig." if nl else
                   f"No treaty prohibits the use of {what} as such.")
    for r in rows:
        treaty = f"{names[r['id']]} ({r['id']})"
        if r["actor_bound"]:
            out.append(f"{who} is op {when} partij bij het {treaty}." if nl else
                       f"On {when} {who} is party to the {treaty}.")
            if r["withdrawal_pending"]:
                out.append("De opzegging heeft geen gevolg zolang de staat bij een gewapend conflict betrokken is."
                           if nl else "Its withdrawal does not take effect while it is engaged in an armed conflict.")
        else:
            out.append(f"{who} is op {when} geen partij bij het {treaty}." if nl else
                       f"On {when} {who} is not party to the {treaty}.")
        rule = f"{r['article']}: {r['note_nl' if nl else 'note']}."
        out.append(("Het verdrag bepaalt in " if nl else "The treaty provides in ") + rule
                   if r["prohibits_in_context"] else
                   (f"In deze context ({context}) verbiedt het verdrag dit gebruik niet; " if nl else
                    f"In this context ({context}) the treaty does not prohibit this use; ") + rule)
    if forbidding:
        out.append(f"Het gebruik van {what} is voor {who} dan ook verdragsrechtelijk verboden." if nl else
                   f"The use of {what} by {who} is therefore prohibited by treaty.")
    elif rows:
        out.append(f"Het gebruik van {what} is voor {who} dan ook niet in strijd met een verdrag dat {who} bindt."
                   if nl else f"The use of {what} by {who} therefore breaches no treaty that binds it.")
    if ihl:
        rules = _join([f"regel {r['rule']} ({r['title_nl']})" if nl else f"rule {r['rule']} ({r['title']})"
                       for r in ihl], "en" if nl else "and")
        out.append(f"Wel blijft het gewoonterechtelijk humanitair oorlogsrecht onverkort van toepassing: {rules}."
                   if nl else f"Customary international humanitarian law applies in full regardless: {rules}.")
    else:
        out.append("Buiten een gewapend conflict is het humanitair oorlogsrecht niet van toepassing; "
                   "het gebruik valt dan onder de mensenrechten en het nationale recht." if nl else
                   "Outside an armed conflict the law of armed conflict does not apply; human rights law "
                   "and national law govern the use.")
    return " ".join(out)


def assess(actor: str, weapon: str, on: date | str, context: str = "armed_conflict") -> dict:
    iso3, weapon_id = choices.state(actor), choices.weapon(weapon)
    context_id, day = choices.context(context), parse_date(on, "--on")
    w = data.rules()["weapon"][weapon_id]
    rows = _treaty_rows(iso3, w, context_id, day)
    ihl = _ihl_rows(w, context_id)
    state = data.states()[iso3]
    return {"actor": iso3, "weapon": weapon_id, "on": day.isoformat(), "context": context_id,
            "treaty_prohibited": any(r["actor_bound"] and r["prohibits_in_context"] for r in rows),
            "treaties": rows, "ihl_rules": ihl,
            "reasoning": _reasoning(state, w, day, context_id, rows, ihl, "nl"),
            "reasoning_en": _reasoning(state, w, day, context_id, rows, ihl, "en")}
