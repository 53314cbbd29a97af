"""treaty_status: the states a sentence lists as outside a treaty, or names as its founders.

- the outsiders, after a phrase saying they are missing or outside: "De landen die nog ontbreken
  zijn Noord-Korea, Israël en Egypte"; "Tot het Ottawa-verdrag zijn nog niet toegetreden onder
  meer Pakistan en Egypte"; "Buiten het verdrag staan nog Egypte en Zuid-Sudan"; the state first,
  "Egypte en Israël staan (nog) buiten het verdrag"; English "States not party to the Convention
  include X and Y", "Countries that have not joined include X";
- the founders: "Nederland heeft als een van de oprichters van de OPCW ...", "als een van de eerste
  ondertekenaars en verdragspartij van het verdrag", "Canada, as a founding member of the ...";
- the verb-final join: "Syrië heeft zich in 2013 bij het verdrag aangesloten".

The treaty is named in the sentence, or is the last one named before it in the paragraph; the
OPCW, the CWC's organisation, stands for the CWC (its members are the CWC's parties).
Called from treaty_status._statuses; yields (state, treaty, party, focus).
"""

from __future__ import annotations

import re

from armswatch.extract import treaty_status as ts  # (imports this module: names are read at call time)
from armswatch.extract.context import Context
from armswatch.extract.mentions import Mention
from armswatch.extract.text import Sentence, fold

_OPCW = re.compile(r"\b(?:opcw|organisatie\s+voor\s+het\s+verbod\s+op\s+chemische\s+wapens)\b")
_LIST_LEAD = r"\s*(?::\s*)?(?:nog\s+)?(?:onder\s+(?:meer|andere)\s+|o\.a\.\s+|onder\s+andere\s+|among\s+others\s+)?(?:de\s+|het\s+|the\s+)?$"
# the outsiders' phrase right before the first state of the list (folded text)
_OUTSIDE_BEFORE = re.compile(
    r"(?:"
    # "de (belangrijkste) landen die (nog) ontbreken zijn", "staten die nog niet zijn toegetreden, zijn"
    r"\b(?:landen|staten)\s+die\s+(?:er\s+)?(?:nog\s+)?(?:steeds\s+)?(?:ontbreken|buiten\s+staan|"
    r"niet\s+(?:zijn\s+)?(?:toegetreden|aangesloten)(?:\s+zijn)?|geen\s+partij\s+zijn)\s*,?\s+(?:zijn|is)|"
    # "(Tot het verdrag) zijn nog niet toegetreden", "Buiten het verdrag staan (nog)"
    r"\b(?:zijn|is)\s+(?:tot\s+nu\s+toe\s+|nog\s+|echter\s+|wel\s+)*(?:niet|nooit)\s+(?:toegetreden|aangesloten)|"
    r"\bbuiten\s+(?:het|dit|de|deze)\s+(?:\w+\s+){0,2}?(?:staan|blijven|bevinden\s+zich)|"
    # English: "States not party (to the Convention) include", "countries that have not joined are"
    r"\b(?:states|countries)\s+(?:not\s+(?:a\s+)?part(?:y|ies)|that\s+have\s+not\s+(?:yet\s+)?(?:joined|ratified|acceded))"
    r"\b[^.;:]{0,80}?\b(?:include|includes|are)"
    r")" + _LIST_LEAD
)
# the state first: "Egypte en Israël staan (nog steeds) buiten het verdrag / er buiten"
_OUTSIDE_AFTER = re.compile(
    r"^\s*(?:staan|staat|blijven|blijft)\s+(?:nog\s+|steeds\s+|ook\s+)*(?:buiten\s+(?:het|dit|de|deze)\b|er\s+(?:nog\s+)?buiten\b)"
)
# "als (een van de) oprichter(s) van", "Ierland was een van de oprichters van", "als een van de eerste ondertekenaars en verdragspartij(en) van",
# "as a founding member of", "as one of the founding States Parties to"
_FOUNDER = re.compile(
    r"\b(?:(?:als|is|was|werd)\s+(?:een\s+van\s+de\s+|mede)?(?:oprichters?|grondleggers?|eerste\s+ondertekenaars?\s+en\s+"
    r"(?:verdrags)?partij(?:en)?|eerste\s+(?:verdrags)?partij(?:en)?)|"
    r"as\s+(?:a|one\s+of\s+the)\s+founding\s+(?:members?|states?\s+part(?:y|ies)|part(?:y|ies)))\s+"
    r"(?:van|bij|of|to)\s+(?:het\s+|de\s+|the\s+)?"
)
# "heeft zich (in 2013) bij het verdrag aangesloten": the treaty between "bij" and the participle
_JOINED_FINAL = re.compile(r"\b(?:heeft|hebben|had|hadden)\s+zich\s+(?:[\w.]+\s+){0,4}?bij\s+$")


def statuses(ctx: Context, sent: Sentence, states: list[Mention]):
    text = fold(ctx.body[sent.start : sent.end])
    if not states:
        return
    if any(w in text for w in ("ontbreken", "buiten", "toegetreden", "aangesloten", "not part", "have not")):
        yield from _outsiders(ctx, sent, states)
    if any(w in text for w in ("oprichter", "grondlegger", "eerste", "founding")):
        yield from _founders(ctx, sent, states)
    if "aangesloten" in text:
        yield from _joined_final(ctx, sent, states)
    if "tussen" in text or "between" in text:
        yield from _concluded_between(ctx, sent, states)


