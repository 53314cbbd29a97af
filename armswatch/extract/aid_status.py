"""The stage a giving of support is at, read from one sentence: decided, intended, delivered
(or only considered).

Decided: "heeft besloten", "levert", "stelt beschikbaar", "worden geleverd", an English release's
"will provide"; intended: "voornemens", "zal ... leveren", "is bereid"; delivered: "zijn
geleverd", "is afgerond", "has provided". A participle takes the status of its auxiliary
("worden geleverd" decided, "zullen worden geleverd" intended, "zijn geleverd" delivered). The
words are in aid.toml ([status], request); this module holds the grammar around them.
"""

from __future__ import annotations

import re
from functools import cache

from armswatch import lexicon
from armswatch.extract.text import Matcher, fold

# "zal/wil ... leveren": only a verb of giving carries an intention, not the noun "levering"
GIVE_VERB = re.compile(
    r"\b(?:te\s+)?(?:leveren|schenken|doneren|sturen|overdragen|ter beschikking (?:te )?stellen|"
    r"beschikbaar (?:te )?stellen|ondersteunen|aanschaffen|aan te schaffen|kopen|aan te kopen|"
    r"bijdragen|bij te dragen|ontvangen|verstrekken|trainen|helpen aan|"
    r"supply|deliver|donate|provide|send|receive|train|"
    r"contribute|transfer)\b"
)


# a plural present of giving ("Denemarken en Nederland leveren"), not an infinitive after a
# modal, an auxiliary, "te" or "om" earlier in the same clause
_PLURAL_GIVE = re.compile(r"\b(?:leveren|schenken|doneren|sturen|zenden|trainen|opleiden)\b")


_INFINITIVE_CUE = re.compile(
    r"\b(?:te|om|kan|kunnen|zal|zullen|wil|willen|moet|moeten|gaan|gaat|mag|mogen|"
    r"zou|zouden|blijft|blijven|van plan)\b"
)


NOMINAL_INFINITIVE = re.compile(r"\b(?:het|dit|dat|zulk|bij|met|door|van)\s+$")


def _finite_plural_give(text: str) -> bool:
    for m in _PLURAL_GIVE.finditer(text):
        clause = re.split(r"[,;:]", text[: m.start()])[-1]
        # "het leveren van defensieve wapens": an infinitive used as a noun names the giving, it
        # does not say anyone gives
        nominal = NOMINAL_INFINITIVE.search(text, max(0, m.start() - 8), m.start())
        if (
            not _INFINITIVE_CUE.search(clause)
            and not nominal
            and not re.match(r"\s+(?:te|kan|kunnen|zal|zullen)\b", text[m.end() :])
        ):
            return True
    return False


# separable verbs of decision: "maakte Nederland bekend", "kondigde ... aan", "zegt ... toe"
_SEPARABLE_DECIDED = re.compile(
    r"\b(?:maakt|maakte|maakten)\b[^.;]{0,60}\bbekend\b|"
    r"\b(?:kondigt|kondigde|kondigden)\b[^.;]{0,60}\baan\b|"
    r"\b(?:zegt|zegde|zegden)\b[^.;]{0,60}\btoe\b|"
    r"\b(?:stelt|stelde|stelden)\b[^.;]{0,60}\b(?:beschikbaar|ter beschikking)\b"
)


@cache
def status_matchers() -> dict[str, Matcher]:
    """The lexicon's status words (aid.toml [status]) and words of asking, one matcher each."""
    data = lexicon.aid()
    out = {k: Matcher([(t, k) for t in v]) for k, v in data["status"].items()}
    out["request"] = Matcher([(t, "request") for t in data["request"]])
    return out


# participles of giving take the status of their auxiliary: "worden geleverd" (decided),
# "zullen worden geleverd" (intended), "zijn/werden/heeft geleverd" (delivered)
_DELIVERY_PART = re.compile(
    r"\b(?:geleverd|overgedragen|geschonken|gedoneerd|verscheept|ontvangen|getraind|opgeleid|bijgedragen|gestuurd|"
    r"gesteund|ondersteund|"
    r"delivered|donated|supplied|transferred|received|trained|contributed)\b"
)


# an inflected participle before its noun ("(reeds) geleverde goederen"): it describes, it does not claim
_ATTRIBUTIVE = re.compile(r"(?:\w+ )?ge\w+[dt]e")


_PROVISION_PART = re.compile(
    r"\b(?:(?:ter beschikking|beschikbaar) gesteld|verstrekt|aangeschaft|gekocht|aangekocht|"
    r"ingekocht|uitgetrokken|gereserveerd|vrijgemaakt|ingezet|provided|pledged|committed|deployed)\b"
)


_PASSIVE_PRESENT = re.compile(r"\b(?:wordt|worden|is being|are being)\b")


_PERFECT = re.compile(r"\b(?:is|zijn|was|waren|werd|werden|heeft|hebben|had|hadden|has|have|were|been)\b")


_FUTURE = re.compile(r"\b(?:zal|zullen|will|gaat|gaan)\b")


_CLAUSE = re.compile(r"[,;:()]|\b(?:dat|die|omdat|terwijl|maar|waarna|nadat|zodat|that|which)\b")


