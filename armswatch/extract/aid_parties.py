"""Who gives support to whom in one sentence: the donors and the recipient of a giving.

The donor is the subject ("het kabinet", "wij" and "Nederland" are NLD; "samen met Duitsland"
adds co-donors), the agent of a passive ("door Duitsland"), "van X" beside receiving, or the
trainer of another state's forces; with no donor named, the Netherlands only in a Dutch
government text. The recipient is "aan/voor/ten behoeve van X", the state right after the verb
("levert Oekraïne"), the state whose forces are trained, or a state of the sentences about the
giving in the same paragraph; never any state of the document.
"""

from __future__ import annotations

import re

from armswatch.extract.aid_status import status_matchers
from armswatch.extract.context import Context
from armswatch.extract.mentions import Mention, word_before
from armswatch.extract.text import Sentence, fold

_NOT_DONOR = {
    "in",
    "naar",
    "uit",
    "van",
    "tegen",
    "op",
    "over",
    "voor",
    "bij",
    "jegens",
    "richting",
    "dan",
    "aan",
    "zoals",
    "binnen",
    "door",
    "to",
    "for",
    "with",
    "from",
    "of",
    "by",
    "against",
    "behoeve",
    # "een samenwerkingsproject met Duitsland": a partner ("samen met X" makes it a co-giver below)
    "met",
}


# a giver other than a state: "bondgenoten leveren", "door partners geleverd"
_OTHER_GIVERS = re.compile(
    r"\b(?:bondgenoten|partners|partnerlanden|landen|lidstaten|allies|countries|westen|"
    r"westerse|internationale gemeenschap|europese unie|eu|navo|nato)\b"
)


# a state after these is where things happen, whom they are against or a partner, not a recipient
_NOT_RECIPIENT = {"tegen", "van", "in", "met", "uit", "naar", "jegens", "door", "dan"}


# "de Franse producent KNDS France", "fabrikant Rheinmetall Deutschland": a company, not a state
_COMPANY_BEFORE = re.compile(
    r"\b(?:[Pp]roducent|[Ff]abrikant|\w*[Bb]edrijf|[Ll]everancier|[Cc]oncern|[Oo]nderneming|"
    r"\w*[Ii]ndustrie|[Ww]apenfabrikant)\s+(?:[A-Z][\w\-&.]*\s+){0,3}$"
)


def antecedent(ctx: Context, sent: Sentence) -> Sentence | None:
    """ "de schepen", "deze systemen" take up the military items of a sentence about giving
    just before ("de levering van twee mijnenjagers aan Oekraïne. Het kabinet heeft besloten
    de schepen ... te leveren"): that sentence is the giving's context."""
    m = ctx.mentions
    if not any(
        re.search(r"\b(?:de|deze|die|these|the)\s+$", fold(ctx.body[max(0, i.start - 8) : i.start]))
        for i in m.within("item", sent.start, sent.end)
    ):
        return None
    claims = ctx.claim_sentences()
    at = next((k for k, s in enumerate(claims) if s.start == sent.start), 0)
    for prev in reversed(claims[max(0, at - 2) : at]):
        if m.within("give", prev.start, prev.end) and any(
            i.label == "item" for i in m.within("item", prev.start, prev.end)
        ):
            return prev
    return None


TROOPS = re.compile(
    r"\b(?:militairen|mariniers|troepen|compagnie\w*|infanteriecompagnie|bataljon|instructeurs|trainers|adviseurs)\b"
)


_SENDS_GOODS = re.compile(r"^(?:stuur\w*|sturen|gestuurd|zendt|zenden|gezonden|send|sends|sent)$")


def _sends_goods(body: str, give: Mention) -> bool:
    """A verb of sending, or goods gone ("zijn naar Oekraïne gegaan"): the state after "naar" receives."""
    return give.label == "gone" or bool(_SENDS_GOODS.search(fold(body[give.start : give.end])))


