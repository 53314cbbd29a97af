"""treaty_status: forms of saying party status that treaty_status's main patterns leave out.

- two treaties coordinated after one status: "Soedan is partij bij het Geneefs Protocol en het
  Chemischewapenverdrag" (each treaty gets the status);
- "alleen partij bij A" beside another treaty named in the same sentence: party to A, not to the
  other ("X is partij bij A en B, Y is alleen partij bij A");
- a signature whose approval is still to come: "Op 3 juni is het verdrag voor het Koninkrijk
  ondertekend. Het voorstel van rijkswet tot goedkeuring volgt in 2014." — signed, so not yet a
  party (a signature alone never makes a party; the pending approval says it is not ratified);
- English, the pronoun for the state: "the Holy See, as it did when it acceded to the Convention";
- a ratification still to come: "Nederland zal het verdrag zo spoedig mogelijk ratificeren", "The
  Netherlands will do its utmost to ratify it" (the treaty of the sentence, or the one named last
  before it): not yet a party;
- presiding over a treaty or its meeting of states parties: "the Netherlands was honored to serve as
  the President of the Convention on Cluster Munitions", "the Priorities of its Presidency of the
  19th Meeting of States Parties", "Nederland is voorzitter van het Verdrag inzake clustermunitie":
  only a party presides, so the state is one;
- an appeal to join: "pogingen de Verenigde Staten en Turkije ertoe te brengen dit verdrag te
  ondertekenen", "roept Rusland op het verdrag te ratificeren", "urges Iran to accede to the
  Convention": the states appealed to are not (yet) parties.

Called from treaty_status._statuses with the sentence's states; yields (state, treaty, party, focus).
"""

from __future__ import annotations

import re

from armswatch.extract import treaty_status as ts  # (imports this module: names are read at call time)
from armswatch.extract.context import Context
from armswatch.extract.mentions import Mention
from armswatch.extract.text import Sentence, fold

# (the treaties may be listed as examples: "partij bij verschillende verdragen, zoals het VN-wapenhandelsverdrag,
# het clustermunitieverdrag en ...", "party to various treaties, such as the UN Arms Trade Treaty, ...")
_PARTY_BIJ = re.compile(
    r"\b(?:is|zijn|was|waren|blijft|blijven|are|were|remains?)\s+(?:\w+\s+){0,4}?(?:verdrags)?part(?:ij|y)\s+(?:bij|van|to)\s+"
    r"(?:(?:verschillende|diverse|meerdere|enkele|een\s+aantal|several|various|a\s+number\s+of)\s+(?:\w+\s+)?"
    r"(?:verdragen|conventies|treaties|conventions|instruments)\s*,?\s*(?:zoals|waaronder|onder\s+meer|such\s+as|including)\s+)?"
    r"(?:het\s+|de\s+|the\s+)?(?:vn-|vn\s+|un\s+)?$"
)
# what joins two coordinated treaty names: "A en B", "A, B", "A alsook B", "A noch B"
_TREATY_GLUE = re.compile(r"^\s*(?:,\s*)?(?:(?:en|alsook|als ook|noch|of|and|or)\s+)?(?:bij\s+)?(?:het|de|the)?\s*$")
_ONLY = re.compile(
    r"\b(?:is|zijn|was|waren|blijft|blijven|is|are|was|were)\s+(?:\w+\s+){0,2}?(?:alleen|slechts|uitsluitend|enkel|only)\s+(?:verdrags)?part(?:ij|y)\s+(?:bij|van|to)\s+(?:het\s+|de\s+|the\s+)?$"
)
_SIGNED = re.compile(r"\b(?:ondertekend|getekend)\b")
# the approval still to come (or the text cut off inside its word): "het voorstel van rijkswet tot
# goedkeuring zal ... worden ingediend",
# "het wetsvoorstel tot goedkeuring volgt", "wordt ter goedkeuring aan het parlement voorgelegd"
_APPROVAL = re.compile(
    r"\b(?:(?:voorstel\s+van\s+(?:rijks)?wet|wetsvoorstel|goedkeuringswet(?:svoorstel)?)\s+(?:\w+\s+){0,4}?"
    r"tot\s+goedkeu(?:ring\b|$)|ter\s+goedkeuring\s+(?:\w+\s+){0,4}?voorgelegd\b|goedkeuringsprocedure\b)"
)
_TO_COME = re.compile(r"\b(?:zal|zullen|volgt|volgen|wordt|worden|binnenkort|nog|verwacht)\b")
_DONE = re.compile(r"\b(?:geratificeerd|bekrachtigd|aangenomen|goedgekeurd|in werking getreden)\b")
# "voor het Koninkrijk ondertekend": the Kingdom that signs for the Netherlands
_FOR_STATE = re.compile(r"\bvoor\s+(?:het\s+koninkrijk(?:\s+der\s+nederlanden)?|nederland)\b")
_EN_IT = re.compile(
    r",\s+as\s+it\s+(?:[\w,]+\s+){0,8}?(?:when|after)\s+it\s+(?P<verb>acceded\s+to|ratified)\s+(?:the\s+)?$|"
    r",\s+(?:when|after)\s+it\s+(?P<verb2>acceded\s+to|ratified)\s+(?:the\s+)?$"
)