def ongoing_only(text: str) -> bool:
    """The only word of decision is a present tense of giving ("levert", "leveren")."""
    words = {fold(text[a:b]) for a, b, _ in status_matchers()["decided"].find(text)}
    if _SEPARABLE_DECIDED.search(fold(text)):
        return False
    return words <= {"levert", "leveren", "ontvangt"} and bool(words or _finite_plural_give(fold(text)))


# "Nederland gaat zwaar materieel leveren": "gaan" with an infinitive of giving later in its clause
# says what will be given, as an English release's "will provide" does: decided (contiguous "gaat
# leveren" likewise; the blind readers of the real corpus read it so 7 times out of 8)
_GOING_TO_GIVE = re.compile(
    r"\b(?:gaat|gaan|ging|gingen)\b(?:(?![,;:]|\b(?:dat|die|om|te|en|maar)\b)[^.])"
    r"{0,60}?\b(?:leveren|schenken|doneren|sturen|overdragen|aanschaffen|trainen)\b"
)


# "om uw Kamer te informeren over de levering van ...": the giving is what the Kamer hears about
# a topic of informing that states its own status: "over de voorgenomen levering van twee mijnenjagers"
PLANNED_GIVING = re.compile(
    r"\b(?:voorgenomen|geplande|beoogde|planned|intended)\s+(?:levering|leveringen|overdracht|schenking|delivery|transfer)\b"
)


def _in_relative_clause(ftext: str, at: int) -> bool:
    """ "munitie die wij uit eigen voorraad gaan sturen": a relative clause describes the goods, it
    does not say they will be given."""
    clause = re.split(r"[,;:]", ftext[:at])[-1]
    return bool(re.search(r"\b(?:die|dat|wat|welke|waarmee|which|that)\b", clause))


def statuses_of(text: str) -> list[str]:
    """The status words of a sentence, strongest first; a bare request or modal gives none."""
    ftext = fold(text)
    found = {k: m.find(text) for k, m in status_matchers().items()}
    if _EN_PERFECT_GIVING.search(ftext) and not found["decided"]:
        return ["delivered"]  # "The Netherlands has (now) provided 18 howitzers": given, not a decision
    if _finite_plural_give(ftext) or _SEPARABLE_DECIDED.search(ftext) or _EN_FUTURE_GIVING.search(ftext):
        # "Denemarken en Nederland leveren 14 tanks", "maakte Nederland al bekend ... te leveren"
        found["decided"].append((0, 0, "decided"))
    # a participle takes its status from its auxiliary, not from the word itself
    found["delivered"] = [d for d in found["delivered"] if not _DELIVERY_PART.fullmatch(ftext[d[0] : d[1]])]
    for m in _DELIVERY_PART.finditer(ftext):
        found[_participle_status(ftext, m.start(), delivery=True)].append((m.start(), m.end(), ""))
    for m in _PROVISION_PART.finditer(ftext):
        found[_participle_status(ftext, m.start(), delivery=False)].append((m.start(), m.end(), ""))
    if any(not _in_relative_clause(ftext, g.start()) for g in _GOING_TO_GIVE.finditer(ftext)):
        found["decided"].append((0, 0, ""))
    out = []
    if found["decided"]:
        out.append("decided")
    elif found["intended"] and (
        GIVE_VERB.search(ftext) or PLANNED_GIVING.search(ftext) or any(not x[2] for x in found["intended"])
    ):
        out.append("intended")
    elif found["considered"] and GIVE_VERB.search(ftext):
        out.append("considered")
    if out:  # beside a main status, "reeds geleverde goederen" names earlier deliveries, no second claim
        found["delivered"] = [d for d in found["delivered"] if not _ATTRIBUTIVE.fullmatch(ftext[d[0] : d[1]])]
    if found["delivered"] and (not out or re.search(r"\b(?:reeds|eerder|inmiddels|already)\b", ftext)):
        out.append("delivered")
    return out


# an English release's future announces what has been decided ("Together with the United States and
# the Czech Republic, the Netherlands will provide 90 tanks", "will also help train Iraqi forces"):
# every one of the 17 support facts of the blind real-document gold said so reads it as decided
_EN_FUTURE_GIVING = re.compile(
    r"\bwill\s+(?:\w+\s+){0,2}?(?:provide|supply|send|donate|deliver|give|transfer|contribute|make\s+available|"
    r"train|help|fund|finance|receive)\b"
)


_EN_PERFECT_GIVING = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:provided|delivered|donated|supplied|sent|transferred|given)\b"
)


_EN_PAST_PASSIVE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?$")


def _participle_status(ftext: str, at: int, delivery: bool) -> str:
    """ "worden geleverd" is decided, "zal worden geleverd" intended, "zijn geleverd" delivered;
    a participle of providing ("ter beschikking gesteld", "aangeschaft") is at most decided."""
    clause = _CLAUSE.split(ftext[:at])[-1]
    if _FUTURE.search(clause):
        return "intended"
    if not delivery and _EN_PAST_PASSIVE.search(clause) and ftext.startswith("provided", at):
        return "delivered"  # "The training was provided by the Netherlands Marine Corps": given
    if _PASSIVE_PRESENT.search(clause) or not delivery:
        return "decided"
    if ftext.startswith("ontvangen", at) and not _PERFECT.search(clause):
        return "decided"  # "Oekraïense militairen ontvangen training": a present, not a participle
    return "delivered"
