"""A Dutch contribution to a mission that trains or builds up one state's forces, as support to
that state: "het besluit van het kabinet de Nederlandse bijdrage van ongeveer 100 militairen aan
NAVO Resolute Support Mission te verlengen", "25 Nederlandse militairen beschikbaar voor de
trainingsmissie in Irak", "the Dutch contribution to NTM-I". The missions are in aid.toml
(training_mission), with the state each one serves; a generic name ("de trainingsmissie")
takes its state from "in X" after it or from the sentence. A mission that keeps the peace or
fights is not listed there, so a contribution to it is no support to a state.

Only the Netherlands' own contribution counts (the sentence says "Nederland(se)", "wij" or
"het kabinet"): a text listing what other allies send is no Dutch claim, and
another giver's contribution is read by the verbs of giving in aid.py (its parties in aid_parties.py).
"""

from __future__ import annotations

import re

from armswatch.extract.context import Context
from armswatch.extract.mentions import word_before
from armswatch.extract.text import Sentence, fold

# the words of taking part: a contribution, troops made available, an extension
_CONTRIBUTES = re.compile(
    r"\b(?:bijdrage\w*|bijgedragen|draagt\s+\w+\s+bij|draagt\s+bij|dragen\s+bij|deelname|neemt\s+deel|"
    r"nemen\s+deel|deelnemen|militairen|trainers|instructeurs|mentoren|beschikbaar|ter beschikking|"
    r"verleng\w*|contribut\w+|participat\w+|troops|personnel|trainers)\b"
)
# "In addition to the Netherlands, 27 other NATO member states have offered to contribute": others give
_BESIDE_DUTCH = re.compile(
    r"\b(?:naast|behalve|in addition to|besides|apart from)\s+(?:the\s+)?(?:nederland|netherlands)\b"
)
_DUTCH = re.compile(r"\b(?:nederland|nederlandse|dutch|netherlands|wij|we|het kabinet|the cabinet)\b")
# the status a contribution has when the sentence has no verb of giving: an extension or a
# promise is a decision; a mission that took place was delivered
_DECIDED = re.compile(
    r"\b(?:besluit|besloten|besloot|verleng\w*|toezegging|toegezegd|zegt toe|decided|extend\w*|pledged)\b"
)
# (or trained and advised there: "adviseerden Nederlandse militairen Afghaanse collega's")
_DONE = re.compile(
    r"\b(?:vond plaats|heeft deelgenomen|hebben deelgenomen|nam deel|namen deel|was actief|took part"
    r"|adviseerde|adviseerden|trainde|trainden)\b"
)
# a contribution cut back or ended: "een vermindering van de Nederlandse bijdrage met 15 militairen"
# (not "until the mission ends": an extension says when the mission it extends ends)
_REDUCED = re.compile(
    r"\b(?:vermindering|vermindert|verminderd|reductie|afbouw|afgebouwd|beëindig\w*|beeindig\w*|stopt|stoppen|"
    r"gestopt|terugtrekking|trekt\s+\w+\s+terug|reduc\w+|withdraw\w*)\b"
)
# taking part now in a mission under way: "Nederland levert 230 militairen aan Resolute Support"
_TAKING_PART = re.compile(
    r"\b(?:levert|leveren|(?:neemt|nemen)\s+(?:\S+\s+){0,8}?deel\b|(?:doet|doen)\s+(?:\S+\s+){0,4}?mee|(?:is|zijn)\s+(?:\S+\s+){0,3}?actief|takes part|contributes|"
    r"(?:has|have) been contributing|(?:is|are) contributing)\b"
)
# a contribution told as under way now: "trainen momenteel een nieuwe groep", "is currently contributing"
NOW = re.compile(r"\b(?:momenteel|thans|op dit moment|currently|at present)\b")
# a contribution still being prepared: "bereidt momenteel een Nederlandse bijdrage ... voor"
_PREPARED = re.compile(r"\b(?:bereid\w*|voorbereid\w*|voornemen\w*|intention|plan\w*)\b")
# a contribution only weighed: "de mogelijkheid en de wenselijkheid van een bijdrage ... te bezien"
_WEIGHED = re.compile(
    r"\b(?:mogelijkheid|mogelijkheden|wenselijkheid|bezien|overweeg\w*|overwogen|verkent|verkennen)\b"
)
# (the English "will" announces a decision, as in aid_status.py: "The Netherlands will contribute trainers to NTM-I")
_INTENDED = re.compile(r"\b(?:voornemens|voornemen|zal|zullen|intends)\b")
_BEFORE = re.compile(r"\b(?:reeds|eerder|already|earlier)\b")
_INTENTION_NOUN = re.compile(r"\b(?:voornemen|voornemens|intention)\b")
# a letter on an agenda, named by what it is about: the contribution is its topic, not a claim
_LETTER_ABOUT = re.compile(
    r"\bbrief\s+van\b[^;]{0,160}?\b(?:inzake|over|betreffende|aangaande)\b"
    # "Meer informatie leest u in de Artikel 100-brief over de Nederlandse bijdrage ..."
    # (not "een brief over het kabinetsbesluit om de bijdrage te intensiveren": that states the decision)
    r"|\bbrief\s+(?:over|inzake|betreffende|aangaande)\s+(?:de\s+)?(?:nederlandse\s+)?bijdrage\b"
    # a contribution named as the topic of a contribution to a debate: "Inbreng ... met betrekking tot de bijdrage"
    r"|\b(?:met\s+betrekking\s+tot|inzake|betreffende|aangaande)\s+(?:de\s+)?(?:nederlandse\s+)?bijdrage\b"
)
# the state a generic mission serves: "de trainingsmissie in Irak", "de capaciteitsopbouwmissie voor Irak"
_HOST_BEFORE = ("in", "voor", "naar", "for", "to")


