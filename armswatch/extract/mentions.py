"""Lexicon mentions in a body: weapons, states/actors, treaties, sources, certainty, places.

Matchers are built once from the data files (armswatch/data/*.toml) and cached; ``Mentions``
holds every mention of one body with its character offsets, so the extractors only filter by
sentence range.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from armswatch import lexicon
from armswatch.extract.text import Matcher, MatcherSet, Regions, fold


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str  # weapon id, ISO3 code, treaty id, source name, certainty phrase ...
    kind: str = ""  # for states: "name", "force" (actor phrase), "adj" (bare adjective), "self"


@cache
def matcher_set() -> MatcherSet:
    """All the matchers of ``matchers()``, run over a body in one pass."""
    return MatcherSet(matchers())


@cache
def matchers() -> dict[str, Matcher]:
    act = lexicon.actors()
    force_nouns = act.get("force_nouns", [])
    names, force_phrases, adjectives = [], [], []
    for a in act["actor"]:
        names += [(n, a["iso3"]) for n in a.get("names", [])]
        force_phrases += [(f, a["iso3"]) for f in a.get("forces", [])]  # "Peshmerga"
        for adj in a.get("adjectives", []):
            adjectives.append((adj, a["iso3"]))
            force_phrases += [(f"{adj} {f}", a["iso3"]) for f in force_nouns]
            force_phrases += [(f"{adj}e {f}", a["iso3"]) for f in force_nouns if not adj.endswith("e")]
    tre = lexicon.treaties()
    cert = lexicon.certainty()
    aid = lexicon.aid()
    return {
        "weapon": Matcher([(t, w["id"]) for w in lexicon.weapons() for t in w["terms"] + w.get("ocr", [])]),
        "use": Matcher([(t, "use") for t in lexicon.use_words()]),
        "weapon_ref": Matcher(
            [(t, "ref") for t in lexicon.load_toml("weapons.toml").get("anaphors", {}).get("terms", [])]
        ),
        "state": Matcher(names),
        "force": Matcher(force_phrases),
        "adj": Matcher(adjectives),
        "self": Matcher([(t, "NLD") for t in act.get("self_reference", []) + aid.get("self", [])]),
        "group": Matcher([(t, "UNKNOWN") for t in act.get("groups", {}).get("names", [])]),
        "place": Matcher([(p, p) for p in act.get("places", {}).get("names", [])]),
        "treaty": Matcher([(t, tr["id"]) for tr in tre["treaty"] for t in tr["terms"]]),
        "treaty_ref": Matcher([(t, "ref") for t in tre.get("anaphors", [])]),
        "source": Matcher([(t, s["name"]) for s in lexicon.sources() for t in s["terms"]]),
        "certainty": Matcher([(t, fold(t)) for t in cert["terms"]]),
        "give": Matcher(
            [(t, "give") for t in aid["give"]]
            + [(t, "weak") for t in aid.get("give_weak", [])]
            + [
                (t, kind)
                for kind in ("buy", "contribute", "money", "receive", "support", "train", "gone")
                for t in aid.get(f"give_{kind}", [])
            ]
        ),
        "item": Matcher([(t, "item") for t in aid["items"]] + [(t, "weak") for t in aid.get("items_weak", [])]),
        "military": Matcher([(t, "military") for t in aid.get("military", [])]),
        "fund": Matcher([(t, "fund") for t in aid.get("funds", [])]),
        "state_fund": Matcher([(t, f["recipient"]) for f in aid.get("state_fund", []) for t in f["terms"]]),
        "training_mission": Matcher([(t, f["recipient"]) for f in aid.get("training_mission", []) for t in f["terms"]]),
        "civil": Matcher([(t, "civil") for t in aid.get("civil", [])]),
        "government": Matcher([(t, "government") for t in aid.get("government", [])]),
        "trade": Matcher([(t, "trade") for t in aid.get("not_aid", [])]),
        "funding": Matcher([(t, f["name"]) for f in aid["funding"] for t in f["terms"]]),
        "export": Matcher([(t, aid["export_check"]["name"]) for t in aid["export_check"]["terms"]]),
        "tested": Matcher([(t, "tested") for t in aid["export_check"]["tested"]]),
    }


@dataclass
class Mentions:
    body: str
    by_kind: dict[str, list[Mention]] = field(default_factory=dict)
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, body: str) -> Mentions:
        out: dict[str, list[Mention]] = {}
        for kind, found in matcher_set().find(body).items():
            out[kind] = sorted((Mention(a, b, label) for a, b, label in found), key=lambda m: m.start)
        # "het Verdrag inzake clustermunitie" is a name, not the anaphor "het verdrag"
        out["treaty_ref"] = [
            r for r in out["treaty_ref"] if not any(t.start < r.end and r.start < t.end for t in out["treaty"])
        ]
        out["treaty"] = _ordinal_protocols(body, out["treaty"])
        out["treaty_all"] = sorted(out["treaty"] + out["treaty_ref"], key=lambda m: m.start)
        # a weapon word inside a treaty name ("Verdrag inzake clustermunitie") is not a weapon mention
        names = Regions([(t.start, t.end) for t in out["treaty"]])
        out["weapon"] = [w for w in out["weapon"] if w.start not in names]
        out["actor"] = _actors(body, out)
        # an armed group that is no state ("ISIS", "de rebellen") can use a weapon, but is no party,
        # donor or recipient: a kind of its own, read only by weapon_use
        taken = Regions([(m.start, m.end) for m in out["actor"]])
        out["group"] = [Mention(m.start, m.end, "UNKNOWN", "group") for m in out["group"] if m.start not in taken]
        return cls(body, out)

    def within(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of a kind inside [start, end)."""
        return [m for m in self.starting(kind, start, end) if m.end <= end]

    def starting(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of a kind that start in [start, end); lists are sorted by start, so bisect."""
        ms = self.by_kind.get(kind, [])
        starts = self._starts.get(kind)
        if starts is None or len(starts) != len(ms):
            starts = self._starts[kind] = [m.start for m in ms]
        return ms[bisect_left(starts, start) : bisect_left(starts, end)]


# "het Derde Protocol bij de VN-Conventie inzake conventionele wapens" names a protocol, not the
# Convention: the CCW's Protocols III and IV have ids of their own, the others none (dropped)
_ORDINAL_PROTOCOL = re.compile(
    r"\b(?P<n>eerste|tweede|derde|vierde|vijfde)\s+protocol\s+(?:bij|van|behorende\s+bij|gehecht\s+aan)\s+"
    r"(?:het|de)\s+(?:vn[\s-]?)?$"
)
_CCW_PROTOCOL_IDS = {"derde": "CCW-P3", "vierde": "CCW-P4"}


def _ordinal_protocols(body: str, treaties: list[Mention]) -> list[Mention]:
    out = []
    for t in treaties:
        m = _ORDINAL_PROTOCOL.search(fold(body[max(0, t.start - 60) : t.start])) if t.label == "CCW" else None
        if m is None:
            out.append(t)
        elif m.group("n") in _CCW_PROTOCOL_IDS:
            out.append(Mention(max(0, t.start - 60) + m.start(), t.end, _CCW_PROTOCOL_IDS[m.group("n")]))
    return out


def _kingdom_of_another(body: str, m: Mention) -> bool:
    """ "het Koninkrijk België", "Koninkrijk Saoedi-Arabië": the bare "Koninkrijk" (the Netherlands
    in its own memoranda) is here another kingdom's title."""
    return fold(body[m.start : m.end]) == "koninkrijk" and bool(re.match(r"\s+(?!der\b)[A-Z]", body[m.end : m.end + 3]))


def _actors(body: str, out: dict[str, list[Mention]]) -> list[Mention]:
    """State mentions as actors: names, forces phrases ("de Russische strijdkrachten"), and bare
    adjectives (weak); a name inside a forces phrase is not counted twice."""
    acts = [Mention(m.start, m.end, m.label, "force") for m in out["force"]]
    forces = Regions([(m.start, m.end) for m in acts])
    names = [
        Mention(m.start, m.end, m.label, "name")
        for m in out["state"]
        if m.start not in forces and not _kingdom_of_another(body, m)
    ]
    taken = Regions([(m.start, m.end) for m in acts + names])
    acts += names + [
        Mention(m.start, m.end, m.label, "force" if _shares_forces_noun(body, m) else "adj")
        for m in out["adj"]
        if m.start not in taken
    ]
    return sorted(acts, key=lambda m: m.start)


# adjectives coordinated by "en"/"and" share the forces noun after the last of them: "Iraqi and
# Kurdish forces", "Russische en Wit-Russische troepen", "Dutch, Belgian and German troops".
# Not "of"/"or": a choice between two states names neither as the actor.
_AND_ADJECTIVES = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*)*,?\s+(?:and|en)\s+[A-Z][\w'’-]*\s+")


@cache
def _forces_noun() -> re.Pattern[str]:
    nouns = sorted(lexicon.actors().get("force_nouns", []), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(fold(n)) for n in nouns) + r")\b")


def _shares_forces_noun(body: str, adj: Mention) -> bool:
    m = _AND_ADJECTIVES.match(body, adj.end)
    return m is not None and _forces_noun().match(fold(body[m.end() : m.end() + 40])) is not None


_DETERMINERS = {"de", "het", "een", "den", "der", "zijn", "haar", "hun", "diens", "ook", "zelf", "the"}


def word_before(body: str, pos: int, skip: set[str] = _DETERMINERS) -> str:
    """The folded word before pos, skipping determiners ("door de Russische" -> "door")."""
    words = re.findall(r"[\w\-]+", fold(body[max(0, pos - 60) : pos]))
    while words and words[-1] in skip:
        words.pop()
    return words[-1] if words else ""
