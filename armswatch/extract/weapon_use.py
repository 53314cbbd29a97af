"""weapon_use facts: who used which weapon, where, when, on whose word and how sure.

A sentence yields a use when it holds a weapon, a word of use ("gebruikt", "inzet",
"afgevuurd" ...) and an actor that is the user: the agent after "door" ("inzet van
clustermunitie door de Russische strijdkrachten"), an actor adjective on the use noun ("de
Oekraïense inzet van clustermunitie"), or the subject of the use verb ("dat Rusland ...
chloorpicrine inzet"). A negated or denied clause, a conditional clause, a generic class of uses
("ieder gebruik van"), a question and a quotation yield nothing.
"""

from __future__ import annotations

import re

from armswatch.extract.clauses import DATE, MONTHS, clause_end, clause_start, conditional, generic, iso_date, negated
from armswatch.extract.context import Context
from armswatch.extract.facts import make_fact
from armswatch.extract.mentions import Mention, word_before
from armswatch.extract.text import Sentence, fold
from armswatch.record import Fact

# An actor preceded by one of these is not the subject of the use (it is where, whom, against whom).
_NOT_SUBJECT = {
    "in",
    "op",
    "tegen",
    "aan",
    "van",
    "over",
    "voor",
    "met",
    "bij",
    "naar",
    "uit",
    "binnen",
    "rond",
    "nabij",
    "jegens",
    "onder",
    "dan",
    "tussen",
    "zoals",
    "waaronder",
    "richting",
    "vanuit",
    "namens",
}
_PLACE_PREP = {"in", "op", "bij", "rond", "nabij", "te", "boven", "rondom", "binnen", "at", "near"}
_MONTH_NAMES = set(MONTHS) | {
    "january", "february", "march", "may", "june", "july", "august", "october", "december",
}  # fmt: skip
_DATE_PREP = {"op", "in", "sinds", "vanaf", "rond", "omstreeks", "tussen", "tot", "eind", "begin", "medio", "half"}
_AGENT = re.compile(r"\b(?:door|by)\s+(?:de\s+|het\s+|the\s+)?$")
# the agent as a state's forces: "door de strijdkrachten van Myanmar", "by government forces of Syria"
_AGENT_FORCES = re.compile(
    r"\b(?:door|by)\s+(?:de\s+|het\s+|the\s+)?(?:(?:government|regerings|reguliere|regular|armed)\s*)?"
    r"(?:strijdkrachten|troepen|leger|regering|regime|forces|troops|army|government)\s+(?:van|of)\s+(?:de\s+|het\s+|the\s+)?$"
)
# "de diensten" refers back to the intelligence services named earlier
_SERVICES_BACK = re.compile(r"\bde (?:beide )?diensten\b")


def extract(ctx: Context) -> list[Fact]:
    facts: list[Fact] = []
    nominal: list[Fact] = []  # uses named by a noun with a place but no user ("the use of X in Syria")
    for sent in ctx.claim_sentences():
        for fact, unnamed in _from_sentence(ctx, sent):
            (nominal if unnamed else facts).append(fact)
    # such a use is the document's when no named user of that weapon is given: a text that says
    # who used it means the same uses when it speaks of "the use of X in Y"
    named = {f.fields["weapon"] for f in facts if f.fields["actor"] != "UNKNOWN"}
    facts += [f for f in nominal if f.fields["weapon"] not in named]
    # the richest fact of each (actor, weapon) first, so a reader sees the best-attributed one
    facts.sort(
        key=lambda f: (f.fields["actor"], f.fields["weapon"], -sum(v is not None for v in f.fields.values()), f.span[0])
    )
    return facts


def _from_sentence(ctx: Context, sent: Sentence) -> list[tuple[Fact, bool]]:
    body, men = ctx.body, ctx.mentions
    weapons = men.within("weapon", sent.start, sent.end) + _resolved_anaphors(ctx, sent)
    if not weapons:  # most sentences: no need to look for a use
        return []
    uses = men.within("use", sent.start, sent.end) + _separable_uses(body, sent)
    if not uses:
        held: set = set()
        return (
            _responsible_for(ctx, sent, weapons, held)
            + _attack_events(ctx, sent, weapons, {w for _, w in held})
            + _killed_by(ctx, sent, weapons, held)
        )
    out: list[tuple[Fact, bool]] = []
    seen: set = set()
    for w in weapons:
        if ctx.is_quoted(w.start):
            continue
        use = min(uses, key=lambda u: abs(u.start - w.start))
        if abs(use.start - w.start) > 160:
            continue
        lo, hi = min(use.start, w.start), max(use.end, w.end)
        if (
            conditional(body, sent, lo)
            or generic(body, use.start)
            or _BAN_BEFORE.search(fold(body[max(sent.start, use.start - 100) : use.start]))
            or _future_or_modal(body, sent, use, lo)
            or _not_a_use(body, use, w)
        ):
            continue
        actor = (
            _held_responsible(ctx, sent, use)
            or _actor(ctx, sent, use, w)
            or _pronoun_actor(ctx, sent, use)
            or _unknown_actor(ctx, sent, use, w)
        )
        if actor is None or (actor.label, w.label) in seen or _withheld_noun(body, sent, use, actor):
            continue
        for other in _coordinated_agents(ctx, sent, actor):
            if (other.label, w.label) not in seen and not negated(body, sent, min(lo, actor.start), other.end):
                seen.add((other.label, w.label))
                when = _when(body, sent, lo, ctx.structure.date) or _use_year(body, use, w)
                out.append((_use_fact(ctx, sent, other.label, w, None, when, use, lo), False))
        # "niet als brandwapen gebruikt maar ingezet voor ...": only the role is denied
        role = _denied_role(body, sent)
        if role and role[0] <= w.start < role[1]:
            continue
        # negation anywhere from the actor to the use: "X heeft geen A, B of C gebruikt"
        if not (role and w.end <= role[0]) and negated(body, sent, min(lo, actor.start), max(hi, actor.end)):
            continue
        seen.add((actor.label, w.label))
        when = _when(body, sent, lo, ctx.structure.date) or _use_year(body, use, w)
        fact = _use_fact(ctx, sent, actor.label, w, _place(ctx, sent, actor, use, w), when, use, lo)
        out.append((fact, actor.kind == "nominal"))
    return (
        _responsible_for(ctx, sent, weapons, seen)
        + out
        + _attack_events(ctx, sent, weapons, {w for _, w in seen})
        + _killed_by(ctx, sent, weapons, seen)
    )


