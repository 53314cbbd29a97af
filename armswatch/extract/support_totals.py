"""The running total of the Netherlands' military support to a state, as a sum given so far.

"Dit brengt de totale militaire steun aan Oekraïne op bijna 6 miljard euro", "In minder dan een
jaar tijd werd al meer dan 1 miljard euro aan militaire steun uitgegeven", "the value of the
realized Dutch military support stood at nearly €8.7 billion": support delivered. The giver is the
Netherlands when the text is the government's own or the phrase says "Nederlandse"/"Dutch"; the
receiver is the state after "aan"/"to", else the one state the paragraph names besides the
Netherlands. A sum still to come ("zal ... brengen op"), a condition, a negation or a question
yields nothing.
"""

from __future__ import annotations

import re

from armswatch.extract.amounts import amounts
from armswatch.extract.clauses import conditional, negated
from armswatch.extract.context import Context
from armswatch.extract.mentions import word_before
from armswatch.extract.text import Sentence, fold

_SUPPORT = re.compile(
    r"\b(?:(?:totale|gerealiseerde)\s+)?(?:(?:nederlandse)\s+)?militaire\s+steun\b"
    r"|\b(?:(?:total|realized|realised)\s+)?(?:dutch\s+)?military\s+support\b"
)
# said as a sum given so far: spent, realised, delivered, or a total that stands at an amount
_GIVEN_SO_FAR = re.compile(
    r"\b(?:uitgegeven|besteed|gerealiseerd|gerealiseerde|geleverd|realized|realised|delivered|spent|"
    r"brengt\b[^.;]{0,80}?\bop|bracht\b[^.;]{0,80}?\bop|stood at|stands at|bedraagt|bedroeg|amounts to|amounted to)\b"
)
_TO_COME = re.compile(r"\b(?:zal|zullen|will|would|zou|zouden|kan|kunnen|moet|moeten|gaat|gaan)\b")
# a sum set aside, not given: "de begrote militaire steun voor 2026 bedraagt vooralsnog € 2,1 miljard"
_BUDGETED = re.compile(
    r"\b(?:begro\w*|budget\w*|geraamd\w*|raming\w*|gereserveerd\w*|reserveert|vooralsnog|planned|earmarked)\b"
)
_DUTCH = re.compile(r"\b(?:nederlandse|dutch)\s+(?:\w+\s+)?(?:militaire\s+steun|military\s+support)\b")


def totals(ctx: Context, sent: Sentence, gov: bool):
    """Yield (donor, recipient, "delivered", items) for a sentence that states the total so far."""
    body = ctx.body
    text = fold(body[sent.start : sent.end])
    support = _SUPPORT.search(text)
    if not support or not _GIVEN_SO_FAR.search(text) or _TO_COME.search(text) or _BUDGETED.search(text):
        return
    money = [a for a in amounts(body, sent.start, sent.end) if a[2] is not None and not a[3].startswith("%")]
    if not money:
        return
    at = sent.start + support.start()
    if conditional(body, sent, at) or negated(body, sent, sent.start, sent.end):
        return
    if not (gov or _DUTCH.search(text)):
        return
    recipient = _recipient(ctx, sent)
    if recipient:
        yield "NLD", recipient, "delivered", [body[at : sent.start + support.end()]]


def _recipient(ctx: Context, sent: Sentence) -> str | None:
    states = [a for a in ctx.mentions.within("actor", sent.start, sent.end) if a.kind in ("name", "force")]
    to = [
        s.label for s in states if s.label != "NLD" and word_before(ctx.body, s.start) in ("aan", "to", "for", "voor")
    ]
    if to:
        return to[0]
    around = {
        a.label
        for s in ctx.paragraph_sentences(sent)
        for a in ctx.mentions.within("actor", s.start, s.end)
        if a.kind in ("name", "force", "adj") and a.label != "NLD"
    }
    return around.pop() if len(around) == 1 else None
