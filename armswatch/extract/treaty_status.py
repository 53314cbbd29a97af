"""treaty_status facts: which state is (or is not) party to which weapons treaty.

Patterns of Dutch grammar around "partij":
- "Nederland is partij bij het Verdrag inzake clustermunitie"; "Noch Rusland noch Oekraïne is
  partij bij dit verdrag"; "De Verenigde Staten en Oekraïne zijn geen partij bij dit verdrag";
  in a subordinate clause "dat het partij is bij ..." (the pronoun is the clause's state);
- "Als partij bij het Verdrag ... spant Laos zich in", "Nederland als partij bij ...";
- "verdragspartijen zoals Nederland"; "STATE heeft zich aangesloten bij dit Verdrag";
- "STATE heeft het Verdrag (niet) geratificeerd"; "heeft het Verdrag niet ondertekend" (not
  signed, so not a party; signing alone does not make a party);
- "dit verdrag is voor Nederland rechtsgeldig / van kracht";
- coordinated holders of the status verbs ("Angola, Syrië en Somalië hebben het verdrag nog niet
  ondertekend", "Onder meer Oman en Palau zijn toegetreden"); the passive "is door X geratificeerd";
  the past "X bekrachtigde het Verdrag", "X, dat het verdrag in 2010 ratificeerde"; "X is in 2017
  toegetreden" after the treaty in the same paragraph; "landen die TREATY hebben geratificeerd,
  waaronder X en Y";
- English releases: "X is (not) a party to", "has ratified", "acceded to", "withdrew from",
  "has signed but not ratified", "States Parties such as X and Y";
- the Tractatenblad's party list (treaty_parties.py).
"dit verdrag", "het Verdrag", "de Conventie" resolve to the last treaty named before.
"""

from __future__ import annotations

import re

from armswatch import lexicon
from armswatch.extract import treaty_forms, treaty_lists, treaty_parties
from armswatch.extract.context import Context
from armswatch.extract.facts import make_fact
from armswatch.extract.mentions import Mention, word_before
from armswatch.extract.text import Sentence, fold
from armswatch.record import Fact

_STATE_LIST_GLUE = re.compile(
    r"^(?:\s|,|\ben\b|\bnoch\b|\bzowel\b|\bals\b|\bde\b|\bhet\b|\book\b|\bzelf\b|\bbeide\b|"
    r"\bdat\b|\bdie\b|\bwel\b|\binmiddels\b|\bsinds\b|\bal\b|\bgeen\b|\bniet\b|\bnog\b)*$"
)
# "Rusland is geen partij bij het Ottawa-verdrag, Oekraïne wel"
_CONTRAST = re.compile(r"^\s*,?\s*(?:maar\s+|terwijl\s+)?$")
_NEG = re.compile(r"\b(?:geen|niet|noch|nooit|evenmin|not|never|neither|nor)\b")
# "Frankrijk bekrachtigde het Verdrag ... in 2009"; "Chili, dat het verdrag in 2010 ratificeerde, ..."
_RATIFIED_PAST = re.compile(r"\b(?:ratificeerde|ratificeerden|bekrachtigde|bekrachtigden)\b")
# "Zuid-Korea is in 2017 toegetreden." (the treaty named just before)
_ACCEDED_BARE = re.compile(r"\b(?:is|zijn)\s+(?:[\w.]+\s+){0,4}?toegetreden(?=\s*[.;,])")
# "landen die het verdrag hebben geratificeerd, waaronder Duitsland en Frankrijk"
_GROUP_INCL = re.compile(
    r"\b(?:landen|staten|lidstaten|bondgenoten)\s+(?:die|dat)\s+(?P<clause>[^,;]{0,120}?)"
    r"\b(?P<verb>partij\s+zijn|geratificeerd|bekrachtigd|toegetreden)\b[^,;]{0,20},?\s+"
    r"(?:waaronder|zoals|onder\s+meer|onder\s+andere)\s+$"
)
# English releases: "Denmark is a party to the Convention ...", "the United States is not a State Party to"
_EN_PARTY = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|became|become|remains?)\s+"
    r"(?:(?:not|also|now|already|yet|never|still|since)\s+)*(?:a\s+|an?\s+)?(?:state\s+)?"
    r"part(?:y|ies)\s+to\b"
)
# "Ukraine has ratified the ...", "Tuvalu acceded to the ...", "Lithuania withdrew from the ..."
_EN_VERB = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:(?:not|also|yet|already|since|never)\s+)*)?"
    r"(?P<verb>ratified|acceded\s+to|joined|withdrawn\s+from|withdrew\s+from|signed)\b"
)
_EN_SUCH_AS = re.compile(r"\bstates?\s+parties\s+(?:such\s+as|including|like)\b")
_PARTY = re.compile(
    r"\b(?:(?:is|zijn|was|waren|wordt|worden|werd)\s+(?:\w+\s+){0,5}?)?(?:verdrags)?partij"
    r"(?:\s+meer)?(?:\s+(?:is|zijn|was|waren|geworden|wordt|worden))?\s+(?:bij|van|aan)\b"
)
_AS_PARTY = re.compile(r"\bals\s+(?:verdrags)?partij\s+(?:bij|van)\b")
# "Nederland blijft zich, als verdragspartij, inzetten": the treaty is the one the paragraph is about
_AS_TREATY_PARTY = re.compile(r"\bals\s+verdragspartij\b(?!\s+(?:bij|van)\b)")
# "De Verenigde Staten, Polen en Turkije zijn geen partij." (the treaty named just before)
_PARTY_BARE = re.compile(
    r"\b(?:is|zijn)\s+(?:\w+\s+){0,3}?(?:geen\s+)?(?:verdrags)?partij(?:\s+(?:meer|geweest|geworden))?(?=\s*[.;,])"
)
# "Evenmin zijn zij partij bij ...": the subject is the pronoun after the verb
_PRONOUN_AFTER = re.compile(r"^(?:is|zijn|was|waren)\s+(?:zij|ze|beide|beiden)\b")
# "Litouwen heeft zich met ingang van 7 maart 2025 teruggetrokken uit het Verdrag": a withdrawal
# stated as done; "trekt zich terug" / "wil zich terugtrekken" is not yet effective and says nothing
_WITHDRAWN = re.compile(r"\b(?:heeft|hebben|had|hadden)\s+zich\s+(?:[\w.]+\s+){0,6}?teruggetrokken\s+uit\b")
# "Zuid-Sudan is in 2023 tot het verdrag toegetreden"; "Rusland is niet tot het verdrag toegetreden"
_ACCEDED_TO = re.compile(r"\b(?:is|zijn|was|waren)\s+(?:[\w.]+\s+){0,5}?tot\s+(?:het\s+|de\s+)?$")
_SUCH_AS = re.compile(r"\bverdragspartijen\s+(?:zoals|waaronder|als)\b")
_JOINED = re.compile(r"\b(?:heeft|hebben|had|hadden)\s+zich\s+(?:\w+\s+){0,5}?aangesloten\s+bij\b")
_RATIFIED = re.compile(r"\b(?:geratificeerd|bekrachtigd|ondertekend|getekend)\b")
_ACCEDED = re.compile(r"\b(?:trad|traden|is|zijn)\s+(?:\w+\s+){0,4}?(?:toe|toegetreden)\s+tot\b")
_IN_FORCE = re.compile(r"\bvoor\s+(?:\w+\s+){0,3}?(?:rechtsgeldig|van kracht|bindend|in werking)\b")
_PRONOUN = re.compile(r"\b(?:het|zij|hij|dit land|het land)\s+$")