# a state named as responsible for a use: "Syria is responsible for two attacks with chemical weapons",
# "dat Syrië verantwoordelijk is voor het gebruik van chemische wapens in Ltamenah"
_RESPONSIBLE_FOR = re.compile(
    r"^\s+(?:(?:is|was|are|were|zijn|waren|wordt|werd|is\s+being|has\s+been|have\s+been)\s+)?(?:\w+\s+){0,2}?"
    r"(?:mede)?(?:verantwoordelijk|responsible)\s+(?:(?:is|was|zijn|waren|gehouden)\s+)?(?:voor|for)\s+"
    r"(?:(?:de|het|the|\w+)\s+){0,2}?(?:gebruik|inzet|use|aanvallen|aanval|attacks?)\s+(?:van|met|of|with|using)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)


def _responsible_for(ctx: Context, sent: Sentence, weapons: list[Mention], seen: set) -> list[tuple[Fact, bool]]:
    body, out = ctx.body, []
    actors = [a for a in ctx.mentions.within("actor", sent.start, sent.end) if a.kind != "adj"]
    for w in weapons:
        if ctx.is_quoted(w.start):
            continue
        for a in reversed([a for a in actors if a.end <= w.start and w.start - a.end <= 160]):
            if (a.label, w.label) in seen or not _RESPONSIBLE_FOR.match(fold(body[a.end : w.start])):
                continue
            if not (conditional(body, sent, a.start) or negated(body, sent, a.start, w.end)):
                out.append(_named_user(ctx, sent, a, w, seen))
            break
    return out


def _named_user(ctx: Context, sent: Sentence, actor: Mention, w: Mention, seen: set) -> tuple[Fact, bool]:
    """The use of w by the actor the sentence names beside it (the weapon itself is the cue)."""
    seen.add((actor.label, w.label))
    when = _when(ctx.body, sent, actor.start, ctx.structure.date)
    place = _place(ctx, sent, actor, w, w)
    return _use_fact(ctx, sent, actor.label, w, place, when, w, actor.start), False


# a victim of a state's weapon: "was killed by a Russian cluster bomb", "gedood door een Russische
# clusterbom", "kwam om door Russische clustermunitie" — the weapon's adjective names who fired it
_KILLED_BY = re.compile(
    r"\b(?:killed|hit|struck|wounded|victim of|gedood|getroffen|gewond|omgekomen|om het leven gekomen|"
    r"kwam om|kwamen om|slachtoffer van)\s+(?:by|door|van)?\s*(?:an?\s+|een\s+|de\s+|het\s+|the\s+)?$"
)


def _killed_by(ctx: Context, sent: Sentence, weapons: list[Mention], seen: set) -> list[tuple[Fact, bool]]:
    body, out = ctx.body, []
    adjs = [a for a in ctx.mentions.within("actor", sent.start, sent.end) if a.kind == "adj"]
    for w in weapons:
        adj = next((a for a in adjs if 0 <= w.start - a.end <= 1), None)
        if adj is None or (adj.label, w.label) in seen or ctx.is_quoted(w.start):
            continue
        if not _KILLED_BY.search(fold(body[max(sent.start, adj.start - 40) : adj.start])):
            continue
        if conditional(body, sent, adj.start) or negated(body, sent, adj.start, w.end):
            continue
        out.append(_named_user(ctx, sent, adj, w, seen))
    return out


# an attack named by its weapon, as an event that happened somewhere: "chemical weapon attacks have
# been taking place in Syria", "the sarin attack at Khan Sheikhoun", "de aanval met gifgas op Ghouta",
# "de gifgasaanval in Douma" (the weapon term itself is an attack)
_ATTACK_AFTER = re.compile(r"^[\s-]*(?:aanval|aanvallen|attacks?)\b")
_ATTACK_BEFORE = re.compile(r"\b(?:aanval|aanvallen|attacks?)\s+(?:met|with|using)\s+(?:[\w-]+\s+){0,2}$")
_ATTACK_IN_TERM = re.compile(r"(?:aanval|attack)")


def _attack_events(ctx: Context, sent: Sentence, weapons: list[Mention], done: set[str]) -> list[tuple[Fact, bool]]:
    """Uses by a user the text does not name, said as an attack with a place (or a year), stated as
    a fact: no class, ban, threat, possibility, report or denial before it, no modal in the sentence."""
    body, out = ctx.body, []
    stext = fold(body[sent.start : sent.end])
    if _MODAL.search(stext) or _EN_MODAL.search(stext):
        return []
    for w in weapons:
        if w.label in done or ctx.is_quoted(w.start) or w.kind == "anaphor":
            continue
        wtext = fold(body[w.start : w.end])
        before = fold(body[max(sent.start, w.start - 40) : w.start])
        if _ATTACK_IN_TERM.search(wtext) or _ATTACK_AFTER.match(fold(body[w.end : w.end + 12])):
            at = w.start
        elif m := _ATTACK_BEFORE.search(before):
            at = w.start - len(before) + m.start()
        else:
            continue
        lead = fold(body[max(sent.start, at - 50) : at])
        if _NOMINAL_WITHHELD.search(lead) or _REPORTS_OF.search(lead) or conditional(body, sent, at):
            continue
        event = Mention(at, max(at + 1, w.end), "attack")
        if negated(body, sent, at, event.end):
            continue
        unknown = Mention(at, at, "UNKNOWN", "nominal")
        place = _place(ctx, sent, unknown, event, w, title=False)
        when = _when(body, sent, at, ctx.structure.date)
        if not place and not when:
            continue
        done.add(w.label)
        out.append((_use_fact(ctx, sent, "UNKNOWN", w, place, when, event, at), True))
    return out


def _use_fact(
    ctx: Context, sent: Sentence, actor: str, w: Mention, place: str | None, when: str | None, cue: Mention, focus: int
) -> Fact:
    """A weapon_use fact quoting the sentence, its certainty and claimant read around the cue."""
    fields = {
        "actor": actor,
        "weapon": w.label,
        "place": place,
        "when": when,
        "certainty": _certainty(ctx, sent, cue),
        "claimed_by": _claimed_by(ctx, sent, cue),
    }
    return make_fact("weapon_use", ctx.body, sent.start, sent.end, fields, focus=focus)


# (the particle may stand before an adverbial: "zette traangas in tegen demonstranten", "... in bij Bachmoet";
# not before "op" or "voor": "zet in op een verbod op clustermunitie" is effort, not use)
_SEPARABLE = re.compile(
    r"\b(?:zet|zetten|zette)\b(?=[^.;:?!]{0,120}?\bin\s*(?:[.,;]|(?:tegen|bij|tijdens|rond|in|nabij)\b))"
)
_PASSIVE = re.compile(r"\b(?:is|zijn|werd|werden|wordt|worden|was|were|are|been)\b")
_MODAL = re.compile(r"\b(?:kan|kunnen|mag|mogen|moet|moeten|zou|zouden|verboden|toegestaan|dreigt|dreigen)\b")
_PARTICIPLE = {"gebruikt", "ingezet", "afgevuurd", "afgeworpen", "gedropt", "toegepast", "gelegd"}
_PARTICIPLE |= {"used", "deployed", "fired", "dropped", "employed"}  # "Chemical weapons were used in Syria"


_INFINITIVE_USE = {"inzetten", "gebruiken", "afvuren", "afwerpen", "gebruikmaken", "bestoken"}
_FUTURE_MODAL = re.compile(
    r"\b(?:zal|zullen|wil|willen|kan|kunnen|mag|mogen|moet|moeten|gaat|gaan|dreigt|dreigen|"
    r"overweegt|overwegen|van plan)\b"
)


# "zich inzetten voor een verbod op", "de ruiming van": effort for, or dealing with, a weapon
_EFFORT = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:voor|op)\b")
# clearing mines, funding clearance or advocacy for a ban is not use: "humanitaire ontmijning",
# "het ruimen van", "zich inzetten voor een wereld zonder landmijnen"
# ("ruimten" is a room, not clearing: only the verb's forms count)
_CLEARANCE = re.compile(
    r"\b(?:ontmijn\w*|(?:ge|op)?ruim(?:en|ing|ingen|t|de|den|d)|opruim\w*|opgeruimd|"
    r"wereld zonder|zich in\w*\s+voor)\b"
)
# the weapon word inside an organisation's or report's name: "Landmine Monitor"
_NAME_AFTER = re.compile(r"^\s*(?:monitor|action|coalition|campaign|treaty|report)\b")
_WEAPON_AS_OBJECT_OF = re.compile(
    r"\b(?:verbod op|verbieden van|ruiming van|ruimen van|opruimen van|vernietiging van|"
    r"vernietigen van|productie van|opslag van|voorraden|voorraad|overdracht van|"
    r"levering van|leveren van|export van|handel in|resten van|gebruik van \w+ tegen)\s+"
    r"(?:\w+\s+){0,2}?$"
)