# "voor de opbouw van de Afghaanse veiligheidsstructuren": money for building up a state's forces
BUILD_UP_OF = re.compile(
    r"\bvoor\s+(?:de\s+)?(?:opbouw|versterking|hervorming|training|opleiding|uitrusting)\s+van\s+(?:de\s+|het\s+)?$"
)


def trained_forces(ctx: Context, sent: Sentence) -> list[Mention]:
    """The forces of another state in the sentence ("Oekraïense militairen")."""
    return [a for a in ctx.mentions.within("actor", sent.start, sent.end) if a.kind == "force" and a.label != "NLD"]


def dutch_in_paragraph(ctx: Context, sent: Sentence) -> bool:
    """A paragraph about Dutch support ("Nederland levert vijf ... en Duitsland zeven. Duitsland
    levert de munitie") announces a joint package; without the Netherlands it reports others."""
    para = ctx.paragraph_sentences(sent)
    lo, hi = para[0].start, para[-1].end
    return bool(ctx.mentions.within("self", lo, hi)) or any(
        a.label == "NLD" for a in ctx.mentions.within("actor", lo, hi)
    )


_TRAINED_PASSIVE = re.compile(
    r"\b(?:wordt|worden|werd|werden|zijn|is|was|were|are|being|been)\s+(?:\S+\s+){0,3}(?:getraind|opgeleid|trained)$"
    r"|\b(?:given|received|kregen|krijgen|krijgt|kreeg|ontvangen|ontvangt|ontvingen)\s+(?:\S+\s+){0,3}"
    r"(?:training|opleiding)$"
)


def _trained_passive(ftext: str) -> bool:
    """ "Ukrainian pilots are being trained", "Romanian pilots were given F-16 training" (text up to the cue)."""
    return bool(_TRAINED_PASSIVE.search(ftext))


# a sentence that goes on with the paragraph's giving, its giver unsaid: "Nederland stelt vier F-16's
# beschikbaar. Daarnaast worden 130 militairen ingezet voor het trainen van Iraakse strijdkrachten."
_GOES_ON = re.compile(r"^\W*(?:daarnaast|ook|verder|bovendien|tevens|eveneens|in addition|also)\b")