# literal words (folded) that every match of each pattern contains; see _scan
_NEEDS = {
    _PARTY: ("partij",),
    _AS_PARTY: ("partij",),
    _SUCH_AS: ("verdragspartijen",),
    _JOINED: ("aangesloten",),
    _ACCEDED: ("toe",),
    _WITHDRAWN: ("teruggetrokken",),
    _PARTY_BARE: ("partij",),
    _AS_TREATY_PARTY: ("verdragspartij",),
    _RATIFIED: ("tekend", "geratificeerd", "bekrachtigd"),
    _IN_FORCE: ("rechtsgeldig", "van kracht", "bindend", "in werking"),
    _RATIFIED_PAST: ("ratificeerde", "bekrachtigde"),
    _ACCEDED_BARE: ("toegetreden",),
    _EN_PARTY: ("part",),
    _EN_VERB: ("ratified", "acceded", "joined", "withdr", "signed"),
    _EN_SUCH_AS: ("parties",),
}


def extract(ctx: Context) -> list[Fact]:
    facts, seen = [], set()
    for sent in ctx.claim_sentences():
        for state, treaty, party, focus in _statuses(ctx, sent):
            key = (state, treaty, party)
            # "dit verdrag" with no treaty of the lexicon before it (a test-ban treaty, a trade
            # agreement): a status of an unknown treaty tells a reader nothing they can count
            if key in seen or treaty is None:
                continue
            seen.add(key)
            facts.append(
                make_fact(
                    "treaty_status",
                    ctx.body,
                    sent.start,
                    sent.end,
                    {"state": state, "treaty": treaty, "party": party},
                    focus=focus,
                )
            )
    facts += [f for f in _with_protocols(ctx, facts) if (f.fields["state"], f.fields["treaty"], True) not in seen]
    for f in treaty_parties.extract(ctx):  # the Tractatenblad's party list
        key = (f.fields["state"], f.fields["treaty"], f.fields["party"])
        if key not in seen:
            seen.add(key)
            facts.append(f)
    return facts


# in force for a state, said as done (a date to come is not yet a party's)
_ENTERED_FORCE = re.compile(
    r"\bin werking (?:getreden|trad)\b|\bentered into force\b|\btrad\b[^.;]{0,60}\bin werking\b"
)


# "partij bij het verdrag en de vijf bijbehorende protocollen", "... and all its Protocols"
_AND_PROTOCOLS = re.compile(
    r"\b(?:en|and)\s+(?:de|alle|haar|zijn|its|all(?:\s+its)?|the)\s+(?:\w+\s+){0,2}?(?:protocollen|protocols)\b"
)