def _same_sentence(body: str, start: int, lo: int, hi: int, end: int) -> str:
    """body[start:end], cut at the sentence ends around body[lo:hi] (a window must not read
    the neighbouring sentence: "... in Oekraïne inzet. Chloorpicrine is in afgesloten ruimten ...")."""
    before = max(body.rfind(c, start, lo) for c in ".!?\n")
    after = [i for i in (body.find(c, hi, end) for c in ".!?\n") if i != -1]
    return body[(before + 1 if before != -1 else start) : (min(after) if after else end)]


def _not_a_use(body: str, use: Mention, weapon: Mention) -> bool:
    word = fold(body[use.start : use.end])
    if word.startswith("inzet") and _EFFORT.match(fold(body[use.end : use.end + 30])):
        return True
    if word.startswith(("leg", "gelegd")) and not weapon.label.endswith("mine"):
        return True  # only mines are "laid"
    if _NAME_AFTER.match(fold(body[weapon.end : weapon.end + 12])):
        return True
    lo, hi = min(use.start, weapon.start), max(use.end, weapon.end)
    if _CLEARANCE.search(fold(_same_sentence(body, max(0, lo - 60), lo, hi, hi + 60))):
        return True
    return bool(_WEAPON_AS_OBJECT_OF.search(fold(body[max(0, weapon.start - 40) : weapon.start])))


def _future_or_modal(body: str, sent: Sentence, use: Mention, lo: int) -> bool:
    """ "die Oekraïne zal inzetten", "Rusland kan traangas gebruiken": no use has happened."""
    if fold(body[use.start : use.end]) not in _INFINITIVE_USE:
        return False
    return bool(_FUTURE_MODAL.search(fold(body[clause_start(body, sent, lo) : use.start])))