def parties(ctx: Context, sent: Sentence, give: Mention, gov: bool) -> tuple[list[str], str | None]:
    body = ctx.body
    states = [a for a in ctx.mentions.within("actor", sent.start, sent.end) if a.kind in ("name", "force")]
    if give.label == "receive":
        return _receiving(ctx, sent, give, states, gov)
    if give.label == "train":  # whose forces are trained receives
        forces = trained_forces(ctx, sent)
        free = [s for s in states if s.label != forces[0].label and word_before(body, s.start) not in _NOT_DONOR]
        # the first trainer and those coordinated with it before the verb ("Duitsland en Nederland trainen")
        donors = [free[0].label] if free else []
        donors += [
            s.label for s in free[1:] if s.start < give.start and _coordinated(body, s) and s.label not in donors
        ]
        if _trained_passive(fold(body[max(sent.start, give.start - 40) : give.end])):
            # "Romanian pilots were given F-16 training, but now Ukrainian pilots are also being
            # trained": the trained are the subjects, the trainer only an agent after "door"/"by"
            return [s.label for s in states if word_before(body, s.start) in ("door", "by")][:1], forces[0].label
        if not donors and (
            ctx.mentions.within("self", sent.start, sent.end)
            or _own_support(ctx, sent, [], forces[0].label, gov)
            or (_GOES_ON.match(fold(body[sent.start : sent.end])) and dutch_in_paragraph(ctx, sent))
        ):
            donors = ["NLD"]
        return donors, forces[0].label
    if re.fullmatch(r"(?:te\s+)?(?:helpen|helpt)\s+aan", fold(body[give.start : give.end])):
        # "Oekraïne te helpen aan CV-90 materieel": the state helped to the goods receives them
        helped = [st for st in states if st.end <= give.start and give.start - st.end <= 3]
        if helped:
            givers = [st.label for st in states if st.label != helped[-1].label and st.start < helped[-1].start]
            if not givers and (gov or ctx.mentions.within("self", sent.start, sent.end)):
                givers = ["NLD"]
            return givers[:1], helped[-1].label
    recipient = None
    # "aan Oekraïne", "om Oekraïne ... te leveren" (an infinitive has no subject: the state is
    # its indirect object), "Oekraïne ondersteunen met", "voor / ten behoeve van Oekraïne",
    # English "to Ukraine", "supply Ukraine with"
    to = [s for s in states if marked_recipient(body, s)]
    if not to and _sends_goods(body, give) and not TROOPS.search(fold(body[sent.start : sent.end])):
        # goods sent to a state are given to it ("stuurt 100 gevechtstanks naar Oekraïne"); troops
        # sent to a state are deployed there ("militairen naar Mali sturen"), which is no support
        to = [s for s in states if word_before(body, s.start) in ("naar", "to")]
    if not to and _sends_goods(body, give) and TROOPS.search(fold(body[sent.start : sent.end])):
        # troops sent without a receiver: a deployment ("toen Rusland steeds meer militairen naar de grens stuurde")
        return [], None
    if give.label in ("buy", "money", "contribute"):
        # bought, paid or contributed for whom: only a state named after "voor", "aan", "for"
        to = [s for s in to if word_before(body, s.start) != "om"]
        if give.label == "money":  # "investeert ... in de Libanese veiligheidssector"
            to += [s for s in states if s.kind == "force" and word_before(body, s.start) == "in" and s not in to]
        if not to:  # a fund that pays one state's forces: "aan het ANA Trust Fund bijgedragen"
            funds = ctx.mentions.within("state_fund", sent.start, sent.end)
            if not funds:
                return [], None
            recipient = funds[0].label
            donors = [s.label for s in states if s.label != recipient and word_before(body, s.start) not in _NOT_DONOR]
            if not donors and (ctx.mentions.within("self", sent.start, sent.end) or gov):
                donors = ["NLD"]
            return donors[:1], recipient
    if not to and _to_a_body(ctx, sent, give):
        return [], None  # "een militaire bijdrage aan ISAF": given to a mission or alliance, no state
    if to:  # the first "aan X" after the verb of giving, else the last before it
        after = [s for s in to if s.start > give.start]
        recipient = (after[0] if after else to[-1]).label
    elif re.search(r"\bhet land\b", fold(body[sent.start : sent.end])):
        earlier = [a for a in ctx.mentions.by_kind["actor"] if a.kind == "name" and a.start < sent.end]
        recipient = earlier[-1].label if earlier else None
    donors: list[str] = []
    # the word before within the sentence: "... zorg uit. Noord-Korea levert" has no "uit" before it
    free = [
        s
        for s in states
        if word_before(body[sent.start : s.start], s.start - sent.start) not in _NOT_DONOR
        and s.label != recipient
        and not _COMPANY_BEFORE.search(body[max(0, s.start - 60) : s.start])
    ]
    # the state that asks ("Oekraïne heeft verzocht om ...") is no donor
    asks = [r[0] for r in status_matchers()["request"].find(body, sent.start, sent.end)]
    if asks:
        free = [s for s in free if not any(s.end <= a < s.end + 40 for a in asks)]
    selfs = ctx.mentions.within("self", sent.start, sent.end)
    # "Het kabinet heeft vastgesteld dat Iran drones aan Rusland heeft geleverd": the giver is
    # the subject of the clause after "dat", not the government that reports it
    that = [m.end() + sent.start for m in re.finditer(r"\b(?:dat|that)\b", fold(body[sent.start : give.start]))]
    if that and any(that[-1] <= s.start < give.start for s in free):
        selfs = [m for m in selfs if m.start >= that[-1]]
        free = [s for s in free if s.start >= that[-1]]
    if selfs:
        donors.append("NLD")
    partners = _partners(body, states, recipient)
    free = [s for s in free if s.label not in partners]
    for s in free:
        if "NLD" in donors and s.label != "NLD" and not _coordinated(body, s):
            recipient = recipient or s.label  # "Nederland levert Oekraïne ..."
            continue
        if s.label not in donors and (not donors or _coordinated(body, s)):
            donors.append(s.label)
    # the agent of a passive: "door Duitsland geleverde", "by the Netherlands"
    donors += [
        s.label
        for s in states
        if word_before(body, s.start) in ("door", "by") and s.label != recipient and s.label not in donors
    ]
    partners = [p for p in partners if p not in donors]
    if recipient is None:
        recipient = _recipient_nearby(ctx, sent, set(donors + partners))
    if (
        not donors
        and recipient
        and (
            _own_support(ctx, sent, [s for s in states if s.label not in partners], recipient, gov)
            # "T-72 tanks die samen met Tsjechië en VS aan Oekraïne geleverd zijn": partners of an unnamed
            # giver, in the government's own text, are partners of the Netherlands
            or bool(partners)
            and (gov or dutch_in_paragraph(ctx, sent))
        )
    ):
        donors.append("NLD")
    return (donors + partners if donors else []), recipient