# "De BTWC werd in 1972 gesloten tussen Groot-Brittannië, de VS en de Sovjet-Unie": the states a
# treaty was concluded between are its first parties
_BETWEEN = re.compile(
    r"\b(?:werd|is|was|werden|zijn|waren)\s+(?:in\s+\d{4}\s+)?(?:gesloten|overeengekomen|afgesloten)\s+tussen\s+|"
    r"\b(?:was|were)\s+(?:in\s+\d{4}\s+)?concluded\s+between\s+"
)


def _concluded_between(ctx: Context, sent: Sentence, states: list[Mention]):
    body = ctx.body
    m = _BETWEEN.search(fold(body[sent.start : sent.end]))
    if not m:
        return
    at = sent.start + m.end()
    named = [t for t in ctx.mentions.starting("treaty_all", sent.start, sent.start + m.start())]
    if not named:
        return
    treaty = ts._resolve(ctx, named[-1])
    first = next((s for s in states if s.start >= at and s.start - at <= 12), None)
    if not treaty or first is None:
        return
    for s in ts._coordinated(ctx, sent, states, first, forward=True):
        yield s.label, treaty, True, s.start


def _treaty(ctx: Context, sent: Sentence, a: int, b: int) -> str | None:
    """The treaty of [a, b) in the sentence, else the last named (or the OPCW) before it in the paragraph."""
    body = ctx.body
    named = ctx.mentions.starting("treaty_all", a, b)
    if named:
        return ts._resolve(ctx, named[-1])
    if _OPCW.search(fold(body[a:b])):
        return "CWC"
    para = ctx.paragraph_sentences(sent)[0].start
    start = max(para, a - 800)
    refs = [t for t in ctx.mentions.by_kind["treaty_all"] if start <= t.start and t.end <= a]
    org = list(_OPCW.finditer(fold(body[start:a])))
    if org and (not refs or start + org[-1].start() > refs[-1].start):
        return "CWC"
    return ts._resolve(ctx, refs[-1]) if refs else None


def _outsiders(ctx: Context, sent: Sentence, states: list[Mention]):
    body = ctx.body
    done: set[int] = set()
    for s0 in states:
        if s0.start in done:
            continue
        head = max(sent.start, s0.start - 200)
        m = _OUTSIDE_BEFORE.search(fold(body[head : s0.start]))
        if m and (not m.group(0).lstrip().startswith("buiten") or _names_treaty(ctx, head + m.start(), head + m.end())):
            treaty = _treaty(ctx, sent, sent.start, s0.start)
            group = ts._coordinated(ctx, sent, states, s0, forward=True)
            focus = head + m.start()
        else:
            after = _OUTSIDE_AFTER.match(fold(body[s0.end : s0.end + 80]))
            if not after or not ts._subject_states(ctx, sent, states, s0.end):
                continue
            if "er" not in after.group(0).split() and not _names_treaty(ctx, s0.end, s0.end + after.end() + 40):
                continue  # "buiten de discussie": only outside a treaty (or "er buiten", the treaty before)
            group = ts._subject_states(ctx, sent, states, s0.end)
            treaty = _treaty(ctx, sent, sent.start, sent.end)
            focus = s0.end
        done.update(s.start for s in group)
        if treaty:
            for s in group:
                yield s.label, treaty, False, focus


def _names_treaty(ctx: Context, a: int, b: int) -> bool:
    """A treaty (or "het verdrag", or the OPCW) is named in [a, b)."""
    return bool(ctx.mentions.starting("treaty_all", a, b) or _OPCW.search(fold(ctx.body[a:b])))


def _founders(ctx: Context, sent: Sentence, states: list[Mention]):
    body = ctx.body
    text = fold(body[sent.start : sent.end])
    for m in _FOUNDER.finditer(text):
        a, b = sent.start + m.start(), sent.start + m.end()
        treaty = _treaty(ctx, sent, b, min(sent.end, b + 80)) if _near_name(ctx, b, sent) else None
        if not treaty:
            continue
        # the state just before ("Nederland heeft als ...", "Canada, as a ...") or, when the
        # phrase opens the sentence, the subject after the verb ("Als oprichter van ... zet Nederland")
        before = [
            s
            for s in states
            if s.end <= a and re.fullmatch(r"[\s,]*(?:(?:heeft|is|was|had|has|is|was|werd)\s+)?", fold(body[s.end : a]))
        ]
        after = [s for s in states if s.start > b and s.start - b < 150] if m.start() < 3 else []
        subj = ts._subject_states(ctx, sent, states, a) if m.group(0).split()[0] != "als" else []
        target = before[-1] if before else (subj[-1] if subj else after[0] if after else None)
        if target:
            yield target.label, treaty, True, a


def _near_name(ctx: Context, pos: int, sent: Sentence) -> bool:
    """A treaty (or the OPCW) starts right at pos."""
    if ctx.mentions.starting("treaty_all", pos, min(sent.end, pos + 3)):
        return True
    return bool(_OPCW.match(fold(ctx.body[pos : pos + 60])))


def _joined_final(ctx: Context, sent: Sentence, states: list[Mention]):
    body = ctx.body
    for t in ctx.mentions.starting("treaty_all", sent.start, sent.end):
        if not re.match(r"\s+aangesloten\b", body[t.end : t.end + 14]):
            continue
        head = max(sent.start, t.start - 80)
        m = _JOINED_FINAL.search(fold(body[head : t.start]))
        if not m:
            continue
        a = head + m.start()
        subj = ts._subject_states(ctx, sent, states, a)
        treaty = ts._resolve(ctx, t)
        if treaty and subj:
            party = not ts._NEG.search(fold(body[subj[0].start : t.start]))
            for s in subj:
                yield s.label, treaty, party, a