def _resolved_anaphors(ctx: Context, sent: Sentence) -> list[Mention]:
    """ "deze wapens" is the weapon last named before it in the same paragraph."""
    out = []
    para = ctx.paragraph_sentences(sent)
    for ref in ctx.mentions.within("weapon_ref", sent.start, sent.end):
        named = ctx.mentions.within("weapon", para[0].start, ref.start) if para else []
        if named:
            out.append(Mention(ref.start, ref.end, named[-1].label))
    return out


def _separable_uses(body: str, sent: Sentence) -> list[Mention]:
    """ "Rusland zet ook traangas in": the verb and its particle are apart."""
    text = fold(body[sent.start : sent.end])
    if "zet" not in text:  # every match starts with "zet"; most sentences skip the scan
        return []
    return [Mention(sent.start + m.start(), sent.start + m.end(), "use") for m in _SEPARABLE.finditer(text)]


_FORCES_OF = re.compile(
    r"\b(?:regering|strijdkrachten|krijgsmacht|leger|troepen|regime|luchtmacht|president|"
    r"autoriteiten|overheid|helikopters?|vliegtuigen|vliegtuig|toestellen|toestel|eenheid|"
    r"eenheden|drones?|artillerie|soldaten|militairen|schepen|schip)\s+van\s+(?:de\s+|het\s+)?$"
)


# a state's own forces named by where they serve it: "de politie in Chili", "het regime in Damascus"
_FORCES_IN = re.compile(
    r"\b(?:de|het)\s+(?:oproer)?(?:politie|regering|regime|autoriteiten|veiligheidstroepen|veiligheidsdiensten|junta)"
    r"\s+(?:in|van)\s+$"
)


def _of_forces(body: str, a: Mention) -> bool:
    """ "de regering van Azerbeidzjan", "de strijdkrachten van Rusland", "de politie in Chili":
    the state is the actor."""
    before = fold(body[max(0, a.start - 40) : a.start])
    return bool(_FORCES_OF.search(before) or _FORCES_IN.search(before))


# "X wordt niet als brandwapen gebruikt maar ingezet voor het markeren van doelen", "X is used not
# as an incendiary weapon but to mark targets": the negation denies the role after "als"/"as", and
# the contrast after "maar"/"but" affirms the use
_NOT_AS_BUT = re.compile(
    r"\b(?:niet|not)\s+(?:(?:used|gebruikt|ingezet)\s+)?(?:als|as)\s+(?P<role>(?:[\w-]+\s+){0,3}?[\w-]+)\s*,?\s+"
    r"(?:(?:gebruikt|ingezet|toegepast)\s*,?\s+)?(?:maar|but)\s+(?:(?:wel|only|rather)\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:gebruikt|ingezet|toegepast)|to|for|om|voor)\b"
)


def _denied_role(body: str, sent: Sentence) -> tuple[int, int] | None:
    """The span of the role a contrast denies ("niet als brandwapen ... maar ..."), or None."""
    text = fold(body[sent.start : sent.end])
    if "maar" not in text and "but" not in text:
        return None
    m = _NOT_AS_BUT.search(text)
    return (sent.start + m.start("role"), sent.start + m.end("role")) if m else None


# a passive use by a group that is not a state: "door de coalitie", "by the coalition"
_GROUP_AGENT = re.compile(
    r"\b(?:door\s+de|by\s+the)\s+(?:[\w-]+\s+){0,2}?(?:coalitie|alliantie|bondgenoten|coalition|alliance|allies)\b"
)


def _unknown_actor(ctx: Context, sent: Sentence, use: Mention, weapon: Mention) -> Mention | None:
    """A passive use without agent that the text states as a fact with a place ("In Charkiv is
    clustermunitie ingezet") has an actor the text does not name: UNKNOWN."""
    body = ctx.body
    if _is_nominal_use(body, sent, use, weapon):
        attacker = _attacker_before(ctx, sent, use)
        if attacker:
            return attacker
        unknown = Mention(use.start, use.start, "UNKNOWN", "nominal")
        dated = _use_year(body, use, weapon)
        if dated or _place(ctx, sent, unknown, use, weapon, title=False):
            return unknown
        # "Er vond een aanval plaats op Douma. De beelden na de aanval wijzen op de inzet van chemische
        # wapens": the attack the sentence speaks of, placed in the sentence before
        return (
            unknown
            if _THIS_ATTACK.search(fold(body[sent.start : sent.end])) and _placed_attack_before(ctx, sent)
            else None
        )
    word = fold(body[use.start : use.end])
    carried_out = word == "uitgevoerd" and _CARRIED_OUT_WITH.match(fold(body[use.end : weapon.start]))
    if word not in _PARTICIPLE and not carried_out:
        return None
    cs = clause_start(body, sent, min(use.start, weapon.start))
    clause = fold(body[cs : use.end])
    text = fold(body[sent.start : sent.end])
    if not _PASSIVE.search(clause) or _MODAL.search(text) or _EN_MODAL.search(text):
        return None
    unknown = Mention(use.start, use.start, "UNKNOWN")
    if _GROUP_AGENT.search(fold(body[cs : clause_end(body, sent, use.end)])):
        return unknown
    if _THIS_ATTACK.search(fold(body[sent.start : sent.end])):
        return unknown  # the attack the text is about: "deze aanslag ... is uitgevoerd met een chemisch wapen"
    return unknown if _place(ctx, sent, unknown, use, weapon, title=False) else None


# an attack carried out with a weapon ("is uitgevoerd met een chemisch wapen"), and the one attack
# the text speaks of, without a place in the sentence: "de aanslag", "deze aanval", "bij de aanslag"
_CARRIED_OUT_WITH = re.compile(r"^\s+met\s+(?:[\w-]+\s+){0,3}$")
_THIS_ATTACK = re.compile(r"\b(?:de|deze|die|this|the)\s+(?:aanslag|aanval|gifgasaanval|attack)\b")