def mission_support(ctx: Context, sent: Sentence) -> tuple[str, str] | None:
    """(recipient, status) of the Netherlands' contribution to a training mission in the
    sentence, or None."""
    missions = [m for m in ctx.mentions.within("training_mission", sent.start, sent.end) if not ctx.is_quoted(m.start)]
    if not missions:
        return None
    text = fold(ctx.body[sent.start : sent.end])
    if not _CONTRIBUTES.search(text) or not _DUTCH.search(_BESIDE_DUTCH.sub("", text)) or _WEIGHED.search(text):
        return None
    if _REDUCED.search(text):
        return None
    recipient = _host(ctx, sent, missions[0])
    if recipient is None or recipient == "NLD":
        return None
    if _LETTER_ABOUT.search(text):
        return None  # "de brief van de minister inzake de Nederlandse bijdrage aan EUTM": a letter's topic
    now = NOW.search(text) and not (_DECIDED.search(text) or _INTENDED.search(text) or _PREPARED.search(text))
    if _DONE.search(text) or _TAKING_PART.search(text) or now:
        return recipient, "delivered"
    if _INTENTION_NOUN.search(text) and not _BEFORE.search(text):
        return recipient, "intended"  # "het voornemen van het kabinet om de bijdrage ... te verlengen"
    if _DECIDED.search(text):
        return recipient, "decided"
    if _INTENDED.search(text):
        # "is de Kamer reeds op de hoogte gesteld van het voornemen ...": an intention told before,
        # which the letter now goes beyond
        return None if _BEFORE.search(text) else (recipient, "intended")
    return recipient, "decided"  # "de Nederlandse bijdrage aan NTM-I": a contribution that is there


def _host(ctx: Context, sent: Sentence, mission) -> str | None:
    if mission.label:
        return str(mission.label)
    states = [
        a
        for a in ctx.mentions.within("actor", sent.start, sent.end)
        if a.kind in ("name", "force") and a.label != "NLD"
    ]
    after = [a for a in states if a.start >= mission.end and word_before(ctx.body, a.start) in _HOST_BEFORE]
    if after:
        return str(after[0].label)
    named = {a.label for a in states}
    return str(named.pop()) if len(named) == 1 else None