def statuses(ctx: Context, sent: Sentence, states: list[Mention]):
    text = fold(ctx.body[sent.start : sent.end])
    if "ratific" in text or "ratify" in text or "bekrachtigen" in text:
        yield from _ratification_to_come(ctx, sent, states, text)
    yield from _appealed_to_join(ctx, sent, states, text)
    if "niet te" in text or "not to" in text:
        yield from _decided_not_to_join(ctx, sent, states, text)
    if "presiden" in text or "voorzitter" in text:
        yield from _presides(ctx, sent, states, text)
    treaties = ctx.mentions.starting("treaty_all", sent.start, sent.end)
    if not treaties:
        return
    if "partij" in text or "party" in text:
        yield from _coordinated_treaties(ctx, sent, states, treaties)
        yield from _only_party(ctx, sent, states, treaties)
    if "tekend" in text:
        yield from _signed_approval_pending(ctx, sent, states, treaties, text)
    if " it " in text:
        yield from _english_pronoun(ctx, sent, states, treaties)


def _resolve(ctx: Context, t: Mention) -> str | None:
    return ts._resolve(ctx, t)  # one place resolves "het verdrag" to its antecedent


def _subject(ctx: Context, sent: Sentence, states: list[Mention], verb: int) -> list[Mention]:
    return ts._subject_states(ctx, sent, states, verb)


def _coordinated_treaties(ctx: Context, sent: Sentence, states: list[Mention], treaties: list[Mention]):
    body = ctx.body
    for i, first in enumerate(treaties[:-1]):
        m = _PARTY_BIJ.search(fold(body[max(sent.start, first.start - 80) : first.start]))
        if not m:
            continue
        verb = max(sent.start, first.start - 80) + m.start()
        subj = _subject(ctx, sent, states, verb)
        if not subj:  # inverted after an opening adverbial: "Daarnaast is Nederland ook partij bij ..."
            end = max(sent.start, first.start - 80) + m.end()
            subj = [s for s in states if verb < s.start and s.end < end][:1]
        if not subj:
            continue
        party = not ts._NEG.search(fold(body[subj[0].start : first.start]))
        prev = first
        for t in treaties[i + 1 :]:
            if not _TREATY_GLUE.match(fold(body[prev.end : t.start])):
                break
            treaty = _resolve(ctx, t)
            if treaty and treaty != _resolve(ctx, first):
                for s in subj:
                    yield s.label, treaty, party, verb
            prev = t


def _only_party(ctx: Context, sent: Sentence, states: list[Mention], treaties: list[Mention]):
    body = ctx.body
    for t in treaties:
        m = _ONLY.search(fold(body[max(sent.start, t.start - 60) : t.start]))
        if not m:
            continue
        at = max(sent.start, t.start - 60) + m.start()
        subj = _subject(ctx, sent, states, at)
        only = _resolve(ctx, t)
        others = {o for o in (_resolve(ctx, o) for o in treaties if o.end <= at) if o is not None} - {only}
        if not subj or not only or ts._NEG.search(fold(body[subj[-1].end : at])):
            continue
        for s in subj:
            yield s.label, only, True, at
            for other in sorted(others):
                yield s.label, other, False, at