def _placed_attack_before(ctx: Context, sent: Sentence) -> bool:
    para = ctx.paragraph_sentences(sent)
    i = next((k for k, s in enumerate(para) if s is sent), 0)
    if i == 0:
        return False
    prev = para[i - 1]
    text = ctx.body[prev.start : prev.end]
    return bool(re.search(r"\b(?:aanval|attack)\b", fold(text))) and any(
        fold(m.group(1)) not in _NOT_PLACE for m in _NAMED_PLACE.finditer(text)
    )


# "het herhaalde gebruik van chemische wapens in Syrië", "the recurrent use of chemical weapons in
# Syria": the use noun, then its weapon
# (or a second weapon coordinated with the first: "the use of cluster bombs and thermobaric weapons")
_NOUN_THEN_WEAPON = re.compile(
    r"^\s+(?:in\s+\d{4}\s+)?(?:van|of)\s+(?:[\w-]+\s+){0,3}?(?:(?:en|and|or|of)\s+)?(?:(?:de|het|the|[a-z]+e|[a-z]+ed)\s+){0,2}$"
)
# what withholds a nominal use: a class, a ban, a threat, a possibility (also in brackets: "het
# (mogelijke) gebruik van"), a prevention, a denial
_NOMINAL_WITHHELD = re.compile(
    r"\b(?:ieder|elk|elke|enig|enige|alle|eventue\w*|toekomstig\w*|mogelijk\w*|verbod\w*|verbied\w*|"
    r"verboden|voorkom\w*|tegengaan|tegen|dreig\w*|bereid\w*|zonder|geen|nooit|any|all|ban|bans|banned|"
    r"banning|prohibit\w*|prevent\w*|threat\w*|possible|potential|future|against|no|never|without|"
    r"deter\w*|risk|risico|"
    # an allegation under investigation: "onderzoek naar het vermeend gebruik", "alleged use"
    r"vermeend\w*|vermoed\w*|beweerd\w*|onderzoek\w*|beschuldig\w*|alleged\w*|investigat\w*|accus\w*|"
    r"suspected|claims?|unfounded|ongegrond\w*)\b\)?(?:\s+[\w-]+){0,3}\s*$"
)
# reports of a use without a user are the reports' word only ("de berichten over inzet van
# chemische wapens in Damascus laten onderzoeken"); with a user they are its source
# ("talrijke berichten van inzet van clustermunitie door de Russische strijdkrachten")
_REPORTS_OF = re.compile(r"\b(?:bericht\w*|melding\w*|reports?|reported)\b(?:\s+[\w-]+){0,3}\s*$")
_EN_MODAL = re.compile(r"\b(?:could|would|should|may|might|must|can|will|if|whether)\b")


def _withheld_noun(body: str, sent: Sentence, use: Mention, actor: Mention) -> bool:
    """ "allegations about possible Ukrainian use of", "de vermeende Russische inzet van": a use noun
    (with its actor adjective) under a word that withholds it."""
    if not _is_noun(body, use):
        return False
    lo = min(use.start, actor.start) if actor.kind == "adj" else use.start
    return bool(_NOMINAL_WITHHELD.search(fold(body[max(sent.start, lo - 50) : lo])))


# "Russian attacks on Ukrainian civilians and even the use of cluster bombs", "Russische
# aanvallen op burgers en zelfs de inzet van clustermunitie": the attacks' adjective names the
# user of the use noun coordinated with them
_ATTACKS = re.compile(r"\s+(?:attacks?|aanval(?:len)?|bombardement(?:en)?|beschieting(?:en)?|shelling|offensive)\b")
_AND_THEN_USE = re.compile(r"\b(?:and|en)\s+(?:(?:even|also|zelfs|ook)\s+)?(?:the|de|het)\s+[\w\s-]{0,20}$")


def _attacker_before(ctx: Context, sent: Sentence, use: Mention) -> Mention | None:
    body = ctx.body
    adjs = [a for a in ctx.mentions.within("actor", sent.start, use.start) if a.kind == "adj"]
    for a in reversed(adjs):
        if _ATTACKS.match(body, a.end) and _AND_THEN_USE.search(fold(body[a.end : use.start])):
            others = [o for o in ctx.mentions.within("actor", a.end, use.start) if o.kind != "adj"]
            return None if others else a
    return None


# "the deliberate use in 2001 of anthrax", "het gebruik van sarin in 1995": a year right on the use
# noun or right after its weapon dates a use that happened
_YEAR_ON_USE = re.compile(r"^\s+in\s+(1[89]\d\d|20\d\d)\b")


def _use_year(body: str, use: Mention, weapon: Mention) -> str | None:
    if not _is_noun(body, use):
        return None
    m = _YEAR_ON_USE.match(body[use.end : use.end + 12]) or (
        _YEAR_ON_USE.match(body[weapon.end : weapon.end + 12]) if weapon.start > use.end else None
    )
    return m.group(1) if m else None


def _is_nominal_use(body: str, sent: Sentence, use: Mention, weapon: Mention) -> bool:
    """A use noun with its weapon after "van"/"of", stated as a fact: no class, ban, threat,
    possibility or denial before it, no modal in its sentence."""
    if fold(body[use.start : use.end]) not in ("gebruik", "inzet", "use") or weapon.start < use.end:
        return False
    if not _NOUN_THEN_WEAPON.match(fold(body[use.end : weapon.start])):
        return False
    before = fold(body[max(sent.start, use.start - 50) : use.start])
    if _NOMINAL_WITHHELD.search(before) or _REPORTS_OF.search(before):
        return False
    return not (_MODAL.search(fold(body[sent.start : sent.end])) or _EN_MODAL.search(fold(body[sent.start : sent.end])))


