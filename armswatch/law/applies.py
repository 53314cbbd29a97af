"""Does a treaty article that binds the actor actually forbid this use? The steps a lawyer takes
after "is the state a party": the treaty's scope (armed conflict or law enforcement, international
or non-international conflict), the definitions that exclude a use (white phosphorus as smoke),
how the weapon was delivered (Protocol III art. 2(2) and 2(3)), the state's reservations, the
Geneva Protocol binding only between parties, and whether authorities disagree.

Each step adds a note (a phrase key of data/law/phrases.toml with its slots); ``verdict`` folds
them into "yes" (prohibited), "no", "depends" or "contested". What the notes quote of the law is
data (rules.toml, reservations.toml, treaties.toml).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from armswatch.law import data
from armswatch.law.status import recorded, reservations_on, status

DELIVERIES = ("air", "ground", "unknown")
PURPOSES = ("incendiary", "smoke", "illumination", "marking", "signalling", "unknown")
CONFLICTS = ("international", "non_international", "unknown")


@dataclass
class Finding:
    """What one treaty article says about this use, step by step."""

    verdict: str = "yes"  # yes = prohibited, no, depends, contested
    applies: bool | None = True
    notes: list[tuple[str, dict]] = field(default_factory=list)
    reservations: list[dict] = field(default_factory=list)
    excluded: str | None = None
    contested: str | None = None

    def note(self, key: str, **slots: str) -> None:
        self.notes.append((key, slots))

    def settle(self, verdict: str, key: str | None = None, **slots: str) -> None:
        """Record a note; a "no" outweighs everything, a "depends" or "contested" a "yes"."""
        if key:
            self.note(key, **slots)
        rank = {"yes": 0, "contested": 1, "depends": 2, "no": 3}
        if rank[verdict] > rank[self.verdict]:
            self.verdict = verdict


@dataclass(frozen=True)
class Use:
    """The circumstances of the use that the law distinguishes."""

    actor: str
    on: date
    context: str
    delivery: str = "unknown"
    purpose: str = "unknown"
    conflict: str = "unknown"
    against: str | None = None


def scope(f: Finding, treaty_id: str, use: Use) -> None:
    t = data.treaties()[treaty_id]
    if use.context == "law_enforcement" and not t.get("law_enforcement", True):
        f.applies = False
        f.settle("no", "scope_law_enforcement", treaty=treaty_id)
        return
    niac = t.get("non_international", "yes")
    if niac == "yes" or use.context == "law_enforcement" or use.conflict == "international":
        return
    if niac == "no":
        if use.conflict == "non_international":
            f.applies = False
            f.settle("no", "scope_iac_only_out", treaty=treaty_id)
        else:
            f.note("scope_iac_only", treaty=treaty_id)
        return
    # the instrument that extends the treaty to non-international conflict (CCW amended art. 1)
    slots = {"treaty": treaty_id, "ext": niac}
    bound, record = status(use.actor, niac, use.on)
    if use.conflict == "unknown":
        if not bound:  # a state bound by the amended art. 1 is bound in either kind of conflict
            f.note("niac_condition", **slots)
        return
    if bound:
        f.note("niac_bound", **slots)
    elif recorded(record, niac, use.on):
        f.applies = False
        f.settle("no", "niac_not_bound", **slots)
    else:
        f.applies = None
        f.settle("depends", "niac_unknown", **slots)


def definition(f: Finding, rule: dict, use: Use) -> None:
    """A use the treaty's own definition leaves out (white phosphorus as smoke or illumination)."""
    if "excluded_purposes" not in rule:
        return
    texts = {"text": rule["exclusion"], "text_nl": rule["exclusion_nl"]}
    if use.purpose in rule["excluded_purposes"]:
        f.excluded = rule["exclusion"]
        f.applies = False
        f.settle("no", "excluded", **texts)
    elif use.purpose != rule["requires_purpose"]:
        f.settle("depends", "purpose_unknown", **texts)


def delivery(f: Finding, rule: dict, use: Use) -> None:
    """Protocol III: air delivery forbidden outright (art. 2(2)), other delivery with an exception (2(3))."""
    if "delivery_air" not in rule:
        return
    air = {"text": rule["delivery_air"], "text_nl": rule["delivery_air_nl"]}
    ground = {"text": rule["delivery_ground"], "text_nl": rule["delivery_ground_nl"]}
    if use.delivery == "air":
        f.note("quote", **air)
    elif use.delivery == "ground":
        f.settle("depends", "quote", **ground)
    else:
        f.settle(
            "depends",
            "delivery_unknown",
            air=air["text"],
            air_nl=air["text_nl"],
            ground=ground["text"],
            ground_nl=ground["text_nl"],
        )


def reservations(f: Finding, treaty_id: str, use: Use) -> None:
    for r in reservations_on(use.actor, treaty_id, use.on):
        f.reservations.append(r)
        slots = {"kind": r["kind"], "made": r["made"], "articles": ", ".join(r["articles"]), "text": r["text"]}
        if r["effect"] == "p3_art2_fewer_casualties":
            if use.context == "concentration_of_civilians":
                f.settle("depends", "reservation_p3", **slots)
        elif r["effect"] == "gp_no_first_use":
            f.note("reservation_gp_nfu", **slots)
        else:
            f.note("reservation", **slots)


def between_parties(f: Finding, treaty_id: str, use: Use) -> None:
    """The Geneva Protocol binds its parties 'as between themselves'."""
    if treaty_id != "GP1925" or f.verdict == "no":
        return
    if use.against is None:
        f.note("between_unknown")
        return
    bound, record = status(use.against, treaty_id, use.on)
    if bound:
        f.note("between_party", against=use.against)
    elif recorded(record, treaty_id, use.on):
        f.settle("no", "between_not_party", against=use.against)
    else:
        f.settle("depends", "between_not_recorded", against=use.against)


def contested(f: Finding, rule: dict) -> None:
    if rule.get("contested"):
        f.contested = rule["contested"]
        f.settle("contested", "contested", text=rule["contested"], text_nl=rule["contested_nl"])


def examine(treaty_id: str, rule: dict, use: Use, bound: bool, known: bool) -> Finding:
    """All the steps for one treaty article; the party status itself comes first."""
    f = Finding()
    if not bound:
        f.settle("no" if known else "depends")
    if use.context not in rule["prohibits"]:
        f.settle("no")
    scope(f, treaty_id, use)
    definition(f, rule, use)
    if use.context == "concentration_of_civilians":
        delivery(f, rule, use)
    reservations(f, treaty_id, use)
    between_parties(f, treaty_id, use)
    contested(f, rule)
    return f


def outcome(rows: list[dict]) -> str | None:
    """prohibited | depends | contested | allowed (None without a treaty on the weapon)."""
    verdicts = {r["prohibits"] for r in rows}
    for verdict, name in (("yes", "prohibited"), ("depends", "depends"), ("contested", "contested")):
        if verdict in verdicts:
            return name
    return "allowed" if rows else None