_FUND_NAMED_AFTER = re.compile(r"\s+(?:Trust\s+)?(?:Fund|Fonds|Trustfonds|trustfonds|fonds)\b")


# (or the helpers of the giver: "provided by the Netherlands Marine Corps with the support of Norway,
# the United Kingdom ...", "met steun van Duitsland": partners, never the receivers)
_TOGETHER_WITH = re.compile(
    r"\b(?:samen met|together with|along with|with the (?:support|help|assistance) of|met (?:de )?(?:steun|hulp) van|"
    r"in (?:samenwerking|cooperation) met|in cooperation with)\s+(?:de\s+|het\s+|the\s+)?$"
)


def _partners(body: str, states: list[Mention], recipient: str | None) -> list[str]:
    """Co-givers beside the giver: "samen met (de Verenigde Staten en) Duitsland", "together with"."""
    partners: list[str] = []
    partner = False
    for s in states:
        if _TOGETHER_WITH.search(fold(body[max(0, s.start - 20) : s.start])) or (
            partner
            and re.search(r"(?:,|\ben|\band)\s+(?:de\s+|het\s+|the\s+)?$", fold(body[max(0, s.start - 9) : s.start]))
        ):
            partner = True
            if s.label not in partners and s.label != recipient:
                partners.append(s.label)
        else:
            partner = False
    return partners


def marked_recipient(body: str, s: Mention) -> bool:
    if _FUND_NAMED_AFTER.match(body, s.end):
        return False  # "to the Syria Fund of the OPCW": a fund named after the state, not the state
    before = fold(body[max(0, s.start - 24) : s.start])
    return (
        word_before(body, s.start) in ("aan", "om", "voor", "to", "for")
        or bool(
            re.search(
                r"\b(?:ondersteunen|steunen|voorzien|ten behoeve van|supply|supplies|provide|provides|"
                r"(?:training|trainingen|opleiding|opleidingen)(?: van)?(?: de| het)?|training of)\s+$",
                before,
            )
            or BUILD_UP_OF.search(fold(body[max(0, s.start - 40) : s.start]))
            # the state whose fight is supported: "een militaire bijdrage aan de strijd tegen ISIS in Irak"
            or re.search(
                r"\b(?:strijd|fight)\s+(?:tegen|against)\s+(?:de\s+|het\s+|the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+in\s+$",
                fold(body[max(0, s.start - 50) : s.start]),
            )
        )
    )


def _own_support(ctx: Context, sent: Sentence, states: list[Mention], recipient: str, gov: bool) -> bool:
    """No donor is named: the Netherlands' own support only in a Dutch government text (or
    beside "Nederlandse" goods: "uit de Nederlandse voorraad"), and only when no other giver is
    named ("bondgenoten leveren", "door partners geleverd")."""
    if [s for s in states if s.label != recipient]:
        return False
    if _OTHER_GIVERS.search(fold(ctx.body[sent.start : sent.end])):
        return False
    dutch = [a for a in ctx.mentions.within("actor", sent.start, sent.end) if a.label == "NLD"]
    return gov or bool(dutch)