def _actor(ctx: Context, sent: Sentence, use: Mention, weapon: Mention) -> Mention | None:
    body = ctx.body
    actors = sorted(
        ctx.mentions.within("actor", sent.start, sent.end) + ctx.mentions.within("group", sent.start, sent.end),
        key=lambda a: a.start,
    )
    actors = [a for a in actors if not ctx.is_quoted(a.start)]
    if not actors:
        return None
    # 1. agent: "... door (de) Russische troepen", after the use word or the weapon
    anchor = min(use.start, weapon.start)
    for a in actors:
        if (
            a.start > anchor
            and (
                _AGENT.search(fold(body[max(sent.start, a.start - 12) : a.start]))
                or _AGENT_FORCES.search(fold(body[max(sent.start, a.start - 50) : a.start]))
            )
            and a.start - max(use.end, weapon.end) < 120
        ):
            return a
    # 2. adjective on the use noun: "de Russische inzet van", "Oekraïense inzet"
    for a in actors:
        if a.kind == "adj" and 0 <= use.start - a.end <= 2:
            return a
    # 2b. a genitive on the use noun: "Russia's use of", "Syria’s repeated use of"
    for a in actors:
        if a.kind == "name" and a.end < use.start and _GENITIVE.fullmatch(body[a.end : use.start]):
            return a
    # 3. subject before the use verb: nearest actor that no preposition governs. A use noun
    # ("de inzet van", "het gebruik van") has no subject; only cases 1 and 2 give its user.
    if _is_noun(body, use, ctx.mentions.within("weapon", max(0, use.start - 40), use.start)):
        return None
    before = [
        a
        for a in actors
        if a.end <= max(use.start, weapon.start)
        and a.kind != "adj"
        and (word_before(body, a.start) not in _NOT_SUBJECT or _of_forces(body, a))
        and not _claimant(body, a, use)
    ]
    if before:
        return before[-1]
    return None


# a sentence about a person, opened by "Hij"/"Zij" ("Hij ... heeft chemische wapens ingezet"), whose
# user the sentence before names: "Sinds 1979 was Saddam Hoessein president van Irak."
_HE_OPENS = re.compile(r"^\W*(?:hij|zij|he|she)\b")


# users listed after the agent: "by government forces of Myanmar, North Korea and Syria and non-state
# armed groups in ...": each one a user of its own
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+(?:and|en))\s+(?:(?:the|de|het)\s+)?$")


def _coordinated_agents(ctx: Context, sent: Sentence, first: Mention) -> list[Mention]:
    if not _AGENT_FORCES.search(fold(ctx.body[max(sent.start, first.start - 50) : first.start])) and not _AGENT.search(
        fold(ctx.body[max(sent.start, first.start - 12) : first.start])
    ):
        return []
    out, last = [], first
    cands = sorted(
        [a for a in ctx.mentions.within("actor", first.end, sent.end) if a.kind == "name"]
        + ctx.mentions.within("group", first.end, sent.end),
        key=lambda a: a.start,
    )
    for a in cands:
        if not _LIST_GAP.match(fold(ctx.body[last.end : a.start])):
            break
        out.append(a)
        last = a
    return out


def _pronoun_actor(ctx: Context, sent: Sentence, use: Mention) -> Mention | None:
    """The one state the paragraph's sentence before names, when this sentence opens with a
    personal pronoun and names no actor of its own; else None."""
    if not _HE_OPENS.match(fold(ctx.body[sent.start : use.start])):
        return None
    before = [s for s in ctx.paragraph_sentences(sent) if s.end <= sent.start]
    if not before:
        return None
    named = [a for a in ctx.mentions.within("actor", before[-1].start, before[-1].end) if a.kind in ("name", "force")]
    if not named or len({a.label for a in named}) != 1 or named[0].label == "NLD":
        return None
    return Mention(use.start, use.start, named[0].label, "name")


# the English genitive before a use noun and at most three words between ("Russia's repeated use",
# "Russia’s widespread and indiscriminate use")
_GENITIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,3}")


# a passive use whose user the next clause names: "... zijn chemische wapens gebruikt en (dat) het
# regime daarvoor verantwoordelijk is"
_RESPONSIBLE = re.compile(r"^[^.;:?!]{0,40}?\ben\s+(?:dat\s+)?(?:de\s+|het\s+)?$")
# ... or "X (waarschijnlijk) verantwoordelijk is voor deze aanval" (the attack the use was part of)
_RESPONSIBLE_AFTER = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:(?:daarvoor|hiervoor|ervoor)\s+(?:\w+\s+)?verantwoordelijk\b|"
    r"(?:\w+\s+)?verantwoordelijk\s+(?:is|was|zijn|waren|wordt\s+gehouden)\s+voor\s+"
    r"(?:de|deze|die|dit|dat)\s+(?:aanval|aanvallen|gebruik|inzet)\b)"
)
# who claims, not who uses: "de regering trekt de conclusie dat", "X stelt / meldt / concludeert dat"
_CLAIM_VERB = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:de\s+conclusie\s+trekt|concludeert|stelt|meldt|verklaart|beweert|"
    r"claimt|zegt|beschuldigt)\b[^.;:?!]{0,60}?\bdat\b"
)


def _held_responsible(ctx: Context, sent: Sentence, use: Mention) -> Mention | None:
    """The actor held responsible right after a passive use ("zijn ... gebruikt en dat X daarvoor
    verantwoordelijk is"), or None."""
    body = ctx.body
    if not _PASSIVE.search(fold(body[max(sent.start, use.start - 60) : use.start + 20])):
        return None
    for a in ctx.mentions.within("actor", use.end, min(sent.end, use.end + 80)):
        if (
            a.kind != "adj"
            and _RESPONSIBLE.match(fold(body[use.end : a.start]))
            and _RESPONSIBLE_AFTER.match(fold(body[a.end : a.end + 60]))
        ):
            return a
    return None