def _with_protocols(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A party to a treaty "and its protocols" is party to each protocol of the contract."""
    protocols = {t["id"]: t["protocols"] for t in lexicon.treaties()["treaty"] if t.get("protocols")}
    out = []
    for f in facts:
        if f.fields["party"] is not True or f.fields["treaty"] not in protocols:
            continue
        if not _AND_PROTOCOLS.search(fold(f.quote)):
            continue
        for p in protocols[f.fields["treaty"]]:
            g = make_fact("treaty_status", ctx.body, f.span[0], f.span[1], {**f.fields, "treaty": p})
            out.append(g)
    return out


def _statuses(ctx: Context, sent: Sentence):
    body = ctx.body
    text = fold(body[sent.start : sent.end])
    states = [a for a in ctx.mentions.within("actor", sent.start, sent.end) if a.kind == "name"]
    if ctx.is_confirmed(sent.start):  # "Klopt het dat ...?" answered "Ja": read the clause after "dat"
        m = re.search(r"\bdat\b", text)
        text_start = sent.start + (m.end() if m else 0)
    else:
        text_start = sent.start
    # 1. "STATE(S) is/zijn (geen) partij bij TREATY"
    for m in _scan(_PARTY, text):
        a, b = sent.start + m.start(), sent.start + m.end()
        if a < text_start or ctx.is_quoted(a):
            continue
        treaty = _treaty_after(ctx, b, sent)
        if not treaty:
            continue
        subj = _subject_states(ctx, sent, states, a)
        if not subj:  # inverted order: "Van de 32 bondgenoten zijn de Verenigde Staten geen partij"
            subj = _subject_states(ctx, sent, states, a + re.search(r"(?:verdrags)?partij", m.group(0)).start())
            subj = [s for s in subj if s.start >= a]
        if not subj and _PRONOUN_AFTER.match(text[m.start() :]):
            subj = _previous_subjects(ctx, sent)
            seg = text[max(0, m.start() - 12) : m.end()]
        elif subj:
            seg = fold(body[subj[0].start : b])
        if not subj:
            continue
        party = not _NEG.search(seg) and "niet-verdragspartij" not in seg
        for s in subj:
            yield s.label, treaty, party, a
        if not party:
            for s in states:
                if (
                    s.start > b
                    and re.match(r"\s+wel\b", body[s.end : s.end + 6])
                    and _CONTRAST.match(fold(body[_treaty_end(ctx, b, sent) : s.start]))
                ):
                    yield s.label, treaty, True, s.start
    # 2. "Als partij bij TREATY ... STATE", "STATE als partij bij TREATY"
    for m in _scan(_AS_PARTY, text):
        a, b = sent.start + m.start(), sent.start + m.end()
        treaty = _treaty_after(ctx, b, sent)
        if not treaty:
            continue
        just_before = [s for s in states if 0 <= a - s.end <= 2]
        after = [s for s in states if s.start > b and s.start - b < 150]
        target = just_before[-1] if just_before else (after[0] if after and m.start() < 3 else None)
        if target is None and after and re.match(r"\s*als\b", text):
            target = after[0]
        if target:
            yield target.label, treaty, True, a
    # 3. "verdragspartijen zoals Nederland"
    for m in _scan(_SUCH_AS, text):
        if re.search(r"niet[\s\-]*$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "niet-verdragspartijen zoals de VS"
        b = sent.start + m.end()
        for s in states:
            if 0 <= s.start - b <= 3:
                treaty = _treaty_before(ctx, s.start)
                if treaty:
                    yield s.label, treaty, True, s.start
    # 4. "STATE heeft zich aangesloten bij TREATY", "Syrië trad in 2013 toe tot het CWC"
    for m in list(_scan(_JOINED, text)) + list(_scan(_ACCEDED, text)):
        a, b = sent.start + m.start(), sent.start + m.end()
        treaty = _treaty_after(ctx, b, sent)
        subj = [s for s in states if s.end <= a and a - s.end < 60]
        if treaty and subj:
            party = not _NEG.search(fold(body[subj[-1].start : b]))
            for s in _coordinated(ctx, sent, states, subj[-1]):  # "Oman en Palau zijn toegetreden"
                yield s.label, treaty, party, a
    # 4b. "STATE is (niet) tot TREATY toegetreden"
    for t in ctx.mentions.starting("treaty_all", sent.start, sent.end):
        if not re.match(r"\s+toegetreden\b", body[t.end : t.end + 14]):
            continue
        m = _ACCEDED_TO.search(fold(body[max(sent.start, t.start - 80) : t.start]))
        if not m:
            continue
        a = max(sent.start, t.start - 80) + m.start()
        subj = [s for s in states if s.end <= a and a - s.end < 3]
        treaty = _resolve(ctx, t)
        if treaty and subj:
            yield subj[-1].label, treaty, not _NEG.search(fold(body[a : t.start])), a
    # 4c. "STATE heeft zich (met ingang van DATE) teruggetrokken uit TREATY"
    for m in _scan(_WITHDRAWN, text):
        a, b = sent.start + m.start(), sent.start + m.end()
        treaty = _treaty_after(ctx, b, sent)
        subj = [s for s in states if s.end <= a and a - s.end < 3]
        if treaty and subj and not _NEG.search(m.group(0)):
            yield subj[-1].label, treaty, False, a
    # 4d. "STATE(S) zijn geen partij." with the treaty named just before in the paragraph
    for m in _scan(_PARTY_BARE, text):
        a = sent.start + m.start()
        if a < text_start or ctx.is_quoted(a):
            continue
        # the last treaty named, or referred to ("het verdrag" -> its antecedent), just before
        refs = [t for t in ctx.mentions.by_kind["treaty_all"] if t.end <= a and a - t.end < 600]
        treaty = _resolve(ctx, refs[-1]) if refs else None
        subj = _subject_states(ctx, sent, states, a)
        if treaty and subj:
            party = not _NEG.search(fold(body[subj[0].start : sent.start + m.end()]))
            for s in subj:
                yield s.label, treaty, party, a
    # 4f. "Voor Turkije is het Chemische Wapensverdrag op 11 juni 1997 in werking getreden", "the
    # Convention entered into force for Angola in 2015": in force for a state, the state is bound
    for t in ctx.mentions.starting("treaty_all", sent.start, sent.end):
        tail = fold(body[t.end : min(sent.end, t.end + 90)])
        force = _ENTERED_FORCE.search(tail)
        if not force or _NEG.search(tail[: force.end()]):
            continue
        for s in states:
            before_treaty = 0 <= t.start - s.end <= 25 and word_before(body, s.start) in ("voor", "for")
            inside = t.end <= s.start < t.end + force.end() + 6 and word_before(body, s.start) in ("voor", "for")
            treaty = _resolve(ctx, t) if (before_treaty or inside) else None
            if treaty:
                yield s.label, treaty, True, s.start
    # 4e. "Nederland blijft zich, als verdragspartij, inzetten voor ..."
    for m in _scan(_AS_TREATY_PARTY, text):
        a = sent.start + m.start()
        treaty = _treaty_before(ctx, a, within=1500)
        subj = [
            s
            for s in states
            if s.end <= a and a - s.end < 20 and re.fullmatch(r"[\s,]*(?:\w+\s+zich\s*,?\s*)?", body[s.end : a])
        ]
        if treaty and subj:
            yield subj[-1].label, treaty, True, a
    # 5. "STATE heeft TREATY (niet) geratificeerd / ondertekend"
    for m in _scan(_RATIFIED, text):
        a = sent.start + m.start()
        tre = [t for t in ctx.mentions.by_kind["treaty_all"] if sent.start <= t.start < a and a - t.end < 40]
        subj = [
            s for s in states if s.end <= (tre[-1].start if tre else a) and (tre[-1].start if tre else a) - s.end < 25
        ]
        # "België als enige NAVO-land (in aanvulling op ...) het Verdrag": the subject across an apposition
        lead = _before_apposition(ctx, sent, states, tre[-1].start) if tre else None
        if tre and not subj and lead:
            subj = [lead]
        if not tre or not subj:
            continue
        treaty = _resolve(ctx, tre[-1])
        neg = bool(_NEG.search(fold(body[subj[-1].start : sent.start + m.end()])))
        word = m.group(0)
        holders = _coordinated(ctx, sent, states, subj[-1])  # "Angola, Syrië en Somalië hebben ..."
        if lead and lead not in holders:
            holders = [*_coordinated(ctx, sent, states, lead), *holders]
        for s in holders:
            if word in ("ondertekend", "getekend"):
                if neg:  # not even signed: not a party
                    yield s.label, treaty, False, a
            elif treaty:
                yield s.label, treaty, not neg, a
    # 5b. "Het verdrag is door Nigeria in 2023 geratificeerd"
    for m in _scan(_RATIFIED, text):
        a = sent.start + m.start()
        if m.group(0) not in ("geratificeerd", "bekrachtigd"):
            continue
        for t in ctx.mentions.starting("treaty_all", sent.start, a):
            after = [s for s in states if t.end < s.start < a]
            if not after or not re.fullmatch(
                r"\s+(?:is|zijn|werd|werden)\s+(?:inmiddels\s+|ook\s+|al\s+)?door\s+"
                # "door enkele bondgenoten, waaronder Duitsland en Italië, geratificeerd"
                r"(?:(?:[\w-]+\s+){0,3}?[\w-]*(?:landen|staten|genoten)\s*,?\s*(?:waaronder|zoals|onder\s+(?:meer|andere))\s+)?",
                fold(body[t.end : after[0].start]),
            ):
                continue
            treaty = _resolve(ctx, t)
            party = not _NEG.search(fold(body[t.start : sent.start + m.end()]))
            for s in _coordinated(ctx, sent, states, after[0], forward=True):
                if treaty and s.end <= a:
                    yield s.label, treaty, party, a
    # 5c. "Frankrijk bekrachtigde het Verdrag ..."; "Chili, dat het verdrag in 2010 ratificeerde, ..."
    for m in _scan(_RATIFIED_PAST, text):
        a, b = sent.start + m.start(), sent.start + m.end()
        treaty = _treaty_after(ctx, b, sent)
        subj = _subject_states(ctx, sent, states, a) if treaty else []
        inverted = [s for s in states if 0 < s.start - b <= 2]
        if not subj and inverted:
            # "In 2011 ratificeerde Ghana (als twintigste land) het verdrag": after an
            # opening adverbial the subject follows the verb, the treaty comes after the subject
            t = ctx.mentions.starting("treaty_all", inverted[0].end, min(sent.end, inverted[0].end + 60))
            if t and _resolve(ctx, t[0]):
                subj, treaty = [inverted[0]], _resolve(ctx, t[0])
        if not treaty:  # the relative clause: "STATE, dat TREATY ... ratificeerde"
            tre = [t for t in ctx.mentions.starting("treaty_all", sent.start, a) if a - t.end < 40]
            if tre:
                head = fold(body[sent.start : tre[-1].start])
                rel = re.search(r",\s*(?:dat|die)\s+$", head)
                subj = [s for s in states if rel and 0 <= sent.start + rel.start() - s.end <= 1]
                treaty = _resolve(ctx, tre[-1])
        if treaty and subj:
            party = not _NEG.search(text[m.start() : m.end() + 60].split(",")[0])
            for s in subj:
                yield s.label, treaty, party, a
    # 5d. "Zuid-Korea is in 2017 toegetreden." with the treaty named just before
    for m in _scan(_ACCEDED_BARE, text):
        a = sent.start + m.start()
        # only a treaty of the same paragraph: "toegetreden" alone may be to NATO or the EU
        para = ctx.paragraph_sentences(sent)[0].start
        refs = [t for t in ctx.mentions.by_kind["treaty_all"] if para <= t.start and t.end <= a]
        if not refs:
            continue
        treaty = _resolve(ctx, refs[-1])
        subj = _subject_states(ctx, sent, states, a)
        if treaty and subj:
            for s in subj:
                yield s.label, treaty, not _NEG.search(m.group(0)), a
    # 5e. "landen die het verdrag hebben geratificeerd, waaronder Duitsland en Frankrijk"
    listed = states if any(w in text for w in ("waaronder", "zoals", "onder meer", "onder andere")) else ()
    for s0 in listed:
        m = _GROUP_INCL.search(fold(body[max(sent.start, s0.start - 200) : s0.start]))
        if not m:
            continue
        off = max(sent.start, s0.start - 200)
        tre = ctx.mentions.starting("treaty_all", off + m.start("clause"), off + m.end("clause"))
        if not tre or not _resolve(ctx, tre[0]):
            continue
        party = not _NEG.search(m.group("clause"))
        for s in _coordinated(ctx, sent, states, s0, forward=True):
            yield s.label, _resolve(ctx, tre[0]), party, s.start
    # 5f. English: "X is (not) a party to TREATY", "X has ratified / acceded to / withdrew from TREATY"
    yield from _english(ctx, sent, states, text)
    # 5g. bound by, members of the treaty's organisation, "samen met andere landen die partij zijn"
    yield from _bound(ctx, sent, states, text, text_start)
    # 5h. coordinated treaties, "alleen partij bij", a signature with its approval to come (treaty_forms)
    if text_start == sent.start:
        yield from treaty_forms.statuses(ctx, sent, states)
        # 5i. lists of the states outside a treaty, its founders, "zich bij het verdrag aangesloten"
        yield from treaty_lists.statuses(ctx, sent, states)
    # 6. "dit verdrag is voor Nederland rechtsgeldig"
    for m in _scan(_IN_FORCE, text):
        a = sent.start + m.start()
        if a < text_start:
            continue
        tre = [t for t in ctx.mentions.by_kind["treaty_all"] if text_start <= t.start < a]
        subj = [s for s in states if a <= s.start < sent.start + m.end()]
        if tre and subj:
            treaty = _resolve(ctx, tre[-1])
            if treaty:
                yield subj[0].label, treaty, not _NEG.search(fold(body[tre[-1].start : sent.start + m.end()])), a


def _english(ctx: Context, sent: Sentence, states: list[Mention], text: str):
    body = ctx.body
    for m in _scan(_EN_PARTY, text):
        a, b = sent.start + m.start(), sent.start + m.end()
        treaty = _treaty_after(ctx, b, sent)
        subj = _subject_states(ctx, sent, states, a) if treaty else []
        party = not _NEG.search(fold(body[subj[0].start : b])) if subj else True
        for s in subj:
            yield s.label, treaty, party, a
    for m in _scan(_EN_VERB, text):
        a, b = sent.start + m.start(), sent.start + m.end()
        treaty = _treaty_after(ctx, b, sent)
        subj = _subject_states(ctx, sent, states, a) if treaty else []
        if not subj:
            continue
        verb, neg = m.group("verb"), bool(_NEG.search(fold(body[subj[0].start : b])))
        if verb.startswith("withdr"):
            if neg or verb.startswith("withdrawn") and not re.search(r"\b(?:has|have|had)\b", m.group(0)):
                continue
            party = False
        elif verb == "signed":
            if not neg and not re.search(r"\bbut\s+(?:has\s+|have\s+)?not\s+(?:yet\s+)?ratified\b", text[m.end() :]):
                continue  # a signature alone says nothing more than that
            party = False
        else:
            party = not neg
        for s in subj:
            yield s.label, treaty, party, a
    for m in _scan(_EN_SUCH_AS, text):
        b = sent.start + m.end()
        first = [s for s in states if 0 <= s.start - b <= 5]
        treaty = _treaty_before(ctx, b) or _treaty_after(ctx, b, Sentence(b, sent.end, sent.para)) if first else None
        if not treaty:
            named = [t for t in ctx.mentions.starting("treaty", b, sent.end)]
            treaty = named[0].label if first and named else None
        if treaty:
            for s in _coordinated(ctx, sent, states, first[0], forward=True):
                yield s.label, treaty, True, s.start


def _coordinated(
    ctx: Context, sent: Sentence, states: list[Mention], anchor: Mention, forward: bool = False
) -> list[Mention]:
    """The states coordinated with ``anchor`` ("Angola, Syrië en Somalië"): backwards from the
    last of a subject, or forwards from the first of a list after "door" / "waaronder"."""
    group = [anchor]
    i = states.index(anchor)
    step = 1 if forward else -1
    j = i + step
    while 0 <= j < len(states):
        s = states[j]
        a, b = (group[-1].end, s.start) if forward else (s.end, group[0].start)
        if not re.fullmatch(
            r"\s*(?:,\s*(?:en\s+|and\s+)?|\s(?:en|and|of|or)\s+)\s*(?:de\s+|het\s+|the\s+)?", ctx.body[a:b]
        ):
            break
        group.append(s) if forward else group.insert(0, s)
        j += step
    return group


def _scan(rx: re.Pattern[str], text: str):
    """``rx.finditer(text)``, skipped when ``text`` (folded) holds none of the literal words
    that every match of ``rx`` contains (``_NEEDS``): most sentences hold none, and scanning
    them with ten patterns each was a third of this extractor's time. Same matches either way."""
    return rx.finditer(text) if any(w in text for w in _NEEDS[rx]) else ()


def _subject_states(ctx: Context, sent: Sentence, states: list[Mention], verb: int) -> list[Mention]:
    """The states that are the subject right before the verb: "Noch Rusland noch Oekraïne",
    "De Verenigde Staten en Oekraïne", or the pronoun "het" standing for the sentence's state."""
    body = ctx.body
    # "Rusland, dat sinds 2022 ... gebruikt, is nooit partij": skip the relative clause
    rel = re.search(r",\s*(?:dat|die)\s.*,\s*$", fold(body[sent.start : verb]))
    if rel:
        verb = sent.start + rel.start()
    before = [s for s in states if s.end <= verb]
    subj: list[Mention] = []
    pos = verb
    for s in reversed(before):
        glue = fold(body[s.end : pos])
        if not _STATE_LIST_GLUE.match(glue):
            break
        subj.insert(0, s)
        pos = s.start
    if subj:
        return subj
    if _PRONOUN.search(fold(body[max(sent.start, verb - 12) : verb])) and before:
        return [before[0]]
    return []


# what may stand between a subject and its object: an apposition ("als enige NAVO-land", "als
# enige land in de regio", "als eerste lidstaat") and a remark in brackets ("(in aanvulling op ...)")
_APPOSITION = re.compile(
    r"^\s*(?:heeft|hebben)?\s*(?:als\s+(?:enige|eerste|tweede|derde|laatste|\w+ste)\s+[\w-]+\s*"
    r"(?:(?:in|van|uit|binnen|op)\s+(?:de\s+|het\s+)?[\w-]+\s*)?)?"
    r"(?:\([^()]{0,200}\)\s*)?(?:inmiddels\s+|ook\s+|al\s+|nu\s+)?(?:het|de)?\s*$"
)


def _before_apposition(ctx: Context, sent: Sentence, states: list[Mention], at: int) -> Mention | None:
    """The state that is the subject of a verb whose object starts at ``at``, across an
    apposition or a bracketed remark between them; None when there is neither."""
    for s in reversed([s for s in states if s.end <= at and at - s.end <= 240]):
        gap = fold(ctx.body[s.end : at])
        if ("als " in gap or "(" in gap) and _APPOSITION.match(gap):
            return s
    return None


def _previous_subjects(ctx: Context, sent: Sentence) -> list[Mention]:
    """The coordinated states that open the previous sentence of the paragraph ("zij")."""
    prev = [p for p in ctx.paragraph_sentences(sent) if p.end <= sent.start]
    if not prev:
        return []
    p = prev[-1]
    states = [a for a in ctx.mentions.within("actor", p.start, p.end) if a.kind == "name"]
    group: list[Mention] = states[:1]
    for s in states[1:]:
        if not _STATE_LIST_GLUE.match(fold(ctx.body[group[-1].end : s.start])):
            break
        group.append(s)
    return group


# the treaty series' formula before a treaty's name: "het op 10 oktober 1980 te Genève tot stand
# gekomen Verdrag inzake ...", "het te New York gesloten Verdrag"
_CONCLUDED = re.compile(
    r"\s*(?:het|de)\s+(?:op|te|in)\s+[^,;.]{0,80}?\b(?:tot\s*stand\s*gekomen|totstandgekomen|gesloten|"
    r"aangenomen|ondertekende)\s+",
    re.I,
)


def _treaty_near(ctx: Context, pos: int, sent: Sentence) -> Mention | None:
    """The first treaty (or "het verdrag") starting within 40 characters after pos in the sentence
    (after the formula of where and when it was concluded, if that comes first)."""
    formula = _CONCLUDED.match(ctx.body, pos, sent.end)
    start = formula.end() if formula else pos
    near = ctx.mentions.starting("treaty_all", pos, min(sent.end, start + 40))
    return near[0] if near else None


def _treaty_after(ctx: Context, pos: int, sent: Sentence) -> str | None:
    t = _treaty_near(ctx, pos, sent)
    return _resolve(ctx, t) if t else None


def _treaty_end(ctx: Context, pos: int, sent: Sentence) -> int:
    t = _treaty_near(ctx, pos, sent)
    return t.end if t else pos


def _treaty_before(ctx: Context, pos: int, within: int = 2000) -> str | None:
    named = [t for t in ctx.mentions.by_kind["treaty"] if t.end <= pos and pos - t.end < within]
    return named[-1].label if named else None


def _resolve(ctx: Context, t: Mention) -> str | None:
    """A named treaty is itself; "dit verdrag" is the last treaty named before it."""
    return t.label if t.label != "ref" else _treaty_before(ctx, t.start)


# "Nederland is gebonden aan het Verdrag inzake clustermunitie"; "niet aan het verdrag gebonden
# landen als Oekraïne"; "Syrië werd in 2013 lid van de OPCW" (the CWC's organisation: its members
# are the CWC's parties); "Met de andere staten die partij zijn bij het verdrag werkt België aan"
# (the other parties imply the subject is one); "Syria's obligations as a State Party to"
_BOUND = re.compile(
    r"\b(?:(?:is|zijn|was|waren|blijft|blijven)\s+(?:\w+\s+){0,3}?gebonden|"
    r"gebonden\s+(?:is|zijn|was|waren|blijft|blijven))\s+aan\b"
)
_BOUND_GROUP = re.compile(
    r"\b(?P<neg>niet\s+)?aan\s+(?:het|dit|de|deze)\s+(?:\w+\s+){0,4}?gebonden\s+"
    r"(?:landen|staten)\s+(?:als|zoals)\s+$"
)
_MEMBER = re.compile(
    r"\b(?:is|zijn|was|waren|werd|werden|wordt|worden)\s+(?:[\w.]+\s+){0,6}?"
    r"(?P<neg>geen\s+)?lid\s+(?:geworden\s+)?van\s+de\s+(?:organisatie\s+voor\s+het\s+verbod\s+op\s+"
    r"chemische\s+wapens|opcw)\b"
)
_EN_MEMBER = re.compile(
    r"\b(?:is|are|was|were|became|has\s+become)\s+(?P<neg>not\s+|no\s+longer\s+)?(?:an?\s+)?"
    r"(?:opcw\s+member(?:\s+state)?|member(?:\s+state)?\s+of\s+the\s+opcw)\b"
)
# a relative clause on the state, the organisation named just before: "Syrië, dat geen lid is, ..."
_MEMBER_RELATIVE = re.compile(
    r"^\s*,\s*(?:dat|die|which)\s+(?P<neg>geen\s+|not\s+)?(?:lid\s+is|is\s+(?:an?\s+)?member)\b"
)
_TO_WHICH = re.compile(r",?\s*(?:to which|waarbij)\s+$")
_PARTY_AFTER = re.compile(
    r"^\s+(?:(?:has|have|had)\s+been|is|are|was|were|became)\s+(?P<neg>not\s+)?(?:an?\s+)?(?:state\s+)?(?:party|parties)\b"
    # the Dutch verb last: "waarbij Syrië sinds 2013 partij is"
    r"|^\s+(?:[\w-]+\s+){0,3}?(?P<nl_neg>geen\s+)?partij\s+(?:is|was|werd|zijn|waren)\b"
)
_OTHER_PARTIES = re.compile(r"\b(?:met|als)\s+(?:de\s+)?andere\s+(?:landen|staten)\s+die\s+partij\s+zijn\s+bij\b")
_EN_AS_PARTY = re.compile(r"(?:['’]s?\s+(?:\w+\s+){0,2}?|,\s*)as\s+a\s+state\s+party\s+to\b")
# only a party is held to a treaty's terms: "Syria's (return to full) compliance with the
# Convention", "Iran's obligations under the NPT", "de naleving door Syrië van het CWC"
_EN_COMPLIANCE = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,4}?(?:(?:non-?)?compliance\s+with|obligations\s+under)\s+")
_NL_COMPLIANCE = re.compile(r"\bnaleving\s+door\s+$")