def _receiving(
    ctx: Context, sent: Sentence, give: Mention, states: list[Mention], gov: bool
) -> tuple[list[str], str | None]:
    """ "Oekraïne ontvangt van Nederland 14 tanks": the subject receives, "van/uit X" gives."""
    body = ctx.body
    before = [s for s in states if s.start < give.start and word_before(body, s.start) not in _NOT_RECIPIENT]
    after = [s for s in states if s.start > give.start and word_before(body, s.start) not in ("van", "uit", "from")]
    subject = before[-1] if before else (after[0] if after else None)  # "ontvangt Oekraïne"
    if subject is None:
        return [], None
    givers = [
        s.label for s in states if s.label != subject.label and word_before(body, s.start) in ("van", "uit", "from")
    ]
    if not givers and _own_support(ctx, sent, states, subject.label, gov):
        givers = ["NLD"]
    return givers, subject.label


def _coordinated(body: str, s: Mention) -> bool:
    """ "Nederland en Duitsland leveren", "... vijf pantserhouwitsers en Duitsland zeven"."""
    before = fold(body[max(0, s.start - 10) : s.start])
    after = fold(body[s.end : s.end + 20])
    return (
        bool(re.search(r"\s(?:en|and)\s+(?:de\s+|het\s+|the\s+)?$", before))
        or bool(
            re.match(r"\s+(?:en|and)\s+\w", after)
            and re.match(r"\s+(?:en|and)\s+(?:the\s+)?[A-Z]", body[s.end : s.end + 20])
            # a list of givers: "Nederland, Duitsland en Denemarken sturen", "the Netherlands, Denmark and the Czech Republic"
            or re.match(r",\s+(?:[A-Z][\w-]+\s+){1,3}(?:en|and)\s+(?:the\s+)?[A-Z]", body[s.end : s.end + 60])
        )
    )


def _recipient_nearby(ctx: Context, sent: Sentence, donors: set[str]) -> str | None:
    """The state the sentence, else the giving in its paragraph, is about (weak mentions such
    as "Oekraïense verzoeken" count here)."""

    def most(mentions: list[Mention]) -> str | None:
        counts: dict[str, int] = {}
        for m in mentions:
            if m.label not in donors and m.label != "NLD":
                counts[m.label] = counts.get(m.label, 0) + 1
        return max(counts, key=counts.get) if counts else None

    acts = ctx.mentions.by_kind["actor"]
    # the sentence, else the sentences of its paragraph that speak of the giving too (a state
    # of another paragraph, or of the document at large, is not who receives)
    spans = [(sent.start, sent.end)] + [
        (s.start, s.end) for s in ctx.paragraph_sentences(sent) if s is not sent and _about_giving(ctx, s)
    ]
    prev = antecedent(ctx, sent)
    if prev is not None:
        spans.append((prev.start, prev.end))
    for group in (spans[:1], spans[1:]):
        r = most(
            [
                a
                for a in acts
                if any(x <= a.start < y for x, y in group) and word_before(ctx.body, a.start) not in _NOT_RECIPIENT
            ]
        )
        if r:
            return r
    return None


def _about_giving(ctx: Context, s: Sentence) -> bool:
    m = ctx.mentions
    return bool(
        m.within("give", s.start, s.end) or m.within("item", s.start, s.end) or m.within("fund", s.start, s.end)
    )


# "leverde Nederland een militaire bijdrage aan ISAF", "contributes to NATO's mission": the first
# "aan/to" after the giving names a body that is no state
_TO_NAME = re.compile(r"\b(?:aan|to)\s+(?:de\s+|het\s+|the\s+)?(?=[A-Z])")


def _to_a_body(ctx: Context, sent: Sentence, give: Mention) -> bool:
    m = _TO_NAME.search(ctx.body, give.end, sent.end)
    if m is None:
        return False
    return not ctx.mentions.within("actor", m.end(), m.end() + 1)