# a conviction is a claim too: "de VS heeft geen enkele twijfel dat", "is ervan overtuigd dat"
_CONVICTION = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:(?:heeft|hebben|had|hadden)\s+geen\s+(?:enkele\s+)?twijfel\s+(?:over\s+)?|"
    r"geen\s+(?:enkele\s+)?twijfel\s+(?:heeft|hebben|had|hadden)\s+|"
    r"(?:is|zijn|was|waren)\s+(?:er\s*van\s+|ervan\s+)?overtuigd\s+)[^.;:?!]{0,40}?\bdat\b"
)
# a ban on the use is no use: "een nationaal moratorium aangenomen op productie, export en gebruik van"
_BAN_BEFORE = re.compile(
    r"\b(?:moratorium|verbod|ban)\b[^.;:]{0,40}?\bop\b[^.;:]{0,60}$|\b(?:verbiedt|verbieden|prohibits?|bans)\b[^.;:]{0,60}$"
)


def _claimant(body: str, a: Mention, use: Mention) -> bool:
    """Is the actor the subject of a claim whose content holds the use ("X concludeert dat ...")?"""
    m = _CLAIM_VERB.match(fold(body[a.end : use.start]))
    return m is not None


_DETERMINER_BEFORE = {
    "de",
    "het",
    "een",
    "deze",
    "die",
    "dit",
    "dat",
    "ieder",
    "elk",
    "elke",
    "zijn",
    "haar",
    "hun",
    "van",
    "voor",
    "tegen",
    "over",
    "toenemende",
    "grootschalige",
    "verdere",
    "verder",
}


def _is_noun(body: str, use: Mention, weapons_before: list[Mention] = ()) -> bool:
    word = fold(body[use.start : use.end])
    if word == "use":  # English: only the noun is read ("the use of"), never a verb with a subject
        return True
    if word not in ("gebruik", "inzet", "aanval", "aanvallen", "inzetting", "wapengebruik"):
        return False
    prev = re.search(r"(\S+)\s+$", body[max(0, use.start - 40) : use.start])
    # "de toenemende inzet"; but "dat Rusland chloorpicrine inzet" is the verb after its object
    adjective = bool(prev and re.fullmatch(r"[a-zà-ÿ]{3,}e", prev.group(1))) and not any(
        w.end == max(0, use.start - 40) + prev.end(1) for w in weapons_before
    )
    return (
        word_before(body, use.start, skip=set()) in _DETERMINER_BEFORE
        or adjective
        or bool(_UNINFLECTED_BEFORE_NOUN.search(fold(body[max(0, use.start - 50) : use.start])))
    )


# a neuter noun takes its adjective uninflected after "het"/"een": "het vermeend gebruik", "een
# mogelijk gebruik", "het grootschalig en herhaald gebruik" (a verb's object never looks like this)
_UNINFLECTED_BEFORE_NOUN = re.compile(
    r"\b(?:het|een|dit|elk|ieder|zulk)\s+(?:(?:[a-zà-ÿ]+(?:lijk|ig|end|eend|erd|aald|"
    r"eld|ief|aal|eel|baar)|vermeend|herhaald|gesteld|beweerd|verder)\s+(?:en\s+)?){1,3}$"
)


def _place(
    ctx: Context, sent: Sentence, actor: Mention, use: Mention, weapon: Mention, title: bool = True
) -> str | None:
    body = ctx.body
    lo = clause_start(body, sent, min(use.start, weapon.start))
    hi = clause_end(body, sent, max(use.end, weapon.end))
    # "..., onder meer in de regio's Charkiv en Cherson": an apposition that narrows the place
    narrow = _NARROWING.match(body, hi, sent.end)
    if not narrow and word_before(body, hi, skip=set()) in _PLACE_PREP:  # "in en rond Izjoem"
        narrow = re.compile(r"en\s+(?=(?:in|bij|rond|nabij|op)\s)").match(body, hi, sent.end)
    if narrow:
        hi = clause_end(body, sent, narrow.end())
    cands = ctx.mentions.within("place", lo, hi) + [a for a in ctx.mentions.within("actor", lo, hi) if a.kind == "name"]
    cands = [
        c
        for c in cands
        if not (actor.start <= c.start < actor.end)
        and fold(body[c.start : c.end]) not in _NOT_PLACE  # "in August 2013": a time, not a place
        and word_before(
            body,
            c.start,
            skip={
                "de",
                "het",
                "stad",
                "regio",
                "provincie",
                "oblast",
                "dorp",
                "steden",
                "s",
                "provincies",
                "oblasten",
                "dorpen",
            },
        )
        in _PLACE_PREP
    ]
    # "op Oekraïens grondgebied"
    for m in re.finditer(r"\bop (\w+ grondgebied)\b", body[lo:hi]):
        if fold(m.group(1).split()[0]) not in ("eigen", "hun", "zijn", "haar", fold(body[actor.start : actor.end])):
            return m.group(1)
    if cands:
        best = min(cands, key=lambda c: (c.start < use.start, abs(c.start - use.start)))
        return _with_coordinated(body, best.start, best.end, sent.end)
    m = _NAMED_PLACE.search(body, lo, hi)
    if m and fold(m.group(1)) not in _NOT_PLACE:
        return _with_coordinated(body, m.start(1), m.end(1), sent.end)
    return _title_place(ctx) if title else None


_NARROWING = re.compile(
    r",\s*(?:onder meer|onder andere|met name|vooral|voornamelijk|waaronder|zoals)\s+"
    r"(?=(?:in|bij|rond|nabij|op)\b)"
)
# "in Saraqib", "bij Vuhledar": a capitalised name after a place preposition (not a month or day)
_NAMED_PLACE = re.compile(
    r"\b(?:in|bij|rond|nabij|op|at|near|on)\s+(?:de\s+(?:stad|regio|omgeving\s+van)\s+|het\s+(?:oosten|westen|"
    r"noorden|zuiden)\s+van\s+)?([A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)*"
    # a name of two or three words: "Khan Sheikoun", "Khan al-Assal", "Tal Abyad"
    r"(?:\s(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)*){0,2})"
)
_NOT_PLACE = _MONTH_NAMES | {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the",
    "het", "de", "een", "totaal", "europa",
}  # fmt: skip