def _bound(ctx: Context, sent: Sentence, states: list[Mention], text: str, text_start: int):
    body = ctx.body
    if "gebonden" in text:
        for m in _BOUND.finditer(text):
            a, b = sent.start + m.start(), sent.start + m.end()
            treaty = _treaty_after(ctx, b, sent) if a >= text_start else None
            subj = _subject_states(ctx, sent, states, a) if treaty else []
            for st in subj:
                yield st.label, treaty, not _NEG.search(fold(body[subj[0].start : b])), a
        for s0 in states:
            m = _BOUND_GROUP.search(fold(body[max(sent.start, s0.start - 120) : s0.start]))
            if not m:
                continue
            off = max(sent.start, s0.start - 120)
            tre = ctx.mentions.starting("treaty_all", off + m.start(), off + m.end())
            treaty = _resolve(ctx, tre[0]) if tre else None
            if treaty:
                for st in _coordinated(ctx, sent, states, s0, forward=True):
                    yield st.label, treaty, not m.group("neg"), st.start
    if "opcw" in text or "chemische wapens" in text:
        for m in _MEMBER.finditer(text):
            a = sent.start + m.start()
            subj = _subject_states(ctx, sent, states, a) if a >= text_start else []
            if not subj:  # "werd Syrië lid van de OPCW": the subject after the verb
                subj = [st for st in states if a < st.start < sent.start + m.end()][:1]
            for st in subj:
                yield st.label, "CWC", not m.group("neg") and not _NEG.search(fold(body[a : st.start])), a
    if "member" in text and "opcw" in text:  # "Syria is not an OPCW member state"
        for m in _EN_MEMBER.finditer(text):
            a = sent.start + m.start()
            subj = _subject_states(ctx, sent, states, a) if a >= text_start else []
            for st in subj:
                yield st.label, "CWC", not m.group("neg"), a
    if "to which" in text or "waarbij" in text:  # "the Convention, to which Syria has been a party since 2013"
        for st in states:
            m = _TO_WHICH.search(fold(body[max(sent.start, st.start - 60) : st.start]))
            tail = _PARTY_AFTER.match(fold(body[st.end : min(sent.end, st.end + 40)]))
            if not (m and tail):
                continue
            off = max(sent.start, st.start - 60)
            tre = [t for t in ctx.mentions.by_kind["treaty_all"] if off <= t.end <= off + m.start() + 2]
            treaty = _resolve(ctx, tre[-1]) if tre else None
            if treaty:
                yield st.label, treaty, not (tail.group("neg") or tail.group("nl_neg")), st.start
    if "lid is" in text:  # "Syrië, dat geen lid is, ...": the OPCW named just before
        for st in states:
            m = _MEMBER_RELATIVE.match(fold(body[st.end : min(sent.end, st.end + 30)]))
            if m and "opcw" in fold(body[max(0, st.start - 600) : st.start]):
                yield st.label, "CWC", not m.group("neg"), st.start
    if "andere" in text:
        for m in _OTHER_PARTIES.finditer(text):
            b = sent.start + m.end()
            treaty = _treaty_after(ctx, b, sent)
            after = [
                st
                for st in states
                if st.start > b
                and word_before(body, st.start)
                not in ("van", "in", "aan", "met", "bij", "tegen", "voor", "door", "uit")
            ]
            if treaty and after and sent.start + m.start() >= text_start:
                yield after[0].label, treaty, True, sent.start + m.start()
    if "complian" in text or "obligations" in text or "naleving" in text:
        yield from _compliance(ctx, sent, states, text_start)
    if "state party" in text:
        for m in _EN_AS_PARTY.finditer(text):
            a, b = sent.start + m.start(), sent.start + m.end()
            treaty = _treaty_after(ctx, b, sent)
            before = [st for st in states if 0 <= a - st.end <= 1]
            if treaty and before:
                yield before[-1].label, treaty, True, a


def _compliance(ctx: Context, sent: Sentence, states: list[Mention], text_start: int):
    """A state held to a treaty's terms is its party: the English genitive before "compliance
    with" / "obligations under" TREATY, or "naleving door STATE van TREATY"."""
    body = ctx.body
    for st in states:
        if st.start < text_start:
            continue
        m = _EN_COMPLIANCE.match(fold(body[st.end : st.end + 80]))
        if m is None and _NL_COMPLIANCE.search(fold(body[max(sent.start, st.start - 30) : st.start])):
            m = re.match(r"\s+van\s+", body[st.end : st.end + 8])
        if m is None:
            continue
        t = ctx.mentions.starting("treaty_all", st.end + m.end(), min(sent.end, st.end + m.end() + 5))
        treaty = _resolve(ctx, t[0]) if t else None
        if treaty:
            yield st.label, treaty, True, st.start