def _signed_approval_pending(ctx: Context, sent: Sentence, states: list[Mention], treaties: list[Mention], text: str):
    body = ctx.body
    m = _SIGNED.search(text)
    if not m or ts._NEG.search(text[: m.end()]) or _DONE.search(text):
        return
    a = sent.start + m.start()
    before = [t for t in treaties if t.end <= a]
    if not before:
        return
    treaty = _resolve(ctx, before[-1])
    # who signed: "voor het Koninkrijk ondertekend", or the subject "Nederland heeft het verdrag ondertekend"
    signer = None
    if _FOR_STATE.search(fold(body[before[-1].end : a])):
        signer = "NLD"
    else:
        subj = _subject(ctx, sent, states, before[-1].start)
        signer = subj[-1].label if len(subj) == 1 else None
    if not treaty or not signer:
        return
    rest = [s for s in ctx.paragraph_sentences(sent) if s.start >= sent.start][:2]
    for s in rest:
        later = fold(body[s.start : s.end])
        if s.start > sent.start and _DONE.search(later):
            return
        ap = _APPROVAL.search(later if s.start > sent.start else later[m.end() :])
        if ap and _TO_COME.search(later):
            yield signer, treaty, False, a
            return


def _english_pronoun(ctx: Context, sent: Sentence, states: list[Mention], treaties: list[Mention]):
    body = ctx.body
    for t in treaties:
        window = max(sent.start, t.start - 160)
        m = _EN_IT.search(fold(body[window : t.start]))
        if not m:
            continue
        at = window + m.start()
        named = [s for s in states if s.end <= at and at - s.end <= 2]
        treaty = _resolve(ctx, t)
        if named and treaty:
            yield named[-1].label, treaty, True, at


# the state, its future (or intention) and the ratification: "Nederland zal het verdrag ... ratificeren",
# "X is van plan het verdrag te ratificeren", "X will (do its utmost to) ratify it", "plans to sign and ratify"
_TO_RATIFY = re.compile(
    # (the states coordinated and taken up by a pronoun: "Madagascar and Namibia that they will soon ratify")
    # or "Madagascar announced that it will ratify" (the text is folded: no capitals to go by)
    r"^\s*(?:(?:,|and|en)\s+[\w-]+(?:\s+[\w-]+)?\s*)*(?:(?:[\w-]+\s+){0,2}?(?:that|dat)\s+(?:they|it|zij|ze)\s+)?"
    r"(?:(?:zal|zullen|wil|willen|is\s+van\s+plan|zijn\s+van\s+plan|is\s+voornemens|zijn\s+voornemens|"
    r"will|intends\s+to|intend\s+to|plans\s+to|plan\s+to|is\s+going\s+to)\b)"
    r"[^.;:?!]{0,80}?\b(?:ratificeren|bekrachtigen|ratify)\b"
)


# urging others to ratify says nothing of the urging state: "Nederland zal andere landen oproepen het
# verdrag te ratificeren", "will encourage all states to ratify"
_OTHERS_TO_RATIFY = re.compile(
    r"\b(?:andere|alle|overige|landen|staten|aandring\w*|oproep\w*|oproepen|aanspor\w*|bewegen|"
    r"other|all|countries|states|urge\w*|call\w*|encourag\w*|help\w*)\b"
)


def _ratification_to_come(ctx: Context, sent: Sentence, states: list[Mention], text: str):
    body = ctx.body
    for s in states:
        m = _TO_RATIFY.match(fold(body[s.end : sent.end]))
        if not m or ts._NEG.search(m.group(0)) or _OTHERS_TO_RATIFY.search(m.group(0)):
            continue
        at = s.end + m.end()
        named = [t for t in ctx.mentions.within("treaty_all", sent.start, sent.end) if t.start < at]
        # or the treaty right after the verb: "... will soon ratify the Convention"
        named = named or [t for t in ctx.mentions.within("treaty_all", at, min(sent.end, at + 40))][:1]
        treaty = _resolve(ctx, named[-1]) if named else ts._treaty_before(ctx, sent.start, within=600)
        if treaty:
            yield s.label, treaty, False, s.start


# an appeal to states, then what they are to do: join the treaty
_APPEAL = re.compile(
    r"\b(?:roep\w*|oproep\w*|op\s+te\s+roepen|aan\s+te\s+sporen|aanspor\w*|spoort|sporen|dringt|dringen|"
    r"te\s+bewegen|beweegt|bewegen|ertoe\s+te\s+brengen|pogingen|calls?\s+(?:up)?on|called\s+(?:up)?on|"
    r"urges?|urged|encourages?|encouraged)\b"
)
_TO_JOIN = re.compile(
    r"\b(?:te\s+(?:ondertekenen|ratificeren|bekrachtigen)|toe\s+te\s+treden|partij\s+te\s+worden|"
    r"to\s+(?:sign|ratify|accede|join|become\s+(?:a\s+)?part(?:y|ies)))\b"
)