def _with_coordinated(body: str, start: int, end: int, limit: int) -> str:
    """ "Vuhledar en Pokrovsk": a place coordinated with the next capitalised name."""
    m = re.match(r"\s+en\s+([A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)*)", body[end:limit])
    return body[start : end + m.end()] if m else body[start:end]


def _title_place(ctx: Context) -> str | None:
    """A title like "Het gebruik van chemische wapens in Syrië" names where the uses it
    reports took place; used only when the sentence itself names no place."""
    titles = [ctx.structure.subject or ""]
    titles += [
        t
        for t in (s.text(ctx.body) for s in ctx.sents[:3])
        if len(t) < 160 and not t.rstrip().endswith((".", "?", ";"))
    ]
    for title in titles:
        place = _place_in_title(title)
        if place:
            return place
    return None


def _place_in_title(title: str) -> str | None:
    m = re.search(r"\bin ([A-Z][\w\-ëïéü]+(?:[ \-][A-Z][\w\-ëïéü]+)?)", title)
    if m and re.search(r"wapen|munitie|bom|gas|mijn|fosfor", title, re.I):
        return m.group(1)
    return None


def _when(body: str, sent: Sentence, pos: int, doc_date: str | None = None) -> str | None:
    # only a date the text attaches to the claim: "op 3 maart 2022", "in maart 2022", "sinds ..."
    cs = clause_start(body, sent, pos)
    for m in DATE.finditer(body, sent.start, sent.end):
        if m.start() >= cs - 80 and word_before(body, m.start(), skip=set()) in _DATE_PREP:
            return iso_date(m)
    # "op 5 mei jl.": the last such day before the document's own date
    if doc_date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc_date):
        days = list(_DAY_JL.finditer(body, sent.start, sent.end))
        # the day in the use's own clause before one of a reporting clause ("op 30 mei jl. een rapport ...")
        days.sort(key=lambda m: m.start() < cs - 80)
        for m in days:
            month = MONTHS[m.group(2).lower()]
            year = int(doc_date[:4]) - (1 if (month, int(m.group(1))) > (int(doc_date[5:7]), int(doc_date[8:])) else 0)
            return f"{year}-{month:02d}-{int(m.group(1)):02d}"
    return None


_DAY_JL = re.compile(
    r"\bop\s+(\d{1,2})\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+(?:jl|j\.l)\.?", re.I
)


def _certainty(ctx: Context, sent: Sentence, use: Mention) -> str | None:
    cands = [
        c
        for c in ctx.mentions.within("certainty", sent.start, sent.end)
        if not re.search(r"\b(?:zo|zoveel|niet)\s+$", fold(ctx.body[max(0, c.start - 10) : c.start]))
    ]
    if not cands:
        return None
    best = min(cands, key=lambda c: (c.start > use.start, abs(c.start - use.start)))
    return fold(ctx.body[best.start : best.end])


def _claimed_by(ctx: Context, sent: Sentence, use: Mention) -> str | None:
    body = ctx.body
    names = []
    for s in ctx.mentions.within("source", sent.start, sent.end):
        # an acronym source is named by its acronym ("MIVD"), any other as the text writes it
        name = s.label if s.label.isupper() else re.sub(r"\s+", " ", body[s.start : s.end])
        if name not in names:
            names.append(name)
    # "Volgens de Oekraïense strijdkrachten ...": forces or a government as the source
    for m in re.finditer(r"\bvolgens\s+(?:de\s+|het\s+)?", fold(body[sent.start : sent.end])):
        for a in ctx.mentions.within("actor", sent.start + m.end(), sent.start + m.end() + 40):
            if a.start == sent.start + m.end() and a.kind in ("force", "name"):
                name = body[a.start : a.end]
                if not any(fold(name) in fold(n) or fold(n) in fold(name) for n in names):
                    names.append(name)
    # a state that claims it: "de VS heeft geen enkele twijfel dat Assad ...", "Frankrijk stelt dat ..."
    for a in ctx.mentions.within("actor", sent.start, use.start):
        between = fold(body[a.end : use.start])
        if a.kind in ("name", "force") and (_CLAIM_VERB.match(between) or _CONVICTION.match(between)):
            name = body[a.start : a.end]
            if name not in names:
                names.append(name)
    # "Volgens dezelfde organisatie / deze organisatie / de missie": the last source named before
    if not names and re.search(
        r"\bvolgens\s+(?:dezelfde|deze|die|de)\s+(?:organisatie|missie|ngo|bron|rapport)\b|"
        r"^(?:het|dit|dat|hetzelfde)\s+rapport\s+(?:stelt|meldt|concludeert|constateert)\b",
        fold(body[sent.start : sent.end]),
    ):
        # the source named in the same paragraph, just before ("Volgens de X ... Het rapport stelt vast")
        para = body.rfind("\n\n", 0, sent.start)
        before = ctx.mentions.within("source", max(0, para, sent.start - 800), sent.start)
        if before:
            s = before[-1]
            names.append(s.label if s.label.isupper() else re.sub(r"\s+", " ", body[s.start : s.end]))
    if not names and _SERVICES_BACK.search(fold(body[sent.start : use.start])):
        for s in ctx.mentions.within("source", 0, sent.start):
            if s.label in ("MIVD", "AIVD") and s.label not in names:
                names.append(s.label)
        if names and "partnerdienst" in fold(body[sent.start : sent.end]):
            names.append("partnerdiensten")
    return ", ".join(names) if names else None