def _appealed_to_join(ctx: Context, sent: Sentence, states: list[Mention], text: str):
    appeal = _APPEAL.search(text)
    join = _TO_JOIN.search(text, appeal.end()) if appeal else None
    if not appeal or not join or ts._NEG.search(text[appeal.start() : join.start()]):
        return
    a, b = sent.start + appeal.end(), sent.start + join.start()
    addressed = [s for s in states if a <= s.start < b]
    if not addressed:
        return
    named = [t for t in ctx.mentions.within("treaty_all", sent.start, sent.end) if t.start >= addressed[0].end]
    treaty = _resolve(ctx, named[0]) if named else None
    if treaty:
        for s in addressed:
            yield s.label, treaty, False, s.start


# a state's decision not to join: "de uiteindelijke beslissing van Finland om de Conventie ... niet te
# ondertekenen", "Finland heeft besloten het verdrag niet te ratificeren", "the decision of X not to sign"
_NOT_TO_JOIN = re.compile(
    r"\b(?:niet\s+te\s+(?:ondertekenen|tekenen|ratificeren|bekrachtigen)|niet\s+toe\s+te\s+treden"
    r"|not\s+to\s+(?:sign|ratify|accede|join))\b"
)
_DECISION_OF = re.compile(r"\b(?:besluit|beslissing|decision)\s+(?:van|of)\s+(?:de\s+|het\s+|the\s+)?$")
_DECIDES_AFTER = re.compile(r"^\s+(?:heeft|had|hebben|hadden|has|have)\s+(?:\w+\s+){0,2}?(?:besloten|decided)\b")


def _decided_not_to_join(ctx: Context, sent: Sentence, states: list[Mention], text: str):
    neg = _NOT_TO_JOIN.search(text)
    if not neg:
        return
    end = sent.start + neg.start()
    deciders = [
        st
        for st in states
        if st.start < end
        and (
            _DECISION_OF.search(fold(ctx.body[max(sent.start, st.start - 30) : st.start]))
            or _DECIDES_AFTER.match(fold(ctx.body[st.end : st.end + 40]))
        )
    ]
    named = [t for t in ctx.mentions.within("treaty_all", sent.start, sent.end) if t.start < end]
    treaty = _resolve(ctx, named[-1]) if named else None
    if treaty:
        for st in deciders:
            yield st.label, treaty, False, st.start


_PRESIDES = re.compile(
    r"\b(?:president|presidency|voorzitter|voorzitterschap)\s+(?:van|of)\s+(?:het\s+|de\s+|the\s+)?"
    r"(?:\d+\w*\s+|(?:eerste|tweede|derde|vierde|vijfde|zesde|first|second|third|fourth|fifth|sixth)\s+)?"
    r"(?P<meeting>(?:meeting|conference|vergadering|conferentie)\s+(?:of|van)\s+(?:the\s+|de\s+)?"
    r"(?:states|staten)[\s-]*(?:parties|partijen|die\s+partij\s+zijn)\b|review\s+conference\b|toetsingsconferentie\b)?"
)


def _presides(ctx: Context, sent: Sentence, states: list[Mention], text: str):
    for m in _PRESIDES.finditer(text):
        at, end = sent.start + m.start(), sent.start + m.end()
        if ts._NEG.search(text[: m.start()]) or _HYPOTHETICAL.search(text):
            continue
        # the state that presides: the nearest named before ("the Netherlands ... as the President",
        # "its Presidency"), or the Dutch adjective ("het Nederlandse voorzitterschap")
        before = [a for a in ctx.mentions.within("actor", sent.start, at) if a.kind in ("name", "adj")]
        if not before:
            continue
        # (an anaphor's mention holds its article: "President of the Convention")
        named = [t for t in ctx.mentions.within("treaty_all", max(at, end - 5), min(sent.end, end + 80))]
        if named:
            treaty = _resolve(ctx, named[0])
        elif m.group("meeting"):  # the meeting of "its" treaty: the one named nearest in the text
            treaty = ts._treaty_before(ctx, sent.start, within=800) or _treaty_soon_after(ctx, sent.end)
        else:
            continue
        if treaty:
            yield before[-1].label, treaty, True, before[-1].start


_HYPOTHETICAL = re.compile(r"\b(?:candida\w+|kandida\w+|zou|would|will|zal|wil|wants?|aspires?)\b")


def _treaty_soon_after(ctx: Context, pos: int) -> str | None:
    named = [t for t in ctx.mentions.by_kind["treaty"] if pos <= t.start < pos + 800]
    return str(named[0].label) if named else None
